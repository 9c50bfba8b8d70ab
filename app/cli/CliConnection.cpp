// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliConnection.h"

#include "CacheDatabase.h"
#include "StoreLocation.h"

#include "CliSupport.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

void err(const QString &text)
{
    printError(text);
}

QString profileNameFor(const QUrl &apiBase, const QString &publicKey)
{
    return apiBase.host() + (apiBase.port() > 0 ? u'-' + QString::number(apiBase.port()) : QString()) + u'-'
        + publicKey;
}

} // namespace

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

ConnectionOptions::ConnectionOptions()
    : profile(u"profile"_s, QCoreApplication::translate("cli", "A remembered connection."), u"NAME"_s)
    , url(u"url"_s, QCoreApplication::translate("cli", "The server as typed in a browser."), u"BASE"_s)
    , publicKey(u"public-key"_s, QCoreApplication::translate("cli", "The API key's public key."), u"KEY"_s)
    , keyFile(u"private-key-file"_s, QCoreApplication::translate("cli", "A file holding the private key."),
              u"FILE"_s)
    , clientId(u"client-id"_s,
               QCoreApplication::translate("cli",
                                           "Sign in as this service account (mdb_sa_id_…) instead of a key."),
               u"ID"_s)
    , secretFile(u"client-secret-file"_s,
                 QCoreApplication::translate("cli", "A file holding the service account's secret."),
                 u"FILE"_s)
    , remember(u"remember-key"_s,
               QCoreApplication::translate("cli",
                                           "Store the private key in the system keyring for this "
                                           "profile, so later runs need neither file nor variable."))
    , caBundle(u"ca-bundle"_s,
               QCoreApplication::translate(
                   "cli", "Extra CA certificates (PEM) for a private certificate authority."),
               u"FILE"_s)
    , trust(QStringList{u"pin-sha256"_s, u"trust-certificate"_s},
            QCoreApplication::translate("cli",
                                        "Trust the server's certificate with this SHA-256 "
                                        "fingerprint (hex, as a refusal prints it)."),
            u"HEX"_s)
    , apiOption(u"api"_s,
                QCoreApplication::translate(
                    "cli",
                    "The API to speak: public-v1 (Ops Manager, Cloud Manager; the default) or "
                    "atlas (the Atlas Administration API v2)."),
                u"API"_s)
    , store(u"store"_s,
            QCoreApplication::translate(
                "cli",
                "Where the history is kept: sqlite:PATH, or a team's PostgreSQL store "
                "postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full&sslrootcert=CA.pem] (its "
                "password from the keyring, PGPASSWORD or ~/.pgpass, never in the address). With --profile, "
                "kept in the profile once the command succeeded."),
            u"LOCATION"_s)
{ }

QString CliConnection::storeLocation() const
{
    return remembered.store.isEmpty() ? CacheDatabase::pathForProfile(name) : remembered.store;
}

int resolveConnection(const QCommandLineParser &parser, const ConnectionOptions &o, const QString &command,
                      CliConnection *out)
{
    QString name = parser.value(o.profile);
    ConnectionProfile remembered;
    bool newProfile = false; // saved only once a sync succeeded
    if (!name.isEmpty() && !parser.isSet(o.url)) {
        const auto found = ProfileStore::find(name);
        if (!found) {
            err(QCoreApplication::translate("cli", "No profile named %1 (apiaccess profiles lists them).")
                    .arg(shortened(name)));
            return Usage;
        }
        remembered = *found;
        // Another key of the same profile for this run (after a rotation: the new key); its secret comes
        // from a file or the environment as for any key, or from the keyring under that key.
        if (parser.isSet(o.publicKey)) {
            if (remembered.usesServiceAccount()) {
                err(QCoreApplication::translate("cli",
                                                "%1: %2 signs in as a service account: --public-key does "
                                                "not apply.")
                        .arg(command, shortened(name)));
                return Usage;
            }
            remembered.publicKey = parser.value(o.publicKey).trimmed();
        }
    }
    // --api sets (or, with a saved profile, changes) the API the server is spoken to in; a profile keeps
    // the change once a sync succeeded.
    if (parser.isSet(o.apiOption)) {
        const auto api = ConnectionSettings::apiFromName(parser.value(o.apiOption));
        if (!api) {
            err(QCoreApplication::translate("cli", "%1: --api takes public-v1 or atlas, not %2.")
                    .arg(command, shortened(parser.value(o.apiOption))));
            return Usage;
        }
        remembered.api = *api;
    }
    if (parser.isSet(o.store)) {
        const StoreLocation location = StoreLocation::parse(parser.value(o.store));
        if (!location.ok()) {
            err(command + u": --store: "_s + location.error);
            return Usage;
        }
        remembered.store = location.toString();
    }
    if (remembered.name.isEmpty()) {
        if (parser.isSet(o.publicKey) && parser.isSet(o.clientId)) {
            err(QCoreApplication::translate("cli", "%1: give --public-key or --client-id, not both.")
                    .arg(command));
            return Usage;
        }
        remembered.serverText = parser.value(o.url);
        remembered.publicKey
            = parser.isSet(o.clientId) ? parser.value(o.clientId) : parser.value(o.publicKey);
        if (parser.isSet(o.clientId))
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
            err(command + u": "_s + shortened(problems.first()));
            return Usage;
        }
        newProfile = !ProfileStore::find(name);
    }
    // A certificate authority or a trusted certificate for this run (and the profile, once it synced).
    if (parser.isSet(o.caBundle))
        remembered.caBundlePath = QFileInfo(parser.value(o.caBundle)).absoluteFilePath();
    if (parser.isSet(o.trust)) {
        const QByteArray fingerprint = normalizedFingerprint(parser.value(o.trust));
        if (fingerprint.isEmpty()) {
            err(QCoreApplication::translate(
                    "cli", "%1: --pin-sha256 takes the 64 hex digits of a SHA-256 fingerprint.")
                    .arg(command));
            return Usage;
        }
        remembered.pinnedSha256 = fingerprint;
    }
    if (parser.isSet(o.caBundle) || parser.isSet(o.trust)) {
        const auto problems = remembered.fieldProblems();
        if (!problems.isEmpty()) {
            err(command + u": "_s + shortened(problems.first()));
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
    const QCommandLineOption &fileOption = account ? o.secretFile : o.keyFile;
    const QCommandLineOption &wrongOption = account ? o.keyFile : o.secretFile;
    if (parser.isSet(wrongOption)) {
        err(account ? QCoreApplication::translate(
                          "cli",
                          "%1: %2 signs in as a service account: give --client-secret-file, not "
                          "--private-key-file.")
                          .arg(command, shortened(name.isEmpty() ? remembered.publicKey : name))
                    : QCoreApplication::translate(
                          "cli", "%1: --client-secret-file is for a service account (--client-id).")
                          .arg(command));
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
        const QString optionName = command + u": --"_s + fileOption.names().first() + u": "_s;
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
    } else if (parser.isSet(o.remember)) {
        const SecretStore::Result stored = keyringCall(
            [&](auto done) { keyring.write(secretKey, connection.privateKey, &keyring, done); });
        if (!stored.ok()) {
            err(stored.error);
            return Usage;
        }
    }

    // A PostgreSQL store's password kept in the keyring (apiaccess store login) is handed to the store for
    // this process; without one, libpq reads PGPASSWORD or ~/.pgpass.
    usePasswordFromKeyring(remembered.store);
    out->remembered = remembered;
    out->name = name;
    out->newProfile = newProfile;
    out->settings = connection;
    return Ok;
}

} // namespace Cli
