// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// apiaccess store copy|info|login: a team's PostgreSQL store (models/cache/README.md, "PostgreSQL").
#include "CliShared.h"

#include "CacheDatabase.h"
#include "SecretStore.h"
#include "SnapshotStore.h"
#include "StoreCopy.h"
#include "StoreLocation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

// A location as given, checked before anything is opened; a SQLite path is used as is.
std::optional<QString> locationOf(const QString &command, const QString &option, const QString &text)
{
    const StoreLocation location = StoreLocation::parse(text);
    if (!location.ok()) {
        err(u"%1: %2: %3"_s.arg(command, option, location.error));
        return std::nullopt;
    }
    return location.isPostgres() ? location.toString() : location.path;
}

int copy(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(u"from"_s, QCoreApplication::translate("cli", "The store to copy from."),
                                  u"LOCATION"_s);
    const QCommandLineOption to(u"to"_s, QCoreApplication::translate("cli", "The store to copy into."),
                                u"LOCATION"_s);
    const QCommandLineOption org(
        u"org"_s, QCoreApplication::translate("cli", "Only this organization (repeatable)."), u"ID"_s);
    QStringList args = arguments;
    args.removeAt(1); // "store"
    if (const auto code = parseListing(
            parser, args, u"store copy"_s,
            QCoreApplication::translate("cli",
                                        "Copies a store's history, notes and rotations into another: "
                                        "sqlite:PATH to postgresql://… and back. Run twice, nothing is "
                                        "copied twice."),
            {from, to, org}))
        return *code;
    if (!parser.isSet(from) || !parser.isSet(to)) {
        err(QCoreApplication::translate("cli",
                                        "store copy: --from LOCATION and --to LOCATION are required."));
        return Usage;
    }
    const auto source = locationOf(u"store copy"_s, u"--from"_s, parser.value(from));
    const auto target = locationOf(u"store copy"_s, u"--to"_s, parser.value(to));
    if (!source || !target)
        return Usage;
    if (*source == *target) {
        err(QCoreApplication::translate("cli", "store copy: --from and --to are the same store."));
        return Usage;
    }
    if (!StoreLocation::looksLikePostgres(*source) && !QFile::exists(*source)) {
        err(QCoreApplication::translate("cli", "store copy: there is no file %1.").arg(*source));
        return NotFound;
    }
    usePasswordFromKeyring(*source);
    usePasswordFromKeyring(*target);
    CacheDatabase sourceDb;
    if (!sourceDb.open(*source)) {
        err(sourceDb.error());
        return CacheProblem;
    }
    CacheDatabase targetDb;
    if (!targetDb.open(*target)) {
        err(targetDb.error());
        return CacheProblem;
    }
    const StoreCopy::Result result = StoreCopy::copy(sourceDb, targetDb, parser.values(org));
    if (!result.ok) {
        err(u"store copy: "_s + result.error);
        return result.error.contains(u"does not hold"_s) ? NotFound : CacheProblem;
    }
    out(QCoreApplication::translate("cli",
                                    "%1 organizations: %2 snapshots copied, %3 already there; %4 notes "
                                    "copied, %5 kept (the same or newer there); %6 rotations copied.")
            .arg(result.organizations)
            .arg(result.snapshotsCopied)
            .arg(result.snapshotsAlreadyThere)
            .arg(result.notesCopied)
            .arg(result.notesKept)
            .arg(result.rotationsCopied));
    return Ok;
}

