// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the headless commands of app/cli share (internal to this folder): finding the cache that holds an
// organization, the options every cache command parses, small formatting helpers, and the commands
// themselves (one file each: CheckIpCommand.cpp, ReportCommand.cpp, DiffCommand.cpp, ExportCommand.cpp,
// ProfilesCommand.cpp, OrgsCommand.cpp, SnapshotsCommand.cpp, EventsCommand.cpp; sync in SyncCommand.cpp).
#include "AccessRules.h"
#include "CacheDatabase.h"
#include "CliSupport.h"
#include "OrgSnapshot.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace Cli {

inline void out(const QString &text)
{
    printLine(text);
}

inline void err(const QString &text)
{
    printError(text);
}

QString profilesRoot();
// The cache directories there are (one per profile, the demo's and ad-hoc syncs' included).
QStringList cacheNames();
// The cache folder of a profile name; "demo" is the demo server's unless a saved profile has that name.
QString cacheNameOf(const QString &profile);
// The profile a cache folder belongs to, as people name it.
QString profileOfCache(const QString &folder);

// The cache that holds the organization. Several hold it and --profile does not say which: no guess.
struct FoundCache
{
    std::unique_ptr<CacheDatabase> db;
    QString profile;
};

struct CacheSearch
{
    std::optional<FoundCache> found;
    int code = Ok;
    QString error;
};

struct Common
{
    QCommandLineParser parser;
    QString orgId;
    bool json = false;
    std::optional<FoundCache> cache;
    std::optional<OrgSnapshot> snapshot;
};

CacheSearch findCache(const QString &orgId, const QString &profile);
// The organization in one store given by --store (sqlite:PATH or postgresql://…).
CacheSearch findInStore(const QString &orgId, const QString &location);
QString verdictName(AccessDecision::Verdict v);
QJsonObject snapshotJson(const OrgSnapshot &s);
QStringList optionNames(const QList<QCommandLineOption> &options);
// Parses the options every cache command shares, and finds the cache; returns an exit code on failure.
std::optional<int> prepare(Common &c, const QStringList &arguments, const QString &command,
                           const QString &description, QList<QCommandLineOption> options,
                           const QList<ExitCode> &codes, bool withJson = true,
                           const QString &positional = {});
// A parser for the listing commands: parse, --help, and no positional argument.
std::optional<int> parseListing(QCommandLineParser &parser, const QStringList &arguments,
                                const QString &command, const QString &description,
                                const QList<QCommandLineOption> &options);
QString isoDate(const QDateTime &d);
// The newest snapshot time in a cache, or invalid.
QDateTime lastSyncOf(const QString &cacheName, int *organizations = nullptr);

int checkIp(const QStringList &arguments);
int report(const QStringList &arguments);
int diff(const QStringList &arguments);
int exportCommand(const QStringList &arguments);
int profiles(const QStringList &arguments);
int orgs(const QStringList &arguments);
int snapshots(const QStringList &arguments);
int events(const QStringList &arguments);
int rotate(const QStringList &arguments); // RotateCommand.cpp: talks to the server, as sync does
int store(const QStringList &arguments); // StoreCommand.cpp: copy, info, login

} // namespace Cli
