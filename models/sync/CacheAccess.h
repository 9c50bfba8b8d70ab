// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgState.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class CacheDatabase;
class SnapshotStore;
class QThread;

// The SQLite cache behind the in-memory state, on a thread of its own with its own connection (a
// connection belongs to the thread that opened it): the GUI thread never waits for a read or a write.
// Jobs run one after another in the order they were queued, so a load queued after a write sees it.
// A job's answer is delivered on the thread of this object, and only while its context exists.
//
// Nothing written is lost and nothing waits: destroying a CacheAccess returns at once; its thread goes on
// with every write already queued (notes, snapshots) — reads are dropped — then closes the database and
// ends. waitForAll() waits for such threads; the application calls it after its event loop, when no
// window can freeze any more.
class CacheAccess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheAccess)
public:
    // What opening the cache found: every cached organization's latest state, or why there is none.
    struct Opened
    {
        bool ok = false;
        QString error; // when not ok
        QString recoveryNotice; // a damaged file was set aside
        QString readOnlyReason; // the store may only be read (CacheDatabase::readOnlyReason)
        QList<OrgState> states;
        bool first = false; // only the organization asked for first; the others follow in another answer
        // The file's check, after the first answer, found it damaged: it was set aside (recoveryNotice)
        // and this answer comes from the fresh cache — what the first answer held is no longer stored.
        bool replacedAfterFirst = false;
    };

    explicit CacheAccess(const QString &path, QObject *parent = nullptr);
    ~CacheAccess() override; // returns at once: queued writes still run, queued reads are dropped

    // Waits (at most timeoutMs) until the threads of destroyed CacheAccess objects have written what was
    // queued and ended; true when all did.
    static bool waitForAll(int timeoutMs = 30'000);

    const QString &path() const { return m_path; }

    // Opens (creating or migrating) and loads the latest state of every cached organization. With
    // firstOrgId (the organization shown last), done is called first with that one alone (Opened::first;
    // when it is cached) without its events (OrgState::eventsPending), then firstEvents with its events
    // (read in the same read transaction, so from the same snapshot; empty when they could not be read),
    // then done with all the others: the window shows it while the rest loads.
    void open(const QObject *context, std::function<void(const Opened &)> done,
              const QString &firstOrgId = {},
              std::function<void(const QString &orgId, const ApiEvents &events)> firstEvents = {});
    // Stores a snapshot; done gets its history entry, or an error text. EventsAsStored: the snapshot was
    // read without its events (OrgState::eventsPending) and is stored with the events the cache holds.
    enum class Events { AsGiven, AsStored };
    void write(const OrgSnapshot &snapshot, SnapshotSource source, int requests, const QObject *context,
               std::function<void(const SnapshotInfo &, const QString &error)> done,
               Events events = Events::AsGiven);
    void load(const QString &orgId, qint64 snapshotId, const QObject *context,
              std::function<void(const std::optional<OrgSnapshot> &)> done);
    void setNote(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &note);
    // The same, checked against the version the person saw (SnapshotStore::setNoteChecked); done gets
    // Conflict and the store's note when someone else changed it meanwhile. A write is never dropped.
    void setNoteChecked(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &note,
                        const QDateTime &expectedUpdatedAt, const QObject *context,
                        std::function<void(NoteWrite result, const Note &theirs)> done);
    void setRotation(const QString &orgId, const QString &oldKeyId, const std::optional<Rotation> &rotation);
    void setRetention(int snapshotsPerOrg);
    // Reads the organization's current state in the store and hands it on as storeChanged (by: who wrote
    // its newest snapshot), as for another console's change.
    void reread(const QString &orgId);
    // A shared store: writes it did not take wait on this computer (Outbox) and are written, oldest first,
    // before anything newer, when it answers — at the health check, at this call, at the next start.
    void flushUnsaved();
    // How often a shared store is asked whether it still answers (15 s; tests shorten it).
    // reconnectBudgetMs: how long a write tries to open a dropped connection again (20 s).
    void setHealthCheckInterval(int ms, int reconnectBudgetMs = 20'000);

    // What a job is: a read may be dropped when the cache is closed; a write never is.
    // FirstRead: the organization shown last, read at start before the file's check (which reads every
    // page); every other job runs after the check.
    enum class Job { FirstRead, Read, Write };
    // Runs job(store) on the cache thread; its result goes to done on this object's thread while context
    // exists. store is null when the cache could not be opened.
    template<typename R>
    void run(Job kind, const QObject *context, std::function<R(SnapshotStore *)> job,
             std::function<void(R)> done)
    {
        enqueue(kind,
                [mailbox = m_mailbox, guard = QPointer<const QObject>(context), job = std::move(job),
                 done = std::move(done)](SnapshotStore *store) {
                    auto result = std::make_shared<R>(job(store));
                    // The mailbox lives on this object's thread until every job has run (this object may
                    // be gone by then): the answer is checked against its context there.
                    QMetaObject::invokeMethod(
                        mailbox,
                        [guard, result, done] {
                            if (guard)
                                done(*result);
                        },
                        Qt::QueuedConnection);
                });
    }

signals:
    // A shared (PostgreSQL) store: another console or headless sync committed a snapshot, a note or a
    // rotation of this organization; state is what the store holds now (read off the GUI thread).
    void storeChanged(const OrgState &state, const QString &by);
    // A shared store stopped answering (error says why) or answers again.
    void storeConnectionChanged(bool up, const QString &error);
    // A shared store: how many writes wait on this computer for it (error: why the last one was not
    // taken; pending 0: none wait any more).
    void unsavedChanged(int pending, const QString &error);
    // Writes that waited were taken by the store: the snapshots as stored (late: overtaken meanwhile,
    // kept as history) and the notes someone else had changed meanwhile (theirs kept).
    void unsavedWritten(const QList<SnapshotInfo> &snapshots, const QList<NoteConflict> &conflicts);
    // Kept writes the store refused twice while answering: set aside in file (kept, not written again).
    void unsavedRefused(int count, const QString &reason, const QString &file);

private:
    class Worker;
    void enqueue(Job kind, std::function<void(SnapshotStore *)> job);

    QString m_path;
    QThread *m_thread;
    Worker *m_worker;
    QObject *m_mailbox; // handed to the registry of closing caches with the thread
};
