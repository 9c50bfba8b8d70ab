// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Global roles are Ops Manager's instance-wide roles of global API keys and users (GLOBAL_*).
enum class RoleScope { Organization, Project, Global };
enum class ServerKind { OpsManager, CloudManager };

struct RoleInfo
{
    const char *name; // the API's role name, e.g. ORG_OWNER
    RoleScope scope;
    bool opsManager; // accepted by Ops Manager
    bool cloudManager; // accepted by Cloud Manager
    const char *displayName; // untranslated; see RoleCatalogue::displayName()
    const char *description; // untranslated; see RoleCatalogue::description()

    QString apiName() const { return QString::fromLatin1(name); }
    bool acceptedBy(ServerKind kind) const
    {
        return kind == ServerKind::OpsManager ? opsManager : cloudManager;
    }
};

// The role names the console's own decisions depend on (AccessPolicy); every other use goes through
// the catalogue below.
namespace Role {
inline const QString OrgOwner = QStringLiteral("ORG_OWNER");
inline const QString ProjectOwner = QStringLiteral("GROUP_OWNER");
inline const QString ProjectUserAdmin = QStringLiteral("GROUP_USER_ADMIN");
inline const QString GlobalOwner = QStringLiteral("GLOBAL_OWNER");
inline const QString GlobalPrefix = QStringLiteral("GLOBAL_");
} // namespace Role

// The organization, project and global role names of Ops Manager and Cloud Manager (models/api/README.md),
// with their display names in the web console's words.
class RoleCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(RoleCatalogue)
public:
    static const QList<RoleInfo> &all();
    static const RoleInfo *find(QStringView name);
    static QList<RoleInfo> forScope(RoleScope scope, ServerKind kind);
    // The translated display name, or the raw name for a role this catalogue does not know.
    static QString displayName(QStringView name);
    static QString description(QStringView name);
    static bool isBillingRole(QStringView name);
};
