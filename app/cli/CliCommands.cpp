// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "AddressCheck.h"
#include "CacheDatabase.h"
#include "CliSupport.h"
#include "ConnectionProfile.h"
#include "Exporter.h"
#include "ExportWriter.h"
#include "HygieneReport.h"
#include "JsonMapping.h"
#include "SecretStore.h"
#include "SnapshotDiff.h"
#include "SnapshotStore.h"
#include "SyncCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

void out(const QString &text)
{
    printLine(text);
}

void err(const QString &text)
{
    printError(text);
}

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

// The cache folder of a profile name; "demo" is the demo server's unless a saved profile has that name.
QString cacheNameOf(const QString &profile)
{
    if (profile == u"demo"_s && !ProfileStore::find(profile))
        return QString::fromLatin1(CacheDatabase::DemoFolder);
    return CacheDatabase::folderForProfile(profile);
}

// The profile a cache folder belongs to, as people name it.
QString profileOfCache(const QString &folder)
{
    return CacheDatabase::profileForFolder(folder);
}

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
            holders.append(u"%1 (last sync %2)"_s.arg(profileOfCache(name),
                                                      cached.latest.takenAt.toUTC().toString(Qt::ISODate)));
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

struct Common
{
    QCommandLineParser parser;
    QString orgId;
    bool json = false;
    std::optional<FoundCache> cache;
    std::optional<OrgSnapshot> snapshot;
};

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
                           const QList<ExitCode> &codes, bool withJson = true, const QString &positional = {})
{
    c.parser.setApplicationDescription(description);
    c.parser.addHelpOption();
    options.prepend(
        {u"profile"_s, QCoreApplication::translate("cli", "Only look in this profile's cache."), u"NAME"_s});
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
    if (c.orgId.isEmpty()) {
        err(QCoreApplication::translate("cli", "%1: --org ID is required.").arg(command));
        return Usage;
    }
    CacheSearch search = findCache(c.orgId, c.parser.value(u"profile"_s));
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

int checkIp(const QStringList &arguments)
{
    Common c;
    if (auto code = prepare(c, arguments, u"check-ip"_s,
                            QCoreApplication::translate("cli", "Which API keys may call from ADDRESS."), {},
                            {Ok, Usage, CacheProblem, NotFound}, true, u"ADDRESS"_s))
        return *code;
    const QStringList positional = c.parser.positionalArguments();
    if (positional.size() != 1) {
        err(QCoreApplication::translate("cli", "Give exactly one address."));
        return Usage;
    }
    const IpParseResult parsed = IpBlock::parse(positional.first());
    if (!parsed.ok() || !parsed.block->isSingleAddress()) {
        err(u"check-ip: "_s
            + (parsed.ok() ? QCoreApplication::translate("cli", "Give one address, not a block.")
                           : parsed.message));
        return Usage;
    }
    const QHostAddress address = parsed.block->network();
    const QList<AddressCheckRow> rows = checkAddress(*c.snapshot, address);
    if (c.json) {
        QJsonArray keys;
        for (const AddressCheckRow &r : rows) {
            keys.append(QJsonObject{
                {"id"_L1, r.keyId},
                {"publicKey"_L1, r.publicKey},
                {"desc"_L1, r.desc},
                {"allowed"_L1,
                 r.verdict == AccessDecision::Verdict::Uncertain
                     ? QJsonValue(QJsonValue::Null)
                     : QJsonValue(r.verdict == AccessDecision::Verdict::Allowed)},
                {"verdict"_L1, verdictName(r.verdict)},
                {"matchedEntry"_L1,
                 r.matchedEntry.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.matchedEntry)},
                {"errorCode"_L1,
                 r.errorCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.errorCode)},
                {"explanation"_L1, r.explanation}});
        }
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{"orgId"_L1, c.orgId},
                                                        {"address"_L1, address.toString()},
                                                        {"snapshot"_L1, snapshotJson(*c.snapshot)},
                                                        {"keys"_L1, keys}})
                                  .toJson(QJsonDocument::Indented)));
        return Ok;
    }
    out(QCoreApplication::translate("cli", "%1 in %2 (cached %3):")
            .arg(address.toString(), c.snapshot->organization.name,
                 c.snapshot->takenAt.toLocalTime().toString(Qt::ISODate)));
    for (const AddressCheckRow &r : rows)
        out(u"%1  %2  %3 — %4"_s.arg(verdictName(r.verdict).toUpper().leftJustified(7), r.publicKey, r.desc,
                                     r.explanation));
    return Ok;
}

