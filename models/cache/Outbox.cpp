// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include "CacheLogging.h"
#include "SnapshotRows.h"
#include "SnapshotStore.h"
#include "StoreLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
constexpr int Version = 1;

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}
NoteKind noteKindFrom(const QString &name)
{
    return name == noteKindName(NoteKind::Entry) ? NoteKind::Entry : NoteKind::Key;
}
} // namespace

Outbox::Outbox(const QString &storeLocation, const QString &path)
    : m_path(path.isEmpty() ? pathFor(storeLocation) : path)
{
    static std::atomic<int> serial = 0;
    m_connection = u"outbox-%1"_s.arg(++serial);
}

Outbox::~Outbox()
{
    if (!m_open)
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString Outbox::pathFor(const QString &storeLocation)
{
    // The location as written back (its parts, no password): the same store, the same file.
    const StoreLocation parsed = StoreLocation::parse(storeLocation);
    const QString canonical = parsed.ok() ? parsed.toString() : storeLocation;
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/outbox/"_s
        + QString::fromLatin1(hash.left(24)) + u".sqlite"_s;
}

bool Outbox::open(bool create)
{
    if (m_open)
        return true;
    if (!create && !QFileInfo::exists(m_path))
        return false;
    // Private before SQLite writes a byte: the folder 0700, the file 0600 (its journal takes that mode).
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)
        || !QFile::setPermissions(dir,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        m_error = tr("cannot create the folder of %1").arg(m_path);
        return false;
    }
    if (!QFileInfo::exists(m_path)) {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            m_error = tr("cannot create %1: %2").arg(m_path, file.errorString());
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        m_error = db.lastError().text();
        db = {};
        QSqlDatabase::removeDatabase(m_connection);
        return false;
    }
    m_open = true;
    QSqlQuery q(db);
    // Durable before a write is reported kept: FULL sync, a rollback journal.
    const QStringList schema{
        u"PRAGMA synchronous = FULL"_s,
        u"CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY AUTOINCREMENT, what TEXT NOT NULL, "
        "org_id TEXT NOT NULL, object_key TEXT NOT NULL DEFAULT '', source TEXT, requests INTEGER, "
        "taken_at TEXT, events_as_stored INTEGER NOT NULL DEFAULT 0, note_kind TEXT, owner TEXT, "
        "ticket TEXT, text TEXT, updated_at TEXT, checked INTEGER NOT NULL DEFAULT 0, expected TEXT, "
        "rotation TEXT, added_at TEXT NOT NULL, refused TEXT)"_s,
        u"CREATE TABLE IF NOT EXISTS item_rows (item_id INTEGER NOT NULL, kind TEXT NOT NULL, "
        "object_key TEXT NOT NULL, data BLOB NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS item_rows_item ON item_rows (item_id)"_s,
    };
    for (const QString &sql : schema) {
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return false;
        }
    }
    if (q.exec(u"PRAGMA user_version"_s) && q.next() && q.value(0).toInt() > Version) {
        m_error
            = tr("the file of unsaved writes %1 was written by a newer version of the console").arg(m_path);
        return false;
    }
    q.exec(u"PRAGMA user_version = %1"_s.arg(Version));
    return true;
}

int Outbox::pending()
{
    if (m_pending >= 0)
        return m_pending;
    if (!open(false))
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    m_pending
        = q.exec(u"SELECT count(*) FROM items WHERE refused IS NULL"_s) && q.next() ? q.value(0).toInt() : 0;
    return m_pending;
}

