// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dataset.h"

#include "JsonMapping.h"
#include "JsonReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

EmulatedOrg *Dataset::findOrg(const QString &id)
{
    for (auto &o : orgs) {
        if (o.org.id == id)
            return &o;
    }
    return nullptr;
}

EmulatedKey *Dataset::findKey(const QString &id)
{
    for (auto &k : keys) {
        if (k.key.id == id)
            return &k;
    }
    return nullptr;
}

EmulatedKey *Dataset::findKeyByPublicKey(const QString &publicKey)
{
    for (auto &k : keys) {
        if (k.key.publicKey == publicKey)
            return &k;
    }
    for (auto &k : globalKeys) {
        if (k.key.publicKey == publicKey)
            return &k;
    }
    return nullptr;
}

EmulatedKey *Dataset::findGlobalKey(const QString &id)
{
    for (auto &k : globalKeys) {
        if (k.key.id == id)
            return &k;
    }
    return nullptr;
}

const EmulatedKey *Dataset::globalOwnerKey() const
{
    for (const auto &k : globalKeys) {
        if (k.key.globalRoleNames().contains(u"GLOBAL_OWNER"_s))
            return &k;
    }
    return nullptr;
}

void Dataset::addGlobalAccess(int count, const QDateTime &now)
{
    const struct
    {
        const char *desc;
        QStringList roles;
    } specs[] = {
        {"Ops Manager automation (Terraform)", {u"GLOBAL_OWNER"_s}},
        {"Monitoring dashboards", {u"GLOBAL_READ_ONLY"_s, u"GLOBAL_MONITORING_ADMIN"_s}},
        {"Backup and automation", {u"GLOBAL_BACKUP_ADMIN"_s, u"GLOBAL_AUTOMATION_ADMIN"_s}},
        {"User provisioning (directory sync)", {u"GLOBAL_USER_ADMIN"_s}},
    };
    for (int i = 0; i < count; ++i) {
        EmulatedKey k;
        k.key.id = QString::asprintf("6650c0de0000000000%06x", i + 1);
        k.key.publicKey = QString::asprintf("glob%04x", i + 1);
        k.key.privateKey = QString::asprintf("global%02x-0000-4000-8000-000000000000", (i + 1) & 0xff);
        const auto &spec = specs[i % 4];
        k.key.desc = i < 4 ? QString::fromLatin1(spec.desc) : u"Global key %1"_s.arg(i + 1);
        for (const QString &role : spec.roles)
            k.key.roles.append({role, {}, {}});
        globalKeys.append(k);
    }
    const struct
    {
        const char *cidr;
        const char *description;
        int ageDays;
    } entries[] = {
        {"127.0.0.1/32", "This computer (loopback)", 400},
        {"::1/128", "This computer (IPv6 loopback)", 400},
        {"10.20.0.0/16", "Automation hosts", 200},
        {"198.51.100.0/24", "Office VPN", 30},
    };
    int index = 0;
    for (const auto &e : entries) {
        GlobalAccessEntry entry;
        entry.id = QString::asprintf("6650c1a5000000000000%04x", ++index);
        entry.cidrBlock = QString::fromLatin1(e.cidr);
        entry.description = QString::fromLatin1(e.description);
        entry.created = now.addDays(-e.ageDays).addMSecs(-now.time().msec()); // whole seconds, as JSON keeps

        entry.updated = entry.created;
        entry.type = u"GLOBAL_ROLE"_s;
        globalAccessList.append(entry);
    }
}

EmulatedUser *Dataset::findUser(const QString &id)
{
    for (auto &u : users) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

EmulatedUser *Dataset::findUserByName(const QString &username)
{
    for (auto &u : users) {
        if (u.username == username)
            return &u;
    }
    return nullptr;
}

std::pair<EmulatedOrg *, Project *> Dataset::findProject(const QString &groupId)
{
    for (auto &o : orgs) {
        for (auto &p : o.projects) {
            if (p.id == groupId)
                return {&o, &p};
        }
    }
    return {nullptr, nullptr};
}

int Dataset::keyCount(const QString &orgId) const
{
    return int(
        std::count_if(keys.cbegin(), keys.cend(), [&](const EmulatedKey &k) { return k.orgId == orgId; }));
}

const EmulatedKey *Dataset::ownerKey() const
{
    if (orgs.isEmpty())
        return nullptr;
    for (const auto &k : keys) {
        if (k.orgId == orgs.first().org.id && k.key.hasOrgRole(u"ORG_OWNER"))
            return &k;
    }
    return nullptr;
}

namespace {

QJsonArray entriesToJson(const QList<AccessListEntry> &entries)
{
    QJsonArray array;
    for (const auto &e : entries)
        array.append(Json::toJson(e));
    return array;
}

QJsonArray rolesToJson(const QList<RoleAssignment> &roles)
{
    QJsonArray array;
    for (const auto &r : roles)
        array.append(Json::toJson(r));
    return array;
}

bool readEntries(const QJsonArray &array, const QString &path, QList<AccessListEntry> &out, QString *error)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto e = Json::accessListEntry(array.at(i), path + u'[' + QString::number(i) + u']');
        if (!e.ok()) {
            *error = e.error;
            return false;
        }
        out.append(*e.value);
    }
    return true;
}

