// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// SnapshotStore's part of a copy between stores (StoreCopy).
#include "SnapshotStore.h"

#include "CacheDatabase.h"
#include "Clock.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

bool SnapshotStore::setSnapshotOrigin(qint64 snapshotId, const QDateTime &checkedAt, const QString &writtenBy)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"UPDATE snapshots SET checked_at = ?, written_by = ? WHERE id = ?"_s);
    q.addBindValue(checkedAt.isValid() ? QVariant(checkedAt.toUTC().toString(Qt::ISODateWithMs))
                                       : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(writtenBy);
    q.addBindValue(snapshotId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

qint64 SnapshotStore::writeAsHistory(const OrgSnapshot &snapshot, SnapshotSource source, int requests)
{
    if (!m_db.beginWrite()) {
        m_error = m_db.error();
        return 0;
    }
    return writeLate(snapshot, (snapshot.takenAt.isValid() ? snapshot.takenAt : Clock::nowUtc()).toUTC(),
                     source, requests);
}

NoteWrite SnapshotStore::setNoteChecked(const QString &orgId, NoteKind kind, const QString &objectKey,
                                        const Note &note, const QDateTime &expectedUpdatedAt, Note *theirs)
{
    if (!m_db.beginWrite()) { // read-only, or the store cannot be reached
        m_error = m_db.error();
        return NoteWrite::Failed;
    }
    const auto failed = [this](const QSqlQuery &q) {
        m_error = q.lastError().text();
        m_db.rollback();
        return NoteWrite::Failed;
    };
    QSqlQuery q(m_db.db());
    q.prepare(
        u"SELECT owner, ticket, text, updated_at FROM notes WHERE org_id = ? AND kind = ? AND object_key = ?"_s);
    q.addBindValue(orgId);
    q.addBindValue(noteKindName(kind));
    q.addBindValue(objectKey);
    if (!q.exec())
        return failed(q);
    std::optional<Note> stored;
    if (q.next())
        stored = Note{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)};
    q.finish();
    const bool sameText = stored ? *stored == note : note.isEmpty();
    const bool asSeen = stored ? (expectedUpdatedAt.isValid() && stored->updatedAt == expectedUpdatedAt)
                               : !expectedUpdatedAt.isValid();
    if (!asSeen && !sameText) {
        m_db.rollback();
        if (theirs)
            *theirs = stored.value_or(Note{});
        return NoteWrite::Conflict;
    }
    prepareNoteWrite(q, orgId, kind, objectKey, note,
                     (note.updatedAt.isValid() ? note.updatedAt : QDateTime::currentDateTimeUtc())
                         .toUTC()
                         .toString(Qt::ISODateWithMs));
    if (!q.exec())
        return failed(q);
    notifyOthers(orgId, u"note"_s);
    if (!m_db.commit()) {
        m_error = m_db.error();
        m_db.rollback();
        return NoteWrite::Failed;
    }
    return NoteWrite::Written;
}

SnapshotStore::Merged SnapshotStore::mergeNote(const QString &orgId, NoteKind kind, const QString &objectKey,
                                               const Note &note)
{
    if (m_db.isReadOnly()) {
        m_error = m_db.readOnlyReason();
        return Merged::Failed;
    }
    const Notes existing = notes(orgId, kind);
    const auto found = existing.constFind(objectKey);
    if (found != existing.cend()
        && (*found == note || (found->updatedAt.isValid() && found->updatedAt >= note.updatedAt)))
        return Merged::Kept;
    QSqlQuery q(m_db.db());
    prepareNoteWrite(q, orgId, kind, objectKey, note, note.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return Merged::Failed;
    }
    return Merged::Taken;
}