bool Outbox::addSnapshot(const OrgSnapshot &snapshot, SnapshotSource source, int requests,
                         bool eventsAsStored)
{
    if (!open(true))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const int before = pending();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO items (what, org_id, source, requests, taken_at, events_as_stored, added_at) "
              "VALUES ('snapshot', ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(snapshot.organization.id);
    q.addBindValue(snapshotSourceName(source));
    q.addBindValue(requests);
    q.addBindValue(iso(snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(eventsAsStored ? 1 : 0);
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    bool ok = q.exec();
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery row(db);
    row.prepare(u"INSERT INTO item_rows (item_id, kind, object_key, data) VALUES (?, ?, ?, ?)"_s);
    const QList<SnapshotRows::Row> rows = SnapshotRows::fromSnapshot(snapshot);
    for (const SnapshotRows::Row &r : rows) {
        if (!ok)
            break;
        row.addBindValue(id);
        row.addBindValue(SnapshotRows::kindName(r.kind));
        row.addBindValue(r.key);
        row.addBindValue(r.data);
        ok = row.exec();
    }
    if (!ok || !db.commit()) {
        m_error
            = (ok ? db.lastError() : (row.lastError().isValid() ? row.lastError() : q.lastError())).text();
        db.rollback();
        return false;
    }
    m_pending = before + 1;
    return true;
}

bool Outbox::addNote(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &note,
                     const std::optional<QDateTime> &expectedUpdatedAt)
{
    if (!open(true))
        return false;
    const int before = pending();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO items (what, org_id, object_key, note_kind, owner, ticket, text, updated_at, "
              "checked, expected, added_at) VALUES ('note', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(orgId);
    q.addBindValue(objectKey);
    q.addBindValue(noteKindName(kind));
    q.addBindValue(note.owner);
    q.addBindValue(note.ticket);
    q.addBindValue(note.text);
    q.addBindValue(iso(note.updatedAt));
    q.addBindValue(expectedUpdatedAt ? 1 : 0);
    q.addBindValue(expectedUpdatedAt ? iso(*expectedUpdatedAt) : QString());
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    m_pending = before + 1;
    return true;
}

bool Outbox::addRotation(const QString &orgId, const QString &oldKeyId,
                         const std::optional<Rotation> &rotation)
{
    if (!open(true))
        return false;
    const int before = pending();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO items (what, org_id, object_key, rotation, added_at) "
              "VALUES ('rotation', ?, ?, ?, ?)"_s);
    q.addBindValue(orgId);
    q.addBindValue(oldKeyId);
    // A finished or cancelled rotation: NULL, removed from the store in turn.
    q.addBindValue(rotation ? QVariant(
                       QString::fromUtf8(QJsonDocument(rotation->toJson()).toJson(QJsonDocument::Compact)))
                            : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    m_pending = before + 1;
    return true;
}

bool Outbox::removeItem(qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!db.transaction())
        return false;
    q.prepare(u"DELETE FROM item_rows WHERE item_id = ?"_s);
    q.addBindValue(id);
    bool ok = q.exec();
    q.prepare(u"DELETE FROM items WHERE id = ?"_s);
    q.addBindValue(id);
    ok = ok && q.exec() && db.commit();
    if (!ok) {
        m_error = q.lastError().text();
        db.rollback();
        return false;
    }
    if (m_pending > 0)
        --m_pending;
    return true;
}

int Outbox::setAside()
{
    if (!open(false))
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(u"SELECT count(*) FROM items WHERE refused IS NOT NULL"_s) && q.next() ? q.value(0).toInt()
                                                                                         : 0;
}

bool Outbox::setItemAside(qint64 id, const QString &reason)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"UPDATE items SET refused = ? WHERE id = ?"_s);
    q.addBindValue(reason.isEmpty() ? u"refused"_s : reason.left(1000));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    if (m_pending > 0)
        --m_pending;
    return true;
}

