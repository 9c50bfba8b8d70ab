// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessListModel.h"

#include "DateText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

AccessListModel::AccessListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AccessListModel::setKey(const KeyRecord &key, const Notes &entryNotes)
{
    QList<Note> notes;
    for (const auto &e : key.accessList)
        notes.append(entryNotes.value(Note::entryKey(key.key.id, e.cidrBlock)));
    const bool sameShape = key.key.id == m_keyId && key.accessList.size() == m_entries.size()
        && std::equal(key.accessList.cbegin(), key.accessList.cend(), m_entries.cbegin(),
                      [](const AccessListEntry &a, const AccessListEntry &b) {
                          return a.cidrBlock == b.cidrBlock;
                      });
    m_state = key.accessListState;
    if (sameShape) { // the same entries: refresh usage and notes in place
        m_entries = key.accessList;
        m_notes = notes;
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel(); // another key, or entries added or removed
    m_keyId = key.key.id;
    m_entries = key.accessList;
    m_notes = notes;
    endResetModel();
}

void AccessListModel::clear()
{
    beginResetModel();
    m_keyId.clear();
    m_state = {};
    m_entries.clear();
    m_notes.clear();
    endResetModel();
}

const AccessListEntry *AccessListModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int AccessListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AccessListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessListEntry &e = m_entries.at(index.row());
    if (role == EntryKeyRole)
        return Note::entryKey(m_keyId, e.cidrBlock);
    if (role == BlockTextRole)
        return e.displayValue();
    if (role == Qt::ToolTipRole) // the whole text of what a narrow column elides
        return data(index, Qt::DisplayRole);
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && role != Qt::EditRole && !sort)
        return {};
    switch (Column(index.column())) {
    case AddressColumn:
        if (sort) { // numeric order: family, then network bytes, then prefix
            const IpBlock b = e.block();
            const Q_IPV6ADDR bytes = b.family() == IpBlock::Family::IPv4
                ? QHostAddress(u"::ffff:"_s + b.network().toString()).toIPv6Address()
                : b.network().toIPv6Address();
            return QString(
                QString::number(int(b.family()))
                + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes.c), 16).toHex())
                + QString::number(b.prefixLength()).rightJustified(3, u'0'));
        }
        return e.displayValue();
    case CreatedColumn:
        if (sort)
            return e.created.toSecsSinceEpoch();
        return e.created.isValid() ? DateText::shown(e.created) : QString();
    case LastUsedColumn:
        if (sort)
            return e.lastUsed.isValid() ? e.lastUsed.toSecsSinceEpoch() : qint64(-1);
        return e.lastUsed.isValid() ? DateText::shown(e.lastUsed) : tr("never");
    case LastUsedFromColumn:
        return e.lastUsedAddress;
    case RequestsColumn:
        return sort ? QVariant(e.count) : QVariant(QLocale().toString(e.count));
    case NoteColumn:
        return m_notes.at(index.row()).text;
    case ColumnCount:
        break;
    }
    return {};
}

bool AccessListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NoteColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Note &note = m_notes[index.row()];
    const QString text = value.toString().trimmed();
    if (note.text == text)
        return false;
    note.text = text;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit noteEdited(m_keyId, Note::entryKey(m_keyId, m_entries.at(index.row()).cidrBlock), note);
    return true;
}

Qt::ItemFlags AccessListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NoteColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AccessListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case AddressColumn:
        return tr("Address or CIDR");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used");
    case LastUsedFromColumn:
        return tr("Last used from");
    case RequestsColumn:
        return tr("Requests");
    case NoteColumn:
        return tr("Local note");
    case ColumnCount:
        break;
    }
    return {};
}
