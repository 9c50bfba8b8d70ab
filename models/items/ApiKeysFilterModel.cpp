// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeysFilterModel.h"

#include "ApiKeysModel.h"
#include "IpBlock.h"

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
    m_addresses.clear();
    for (const QString &word : words) {
        const IpParseResult parsed = IpBlock::parse(word);
        m_addresses.append(parsed.ok() && parsed.block->isSingleAddress() ? parsed.block->network()
                                                                          : QHostAddress());
    }
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
    if (!m_role.isEmpty() && !index.data(ApiKeysModel::RolesRole).toStringList().contains(m_role))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(ApiKeysModel::SearchTextRole).toString();
    const auto *keys = qobject_cast<const ApiKeysModel *>(sourceModel());
    const KeyRecord *key = keys ? keys->keyAt(sourceRow) : nullptr;
    const auto covered = [key](const QHostAddress &address) {
        return key && !address.isNull()
            && std::any_of(key->accessList.cbegin(), key->accessList.cend(),
                           [&](const AccessListEntry &e) { return e.block().contains(address); });
    };
    for (int i = 0; i < m_words.size(); ++i) {
        if (!text.contains(m_words[i]) && !covered(m_addresses[i]))
            return false;
    }
    return true;
}
