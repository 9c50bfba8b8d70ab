// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotRows.h"

#include "Background.h"
#include "JsonMapping.h"
#include "SnapshotRowJson.h"

#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace SnapshotRows {

using namespace RowJson;

namespace {

struct EventsParsed
{
    ApiEvents events;
    QString error;
};

// The key ID an entry's or a usage row's key ("<key ID>|<entry>") begins with.
QStringView keyOfEntry(const QString &rowKey)
{
    return QStringView(rowKey).left(rowKey.indexOf(u'|'));
}

// Each key's whitelist with its usage, in creation order.
using Whitelists = QHash<QString, QList<AccessListEntry>>;
Whitelists parseWhitelists(const QList<const Row *> &entryRows, const QList<const Row *> &usageRows)
{
    QHash<QString, QJsonObject> usage;
    usage.reserve(usageRows.size());
    for (const Row *row : usageRows)
        usage.insert(row->key, QJsonDocument::fromJson(row->data).object());
    Whitelists entries;
    QList<AccessListEntry> *list = nullptr; // the list of the row before: a key's rows mostly follow
    QStringView listKey; // one another
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
        const QStringView keyId = keyOfEntry(row->key);
        if (!list || keyId != listKey) {
            list = &entries[keyId.toString()];
            listKey = keyId;
        }
        list->append(e);
    }
    for (QList<AccessListEntry> &list : entries)
        std::sort(list.begin(), list.end(), [](const AccessListEntry &a, const AccessListEntry &b) {
            return std::tie(a.created, a.cidrBlock) < std::tie(b.created, b.cidrBlock);
        });
    return entries;
}

EventsParsed parseEventRows(const QList<Row> &rows)
{
    EventsParsed parsed;
    parsed.events = parseEvents(rows, &parsed.error);
    return parsed;
}

} // namespace

ApiEvents parseEvents(const QList<Row> &rows, QString *error)
{
    ApiEvents events;
    events.reserve(rows.size());
    for (const Row &row : rows) {
        auto e = Json::event(QJsonDocument::fromJson(row.data).object());
        if (!e.ok()) {
            *error = e.error;
            return {};
        }
        events.append(std::move(*e.value));
    }
    // Newest first.
    return ApiEventLog::merged(events, {});
}

Reader::Reader() = default;

Reader::~Reader() = default;

void Reader::add(Row row)
{
    (row.kind == Kind::Event ? m_eventRows : m_rows).append(std::move(row));
}

bool Reader::finish(OrgSnapshot *s, QString *error)
{
    // Two threads parse: this one and one of the pool. The events (10,000 rows for a busy organization)
    // go to the pool while this one parses the rest and the whitelists (as many entries, each with its
    // usage); a snapshot read without its events (SnapshotStore::Events::Later, the organization shown at
    // start) sends half of the whitelists (split by key) instead: on two cores the organization is in
    // memory sooner (start-up waits for this; bench_gui_stall organization_shown_ms). Never a third
    // thread: with the cache thread that made more busy threads than cores, and the GUI thread, sharing
    // them, stalled 35 ms in the History scenario. Nor the events parsed while the rows are still being
    // read (they are stored first): start-up took 109-111 ms against 111-123 ms, but the GUI thread
    // stalled 36-71 ms in the History scenario and 16-21 ms at session start (models/cache/README.md).
    const bool splitWhitelists = m_eventRows.isEmpty();
    std::array<QList<const Row *>, 2> entryRows;
    std::array<QList<const Row *>, 2> usageRows;
    QList<const Row *> otherRows;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.kind != Kind::Entry && row.kind != Kind::Usage) {
            otherRows.append(&row);
            continue;
        }
        const size_t half = splitWhitelists ? qHash(keyOfEntry(row.key)) & 1 : 0;
        (row.kind == Kind::Entry ? entryRows : usageRows)[half].append(&row);
    }
    QFuture<EventsParsed> parsing = m_eventRows.isEmpty()
        ? QtFuture::makeReadyFuture(EventsParsed())
        : Background::run([rows = std::exchange(m_eventRows, {})] { return parseEventRows(rows); });
    QFuture<Whitelists> otherHalf = entryRows[1].isEmpty()
        ? QtFuture::makeReadyFuture(Whitelists())
        : Background::run([&entryRows, &usageRows] { return parseWhitelists(entryRows[1], usageRows[1]); });
    // Every return below waits for the pool first (its jobs read this object's rows).
    const auto joined = qScopeGuard([&parsing, &otherHalf] {
        parsing.waitForFinished();
        otherHalf.waitForFinished();
    });
    QHash<QString, Readability> listStates;
    QHash<QString, QDateTime> listReadAt;
    for (const Row *rowPointer : std::as_const(otherRows)) {
        const Row &row = *rowPointer;
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
        } else if (row.kind == Kind::ServiceAccountsState) {
            s->serviceAccountsState = readabilityFrom(o);
        } else if (row.kind == Kind::ServiceAccount) {
            auto account = Json::serviceAccount(o.value("account"_L1), u"serviceAccount"_s);
            if (!account.ok()) {
                *error = account.error;
                return false;
            }
            ServiceAccountRecord record{
                *account.value, {}, readabilityFrom(o.value("accessListState"_L1).toObject())};
            const QJsonArray entries = o.value("accessList"_L1).toArray();
            for (const QJsonValue &v : entries) {
                auto e = Json::serviceAccountEntry(v);
                if (!e.ok()) {
                    *error = e.error;
                    return false;
                }
                record.accessList.append(*e.value);
            }
            s->serviceAccounts.append(record);
        } else if (row.kind == Kind::GlobalAccessListState) {
            s->globalAccessListState = readabilityFrom(o);
        } else if (row.kind == Kind::GlobalEntry) {
            auto e = Json::globalAccessEntry(o);
            if (!e.ok()) {
                *error = e.error;
                return false;
            }
            s->globalAccessList.append(*e.value);
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
    std::sort(s->serviceAccounts.begin(), s->serviceAccounts.end(),
              [](const ServiceAccountRecord &a, const ServiceAccountRecord &b) {
                  return a.account.clientId < b.account.clientId;
              });
    std::sort(s->globalAccessList.begin(), s->globalAccessList.end(),
              [](const GlobalAccessEntry &a, const GlobalAccessEntry &b) { return a.id < b.id; });
    std::sort(s->users.begin(), s->users.end(),
              [](const OrgUser &a, const OrgUser &b) { return a.id < b.id; });
    std::sort(s->projects.begin(), s->projects.end(),
              [](const Project &a, const Project &b) { return a.id < b.id; });
    std::sort(s->keys.begin(), s->keys.end(),
              [](const KeyRecord &a, const KeyRecord &b) { return a.key.id < b.key.id; });
    Whitelists entries = parseWhitelists(entryRows[0], usageRows[0]);
    entries.insert(otherHalf.result());
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
