// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotStore.h"

#include "Clock.h"

#include "CacheDatabase.h"
#include "CacheLogging.h"
#include "SnapshotRows.h"

#include "JsonMapping.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString isoNow()
{
    return Clock::nowUtc().toString(Qt::ISODateWithMs);
}

// PostgreSQL answers each statement over the network: a write's row inserts, closes and in-place updates
// are sent in batches (one statement for up to 200 inserts or updates, 1000 closes) instead of one round
// trip each (bench_store: the first write of a maximal organization).
class PostgresBatch
{
public:
    PostgresBatch(QSqlDatabase &db, const QString &orgId, qint64 snapshotId)
        : m_db(db)
        , m_orgId(orgId)
        , m_snapshotId(snapshotId)
    { }
    bool insert(const QString &kind, const SnapshotRows::Row &row)
    {
        m_inserts.append({kind, row.key, QString::fromUtf8(row.data)});
        return m_inserts.size() < 200 || flushInserts();
    }
    bool close(qint64 rowId, qint64 lastSnapshot)
    {
        m_closeTo = lastSnapshot;
        m_closes.append(QString::number(rowId));
        return m_closes.size() < 1000 || flushCloses();
    }
    bool update(qint64 rowId, const QByteArray &data)
    {
        m_updates.append({rowId, QString::fromUtf8(data)});
        return m_updates.size() < 200 || flushUpdates();
    }
    bool flush() { return flushCloses() && flushInserts() && flushUpdates(); }
    const QString &error() const { return m_error; }

private:
    struct Insert
    {
        QString kind, key, data;
    };
    bool run(QSqlQuery &q)
    {
        if (q.exec())
            return true;
        m_error = q.lastError().text();
        return false;
    }
    bool flushInserts()
    {
        if (m_inserts.isEmpty())
            return true;
        QStringList values(m_inserts.size(), u"(?, ?, ?, ?, NULL, ?)"_s);
        QSqlQuery q(m_db);
        q.prepare(
            u"INSERT INTO rows (org_id, kind, object_key, first_snapshot, last_snapshot, data) VALUES "_s
            + values.join(u", "_s));
        for (const Insert &i : std::as_const(m_inserts)) {
            q.addBindValue(m_orgId);
            q.addBindValue(i.kind);
            q.addBindValue(i.key);
            q.addBindValue(m_snapshotId);
            q.addBindValue(i.data);
        }
        m_inserts.clear();
        return run(q);
    }
    bool flushCloses()
    {
        if (m_closes.isEmpty())
            return true;
        // The IDs are the table's own integers, written as numbers.
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE rows SET last_snapshot = ? WHERE id IN (%1)"_s.arg(m_closes.join(u',')));
        q.addBindValue(m_closeTo);
        m_closes.clear();
        return run(q);
    }
    bool flushUpdates()
    {
        if (m_updates.isEmpty())
            return true;
        QStringList values(m_updates.size(), u"(?::bigint, ?)"_s);
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE rows SET data = v.data FROM (VALUES %1) AS v(id, data) WHERE rows.id = v.id"_s.arg(
            values.join(u", "_s)));
        for (const auto &[rowId, data] : std::as_const(m_updates)) {
            q.addBindValue(rowId);
            q.addBindValue(data);
        }
        m_updates.clear();
        return run(q);
    }

    QSqlDatabase &m_db;
    QString m_orgId;
    qint64 m_snapshotId;
    qint64 m_closeTo = 0;
    QList<Insert> m_inserts;
    QStringList m_closes;
    QList<QPair<qint64, QString>> m_updates;
    QString m_error;
};

} // namespace

SnapshotStore::SnapshotStore(CacheDatabase &database)
    : m_db(database)
{ }

