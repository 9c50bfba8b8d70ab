// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// An organization's service accounts, their secrets and access lists, as Cloud Manager documents them
// (models/api/README.md, "Service accounts"); Ops Manager documents none, so its flavor answers 404 for these
// paths. Where the documentation is silent, the choice is written in README.md ("The API emulator").
#include "ApiDispatcher.h"

#include "JsonMapping.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace {

std::optional<QString> unknownField(const QJsonObject &object, std::initializer_list<QLatin1StringView> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            return it.key();
    }
    return std::nullopt;
}

} // namespace

// The account as an answer shows it: every secret masked (its full value is in no answer but the one
// that creates it).
QJsonObject ApiDispatcher::serviceAccountJson(const EmulatedServiceAccount &a) const
{
    return Json::toJson(a.account.masked());
}

std::optional<ApiResponse> ApiDispatcher::requireServiceAccount(Call &call, EmulatedOrg **org,
                                                                EmulatedServiceAccount **account)
{
    if (auto failed = requireOrg(call, call.segments[1], org))
        return failed;
    return findAccount(**org, call.segments[3], account);
}

std::optional<ApiResponse> ApiDispatcher::findAccount(const EmulatedOrg &org, const QString &clientId,
                                                      EmulatedServiceAccount **account)
{
    if (!ServiceAccount::isClientId(clientId))
        return error(
            400, ErrorCodes::PathParamParseError,
            u"The client ID %1 is not of the form mdb_sa_id_ followed by 24 hexadecimal digits."_s.arg(
                clientId),
            {clientId});
    *account = m_data.findServiceAccount(org.org.id, clientId);
    if (!*account)
        return error(404, ErrorCodes::ResourceNotFound,
                     u"No service account with client ID %1 exists in this organization."_s.arg(clientId),
                     {clientId});
    return std::nullopt;
}

std::optional<ApiResponse> ApiDispatcher::requireOwnedServiceAccount(Call &call, EmulatedOrg **org,
                                                                     EmulatedServiceAccount **account)
{
    if (auto failed = requireServiceAccount(call, org, account))
        return failed;
    return requireOrgOwner(call, (*org)->org.id);
}

std::optional<ApiResponse> ApiDispatcher::validateSecretHours(const QJsonValue &hours)
{
    if (!hours.isDouble() || hours.toDouble() != double(hours.toInteger())
        || hours.toInteger() < ServiceAccount::MinSecretHours
        || hours.toInteger() > ServiceAccount::MaxSecretHours)
        return error(400, ErrorCodes::InvalidAttribute,
                     u"secretExpiresAfterHours must be a whole number of hours from %1 to %2."_s
                         .arg(ServiceAccount::MinSecretHours)
                         .arg(ServiceAccount::MaxSecretHours),
                     {u"secretExpiresAfterHours"_s});
    return std::nullopt;
}

std::optional<ApiResponse> ApiDispatcher::validateServiceAccountText(const QJsonObject &object, bool required)
{
    const auto check = [&](QLatin1StringView field, int max) -> std::optional<ApiResponse> {
        if (!object.contains(field)) {
            if (!required)
                return std::nullopt;
            return error(400, ErrorCodes::MissingAttribute, u"The attribute %1 is required."_s.arg(field),
                         {QString(field)});
        }
        const QJsonValue value = object.value(field);
        if (!value.isString() || value.toString().isEmpty() || value.toString().size() > max)
            return error(400, ErrorCodes::InvalidAttribute,
                         u"%1 must be between 1 and %2 characters long."_s.arg(field).arg(max),
                         {QString(field)});
        return std::nullopt;
    };
    if (auto failed = check("name"_L1, ServiceAccount::MaxNameLength))
        return failed;
    return check("description"_L1, ServiceAccount::MaxDescriptionLength);
}

ServiceAccountSecret ApiDispatcher::newSecret(int hours)
{
    ServiceAccountSecret s;
    s.id = newObjectId();
    s.createdAt = now();
    s.expiresAt = s.createdAt.addSecs(qint64(hours) * 3600);
    s.secret = u"mdb_sa_sk_"_s + newPrivateKey().remove(u'-');
    s.maskedSecretValue = EmulatedServiceAccount::maskSecret(s.secret);
    return s;
}