Outbox::Replayed Outbox::replay(SnapshotStore &store, const std::function<bool()> &storeAnswers)
{
    Replayed result;
    if (pending() == 0)
        return result;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // One item at a time, oldest first, each read again (another process of this user may have written
    // it meanwhile: then it is gone and the next one is taken).
    qint64 triedOnce = 0; // an item the store refused once while answering
    for (;;) {
        QSqlQuery item(db);
        if (!item.exec(u"SELECT id, what, org_id, object_key, source, requests, taken_at, events_as_stored, "
                       "note_kind, owner, ticket, text, updated_at, checked, expected, rotation "
                       "FROM items WHERE refused IS NULL ORDER BY id LIMIT 1"_s)) {
            result.error = item.lastError().text();
            return result;
        }
        if (!item.next()) {
            m_pending = 0;
            return result;
        }
        const qint64 id = item.value(0).toLongLong();
        const QString what = item.value(1).toString();
        const QString orgId = item.value(2).toString();
        const QString objectKey = item.value(3).toString();
        bool written = true;
        QString refusal; // why it can never be written as it is
        if (what == "snapshot"_L1) {
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            rows.prepare(u"SELECT kind, object_key, data FROM item_rows WHERE item_id = ?"_s);
            rows.addBindValue(id);
            SnapshotRows::Reader reader;
            if (rows.exec()) {
                while (rows.next())
                    if (const auto kind = SnapshotRows::kindFromName(rows.value(0).toString()))
                        reader.add({*kind, rows.value(1).toString(), rows.value(2).toByteArray()});
            }
            OrgSnapshot snapshot;
            QString readError;
            if (!reader.finish(&snapshot, &readError)) {
                refusal = tr("the kept snapshot cannot be read back (%1)").arg(readError);
            } else {
                snapshot.takenAt = fromIso(item.value(6).toString());
                if (item.value(7).toInt() != 0)
                    snapshot.events = store.latestEvents(orgId);
                written = store.write(snapshot, snapshotSourceFromName(item.value(4).toString()),
                                      item.value(5).toInt())
                    != 0;
                if (written)
                    result.snapshots.append(store.written());
            }
        } else if (what == "note"_L1) {
            const NoteKind kind = noteKindFrom(item.value(8).toString());
            const Note note{item.value(9).toString(), item.value(10).toString(), item.value(11).toString(),
                            fromIso(item.value(12).toString())};
            if (item.value(13).toInt() != 0) {
                Note theirs;
                const NoteWrite w = store.setNoteChecked(orgId, kind, objectKey, note,
                                                         fromIso(item.value(14).toString()), &theirs);
                written = w != NoteWrite::Failed;
                if (w == NoteWrite::Conflict)
                    result.conflicts.append({orgId, kind, objectKey, theirs, note});
            } else {
                written = store.setNote(orgId, kind, objectKey, note);
            }
        } else if (what == "rotation"_L1) {
            std::optional<Rotation> rotation;
            if (!item.value(15).isNull())
                rotation = Rotation::fromJson(QJsonDocument::fromJson(item.value(15).toByteArray()).object());
            if (item.value(15).isNull() || rotation)
                written = store.setRotation(orgId, objectKey, rotation);
            else
                refusal = tr("the kept rotation cannot be read back");
        } else { // written by a newer console: left for it
            refusal = tr("a kept write of a kind this console does not know (%1)").arg(what.left(40));
        }
        item.finish();
        if (!written && (!storeAnswers || !storeAnswers())) { // the store went away: the rest waits
            result.error = store.error();
            return result;
        }
        if (!written && triedOnce != id) { // refused while the store answers: once more (a restart)
            triedOnce = id;
            continue;
        }
        if (!written)
            refusal = store.error();
        if (!refusal.isEmpty()) {
            // Refused twice by a store that answers, or unreadable: set aside in the file (never
            // deleted, never blocking what follows), and said.
            qCWarning(lcCache) << "a kept write was refused and set aside:" << what << orgId << refusal;
            if (!setItemAside(id, refusal)) {
                result.error = m_error;
                return result;
            }
            ++result.setAside;
            result.refusal = refusal;
            continue;
        }
        ++result.written;
        if (!removeItem(id)) {
            result.error = m_error;
            return result;
        }
    }
}
