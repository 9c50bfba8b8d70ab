// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Organization API keys and their assignment to projects (models/api/README.md).
#include "ApiDispatcher.h"

#include "RoleCatalogue.h"

#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

std::optional<ApiResponse> ApiDispatcher::requireKey(Call &call, const QString &orgId, const QString &keyId,
                                                     EmulatedKey **key)
{
    Q_UNUSED(call);
    *key = m_data.findKey(keyId);
    if (!*key || (*key)->orgId != orgId)
        return error(400, ErrorCodes::ApiKeyNotFound, u"No API Key with ID %1 exists."_s.arg(keyId), {keyId});
    return std::nullopt;
}

std::optional<ApiResponse> ApiDispatcher::validateDescription(const QJsonValue &desc)
{
    if (!desc.isString() || desc.toString().isEmpty() || desc.toString().size() > 250)
        return error(
            400, ErrorCodes::InvalidApiKeyDesc,
            u"The API key description is required, and must be between 1 and 250 characters long."_s);
    return std::nullopt;
}

std::optional<ApiResponse> ApiDispatcher::validateRoles(const QJsonValue &roles, RoleScope scope,
                                                        QStringList *names)
{
    if (roles.isUndefined() || roles.isNull() || (roles.isArray() && roles.toArray().isEmpty()))
        return error(400, ErrorCodes::MissingApiKeyRoles, u"The API key must have at least one role."_s);
    if (!roles.isArray())
        return error(400, ErrorCodes::InvalidAttribute, u"Invalid attribute roles specified."_s,
                     {u"roles"_s});
    const ServerKind kind = m_options.hasServiceAccounts() // Atlas's roles: Cloud Manager's
        ? ServerKind::CloudManager
        : ServerKind::OpsManager;
    for (const QJsonValue &value : roles.toArray()) {
        if (!value.isString())
            return error(400, ErrorCodes::InvalidAttribute, u"Invalid attribute roles specified."_s,
                         {u"roles"_s});
        const QString name = value.toString();
        const RoleInfo *role = RoleCatalogue::find(name);
        if (role && !role->acceptedBy(kind) && RoleCatalogue::isBillingRole(name))
            return error(401, ErrorCodes::BillingUnsupported,
                         u"Billing administrator roles are not supported by Ops Manager."_s, {name});
        if (!role || role->scope != scope || !role->acceptedBy(kind)) {
            if (scope == RoleScope::Global)
                return error(400, ErrorCodes::InvalidAttribute,
                             u"Role %1 is not a valid global role."_s.arg(name), {name});
            if (scope == RoleScope::Organization)
                return error(400, ErrorCodes::InvalidRoleForOrg,
                             u"Role %1 is not a valid role for an organization."_s.arg(name), {name});
            if (role && role->scope == RoleScope::Organization && kind == ServerKind::CloudManager)
                return error(400, ErrorCodes::CannotAddOrgRole,
                             u"Adding an organization-level role in a group is not supported."_s, {name});
            return error(400, ErrorCodes::InvalidRoleForGroup,
                         u"Role %1 is not a valid role for a group."_s.arg(name), {name});
        }
        if (!names->contains(name))
            names->append(name);
    }
    return std::nullopt;
}

namespace {
std::optional<QString> unknownAttribute(const QJsonObject &object,
                                        std::initializer_list<QLatin1StringView> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            return it.key();
    }
    return std::nullopt;
}
} // namespace

ApiResponse ApiDispatcher::listOrgKeys(Call &call)
{
    EmulatedOrg *org = nullptr;
    if (auto failed = requireOrg(call, call.segments[1], &org))
        return *failed;
    QJsonArray items;
    for (const auto &key : std::as_const(m_data.keys)) {
        if (key.orgId == org->org.id)
            items.append(keyJson(key, call));
    }
    return page(items, call);
}

ApiResponse ApiDispatcher::getOrgKey(Call &call)
{
    EmulatedOrg *org = nullptr;
    EmulatedKey *key = nullptr;
    if (auto failed = requireOrg(call, call.segments[1], &org))
        return *failed;
    if (auto failed = requireKey(call, org->org.id, call.segments[3], &key))
        return *failed;
    return entity(keyJson(*key, call), call);
}

ApiResponse ApiDispatcher::createOrgKey(Call &call)
{
    EmulatedOrg *org = nullptr;
    if (auto failed = requireOrg(call, call.segments[1], &org))
        return *failed;
    if (auto failed = requireOrgOwner(call, org->org.id))
        return *failed;
    QString desc;
    QStringList roles;
    if (auto failed = parseNewKey(call, org->org.id, RoleScope::Organization, &desc, &roles))
        return *failed;
    EmulatedKey &key = addKey(org->org.id, desc);
    for (const QString &role : std::as_const(roles))
        key.key.roles.append({role, org->org.id, {}});
    recordEvent(call, u"ORG_API_KEY_ADDED"_s, org->org.id, {}, key.key.publicKey);
    return entity(keyJson(key, call, true), call);
}