int report(const QStringList &arguments)
{
    Common c;
    const QCommandLineOption stale(
        u"stale-days"_s, QCoreApplication::translate("cli", "A key unused this long is stale (90)."), u"N"_s,
        u"90"_s);
    const QCommandLineOption failOn(u"fail-on"_s,
                                    QCoreApplication::translate("cli",
                                                                "Exit 1 when a finding is at least "
                                                                "this severe: info, low, medium, high."),
                                    u"SEVERITY"_s);
    if (auto code = prepare(c, arguments, u"report"_s,
                            QCoreApplication::translate("cli", "The key-hygiene report of an organization."),
                            {stale, failOn}, {Ok, Findings, Usage, CacheProblem, NotFound}))
        return *code;
    bool ok = false;
    HygieneOptions options;
    options.staleDays = c.parser.value(stale).toInt(&ok);
    if (!ok || options.staleDays < 1) {
        err(QCoreApplication::translate("cli", "--stale-days needs a whole number of days."));
        return Usage;
    }
    std::optional<Finding::Severity> threshold;
    if (c.parser.isSet(failOn)) {
        threshold = Finding::severityFromName(c.parser.value(failOn));
        if (!threshold) {
            err(QCoreApplication::translate("cli", "--fail-on takes info, low, medium or high."));
            return Usage;
        }
    }
    const QList<Finding> findings = hygieneReport(*c.snapshot, options);
    if (c.json) {
        QJsonArray array;
        for (const Finding &f : findings)
            array.append(QJsonObject{
                {"severity"_L1, Finding::severityName(f.severity)},
                {"kind"_L1, Finding::kindName(f.kind)},
                {"message"_L1, f.message},
                {"id"_L1, f.keyId},
                {"publicKey"_L1, f.publicKey},
                {"entry"_L1, f.entry.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.entry)}});
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{"orgId"_L1, c.orgId},
                                                        {"snapshot"_L1, snapshotJson(*c.snapshot)},
                                                        {"findings"_L1, array}})
                                  .toJson(QJsonDocument::Indented)));
    } else {
        for (const Finding &f : findings)
            out(u"%1  %2"_s.arg(Finding::severityName(f.severity).toUpper().leftJustified(6), f.message));
        if (findings.isEmpty())
            out(QCoreApplication::translate("cli", "No findings."));
    }
    if (threshold && std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) {
            return f.severity >= *threshold;
        }))
        return Findings;
    return Ok;
}

