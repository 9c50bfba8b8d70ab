// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeysFilterModel.h"

#include "ApiKeysModel.h"

ApiKeysFilterModel::ApiKeysFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ApiKeysModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ApiKeysFilterModel::setText(const QString &text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void ApiKeysFilterModel::setRoleName(const QString &roleName)
{
    if (roleName == m_role)
        return;
    m_role = roleName;
    invalidateRowsFilter();
}

bool ApiKeysFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_role.isEmpty() && !index.data(ApiKeysModel::OrgRolesRole).toStringList().contains(m_role))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(ApiKeysModel::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &w) { return text.contains(w); });
}