std::optional<ApiResponse> ApiDispatcher::parseNewKey(const Call &call, const QString &orgId, RoleScope scope,
                                                      QString *desc, QStringList *roles)
{
    QJsonObject object;
    if (auto failed = parseJsonObject(call, &object))
        return failed;
    if (auto unknown = unknownAttribute(object, {"desc"_L1, "roles"_L1}))
        return error(400, ErrorCodes::InvalidAttribute, u"Invalid attribute %1 specified."_s.arg(*unknown),
                     {*unknown});
    if (auto failed = validateDescription(object.value("desc"_L1)))
        return failed;
    if (auto failed = validateRoles(object.value("roles"_L1), scope, roles))
        return failed;
    if (m_data.keyCount(orgId) >= m_options.maxKeysPerOrg)
        return error(
            403, ErrorCodes::MaxApiKeysReached,
            u"You have reached the limit of max number of API keys. You can have at most %1 API keys."_s.arg(
                m_options.maxKeysPerOrg),
            {m_options.maxKeysPerOrg});
    *desc = object.value("desc"_L1).toString();
    return std::nullopt;
}

EmulatedKey &ApiDispatcher::addKey(const QString &orgId, const QString &desc)
{
    EmulatedKey key;
    key.orgId = orgId;
    key.key.id = newObjectId();
    key.key.publicKey = newPublicKey();
    key.key.privateKey = newPrivateKey();
    key.key.desc = desc;
    if (m_options.newKeySettleMs > 0)
        key.settledAtMs = m_uptime.elapsed() + m_options.newKeySettleMs;
    m_data.keys.append(key);
    m_dirty = true;
    return m_data.keys.last();
}

std::optional<ApiResponse> ApiDispatcher::requireOwnedKey(Call &call, EmulatedOrg **org, EmulatedKey **key)
{
    if (auto failed = requireOrg(call, call.segments[1], org))
        return failed;
    if (auto failed = requireOrgOwner(call, (*org)->org.id))
        return failed;
    return requireKey(call, (*org)->org.id, call.segments[3], key);
}

ApiResponse ApiDispatcher::patchOrgKey(Call &call)
{
    EmulatedOrg *org = nullptr;
    EmulatedKey *key = nullptr;
    if (auto failed = requireOwnedKey(call, &org, &key))
        return *failed;
    QJsonObject object;
    if (auto failed = parseJsonObject(call, &object))
        return *failed;
    if (auto unknown = unknownAttribute(object, {"desc"_L1, "roles"_L1}))
        return error(400, ErrorCodes::InvalidAttribute, u"Invalid attribute %1 specified."_s.arg(*unknown),
                     {*unknown});
    if (!object.contains("desc"_L1) && !object.contains("roles"_L1))
        return error(400, ErrorCodes::MissingAttribute,
                     u"At least one of desc and roles must be specified."_s, {u"desc"_s, u"roles"_s});
    if (object.contains("desc"_L1)) {
        if (auto failed = validateDescription(object.value("desc"_L1)))
            return *failed;
    }
    QStringList roles;
    if (object.contains("roles"_L1)) {
        if (auto failed = validateRoles(object.value("roles"_L1), RoleScope::Organization, &roles))
            return *failed;
    }
    if (object.contains("desc"_L1) && object.value("desc"_L1).toString() != key->key.desc) {
        key->key.desc = object.value("desc"_L1).toString();
        recordEvent(call, u"API_KEY_DESCRIPTION_CHANGED"_s, org->org.id, {}, key->key.publicKey);
    }
    if (object.contains("roles"_L1)) {
        // The organization roles are replaced as a whole; project roles stay.
        QList<RoleAssignment> kept;
        for (const auto &r : std::as_const(key->key.roles)) {
            if (!r.isOrgRole())
                kept.append(r);
        }
        QList<RoleAssignment> updated;
        for (const QString &role : std::as_const(roles))
            updated.append({role, org->org.id, {}});
        const QStringList before = key->key.orgRoleNames();
        if (QSet<QString>(roles.cbegin(), roles.cend()) != QSet<QString>(before.cbegin(), before.cend()))
            recordEvent(call, u"API_KEY_ROLES_CHANGED"_s, org->org.id, {}, key->key.publicKey);
        key->key.roles = updated + kept;
    }
    m_dirty = true;
    return entity(keyJson(*key, call), call);
}

ApiResponse ApiDispatcher::deleteOrgKey(Call &call)
{
    EmulatedOrg *org = nullptr;
    EmulatedKey *key = nullptr;
    if (auto failed = requireOwnedKey(call, &org, &key))
        return *failed;
    const QString id = key->key.id;
    recordEvent(call, u"ORG_API_KEY_DELETED"_s, org->org.id, {}, key->key.publicKey);
    m_data.keys.removeIf([&](const EmulatedKey &k) { return k.key.id == id; });
    m_dirty = true;
    return noContent(200);
}

