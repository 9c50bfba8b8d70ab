// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QSortFilterProxyModel>

// Filters the keys table by free text (description, public key, key ID, addresses, notes) and by a role;
// sorts by raw values. A word that is an IP address also finds the keys whose whitelist covers it
// ("203.0.113.42" finds a key with 203.0.113.0/24).
class ApiKeysFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeysFilterModel)
public:
    explicit ApiKeysFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setRoleName(const QString &roleName); // empty: every role

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QList<QHostAddress> m_addresses; // per word: the address it is, or null
    QString m_role;
};
