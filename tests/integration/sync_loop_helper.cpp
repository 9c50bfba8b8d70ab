// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A headless sync for tst_sync_kill: syncs one organization into a cache N times, then exits.
// Arguments: API-URL PUBLIC-KEY ORG-ID CACHE-FILE N; the private key comes from APIACCESS_PRIVATE_KEY.
#include "ApiClient.h"
#include "CacheAccess.h"
#include "Repository.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 6)
        return 2;
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    ConnectionSettings settings;
    settings.apiBase = QUrl(args.at(1));
    settings.publicKey = args.at(2);
    settings.privateKey = qEnvironmentVariable("APIACCESS_PRIVATE_KEY");
    settings.proxyMode = ConnectionSettings::ProxyMode::None;
    client.setConnection(settings);
    Repository repository(&client, args.at(4));
    QObject::connect(&repository, &Repository::cacheLoaded, &app, [](const QString &notice) {
        if (!notice.isEmpty())
            fprintf(stderr, "%s\n", qPrintable(notice));
    });
    repository.open();
    int remaining = args.at(5).toInt();
    QObject::connect(&repository, &Repository::syncFinished, &app, [&](const QString &orgId, qint64 id) {
        fprintf(stdout, "synced %lld\n", static_cast<long long>(id));
        fflush(stdout);
        if (--remaining > 0)
            repository.sync(orgId);
        else
            QCoreApplication::exit(0);
    });
    QObject::connect(&repository, &Repository::syncFailed, &app, [](const QString &, const ApiError &e) {
        fprintf(stderr, "%s\n", qPrintable(e.explanation()));
        QCoreApplication::exit(4);
    });
    repository.sync(args.at(3));
    const int status = QCoreApplication::exec();
    CacheAccess::waitForAll();
    return status;
}