int diff(const QStringList &arguments)
{
    Common c;
    const QCommandLineOption from(
        u"from"_s, QCoreApplication::translate("cli", "The older snapshot (default: the one before --to)."),
        u"SNAPSHOT"_s);
    const QCommandLineOption to(
        u"to"_s, QCoreApplication::translate("cli", "The newer snapshot (default: the latest)."),
        u"SNAPSHOT"_s);
    if (auto code = prepare(c, arguments, u"diff"_s,
                            QCoreApplication::translate("cli",
                                                        "What changed between two snapshots (apiaccess "
                                                        "snapshots lists them)."),
                            {from, to}, {Ok, Usage, CacheProblem, NotFound}))
        return *code;
    SnapshotStore store(*c.cache->db);
    const auto history = store.history(c.orgId);
    qint64 toId = c.parser.isSet(to) ? c.parser.value(to).toLongLong() : history.last().id;
    qint64 fromId = 0;
    if (c.parser.isSet(from)) {
        fromId = c.parser.value(from).toLongLong();
    } else {
        for (const auto &info : history) {
            if (info.id < toId)
                fromId = info.id;
        }
    }
    const auto older = store.load(c.orgId, fromId);
    const auto newer = store.load(c.orgId, toId);
    if (!older || !newer) {
        err(QCoreApplication::translate(
                "cli",
                "No such snapshot of %1 (%n snapshot(s) kept: apiaccess snapshots --org "
                "%1 lists them).",
                nullptr, int(history.size()))
                .arg(c.orgId));
        return NotFound;
    }
    const SnapshotDiff d = diffSnapshots(*older, *newer);
    if (c.json) {
        QJsonArray keys;
        for (const KeyDiff &k : d.keys) {
            keys.append(
                QJsonObject{{"id"_L1, k.keyId},
                            {"publicKey"_L1, k.publicKey},
                            {"desc"_L1, k.desc},
                            {"change"_L1,
                             k.change == KeyDiff::Change::Added         ? u"added"_s
                                 : k.change == KeyDiff::Change::Removed ? u"removed"_s
                                                                        : u"changed"_s},
                            {"previousDesc"_L1, k.previousDesc},
                            {"rolesAdded"_L1, QJsonArray::fromStringList(k.rolesAdded)},
                            {"rolesRemoved"_L1, QJsonArray::fromStringList(k.rolesRemoved)},
                            {"entriesAdded"_L1, QJsonArray::fromStringList(k.entriesAdded)},
                            {"entriesRemoved"_L1, QJsonArray::fromStringList(k.entriesRemoved)},
                            {"projectsAssigned"_L1, QJsonArray::fromStringList(k.projectsAssigned)},
                            {"projectsUnassigned"_L1, QJsonArray::fromStringList(k.projectsUnassigned)},
                            {"requests"_L1, k.requests}});
        }
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{"orgId"_L1, c.orgId},
                                                        {"from"_L1, snapshotJson(*older)},
                                                        {"to"_L1, snapshotJson(*newer)},
                                                        {"settingChanged"_L1, d.settingChanged},
                                                        {"keys"_L1, keys}})
                                  .toJson(QJsonDocument::Indented)));
        return Ok;
    }
    out(QCoreApplication::translate("cli", "Changes in %1 from snapshot %2 to %3:")
            .arg(newer->organization.name)
            .arg(fromId)
            .arg(toId));
    if (d.settingChanged)
        out(QCoreApplication::translate("cli", "  Require IP Whitelist for Public API: %1 → %2.")
                .arg(OrgSettings::requirementText(d.settingFrom), OrgSettings::requirementText(d.settingTo)));
    for (const KeyDiff &k : d.keys) {
        const QString head = k.change == KeyDiff::Change::Added ? u"+ "_s
            : k.change == KeyDiff::Change::Removed              ? u"- "_s
                                                                : u"~ "_s;
        out(head + k.desc + u" ("_s + k.publicKey + u')');
        if (!k.previousDesc.isEmpty())
            out(u"    description: "_s + k.previousDesc + u" → "_s + k.desc);
        for (const QString &r : k.rolesAdded)
            out(u"    + role "_s + r);
        for (const QString &r : k.rolesRemoved)
            out(u"    - role "_s + r);
        for (const QString &e : k.entriesAdded)
            out(u"    + "_s + e);
        for (const QString &e : k.entriesRemoved)
            out(u"    - "_s + e);
        for (const QString &p : k.projectsAssigned)
            out(u"    + project "_s + p);
        for (const QString &p : k.projectsUnassigned)
            out(u"    - project "_s + p);
        if (k.requests > 0)
            out(QCoreApplication::translate("cli", "    %n request(s) counted", nullptr, int(k.requests)));
    }
    if (!d.hasStructuralChange())
        out(QCoreApplication::translate("cli", "  No change to keys, roles, whitelists or the setting."));
    return Ok;
}

