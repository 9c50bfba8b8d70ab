// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotRows.h"

#include "JsonMapping.h"
#include "SnapshotRowJson.h"

#include <QFuture>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SnapshotRows {

using namespace RowJson;

namespace {

struct EventsParsed
{
    ApiEvents events;
    QString error;
};

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

EventsParsed parseEvents(const QList<Row> &rows)
{
    EventsParsed parsed;
    parsed.events.reserve(rows.size());
    for (const Row &row : rows) {
        auto e = Json::event(QJsonDocument::fromJson(row.data).object());
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

} // namespace

Reader::Reader() = default;

Reader::~Reader() = default;

void Reader::add(Row row)
{
    (row.kind == Kind::Event ? m_eventRows : m_rows).append(std::move(row));
}

bool Reader::finish(OrgSnapshot *s, QString *error)
{
    // The events (10,000 rows for a busy organization) are parsed on a pool thread while this one parses
    // the rest and the whitelists (as many entries, each with its usage): on two cores the organization
    // is in memory sooner (start-up waits for this; bench_gui_stall organization_shown_ms). Not a third
    // thread for the whitelists: with the cache thread that made more busy threads than cores, and the
    // GUI thread, sharing them, stalled 35 ms in the History scenario. Nor the events parsed while the
    // rows are still being read (they are stored first): start-up took 109-111 ms against 111-123 ms,
    // but the GUI thread stalled 36-71 ms in the History scenario and 16-21 ms at session start
    // (models/cache/README.md).
    QFuture<EventsParsed> parsing
        = QtConcurrent::run([rows = std::exchange(m_eventRows, {})] { return parseEvents(rows); });
    // Every return below waits for the parsing first.
    const auto joined = qScopeGuard([&parsing] { parsing.waitForFinished(); });
    QList<const Row *> entryRows;
    QList<const Row *> usageRows;
    QHash<QString, Readability> listStates;
    QHash<QString, QDateTime> listReadAt;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.kind == Kind::Entry) {
            entryRows.append(&row);
            continue;
        }
        if (row.kind == Kind::Usage) {
            usageRows.append(&row);
            continue;
        }
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
    EventsParsed events = parsing.result();
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

} // namespace SnapshotRows
