// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotRows.h"

#include "JsonMapping.h"
#include "SnapshotRowJson.h"

#include <QFuture>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>
#include <QWaitCondition>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SnapshotRows {

using namespace RowJson;

namespace {

// Event rows are handed to the parsing thread in batches of this many.
constexpr qsizetype EventBatch = 1000;

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

} // namespace

// The events, parsed on a pool thread as their rows arrive: the rows of a snapshot are stored with the
// events first, so most of the parsing is done while the rest is still being read.
struct Reader::Events
{
    QMutex mutex;
    QWaitCondition arrived;
    QList<QList<Row>> batches;
    bool done = false;
    QFuture<EventsParsed> parsed;

    void hand(QList<Row> batch, bool last)
    {
        const QMutexLocker lock(&mutex);
        if (!batch.isEmpty())
            batches.append(std::move(batch));
        done = last;
        arrived.wakeAll();
    }

    // On the pool thread (or on the reader's, when the pool had no thread free: waitForFinished() then
    // runs it there, after the last batch was handed over).
    EventsParsed parseAll()
    {
        EventsParsed result;
        for (;;) {
            QList<Row> batch;
            {
                QMutexLocker lock(&mutex);
                while (batches.isEmpty() && !done)
                    arrived.wait(&mutex);
                if (batches.isEmpty())
                    break;
                batch = batches.takeFirst();
            }
            for (const Row &row : std::as_const(batch)) {
                if (!result.error.isEmpty())
                    break;
                auto e = Json::event(QJsonDocument::fromJson(row.data).object());
                if (e.ok())
                    result.events.append(std::move(*e.value));
                else
                    result.error = e.error;
            }
        }
        // Newest first.
        result.events = ApiEventLog::merged(result.events, {});
        return result;
    }
};

Reader::Reader() = default;

Reader::~Reader()
{
    if (m_events) { // finish() was not reached: the parsing thread must not wait for more
        m_events->hand({}, true);
        m_events->parsed.waitForFinished();
    }
}

void Reader::add(Row row)
{
    if (row.kind != Kind::Event) {
        m_rows.append(std::move(row));
        return;
    }
    if (!m_events) {
        m_events = std::make_shared<Events>();
        m_events->parsed = QtConcurrent::run([events = m_events] { return events->parseAll(); });
    }
    m_eventBatch.append(std::move(row));
    if (m_eventBatch.size() >= EventBatch)
        m_events->hand(std::exchange(m_eventBatch, {}), false);
}

bool Reader::finish(OrgSnapshot *s, QString *error)
{
    // While the events are parsed, this thread reads the rest and the whitelists (as many entries as
    // events, each with its usage): on two cores the organization is in memory sooner (start-up waits
    // for this; bench_gui_stall organization_shown_ms). Not a third thread for the whitelists: with the
    // cache thread that made more busy threads than cores, and the GUI thread, sharing them, stalled 35
    // ms in the History scenario.
    std::shared_ptr<Events> events = std::move(m_events);
    if (events)
        events->hand(std::exchange(m_eventBatch, {}), true);
    // Every return below waits for the parsing first.
    EventsParsed parsedEvents;
    bool collected = false;
    const auto collect = [&] {
        if (events && !collected)
            parsedEvents = events->parsed.result();
        collected = true;
    };
    const auto joined = qScopeGuard(collect);
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
    collect();
    if (!parsedEvents.error.isEmpty()) {
        *error = parsedEvents.error;
        return false;
    }
    s->events = std::move(parsedEvents.events);
    for (KeyRecord &k : s->keys) {
        k.accessListState = listStates.value(k.key.id);
        k.accessListReadAt = listReadAt.value(k.key.id);
        k.accessList = entries.take(k.key.id);
    }
    return true;
}

bool toSnapshot(const QList<Row> &rows, OrgSnapshot *snapshot, QString *error)
{
    Reader reader;
    for (const Row &row : rows)
        reader.add(row);
    return reader.finish(snapshot, error);
}

} // namespace SnapshotRows