ApiResponse ApiDispatcher::listServiceAccounts(Call &call)
{
    EmulatedOrg *org = nullptr;
    if (auto failed = requireOrg(call, call.segments[1], &org))
        return *failed;
    QJsonArray items;
    for (const EmulatedServiceAccount &a : std::as_const(m_data.serviceAccounts)) {
        if (a.orgId == org->org.id)
            items.append(serviceAccountJson(a));
    }
    return page(items, call);
}

ApiResponse ApiDispatcher::createServiceAccount(Call &call)
{
    EmulatedOrg *org = nullptr;
    if (auto failed = requireOrg(call, call.segments[1], &org))
        return *failed;
    if (auto failed = requireOrgOwner(call, org->org.id))
        return *failed;
    QJsonObject object;
    if (auto failed = parseJsonObject(call, &object))
        return *failed;
    if (auto unknown
        = unknownField(object, {"name"_L1, "description"_L1, "roles"_L1, "secretExpiresAfterHours"_L1}))
        return error(400, ErrorCodes::InvalidAttribute, u"Invalid attribute %1 specified."_s.arg(*unknown),
                     {*unknown});
    if (auto failed = validateServiceAccountText(object, true))
        return *failed;
    QStringList roles;
    if (auto failed = validateRoles(object.value("roles"_L1), RoleScope::Organization, &roles))
        return *failed;
    if (!object.contains("secretExpiresAfterHours"_L1))
        return error(400, ErrorCodes::MissingAttribute,
                     u"The attribute secretExpiresAfterHours is required."_s, {u"secretExpiresAfterHours"_s});
    if (auto failed = validateSecretHours(object.value("secretExpiresAfterHours"_L1)))
        return *failed;
    EmulatedServiceAccount a;
    a.orgId = org->org.id;
    a.account.clientId = u"mdb_sa_id_"_s + newObjectId();
    a.account.name = object.value("name"_L1).toString();
    a.account.description = object.value("description"_L1).toString();
    a.account.roles = roles;
    a.account.createdAt = now();
    a.account.secrets.append(newSecret(int(object.value("secretExpiresAfterHours"_L1).toInteger())));
    m_data.serviceAccounts.append(a);
    m_dirty = true;
    return entity(Json::toJson(a.account), call, 201); // the only answer with the secret's value
}

ApiResponse ApiDispatcher::getServiceAccount(Call &call)
{
    EmulatedOrg *org = nullptr;
    EmulatedServiceAccount *a = nullptr;
    if (auto failed = requireServiceAccount(call, &org, &a))
        return *failed;
    return entity(serviceAccountJson(*a), call);
}

ApiResponse ApiDispatcher::patchServiceAccount(Call &call)
{
    EmulatedOrg *org = nullptr;
    EmulatedServiceAccount *a = nullptr;
    if (auto failed = requireOwnedServiceAccount(call, &org, &a))
        return *failed;
    QJsonObject object;
    if (auto failed = parseJsonObject(call, &object))
        return *failed;
    if (auto unknown = unknownField(object, {"name"_L1, "description"_L1, "roles"_L1}))
        return error(400, ErrorCodes::InvalidAttribute, u"Invalid attribute %1 specified."_s.arg(*unknown),
                     {*unknown});
    if (auto failed = validateServiceAccountText(object, false))
        return *failed;
    QStringList roles;
    if (object.contains("roles"_L1)) {
        if (auto failed = validateRoles(object.value("roles"_L1), RoleScope::Organization, &roles))
            return *failed;
    }
    if (object.contains("name"_L1))
        a->account.name = object.value("name"_L1).toString();
    if (object.contains("description"_L1))
        a->account.description = object.value("description"_L1).toString();
    if (object.contains("roles"_L1))
        a->account.roles = roles;
    m_dirty = true;
    return entity(serviceAccountJson(*a), call);
}

ApiResponse ApiDispatcher::deleteServiceAccount(Call &call)
{
    EmulatedOrg *org = nullptr;
    EmulatedServiceAccount *a = nullptr;
    if (auto failed = requireOwnedServiceAccount(call, &org, &a))
        return *failed;
    const QString clientId = a->account.clientId;
    m_data.serviceAccounts.removeIf([&](const EmulatedServiceAccount &x) {
        return x.orgId == org->org.id && x.account.clientId == clientId;
    });
    dropTokens([&](const Token &t) { return t.clientId == clientId; }); // its tokens stop at once
    m_dirty = true;
    return noContent();
}

