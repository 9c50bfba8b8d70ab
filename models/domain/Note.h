// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>

// A local note on a key or a whitelist entry: who owns it, which ticket, free text. Kept in the cache
// while its object exists; never sent to the server, only into exports.
struct Note
{
    QString owner;
    QString ticket;
    QString text;
    QDateTime updatedAt;

    bool isEmpty() const { return owner.isEmpty() && ticket.isEmpty() && text.isEmpty(); }
    friend bool operator==(const Note &a, const Note &b)
    {
        return a.owner == b.owner && a.ticket == b.ticket && a.text == b.text;
    }

    // The object key of an entry's note: "<keyId>|<cidrBlock>".
    static QString entryKey(const QString &keyId, const QString &cidrBlock)
    {
        return keyId + u'|' + cidrBlock;
    }
};

enum class NoteKind { Key, Entry };

// What became of a note written against the version its author saw (SnapshotStore::setNoteChecked).
enum class NoteWrite { Written, Conflict, Failed };

// A note someone else changed since its author read it: theirs is kept, mine was not written.
struct NoteConflict
{
    QString orgId;
    NoteKind kind = NoteKind::Key;
    QString objectKey;
    Note theirs;
    Note mine;
};

// One string table for the persisted name of a NoteKind.
QString noteKindName(NoteKind kind);

using Notes = QHash<QString, Note>; // object key (key ID, or Note::entryKey) -> note

Q_DECLARE_METATYPE(Note)
