// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Root, organizations, projects, users and the organization settings.
#include "ApiDispatcher.h"

#include "JsonMapping.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

ApiResponse ApiDispatcher::root(Call &call)
{
    const QString name = m_options.isAtlas() ? u"MongoDB Atlas"_s
        : m_options.hasServiceAccounts()     ? u"MongoDB Cloud Manager"_s
                                             : u"MongoDB Ops Manager"_s;
    return entity(
        QJsonObject{{"appName"_L1, name},
                    {"build"_L1, u"3a1c7e5f0b9d2468ace13579bdf02468ace13579"_s},
                    {"links"_L1, selfLinks(call.baseUrl + QString::fromLatin1(m_options.apiPrefix()))},
                    {"throttling"_L1, false}},
        call);
}

std::optional<ApiResponse> ApiDispatcher::requireOrg(Call &call, const QString &orgId, EmulatedOrg **org)
{
    if (!isObjectId(orgId))
        return error(404, ErrorCodes::InvalidOrgId,
                     u"An invalid organization ID %1 was specified."_s.arg(orgId), {orgId});
    *org = m_data.findOrg(orgId);
    if (!*org)
        return error(404, ErrorCodes::OrgNotFound, u"No organization with ID %1 exists."_s.arg(orgId),
                     {orgId});
    if (!call.caller.inOrg(orgId))
        return error(401, ErrorCodes::UserCannotAccessOrg,
                     u"The current user cannot access organization %1."_s.arg(orgId), {orgId});
    return std::nullopt;
}

std::optional<ApiResponse> ApiDispatcher::requireOrgOwner(Call &call, const QString &orgId)
{
    if (!call.caller.hasOrgRole(orgId, u"ORG_OWNER"))
        return error(401, ErrorCodes::UserUnauthorized,
                     u"Current user is not authorized to perform this action."_s);
    return std::nullopt;
}

std::optional<ApiResponse> ApiDispatcher::requireProject(Call &call, const QString &groupId,
                                                         EmulatedOrg **org, Project **project)
{
    if (!isObjectId(groupId))
        return error(404, ErrorCodes::InvalidGroupId, u"An invalid group ID %1 was specified."_s.arg(groupId),
                     {groupId});
    std::tie(*org, *project) = m_data.findProject(groupId);
    if (!*project)
        return error(404, ErrorCodes::GroupNotFound, u"No group with ID %1 exists."_s.arg(groupId),
                     {groupId});
    if (!call.caller.inOrg((*org)->org.id) && !call.caller.hasProjectRole(groupId, u"GROUP_READ_ONLY")
        && !call.caller.hasProjectRole(groupId, u"GROUP_OWNER"))
        return error(401, ErrorCodes::UserCannotAccessGroup,
                     u"The current user cannot access group %1."_s.arg(groupId), {groupId});
    return std::nullopt;
}

std::optional<ApiResponse> ApiDispatcher::parseJsonBody(const Call &call, QJsonValue *value)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(call.request->body, &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.isNull())
        return error(400, ErrorCodes::InvalidJson, u"Received JSON is malformed."_s);
    *value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return std::nullopt;
}

std::optional<ApiResponse> ApiDispatcher::parseJsonObject(const Call &call, QJsonObject *object)
{
    QJsonValue body;
    if (auto failed = parseJsonBody(call, &body))
        return failed;
    if (!body.isObject())
        return error(400, ErrorCodes::InvalidJson, u"Received JSON is malformed."_s);
    *object = body.toObject();
    return std::nullopt;
}

ApiResponse ApiDispatcher::listOrgs(Call &call)
{
    const QString nameFilter = call.query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
    QJsonArray items;
    for (const auto &org : std::as_const(m_data.orgs)) {
        if (!call.caller.inOrg(org.org.id))
            continue;
        if (!nameFilter.isEmpty() && org.org.name.compare(nameFilter, Qt::CaseInsensitive) != 0)
            continue;
        items.append(orgJson(org, call));
    }
    return page(items, call);
}

ApiResponse ApiDispatcher::getOrg(Call &call)
{
    EmulatedOrg *org = nullptr;
    if (auto failed = requireOrg(call, call.segments[1], &org))
        return *failed;
    return entity(orgJson(*org, call), call);
}

ApiResponse ApiDispatcher::listProjects(Call &call)
{
    EmulatedOrg *org = nullptr;
    if (auto failed = requireOrg(call, call.segments[1], &org))
        return *failed;
    const QString nameFilter = call.query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
    QJsonArray items;
    for (const auto &project : std::as_const(org->projects)) {
        if (nameFilter.isEmpty() || project.name.startsWith(nameFilter, Qt::CaseInsensitive))
            items.append(projectJson(project, call));
    }
    return page(items, call);
}

