// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoleCatalogue.h"

#include <QListWidget>

// Checkable roles of one scope, each with its description; the server kind decides which are offered.
// Descriptions wrap at the list's width, and every row is tall enough to hit its box without aiming. A
// ticked box is the only thing that looks chosen (no row is drawn selected), and entering the list by
// keyboard makes no role current: Space ticks only a role an arrow moved to.
class RoleList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleList)
public:
    explicit RoleList(QWidget *parent = nullptr);

    // Fills the list with the roles of scope that a server of this kind knows (none checked).
    void setRoles(RoleScope scope, ServerKind kind);
    QStringList checkedRoles() const;
    void setCheckedRoles(const QStringList &roles);

signals:
    void rolesChanged();

protected:
    void focusInEvent(QFocusEvent *event) override;
};
