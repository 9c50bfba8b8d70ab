// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A first sync of a maximal Cloud Manager organization (500 keys × 20 entries, 250 projects) at 50 ms of
// injected latency: without service accounts (the baseline, in the same run), with 100 service accounts
// of 2 secrets and 20 entries each, and the same signed in as a service account (its token requests
// counted). Figures are printed, never asserted.
#include "ApiClient.h"
#include "EmulatorServer.h"
#include "OrgStore.h"
#include "Repository.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class BenchServiceAccounts : public QObject
{
    Q_OBJECT

    struct Run
    {
        int requests = 0;
        qint64 ms = 0;
        int tokenRequests = 0;
        qsizetype accounts = 0;
        bool ok = false;
    };

    static Run firstSync(int accounts, bool signInAsAccount)
    {
        QString error;
        EmulatorOptions options;
        options.flavor = EmulatorOptions::Flavor::CloudManager;
        options.latencyMs = 50;
        EmulatorServer server(
            options,
            Dataset::generate(u"orgs=1,keys=500,entries=20,projects=250,accounts=%1,accountEntries=20,"
                              "secrets=2,seed=9"_s.arg(accounts),
                              &error));
        Run run;
        if (!server.start(&error)) {
            qWarning("%s", qPrintable(error));
            return run;
        }
        QTemporaryDir dir;
        QNetworkAccessManager manager;
        ApiClient client(&manager);
        ConnectionSettings settings;
        settings.apiBase = QUrl(server.apiUrl());
        const QJsonObject info = server.startupInfo();
        if (signInAsAccount) {
            settings.authMethod = ConnectionSettings::AuthMethod::ServiceAccount;
            settings.publicKey = info.value("clientId"_L1).toString();
            settings.privateKey = info.value("clientSecret"_L1).toString();
        } else {
            settings.publicKey = server.ownerCredentials().publicKey;
            settings.privateKey = server.ownerCredentials().privateKey;
        }
        settings.proxyMode = ConnectionSettings::ProxyMode::None;
        client.setConnection(settings);
        Repository repository(&client, dir.filePath(u"cache.sqlite"_s));
        QSignalSpy loaded(&repository, &Repository::cacheLoaded);
        repository.open();
        loaded.wait(10'000);
        QSignalSpy identified(&repository, &Repository::identityChanged);
        repository.identify(); // the server's kind: Cloud Manager's accounts are read
        identified.wait(30'000);
        const QString orgId = server.ownerCredentials().orgId;
        const int before = client.scheduler().requestsStarted();
        QSignalSpy finished(&repository, &Repository::syncFinished);
        QSignalSpy failed(&repository, &Repository::syncFailed);
        QElapsedTimer timer;
        timer.start();
        repository.sync(orgId);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 600'000))
            qWarning("no answer from the sync in 10 minutes");
        run.ms = timer.elapsed();
        run.ok = !finished.isEmpty();
        run.requests = client.scheduler().requestsStarted() - before;
        run.tokenRequests = client.scheduler().tokenRequests();
        if (const OrgStatePtr state = repository.state(orgId))
            run.accounts = state->snapshot.serviceAccounts.size();
        client.forgetCredentials();
        return run;
    }

private slots:
    void firstSyncWithServiceAccounts()
    {
        const Run baseline = firstSync(0, false);
        const Run accounts = firstSync(100, false);
        const Run asAccount = firstSync(100, true);
        QVERIFY(baseline.ok && accounts.ok && asAccount.ok);
        QCOMPARE(accounts.accounts, 100);
        for (const auto &[name, r] : {std::pair{"no-accounts", baseline}, std::pair{"100-accounts", accounts},
                                      std::pair{"100-accounts-signed-in-as-account", asAccount}})
            printf("BENCH serviceaccounts-sync %s latency_ms=50 requests=%d ms=%lld token_requests=%d "
                   "accounts=%lld "
                   "time_ratio=%.2f\n",
                   name, r.requests, r.ms, r.tokenRequests, qint64(r.accounts),
                   double(r.ms) / std::max<qint64>(1, baseline.ms));
        fflush(stdout);
    }
};

APIACCESS_GUILESS_TEST_MAIN(BenchServiceAccounts)
#include "bench_serviceaccounts.moc"