ApiResponse ApiDispatcher::getProject(Call &call)
{
    EmulatedOrg *org = nullptr;
    Project *project = nullptr;
    if (auto failed = requireProject(call, call.segments[1], &org, &project))
        return *failed;
    return entity(projectJson(*project, call), call);
}

ApiResponse ApiDispatcher::getOrgSettings(Call &call)
{
    EmulatedOrg *org = nullptr;
    if (auto failed = requireOrg(call, call.segments[1], &org))
        return *failed;
    if (m_options.isAtlas())
        return entity(atlasSettingsJson(*org), call);
    return entity(QJsonObject{{"apiAccessListRequired"_L1, org->apiAccessListRequired}}, call);
}

ApiResponse ApiDispatcher::patchOrgSettings(Call &call)
{
    EmulatedOrg *org = nullptr;
    if (auto failed = requireOrg(call, call.segments[1], &org))
        return *failed;
    if (auto failed = requireOrgOwner(call, org->org.id))
        return *failed;
    QJsonObject object;
    if (auto failed = parseJsonObject(call, &object))
        return *failed;
    if (m_options.isAtlas()) {
        if (auto failed = patchAtlasSettings(call, org, object))
            return *failed;
        return entity(atlasSettingsJson(*org), call);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != "apiAccessListRequired"_L1)
            return error(400, ErrorCodes::InvalidAttribute,
                         u"Invalid attribute %1 specified."_s.arg(it.key()), {it.key()});
    }
    if (object.contains("apiAccessListRequired"_L1)) {
        const QJsonValue value = object.value("apiAccessListRequired"_L1);
        if (!value.isBool())
            return error(400, ErrorCodes::InvalidAttribute,
                         u"Invalid attribute apiAccessListRequired specified: expected true or false."_s,
                         {u"apiAccessListRequired"_s});
        if (org->apiAccessListRequired != value.toBool())
            recordEvent(call,
                        eventName(value.toBool() ? "ORG_PUBLIC_API_ACCESS_LIST_REQUIRED"_L1
                                                 : "ORG_PUBLIC_API_ACCESS_LIST_NOT_REQUIRED"_L1),
                        org->org.id);
        org->apiAccessListRequired = value.toBool();
        m_dirty = true;
    }
    return entity(QJsonObject{{"apiAccessListRequired"_L1, org->apiAccessListRequired}}, call);
}

std::optional<ApiResponse> ApiDispatcher::requireUserSelf(Call &call, const QString &userId,
                                                          EmulatedUser **user)
{
    *user = m_data.findUser(userId);
    if (!*user)
        return error(404, ErrorCodes::UserNotFound, u"No user with ID %1 exists."_s.arg(userId), {userId});
    if (call.caller.user != *user)
        return error(401, ErrorCodes::userListAccessDenied(naming()),
                     u"Cannot retrieve %1 for user %2, which is not currently logged in."_s.arg(
                         naming() == ErrorCodes::Naming::Whitelist ? u"whitelist"_s : u"access list"_s,
                         (*user)->username),
                     {(*user)->username});
    return std::nullopt;
}

namespace {
QJsonObject userJson(const EmulatedUser &user)
{
    QJsonArray roles;
    for (const auto &r : user.roles)
        roles.append(Json::toJson(r));
    return {{"id"_L1, user.id},
            {"username"_L1, user.username},
            {"emailAddress"_L1, user.username},
            {"roles"_L1, roles},
            {"teamIds"_L1, QJsonArray()}};
}
} // namespace

ApiResponse ApiDispatcher::listOrgUsers(Call &call)
{
    EmulatedOrg *org = nullptr;
    if (auto failed = requireOrg(call, call.segments[1], &org))
        return *failed;
    QJsonArray items;
    for (const EmulatedUser &user : std::as_const(m_data.users)) {
        if (std::any_of(user.roles.begin(), user.roles.end(),
                        [&](const RoleAssignment &r) { return r.orgId == org->org.id; }))
            items.append(userJson(user));
    }
    return page(items, call);
}

ApiResponse ApiDispatcher::getUser(Call &call)
{
    const EmulatedUser *user = m_data.findUser(call.segments[1]);
    if (!user)
        return error(404, ErrorCodes::UserNotFound, u"No user with ID %1 exists."_s.arg(call.segments[1]),
                     {call.segments[1]});
    return entity(userJson(*user), call);
}

ApiResponse ApiDispatcher::getUserByName(Call &call)
{
    const EmulatedUser *user = m_data.findUserByName(call.segments[2]);
    if (!user)
        return error(404, ErrorCodes::UserNotFound,
                     u"No user with username %1 exists."_s.arg(call.segments[2]), {call.segments[2]});
    return entity(userJson(*user), call);
}
