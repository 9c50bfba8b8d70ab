// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Note.h"
#include "OrgState.h"

#include <QAbstractTableModel>

// The organization's API keys as the keys page shows them. Updated in place from each new snapshot:
// changed rows emit dataChanged, new and removed keys are bracketed inserts and removes, never a reset.
class ApiKeysModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeysModel)
public:
    enum Column {
        DescriptionColumn,
        PublicKeyColumn,
        KeyIdColumn,
        RolesColumn,
        EntriesColumn,
        LastUsedColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values for sorting
        KeyIdRole,
        SearchTextRole, // description, public key, id and every address, lower case
        RolesRole, // QStringList of the API role names shown: the organization's, or the project's
    };

    explicit ApiKeysModel(QObject *parent = nullptr);

    // The keys of an organization (only those assigned to projectId, when given), with their notes.
    // A key being rotated says so after its description ("rotating → <the new key's>"), and so does its new
    // key ("new key of a rotation of <the old one's>").
    void setSnapshot(const OrgSnapshot &snapshot, const Notes &keyNotes, const QString &projectId = {},
                     const Rotations &rotations = {});
    void setState(const OrgStatePtr &state, const QString &projectId = {});
    const KeyRecord *keyAt(int row) const;
    int rowOfKey(const QString &keyId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QDateTime lastUsed(const KeyRecord &key);

private:
    struct Row
    {
        KeyRecord record;
        Note note;
        QString rotation; // what the description column adds while the key is part of a rotation
        friend bool operator==(const Row &a, const Row &b)
        {
            return a.record == b.record && a.note.owner == b.note.owner && a.note.ticket == b.note.ticket
                && a.note.text == b.note.text && a.rotation == b.rotation;
        }
    };
    QList<Row> m_rows;
    QString m_projectId; // set: the roles shown are the key's roles in this project
};
