// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Note.h"
#include "OrgSnapshot.h"

#include <QAbstractTableModel>

// One key's whitelist with usage and local notes; the note column is editable in place, and an edit is
// reported through noteEdited (the model does not store anything itself).
class AccessListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessListModel)
public:
    enum Column {
        AddressColumn,
        CreatedColumn,
        LastUsedColumn,
        LastUsedFromColumn,
        RequestsColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, EntryKeyRole, BlockTextRole };

    explicit AccessListModel(QObject *parent = nullptr);

    // entryNotes is keyed by Note::entryKey(keyId, cidrBlock).
    void setKey(const KeyRecord &key, const Notes &entryNotes);
    void clear();
    const AccessListEntry *entryAt(int row) const;
    QString keyId() const { return m_keyId; }
    bool isReadable() const { return m_state.readable; }
    QString notReadableReason() const { return m_state.reason; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void noteEdited(const QString &keyId, const QString &entryKey, const Note &note);

private:
    QString m_keyId;
    Readability m_state;
    QList<AccessListEntry> m_entries;
    QList<Note> m_notes;
};