void SnapshotStore::prepareNoteWrite(QSqlQuery &q, const QString &orgId, NoteKind kind,
                                     const QString &objectKey, const Note &note, const QString &updatedAt)
{
    if (note.isEmpty()) {
        q.prepare(u"DELETE FROM notes WHERE org_id = ? AND kind = ? AND object_key = ?"_s);
        q.addBindValue(orgId);
        q.addBindValue(noteKindName(kind));
        q.addBindValue(objectKey);
        return;
    }
    q.prepare(u"INSERT INTO notes (org_id, kind, object_key, owner, ticket, text, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (org_id, kind, object_key) DO UPDATE SET "
              "owner = excluded.owner, ticket = excluded.ticket, text = excluded.text, "
              "updated_at = excluded.updated_at"_s);
    q.addBindValue(orgId);
    q.addBindValue(noteKindName(kind));
    q.addBindValue(objectKey);
    // A null QString binds as SQL NULL; the columns want text.
    const auto text = [](const QString &v) { return v.isNull() ? u""_s : v; };
    q.addBindValue(text(note.owner));
    q.addBindValue(text(note.ticket));
    q.addBindValue(text(note.text));
    q.addBindValue(updatedAt);
}

void SnapshotStore::notifyOthers(const QString &orgId, const QString &what)
{
    if (!m_db.isPostgres())
        return;
    m_db.notify(QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{"org"_L1, orgId}, {"what"_L1, what}, {"by"_L1, CacheDatabase::writerName()}})
            .toJson(QJsonDocument::Compact)));
}