namespace {
bool mayManageProjectKeys(const auto &caller, const QString &orgId, const QString &groupId)
{
    return caller.hasOrgRole(orgId, u"ORG_OWNER") || caller.hasProjectRole(groupId, u"GROUP_OWNER")
        || caller.hasProjectRole(groupId, u"GROUP_USER_ADMIN");
}
} // namespace

ApiResponse ApiDispatcher::listProjectKeys(Call &call)
{
    EmulatedOrg *org = nullptr;
    Project *project = nullptr;
    if (auto failed = requireProject(call, call.segments[1], &org, &project))
        return *failed;
    QJsonArray items;
    for (const auto &key : std::as_const(m_data.keys)) {
        if (key.orgId == org->org.id && !key.key.projectRoleNames(project->id).isEmpty())
            items.append(keyJson(key, call));
    }
    return page(items, call);
}

ApiResponse ApiDispatcher::createProjectKey(Call &call)
{
    EmulatedOrg *org = nullptr;
    Project *project = nullptr;
    if (auto failed = requireProject(call, call.segments[1], &org, &project))
        return *failed;
    if (!mayManageProjectKeys(call.caller, org->org.id, project->id))
        return error(401, ErrorCodes::UserUnauthorized,
                     u"Current user is not authorized to perform this action."_s);
    QString desc;
    QStringList roles;
    if (auto failed = parseNewKey(call, org->org.id, RoleScope::Project, &desc, &roles))
        return *failed;
    EmulatedKey &key = addKey(org->org.id, desc);
    // Like the web console, a key created from a project is an Organization Member of its organization.
    key.key.roles.append({u"ORG_MEMBER"_s, org->org.id, {}});
    for (const QString &role : std::as_const(roles))
        key.key.roles.append({role, {}, project->id});
    recordEvent(call, u"ORG_API_KEY_ADDED"_s, org->org.id, {}, key.key.publicKey);
    recordEvent(call, u"API_KEY_ADDED_TO_GROUP"_s, org->org.id, project->id, key.key.publicKey);
    return entity(keyJson(key, call, !m_options.projectCreateRedactsPrivateKey), call);
}

std::optional<ApiResponse> ApiDispatcher::requireProjectKeyChange(Call &call, EmulatedOrg **org,
                                                                  Project **project, EmulatedKey **key)
{
    if (auto failed = requireProject(call, call.segments[1], org, project))
        return failed;
    if (!mayManageProjectKeys(call.caller, (*org)->org.id, (*project)->id))
        return error(401, ErrorCodes::UserUnauthorized,
                     u"Current user is not authorized to perform this action."_s);
    return requireKey(call, (*org)->org.id, call.segments[3], key);
}

ApiResponse ApiDispatcher::assignProjectKey(Call &call)
{
    EmulatedOrg *org = nullptr;
    Project *project = nullptr;
    EmulatedKey *key = nullptr;
    if (auto failed = requireProjectKeyChange(call, &org, &project, &key))
        return *failed;
    QJsonObject object;
    if (auto failed = parseJsonObject(call, &object))
        return *failed;
    if (auto unknown = unknownAttribute(object, {"roles"_L1}))
        return error(400, ErrorCodes::InvalidAttribute, u"Invalid attribute %1 specified."_s.arg(*unknown),
                     {*unknown});
    QStringList roles;
    if (auto failed = validateRoles(object.value("roles"_L1), RoleScope::Project, &roles))
        return *failed;
    const bool wasAssigned = !key->key.projectRoleNames(project->id).isEmpty();
    recordEvent(call, wasAssigned ? u"API_KEY_ROLES_CHANGED"_s : u"API_KEY_ADDED_TO_GROUP"_s, org->org.id,
                project->id, key->key.publicKey);
    // "Any roles not in this array are removed."
    key->key.roles.removeIf([&](const RoleAssignment &r) { return r.groupId == project->id; });
    for (const QString &role : std::as_const(roles))
        key->key.roles.append({role, {}, project->id});
    m_dirty = true;
    return entity(keyJson(*key, call), call);
}

ApiResponse ApiDispatcher::unassignProjectKey(Call &call)
{
    EmulatedOrg *org = nullptr;
    Project *project = nullptr;
    EmulatedKey *key = nullptr;
    if (auto failed = requireProjectKeyChange(call, &org, &project, &key))
        return *failed;
    if (key->key.projectRoleNames(project->id).isEmpty())
        return error(400, ErrorCodes::ApiKeyNotFound,
                     u"No API Key with ID %1 exists in group %2."_s.arg(key->key.id, project->id),
                     {key->key.id});
    key->key.roles.removeIf([&](const RoleAssignment &r) { return r.groupId == project->id; });
    recordEvent(call, u"API_KEY_REMOVED_FROM_GROUP"_s, org->org.id, project->id, key->key.publicKey);
    m_dirty = true;
    return noContent(204);
}
