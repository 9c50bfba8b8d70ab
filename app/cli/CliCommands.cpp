// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "AddressCheck.h"
#include "CacheDatabase.h"
#include "Exporter.h"
#include "HygieneReport.h"
#include "SnapshotDiff.h"
#include "SnapshotStore.h"
#include "SyncCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

void out(const QString &text)
{
    fputs(qPrintable(text + u'\n'), stdout);
}

void err(const QString &text)
{
    fputs(qPrintable(u"apiaccess: "_s + text + u'\n'), stderr);
}

// The cache of whichever profile holds the organization (--profile narrows the search).
struct FoundCache
{
    std::unique_ptr<CacheDatabase> db;
    QString profile;
};

std::optional<FoundCache> findCache(const QString &orgId, const QString &profile, QString *error)
{
    const QString root = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles"_s;
    const QStringList profiles = profile.isEmpty()
        ? QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)
        : QStringList{QFileInfo(CacheDatabase::pathForProfile(profile)).dir().dirName()};
    for (const QString &name : profiles) {
        const QString path = root + u'/' + name + u"/cache.sqlite"_s;
        if (!QFileInfo::exists(path))
            continue;
        auto db = std::make_unique<CacheDatabase>();
        if (!db->open(path)) {
            *error = db->error();
            continue;
        }
        SnapshotStore store(*db);
        for (const auto &cached : store.organizations()) {
            if (cached.organization.id == orgId)
                return FoundCache{std::move(db), name};
        }
    }
    if (error->isEmpty())
        *error = profile.isEmpty()
            ? QCoreApplication::translate("cli", "No cache holds organization %1; sync it first.").arg(orgId)
            : QCoreApplication::translate("cli", "The cache of profile %1 does not hold organization %2.")
                  .arg(profile, orgId);
    return std::nullopt;
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