qint64 SnapshotStore::write(const OrgSnapshot &snapshot, SnapshotSource source, int requests)
{
    m_error.clear();
    const QString orgId = snapshot.organization.id;
    QSqlDatabase &db = m_db.db();
    const auto fail = [&](const QSqlQuery &q) {
        m_error = q.lastError().text();
        qCWarning(lcCache) << "snapshot write failed:" << m_error;
        m_db.rollback();
        m_current.remove(orgId);
        return qint64(0);
    };
    if (!m_db.beginWrite()) {
        m_error = m_db.error();
        return 0;
    }

    QSqlQuery q(db);
    q.prepare(
        u"SELECT id, taken_at, source, requests, written_by FROM snapshots WHERE org_id = ? AND late = 0 "
        "ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(orgId);
    if (!q.exec())
        return fail(q);
    QVariant previous; // NULL for the first snapshot
    SnapshotInfo previousInfo;
    if (q.next()) {
        previous = q.value(0);
        previousInfo = {q.value(0).toLongLong(),
                        orgId,
                        QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                        snapshotSourceFromName(q.value(2).toString()),
                        q.value(3).toInt(),
                        {},
                        q.value(4).toString()};
    }
    q.finish();
    int rowsChanged = 0; // rows inserted or closed: none, and this write only confirms the newest snapshot

    const QDateTime takenAt = (snapshot.takenAt.isValid() ? snapshot.takenAt : Clock::nowUtc()).toUTC();
    // Another writer (a console, a headless sync) stored a newer reading of the server since this store
    // last wrote or read the organization: this older one is kept as history, not made current.
    const auto known = m_current.constFind(orgId);
    const bool newestIsKnown
        = known != m_current.cend() && !previous.isNull() && known->id == previous.toLongLong();
    if (!previous.isNull() && !newestIsKnown && previousInfo.takenAt > takenAt)
        return writeLate(snapshot, takenAt, source, requests);
    // RETURNING: PostgreSQL's driver has no lastInsertId() for a BIGSERIAL (SQLite has RETURNING since 3.35).
    q.prepare(
        u"INSERT INTO snapshots (org_id, taken_at, source, requests, written_by) VALUES (?, ?, ?, ?, ?) "
        "RETURNING id"_s);
    q.addBindValue(orgId);
    q.addBindValue(takenAt.toString(Qt::ISODateWithMs));
    q.addBindValue(snapshotSourceName(source));
    q.addBindValue(requests);
    q.addBindValue(CacheDatabase::writerName());
    if (!q.exec() || !q.next())
        return fail(q);
    const qint64 id = q.value(0).toLongLong();
    q.finish();

    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO rows (org_id, kind, object_key, first_snapshot, last_snapshot, data) "
                   "VALUES (?, ?, ?, ?, NULL, ?)"_s);
    QSqlQuery close(db);
    close.prepare(u"UPDATE rows SET last_snapshot = ? WHERE %1 = ?"_s.arg(m_db.rowId()));
    // A row's JSON as the engine stores it: SQLite takes the bytes; PostgreSQL's driver would write a
    // QByteArray as a bytea literal ("\x7b…") into the TEXT column, so it gets the text.
    const bool asText = m_db.isPostgres();
    const auto dataValue = [asText](const QByteArray &data) {
        return asText ? QVariant(QString::fromUtf8(data)) : QVariant(data);
    };
    std::optional<PostgresBatch> batch;
    if (m_db.isPostgres())
        batch.emplace(db, orgId, id);
    const auto batchFailed = [&] {
        m_error = batch->error();
        qCWarning(lcCache) << "snapshot write failed:" << m_error;
        m_db.rollback();
        m_current.remove(orgId);
        return qint64(0);
    };
    const auto closeRow = [&](qint64 rowid) {
        ++rowsChanged;
        if (batch)
            return batch->close(rowid, previous.toLongLong());
        close.bindValue(0, previous);
        close.bindValue(1, rowid);
        return close.exec();
    };
    const auto insertRow = [&](const QString &kind, const SnapshotRows::Row &row) {
        ++rowsChanged;
        if (batch)
            return batch->insert(kind, row);
        insert.bindValue(0, orgId);
        insert.bindValue(1, kind);
        insert.bindValue(2, row.key);
        insert.bindValue(3, id);
        insert.bindValue(4, dataValue(row.data));
        return insert.exec();
    };

    // Rows whose only difference is when a list was read or how an entry is used: they alone do not make
    // a new snapshot.
    struct Touched
    {
        qint64 rowid;
        QString kind;
        SnapshotRows::Row row;
    };
    QList<Touched> touched;

    const auto current = m_current.constFind(orgId);
    if (current != m_current.cend() && !current->eventsMissing && !previous.isNull()
        && current->id == previous.toLongLong()) {
        // The snapshot this store wrote or read last is still the newest (no other writer came between):
        // only the objects that differ from it are serialized, looked up and written.
        const SnapshotRows::RowChanges changes = SnapshotRows::changedSince(snapshot, current->snapshot);
        m_rowsSerialized = int(changes.rows.size());
        QSqlQuery find(db);
        find.prepare(u"SELECT %1, data FROM rows WHERE org_id = ? AND kind = ? AND object_key = ? "
                     "AND last_snapshot IS NULL"_s.arg(m_db.rowId()));
        const auto openRow
            = [&](const QString &kind, const QString &key) -> std::optional<QPair<qint64, QByteArray>> {
            find.bindValue(0, orgId);
            find.bindValue(1, kind);
            find.bindValue(2, key);
            if (!find.exec() || !find.next())
                return std::nullopt;
            QPair<qint64, QByteArray> found{find.value(0).toLongLong(), find.value(1).toByteArray()};
            find.finish();
            return found;
        };
        for (const SnapshotRows::Row &row : changes.rows) {
            const QString kind = SnapshotRows::kindName(row.kind);
            if (const auto open = openRow(kind, row.key)) {
                if (open->second == row.data)
                    continue;
                if (SnapshotRows::differsOnlyInReadingOrUse(row.kind, open->second, row.data)) {
                    touched.append({open->first, kind, row});
                    continue;
                }
                if (!closeRow(open->first))
                    return batch ? batchFailed() : fail(close);
            } else if (find.lastError().isValid()) {
                return fail(find);
            }
            if (!insertRow(kind, row))
                return batch ? batchFailed() : fail(insert);
        }
        for (const auto &[kind, key] : changes.gone) {
            const auto open = openRow(SnapshotRows::kindName(kind), key);
            if (!open && find.lastError().isValid())
                return fail(find);
            if (open && !closeRow(open->first))
                return batch ? batchFailed() : fail(close);
        }
    } else {
        // Every row, compared with the rows that are current now: unchanged ones stay as they are.
        const QList<SnapshotRows::Row> rows = SnapshotRows::fromSnapshot(snapshot);
        m_rowsSerialized = int(rows.size());
        QHash<QString, QPair<qint64, QByteArray>> open;
        q.prepare(
            u"SELECT %1, kind, object_key, data FROM rows WHERE org_id = ? AND last_snapshot IS NULL"_s.arg(
                m_db.rowId()));
        q.addBindValue(orgId);
        if (!q.exec())
            return fail(q);
        while (q.next())
            open.insert(q.value(1).toString() + u'\x1f' + q.value(2).toString(),
                        {q.value(0).toLongLong(), q.value(3).toByteArray()});
        for (const SnapshotRows::Row &row : rows) {
            const QString kind = SnapshotRows::kindName(row.kind);
            const auto it = open.constFind(kind + u'\x1f' + row.key);
            if (it != open.constEnd()) {
                const bool same = it->second == row.data;
                const qint64 rowid = it->first;
                const bool readAgain
                    = !same && SnapshotRows::differsOnlyInReadingOrUse(row.kind, it->second, row.data);
                open.erase(it);
                if (same)
                    continue;
                if (readAgain) {
                    touched.append({rowid, kind, row});
                    continue;
                }
                if (!closeRow(rowid))
                    return batch ? batchFailed() : fail(close);
            }
            if (!insertRow(kind, row))
                return batch ? batchFailed() : fail(insert);
        }
        for (const auto &[rowid, data] : std::as_const(open)) {
            if (!closeRow(rowid))
                return batch ? batchFailed() : fail(close);
        }
    }

    // Nothing changed since the newest snapshot, and it came the same way (a sync, an incremental sync, a
    // change): no snapshot of its own, the newest one is marked as seen again now. A start or a sync that
    // finds everything as it was does not add a copy to the history each time.
    if (rowsChanged == 0 && !previous.isNull() && previousInfo.source == source) {
        // The lists' read times and the entries' use move on with the snapshot that was seen again (the
        // next incremental sync reads the events from there).
        QSqlQuery update(db);
        update.prepare(u"UPDATE rows SET data = ? WHERE %1 = ?"_s.arg(m_db.rowId()));
        for (const Touched &t : std::as_const(touched)) {
            if (batch) {
                if (!batch->update(t.rowid, t.row.data))
                    return batchFailed();
                continue;
            }
            update.bindValue(0, dataValue(t.row.data));
            update.bindValue(1, t.rowid);
            if (!update.exec())
                return fail(update);
        }
        if (batch && !batch->flush())
            return batchFailed();
        q.prepare(u"DELETE FROM snapshots WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec())
            return fail(q);
        q.prepare(u"UPDATE snapshots SET checked_at = ? WHERE id = ?"_s);
        q.addBindValue(takenAt.toString(Qt::ISODateWithMs));
        q.addBindValue(previousInfo.id);
        if (!q.exec())
            return fail(q);
        notifyOthers(orgId, u"confirmed"_s);
        if (!m_db.commit()) {
            m_error = m_db.error();
            m_db.rollback();
            m_current.remove(orgId);
            return 0;
        }
        m_written = previousInfo;
        m_written.checkedAt = takenAt;
        m_current.insert(orgId, {previousInfo.id, snapshot});
        return previousInfo.id;
    }

    for (const Touched &t : std::as_const(touched)) {
        if (!closeRow(t.rowid))
            return batch ? batchFailed() : fail(close);
        if (!insertRow(t.kind, t.row))
            return batch ? batchFailed() : fail(insert);
    }
    if (batch && !batch->flush())
        return batchFailed();

    // Notes go with their object — but only when the object was read and is absent: a list the key could
    // not read this time has no rows, and its objects' notes stay.
    if (!deleteNotesOfGoneObjects(snapshot, q))
        return fail(q);
    if (!applyRetention(orgId)) {
        m_db.rollback();
        m_current.remove(orgId);
        return 0;
    }
    notifyOthers(orgId, u"snapshot"_s); // delivered with the commit
    if (!m_db.commit()) {
        m_error = m_db.error();
        m_db.rollback();
        m_current.remove(orgId);
        return 0;
    }
    m_written = {id, orgId, takenAt, source, requests, {}, CacheDatabase::writerName()};
    m_current.insert(orgId, {id, snapshot});
    return id;
}

qint64 SnapshotStore::writeLate(const OrgSnapshot &snapshot, const QDateTime &takenAt, SnapshotSource source,
                                int requests)
{
    const QString orgId = snapshot.organization.id;
    QSqlDatabase &db = m_db.db();
    const auto fail = [&](const QString &error) {
        m_error = error;
        qCWarning(lcCache) << "late snapshot write failed:" << m_error;
        m_db.rollback();
        return qint64(0);
    };
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO snapshots (org_id, taken_at, source, requests, written_by, late) "
              "VALUES (?, ?, ?, ?, ?, 1) RETURNING id"_s);
    q.addBindValue(orgId);
    q.addBindValue(takenAt.toString(Qt::ISODateWithMs));
    q.addBindValue(snapshotSourceName(source));
    q.addBindValue(requests);
    q.addBindValue(CacheDatabase::writerName());
    if (!q.exec() || !q.next())
        return fail(q.lastError().text());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    // Whole: its rows open and close with it, so no other snapshot ever reads them.
    const QList<SnapshotRows::Row> rows = SnapshotRows::fromSnapshot(snapshot);
    m_rowsSerialized = int(rows.size());
    if (m_db.isPostgres()) {
        PostgresBatch batch(db, orgId, id);
        for (const SnapshotRows::Row &row : rows)
            if (!batch.insert(SnapshotRows::kindName(row.kind), row))
                return fail(batch.error());
        if (!batch.flush())
            return fail(batch.error());
        QSqlQuery close(db);
        close.prepare(u"UPDATE rows SET last_snapshot = ? WHERE org_id = ? AND first_snapshot = ?"_s);
        close.addBindValue(id);
        close.addBindValue(orgId);
        close.addBindValue(id);
        if (!close.exec())
            return fail(close.lastError().text());
    } else {
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO rows (org_id, kind, object_key, first_snapshot, last_snapshot, data) "
                       "VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (const SnapshotRows::Row &row : rows) {
            insert.bindValue(0, orgId);
            insert.bindValue(1, SnapshotRows::kindName(row.kind));
            insert.bindValue(2, row.key);
            insert.bindValue(3, id);
            insert.bindValue(4, id);
            insert.bindValue(5, row.data);
            if (!insert.exec())
                return fail(insert.lastError().text());
        }
    }
    if (!applyRetention(orgId)) {
        m_db.rollback();
        return 0;
    }
    notifyOthers(orgId, u"late"_s);
    if (!m_db.commit())
        return fail(m_db.error());
    m_written = {id, orgId, takenAt, source, requests, {}, CacheDatabase::writerName(), true};
    return id;
}

