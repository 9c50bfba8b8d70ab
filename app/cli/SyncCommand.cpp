// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncCommand.h"

#include "CacheAccess.h"

#include "AppSettings.h"

#include "CacheDatabase.h"
#include "CliCommands.h"
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

int exitCodeFor(const ApiError &e)
{
    switch (e.kind) {
    case ApiError::Kind::NotFound:
        return NotFound;
    case ApiError::Kind::Authentication:
    case ApiError::Kind::AddressNotOnList:
    case ApiError::Kind::OrgRequiresList:
    case ApiError::Kind::ResourceRequiresList:
    case ApiError::Kind::Permission:
        return Refused;
    default:
        return Network;
    }
}

QString profileNameFor(const QUrl &apiBase, const QString &publicKey)
{
    return apiBase.host() + (apiBase.port() > 0 ? u'-' + QString::number(apiBase.port()) : QString()) + u'-'
        + publicKey;
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
    const QCommandLineOption profile(
        u"profile"_s, QCoreApplication::translate("cli", "A remembered connection."), u"NAME"_s);
    const QCommandLineOption url(
        u"url"_s, QCoreApplication::translate("cli", "The server as typed in a browser."), u"BASE"_s);
    const QCommandLineOption publicKey(
        u"public-key"_s, QCoreApplication::translate("cli", "The API key's public key."), u"KEY"_s);
    const QCommandLineOption keyFile(u"private-key-file"_s,
                                     QCoreApplication::translate("cli", "A file holding the private key."),
                                     u"FILE"_s);
    const QCommandLineOption clientId(
        u"client-id"_s,
        QCoreApplication::translate("cli", "Sign in as this service account (mdb_sa_id_…) instead of a key."),
        u"ID"_s);
    const QCommandLineOption secretFile(
        u"client-secret-file"_s,
        QCoreApplication::translate("cli", "A file holding the service account's secret."), u"FILE"_s);
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
    const QCommandLineOption remember(
        u"remember-key"_s,
        QCoreApplication::translate("cli",
                                    "Store the private key in the system keyring for this "
                                    "profile, so later runs need neither file nor variable."));
    const QCommandLineOption caBundle(
        u"ca-bundle"_s,
        QCoreApplication::translate("cli",
                                    "Extra CA certificates (PEM) for a private certificate authority."),
        u"FILE"_s);
    const QCommandLineOption trust(
        QStringList{u"pin-sha256"_s, u"trust-certificate"_s},
        QCoreApplication::translate("cli",
                                    "Trust the server's certificate with this SHA-256 "
                                    "fingerprint (hex, as a refusal prints it)."),
        u"HEX"_s);
    const QCommandLineOption apiOption(
        u"api"_s,
        QCoreApplication::translate(
            "cli",
            "The API to speak: public-v1 (Ops Manager, Cloud Manager; the default) or "
            "atlas (the Atlas Administration API v2)."),
        u"API"_s);
    const QList<QCommandLineOption> options{profile,    url,       publicKey, keyFile,  clientId,
                                            secretFile, apiOption, org,       instance, all,
                                            full,       remember,  caBundle,  trust};
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
    QString name = parser.value(profile);
    ConnectionProfile remembered;
    bool newProfile = false; // saved only once a sync succeeded
    if (!name.isEmpty() && !parser.isSet(url)) {
        const auto found = ProfileStore::find(name);
        if (!found) {
            err(QCoreApplication::translate("cli", "No profile named %1 (apiaccess profiles lists them).")
                    .arg(shortened(name)));
            return Usage;
        }
        remembered = *found;
    }
    // --api sets (or, with a saved profile, changes) the API the server is spoken to in; a profile keeps
    // the change once a sync succeeded.
    if (parser.isSet(apiOption)) {
        const auto api = ConnectionSettings::apiFromName(parser.value(apiOption));
        if (!api) {
            err(QCoreApplication::translate("cli", "%1: --api takes public-v1 or atlas, not %2.")
                    .arg(u"sync"_s, shortened(parser.value(apiOption))));
            return Usage;
        }
        remembered.api = *api;
    }
    if (remembered.name.isEmpty()) {
        if (parser.isSet(publicKey) && parser.isSet(clientId)) {
            err(QCoreApplication::translate("cli", "sync: give --public-key or --client-id, not both."));
            return Usage;
        }
        remembered.serverText = parser.value(url);
        remembered.publicKey = parser.isSet(clientId) ? parser.value(clientId) : parser.value(publicKey);
        if (parser.isSet(clientId))
            remembered.authMethod = ConnectionSettings::AuthMethod::ServiceAccount;
        QString problem;
        const QUrl apiBase = ConnectionSettings::apiBaseFromServerText(remembered.serverText, &problem,
                                                                       remembered.effectiveApi());
        if (!problem.isEmpty() || remembered.publicKey.isEmpty()) {
            err(problem.isEmpty() ? QCoreApplication::translate(
                    "cli", "Give --profile NAME, or --url BASE and --public-key KEY (or --client-id ID).")
                                  : problem);
            return Usage;
        }
        remembered.name = name.isEmpty() ? profileNameFor(apiBase, remembered.publicKey) : name;
        name = remembered.name;
        const auto problems = remembered.fieldProblems();
        if (!problems.isEmpty()) {
            err(u"sync: "_s + shortened(problems.first()));
            return Usage;
        }
        newProfile = !ProfileStore::find(name);
    }
    // A certificate authority or a trusted certificate for this run (and the profile, once it synced).
    if (parser.isSet(caBundle))
        remembered.caBundlePath = QFileInfo(parser.value(caBundle)).absoluteFilePath();
    if (parser.isSet(trust)) {
        const QByteArray fingerprint = normalizedFingerprint(parser.value(trust));
        if (fingerprint.isEmpty()) {
            err(QCoreApplication::translate(
                "cli", "sync: --pin-sha256 takes the 64 hex digits of a SHA-256 fingerprint."));
            return Usage;
        }
        remembered.pinnedSha256 = fingerprint;
    }
    if (parser.isSet(caBundle) || parser.isSet(trust)) {
        const auto problems = remembered.fieldProblems();
        if (!problems.isEmpty()) {
            err(u"sync: "_s + shortened(problems.first()));
            return Usage;
        }
    }
    QString problem;
    ConnectionSettings connection = remembered.settings(QString(), &problem);
    if (!problem.isEmpty()) {
        err(problem);
        return Usage;
    }
    // The secret comes the way that fits the profile: a key's private key, or a service account's secret.
    const bool account = remembered.usesServiceAccount();
    const QCommandLineOption &fileOption = account ? secretFile : keyFile;
    const QCommandLineOption &wrongOption = account ? keyFile : secretFile;
    if (parser.isSet(wrongOption)) {
        err(account ? QCoreApplication::translate(
                          "cli",
                          "sync: %1 signs in as a service account: give --client-secret-file, not "
                          "--private-key-file.")
                          .arg(shortened(name.isEmpty() ? remembered.publicKey : name))
                    : QCoreApplication::translate(
                        "cli", "sync: --client-secret-file is for a service account (--client-id)."));
        return Usage;
    }
    if (parser.isSet(fileOption)) {
        // A regular file of a few bytes (a key is 36 characters): not a directory, a device such as
        // /dev/zero, a FIFO that may never be written, or a large file read whole.
        const QString path = parser.value(fileOption);
        const QFileInfo info(path);
        QString problem;
        if (!info.exists())
            problem = QCoreApplication::translate("cli", "%1 does not exist.").arg(shortened(path));
        else if (!info.isFile())
            problem = QCoreApplication::translate("cli", "%1 is not a regular file.").arg(shortened(path));
        else if (info.size() > 4096)
            problem = QCoreApplication::translate("cli",
                                                  "%1 has %2 bytes; a private key file holds one key of 36 "
                                                  "characters.")
                          .arg(shortened(path))
                          .arg(info.size());
        QFile file(path);
        if (problem.isEmpty() && !file.open(QIODevice::ReadOnly))
            problem = QCoreApplication::translate("cli", "Cannot read %1: %2")
                          .arg(shortened(path), file.errorString());
        const QString optionName = u"sync: --"_s + fileOption.names().first() + u": "_s;
        if (!problem.isEmpty()) {
            err(optionName + problem);
            return Usage;
        }
        connection.privateKey = QString::fromUtf8(file.read(4096)).trimmed();
        const QString keyProblem
            = ConnectionProfile::privateKeyProblem(connection.privateKey, remembered.authMethod);
        if (!keyProblem.isEmpty()) {
            err(optionName + keyProblem);
            return Usage;
        }
    } else {
        connection.privateKey
            = qEnvironmentVariable(account ? "APIACCESS_CLIENT_SECRET" : "APIACCESS_PRIVATE_KEY").trimmed();
    }
    // The keyring: read the key of a remembered profile, or store it when asked.
    KeychainSecretStore keyring;
    keyring.setRetryDelay(1000);
    const QString secretKey = remembered.secretKey();
    const auto keyringCall = [&](auto &&start) {
        SecretStore::Result result;
        QEventLoop loop;
        bool finished = false;
        start([&](const SecretStore::Result &r) {
            result = r;
            finished = true;
            loop.quit();
        });
        if (!finished)
            loop.exec();
        return result;
    };
    if (connection.privateKey.isEmpty()) {
        const SecretStore::Result stored
            = keyringCall([&](auto done) { keyring.read(secretKey, &keyring, done); });
        if (!stored.ok()) {
            const QString missing = account
                ? QCoreApplication::translate("cli", "The keyring holds no client secret for %1.")
                : QCoreApplication::translate("cli", "The keyring holds no private key for %1.");
            const QString way = account
                ? QCoreApplication::translate("cli",
                                              "Use --client-secret-file FILE or APIACCESS_CLIENT_SECRET "
                                              "(and --remember-key to store it).")
                : QCoreApplication::translate("cli",
                                              "Use --private-key-file FILE or APIACCESS_PRIVATE_KEY (and "
                                              "--remember-key to store it).");
            err((stored.status == SecretStore::Result::Status::NotFound ? missing.arg(name) : stored.error)
                + u' ' + way);
            return Usage;
        }
        connection.privateKey = stored.secret;
    } else if (parser.isSet(remember)) {
        const SecretStore::Result stored = keyringCall(
            [&](auto done) { keyring.write(secretKey, connection.privateKey, &keyring, done); });
        if (!stored.ok()) {
            err(stored.error);
            return Usage;
        }
    }

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConnection(connection);
    // A headless command may wait for SQLite: check the cache here, so that a cache that cannot be used
    // stops the command before anything is sent.
    const QString cachePath = CacheDatabase::pathForProfile(name);
    const bool cacheExisted = QFileInfo::exists(cachePath);
    {
        CacheDatabase check;
        if (!check.open(cachePath)) {
            err(check.error());
            return CacheProblem;
        }
        if (!check.recoveryNotice().isEmpty())
            err(check.recoveryNotice());
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
        && (parser.isSet(caBundle) || parser.isSet(trust) || parser.isSet(apiOption)))
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