int exportCommand(const QStringList &arguments)
{
    Common c;
    const QCommandLineOption format(
        u"format"_s, QCoreApplication::translate("cli", "csv, json, md, html or pdf."), u"FORMAT"_s);
    const QCommandLineOption output(
        u"out"_s,
        QCoreApplication::translate("cli",
                                    "The file to write, or - for standard output "
                                    "(csv: the keys; the entries go to "
                                    "NAME-entries.csv, or follow on standard output "
                                    "after a blank line)."),
        u"FILE"_s);
    const QCommandLineOption snapshotOption(u"snapshot"_s,
                                            QCoreApplication::translate("cli",
                                                                        "A stored snapshot "
                                                                        "instead of the latest."),
                                            u"ID"_s);
    if (auto code = prepare(c, arguments, u"export"_s,
                            QCoreApplication::translate("cli", "Export an organization from the cache."),
                            {format, output, snapshotOption},
                            {Ok, Usage, CacheProblem, OutputProblem, NotFound}, false))
        return *code;
    const QString kind = c.parser.value(format);
    const QString out = c.parser.value(output);
    if (!QStringList{u"csv"_s, u"json"_s, u"md"_s, u"html"_s, u"pdf"_s}.contains(kind) || out.isEmpty()) {
        err(QCoreApplication::translate("cli", "export: give --format csv|json|md|html|pdf and --out FILE."));
        return Usage;
    }
    SnapshotStore store(*c.cache->db);
    ExportInput in;
    if (c.parser.isSet(snapshotOption)) {
        const auto chosen = store.load(c.orgId, c.parser.value(snapshotOption).toLongLong());
        if (!chosen) {
            err(QCoreApplication::translate("cli",
                                            "No snapshot %1 of %2 (apiaccess snapshots --org %2 lists them).")
                    .arg(shortened(c.parser.value(snapshotOption)), c.orgId));
            return NotFound;
        }
        in.snapshot = *chosen;
    } else {
        in.snapshot = *c.snapshot;
    }
    in.keyNotes = store.notes(c.orgId, NoteKind::Key);
    in.entryNotes = store.notes(c.orgId, NoteKind::Entry);
    in.findings = hygieneReport(in.snapshot);
    const ExportWriter::Result written = ExportWriter::write(
        in, *ExportWriter::formatNamed(kind), out,
        QCoreApplication::translate("cli", "API access report: %1").arg(in.snapshot.organization.name));
    if (!written.ok) {
        if (written.file == u"-"_s)
            err(QCoreApplication::translate("cli", "Cannot write to standard output."));
        else
            err(QCoreApplication::translate("cli", "Cannot write %1: %2")
                    .arg(shortened(written.file), written.reason));
    }
    const bool ok = written.ok;
    return ok ? Ok : OutputProblem;
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
QDateTime lastSyncOf(const QString &cacheName, int *organizations = nullptr)
{
    CacheDatabase db;
    if (!db.open(profilesRoot() + u'/' + cacheName + u"/cache.sqlite"_s))
        return {};
    SnapshotStore store(db);
    QDateTime last;
    const auto cached = store.organizations();
    for (const auto &o : cached)
        last = std::max(last, o.latest.takenAt);
    if (organizations)
        *organizations = int(cached.size());
    return last;
}

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
    const QList<QCommandLineOption> options
        = action == u"add"_s ? QList{url, publicKey, caBundle, pin} : QList{caBundle, pin};
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
        profile.publicKey = parser.value(publicKey);
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
                {"publicKey"_L1, p.publicKey},
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

int orgs(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profile(
        u"profile"_s, QCoreApplication::translate("cli", "Only this profile's cache."), u"NAME"_s);
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("cli", "Print JSON."));
    const QCommandLineOption ids(u"ids"_s,
                                 QCoreApplication::translate("cli",
                                                             "Only the organization IDs, one per line "
                                                             "(for completion)."));
    if (auto code = parseListing(parser, arguments, u"orgs"_s,
                                 QCoreApplication::translate("cli",
                                                             "The cached organizations: per profile, the "
                                                             "last sync and how many snapshots are kept."),
                                 {profile, json, ids}))
        return *code;
    const QStringList names
        = parser.isSet(profile) ? QStringList{cacheNameOf(parser.value(profile))} : cacheNames();
    if (parser.isSet(profile)
        && !QFileInfo::exists(profilesRoot() + u'/' + names.first() + u"/cache.sqlite"_s)) {
        err(QCoreApplication::translate("cli", "Profile %1 has no cache yet.")
                .arg(shortened(parser.value(profile))));
        return NotFound;
    }
    QJsonArray array;
    QSet<QString> listedIds; // --ids: each organization once, whichever caches hold it
    for (const QString &name : names) {
        CacheDatabase db;
        if (!db.open(profilesRoot() + u'/' + name + u"/cache.sqlite"_s)) {
            err(db.error());
            return CacheProblem;
        }
        SnapshotStore store(db);
        for (const auto &cached : store.organizations()) {
            if (parser.isSet(ids)) {
                if (!listedIds.contains(cached.organization.id))
                    out(cached.organization.id);
                listedIds.insert(cached.organization.id);
                continue;
            }
            const int kept = int(store.history(cached.organization.id).size());
            if (parser.isSet(json)) {
                array.append(QJsonObject{{"profile"_L1, profileOfCache(name)},
                                         {"id"_L1, cached.organization.id},
                                         {"name"_L1, cached.organization.name},
                                         {"lastSync"_L1, isoDate(cached.latest.takenAt)},
                                         {"snapshots"_L1, kept}});
                continue;
            }
            out(u"%1  %2  %3  %4  %5"_s.arg(
                profileOfCache(name), cached.organization.id, cached.organization.name,
                isoDate(cached.latest.takenAt),
                QCoreApplication::translate("cli", "%n snapshot(s)", nullptr, kept)));
        }
    }
    if (parser.isSet(json))
        out(QString::fromUtf8(
            QJsonDocument(QJsonObject{{"organizations"_L1, array}}).toJson(QJsonDocument::Indented)));
    return Ok;
}