ApiResponse ApiDispatcher::listServiceAccountProjects(Call &call)
{
    EmulatedOrg *org = nullptr;
    EmulatedServiceAccount *a = nullptr;
    if (auto failed = requireServiceAccount(call, &org, &a))
        return *failed;
    QMap<QString, QStringList> byProject; // in project ID order
    for (const RoleAssignment &r : std::as_const(a->projectRoles))
        byProject[r.groupId].append(r.roleName);
    QJsonArray items;
    for (auto it = byProject.cbegin(); it != byProject.cend(); ++it)
        items.append(
            QJsonObject{{"groupId"_L1, it.key()}, {"roles"_L1, QJsonArray::fromStringList(it.value())}});
    return page(items, call);
}

ApiResponse ApiDispatcher::createServiceAccountSecret(Call &call)
{
    EmulatedOrg *org = nullptr;
    EmulatedServiceAccount *a = nullptr;
    if (auto failed = requireOwnedServiceAccount(call, &org, &a))
        return *failed;
    QJsonObject object;
    if (auto failed = parseJsonObject(call, &object))
        return *failed;
    if (auto unknown = unknownField(object, {"secretExpiresAfterHours"_L1}))
        return error(400, ErrorCodes::InvalidAttribute, u"Invalid attribute %1 specified."_s.arg(*unknown),
                     {*unknown});
    if (!object.contains("secretExpiresAfterHours"_L1))
        return error(400, ErrorCodes::MissingAttribute,
                     u"The attribute secretExpiresAfterHours is required."_s, {u"secretExpiresAfterHours"_s});
    if (auto failed = validateSecretHours(object.value("secretExpiresAfterHours"_L1)))
        return *failed;
    // Parallel POSTs for one account: the one that comes while another is being written is refused.
    if (m_options.secretWriteMs > 0) {
        const qint64 nowMs = m_uptime.elapsed();
        qint64 &busyUntil = m_secretWrites[a->account.clientId];
        if (nowMs < busyUntil)
            return error(
                409, ErrorCodes::DataConcurrencyError,
                u"Another write of service account %1 is in progress; try again."_s.arg(a->account.clientId),
                {a->account.clientId});
        busyUntil = nowMs + m_options.secretWriteMs;
    }
    if (a->account.secrets.size() >= ServiceAccount::MaxSecrets)
        return error(400, ErrorCodes::ServiceAccountSecretLimit,
                     u"A service account has at most %1 secrets: delete one before adding another."_s.arg(
                         ServiceAccount::MaxSecrets),
                     {a->account.clientId});
    // The other secret keeps at most seven days of life.
    const QDateTime cut = now().addDays(ServiceAccount::OtherSecretCutDays);
    for (ServiceAccountSecret &s : a->account.secrets) {
        if (s.expiresAt > cut)
            s.expiresAt = cut;
    }
    a->account.secrets.append(newSecret(int(object.value("secretExpiresAfterHours"_L1).toInteger())));
    m_dirty = true;
    return entity(Json::toJson(a->account.secrets.last()), call, 201);
}

ApiResponse ApiDispatcher::deleteServiceAccountSecret(Call &call)
{
    EmulatedOrg *org = nullptr;
    EmulatedServiceAccount *a = nullptr;
    if (auto failed = requireOwnedServiceAccount(call, &org, &a))
        return *failed;
    const QString secretId = call.segments[5];
    const qsizetype removed
        = a->account.secrets.removeIf([&](const ServiceAccountSecret &s) { return s.id == secretId; });
    if (removed == 0)
        return error(404, ErrorCodes::ResourceNotFound,
                     u"No secret with ID %1 exists for this service account."_s.arg(secretId), {secretId});
    // Deleting a secret revokes the tokens minted with it at once.
    dropTokens([&](const Token &t) { return t.secretId == secretId; });
    m_dirty = true;
    return noContent();
}

ApiResponse ApiDispatcher::listServiceAccountEntries(Call &call)
{
    EmulatedOrg *org = nullptr;
    EmulatedServiceAccount *a = nullptr;
    if (auto failed = requireServiceAccount(call, &org, &a))
        return *failed;
    QJsonArray items;
    for (const AccessListEntry &e : std::as_const(a->accessList))
        items.append(Json::serviceAccountEntryJson(e));
    return page(items, call);
}

