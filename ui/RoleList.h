// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoleCatalogue.h"

#include <QListWidget>

// Checkable roles of one scope, each with its description; the server kind decides which are offered.
class RoleList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleList)
public:
    RoleList(RoleScope scope, ServerKind kind, QWidget *parent = nullptr);

    QStringList checkedRoles() const;
    void setCheckedRoles(const QStringList &roles);

signals:
    void rolesChanged();
};
