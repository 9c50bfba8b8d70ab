// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Organization.h"

#include <QAbstractItemModel>

// The context picker's tree: Ops Manager's instance (its global keys, when the connection may read them) on
// top, then the organizations, and under each its projects.
class ContextModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextModel)
public:
    enum Role { OrgIdRole = Qt::UserRole + 1, ProjectIdRole, KindRole };
    enum class Kind { Organization, Project, Instance };

    explicit ContextModel(QObject *parent = nullptr);

    // Replaces one organization's entry (adds it when new), keeping the others and the tree's state.
    void setOrganization(const Organization &org, const QList<Project> &projects);
    void removeOrganization(const QString &orgId);
    void clear();
    QModelIndex indexOfOrganization(const QString &orgId) const;
    QModelIndex indexOfProject(const QString &orgId, const QString &projectId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        Organization org;
        QList<Project> projects;
    };
    // Internal ids: 0 for an organization row, org index + 1 for its project rows.
    QList<Entry> m_orgs;
};