bool SnapshotStore::deleteNotesOfGoneObjects(const OrgSnapshot &snapshot, QSqlQuery &q)
{
    const QString orgId = snapshot.organization.id;
    QHash<QString, const KeyRecord *> keys;
    for (const KeyRecord &k : snapshot.keys)
        keys.insert(k.key.id, &k);
    const auto gone = [&](NoteKind kind, const QString &objectKey) {
        const QString keyId = kind == NoteKind::Key ? objectKey : objectKey.section(u'|', 0, 0);
        const KeyRecord *key = keys.value(keyId);
        if (!key) // the key is gone if the key list was read
            return snapshot.keysState.readable;
        if (kind == NoteKind::Key)
            return false;
        if (!key->accessListState.readable)
            return false; // its whitelist was not read: nothing is known of its entries
        const QString block = objectKey.section(u'|', 1);
        return std::none_of(key->accessList.cbegin(), key->accessList.cend(),
                            [&](const AccessListEntry &e) { return e.cidrBlock == block; });
    };
    q.prepare(u"SELECT kind, object_key FROM notes WHERE org_id = ?"_s);
    q.addBindValue(orgId);
    if (!q.exec())
        return false;
    QList<QPair<QString, QString>> doomed;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QString objectKey = q.value(1).toString();
        const std::optional<NoteKind> noteKind = kind == noteKindName(NoteKind::Key)
            ? std::optional(NoteKind::Key)
            : kind == noteKindName(NoteKind::Entry) ? std::optional(NoteKind::Entry)
                                                    : std::nullopt;
        if (noteKind && gone(*noteKind, objectKey))
            doomed.append({kind, objectKey});
    }
    q.finish();
    q.prepare(u"DELETE FROM notes WHERE org_id = ? AND kind = ? AND object_key = ?"_s);
    for (const auto &[kind, objectKey] : std::as_const(doomed)) {
        q.bindValue(0, orgId);
        q.bindValue(1, kind);
        q.bindValue(2, objectKey);
        if (!q.exec())
            return false;
    }
    return true;
}

