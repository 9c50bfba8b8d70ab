// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Note.h"
#include "OrgSnapshot.h"
#include "OrgState.h"
#include "Rotation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <functional>

#include <optional>

class CacheDatabase;
class QSqlQuery;

// Snapshots of organizations in a CacheDatabase. Each write is one transaction: readers see the last
// complete snapshot, and a failed or interrupted write leaves the previous one as it was. History is
// compact: an object that did not change is not stored again.
class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStore)
public:
    struct CachedOrganization
    {
        Organization organization;
        SnapshotInfo latest;
    };

    explicit SnapshotStore(CacheDatabase &database);

    // Stores a snapshot; returns its id, or 0 with error() set (and nothing changed).
    qint64 write(const OrgSnapshot &snapshot, SnapshotSource source = SnapshotSource::Sync, int requests = 0);
    // Events::Later: the newest snapshot without its events (a busy feed is 10,000 rows, most of the
    // parsing): the window shows the organization sooner. latestEvents() then reads them — in the same
    // read transaction (CacheDatabase::ReadTransaction held around both), so that they belong to the
    // same snapshot.
    enum class Events { Included, Later };
    std::optional<OrgSnapshot> latest(const QString &orgId, Events events = Events::Included);
    // The events of the newest snapshot; empty with error() set when a row cannot be read.
    ApiEvents latestEvents(const QString &orgId);
    std::optional<OrgSnapshot> load(const QString &orgId, qint64 snapshotId);
    QList<SnapshotInfo> history(const QString &orgId);
    QList<CachedOrganization> organizations();

    void setRetention(int snapshotsPerOrg) { m_retention = snapshotsPerOrg; }
    int retention() const { return m_retention; }

    // Local notes, kept while their key or entry exists; never sent anywhere but exports.
    bool setNote(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &note);
    Notes notes(const QString &orgId, NoteKind kind);
    // A note edited by someone who saw the version of expectedUpdatedAt (invalid: there was none): written
    // (with note.updatedAt as its time) only when the store still holds that version — or already holds
    // this text. Otherwise nothing is written and Conflict gives the store's note in *theirs (empty when it
    // was removed meanwhile): several admins share a team store, and nobody's note is overwritten silently.
    NoteWrite setNoteChecked(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &note,
                             const QDateTime &expectedUpdatedAt, Note *theirs);
    // Key rotations in progress: stored, replaced, or (nullopt) removed once finished or cancelled.
    bool setRotation(const QString &orgId, const QString &oldKeyId, const std::optional<Rotation> &rotation);
    Rotations rotations(const QString &orgId);

    // For a copy between stores (StoreCopy): a copied snapshot keeps when it was last confirmed and who
    // wrote it; a note is taken when the target has none or an older one, with its own time.
    bool setSnapshotOrigin(qint64 snapshotId, const QDateTime &checkedAt, const QString &writtenBy);
    // Stores the snapshot (at its takenAt) as history only, never as the current one: a copy of another
    // store's late snapshot (StoreCopy).
    qint64 writeAsHistory(const OrgSnapshot &snapshot, SnapshotSource source, int requests);
    enum class Merged { Taken, Kept, Failed };
    Merged mergeNote(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &note);

    const QString &error() const { return m_error; }
    // For tests: runs between reading a snapshot's header and its rows (where another connection's
    // commit must not show).
    void setBetweenReadsHook(std::function<void()> hook) { m_betweenReads = std::move(hook); }
    // How many rows the last write serialized: every row of the snapshot, or only those of the objects
    // that differ from the newest snapshot this store wrote or read (tests and benchmarks).
    int rowsSerialized() const { return m_rowsSerialized; }
    // The history entry of the last successful write (as history() will list it).
    const SnapshotInfo &written() const { return m_written; }

private:
    std::optional<OrgSnapshot> read(const QString &orgId, std::optional<qint64> snapshotId,
                                    Events events = Events::Included);
    bool applyRetention(const QString &orgId);
    // In write()'s transaction: the snapshot stored whole as late history (SnapshotInfo::late).
    qint64 writeLate(const OrgSnapshot &snapshot, const QDateTime &takenAt, SnapshotSource source,
                     int requests);
    // PostgreSQL: NOTIFY the other consoles of a change to the organization (what: snapshot, confirmed,
    // note, rotation); as JSON {"org", "what", "by"}.
    void notifyOthers(const QString &orgId, const QString &what);
    // The one statement that writes a note (an empty one: deleted), prepared and bound on q.
    static void prepareNoteWrite(QSqlQuery &q, const QString &orgId, NoteKind kind, const QString &objectKey,
                                 const Note &note, const QString &updatedAt);
    bool deleteNotesOfGoneObjects(const OrgSnapshot &snapshot, QSqlQuery &q);

    // Per organization, the newest snapshot this store wrote or read, with its id: a write compares with
    // it (when it is still the newest in the file) and writes only what changed.
    struct Current
    {
        qint64 id = 0;
        OrgSnapshot snapshot;
        bool eventsMissing = false; // read with Events::Later, latestEvents() not yet: not compared with
    };

    CacheDatabase &m_db;
    QHash<QString, Current> m_current;
    int m_retention = 100;
    int m_rowsSerialized = 0;
    QString m_error;
    SnapshotInfo m_written;
    std::function<void()> m_betweenReads;
};
