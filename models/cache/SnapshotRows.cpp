// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotRows.h"

#include "JsonMapping.h"
#include "Note.h"

#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SnapshotRows {

namespace {

// The one string table of row kinds.
constexpr std::pair<Kind, const char *> KindNames[] = {
    {Kind::Org, "org"},
    {Kind::Settings, "settings"},
    {Kind::ProjectsState, "projectsState"},
    {Kind::KeysState, "keysState"},
    {Kind::Project, "project"},
    {Kind::Key, "key"},
    {Kind::KeyListState, "keyListState"},
    {Kind::Entry, "entry"},
    {Kind::Usage, "usage"},
    {Kind::EventsState, "eventsState"},
    {Kind::Event, "event"},
    {Kind::UsersState, "usersState"},
    {Kind::User, "user"},
};

// The one string table of where a known setting comes from.
constexpr std::pair<OrgSettings::Source, const char *> SourceNames[] = {
    {OrgSettings::Source::SettingsEndpoint, "settingsEndpoint"},
    {OrgSettings::Source::Events, "events"},
    {OrgSettings::Source::Refusal, "refusal"},
};

// The one string table of the reasons a setting is unknown (persisted; older caches hold the number).
constexpr std::pair<OrgSettings::UnknownReason, const char *> ReasonNames[] = {
    {OrgSettings::UnknownReason::None, "none"},
    {OrgSettings::UnknownReason::NotRead, "notRead"},
    {OrgSettings::UnknownReason::NotExposedByServer, "notExposedByServer"},
    {OrgSettings::UnknownReason::NotReadable, "notReadable"},
    {OrgSettings::UnknownReason::NotInAnswer, "notInAnswer"},
};

QString reasonName(OrgSettings::UnknownReason reason)
{
    for (const auto &[r, name] : ReasonNames) {
        if (r == reason)
            return QString::fromLatin1(name);
    }
    return u"notRead"_s;
}

OrgSettings::UnknownReason reasonFrom(const QJsonValue &v)
{
    if (v.isDouble()) { // schema 3 and older wrote the enum's number
        const int n = v.toInt();
        return n >= 0 && n <= int(OrgSettings::UnknownReason::NotReadable)
            ? OrgSettings::UnknownReason(n)
            : OrgSettings::UnknownReason::NotRead;
    }
    for (const auto &[r, name] : ReasonNames) {
        if (v.toString() == QLatin1StringView(name))
            return r;
    }
    return OrgSettings::UnknownReason::NotRead;
}

QByteArray canonical(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact); // keys are sorted: equal data, equal bytes
}

QJsonObject readability(const Readability &r)
{
    return {{"readable"_L1, r.readable}, {"reason"_L1, r.reason}};
}

Readability readabilityFrom(const QJsonObject &o)
{
    return {o.value("readable"_L1).toBool(true), o.value("reason"_L1).toString()};
}

QJsonObject settingsJson(const OrgSettings &s)
{
    const char *requirement = s.requirement == WhitelistRequirement::Required ? "required"
        : s.requirement == WhitelistRequirement::NotRequired                  ? "notRequired"
                                                                              : "unknown";
    QJsonObject o{{"requirement"_L1, QLatin1StringView(requirement)},
                  {"reason"_L1, reasonName(s.unknownReason)},
                  {"detail"_L1, s.detail}};
    if (s.source != OrgSettings::Source::SettingsEndpoint) {
        for (const auto &[source, name] : SourceNames) {
            if (source == s.source)
                o.insert("source"_L1, QLatin1StringView(name));
        }
    }
    if (s.since.isValid())
        o.insert("since"_L1, Json::formatDate(s.since));
    if (!s.changedBy.isEmpty())
        o.insert("changedBy"_L1, s.changedBy);
    if (!s.changedFrom.isEmpty())
        o.insert("changedFrom"_L1, s.changedFrom);
    return o;
}

OrgSettings settingsFrom(const QJsonObject &o)
{
    const QString requirement = o.value("requirement"_L1).toString();
    if (requirement != "required"_L1 && requirement != "notRequired"_L1)
        return OrgSettings::unknown(reasonFrom(o.value("reason"_L1)), o.value("detail"_L1).toString());
    OrgSettings s = OrgSettings::known(requirement == "required"_L1);
    for (const auto &[source, name] : SourceNames) {
        if (o.value("source"_L1).toString() == QLatin1StringView(name))
            s.source = source;
    }
    s.since = QDateTime::fromString(o.value("since"_L1).toString(), Qt::ISODate);
    s.changedBy = o.value("changedBy"_L1).toString();
    s.changedFrom = o.value("changedFrom"_L1).toString();
    return s;
}

QJsonObject readAt(QJsonObject o, const QDateTime &at)
{
    if (at.isValid())
        o.insert("readAt"_L1, Json::formatDate(at));
    return o;
}

