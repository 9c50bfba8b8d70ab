// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessPolicy.h"

#include "RoleCatalogue.h"

#include <algorithm>

bool AccessPolicy::hasGlobalRole(const QString &roleName) const
{
    return m_caller
        && std::any_of(m_caller->roles.cbegin(), m_caller->roles.cend(), [&](const RoleAssignment &r) {
               return r.isGlobalRole() && (roleName.isEmpty() || r.roleName == roleName);
           });
}

bool AccessPolicy::mayChangeOrganization(const QString &orgId) const
{
    // A Global Owner owns every organization of the instance (and the instance itself).
    if (hasGlobalRole(Role::GlobalOwner))
        return true;
    return m_caller
        && std::any_of(m_caller->roles.cbegin(), m_caller->roles.cend(), [&](const RoleAssignment &r) {
               return r.orgId == orgId && r.roleName == Role::OrgOwner;
           });
}

bool AccessPolicy::mayManageProjectKeys(const QString &orgId, const QString &projectId) const
{
    if (mayChangeOrganization(orgId))
        return true;
    if (!m_caller || projectId.isEmpty())
        return false;
    const QStringList roles = m_caller->projectRoleNames(projectId);
    return roles.contains(Role::ProjectOwner) || roles.contains(Role::ProjectUserAdmin);
}

bool AccessPolicy::mayChangeWhitelistOf(const QString &orgId, const QString &keyId) const
{
    return mayChangeOrganization(orgId) || isCaller(keyId);
}

bool AccessPolicy::mayChangeInstance() const
{
    return hasGlobalRole(Role::GlobalOwner);
}
