// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleList.h"

#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace {
// Rows a finger's breadth apart: at the default height of one text line, a click easily ticks the
// neighbour.
class RoomyDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize hint = QStyledItemDelegate::sizeHint(option, index);
        return {hint.width(), std::max(hint.height() + 8, option.fontMetrics.height() * 2)};
    }
};
} // namespace

RoleList::RoleList(QWidget *parent)
    : QListWidget(parent)
{
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setItemDelegate(new RoomyDelegate(this));
    // A highlighted row looked chosen whether ticked or not.
    setSelectionMode(QAbstractItemView::NoSelection);
    connect(this, &QListWidget::itemChanged, this, &RoleList::rolesChanged);
}

void RoleList::setRoles(RoleScope scope, ServerKind kind)
{
    const QSignalBlocker blocker(this);
    clear();
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
}

void RoleList::focusInEvent(QFocusEvent *event)
{
    const bool hadCurrent = currentIndex().isValid();
    QListWidget::focusInEvent(event);
    // Focus arriving by keyboard makes the first row current without showing it, so Space right after
    // Tab ticked the first role — Organization Owner. Nothing is current until an arrow moves to a role.
    if (!hadCurrent && selectionModel())
        selectionModel()->clearCurrentIndex();
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