int info(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption store(u"store"_s, QCoreApplication::translate("cli", "The store."),
                                   u"LOCATION"_s);
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("cli", "Print JSON."));
    QStringList args = arguments;
    args.removeAt(1);
    if (const auto code = parseListing(parser, args, u"store info"_s,
                                       QCoreApplication::translate("cli",
                                                                   "Opens a store (creating or updating its "
                                                                   "schema) and says what it holds."),
                                       {store, json}))
        return *code;
    if (!parser.isSet(store)) {
        err(QCoreApplication::translate("cli", "store info: --store LOCATION is required."));
        return Usage;
    }
    const auto location = locationOf(u"store info"_s, u"--store"_s, parser.value(store));
    if (!location)
        return Usage;
    usePasswordFromKeyring(*location);
    CacheDatabase db;
    if (!db.open(*location)) {
        err(db.error());
        return CacheProblem;
    }
    SnapshotStore snapshots(db);
    const auto orgs = snapshots.organizations();
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const auto &o : orgs)
            list.append(QJsonObject{{"id"_L1, o.organization.id},
                                    {"name"_L1, o.organization.name},
                                    {"lastSeen"_L1, isoDate(o.latest.lastSeen())},
                                    {"writtenBy"_L1, o.latest.writtenBy}});
        out(QString::fromUtf8(
            QJsonDocument(QJsonObject{{"engine"_L1, db.isPostgres() ? u"postgresql"_s : u"sqlite"_s},
                                      {"schema"_L1, db.userVersion()},
                                      {"readOnly"_L1, db.isReadOnly()},
                                      {"readOnlyReason"_L1, db.readOnlyReason()},
                                      {"organizations"_L1, list}})
                .toJson(QJsonDocument::Indented)));
        return Ok;
    }
    out(QCoreApplication::translate("cli", "%1 (%2, schema %3)")
            .arg(db.path(), db.isPostgres() ? u"PostgreSQL"_s : u"SQLite"_s)
            .arg(db.userVersion()));
    if (db.isReadOnly())
        out(db.readOnlyReason());
    for (const auto &o : orgs)
        out(QCoreApplication::translate("cli", "%1  %2  last sync %3 by %4")
                .arg(o.organization.id, o.organization.name, isoDate(o.latest.lastSeen()),
                     o.latest.writtenBy.isEmpty() ? u"-"_s : o.latest.writtenBy));
    return Ok;
}

int login(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption store(u"store"_s, QCoreApplication::translate("cli", "The PostgreSQL store."),
                                   u"LOCATION"_s);
    QStringList args = arguments;
    args.removeAt(1);
    if (const auto code = parseListing(
            parser, args, u"store login"_s,
            QCoreApplication::translate("cli",
                                        "Keeps a PostgreSQL store's password in the system keyring: read "
                                        "from APIACCESS_STORE_PASSWORD or one line of standard input, never "
                                        "from an argument. It is tried before it is kept."),
            {store}))
        return *code;
    const StoreLocation location = StoreLocation::parse(parser.value(store));
    if (!parser.isSet(store) || !location.ok() || !location.isPostgres()) {
        err(location.ok() || !parser.isSet(store) ? QCoreApplication::translate(
                "cli", "store login: --store postgresql://USER@HOST/DATABASE is required.")
                                                  : u"store login: --store: "_s + location.error);
        return Usage;
    }
    QString password = qEnvironmentVariable("APIACCESS_STORE_PASSWORD");
    if (password.isEmpty()) {
        QTextStream in(stdin);
        password = in.readLine(4096);
    }
    if (password.isEmpty()) {
        err(QCoreApplication::translate(
            "cli", "store login: no password (APIACCESS_STORE_PASSWORD or standard input)."));
        return Usage;
    }
    CacheDatabase::setPassword(location.keyringKey(), password);
    CacheDatabase db;
    if (!db.open(location.toString())) {
        err(db.error());
        return Refused;
    }
    db.close();
    KeychainSecretStore keyring;
    const SecretStore::Result stored
        = keyringCall([&](auto done) { keyring.write(location.keyringKey(), password, &keyring, done); });
    if (!stored.ok()) {
        err(stored.error);
        return Usage;
    }
    out(QCoreApplication::translate("cli", "The password of %1 is in the system keyring.")
            .arg(location.toString()));
    return Ok;
}

} // namespace

int store(const QStringList &arguments)
{
    const QString sub = arguments.value(2);
    if (sub == "copy"_L1)
        return copy(arguments);
    if (sub == "info"_L1)
        return info(arguments);
    if (sub == "login"_L1)
        return login(arguments);
    err(QCoreApplication::translate("cli", "store: give copy, info or login (apiaccess store copy --help)."));
    return Usage;
}

} // namespace Cli
