// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// apiaccess profiles [add|edit|remove]: the saved connection profiles.
#include "CliShared.h"

#include "ConnectionProfile.h"
#include "SecretStore.h"

#include <cstdio>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Cli {

// Whether the system keyring holds the profile's private key (never the key itself): "stored", "not
// stored", "unavailable" (no keyring to ask), or "unknown" when it does not answer within 3 s.
QString keyringState(const ConnectionProfile &profile)
{
    KeychainSecretStore keyring;
    keyring.setRetryDelay(500);
    SecretStore::Result result;
    bool finished = false;
    QEventLoop loop;
    keyring.read(profile.secretKey(), &keyring, [&](const SecretStore::Result &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        QTimer::singleShot(3000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    result.secret.fill(u'\0');
    if (!finished)
        return u"unknown"_s;
    if (result.ok())
        return u"stored"_s;
    return result.status == SecretStore::Result::Status::NotFound ? u"not stored"_s : u"unavailable"_s;
}

// profiles add NAME --url BASE --public-key KEY [--ca-bundle FILE] [--pin-sha256 HEX]
// profiles edit NAME [--ca-bundle FILE|""] [--pin-sha256 HEX|""]
// The private key is never an argument: sync --remember-key stores it in the keyring.
int profileChange(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    const QString command = u"profiles "_s + action;
    QCommandLineParser parser;
    const QCommandLineOption url(
        u"url"_s, QCoreApplication::translate("cli", "The server as typed in a browser."), u"BASE"_s);
    const QCommandLineOption publicKey(
        u"public-key"_s, QCoreApplication::translate("cli", "The API key's public key."), u"KEY"_s);
    const QCommandLineOption caBundle(
        u"ca-bundle"_s,
        QCoreApplication::translate("cli",
                                    "Extra CA certificates (PEM) for a private "
                                    "certificate authority (\"\" removes them)."),
        u"FILE"_s);
    const QCommandLineOption pin(
        QStringList{u"pin-sha256"_s, u"trust-certificate"_s},
        QCoreApplication::translate("cli",
                                    "Trust the server's certificate with this SHA-256 "
                                    "fingerprint (\"\" trusts none)."),
        u"HEX"_s);
    const QCommandLineOption clientId(
        u"client-id"_s,
        QCoreApplication::translate("cli", "Sign in as this service account (mdb_sa_id_…) instead of a key."),
        u"ID"_s);
    const QCommandLineOption apiOption(
        u"api"_s,
        QCoreApplication::translate(
            "cli",
            "The API to speak: public-v1 (Ops Manager, Cloud Manager; the default) or "
            "atlas (the Atlas Administration API v2)."),
        u"API"_s);
    const QList<QCommandLineOption> options = action == u"add"_s
        ? QList{url, publicKey, clientId, apiOption, caBundle, pin}
        : QList{caBundle, pin};
    parser.setApplicationDescription(
        action == u"add"_s
            ? QCoreApplication::translate("cli",
                                          "Saves a connection. Its private key goes to the keyring with sync "
                                          "--remember-key, never on the command line.")
            : QCoreApplication::translate("cli", "Changes the certificate trust of a saved connection."));
    parser.addHelpOption();
    parser.addOptions(options);
    parser.addPositionalArgument(u"NAME"_s, QCoreApplication::translate("cli", "The connection's name."));
    QStringList args = arguments;
    args.removeAt(1);
    args.removeAt(1);
    if (!parser.parse(args))
        return usageError(parser, command, optionNames(options));
    if (parser.isSet(u"help"_s)) {
        fputs(qPrintable(helpText(parser, command, {Ok, Usage})), stdout);
        return Ok;
    }
    if (parser.positionalArguments().size() != 1) {
        err(QCoreApplication::translate("cli", "%1: give the connection's name.").arg(command));
        return Usage;
    }
    const QString name = parser.positionalArguments().first();
    const std::optional<ConnectionProfile> existing = ProfileStore::find(name);
    ConnectionProfile profile;
    if (action == u"add"_s) {
        if (existing) {
            err(QCoreApplication::translate("cli",
                                            "%1: a connection named %2 exists already (profiles edit "
                                            "changes it).")
                    .arg(command, shortened(name)));
            return Usage;
        }
        profile.name = name;
        profile.serverText = parser.value(url);
        if (parser.isSet(publicKey) && parser.isSet(clientId)) {
            err(QCoreApplication::translate("cli", "%1: give --public-key or --client-id, not both.")
                    .arg(command));
            return Usage;
        }
        profile.publicKey = parser.isSet(clientId) ? parser.value(clientId) : parser.value(publicKey);
        if (parser.isSet(clientId))
            profile.authMethod = ConnectionSettings::AuthMethod::ServiceAccount;
        if (parser.isSet(apiOption)) {
            const auto api = ConnectionSettings::apiFromName(parser.value(apiOption));
            if (!api) {
                err(QCoreApplication::translate("cli", "%1: --api takes public-v1 or atlas, not %2.")
                        .arg(command, shortened(parser.value(apiOption))));
                return Usage;
            }
            profile.api = *api;
        }
    } else {
        if (!existing) {
            err(QCoreApplication::translate("cli", "No profile named %1 (apiaccess profiles lists them).")
                    .arg(shortened(name)));
            return Usage;
        }
        profile = *existing;
    }
    if (parser.isSet(caBundle))
        profile.caBundlePath = parser.value(caBundle).isEmpty()
            ? QString()
            : QFileInfo(parser.value(caBundle)).absoluteFilePath();
    if (parser.isSet(pin)) {
        profile.pinnedSha256
            = parser.value(pin).isEmpty() ? QByteArray() : normalizedFingerprint(parser.value(pin));
        if (!parser.value(pin).isEmpty() && profile.pinnedSha256.isEmpty()) {
            err(QCoreApplication::translate("cli",
                                            "%1: --pin-sha256 takes the 64 hex digits of a SHA-256 "
                                            "fingerprint.")
                    .arg(command));
            return Usage;
        }
    }
    const auto problems = profile.fieldProblems();
    if (!problems.isEmpty()) {
        err(command + u": "_s + shortened(problems.first()));
        return Usage;
    }
    ProfileStore::save(profile);
    return Ok;
}

int profiles(const QStringList &arguments)
{
    if (arguments.value(2) == u"add"_s || arguments.value(2) == u"edit"_s)
        return profileChange(arguments);
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("cli", "Print JSON."));
    const QCommandLineOption names(u"names"_s,
                                   QCoreApplication::translate("cli",
                                                               "Only the names, one per line (for "
                                                               "completion: the keyring is not asked)."));
    if (auto code = parseListing(parser, arguments, u"profiles"_s,
                                 QCoreApplication::translate("cli",
                                                             "The saved connections: server, public key and "
                                                             "the last sync. Private keys are never shown."),
                                 {json, names}))
        return *code;
    QJsonArray array;
    const QList<ConnectionProfile> all = ProfileStore::all();
    if (parser.isSet(names)) {
        for (const ConnectionProfile &p : all)
            out(p.name);
        return Ok;
    }
    for (const ConnectionProfile &p : all) {
        const QDateTime last = lastSyncOf(cacheNameOf(p.name));
        const QString keyring = keyringState(p);
        if (parser.isSet(json)) {
            array.append(QJsonObject{
                {"name"_L1, p.name},
                {"server"_L1, p.serverText},
                {"publicKey"_L1, p.usesServiceAccount() ? QJsonValue() : QJsonValue(p.publicKey)},
                {"clientId"_L1, p.usesServiceAccount() ? QJsonValue(p.publicKey) : QJsonValue()},
                {"signIn"_L1, p.usesServiceAccount() ? u"serviceAccount"_s : u"apiKey"_s},
                {"api"_L1, ConnectionSettings::apiName(p.effectiveApi())},
                {"keyring"_L1, keyring},
                {"caBundle"_L1, p.caBundlePath.isEmpty() ? QJsonValue() : QJsonValue(p.caBundlePath)},
                {"pinSha256"_L1,
                 p.pinnedSha256.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(p.pinnedSha256))},
                {"lastSync"_L1, last.isValid() ? QJsonValue(isoDate(last)) : QJsonValue()}});
            continue;
        }
        out(u"%1  %2  %3  %4  %5"_s.arg(
            p.name, p.serverText, p.publicKey, QCoreApplication::translate("cli", "keyring: %1").arg(keyring),
            last.isValid() ? isoDate(last) : QCoreApplication::translate("cli", "never synced")));
    }
    if (parser.isSet(json))
        out(QString::fromUtf8(
            QJsonDocument(QJsonObject{{"profiles"_L1, array}}).toJson(QJsonDocument::Indented)));
    else if (all.isEmpty())
        out(QCoreApplication::translate("cli", "No saved connections."));
    return Ok;
}

} // namespace Cli
