// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotRows.h"

#include "SnapshotRowJson.h"

#include "JsonMapping.h"
#include "Note.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SnapshotRows {

using namespace RowJson;

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
    {Kind::ServiceAccountsState, "serviceAccountsState"},
    {Kind::ServiceAccount, "serviceAccount"},
    {Kind::GlobalAccessListState, "globalAccessListState"},
    {Kind::GlobalEntry, "globalEntry"},
};

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

Row globalEntryRow(const GlobalAccessEntry &e)
{
    return {Kind::GlobalEntry, e.id, canonical(Json::toJson(e))};
}

QJsonObject accountJson(const ServiceAccountRecord &a)
{
    QJsonArray entries;
    for (const AccessListEntry &e : a.accessList)
        entries.append(Json::serviceAccountEntryJson(e));
    return {{"account"_L1, Json::toJson(a.account.masked())},
            {"accessList"_L1, entries},
            {"accessListState"_L1, readability(a.accessListState)}};
}

Row accountRow(const ServiceAccountRecord &a)
{
    return {Kind::ServiceAccount, a.account.clientId, canonical(accountJson(a))};
}

// An account's row without what moves with use (each secret's and entry's last use, the request counts).
QJsonObject withoutUse(QJsonObject row)
{
    QJsonObject account = row.value("account"_L1).toObject();
    QJsonArray secrets = account.value("secrets"_L1).toArray();
    for (qsizetype i = 0; i < secrets.size(); ++i) {
        QJsonObject s = secrets.at(i).toObject();
        s.remove("lastUsedAt"_L1);
        secrets.replace(i, s);
    }
    account.insert("secrets"_L1, secrets);
    row.insert("account"_L1, account);
    QJsonArray entries = row.value("accessList"_L1).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject e = entries.at(i).toObject();
        for (const auto field : {"lastUsedAt"_L1, "lastUsedAddress"_L1, "requestCount"_L1})
            e.remove(field);
        entries.replace(i, e);
    }
    row.insert("accessList"_L1, entries);
    return row;
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
    rows.append({Kind::ServiceAccountsState, org, canonical(readability(s.serviceAccountsState))});
    for (const ServiceAccountRecord &a : s.serviceAccounts)
        rows.append(accountRow(a));
    for (const Project &p : s.projects)
        rows.append(projectRow(p));
    if (s.isInstance()) {
        rows.append({Kind::GlobalAccessListState, org, canonical(readability(s.globalAccessListState))});
        for (const GlobalAccessEntry &e : s.globalAccessList)
            rows.append(globalEntryRow(e));
    }
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
    if (!(s.serviceAccountsState == before.serviceAccountsState))
        changes.rows.append(
            {Kind::ServiceAccountsState, org, canonical(readability(s.serviceAccountsState))});
    {
        QHash<QString, const ServiceAccountRecord *> old;
        for (const ServiceAccountRecord &a : before.serviceAccounts)
            old.insert(a.account.clientId, &a);
        for (const ServiceAccountRecord &a : s.serviceAccounts) {
            const ServiceAccountRecord *b = old.take(a.account.clientId);
            if (!b
                || !(b->account.masked() == a.account.masked() && b->accessList == a.accessList
                     && b->accessListState == a.accessListState))
                changes.rows.append(accountRow(a));
        }
        for (auto it = old.cbegin(); it != old.cend(); ++it)
            changes.gone.append({Kind::ServiceAccount, it.key()});
    }
    diffById(s.projects, before.projects, Kind::Project, projectRow, changes);
    if (s.isInstance()) {
        if (!(s.globalAccessListState == before.globalAccessListState))
            changes.rows.append(
                {Kind::GlobalAccessListState, org, canonical(readability(s.globalAccessListState))});
        diffById(s.globalAccessList, before.globalAccessList, Kind::GlobalEntry, globalEntryRow, changes);
    }

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

bool differsOnlyInReadingOrUse(Kind kind, const QByteArray &stored, const QByteArray &now)
{
    if (kind == Kind::Usage)
        return true;
    if (kind == Kind::ServiceAccount)
        return withoutUse(QJsonDocument::fromJson(stored).object())
            == withoutUse(QJsonDocument::fromJson(now).object());
    if (kind != Kind::KeyListState && kind != Kind::EventsState)
        return false;
    QJsonObject a = QJsonDocument::fromJson(stored).object();
    QJsonObject b = QJsonDocument::fromJson(now).object();
    a.remove("readAt"_L1);
    b.remove("readAt"_L1);
    return a == b;
}

} // namespace SnapshotRows
