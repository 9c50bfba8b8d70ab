// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonMapping.h"

#include "JsonReader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Json {

namespace {

using Presence = JsonReader::Presence;

template<typename T> Parsed<T> result(const JsonReader &reader, T value)
{
    if (!reader.ok())
        return {std::nullopt, reader.error()};
    return {std::move(value), {}};
}

template<typename T, typename ParseOne> Parsed<Page<T>> page(const QJsonValue &value, ParseOne parseOne)
{
    JsonReader reader(value, u"response"_s);
    Page<T> p;
    const QJsonArray results = reader.array("results"_L1);
    p.totalCount = reader.integer("totalCount"_L1, Presence::Optional, -1);
    const QJsonArray links = reader.array("links"_L1, Presence::Optional);
    for (qsizetype i = 0; reader.ok() && i < results.size(); ++i) {
        auto item = parseOne(results.at(i), reader.childPath("results"_L1, i));
        if (!item.ok())
            reader.fail(item.error);
        else
            p.results.append(std::move(*item.value));
    }
    for (const auto &link : links) {
        const QJsonObject o = link.toObject();
        if (o.value("rel"_L1).toString() == "next"_L1)
            p.nextHref = o.value("href"_L1).toString();
    }
    if (p.totalCount < 0)
        p.totalCount = p.results.size();
    return result(reader, std::move(p));
}

} // namespace