int snapshots(const QStringList &arguments)
{
    Common c;
    if (auto code = prepare(c, arguments, u"snapshots"_s,
                            QCoreApplication::translate("cli",
                                                        "The stored snapshots of an organization, oldest "
                                                        "first, with what changed since the one before: the "
                                                        "IDs diff --from/--to and export --snapshot take."),
                            {}, {Ok, Usage, CacheProblem, NotFound}))
        return *code;
    SnapshotStore store(*c.cache->db);
    const QList<SnapshotInfo> history = store.history(c.orgId);
    QJsonArray array;
    std::optional<OrgSnapshot> previous;
    for (const SnapshotInfo &info : history) {
        const std::optional<OrgSnapshot> current = store.load(c.orgId, info.id);
        QString summary;
        if (current && previous) {
            const SnapshotDiff d = diffSnapshots(*previous, *current);
            int added = 0;
            int removed = 0;
            int changed = 0;
            for (const KeyDiff &k : d.keys) {
                if (!k.hasStructuralChange())
                    continue;
                added += k.change == KeyDiff::Change::Added;
                removed += k.change == KeyDiff::Change::Removed;
                changed += k.change == KeyDiff::Change::Changed;
            }
            QStringList parts;
            if (d.settingChanged)
                parts << QCoreApplication::translate("cli", "setting %1 → %2")
                             .arg(OrgSettings::requirementText(d.settingFrom),
                                  OrgSettings::requirementText(d.settingTo));
            if (added)
                parts << QCoreApplication::translate("cli", "%n key(s) added", nullptr, added);
            if (removed)
                parts << QCoreApplication::translate("cli", "%n key(s) removed", nullptr, removed);
            if (changed)
                parts << QCoreApplication::translate("cli", "%n key(s) changed", nullptr, changed);
            summary = parts.isEmpty() ? QCoreApplication::translate("cli", "no change") : parts.join(u", "_s);
        } else {
            summary = QCoreApplication::translate("cli", "first kept");
        }
        previous = current;
        const QString source = snapshotSourceName(info.source);
        if (c.json) {
            array.append(QJsonObject{{"id"_L1, info.id},
                                     {"takenAt"_L1, isoDate(info.takenAt)},
                                     {"source"_L1, source},
                                     {"requests"_L1, info.requests},
                                     {"summary"_L1, summary}});
            continue;
        }
        out(u"%1  %2  %3  %4"_s.arg(QString::number(info.id).rightJustified(6), isoDate(info.takenAt),
                                    source.leftJustified(6), summary));
    }
    if (c.json)
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{"orgId"_L1, c.orgId}, {"snapshots"_L1, array}})
                                  .toJson(QJsonDocument::Indented)));
    return Ok;
}