bool SnapshotStore::applyRetention(const QString &orgId)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT id FROM snapshots WHERE org_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?"_s);
    q.addBindValue(orgId);
    q.addBindValue(std::max(1, m_retention) - 1);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    if (!q.next())
        return true; // fewer snapshots than kept
    const qint64 oldestKept = q.value(0).toLongLong();
    for (const QString &sql :
         {u"DELETE FROM rows WHERE org_id = ? AND last_snapshot IS NOT NULL AND last_snapshot < ?"_s,
          u"UPDATE rows SET first_snapshot = ? WHERE org_id = ? AND first_snapshot < ?"_s,
          u"DELETE FROM snapshots WHERE org_id = ? AND id < ?"_s}) {
        QSqlQuery step(m_db.db());
        step.prepare(sql);
        if (sql.startsWith("UPDATE"_L1)) {
            step.addBindValue(oldestKept);
            step.addBindValue(orgId);
            step.addBindValue(oldestKept);
        } else {
            step.addBindValue(orgId);
            step.addBindValue(oldestKept);
        }
        if (!step.exec()) {
            m_error = step.lastError().text();
            return false;
        }
    }
    return true;
}

std::optional<OrgSnapshot> SnapshotStore::read(const QString &orgId, std::optional<qint64> snapshotId,
                                               Events events)
{
    m_error.clear();
    // The header and the rows from one committed state: a write committed by another connection in
    // between would otherwise give the rows of one snapshot under the header of another.
    const CacheDatabase::ReadTransaction transaction(m_db);
    QSqlQuery info(m_db.db());
    if (snapshotId) {
        info.prepare(u"SELECT id, taken_at, late FROM snapshots WHERE org_id = ? AND id = ?"_s);
        info.addBindValue(orgId);
        info.addBindValue(*snapshotId);
    } else {
        info.prepare(
            u"SELECT id, taken_at, late FROM snapshots WHERE org_id = ? AND late = 0 ORDER BY id DESC LIMIT 1"_s);
        info.addBindValue(orgId);
    }
    if (!info.exec() || !info.next()) {
        m_error = info.lastError().text();
        return std::nullopt;
    }
    OrgSnapshot snapshot;
    snapshot.id = info.value(0).toLongLong();
    snapshot.takenAt = QDateTime::fromString(info.value(1).toString(), Qt::ISODateWithMs);
    const bool late = info.value(2).toInt() != 0;
    info.finish();
    if (m_betweenReads)
        m_betweenReads();

    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    if (snapshotId && late) { // its rows are its own, stored whole
        q.prepare(u"SELECT kind, object_key, data FROM rows WHERE org_id = ? AND first_snapshot = ? "
                  "AND last_snapshot = ?"_s);
        q.addBindValue(orgId);
        q.addBindValue(snapshot.id);
        q.addBindValue(snapshot.id);
    } else if (snapshotId) {
        q.prepare(u"SELECT kind, object_key, data FROM rows WHERE org_id = ? AND first_snapshot <= ? "
                  "AND (last_snapshot IS NULL OR last_snapshot >= ?)"_s);
        q.addBindValue(orgId);
        q.addBindValue(snapshot.id);
        q.addBindValue(snapshot.id);
    } else if (events == Events::Later) {
        q.prepare(u"SELECT kind, object_key, data FROM rows WHERE org_id = ? AND last_snapshot IS NULL "
                  "AND kind <> ?"_s);
        q.addBindValue(orgId);
        q.addBindValue(SnapshotRows::kindName(SnapshotRows::Kind::Event));
    } else {
        q.prepare(u"SELECT kind, object_key, data FROM rows WHERE org_id = ? AND last_snapshot IS NULL"_s);
        q.addBindValue(orgId);
    }
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    SnapshotRows::Reader rows;
    while (q.next())
        if (const auto kind = SnapshotRows::kindFromName(q.value(0).toString())) // a newer kind: skipped
            rows.add({*kind, q.value(1).toString(), q.value(2).toByteArray()});
    if (!rows.finish(&snapshot, &m_error))
        return std::nullopt;
    if (!snapshotId) // the newest: what the next write compares with
        m_current.insert(orgId, {snapshot.id, snapshot, events == Events::Later});
    return snapshot;
}

