// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeysModel.h"

#include "DateText.h"

#include <QSet>

#include "RoleCatalogue.h"

#include <QLocale>

using namespace Qt::StringLiterals;

ApiKeysModel::ApiKeysModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QDateTime ApiKeysModel::lastUsed(const KeyRecord &key)
{
    return key.lastUsed();
}

void ApiKeysModel::setSnapshot(const OrgSnapshot &snapshot, const Notes &keyNotes, const QString &projectId,
                               const Rotations &rotations)
{
    QHash<QString, QString> rotating; // key ID -> what its row says
    for (const Rotation &r : rotations) {
        rotating.insert(r.oldKeyId, tr("rotating → %1").arg(r.plan.description));
        if (!r.newKeyId.isEmpty())
            rotating.insert(r.newKeyId, tr("new key of a rotation of %1").arg(r.oldPublicKey));
    }
    if (projectId != m_projectId) { // other roles, another header: all new
        beginResetModel();
        m_rows.clear();
        m_projectId = projectId;
        endResetModel();
        emit headerDataChanged(Qt::Horizontal, RolesColumn, RolesColumn);
    }
    QList<Row> incoming;
    incoming.reserve(snapshot.keys.size());
    for (const KeyRecord &k : snapshot.keys) {
        if (projectId.isEmpty() || !k.key.projectRoleNames(projectId).isEmpty())
            incoming.append({k, keyNotes.value(k.key.id), rotating.value(k.key.id)});
    }
    // Rows are updated in place (removed, inserted, moved, changed), so that selection and scroll position
    // stay; keys at the same position, the usual case after a sync or a change, cost one comparison.
    if (m_rows.isEmpty() || incoming.isEmpty()) { // all new, or all gone: one reset, not a signal per row
        if (m_rows.isEmpty() && incoming.isEmpty())
            return;
        beginResetModel();
        m_rows = std::move(incoming);
        endResetModel();
        return;
    }
    QSet<QString> incomingIds;
    incomingIds.reserve(incoming.size());
    for (const Row &r : std::as_const(incoming))
        incomingIds.insert(r.record.key.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) { // from the bottom, so rows stay valid
        if (!incomingIds.contains(m_rows[i].record.key.id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < incoming.size(); ++i) {
        const QString &id = incoming[i].record.key.id;
        const int existing = i < m_rows.size() && m_rows[i].record.key.id == id ? i : rowOfKey(id);
        if (existing < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, std::move(incoming[i]));
            endInsertRows();
            continue;
        }
        if (existing > i) { // an order change: move it up
            beginMoveRows({}, existing, existing, {}, i);
            m_rows.move(existing, i);
            endMoveRows();
        }
        if (!(m_rows[i] == incoming[i])) {
            m_rows[i] = std::move(incoming[i]);
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

void ApiKeysModel::setState(const OrgStatePtr &state, const QString &projectId)
{
    if (!state)
        return setSnapshot({}, {}, projectId);
    setSnapshot(state->snapshot, state->keyNotes, projectId, state->rotations);
}

const KeyRecord *ApiKeysModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].record : nullptr;
}

int ApiKeysModel::rowOfKey(const QString &keyId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].record.key.id == keyId)
            return i;
    }
    return -1;
}

int ApiKeysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApiKeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const KeyRecord &k = row.record;
    switch (role) {
    case KeyIdRole:
        return k.key.id;
    case RolesRole:
        return m_projectId.isEmpty() ? k.key.orgRoleNames() : k.key.projectRoleNames(m_projectId);
    case SearchTextRole: {
        QStringList parts{k.key.desc,    k.key.publicKey, k.key.id,
                          row.note.text, row.note.owner,  row.note.ticket};
        for (const auto &e : k.accessList)
            parts.append(e.displayValue());
        return parts.join(u'\n').toLower();
    }
    case Qt::ToolTipRole:
        if (index.column() == EntriesColumn && !k.accessListState.readable)
            return k.accessListState.reason;
        if (index.column() == NoteColumn && !row.note.isEmpty())
            return tr("Owner: %1\nTicket: %2\n%3").arg(row.note.owner, row.note.ticket, row.note.text);
        // The whole text of what a narrow column elides.
        if (index.column() != EntriesColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case DescriptionColumn:
        return sort || row.rotation.isEmpty() ? k.key.desc : k.key.desc + u"  ⟳ "_s + row.rotation;
    case PublicKeyColumn:
        return k.key.publicKey;
    case KeyIdColumn:
        return k.key.id;
    case RolesColumn: {
        QStringList names;
        for (const QString &r : data(index, RolesRole).toStringList())
            names.append(sort ? r : RoleCatalogue::displayName(r));
        return names.join(u", "_s);
    }
    case EntriesColumn:
        if (!k.accessListState.readable)
            return sort ? QVariant(-1) : QVariant(tr("not readable"));
        return sort ? QVariant(int(k.accessList.size())) : QVariant(QString::number(k.accessList.size()));
    case LastUsedColumn: {
        const QDateTime used = lastUsed(k);
        if (sort)
            return used.isValid() ? used.toSecsSinceEpoch() : qint64(-1);
        if (!k.accessListState.readable)
            return tr("unknown");
        return used.isValid() ? DateText::shown(used) : tr("never");
    }
    case NoteColumn:
        return row.note.text.isEmpty() ? row.note.ticket : row.note.text;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ApiKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DescriptionColumn:
        return tr("Description");
    case PublicKeyColumn:
        return tr("Public key");
    case KeyIdColumn:
        return tr("Key ID");
    case RolesColumn:
        return m_projectId.isEmpty() ? tr("Organization roles") : tr("Project roles");
    case EntriesColumn:
        return tr("Whitelist");
    case LastUsedColumn:
        return tr("Last used");
    case NoteColumn:
        return tr("Local note");
    case ColumnCount:
        break;
    }
    return {};
}
