// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the headless commands share (CliShared.h).
#include "CliShared.h"

#include "CacheDatabase.h"
#include "ConnectionProfile.h"
#include "SnapshotStore.h"
#include "StoreLocation.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Cli {

QString profilesRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles"_s;
}

// The cache directories there are (one per profile, the demo's and ad-hoc syncs' included).
QStringList cacheNames()
{
    QStringList names;
    for (const QString &name :
         QDir(profilesRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(profilesRoot() + u'/' + name + u"/cache.sqlite"_s)
            && !CacheDatabase::profileForFolder(name).isEmpty())
            names.append(name);
    }
    return names;
}

// The cache folder of a profile name; "demo" ("demo-atlas") is the demo server's (its Atlas demo's) unless a
// saved profile has that name.
QString cacheNameOf(const QString &profile)
{
    if (profile == u"demo"_s && !ProfileStore::find(profile))
        return QString::fromLatin1(CacheDatabase::DemoFolder);
    if (profile == u"demo-atlas"_s && !ProfileStore::find(profile))
        return QString::fromLatin1(CacheDatabase::AtlasDemoFolder);
    return CacheDatabase::folderForProfile(profile);
}

// The profile a cache folder belongs to, as people name it.
QString profileOfCache(const QString &folder)
{
    return CacheDatabase::profileForFolder(folder);
}

CacheSearch findCache(const QString &orgId, const QString &profile)
{
    CacheSearch search;
    const QStringList names = profile.isEmpty() ? cacheNames() : QStringList{cacheNameOf(profile)};
    QStringList holders;
    QString damaged;
    for (const QString &name : names) {
        const QString path = profilesRoot() + u'/' + name + u"/cache.sqlite"_s;
        if (!QFileInfo::exists(path))
            continue;
        auto db = std::make_unique<CacheDatabase>();
        if (!db->open(path)) {
            damaged = db->error();
            continue;
        }
        if (!db->recoveryNotice().isEmpty())
            damaged = db->recoveryNotice();
        SnapshotStore store(*db);
        for (const auto &cached : store.organizations()) {
            if (cached.organization.id != orgId)
                continue;
            holders.append(u"%1 (last sync %2)"_s.arg(
                profileOfCache(name), cached.latest.lastSeen().toUTC().toString(Qt::ISODate)));
            if (!search.found)
                search.found = FoundCache{std::move(db), profileOfCache(name)};
            break;
        }
    }
    if (holders.size() > 1) {
        search.found.reset();
        search.code = Usage;
        search.error
            = QCoreApplication::translate("cli",
                                          "%1 is cached by several profiles; choose one with --profile: "
                                          "%2")
                  .arg(orgId, holders.join(u", "_s));
        return search;
    }
    if (search.found)
        return search;
    if (!damaged.isEmpty()) {
        search.code = CacheProblem;
        search.error = damaged;
        if (!profile.isEmpty())
            search.error += u' '
                + QCoreApplication::translate("cli", "The cache of profile %1 does not hold organization %2.")
                      .arg(profile, orgId);
        return search;
    }
    search.code = NotFound;
    search.error = profile.isEmpty()
        ? QCoreApplication::translate("cli",
                                      "No cache holds organization %1; sync it first (apiaccess orgs "
                                      "lists what is cached).")
              .arg(shortened(orgId))
        : QCoreApplication::translate("cli", "The cache of profile %1 does not hold organization %2.")
              .arg(shortened(profile), shortened(orgId));
    return search;
}

CacheSearch findInStore(const QString &orgId, const QString &locationText)
{
    CacheSearch search;
    const StoreLocation location = StoreLocation::parse(locationText);
    if (!location.ok()) {
        search.code = Usage;
        search.error = u"--store: "_s + location.error;
        return search;
    }
    usePasswordFromKeyring(locationText);
    auto db = std::make_unique<CacheDatabase>();
    if (!db->open(location.isPostgres() ? location.toString() : location.path)) {
        search.code = CacheProblem;
        search.error = db->error();
        return search;
    }
    SnapshotStore store(*db);
    const auto cached = store.organizations();
    if (std::none_of(cached.cbegin(), cached.cend(),
                     [&](const auto &o) { return o.organization.id == orgId; })) {
        search.code = NotFound;
        search.error = QCoreApplication::translate("cli", "The store %1 does not hold organization %2.")
                           .arg(location.toString(), shortened(orgId));
        return search;
    }
    search.found = FoundCache{std::move(db), location.toString()};
    return search;
}

QString verdictName(AccessDecision::Verdict v)
{
    return v == AccessDecision::Verdict::Allowed ? u"allowed"_s
        : v == AccessDecision::Verdict::Denied   ? u"denied"_s
                                                 : u"unknown"_s;
}

QJsonObject snapshotJson(const OrgSnapshot &s)
{
    return {{"id"_L1, s.id}, {"takenAt"_L1, s.takenAt.toUTC().toString(Qt::ISODate)}};
}

