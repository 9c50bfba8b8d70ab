// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextModel.h"

ContextModel::ContextModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ContextModel::setOrganization(const Organization &org, const QList<Project> &projects)
{
    int row = -1;
    for (int i = 0; i < m_orgs.size(); ++i) {
        if (m_orgs[i].org.id == org.id)
            row = i;
    }
    if (row < 0) {
        // Ops Manager's instance first, then the organizations sorted by name.
        const bool hasInstance = !m_orgs.isEmpty() && Instance::is(m_orgs.first().org.id);
        row = Instance::is(org.id)
            ? 0
            : int(std::lower_bound(m_orgs.cbegin() + (hasInstance ? 1 : 0), m_orgs.cend(), org.name,
                                   [](const Entry &e, const QString &name) {
                                       return e.org.name.localeAwareCompare(name) < 0;
                                   })
                  - m_orgs.cbegin());
        beginInsertRows({}, row, row);
        m_orgs.insert(row, {org, {}});
        endInsertRows();
    } else if (!(m_orgs[row].org == org)) {
        m_orgs[row].org = org;
        emit dataChanged(index(row, 0), index(row, 0));
    }
    Entry &entry = m_orgs[row];
    const QModelIndex parentIndex = index(row, 0);
    if (entry.projects == projects)
        return;
    if (!entry.projects.isEmpty()) {
        beginRemoveRows(parentIndex, 0, int(entry.projects.size()) - 1);
        entry.projects.clear();
        endRemoveRows();
    }
    if (!projects.isEmpty()) {
        QList<Project> sorted = projects;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Project &a, const Project &b) { return a.name.localeAwareCompare(b.name) < 0; });
        beginInsertRows(parentIndex, 0, int(sorted.size()) - 1);
        entry.projects = sorted;
        endInsertRows();
    }
}

void ContextModel::removeOrganization(const QString &orgId)
{
    for (int i = 0; i < m_orgs.size(); ++i) {
        if (m_orgs[i].org.id == orgId) {
            beginRemoveRows({}, i, i);
            m_orgs.removeAt(i);
            endRemoveRows();
            return;
        }
    }
}

void ContextModel::clear()
{
    beginResetModel();
    m_orgs.clear();
    endResetModel();
}

QModelIndex ContextModel::indexOfOrganization(const QString &orgId) const
{
    for (int i = 0; i < m_orgs.size(); ++i) {
        if (m_orgs[i].org.id == orgId)
            return index(i, 0);
    }
    return {};
}

QModelIndex ContextModel::indexOfProject(const QString &orgId, const QString &projectId) const
{
    const QModelIndex org = indexOfOrganization(orgId);
    if (!org.isValid())
        return {};
    const auto &projects = m_orgs[org.row()].projects;
    for (int i = 0; i < projects.size(); ++i) {
        if (projects[i].id == projectId)
            return index(i, 0, org);
    }
    return {};
}

QModelIndex ContextModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_orgs.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_orgs.size())
        return {};
    return row < m_orgs[parent.row()].projects.size() ? createIndex(row, 0, quintptr(parent.row() + 1))
                                                      : QModelIndex();
}

QModelIndex ContextModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ContextModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_orgs.size());
    if (parent.internalId() == 0 && parent.column() == 0 && parent.row() < m_orgs.size())
        return int(m_orgs[parent.row()].projects.size());
    return 0;
}

int ContextModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ContextModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isOrg = index.internalId() == 0;
    const Entry &entry = m_orgs.at(isOrg ? index.row() : int(index.internalId() - 1));
    const bool instance = isOrg && Instance::is(entry.org.id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return instance ? tr("Ops Manager instance")
            : isOrg     ? entry.org.name
                        : entry.projects.at(index.row()).name;
    case Qt::ToolTipRole:
        if (instance)
            return tr("The whole Ops Manager instance: its global API keys and its global access list");
        return isOrg ? tr("Organization %1").arg(entry.org.id)
                     : tr("Project %1").arg(entry.projects.at(index.row()).id);
    case OrgIdRole:
        return entry.org.id;
    case ProjectIdRole:
        return isOrg ? QString() : entry.projects.at(index.row()).id;
    case KindRole:
        return int(instance ? Kind::Instance : isOrg ? Kind::Organization : Kind::Project);
    default:
        return {};
    }
}