bool readRoles(const QJsonArray &array, const QString &path, QList<RoleAssignment> &out, QString *error)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto r = Json::role(array.at(i), path + u'[' + QString::number(i) + u']');
        if (!r.ok()) {
            *error = r.error;
            return false;
        }
        out.append(*r.value);
    }
    return true;
}

} // namespace

QString EmulatedServiceAccount::maskSecret(const QString &secret)
{
    return u"mdb_sa_sk_…"_s + secret.right(4);
}

EmulatedServiceAccount *Dataset::findServiceAccount(const QString &orgId, const QString &clientId)
{
    for (EmulatedServiceAccount &a : serviceAccounts) {
        if (a.orgId == orgId && a.account.clientId == clientId)
            return &a;
    }
    return nullptr;
}

QJsonObject Dataset::toJson() const
{
    QJsonArray orgArray;
    for (const auto &o : orgs) {
        QJsonObject json = Json::toJson(o.org);
        json.insert("apiAccessListRequired"_L1, o.apiAccessListRequired);
        if (!o.atlasSettings.isEmpty())
            json.insert("atlasSettings"_L1, o.atlasSettings);
        QJsonArray projects;
        for (const auto &p : o.projects)
            projects.append(Json::toJson(p));
        json.insert("projects"_L1, projects);
        orgArray.append(json);
    }
    QJsonArray keyArray;
    for (const auto &k : keys) {
        QJsonObject json = Json::toJson(k.key);
        json.insert("orgId"_L1, k.orgId);
        json.insert("accessList"_L1, entriesToJson(k.accessList));
        keyArray.append(json);
    }
    QJsonArray userArray;
    for (const auto &u : users) {
        userArray.append(QJsonObject{{"id"_L1, u.id},
                                     {"username"_L1, u.username},
                                     {"apiKey"_L1, u.apiKey},
                                     {"roles"_L1, rolesToJson(u.roles)},
                                     {"accessList"_L1, entriesToJson(u.accessList)}});
    }
    QJsonArray eventArray;
    for (const auto &e : events)
        eventArray.append(Json::toJson(e));
    QJsonArray accountArray;
    for (const auto &a : serviceAccounts) {
        QJsonObject json = Json::toJson(a.account); // with the full secrets
        json.insert("orgId"_L1, a.orgId);
        QJsonArray entries;
        for (const AccessListEntry &e : a.accessList)
            entries.append(Json::serviceAccountEntryJson(e));
        json.insert("accessList"_L1, entries);
        json.insert("projectRoles"_L1, rolesToJson(a.projectRoles));
        accountArray.append(json);
    }
    QJsonArray globalKeyArray;
    for (const auto &k : globalKeys)
        globalKeyArray.append(Json::toJson(k.key));
    QJsonArray globalEntryArray;
    for (const auto &e : globalAccessList)
        globalEntryArray.append(Json::toJson(e));
    QJsonObject json{{"organizations"_L1, orgArray},
                     {"apiKeys"_L1, keyArray},
                     {"users"_L1, userArray},
                     {"events"_L1, eventArray}};
    if (!accountArray.isEmpty())
        json.insert("serviceAccounts"_L1, accountArray);
    if (!globalKeyArray.isEmpty() || !globalEntryArray.isEmpty()) {
        json.insert("globalApiKeys"_L1, globalKeyArray);
        json.insert("globalAccessList"_L1, globalEntryArray);
    }
    return json;
}

