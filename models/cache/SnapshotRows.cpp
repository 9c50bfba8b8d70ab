// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotRows.h"

#include "JsonMapping.h"
#include "SnapshotStore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SnapshotRows {

namespace {

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
    return {{"requirement"_L1, QLatin1StringView(requirement)},
            {"reason"_L1, int(s.unknownReason)},
            {"detail"_L1, s.detail}};
}

OrgSettings settingsFrom(const QJsonObject &o)
{
    const QString requirement = o.value("requirement"_L1).toString();
    if (requirement == "required"_L1)
        return OrgSettings::known(true);
    if (requirement == "notRequired"_L1)
        return OrgSettings::known(false);
    return OrgSettings::unknown(OrgSettings::UnknownReason(o.value("reason"_L1).toInt()),
                                o.value("detail"_L1).toString());
}

} // namespace

QList<Row> fromSnapshot(const OrgSnapshot &s)
{
    QList<Row> rows;
    const QString org = s.organization.id;
    rows.append({u"org"_s, org, canonical(Json::toJson(s.organization))});
    rows.append({u"settings"_s, org, canonical(settingsJson(s.settings))});
    rows.append({u"projectsState"_s, org, canonical(readability(s.projectsState))});
    rows.append({u"keysState"_s, org, canonical(readability(s.keysState))});
    for (const Project &p : s.projects)
        rows.append({u"project"_s, p.id, canonical(Json::toJson(p))});
    for (const KeyRecord &k : s.keys) {
        ApiKey key = k.key;
        key.privateKey = SnapshotStore::maskedPrivateKey(key.privateKey);
        rows.append({u"key"_s, key.id, canonical(Json::toJson(key))});
        rows.append({u"keyListState"_s, key.id, canonical(readability(k.accessListState))});
        for (const AccessListEntry &e : k.accessList) {
            const QString entryKey = Note::entryKey(key.id, e.cidrBlock);
            QJsonObject entry{{"cidrBlock"_L1, e.cidrBlock}, {"ipAddress"_L1, e.ipAddress}};
            if (e.created.isValid())
                entry.insert("created"_L1, Json::formatDate(e.created));
            rows.append({u"entry"_s, entryKey, canonical(entry)});
            QJsonObject usage{{"count"_L1, e.count}, {"lastUsedAddress"_L1, e.lastUsedAddress}};
            if (e.lastUsed.isValid())
                usage.insert("lastUsed"_L1, Json::formatDate(e.lastUsed));
            rows.append({u"usage"_s, entryKey, canonical(usage)});
        }
    }
    return rows;
}

bool toSnapshot(const QList<Row> &rows, OrgSnapshot *s, QString *error)
{
    QHash<QString, QJsonObject> usage;
    QHash<QString, QList<AccessListEntry>> entries;
    QHash<QString, Readability> listStates;
    for (const Row &row : rows) {
        const QJsonObject o = QJsonDocument::fromJson(row.data).object();
        if (row.kind == "org"_L1) {
            auto org = Json::organization(o);
            if (!org.ok()) {
                *error = org.error;
                return false;
            }
            s->organization = *org.value;
        } else if (row.kind == "settings"_L1) {
            s->settings = settingsFrom(o);
        } else if (row.kind == "projectsState"_L1) {
            s->projectsState = readabilityFrom(o);
        } else if (row.kind == "keysState"_L1) {
            s->keysState = readabilityFrom(o);
        } else if (row.kind == "project"_L1) {
            auto p = Json::project(o);
            if (!p.ok()) {
                *error = p.error;
                return false;
            }
            s->projects.append(*p.value);
        } else if (row.kind == "key"_L1) {
            auto k = Json::apiKey(o);
            if (!k.ok()) {
                *error = k.error;
                return false;
            }
            s->keys.append({*k.value, {}, {}});
        } else if (row.kind == "keyListState"_L1) {
            listStates.insert(row.key, readabilityFrom(o));
        } else if (row.kind == "entry"_L1) {
            AccessListEntry e;
            e.cidrBlock = o.value("cidrBlock"_L1).toString();
            e.ipAddress = o.value("ipAddress"_L1).toString();
            e.created = QDateTime::fromString(o.value("created"_L1).toString(), Qt::ISODate);
            entries[row.key.section(u'|', 0, 0)].append(e);
        } else if (row.kind == "usage"_L1) {
            usage.insert(row.key, o);
        }
    }
    // Object ids grow with time: sorting by id gives the server's (creation) order back.
    std::sort(s->projects.begin(), s->projects.end(),
              [](const Project &a, const Project &b) { return a.id < b.id; });
    std::sort(s->keys.begin(), s->keys.end(),
              [](const KeyRecord &a, const KeyRecord &b) { return a.key.id < b.key.id; });
    for (KeyRecord &k : s->keys) {
        k.accessListState = listStates.value(k.key.id);
        k.accessList = entries.value(k.key.id);
        for (AccessListEntry &e : k.accessList) {
            const QJsonObject u = usage.value(Note::entryKey(k.key.id, e.cidrBlock));
            e.count = qint64(u.value("count"_L1).toDouble());
            e.lastUsed = QDateTime::fromString(u.value("lastUsed"_L1).toString(), Qt::ISODate);
            e.lastUsedAddress = u.value("lastUsedAddress"_L1).toString();
        }
        std::sort(k.accessList.begin(), k.accessList.end(),
                  [](const AccessListEntry &a, const AccessListEntry &b) {
                      return std::tie(a.created, a.cidrBlock) < std::tie(b.created, b.cidrBlock);
                  });
    }
    return true;
}

} // namespace SnapshotRows
