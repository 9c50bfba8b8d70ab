// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleCatalogue.h"

const QList<RoleInfo> &RoleCatalogue::all()
{
    static const QList<RoleInfo> roles = {
        {"ORG_OWNER", RoleScope::Organization, true, true,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Organization Owner"),
         QT_TRANSLATE_NOOP("RoleCatalogue",
                           "Full control of the organization, its settings, API keys and projects.")},
        {"ORG_MEMBER", RoleScope::Organization, true, true,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Organization Member"),
         QT_TRANSLATE_NOOP("RoleCatalogue",
                           "Reads the organization and the projects it is given access to.")},
        {"ORG_GROUP_CREATOR", RoleScope::Organization, true, true,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Organization Project Creator"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Creates projects in the organization.")},
        {"ORG_READ_ONLY", RoleScope::Organization, true, true,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Organization Read Only"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Reads everything in the organization; changes nothing.")},
        {"ORG_BILLING_ADMIN", RoleScope::Organization, false, true,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Organization Billing Admin"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Manages billing (Cloud Manager only).")},
        {"ORG_BILLING_READ_ONLY", RoleScope::Organization, false, true,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Organization Billing Viewer"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Reads billing information (Cloud Manager only).")},
        {"GROUP_OWNER", RoleScope::Project, true, true, QT_TRANSLATE_NOOP("RoleCatalogue", "Project Owner"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Full control of the project.")},
        {"GROUP_READ_ONLY", RoleScope::Project, true, true,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Project Read Only"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Reads the project; changes nothing.")},
        {"GROUP_AUTOMATION_ADMIN", RoleScope::Project, true, true,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Project Automation Admin"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Manages deployments through Automation.")},
        {"GROUP_BACKUP_ADMIN", RoleScope::Project, true, true,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Project Backup Admin"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Manages backups and restores.")},
        {"GROUP_MONITORING_ADMIN", RoleScope::Project, true, true,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Project Monitoring Admin"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Manages monitoring, alerts and host settings.")},
        {"GROUP_USER_ADMIN", RoleScope::Project, true, true,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Project User Admin"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Manages the project's users and teams.")},
        {"GROUP_DATA_ACCESS_ADMIN", RoleScope::Project, true, true,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Project Data Access Admin"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Manages indexes and reads and writes data.")},
        {"GROUP_DATA_ACCESS_READ_WRITE", RoleScope::Project, true, true,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Project Data Access Read/Write"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Reads and writes data.")},
        {"GROUP_DATA_ACCESS_READ_ONLY", RoleScope::Project, true, true,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Project Data Access Read Only"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Reads data.")},
        {"GROUP_CHARTS_ADMIN", RoleScope::Project, true, true,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Project Charts Admin"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Manages Charts (older servers).")},
        {"GROUP_BILLING_ADMIN", RoleScope::Project, false, true,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Project Billing Admin"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Manages the project's billing (Cloud Manager only).")},
        // Ops Manager's global roles (api-events-accounts.md §2; the docs say "accepted by default include",
        // so the server may accept more: an unknown GLOBAL_ role is shown by its name).
        {"GLOBAL_OWNER", RoleScope::Global, true, false, QT_TRANSLATE_NOOP("RoleCatalogue", "Global Owner"),
         QT_TRANSLATE_NOOP(
             "RoleCatalogue",
             "Full control of the whole Ops Manager instance, every organization and project.")},
        {"GLOBAL_READ_ONLY", RoleScope::Global, true, false,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Global Read Only"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Reads every organization and project of the instance.")},
        {"GLOBAL_USER_ADMIN", RoleScope::Global, true, false,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Global User Admin"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Manages the users of the whole instance.")},
        {"GLOBAL_AUTOMATION_ADMIN", RoleScope::Global, true, false,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Global Automation Admin"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Manages deployments through Automation in every project.")},
        {"GLOBAL_BACKUP_ADMIN", RoleScope::Global, true, false,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Global Backup Admin"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Manages backups and restores in every project.")},
        {"GLOBAL_MONITORING_ADMIN", RoleScope::Global, true, false,
         QT_TRANSLATE_NOOP("RoleCatalogue", "Global Monitoring Admin"),
         QT_TRANSLATE_NOOP("RoleCatalogue", "Manages monitoring and alerts in every project.")},
    };
    return roles;
}

const RoleInfo *RoleCatalogue::find(QStringView name)
{
    for (const auto &role : all()) {
        if (name == QLatin1StringView(role.name))
            return &role;
    }
    return nullptr;
}

QList<RoleInfo> RoleCatalogue::forScope(RoleScope scope, ServerKind kind)
{
    QList<RoleInfo> result;
    for (const auto &role : all()) {
        if (role.scope == scope && role.acceptedBy(kind))
            result.append(role);
    }
    return result;
}

QString RoleCatalogue::displayName(QStringView name)
{
    const RoleInfo *role = find(name);
    return role ? tr(role->displayName) : name.toString();
}

QString RoleCatalogue::description(QStringView name)
{
    const RoleInfo *role = find(name);
    return role ? tr(role->description) : QString();
}

bool RoleCatalogue::isBillingRole(QStringView name)
{
    return name.contains(u"BILLING");
}