ApiResponse ApiDispatcher::addServiceAccountEntries(Call &call)
{
    EmulatedOrg *org = nullptr;
    EmulatedServiceAccount *a = nullptr;
    if (auto failed = requireOwnedServiceAccount(call, &org, &a))
        return *failed;
    QJsonValue body;
    if (auto failed = parseJsonBody(call, &body))
        return *failed;
    QList<AccessListEntry> added;
    if (auto failed = parseNewEntries(call, body, a->accessList, false, &added))
        return *failed;
    for (AccessListEntry &e : added)
        e.created = now();
    a->accessList += added;
    m_dirty = true;
    return listServiceAccountEntries(call);
}

ApiResponse ApiDispatcher::deleteServiceAccountEntry(Call &call)
{
    EmulatedOrg *org = nullptr;
    EmulatedServiceAccount *a = nullptr;
    if (auto failed = requireOwnedServiceAccount(call, &org, &a))
        return *failed;
    // The path names the entry by its address, "/" of a block written %2F.
    const IpParseResult parsed = IpBlock::parse(call.segments[5]);
    const qsizetype removed = parsed.ok()
        ? a->accessList.removeIf([&](const AccessListEntry &e) { return e.block() == *parsed.block; })
        : 0;
    if (removed == 0)
        return error(404, ErrorCodes::ResourceNotFound,
                     u"The access list of this service account has no entry %1."_s.arg(call.segments[5]),
                     {call.segments[5]});
    m_dirty = true;
    return noContent();
}

// A project's side: POST /groups/{id}/serviceAccounts/{clientId}:invite assigns an organization's account to
// the project with project roles (replacing the ones it had there), DELETE /groups/{id}/serviceAccounts/
// {clientId} unassigns it (its secrets stay valid). Both need Organization Owner.
std::optional<ApiResponse> ApiDispatcher::requireProjectAccount(Call &call, EmulatedOrg **org,
                                                                Project **project,
                                                                EmulatedServiceAccount **account)
{
    if (auto failed = requireProject(call, call.segments[1], org, project))
        return failed;
    if (auto failed = requireOrgOwner(call, (*org)->org.id))
        return failed;
    QString clientId = call.segments[3];
    if (clientId.endsWith(u":invite"_s))
        clientId.chop(7);
    return findAccount(**org, clientId, account);
}

ApiResponse ApiDispatcher::inviteServiceAccount(Call &call)
{
    EmulatedOrg *org = nullptr;
    Project *project = nullptr;
    EmulatedServiceAccount *a = nullptr;
    if (auto failed = requireProjectAccount(call, &org, &project, &a))
        return *failed;
    QJsonObject object;
    if (auto failed = parseJsonObject(call, &object))
        return *failed;
    if (auto unknown = unknownField(object, {"roles"_L1}))
        return error(400, ErrorCodes::InvalidAttribute, u"Invalid attribute %1 specified."_s.arg(*unknown),
                     {*unknown});
    QStringList roles;
    if (auto failed = validateRoles(object.value("roles"_L1), RoleScope::Project, &roles))
        return *failed;
    const QString groupId = project->id;
    a->projectRoles.removeIf([&](const RoleAssignment &r) { return r.groupId == groupId; });
    for (const QString &role : std::as_const(roles))
        a->projectRoles.append({role, {}, groupId});
    m_dirty = true;
    // The project's view of the account: its project roles.
    QJsonObject answer = serviceAccountJson(*a);
    answer.insert("roles"_L1, QJsonArray::fromStringList(roles));
    return entity(answer, call);
}

ApiResponse ApiDispatcher::unassignServiceAccount(Call &call)
{
    EmulatedOrg *org = nullptr;
    Project *project = nullptr;
    EmulatedServiceAccount *a = nullptr;
    if (auto failed = requireProjectAccount(call, &org, &project, &a))
        return *failed;
    const QString groupId = project->id;
    if (a->projectRoles.removeIf([&](const RoleAssignment &r) { return r.groupId == groupId; }) == 0)
        return error(
            404, ErrorCodes::ResourceNotFound,
            u"The service account %1 is not assigned to project %2."_s.arg(a->account.clientId, groupId),
            {a->account.clientId, groupId});
    m_dirty = true;
    return noContent(204);
}