QString formatDate(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

Parsed<Organization> organization(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    Organization org;
    org.id = r.string("id"_L1);
    org.name = r.string("name"_L1);
    org.isDeleted = r.boolean("isDeleted"_L1, Presence::Optional);
    return result(r, std::move(org));
}

Parsed<Project> project(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    Project p;
    p.id = r.string("id"_L1);
    p.name = r.string("name"_L1);
    p.orgId = r.string("orgId"_L1);
    p.activeAgentCount = int(r.integer("activeAgentCount"_L1, Presence::Optional));
    p.replicaSetCount = int(r.integer("replicaSetCount"_L1, Presence::Optional));
    p.shardCount = int(r.integer("shardCount"_L1, Presence::Optional));
    p.publicApiEnabled = r.boolean("publicApiEnabled"_L1, Presence::Optional, true);
    p.lastActiveAgent = r.dateTime("lastActiveAgent"_L1, Presence::Optional);
    return result(r, std::move(p));
}

Parsed<RoleAssignment> role(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    RoleAssignment role;
    role.roleName = r.string("roleName"_L1);
    role.orgId = r.string("orgId"_L1, Presence::Optional);
    role.groupId = r.string("groupId"_L1, Presence::Optional);
    // A global role (Ops Manager's GLOBAL_*, of a global key or user) has neither; any other has one.
    const bool global
        = role.roleName.startsWith(u"GLOBAL_"_s) && role.orgId.isEmpty() && role.groupId.isEmpty();
    if (r.ok() && !global && role.orgId.isEmpty() == role.groupId.isEmpty())
        r.fail(JsonReader::tr("%1: a role has exactly one of orgId and groupId").arg(path));
    return result(r, std::move(role));
}

Parsed<ApiKey> apiKey(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    ApiKey key;
    key.id = r.string("id"_L1);
    key.desc = r.string("desc"_L1, Presence::Optional);
    key.publicKey = r.string("publicKey"_L1);
    key.privateKey = r.string("privateKey"_L1, Presence::Optional);
    const QJsonArray roles = r.array("roles"_L1, Presence::Optional);
    for (qsizetype i = 0; r.ok() && i < roles.size(); ++i) {
        auto parsed = role(roles.at(i), r.childPath("roles"_L1, i));
        if (!parsed.ok())
            r.fail(parsed.error);
        else
            key.roles.append(*parsed.value);
    }
    return result(r, std::move(key));
}

Parsed<AccessListEntry> accessListEntry(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    AccessListEntry e;
    e.ipAddress = r.string("ipAddress"_L1, Presence::Optional);
    e.cidrBlock = r.string("cidrBlock"_L1, e.ipAddress.isEmpty() ? Presence::Required : Presence::Optional);
    e.created = r.dateTime("created"_L1, Presence::Optional);
    e.count = r.integer("count"_L1, Presence::Optional);
    e.lastUsed = r.dateTime("lastUsed"_L1, Presence::Optional);
    e.lastUsedAddress = r.string("lastUsedAddress"_L1, Presence::Optional);
    if (e.cidrBlock.isEmpty())
        e.cidrBlock = e.ipAddress + (e.ipAddress.contains(u':') ? "/128"_L1 : "/32"_L1);
    return result(r, std::move(e));
}

Parsed<ApiEvent> event(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    ApiEvent e;
    e.id = r.string("id"_L1);
    e.created = r.dateTime("created"_L1);
    e.eventTypeName = r.string("eventTypeName"_L1);
    e.orgId = r.string("orgId"_L1, Presence::Optional);
    e.groupId = r.string("groupId"_L1, Presence::Optional);
    e.userId = r.string("userId"_L1, Presence::Optional);
    e.username = r.string("username"_L1, Presence::Optional);
    e.apiKeyId = r.string("apiKeyId"_L1, Presence::Optional);
    e.publicKey = r.string("publicKey"_L1, Presence::Optional);
    e.remoteAddress = r.string("remoteAddress"_L1, Presence::Optional);
    e.isGlobalAdmin = r.boolean("isGlobalAdmin"_L1, Presence::Optional);
    e.targetPublicKey = r.string("targetPublicKey"_L1, Presence::Optional);
    e.targetUsername = r.string("targetUsername"_L1, Presence::Optional);
    e.entry = r.string("accessListEntry"_L1, Presence::Optional);
    if (e.entry.isEmpty())
        e.entry = r.string("whitelistEntry"_L1, Presence::Optional);
    return result(r, std::move(e));
}

QJsonObject toJson(const ApiEvent &e)
{
    QJsonObject o{
        {"id"_L1, e.id}, {"created"_L1, formatDate(e.created)}, {"eventTypeName"_L1, e.eventTypeName}};
    const auto put = [&o](QLatin1StringView name, const QString &value) {
        if (!value.isEmpty())
            o.insert(name, value);
    };
    put("orgId"_L1, e.orgId);
    put("groupId"_L1, e.groupId);
    put("userId"_L1, e.userId);
    put("username"_L1, e.username);
    put("apiKeyId"_L1, e.apiKeyId);
    put("publicKey"_L1, e.publicKey);
    put("remoteAddress"_L1, e.remoteAddress);
    if (e.isGlobalAdmin)
        o.insert("isGlobalAdmin"_L1, true);
    put("targetPublicKey"_L1, e.targetPublicKey);
    put("targetUsername"_L1, e.targetUsername);
    put("accessListEntry"_L1, e.entry);
    return o;
}

Parsed<OrgSettings> orgSettings(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    const bool required = r.boolean("apiAccessListRequired"_L1);
    OrgSettings settings = OrgSettings::known(required);
    // Atlas: the other security settings, where the answer has them with the documented types.
    const QJsonObject o = value.toObject();
    for (const QString &field : OrgSettings::securityFields()) {
        const QJsonValue v = o.value(field);
        if (v.isBool() || (v.isDouble() && field == "maxServiceAccountSecretValidityInHours"_L1))
            settings.security.insert(field, v);
    }
    return result(r, settings);
}

Parsed<Page<Organization>> organizationPage(const QJsonValue &value)
{
    return page<Organization>(value,
                              [](const QJsonValue &v, const QString &p) { return organization(v, p); });
}

Parsed<Page<Project>> projectPage(const QJsonValue &value)
{
    return page<Project>(value, [](const QJsonValue &v, const QString &p) { return project(v, p); });
}

Parsed<Page<ApiKey>> apiKeyPage(const QJsonValue &value)
{
    return page<ApiKey>(value, [](const QJsonValue &v, const QString &p) { return apiKey(v, p); });
}

Parsed<OrgUser> orgUser(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    OrgUser user;
    user.id = r.string("id"_L1);
    user.username = r.string("username"_L1);
    if (!r.ok())
        return {std::nullopt, r.error()};
    return {user, {}};
}

Parsed<Page<OrgUser>> orgUserPage(const QJsonValue &value)
{
    return page<OrgUser>(value, [](const QJsonValue &v, const QString &p) { return orgUser(v, p); });
}

QJsonObject toJson(const OrgUser &user)
{
    return {{"id"_L1, user.id}, {"username"_L1, user.username}};
}

Parsed<Page<ApiEvent>> eventPage(const QJsonValue &value)
{
    return page<ApiEvent>(value, [](const QJsonValue &v, const QString &p) { return event(v, p); });
}

Parsed<Page<AccessListEntry>> accessListPage(const QJsonValue &value)
{
    return page<AccessListEntry>(value,
                                 [](const QJsonValue &v, const QString &p) { return accessListEntry(v, p); });
}

QJsonObject toJson(const Organization &org)
{
    return {{"id"_L1, org.id}, {"name"_L1, org.name}, {"isDeleted"_L1, org.isDeleted}};
}

QJsonObject toJson(const Project &p)
{
    QJsonObject o{{"id"_L1, p.id},
                  {"name"_L1, p.name},
                  {"orgId"_L1, p.orgId},
                  {"activeAgentCount"_L1, p.activeAgentCount},
                  {"replicaSetCount"_L1, p.replicaSetCount},
                  {"shardCount"_L1, p.shardCount},
                  {"publicApiEnabled"_L1, p.publicApiEnabled}};
    if (p.lastActiveAgent.isValid())
        o.insert("lastActiveAgent"_L1, formatDate(p.lastActiveAgent));
    return o;
}

QJsonObject toJson(const RoleAssignment &role)
{
    QJsonObject o{{"roleName"_L1, role.roleName}};
    if (!role.orgId.isEmpty())
        o.insert("orgId"_L1, role.orgId);
    else if (!role.groupId.isEmpty())
        o.insert("groupId"_L1, role.groupId);
    return o;
}

QJsonObject toJson(const ApiKey &key)
{
    QJsonArray roles;
    for (const auto &r : key.roles)
        roles.append(toJson(r));
    return {{"id"_L1, key.id},
            {"desc"_L1, key.desc},
            {"publicKey"_L1, key.publicKey},
            {"privateKey"_L1, key.privateKey},
            {"roles"_L1, roles}};
}

QJsonObject toJson(const AccessListEntry &e)
{
    QJsonObject o{
        {"cidrBlock"_L1, e.cidrBlock},
        {"ipAddress"_L1, e.ipAddress.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.ipAddress)},
        {"count"_L1, e.count}};
    if (e.created.isValid())
        o.insert("created"_L1, formatDate(e.created));
    if (e.lastUsed.isValid())
        o.insert("lastUsed"_L1, formatDate(e.lastUsed));
    if (!e.lastUsedAddress.isEmpty())
        o.insert("lastUsedAddress"_L1, e.lastUsedAddress);
    return o;
}

