// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncCommand.h"

#include "CacheAccess.h"

#include "AppSettings.h"

#include "CacheDatabase.h"
#include "CliCommands.h"
#include "CliConnection.h"
#include "ConnectionProfile.h"
#include "Repository.h"
#include "SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

void err(const QString &text)
{
    printError(text);
}

} // namespace

int sync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Sync organizations into the offline cache. The private key is read from --private-key-file or "
        "APIACCESS_PRIVATE_KEY (a service account's secret from --client-secret-file or "
        "APIACCESS_CLIENT_SECRET), never from the command line. Quiet unless something is wrong."));
    parser.addHelpOption();
    const ConnectionOptions c;
    const QCommandLineOption org(u"org"_s, QCoreApplication::translate("cli", "Only this organization."),
                                 u"ID"_s);
    const QCommandLineOption instance(
        u"instance"_s,
        QCoreApplication::translate("cli",
                                    "Only Ops Manager's instance: its global API keys and global access list "
                                    "(needs a global role)."));
    const QCommandLineOption all(
        u"all-orgs"_s, QCoreApplication::translate("cli", "Every organization the key sees (default)."));
    const QCommandLineOption full(
        u"full"_s,
        QCoreApplication::translate("cli",
                                    "Read every key's whitelist. Without it, a sync after an earlier one "
                                    "reads the key list and the events, and only the whitelists of keys the "
                                    "events name (usage counters of the others keep their last read)."));
    const QList<QCommandLineOption> options = c.all() + QList<QCommandLineOption>{org, instance, all, full};
    parser.addOptions(options);
    QStringList args = arguments;
    args.removeAt(1);
    if (!parser.parse(args)) {
        QStringList names{u"help"_s};
        for (const QCommandLineOption &o : options)
            names += o.names();
        return usageError(parser, u"sync"_s, names);
    }
    if (parser.isSet(u"help"_s)) {
        fputs(qPrintable(helpText(parser, u"sync"_s, {Ok, Usage, Refused, Network, CacheProblem, NotFound})),
              stdout);
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err(QCoreApplication::translate("cli", "sync: unexpected argument '%1'")
                .arg(shortened(parser.positionalArguments().first())));
        return Usage;
    }
    CliConnection resolved;
    if (const int code = resolveConnection(parser, c, u"sync"_s, &resolved); code != Ok)
        return code;
    ConnectionProfile &remembered = resolved.remembered;
    const bool newProfile = resolved.newProfile;
    const ConnectionSettings &connection = resolved.settings;
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConnection(connection);
    // A headless command may wait for SQLite: check the cache here, so that a cache that cannot be used
    // stops the command before anything is sent.
    const QString cachePath = resolved.storeLocation();
    // A store the person named (--store, or the profile's) is never removed by a failed first sync.
    const bool cacheExisted = !resolved.remembered.store.isEmpty() || QFileInfo::exists(cachePath);
    {
        CacheDatabase check;
        if (!check.open(cachePath)) {
            err(check.error());
            return CacheProblem;
        }
        if (!check.recoveryNotice().isEmpty())
            err(check.recoveryNotice());
        if (check.isReadOnly()) { // nothing would be kept: the sync is not made
            err(check.readOnlyReason());
            return CacheProblem;
        }
    }
    auto repositoryOwner = std::make_unique<Repository>(&client, cachePath);
    Repository &repository = *repositoryOwner;
    repository.setFullSyncInterval(AppSettings::fullSyncHours());
    repository.open();
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    int exitCode = Ok;
    int running = 0;
    // Typed without a scheme, the server was tried with https: a plain-http server then hangs up.
    const auto failureText = [&remembered](const ApiError &e) -> QString {
        QString text = e.explanation();
        if (e.kind == ApiError::Kind::Tls && !e.certificateSha256.isEmpty())
            text += u' '
                + QCoreApplication::translate("cli",
                                              "(sync --ca-bundle FILE trusts your certificate authority; "
                                              "--pin-sha256 %1 trusts this certificate.)")
                      .arg(e.certificateSha256);
        if (exitCodeFor(e) == Network && !remembered.serverText.contains(u"://"_s))
            text += u' '
                + QCoreApplication::translate("cli",
                                              "(No scheme was given, so https was tried; for a plain-http "
                                              "server write http://%1.)")
                      .arg(shortened(remembered.serverText));
        return text;
    };
    QObject::connect(&repository, &Repository::syncProgress, &repository,
                     [terminal](const QString &orgId, SyncEngine::Phase phase, int done, int expected) {
                         if (terminal)
                             fprintf(stderr, "\r%s: %s %d/%d   ", qPrintable(orgId),
                                     qPrintable(SyncEngine::phaseName(phase)), done, expected);
                     });
    QObject::connect(&repository, &Repository::syncFinished, &repository, [&] {
        if (--running == 0)
            QCoreApplication::exit(exitCode);
    });
    QObject::connect(
        &repository, &Repository::syncFailed, &repository, [&](const QString &orgId, const ApiError &e) {
            err(QCoreApplication::translate("cli", "%1: %2")
                    .arg(orgId.isEmpty() ? connection.apiBase.host() : shortened(orgId), failureText(e)));
            exitCode = std::max(exitCode, exitCodeFor(e));
            if (orgId.isEmpty() || --running <= 0)
                QCoreApplication::exit(exitCode);
        });
    const Repository::SyncMode mode
        = parser.isSet(full) ? Repository::SyncMode::Full : Repository::SyncMode::Auto;
    // Both live until exec() returns: the retries call back into them.
    const auto listed = [&](ApiResult<QList<Organization>> orgs) {
        if (!orgs.ok()) {
            err(failureText(orgs.error()));
            return QCoreApplication::exit(exitCodeFor(orgs.error()));
        }
        running = int(orgs.value().size());
        if (running == 0)
            return QCoreApplication::exit(Ok);
        for (const Organization &o : orgs.value())
            repository.sync(o.id, mode);
    };
    // The list of organizations gets the passes a sync gives its own reads (see SyncEngine).
    std::function<void(int)> listOrganizations;
    listOrganizations = [&](int pass) {
        client.organizations(&client, [&, pass](ApiResult<QList<Organization>> orgs) {
            if (!orgs.ok() && SyncEngine::isTransient(orgs.error()) && pass < SyncEngine::MaxPasses)
                return QTimer::singleShot(500 * pass, &client, [&, pass] { listOrganizations(pass + 1); });
            listed(std::move(orgs));
        });
    };
    // The server's name first (GET /): a Cloud Manager organization's service accounts are read, an Ops
    // Manager has none. Its answer, or its failure, starts the syncs, which report any problem themselves.
    client.root(&client, [&](const ApiResult<ServerInfo> &root) {
        if (!root.ok()
            && (root.error().kind == ApiError::Kind::NotFound
                || root.error().kind == ApiError::Kind::MalformedResponse)) {
            // Not this API: perhaps the other one (as Test connection detects). Either way nothing is synced.
            const ConnectionSettings::Api other = connection.api == ConnectionSettings::Api::AtlasV2
                ? ConnectionSettings::Api::PublicV1
                : ConnectionSettings::Api::AtlasV2;
            client.setConnection(connection.withApi(other));
            return client.root(&client, [&, other, first = root.error()](const ApiResult<ServerInfo> &again) {
                if (!again.ok()) {
                    err(failureText(first));
                    return QCoreApplication::exit(exitCodeFor(first));
                }
                err(other == ConnectionSettings::Api::AtlasV2
                        ? QCoreApplication::translate("cli",
                                                      "%1 answers the Atlas Administration API v2, not the "
                                                      "Public API v1.0: sync again with --api atlas.")
                              .arg(connection.apiBase.host())
                        : QCoreApplication::translate("cli",
                                                      "%1 answers the Public API v1.0 (Ops Manager or Cloud "
                                                      "Manager), not the Atlas Administration API v2: sync "
                                                      "again with --api public-v1.")
                              .arg(connection.apiBase.host()));
                QCoreApplication::exit(NotFound);
            });
        }
        if (parser.isSet(instance)) {
            if (root.ok() && root.value().kind() != ServerKind::OpsManager) {
                err(QCoreApplication::translate("cli",
                                                "sync --instance: %1 is not Ops Manager; only Ops Manager "
                                                "has global API keys and a global access list.")
                        .arg(connection.apiBase.host()));
                return QCoreApplication::exit(NotFound);
            }
            running = 1;
            repository.sync(Instance::Id, mode);
        } else if (parser.isSet(org)) {
            running = 1;
            repository.sync(parser.value(org), mode);
        } else {
            listOrganizations(1);
        }
    });
    const int code = QCoreApplication::exec();
    // A failed sync cancels its other requests (aborted replies, whose finished() is still queued); let
    // them complete and be deleted before the network manager goes, within a bound.
    QDeadlineTimer drain(2000);
    while (client.scheduler().inFlight() > 0 && !drain.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (terminal)
        fputs("\n", stderr);
    // A service account's token is revoked when the run ends (bounded): cron does not leave a token live
    // for an hour each night.
    if (QNetworkReply *revoke = client.scheduler().revokeToken()) {
        QEventLoop wait;
        QObject::connect(revoke, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        QTimer::singleShot(5000, &wait, &QEventLoop::quit);
        wait.exec();
    }
    client.forgetCredentials();
    if (code == Ok && !newProfile
        && (parser.isSet(c.caBundle) || parser.isSet(c.trust) || parser.isSet(c.apiOption)
            || parser.isSet(c.store)))
        ProfileStore::save(remembered); // the certificate choice is kept with the profile
    if (newProfile) {
        if (code == Ok) {
            // Remembered so that later commands find the cache; never with the private key.
            ProfileStore::save(remembered);
        } else if (!cacheExisted) {
            // A first sync that failed leaves neither a profile nor a cache behind.
            repositoryOwner.reset(); // its cache thread closes the file…
            CacheAccess::waitForAll(); // …which it has done once this returns (no GUI here to wait)
            QDir(QFileInfo(cachePath).absolutePath()).removeRecursively();
        }
    }
    return code;
}

} // namespace Cli