// The organization's events that concern API access, as the last sync read them (newest first).
int events(const QStringList &arguments)
{
    Common c;
    const QCommandLineOption since(
        u"since"_s,
        QCoreApplication::translate("cli",
                                    "Only events at or after DATE (2026-03-12, or 2026-03-12T14:02Z)."),
        u"DATE"_s);
    const QCommandLineOption type(
        u"type"_s,
        QCoreApplication::translate("cli",
                                    "Only event types that start with PREFIX (API_KEY_, ORG_PUBLIC_API_, …); "
                                    "may be given more than once."),
        u"PREFIX"_s);
    if (auto code
        = prepare(c, arguments, u"events"_s,
                  QCoreApplication::translate("cli",
                                              "Who changed which API key or setting, from where and "
                                              "when: the organization's events feed as the last sync "
                                              "read it, newest first."),
                  {since, type}, {Ok, Usage, CacheProblem, NotFound}))
        return *code;
    QDateTime from;
    if (c.parser.isSet(since)) {
        const QString text = c.parser.value(since).trimmed();
        from = QDateTime::fromString(text, Qt::ISODate);
        if (!from.isValid()) {
            const QDate day = QDate::fromString(text, Qt::ISODate);
            if (day.isValid())
                from = day.startOfDay(Qt::UTC);
        }
        if (!from.isValid()) {
            err(QCoreApplication::translate("cli",
                                            "events: --since takes a date such as 2026-03-12 or "
                                            "2026-03-12T14:02Z, not '%1'.")
                    .arg(shortened(text)));
            return Usage;
        }
    }
    const QStringList prefixes = c.parser.values(type);
    for (const QString &prefix : prefixes) {
        static const QRegularExpression name(u"^[A-Za-z_]{1,80}$"_s);
        if (!name.match(prefix).hasMatch()) {
            err(QCoreApplication::translate("cli",
                                            "events: --type takes the start of an event type name, letters "
                                            "and underscores (API_KEY_), not '%1'.")
                    .arg(shortened(prefix)));
            return Usage;
        }
    }
    const OrgSnapshot &s = *c.snapshot;
    if (!s.eventsReadAt.isValid()) {
        err(QCoreApplication::translate("cli",
                                        "No events of %1 are cached: the last sync could not read the "
                                        "organization's events feed%2. Reading it needs the Organization "
                                        "Member role; sync again once the key has it.")
                .arg(c.orgId,
                     s.eventsState.reason.isEmpty() ? QString() : u" ("_s + s.eventsState.reason + u')'));
        return NotFound;
    }
    QJsonArray array;
    const QHash<QString, QString> names = s.descriptionsByPublicKey();
    for (const ApiEvent &e : s.events) {
        if (from.isValid() && e.created < from)
            continue;
        if (!prefixes.isEmpty() && std::none_of(prefixes.begin(), prefixes.end(), [&](const QString &p) {
                return e.eventTypeName.startsWith(p, Qt::CaseInsensitive);
            }))
            continue;
        if (c.json) {
            QJsonObject o = Json::toJson(e);
            o.insert("summary"_L1, OrgSnapshot::eventSummary(e, names));
            array.append(o);
            continue;
        }
        out(u"%1  %2"_s.arg(isoDate(e.created), OrgSnapshot::eventSummary(e, names)));
    }
    if (c.json)
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{"orgId"_L1, c.orgId},
                                                        {"readAt"_L1, isoDate(s.eventsReadAt)},
                                                        {"complete"_L1, s.eventsState.readable},
                                                        {"events"_L1, array}})
                                  .toJson(QJsonDocument::Indented)));
    else if (!s.eventsState.readable)
        err(QCoreApplication::translate("cli",
                                        "The last sync could not read the feed (%1): these are the "
                                        "events read up to %2.")
                .arg(s.eventsState.reason, isoDate(s.eventsReadAt)));
    return Ok;
}