QJsonObject toJson(const OrgSettings &settings)
{
    QJsonObject o;
    if (settings.requirement != WhitelistRequirement::Unknown)
        o.insert("apiAccessListRequired"_L1, settings.requirement == WhitelistRequirement::Required);
    return o;
}

// Service accounts ---------------------------------------------------------------------------------------

Parsed<ServiceAccountSecret> serviceAccountSecret(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    ServiceAccountSecret s;
    s.id = r.string("id"_L1);
    s.createdAt = r.dateTime("createdAt"_L1);
    s.expiresAt = r.dateTime("expiresAt"_L1);
    s.lastUsedAt = r.dateTime("lastUsedAt"_L1, Presence::Optional);
    s.maskedSecretValue = r.string("maskedSecretValue"_L1, Presence::Optional);
    s.secret = r.string("secret"_L1, Presence::Optional);
    return result(r, std::move(s));
}

Parsed<ServiceAccount> serviceAccount(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    ServiceAccount a;
    a.clientId = r.string("clientId"_L1);
    a.name = r.string("name"_L1, Presence::Optional);
    a.description = r.string("description"_L1, Presence::Optional);
    a.createdAt = r.dateTime("createdAt"_L1, Presence::Optional);
    const QJsonArray roles = r.array("roles"_L1, Presence::Optional);
    for (qsizetype i = 0; r.ok() && i < roles.size(); ++i) {
        if (!roles.at(i).isString())
            r.fail(JsonReader::tr("%1: expected %2, found %3")
                       .arg(r.childPath("roles"_L1, i), JsonReader::tr("a string"),
                            JsonReader::typeName(roles.at(i))));
        else
            a.roles.append(roles.at(i).toString());
    }
    const QJsonArray secrets = r.array("secrets"_L1, Presence::Optional);
    for (qsizetype i = 0; r.ok() && i < secrets.size(); ++i) {
        auto parsed = serviceAccountSecret(secrets.at(i), r.childPath("secrets"_L1, i));
        if (!parsed.ok())
            r.fail(parsed.error);
        else
            a.secrets.append(*parsed.value);
    }
    return result(r, std::move(a));
}

Parsed<AccessListEntry> serviceAccountEntry(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    AccessListEntry e;
    e.ipAddress = r.string("ipAddress"_L1, Presence::Optional);
    e.cidrBlock = r.string("cidrBlock"_L1, e.ipAddress.isEmpty() ? Presence::Required : Presence::Optional);
    e.created = r.dateTime("createdAt"_L1, Presence::Optional);
    e.count = r.integer("requestCount"_L1, Presence::Optional);
    e.lastUsed = r.dateTime("lastUsedAt"_L1, Presence::Optional);
    e.lastUsedAddress = r.string("lastUsedAddress"_L1, Presence::Optional);
    if (e.cidrBlock.isEmpty())
        e.cidrBlock = e.ipAddress + (e.ipAddress.contains(u':') ? "/128"_L1 : "/32"_L1);
    return result(r, std::move(e));
}

