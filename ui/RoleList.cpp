// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleList.h"

using namespace Qt::StringLiterals;

RoleList::RoleList(RoleScope scope, ServerKind kind, QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"rolesListWidget"_s);
    setAccessibleName(scope == RoleScope::Organization ? tr("Organization roles") : tr("Project roles"));
    for (const RoleInfo &role : RoleCatalogue::forScope(scope, kind)) {
        auto *item = new QListWidgetItem(RoleCatalogue::displayName(role.apiName()) + u" — "_s
                                             + RoleCatalogue::description(role.apiName()),
                                         this);
        item->setData(Qt::UserRole, role.apiName());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(role.apiName());
    }
    connect(this, &QListWidget::itemChanged, this, &RoleList::rolesChanged);
}

QStringList RoleList::checkedRoles() const
{
    QStringList roles;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            roles.append(item(i)->data(Qt::UserRole).toString());
    }
    return roles;
}

void RoleList::setCheckedRoles(const QStringList &roles)
{
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(roles.contains(item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                      : Qt::Unchecked);
}