Dataset Dataset::fromJson(const QJsonObject &json, QString *error)
{
    Dataset d;
    error->clear();
    JsonReader top(json, u"dataset"_s);
    const QJsonArray orgArray = top.array("organizations"_L1);
    const QJsonArray keyArray = top.array("apiKeys"_L1, JsonReader::Presence::Optional);
    const QJsonArray userArray = top.array("users"_L1, JsonReader::Presence::Optional);
    const QJsonArray accountArray = top.array("serviceAccounts"_L1, JsonReader::Presence::Optional);
    const QJsonArray globalKeyArray = top.array("globalApiKeys"_L1, JsonReader::Presence::Optional);
    const QJsonArray globalEntryArray = top.array("globalAccessList"_L1, JsonReader::Presence::Optional);
    const bool hasEvents = json.contains("events"_L1);
    const QJsonArray eventArray = top.array("events"_L1, JsonReader::Presence::Optional);
    if (!top.ok()) {
        *error = top.error();
        return {};
    }
    for (qsizetype i = 0; i < orgArray.size(); ++i) {
        const QString path = top.childPath("organizations"_L1, i);
        auto org = Json::organization(orgArray.at(i), path);
        if (!org.ok()) {
            *error = org.error;
            return {};
        }
        JsonReader r(orgArray.at(i), path);
        EmulatedOrg o;
        o.org = *org.value;
        o.apiAccessListRequired = r.boolean("apiAccessListRequired"_L1, JsonReader::Presence::Optional);
        o.atlasSettings = orgArray.at(i).toObject().value("atlasSettings"_L1).toObject();
        const QJsonArray projects = r.array("projects"_L1, JsonReader::Presence::Optional);
        for (qsizetype j = 0; r.ok() && j < projects.size(); ++j) {
            auto p = Json::project(projects.at(j), r.childPath("projects"_L1, j));
            if (!p.ok())
                r.fail(p.error);
            else
                o.projects.append(*p.value);
        }
        if (!r.ok()) {
            *error = r.error();
            return {};
        }
        d.orgs.append(o);
    }
    for (qsizetype i = 0; i < keyArray.size(); ++i) {
        const QString path = top.childPath("apiKeys"_L1, i);
        auto key = Json::apiKey(keyArray.at(i), path);
        if (!key.ok()) {
            *error = key.error;
            return {};
        }
        JsonReader r(keyArray.at(i), path);
        EmulatedKey k;
        k.key = *key.value;
        k.orgId = r.string("orgId"_L1);
        const QJsonArray entries = r.array("accessList"_L1, JsonReader::Presence::Optional);
        if (!r.ok()) {
            *error = r.error();
            return {};
        }
        if (!readEntries(entries, path + u".accessList"_s, k.accessList, error))
            return {};
        if (!d.findOrg(k.orgId)) {
            *error = path + u": unknown orgId "_s + k.orgId;
            return {};
        }
        d.keys.append(k);
    }
    for (qsizetype i = 0; i < userArray.size(); ++i) {
        const QString path = top.childPath("users"_L1, i);
        JsonReader r(userArray.at(i), path);
        EmulatedUser u;
        u.id = r.string("id"_L1);
        u.username = r.string("username"_L1);
        u.apiKey = r.string("apiKey"_L1);
        const QJsonArray roles = r.array("roles"_L1, JsonReader::Presence::Optional);
        const QJsonArray entries = r.array("accessList"_L1, JsonReader::Presence::Optional);
        if (!r.ok()) {
            *error = r.error();
            return {};
        }
        if (!readRoles(roles, path + u".roles"_s, u.roles, error)
            || !readEntries(entries, path + u".accessList"_s, u.accessList, error))
            return {};
        d.users.append(u);
    }
    for (qsizetype i = 0; i < accountArray.size(); ++i) {
        const QString path = top.childPath("serviceAccounts"_L1, i);
        auto account = Json::serviceAccount(accountArray.at(i), path);
        if (!account.ok()) {
            *error = account.error;
            return {};
        }
        JsonReader r(accountArray.at(i), path);
        EmulatedServiceAccount a;
        a.account = *account.value;
        a.orgId = r.string("orgId"_L1);
        const QJsonArray entries = r.array("accessList"_L1, JsonReader::Presence::Optional);
        const QJsonArray roles = r.array("projectRoles"_L1, JsonReader::Presence::Optional);
        for (qsizetype j = 0; r.ok() && j < entries.size(); ++j) {
            auto entry = Json::serviceAccountEntry(entries.at(j), r.childPath("accessList"_L1, j));
            if (!entry.ok())
                r.fail(entry.error);
            else
                a.accessList.append(*entry.value);
        }
        if (!r.ok()) {
            *error = r.error();
            return {};
        }
        if (!readRoles(roles, path + u".projectRoles"_s, a.projectRoles, error))
            return {};
        if (!d.findOrg(a.orgId) || !ServiceAccount::isClientId(a.account.clientId)) {
            *error = path + u": unknown orgId or a client ID not of the form mdb_sa_id_<24 hex digits>"_s;
            return {};
        }
        for (ServiceAccountSecret &secret : a.account.secrets) {
            if (secret.secret.isEmpty()) {
                *error = path + u": every secret needs its full value (secret)"_s;
                return {};
            }
            secret.maskedSecretValue = EmulatedServiceAccount::maskSecret(secret.secret);
        }
        d.serviceAccounts.append(a);
    }
    for (qsizetype i = 0; i < globalKeyArray.size(); ++i) {
        const QString path = top.childPath("globalApiKeys"_L1, i);
        auto key = Json::apiKey(globalKeyArray.at(i), path);
        if (!key.ok()) {
            *error = key.error;
            return {};
        }
        if (key.value->globalRoleNames().size() != key.value->roles.size()
            || key.value->privateKey.isEmpty()) {
            *error = path + u": a global key needs its full privateKey and only GLOBAL_* roles"_s;
            return {};
        }
        d.globalKeys.append({*key.value, {}, {}});
    }
    for (qsizetype i = 0; i < globalEntryArray.size(); ++i) {
        auto entry = Json::globalAccessEntry(globalEntryArray.at(i), top.childPath("globalAccessList"_L1, i));
        if (!entry.ok() || !entry.value->block().isValid()) {
            *error = entry.ok() ? top.childPath("globalAccessList"_L1, i) + u": not a CIDR block"_s
                                : entry.error;
            return {};
        }
        d.globalAccessList.append(*entry.value);
    }
    for (qsizetype i = 0; i < eventArray.size(); ++i) {
        auto event = Json::event(eventArray.at(i), top.childPath("events"_L1, i));
        if (!event.ok()) {
            *error = event.error;
            return {};
        }
        d.events.append(*event.value);
    }
    if (!hasEvents)
        d.addHistory();
    return d;
}