Parsed<Page<ServiceAccount>> serviceAccountPage(const QJsonValue &value)
{
    return page<ServiceAccount>(value,
                                [](const QJsonValue &v, const QString &p) { return serviceAccount(v, p); });
}

Parsed<Page<ServiceAccountProject>> serviceAccountProjectPage(const QJsonValue &value)
{
    return page<ServiceAccountProject>(value, [](const QJsonValue &v, const QString &path) {
        JsonReader r(v, path);
        ServiceAccountProject p;
        p.groupId = r.string("groupId"_L1);
        const QJsonArray roles = r.array("roles"_L1, Presence::Optional);
        for (const QJsonValue &role : roles) {
            if (!role.isString())
                r.fail(JsonReader::tr("%1: roles must be strings").arg(path));
            p.roles.append(role.toString());
        }
        return result(r, std::move(p));
    });
}

Parsed<Page<AccessListEntry>> serviceAccountEntryPage(const QJsonValue &value)
{
    return page<AccessListEntry>(
        value, [](const QJsonValue &v, const QString &p) { return serviceAccountEntry(v, p); });
}

QJsonObject toJson(const ServiceAccountSecret &s)
{
    QJsonObject o{{"id"_L1, s.id},
                  {"createdAt"_L1, formatDate(s.createdAt)},
                  {"expiresAt"_L1, formatDate(s.expiresAt)}};
    if (s.lastUsedAt.isValid())
        o.insert("lastUsedAt"_L1, formatDate(s.lastUsedAt));
    if (!s.secret.isEmpty())
        o.insert("secret"_L1, s.secret);
    else
        o.insert("maskedSecretValue"_L1, s.maskedSecretValue);
    return o;
}

QJsonObject toJson(const ServiceAccount &a)
{
    QJsonArray secrets;
    for (const ServiceAccountSecret &s : a.secrets)
        secrets.append(toJson(s));
    QJsonObject o{{"clientId"_L1, a.clientId},
                  {"name"_L1, a.name},
                  {"description"_L1, a.description},
                  {"roles"_L1, QJsonArray::fromStringList(a.roles)},
                  {"secrets"_L1, secrets}};
    if (a.createdAt.isValid())
        o.insert("createdAt"_L1, formatDate(a.createdAt));
    return o;
}

QJsonObject serviceAccountEntryJson(const AccessListEntry &e)
{
    // ipAddress or cidrBlock, never both.
    QJsonObject o = e.ipAddress.isEmpty() ? QJsonObject{{"cidrBlock"_L1, e.cidrBlock}}
                                          : QJsonObject{{"ipAddress"_L1, e.ipAddress}};
    o.insert("requestCount"_L1, e.count);
    if (e.created.isValid())
        o.insert("createdAt"_L1, formatDate(e.created));
    if (e.lastUsed.isValid())
        o.insert("lastUsedAt"_L1, formatDate(e.lastUsed));
    if (!e.lastUsedAddress.isEmpty())
        o.insert("lastUsedAddress"_L1, e.lastUsedAddress);
    return o;
}

Parsed<GlobalAccessEntry> globalAccessEntry(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    GlobalAccessEntry e;
    e.id = r.string("id"_L1);
    e.cidrBlock = r.string("cidrBlock"_L1);
    e.description = r.string("description"_L1, Presence::Optional);
    e.created = r.dateTime("created"_L1, Presence::Optional);
    e.updated = r.dateTime("updated"_L1, Presence::Optional);
    e.type = r.string("type"_L1, Presence::Optional);
    return result(r, std::move(e));
}

Parsed<Page<GlobalAccessEntry>> globalAccessEntryPage(const QJsonValue &value)
{
    return page<GlobalAccessEntry>(
        value, [](const QJsonValue &v, const QString &p) { return globalAccessEntry(v, p); });
}

QJsonObject toJson(const GlobalAccessEntry &e)
{
    QJsonObject o{{"id"_L1, e.id}, {"cidrBlock"_L1, e.cidrBlock}, {"description"_L1, e.description}};
    if (e.created.isValid())
        o.insert("created"_L1, formatDate(e.created));
    if (e.updated.isValid())
        o.insert("updated"_L1, formatDate(e.updated));
    if (!e.type.isEmpty())
        o.insert("type"_L1, e.type);
    return o;
}

} // namespace Json