std::optional<OrgSnapshot> SnapshotStore::latest(const QString &orgId, Events events)
{
    return read(orgId, std::nullopt, events);
}

ApiEvents SnapshotStore::latestEvents(const QString &orgId)
{
    m_error.clear();
    const CacheDatabase::ReadTransaction transaction(m_db);
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT object_key, data FROM rows WHERE org_id = ? AND last_snapshot IS NULL AND kind = ?"_s);
    q.addBindValue(orgId);
    q.addBindValue(SnapshotRows::kindName(SnapshotRows::Kind::Event));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return {};
    }
    QList<SnapshotRows::Row> rows;
    while (q.next())
        rows.append({SnapshotRows::Kind::Event, q.value(0).toString(), q.value(1).toByteArray()});
    ApiEvents events = SnapshotRows::parseEvents(rows, &m_error);
    if (!m_error.isEmpty())
        return {};
    if (const auto current = m_current.find(orgId); current != m_current.end() && current->eventsMissing) {
        current->snapshot.events = events;
        current->eventsMissing = false;
    }
    return events;
}

std::optional<OrgSnapshot> SnapshotStore::load(const QString &orgId, qint64 snapshotId)
{
    return read(orgId, snapshotId);
}

QList<SnapshotInfo> SnapshotStore::history(const QString &orgId)
{
    QList<SnapshotInfo> result;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT id, taken_at, source, requests, checked_at, written_by, late FROM snapshots WHERE "
              u"org_id = ? "
              "ORDER BY id"_s);
    q.addBindValue(orgId);
    if (!q.exec())
        return result;
    while (q.next())
        result.append({q.value(0).toLongLong(), orgId,
                       QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                       snapshotSourceFromName(q.value(2).toString()), q.value(3).toInt(),
                       QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs), q.value(5).toString(),
                       q.value(6).toInt() != 0});
    return result;
}