void Dataset::addHistory(bool legacyNames)
{
    // Keys and settings a month before the earliest date the dataset holds, one minute apart; entries
    // when they were created.
    QDateTime earliest = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    for (const auto &k : std::as_const(keys)) {
        for (const auto &e : k.accessList) {
            if (e.created.isValid() && e.created < earliest)
                earliest = e.created;
        }
    }
    QDateTime at = earliest.addDays(-30);
    int serial = 0;
    const auto add = [&](const QString &type, const QString &orgId, const QString &groupId,
                         const QString &target, const QString &entry, const QDateTime &when = {}) {
        ApiEvent e;
        e.id = QString::asprintf("e0000000000000000%07x", ++serial);
        e.created = when.isValid() ? when : at;
        at = at.addSecs(60);
        e.eventTypeName = type;
        e.orgId = orgId;
        e.groupId = groupId;
        e.targetPublicKey = target;
        e.entry = entry;
        for (const auto &u : std::as_const(users)) {
            const bool member = std::any_of(u.roles.cbegin(), u.roles.cend(),
                                            [&](const RoleAssignment &r) { return r.orgId == orgId; });
            if (member) {
                e.userId = u.id;
                e.username = u.username;
                break;
            }
        }
        e.remoteAddress = u"198.51.100.7"_s;
        events.append(e);
    };
    const QString listNames = legacyNames ? u"WHITELIST"_s : u"ACCESS_LIST"_s;
    for (const auto &o : std::as_const(orgs)) {
        add(u"ORG_PUBLIC_API_%1_%2REQUIRED"_s.arg(listNames, o.apiAccessListRequired ? QString() : u"NOT_"_s),
            o.org.id, {}, {}, {});
    }
    for (const auto &k : std::as_const(keys)) {
        add(u"ORG_API_KEY_ADDED"_s, k.orgId, {}, k.key.publicKey, {});
        for (const QString &groupId : k.key.projectIds())
            add(u"API_KEY_ADDED_TO_GROUP"_s, k.orgId, groupId, k.key.publicKey, {});
        for (const auto &e : k.accessList)
            add(u"API_KEY_%1_ENTRY_ADDED"_s.arg(listNames), k.orgId, {}, k.key.publicKey, e.cidrBlock,
                e.created);
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const ApiEvent &a, const ApiEvent &b) { return a.created < b.created; });
}

