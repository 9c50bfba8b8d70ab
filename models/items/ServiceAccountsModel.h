// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgSnapshot.h"

#include <QAbstractTableModel>
#include <QDateTime>

// The organization's service accounts as the Service accounts page lists them: name, client ID, roles,
// their secrets at a glance (how many live, the next to expire), the newest use of any secret, and the
// size of the account's access list. Replaced whole from each snapshot (accounts are few).
class ServiceAccountsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceAccountsModel)
public:
    enum Column {
        NameColumn,
        ClientIdColumn,
        RolesColumn,
        SecretsColumn,
        LastUsedColumn,
        EntriesColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        ClientIdRole,
    };

    explicit ServiceAccountsModel(QObject *parent = nullptr);

    // now: what "expires in" and "expired" are measured against.
    void setSnapshot(const OrgSnapshot &snapshot, const QDateTime &now);
    const ServiceAccountRecord *accountAt(int row) const;
    int rowOfAccount(const QString &clientId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ServiceAccountRecord> m_accounts;
    QDateTime m_now;
};
