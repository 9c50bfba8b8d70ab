// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Filters the keys table by free text (description, public key, key ID, addresses, notes) and by an
// organization role; sorts by raw values.
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
    QString m_role;
};