QDateTime readAtFrom(const QJsonObject &o)
{
    return QDateTime::fromString(o.value("readAt"_L1).toString(), Qt::ISODate);
}

} // namespace

QString kindName(Kind kind)
{
    for (const auto &[k, name] : KindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Kind> kindFromName(const QString &name)
{
    for (const auto &[k, n] : KindNames) {
        if (name == QLatin1StringView(n))
            return k;
    }
    return std::nullopt;
}

namespace {

Row eventRow(const ApiEvent &e)
{
    return {Kind::Event, e.id, canonical(Json::toJson(e))};
}

Row userRow(const OrgUser &u)
{
    return {Kind::User, u.id, canonical(Json::toJson(u))};
}

Row projectRow(const Project &p)
{
    return {Kind::Project, p.id, canonical(Json::toJson(p))};
}

Row keyRow(const ApiKey &key)
{
    const ApiKey masked = key.masked();
    return {Kind::Key, masked.id, canonical(Json::toJson(masked))};
}

Row keyListStateRow(const KeyRecord &k)
{
    return {Kind::KeyListState, k.key.id,
            canonical(readAt(readability(k.accessListState), k.accessListReadAt))};
}

Row entryRow(const QString &keyId, const AccessListEntry &e)
{
    QJsonObject entry{{"cidrBlock"_L1, e.cidrBlock}, {"ipAddress"_L1, e.ipAddress}};
    if (e.created.isValid())
        entry.insert("created"_L1, Json::formatDate(e.created));
    return {Kind::Entry, Note::entryKey(keyId, e.cidrBlock), canonical(entry)};
}

Row usageRow(const QString &keyId, const AccessListEntry &e)
{
    QJsonObject usage{{"count"_L1, e.count}, {"lastUsedAddress"_L1, e.lastUsedAddress}};
    if (e.lastUsed.isValid())
        usage.insert("lastUsed"_L1, Json::formatDate(e.lastUsed));
    return {Kind::Usage, Note::entryKey(keyId, e.cidrBlock), canonical(usage)};
}

bool sameEntry(const AccessListEntry &a, const AccessListEntry &b)
{
    return a.cidrBlock == b.cidrBlock && a.ipAddress == b.ipAddress && a.created == b.created;
}

bool sameUsage(const AccessListEntry &a, const AccessListEntry &b)
{
    return a.count == b.count && a.lastUsed == b.lastUsed && a.lastUsedAddress == b.lastUsedAddress;
}

// The rows of the objects of `now` that are new or differ from `before`, and the objects of `before` gone.
template<class T, class RowOf>
void diffById(const QList<T> &now, const QList<T> &before, Kind kind, RowOf rowOf, RowChanges &changes)
{
    QHash<QString, const T *> old;
    old.reserve(before.size());
    for (const T &x : before)
        old.insert(x.id, &x);
    for (const T &x : now) {
        const T *b = old.take(x.id);
        if (!b || !(*b == x))
            changes.rows.append(rowOf(x));
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        changes.gone.append({kind, it.key()});
}

} // namespace

QList<Row> fromSnapshot(const OrgSnapshot &s)
{
    QList<Row> rows;
    const QString org = s.organization.id;
    rows.append({Kind::Org, org, canonical(Json::toJson(s.organization))});
    rows.append({Kind::Settings, org, canonical(settingsJson(s.settings))});
    rows.append({Kind::ProjectsState, org, canonical(readability(s.projectsState))});
    rows.append({Kind::KeysState, org, canonical(readability(s.keysState))});
    rows.append({Kind::EventsState, org, canonical(readAt(readability(s.eventsState), s.eventsReadAt))});
    for (const ApiEvent &e : s.events)
        rows.append(eventRow(e));
    rows.append({Kind::UsersState, org, canonical(readability(s.usersState))});
    for (const OrgUser &u : s.users)
        rows.append(userRow(u));
    for (const Project &p : s.projects)
        rows.append(projectRow(p));
    for (const KeyRecord &k : s.keys) {
        rows.append(keyRow(k.key));
        rows.append(keyListStateRow(k));
        for (const AccessListEntry &e : k.accessList) {
            rows.append(entryRow(k.key.id, e));
            rows.append(usageRow(k.key.id, e));
        }
    }
    return rows;
}

RowChanges changedSince(const OrgSnapshot &s, const OrgSnapshot &before)
{
    RowChanges changes;
    const QString org = s.organization.id;
    if (!(s.organization == before.organization))
        changes.rows.append({Kind::Org, org, canonical(Json::toJson(s.organization))});
    if (!(s.settings == before.settings))
        changes.rows.append({Kind::Settings, org, canonical(settingsJson(s.settings))});
    if (!(s.projectsState == before.projectsState))
        changes.rows.append({Kind::ProjectsState, org, canonical(readability(s.projectsState))});
    if (!(s.keysState == before.keysState))
        changes.rows.append({Kind::KeysState, org, canonical(readability(s.keysState))});
    if (!(s.eventsState == before.eventsState) || s.eventsReadAt != before.eventsReadAt)
        changes.rows.append(
            {Kind::EventsState, org, canonical(readAt(readability(s.eventsState), s.eventsReadAt))});
    if (!(s.usersState == before.usersState))
        changes.rows.append({Kind::UsersState, org, canonical(readability(s.usersState))});
    diffById(s.events, before.events, Kind::Event, eventRow, changes);
    diffById(s.users, before.users, Kind::User, userRow, changes);
    diffById(s.projects, before.projects, Kind::Project, projectRow, changes);

    QHash<QString, const KeyRecord *> oldKeys;
    oldKeys.reserve(before.keys.size());
    for (const KeyRecord &k : before.keys)
        oldKeys.insert(k.key.id, &k);
    const auto entryGone = [&changes](const QString &keyId, const QString &cidrBlock) {
        const QString key = Note::entryKey(keyId, cidrBlock);
        changes.gone.append({Kind::Entry, key});
        changes.gone.append({Kind::Usage, key});
    };
    for (const KeyRecord &k : s.keys) {
        const KeyRecord *b = oldKeys.take(k.key.id);
        if (!b || !(b->key.masked() == k.key.masked()))
            changes.rows.append(keyRow(k.key));
        if (!b || !(b->accessListState == k.accessListState) || b->accessListReadAt != k.accessListReadAt)
            changes.rows.append(keyListStateRow(k));
        QHash<QString, const AccessListEntry *> oldEntries;
        if (b) {
            oldEntries.reserve(b->accessList.size());
            for (const AccessListEntry &e : b->accessList)
                oldEntries.insert(e.cidrBlock, &e);
        }
        for (const AccessListEntry &e : k.accessList) {
            const AccessListEntry *old = oldEntries.take(e.cidrBlock);
            if (!old || !sameEntry(*old, e))
                changes.rows.append(entryRow(k.key.id, e));
            if (!old || !sameUsage(*old, e))
                changes.rows.append(usageRow(k.key.id, e));
        }
        for (auto it = oldEntries.cbegin(); it != oldEntries.cend(); ++it)
            entryGone(k.key.id, it.key());
    }
    for (const KeyRecord *gone : std::as_const(oldKeys)) {
        changes.gone.append({Kind::Key, gone->key.id});
        changes.gone.append({Kind::KeyListState, gone->key.id});
        for (const AccessListEntry &e : gone->accessList)
            entryGone(gone->key.id, e.cidrBlock);
    }
    return changes;
}

namespace {

struct EventsParsed
{
    ApiEvents events;
    QString error;
};

EventsParsed parseEvents(const QList<const Row *> &eventRows)
{
    EventsParsed parsed;
    parsed.events.reserve(eventRows.size());
    for (const Row *row : eventRows) {
        auto e = Json::event(QJsonDocument::fromJson(row->data).object());
        if (!e.ok()) {
            parsed.error = e.error;
            break;
        }
        parsed.events.append(std::move(*e.value));
    }
    // Newest first.
    parsed.events = ApiEventLog::merged(parsed.events, {});
    return parsed;
}

// Each key's whitelist with its usage, in creation order.
QHash<QString, QList<AccessListEntry>> parseWhitelists(const QList<const Row *> &entryRows,
                                                       const QList<const Row *> &usageRows)
{
    QHash<QString, QJsonObject> usage;
    usage.reserve(usageRows.size());
    for (const Row *row : usageRows)
        usage.insert(row->key, QJsonDocument::fromJson(row->data).object());
    QHash<QString, QList<AccessListEntry>> entries;
    for (const Row *row : entryRows) {
        const QJsonObject o = QJsonDocument::fromJson(row->data).object();
        AccessListEntry e;
        e.cidrBlock = o.value("cidrBlock"_L1).toString();
        e.ipAddress = o.value("ipAddress"_L1).toString();
        e.created = QDateTime::fromString(o.value("created"_L1).toString(), Qt::ISODate);
        const QJsonObject u = usage.value(row->key);
        e.count = qint64(u.value("count"_L1).toDouble());
        e.lastUsed = QDateTime::fromString(u.value("lastUsed"_L1).toString(), Qt::ISODate);
        e.lastUsedAddress = u.value("lastUsedAddress"_L1).toString();
        entries[row->key.section(u'|', 0, 0)].append(e);
    }
    for (QList<AccessListEntry> &list : entries)
        std::sort(list.begin(), list.end(), [](const AccessListEntry &a, const AccessListEntry &b) {
            return std::tie(a.created, a.cidrBlock) < std::tie(b.created, b.cidrBlock);
        });
    return entries;
}

} // namespace

bool toSnapshot(const QList<Row> &rows, OrgSnapshot *s, QString *error)
{
    // The events (10,000 rows for a busy organization) are read on another thread meanwhile, while this
    // one reads the rest and the whitelists (as many entries, each with its usage): on two cores the
    // organization is in memory sooner (start-up waits for this; bench_gui_stall organization_shown_ms).
    // Not a third thread for the whitelists: with the cache thread that made more busy threads than
    // cores, and the GUI thread, sharing them, stalled 35 ms in the History scenario.
    QList<const Row *> eventRows;
    QList<const Row *> entryRows;
    QList<const Row *> usageRows;
    for (const Row &row : rows) {
        if (row.kind == Kind::Event)
            eventRows.append(&row);
        else if (row.kind == Kind::Entry)
            entryRows.append(&row);
        else if (row.kind == Kind::Usage)
            usageRows.append(&row);
    }
    QFuture<EventsParsed> parsedEvents = QtConcurrent::run([&eventRows] { return parseEvents(eventRows); });
    // Every return below waits for it first: it reads `rows`.
    const auto joined = qScopeGuard([&parsedEvents] { parsedEvents.waitForFinished(); });
    QHash<QString, Readability> listStates;
    QHash<QString, QDateTime> listReadAt;
    for (const Row &row : rows) {
        if (row.kind == Kind::Event || row.kind == Kind::Entry || row.kind == Kind::Usage)
            continue;
        const QJsonObject o = QJsonDocument::fromJson(row.data).object();
        if (row.kind == Kind::Org) {
            auto org = Json::organization(o);
            if (!org.ok()) {
                *error = org.error;
                return false;
            }
            s->organization = *org.value;
        } else if (row.kind == Kind::Settings) {
            s->settings = settingsFrom(o);
        } else if (row.kind == Kind::ProjectsState) {
            s->projectsState = readabilityFrom(o);
        } else if (row.kind == Kind::KeysState) {
            s->keysState = readabilityFrom(o);
        } else if (row.kind == Kind::Project) {
            auto p = Json::project(o);
            if (!p.ok()) {
                *error = p.error;
                return false;
            }
            s->projects.append(*p.value);
        } else if (row.kind == Kind::Key) {
            auto k = Json::apiKey(o);
            if (!k.ok()) {
                *error = k.error;
                return false;
            }
            s->keys.append({*k.value, {}, {}, {}});
        } else if (row.kind == Kind::KeyListState) {
            listStates.insert(row.key, readabilityFrom(o));
            listReadAt.insert(row.key, readAtFrom(o));
        } else if (row.kind == Kind::EventsState) {
            s->eventsState = readabilityFrom(o);
            s->eventsReadAt = readAtFrom(o);
        } else if (row.kind == Kind::UsersState) {
            s->usersState = readabilityFrom(o);
        } else if (row.kind == Kind::User) {
            auto u = Json::orgUser(o);
            if (!u.ok()) {
                *error = u.error;
                return false;
            }
            s->users.append(*u.value);
        }
    }

    // Object ids grow with time: sorting by id gives the server's (creation) order back.
    std::sort(s->users.begin(), s->users.end(),
              [](const OrgUser &a, const OrgUser &b) { return a.id < b.id; });
    std::sort(s->projects.begin(), s->projects.end(),
              [](const Project &a, const Project &b) { return a.id < b.id; });
    std::sort(s->keys.begin(), s->keys.end(),
              [](const KeyRecord &a, const KeyRecord &b) { return a.key.id < b.key.id; });
    QHash<QString, QList<AccessListEntry>> entries = parseWhitelists(entryRows, usageRows);
    EventsParsed events = parsedEvents.result();
    if (!events.error.isEmpty()) {
        *error = events.error;
        return false;
    }
    s->events = std::move(events.events);
    for (KeyRecord &k : s->keys) {
        k.accessListState = listStates.value(k.key.id);
        k.accessListReadAt = listReadAt.value(k.key.id);
        k.accessList = entries.take(k.key.id);
    }
    return true;
}

bool differsOnlyInReadingOrUse(Kind kind, const QByteArray &stored, const QByteArray &now)
{
    if (kind == Kind::Usage)
        return true;
    if (kind != Kind::KeyListState && kind != Kind::EventsState)
        return false;
    QJsonObject a = QJsonDocument::fromJson(stored).object();
    QJsonObject b = QJsonDocument::fromJson(now).object();
    a.remove("readAt"_L1);
    b.remove("readAt"_L1);
    return a == b;
}

} // namespace SnapshotRows