QStringList optionNames(const QList<QCommandLineOption> &options)
{
    QStringList names{u"help"_s};
    for (const QCommandLineOption &o : options)
        names += o.names();
    return names;
}

// Parses the options every cache command shares, and finds the cache; returns an exit code on failure.
std::optional<int> prepare(Common &c, const QStringList &arguments, const QString &command,
                           const QString &description, QList<QCommandLineOption> options,
                           const QList<ExitCode> &codes, bool withJson, const QString &positional)
{
    c.parser.setApplicationDescription(description);
    c.parser.addHelpOption();
    options.prepend(
        {u"store"_s,
         QCoreApplication::translate("cli",
                                     "Read this history store instead of the profiles' caches: sqlite:PATH "
                                     "or postgresql://USER@HOST[:PORT]/DATABASE (password from the keyring, "
                                     "PGPASSWORD or ~/.pgpass)."),
         u"LOCATION"_s});
    options.prepend(
        {u"profile"_s, QCoreApplication::translate("cli", "Only look in this profile's cache."), u"NAME"_s});
    options.prepend(
        {u"instance"_s,
         QCoreApplication::translate("cli",
                                     "Ops Manager's instance (its global API keys and global access "
                                     "list) instead of an organization.")});
    options.prepend({u"org"_s, QCoreApplication::translate("cli", "The organization ID."), u"ID"_s});
    if (withJson)
        options.append({u"json"_s, QCoreApplication::translate("cli", "Print JSON.")});
    c.parser.addOptions(options);
    if (!positional.isEmpty())
        c.parser.addPositionalArgument(positional,
                                       QCoreApplication::translate("cli", "The address to check."));
    QStringList args = arguments;
    args.removeAt(1); // the command
    if (!c.parser.parse(args))
        return usageError(c.parser, command, optionNames(options));
    if (c.parser.isSet(u"help"_s)) {
        fputs(qPrintable(helpText(c.parser, command, codes)), stdout);
        return Ok;
    }
    if (positional.isEmpty() && !c.parser.positionalArguments().isEmpty()) {
        err(QCoreApplication::translate("cli", "%1: unexpected argument '%2'")
                .arg(command, shortened(c.parser.positionalArguments().first())));
        return Usage;
    }
    c.orgId = c.parser.value(u"org"_s);
    c.json = withJson && c.parser.isSet(u"json"_s);
    if (c.parser.isSet(u"instance"_s)) {
        if (!c.orgId.isEmpty()) {
            err(QCoreApplication::translate("cli", "%1: --org and --instance exclude each other.")
                    .arg(command));
            return Usage;
        }
        c.orgId = Instance::Id;
    }
    if (c.orgId.isEmpty()) {
        err(QCoreApplication::translate("cli", "%1: --org ID (or --instance) is required.").arg(command));
        return Usage;
    }
    CacheSearch search = c.parser.isSet(u"store"_s) ? findInStore(c.orgId, c.parser.value(u"store"_s))
                                                    : findCache(c.orgId, c.parser.value(u"profile"_s));
    if (!search.found) {
        err(search.error);
        return search.code;
    }
    c.cache = std::move(search.found);
    SnapshotStore store(*c.cache->db);
    c.snapshot = store.latest(c.orgId);
    if (!c.snapshot) {
        err(QCoreApplication::translate("cli", "The cached snapshot of %1 cannot be read: %2")
                .arg(c.orgId, store.error()));
        return CacheProblem;
    }
    return std::nullopt;
}

// A parser for the listing commands: parse, --help, and no positional argument.
std::optional<int> parseListing(QCommandLineParser &parser, const QStringList &arguments,
                                const QString &command, const QString &description,
                                const QList<QCommandLineOption> &options)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOptions(options);
    QStringList args = arguments;
    args.removeAt(1);
    if (!parser.parse(args))
        return usageError(parser, command, optionNames(options));
    if (parser.isSet(u"help"_s)) {
        fputs(qPrintable(helpText(parser, command,
                                  command == u"profiles"_s
                                      ? QList<ExitCode>{Ok, Usage}
                                      : QList<ExitCode>{Ok, Usage, CacheProblem, NotFound})),
              stdout);
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err(QCoreApplication::translate("cli", "%1: unexpected argument '%2'")
                .arg(command, shortened(parser.positionalArguments().first())));
        return Usage;
    }
    return std::nullopt;
}

QString isoDate(const QDateTime &d)
{
    return d.isValid() ? d.toUTC().toString(Qt::ISODate) : QString();
}

// The newest snapshot time in a cache, or invalid.
QDateTime lastSyncOf(const QString &cacheName, int *organizations)
{
    CacheDatabase db;
    if (!db.open(profilesRoot() + u'/' + cacheName + u"/cache.sqlite"_s))
        return {};
    SnapshotStore store(db);
    QDateTime last;
    const auto cached = store.organizations();
    for (const auto &o : cached)
        last = std::max(last, o.latest.lastSeen());
    if (organizations)
        *organizations = int(cached.size());
    return last;
}

} // namespace Cli