QList<SnapshotStore::CachedOrganization> SnapshotStore::organizations()
{
    QList<CachedOrganization> result;
    QSqlQuery q(m_db.db());
    // Each organization's row found through rows_open (its key is the organization's ID), not by reading
    // every current row of every organization (45 ms with ten maximal ones).
    // (The subquery's alias is filtered outside: PostgreSQL allows no alias in the WHERE that defines it.)
    if (!q.exec(
            u"SELECT * FROM (SELECT s.id, s.org_id, s.taken_at, s.source, s.requests, s.checked_at, "
            "(SELECT r.data FROM rows r %1 WHERE r.object_key = s.org_id "
            "AND r.last_snapshot IS NULL AND r.org_id = s.org_id AND r.kind = 'org') AS data, s.written_by "
            "FROM snapshots s WHERE s.id = (SELECT max(id) FROM snapshots WHERE org_id = s.org_id AND late = "
            "0)) t "
            "WHERE data IS NOT NULL ORDER BY org_id"_s.arg(m_db.isPostgres() ? u""_s
                                                                             : u"INDEXED BY rows_open"_s)))
        return result;
    while (q.next()) {
        CachedOrganization org;
        org.latest = {q.value(0).toLongLong(),
                      q.value(1).toString(),
                      QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                      snapshotSourceFromName(q.value(3).toString()),
                      q.value(4).toInt(),
                      QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs),
                      q.value(7).toString()};
        const auto parsed = Json::organization(QJsonDocument::fromJson(q.value(6).toByteArray()).object());
        if (parsed.ok())
            org.organization = *parsed.value;
        result.append(org);
    }
    return result;
}