Dataset Dataset::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = u"%1 is not a JSON object: %2"_s.arg(path, parseError.errorString());
        return {};
    }
    return fromJson(doc.object(), error);
}

QList<ServiceAccountSecret> EmulatedServiceAccount::secretsInState(int index, const QDateTime &now,
                                                                   const std::function<QString(int)> &valueOf,
                                                                   int secrets)
{
    const auto secret = [&](int n, qint64 createdDays, qint64 expiresDays, qint64 usedHoursAgo) {
        ServiceAccountSecret s;
        s.id = QString::asprintf("6b%06x%016llx", index & 0xffffff, static_cast<unsigned long long>(n));
        s.createdAt = now.addDays(createdDays);
        s.expiresAt = now.addDays(expiresDays);
        if (usedHoursAgo >= 0)
            s.lastUsedAt = now.addSecs(-usedHoursAgo * 3600);
        s.secret = valueOf(n);
        s.maskedSecretValue = maskSecret(s.secret);
        return s;
    };
    QList<ServiceAccountSecret> list;
    switch (index % 4) {
    case 0:
        list = {secret(1, -30, 300, 20)};
        break;
    case 1:
        list = {secret(1, -360, 5, 2), secret(2, -1, 180, -1)};
        break;
    case 2:
        list = {secret(1, -400, -10, 24 * 40)};
        break;
    default:
        list = {secret(1, -3, 87, -1)};
        break;
    }
    if (secrets > 0) {
        while (list.size() < secrets)
            list.append(secret(int(list.size()) + 1, -1, 180, -1));
        list = list.mid(0, secrets);
    }
    return list;
}

Dataset Dataset::demoForAtlas()
{
    Dataset d = demo();
    d.orgs[0].atlasSettings
        = {{u"multiFactorAuthRequired"_s, true}, {u"maxServiceAccountSecretValidityInHours"_s, 2160}};
    if (d.orgs.size() > 1)
        d.orgs[1].atlasSettings = {{u"multiFactorAuthRequired"_s, true}, {u"restrictEmployeeAccess"_s, true}};
    return d;
}

Dataset Dataset::demo()
{
    QString error;
    Dataset d = load(u":/apiaccess/demo-dataset.json"_s, &error);
    if (!error.isEmpty())
        qFatal("the built-in demo dataset is broken: %s", qPrintable(error));
    // Service accounts of the first organization, their secrets in every state relative to today (a
    // file cannot hold "expires in five days"). Served by --flavor cloud-manager; Ops Manager has none.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const struct
    {
        const char *name;
        const char *description;
        const char *role;
        QStringList entries;
    } accounts[] = {
        {"ci-deployer", "Deploys from the CI runners", "ORG_MEMBER", {u"127.0.0.1"_s, u"203.0.113.0/24"_s}},
        {"nightly-backup-check", "Checks last night's snapshots", "ORG_READ_ONLY", {u"198.51.100.7"_s}},
        {"old-reporting", "Quarterly reports (retired?)", "ORG_READ_ONLY", {u"192.0.2.44"_s}},
        {"terraform-runner", "Infrastructure as code", "ORG_OWNER", {}},
    };
    d.addGlobalAccess(4, now);
    int index = 0;
    for (const auto &spec : accounts) {
        EmulatedServiceAccount a;
        a.orgId = d.orgs.first().org.id;
        a.account.clientId = QString::asprintf("mdb_sa_id_6650b1c2e4b00000000000%02x", index + 1);
        a.account.name = QString::fromLatin1(spec.name);
        a.account.description = QString::fromLatin1(spec.description);
        a.account.roles = {QString::fromLatin1(spec.role)};
        a.account.createdAt = now.addDays(-400 + index * 30);
        a.account.secrets = EmulatedServiceAccount::secretsInState(index, now, [index](int n) {
            return QString::asprintf("mdb_sa_sk_demo%02d%02d000000000000000000000000000000000000", index + 1,
                                     n);
        });
        for (const QString &e : spec.entries) {
            AccessListEntry entry = AccessListEntry::fromBlock(*IpBlock::parse(e).block, a.account.createdAt);
            if (index != 3 && e != u"203.0.113.0/24"_s) {
                entry.count = 40 + index * 700;
                entry.lastUsed = now.addSecs(-3600 * (2 + index));
                entry.lastUsedAddress = entry.block().network().toString();
            }
            a.accessList.append(entry);
        }
        d.serviceAccounts.append(a);
        ++index;
    }
    return d;
}