// The completion script for a shell; zsh uses the bash one through bashcompinit.
int completion(const QStringList &arguments)
{
    const QString shell = arguments.value(2);
    if (shell == u"--help"_s || shell == u"-h"_s) {
        out(QCoreApplication::translate("cli",
                                        "Usage: apiaccess completion bash|zsh|fish\n"
                                        "Prints the shell's completion script for apiaccess: subcommands, "
                                        "options, profile names and cached organization IDs.\n"
                                        "  bash: source <(apiaccess completion bash)\n"
                                        "  zsh:  source <(apiaccess completion zsh)\n"
                                        "  fish: apiaccess completion fish | source\n"
                                        "cmake --install puts them where the shells look by themselves."));
        return Ok;
    }
    if (arguments.size() != 3 || !QStringList{u"bash"_s, u"zsh"_s, u"fish"_s}.contains(shell)) {
        err(QCoreApplication::translate("cli", "completion: give bash, zsh or fish."));
        return Usage;
    }
    QFile script(shell == u"fish"_s ? u":/completion/apiaccess.fish"_s : u":/completion/apiaccess.bash"_s);
    if (!script.open(QIODevice::ReadOnly)) {
        err(QCoreApplication::translate("cli", "completion: the script is missing from this build."));
        return OutputProblem;
    }
    QByteArray text = script.readAll();
    if (shell == u"zsh"_s)
        text.prepend("#compdef apiaccess\nautoload -U +X bashcompinit && bashcompinit\n");
    const bool ok = fwrite(text.constData(), 1, size_t(text.size()), stdout) == size_t(text.size())
        && fflush(stdout) == 0;
    if (!ok)
        err(QCoreApplication::translate("cli", "Cannot write to standard output."));
    return ok ? Ok : OutputProblem;
}

} // namespace

QStringList commands()
{
    return {u"sync"_s,     u"check-ip"_s, u"report"_s,    u"diff"_s,        u"export"_s,    u"events"_s,
            u"profiles"_s, u"orgs"_s,     u"snapshots"_s, u"screenshots"_s, u"completion"_s};
}

bool isCommand(const QString &name)
{
    return name != u"screenshots"_s && commands().contains(name);
}

bool needsGui(const QString &name)
{
    return name == "export"_L1; // PDF rendering uses QtGui's fonts
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == "check-ip"_L1)
        return checkIp(arguments);
    if (command == "report"_L1)
        return report(arguments);
    if (command == "diff"_L1)
        return diff(arguments);
    if (command == "export"_L1)
        return exportCommand(arguments);
    if (command == "sync"_L1)
        return sync(arguments);
    if (command == "profiles"_L1)
        return profiles(arguments);
    if (command == "orgs"_L1)
        return orgs(arguments);
    if (command == "snapshots"_L1)
        return snapshots(arguments);
    if (command == "events"_L1)
        return events(arguments);
    if (command == "completion"_L1)
        return completion(arguments);
    err(QCoreApplication::translate("cli", "Unknown command %1.").arg(command));
    return Usage;
}

} // namespace Cli