bool SnapshotStore::setNote(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &note)
{
    if (m_db.isReadOnly()) {
        m_error = m_db.readOnlyReason();
        return false;
    }
    QSqlQuery q(m_db.db());
    prepareNoteWrite(q, orgId, kind, objectKey, note, isoNow());
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    notifyOthers(orgId, u"note"_s);
    return true;
}

bool SnapshotStore::setRotation(const QString &orgId, const QString &oldKeyId,
                                const std::optional<Rotation> &rotation)
{
    if (m_db.isReadOnly()) {
        m_error = m_db.readOnlyReason();
        return false;
    }
    QSqlQuery q(m_db.db());
    if (!rotation) {
        q.prepare(u"DELETE FROM rotations WHERE org_id = ? AND old_key_id = ?"_s);
        q.addBindValue(orgId);
        q.addBindValue(oldKeyId);
    } else {
        q.prepare(u"INSERT INTO rotations (org_id, old_key_id, data, updated_at) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT (org_id, old_key_id) DO UPDATE SET data = excluded.data, "
                  "updated_at = excluded.updated_at"_s);
        q.addBindValue(orgId);
        q.addBindValue(oldKeyId);
        q.addBindValue(QString::fromUtf8(QJsonDocument(rotation->toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(isoNow());
    }
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    notifyOthers(orgId, u"rotation"_s);
    return true;
}

Rotations SnapshotStore::rotations(const QString &orgId)
{
    Rotations result;
    QSqlQuery q(m_db.db());
    q.prepare(u"SELECT data FROM rotations WHERE org_id = ?"_s);
    q.addBindValue(orgId);
    if (!q.exec())
        return result;
    while (q.next()) {
        // A row this version cannot read is left where it is (a newer console may know it).
        if (const auto r = Rotation::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()))
            result.insert(r->oldKeyId, *r);
    }
    return result;
}

Notes SnapshotStore::notes(const QString &orgId, NoteKind kind)
{
    Notes result;
    QSqlQuery q(m_db.db());
    q.prepare(
        u"SELECT object_key, owner, ticket, text, updated_at FROM notes WHERE org_id = ? AND kind = ?"_s);
    q.addBindValue(orgId);
    q.addBindValue(noteKindName(kind));
    if (!q.exec())
        return result;
    while (q.next())
        result.insert(q.value(0).toString(),
                      {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)});
    return result;
}
