// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceAccountsModel.h"

#include "DateText.h"

using namespace Qt::StringLiterals;

ServiceAccountsModel::ServiceAccountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ServiceAccountsModel::setSnapshot(const OrgSnapshot &snapshot, const QDateTime &now)
{
    beginResetModel();
    m_accounts = snapshot.serviceAccounts;
    m_now = now;
    endResetModel();
}

const ServiceAccountRecord *ServiceAccountsModel::accountAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

int ServiceAccountsModel::rowOfAccount(const QString &clientId) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).account.clientId == clientId)
            return i;
    }
    return -1;
}

int ServiceAccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int ServiceAccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceAccountsModel::data(const QModelIndex &index, int role) const
{
    const ServiceAccountRecord *r = accountAt(index.row());
    if (!r)
        return {};
    const ServiceAccount &a = r->account;
    if (role == ClientIdRole)
        return a.clientId;
    const int live = a.liveSecrets(m_now);
    const QDateTime next = a.nextExpiry(m_now);
    const QDateTime used = a.lastUsed();
    if (role == SortRole) {
        switch (index.column()) {
        case SecretsColumn:
            return next.isValid() ? next.toMSecsSinceEpoch() : qint64(0);
        case LastUsedColumn:
            return used.isValid() ? used.toMSecsSinceEpoch() : qint64(0);
        case EntriesColumn:
            return int(r->accessList.size());
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return role == Qt::ToolTipRole && !a.description.isEmpty() ? a.name + u" — "_s + a.description
                                                                   : a.name;
    case ClientIdColumn:
        return a.clientId;
    case RolesColumn:
        return a.roles.join(u", "_s);
    case SecretsColumn:
        if (live == 0)
            return a.secrets.isEmpty() ? tr("no secret") : tr("every secret expired");
        return tr("%n live, next expires %1", nullptr, live).arg(DateText::shown(next));
    case LastUsedColumn:
        return used.isValid() ? DateText::shown(used) : tr("never");
    case EntriesColumn:
        return r->accessListState.readable ? QVariant(int(r->accessList.size()))
                                           : QVariant(tr("not readable"));
    }
    return {};
}

QVariant ServiceAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ClientIdColumn:
        return tr("Client ID");
    case RolesColumn:
        return tr("Roles");
    case SecretsColumn:
        return tr("Secrets");
    case LastUsedColumn:
        return tr("Last used");
    case EntriesColumn:
        return tr("Access list");
    }
    return {};
}