// Parses the options every cache command shares, and finds the cache; returns an exit code on failure.
std::optional<int> prepare(Common &c, const QStringList &arguments, const QString &description,
                           const QList<QCommandLineOption> &extra, const QString &positional = {})
{
    c.parser.setApplicationDescription(description);
    c.parser.addHelpOption();
    c.parser.addOption({u"org"_s, QCoreApplication::translate("cli", "The organization ID."), u"ID"_s});
    c.parser.addOption(
        {u"profile"_s, QCoreApplication::translate("cli", "Only look in this profile's cache."), u"NAME"_s});
    c.parser.addOption({u"json"_s, QCoreApplication::translate("cli", "Print JSON.")});
    c.parser.addOptions(extra);
    if (!positional.isEmpty())
        c.parser.addPositionalArgument(positional,
                                       QCoreApplication::translate("cli", "The address to check."));
    QStringList args = arguments;
    args.removeAt(1); // the command
    if (!c.parser.parse(args)) {
        err(c.parser.errorText());
        return Usage;
    }
    if (c.parser.isSet(u"help"_s)) {
        out(c.parser.helpText()
            + QCoreApplication::translate("cli",
                                          "\nExit codes: 0 ok, 1 findings at or above --fail-on, "
                                          "2 usage, 3 authentication or whitelist refusal, "
                                          "4 network or TLS, 5 cache problem."));
        return Ok;
    }
    c.orgId = c.parser.value(u"org"_s);
    c.json = c.parser.isSet(u"json"_s);
    if (c.orgId.isEmpty()) {
        err(QCoreApplication::translate("cli", "--org ID is required."));
        return Usage;
    }
    QString error;
    c.cache = findCache(c.orgId, c.parser.value(u"profile"_s), &error);
    if (!c.cache) {
        err(error);
        return CacheProblem;
    }
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
    if (auto code
        = prepare(c, arguments, QCoreApplication::translate("cli", "Which API keys may call from ADDRESS."),
                  {}, u"ADDRESS"_s))
        return *code;
    const QStringList positional = c.parser.positionalArguments();
    if (positional.size() != 1) {
        err(QCoreApplication::translate("cli", "Give exactly one address."));
        return Usage;
    }
    const IpParseResult parsed = IpBlock::parse(positional.first());
    if (!parsed.ok() || !parsed.block->isSingleAddress()) {
        err(parsed.ok() ? QCoreApplication::translate("cli", "Give one address, not a block.")
                        : parsed.message);
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
    if (auto code = prepare(c, arguments,
                            QCoreApplication::translate("cli", "The key-hygiene report of an organization."),
                            {stale, failOn}))
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
    if (auto code
        = prepare(c, arguments, QCoreApplication::translate("cli", "What changed between two snapshots."),
                  {from, to}))
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
        err(QCoreApplication::translate("cli",
                                        "No such snapshot: see the history of %1 (%n snapshot(s) kept).",
                                        nullptr, int(history.size()))
                .arg(c.orgId));
        return history.size() < 2 ? CacheProblem : Usage;
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

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        err(QCoreApplication::translate("cli", "Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

int exportCommand(const QStringList &arguments)
{
    Common c;
    const QCommandLineOption format(
        u"format"_s, QCoreApplication::translate("cli", "csv, json, md, html or pdf."), u"FORMAT"_s);
    const QCommandLineOption output(u"out"_s,
                                    QCoreApplication::translate("cli",
                                                                "The file to write (csv: the keys; "
                                                                "the entries go to NAME-entries.csv)."),
                                    u"FILE"_s);
    const QCommandLineOption snapshotOption(u"snapshot"_s,
                                            QCoreApplication::translate("cli",
                                                                        "A stored snapshot "
                                                                        "instead of the latest."),
                                            u"ID"_s);
    if (auto code
        = prepare(c, arguments, QCoreApplication::translate("cli", "Export an organization from the cache."),
                  {format, output, snapshotOption}))
        return *code;
    const QString kind = c.parser.value(format);
    const QString out = c.parser.value(output);
    if (!QStringList{u"csv"_s, u"json"_s, u"md"_s, u"html"_s, u"pdf"_s}.contains(kind) || out.isEmpty()) {
        err(QCoreApplication::translate("cli", "Give --format csv|json|md|html|pdf and --out FILE."));
        return Usage;
    }
    SnapshotStore store(*c.cache->db);
    ExportInput in;
    if (c.parser.isSet(snapshotOption)) {
        const auto chosen = store.load(c.orgId, c.parser.value(snapshotOption).toLongLong());
        if (!chosen) {
            err(QCoreApplication::translate("cli", "No snapshot %1 of %2.")
                    .arg(c.parser.value(snapshotOption), c.orgId));
            return Usage;
        }
        in.snapshot = *chosen;
    } else {
        in.snapshot = *c.snapshot;
    }
    in.keyNotes = store.notes(c.orgId, NoteKind::Key);
    in.entryNotes = store.notes(c.orgId, NoteKind::Entry);
    in.findings = hygieneReport(in.snapshot);
    bool ok = true;
    if (kind == "csv"_L1) {
        QString entries = out;
        entries = out.endsWith(u".csv"_s) ? out.chopped(4) + u"-entries.csv"_s : out + u"-entries.csv"_s;
        ok = writeFile(out, Exporter::keysCsv(in)) && writeFile(entries, Exporter::entriesCsv(in));
    } else if (kind == "json"_L1) {
        ok = writeFile(out, Exporter::json(in));
    } else if (kind == "md"_L1) {
        ok = writeFile(out, Exporter::markdown(in));
    } else if (kind == "html"_L1) {
        ok = writeFile(out, Exporter::html(in).toUtf8());
    } else {
        QTextDocument document;
        document.setHtml(Exporter::html(in));
        QPdfWriter pdf(out);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setTitle(
            QCoreApplication::translate("cli", "API access report: %1").arg(in.snapshot.organization.name));
        document.print(&pdf);
        ok = QFileInfo(out).size() > 0;
    }
    return ok ? Ok : CacheProblem;
}

} // namespace

bool isCommand(const QString &name)
{
    return name == "check-ip"_L1 || name == "report"_L1 || name == "diff"_L1 || name == "export"_L1
        || name == "sync"_L1;
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
    err(QCoreApplication::translate("cli", "Unknown command %1.").arg(command));
    return Usage;
}

} // namespace Cli
