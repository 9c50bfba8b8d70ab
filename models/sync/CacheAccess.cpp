// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheAccess.h"

#include "Background.h"
#include "CacheDatabase.h"
#include "Outbox.h"
#include "SnapshotStore.h"
#include "StoreLocation.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

// Set on the cache thread once its last job has run and its database is closed.
struct Latch
{
    QMutex mutex;
    QWaitCondition condition;
    bool done = false;

    void release()
    {
        const QMutexLocker lock(&mutex);
        done = true;
        condition.wakeAll();
    }
    bool wait(QDeadlineTimer deadline = QDeadlineTimer::Forever)
    {
        QMutexLocker lock(&mutex);
        while (!done) {
            if (!condition.wait(&mutex, deadline))
                return done;
        }
        return true;
    }
};

// The cache threads of destroyed CacheAccess objects that are finishing their writes. The registry owns
// their QThread objects: it deletes one once its thread has ended (never from under a waiter).
struct Closing
{
    QString path;
    std::shared_ptr<Latch> latch;
    QThread *thread = nullptr;
    QObject *mailbox = nullptr; // where the jobs' answers were posted: deleted with the thread

    void deleteAll() const
    {
        delete thread;
        delete mailbox;
    }
};
QMutex registryLock;
QList<Closing> &closingCaches()
{
    static QList<Closing> closing;
    return closing;
}

} // namespace

// Lives on the cache thread: opens its connection there, at the first job, and closes it there.
class CacheAccess::Worker final : public QObject
{
public:
    explicit Worker(const QString &path)
        : m_path(path)
    {
        if (StoreLocation::looksLikePostgres(path))
            m_outbox = std::make_unique<Outbox>(path);
    }

    // The store, the file opened at the first job. checkLater: the first read of the organization shown
    // last may run before the file's check; every other job runs after it (the check moves a damaged
    // file aside and starts a fresh one: a new store, with nothing of the old file's).
    SnapshotStore *store(CacheDatabase::Check check = CacheDatabase::Check::AtOpen)
    {
        if (check == CacheDatabase::Check::AtOpen)
            m_held.reset(); // the first read's transaction ends before anything else runs
        if (!m_tried) {
            m_tried = true;
            m_db = std::make_unique<CacheDatabase>();
            if (m_db->open(m_path, CacheDatabase::SchemaVersion, check)) {
                makeStore();
                if (m_db->isPostgres()) {
                    m_db->setReconnectBudget(reconnectBudgetMs.load());
                    m_db->listen([this](const QString &payload) { onNotification(payload); });
                    startHealthCheck();
                    // What the last session could not write goes first: the first read sees it.
                    if (!m_db->isReadOnly())
                        flush(m_store.get());
                }
            } else if (m_outbox) { // a shared store that does not answer: asked again at each check
                m_up = false;
                startHealthCheck();
                if (const int waiting = m_outbox->pending(); waiting > 0 && unsavedChanged)
                    unsavedChanged(waiting, m_db->error());
            }
        } else if (check == CacheDatabase::Check::AtOpen && m_db && !m_db->isChecked()) {
            const bool hadNotice = !m_db->recoveryNotice().isEmpty();
            const bool usable = m_db->finishCheck();
            m_replacedAfterFirstRead = !hadNotice && !m_db->recoveryNotice().isEmpty();
            if (!usable)
                m_store.reset();
            else if (m_replacedAfterFirstRead)
                makeStore();
        }
        return m_store.get();
    }
    CacheDatabase *database() { return m_db.get(); }
    // A read transaction kept from one job to the next (the first organization, then its events).
    void holdReadTransaction()
    {
        if (m_db && !m_held)
            m_held = std::make_unique<CacheDatabase::ReadTransaction>(*m_db);
    }
    // The check that followed a read before it set the file aside.
    bool replacedAfterFirstRead() const { return m_replacedAfterFirstRead; }
    void setRetention(int n)
    {
        m_retention = n;
        if (m_store)
            m_store->setRetention(n);
    }
    void makeStore()
    {
        m_store = std::make_unique<SnapshotStore>(*m_db);
        m_store->setRetention(m_retention);
    }
    // Told on the cache thread of a change another console committed to a shared store: it is read
    // (after the job running now) and handed on.
    std::function<void(const OrgState &state, const QString &by)> remoteChanged;
    void onNotification(const QString &payload)
    {
        const QJsonObject change = QJsonDocument::fromJson(payload.toUtf8()).object();
        const QString orgId = change.value("org"_L1).toString();
        if (orgId.isEmpty() || orgId.size() > 64)
            return;
        const bool scheduled = !m_remote.isEmpty();
        m_remote.insert(orgId, change.value("by"_L1).toString().left(200));
        if (!scheduled)
            QMetaObject::invokeMethod(
                this, [this] { readRemote(); }, Qt::QueuedConnection);
    }
    void readRemote()
    {
        if (closing || !m_store) {
            m_remote.clear();
            return;
        }
        if (m_held) { // the first organization's two reads are not split: after them
            QTimer::singleShot(50, this, [this] { readRemote(); });
            return;
        }
        const QHash<QString, QString> remote = std::exchange(m_remote, {});
        for (auto it = remote.cbegin(); it != remote.cend(); ++it) {
            const CacheDatabase::ReadTransaction transaction(*m_db);
            std::optional<OrgSnapshot> latest = m_store->latest(it.key());
            if (!latest)
                continue;
            OrgState state;
            state.snapshot = std::move(*latest);
            state.keyNotes = m_store->notes(it.key(), NoteKind::Key);
            state.entryNotes = m_store->notes(it.key(), NoteKind::Entry);
            state.rotations = m_store->rotations(it.key());
            state.history = m_store->history(it.key());
            QString by = it.value();
            for (auto h = state.history.crbegin(); by.isEmpty() && h != state.history.crend(); ++h)
                if (!h->late)
                    by = h->writtenBy;
            if (remoteChanged)
                remoteChanged(state, by);
        }
    }

    // A shared store is asked now and then whether it still answers (a console that only listens would
    // not notice otherwise); a lost connection is opened again, and what was missed meanwhile is read.
    std::function<void(bool up, const QString &error)> connectionChanged;
    std::atomic<int> healthIntervalMs = 15'000;
    std::atomic<int> reconnectBudgetMs = 20'000;
    void setUp(bool up, const QString &error)
    {
        if (up == m_up)
            return;
        m_up = up;
        if (connectionChanged)
            connectionChanged(up, error);
    }
    void openAgain()
    {
        m_tried = false;
        m_db.reset();
        if (!store())
            return;
        setUp(true, {});
        for (const auto &cached : m_store->organizations())
            m_remote.insert(cached.organization.id, {});
        QMetaObject::invokeMethod(
            this, [this] { readRemote(); }, Qt::QueuedConnection);
    }

    // Writes a shared store did not take (Outbox).
    std::function<void(int pending, const QString &error)> unsavedChanged;
    std::function<void(const QList<SnapshotInfo> &, const QList<NoteConflict> &)> unsavedWritten;
    std::function<void(int count, const QString &reason, const QString &file)> unsavedRefused;
    Outbox *outbox() { return m_outbox.get(); }
    // What waits is written first, oldest first; true when nothing waits any more.
    bool flush(SnapshotStore *store)
    {
        if (!m_outbox || m_outbox->pending() == 0)
            return true;
        if (!store || (m_db && m_db->isReadOnly()))
            return false;
        applyReconnectBudget();
        const Outbox::Replayed replayed
            = m_outbox->replay(*store, [this] { return m_db && m_db->checkAlive(); });
        if (replayed.written > 0 && unsavedWritten)
            unsavedWritten(replayed.snapshots, replayed.conflicts);
        if (replayed.setAside > 0 && unsavedRefused)
            unsavedRefused(replayed.setAside, replayed.refusal, m_outbox->path());
        const int left = m_outbox->pending();
        if (left > 0)
            setUp(false, replayed.error);
        if (unsavedChanged && (replayed.written > 0 || left > 0))
            unsavedChanged(left, replayed.error);
        return left == 0;
    }
    // The periodic retry: one try to reach the store (no 20 s reconnection that would hold every read
    // queued behind it), then what waits.
    void flushIfAnswering(SnapshotStore *store)
    {
        if (!m_db || !store)
            return;
        if (!m_db->checkAlive()) {
            setUp(false, m_db->error());
            if (unsavedChanged && m_outbox && m_outbox->pending() > 0)
                unsavedChanged(m_outbox->pending(), m_db->error()); // asked again later
            return;
        }
        setUp(true, {});
        flush(store);
    }
    enum class Outcome { Written, Kept, Lost };
    // A write: on a shared store after what waits, and kept in the outbox when the store does not take it
    // (then error says why). On a SQLite file: written or lost (error).
    Outcome write(SnapshotStore *store, const std::function<bool(SnapshotStore *)> &attempt,
                  const std::function<bool(Outbox &)> &keep, QString *error)
    {
        if (!m_outbox) {
            if (store && attempt(store))
                return Outcome::Written;
            *error = store ? store->error() : CacheAccess::tr("the cache could not be opened");
            return Outcome::Lost;
        }
        // While the store is known not to answer and writes wait, this one waits behind them at once
        // (no reconnection per write: quitting during an outage does not wait for each).
        const bool tryStore = m_up || m_outbox->pending() == 0;
        if (tryStore && flush(store) && store) {
            applyReconnectBudget();
            if (attempt(store)) {
                setUp(true, {});
                return Outcome::Written;
            }
        }
        *error = store ? store->error() : (m_db ? m_db->error() : QString());
        if (error->isEmpty())
            *error = CacheAccess::tr("the team store does not answer");
        if (m_db && m_db->isReadOnly()) // refused for good: nothing to wait for
            return Outcome::Lost;
        if (!keep(*m_outbox)) {
            *error = CacheAccess::tr("%1; it could not be kept on this computer either (%2)")
                         .arg(*error, m_outbox->error());
            return Outcome::Lost;
        }
        setUp(false, *error);
        if (unsavedChanged)
            unsavedChanged(m_outbox->pending(), *error);
        *error
            = CacheAccess::tr("the team store did not take it (%1); it is kept on this computer and written "
                              "to the store as soon as it answers")
                  .arg(error->left(300));
        return Outcome::Kept;
    }
    void applyReconnectBudget()
    {
        if (m_db)
            m_db->setReconnectBudget(closing ? 0 : reconnectBudgetMs.load());
    }

    void startHealthCheck()
    {
        if (m_healthTimer)
            return;
        auto *timer = new QTimer(this);
        m_healthTimer = timer;
        timer->setInterval(healthIntervalMs.load());
        connect(timer, &QTimer::timeout, this, [this, timer] {
            timer->setInterval(healthIntervalMs.load());
            if (closing || !m_db)
                return;
            if (!m_store) { // it did not answer at the start: opened now, and everything it holds read
                openAgain();
                return;
            }
            const int before = m_db->reconnections();
            const bool up = m_db->checkAlive();
            setUp(up, up ? QString() : m_db->error());
            if (up && m_outbox) {
                m_outbox->recount(); // a headless run of this user may have left writes too
                flush(m_store.get());
            }
            if (up && m_db->reconnections() != before && m_store) { // notifications were missed
                for (const auto &cached : m_store->organizations())
                    m_remote.insert(cached.organization.id, {});
                QMetaObject::invokeMethod(
                    this, [this] { readRemote(); }, Qt::QueuedConnection);
            }
        });
        timer->start();
    }

    // On the cache thread, after the last job.
    void close()
    {
        m_held.reset();
        m_outbox.reset();
        m_store.reset();
        m_db.reset();
    }

    std::atomic<bool> closing = false; // the CacheAccess is gone: reads are dropped

private:
    QString m_path;
    bool m_tried = false;
    bool m_replacedAfterFirstRead = false;
    int m_retention = 100;
    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<SnapshotStore> m_store;
    std::unique_ptr<CacheDatabase::ReadTransaction> m_held;
    QHash<QString, QString> m_remote; // organizations another console changed -> who
    bool m_up = true;
    QTimer *m_healthTimer = nullptr;
    std::unique_ptr<Outbox> m_outbox; // a shared store's writes it did not take
};

CacheAccess::CacheAccess(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_thread(new QThread) // not a child: it goes on after this object, until its writes are done
    , m_worker(new Worker(path))
    , m_mailbox(new QObject)
{
    // Whatever else the program does, the application object waits for closing caches when it goes, so
    // that no cache thread is still writing while the process tears down Qt (and SQLite's driver).
    static const bool waitsAtExit = [] {
        qAddPostRoutine([] { waitForAll(); });
        return true;
    }();
    Q_UNUSED(waitsAtExit);
    m_thread->setObjectName(u"cache"_s);
    m_worker->connectionChanged
        = [mailbox = m_mailbox, self = QPointer<CacheAccess>(this)](bool up, const QString &error) {
              QMetaObject::invokeMethod(
                  mailbox,
                  [self, up, error] {
                      if (self)
                          emit self->storeConnectionChanged(up, error);
                  },
                  Qt::QueuedConnection);
          };
    // Another console's change, read on the cache thread, delivered here while this object exists.
    m_worker->remoteChanged = [mailbox = m_mailbox, self = QPointer<CacheAccess>(this)](const OrgState &state,
                                                                                        const QString &by) {
        QMetaObject::invokeMethod(
            mailbox,
            [self, state, by] {
                if (self)
                    emit self->storeChanged(state, by);
            },
            Qt::QueuedConnection);
    };
    m_worker->unsavedChanged
        = [mailbox = m_mailbox, self = QPointer<CacheAccess>(this)](int pending, const QString &error) {
              QMetaObject::invokeMethod(
                  mailbox,
                  [self, pending, error] {
                      if (self)
                          emit self->unsavedChanged(pending, error);
                  },
                  Qt::QueuedConnection);
          };
    m_worker->unsavedWritten
        = [mailbox = m_mailbox, self = QPointer<CacheAccess>(this)](const QList<SnapshotInfo> &snapshots,
                                                                    const QList<NoteConflict> &conflicts) {
              QMetaObject::invokeMethod(
                  mailbox,
                  [self, snapshots, conflicts] {
                      if (self)
                          emit self->unsavedWritten(snapshots, conflicts);
                  },
                  Qt::QueuedConnection);
          };
    m_worker->unsavedRefused = [mailbox = m_mailbox, self = QPointer<CacheAccess>(this)](
                                   int count, const QString &reason, const QString &file) {
        QMetaObject::invokeMethod(
            mailbox,
            [self, count, reason, file] {
                if (self)
                    emit self->unsavedRefused(count, reason, file);
            },
            Qt::QueuedConnection);
    };
    m_worker->moveToThread(m_thread);
    m_thread->start();
    // An earlier CacheAccess of the same file may still be writing what it was given: this one reads
    // after it, on its own thread (the GUI thread never waits).
    QList<std::shared_ptr<Latch>> before;
    {
        const QMutexLocker lock(&registryLock);
        QList<Closing> &closing = closingCaches();
        // Threads that have ended are deleted here (on the thread that made them).
        closing.removeIf([](const Closing &c) {
            if (!c.latch->wait(QDeadlineTimer(0)) || !c.thread->wait(QDeadlineTimer(0)))
                return false;
            c.deleteAll();
            return true;
        });
        for (const Closing &c : std::as_const(closing)) {
            if (c.path == path)
                before.append(c.latch);
        }
    }
    if (!before.isEmpty())
        QMetaObject::invokeMethod(
            m_worker,
            [before] {
                for (const auto &latch : before)
                    latch->wait(QDeadlineTimer(60'000));
            },
            Qt::QueuedConnection);
}

CacheAccess::~CacheAccess()
{
    // After every job queued so far: close the database on its thread, then end the thread.
    auto latch = std::make_shared<Latch>();
    {
        const QMutexLocker lock(&registryLock);
        closingCaches().append({m_path, latch, m_thread, m_mailbox});
    }
    m_worker->closing = true;
    QThread *thread = m_thread;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, thread, latch] {
            worker->close();
            worker->deleteLater(); // when the thread finishes
            latch->release();
            thread->quit();
        },
        Qt::QueuedConnection);
}

bool CacheAccess::waitForAll(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QList<Closing> closing;
    {
        const QMutexLocker lock(&registryLock);
        closing.swap(closingCaches());
    }
    bool all = true;
    QList<Closing> running; // past the deadline: left as they are
    for (const Closing &c : std::as_const(closing)) {
        if (c.latch->wait(deadline) && c.thread->wait(deadline)) {
            c.deleteAll();
            continue;
        }
        all = false;
        running.append(c);
    }
    if (!running.isEmpty()) {
        const QMutexLocker lock(&registryLock);
        closingCaches().append(running);
    }
    return all;
}

void CacheAccess::enqueue(Job kind, std::function<void(SnapshotStore *)> job)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, kind, job = std::move(job)] {
            Background::lowerThisThread(); // the GUI thread first (Background.h)
            if (kind != Job::Write && worker->closing)
                return;
            job(worker->store(kind == Job::FirstRead ? CacheDatabase::Check::Later
                                                     : CacheDatabase::Check::AtOpen));
        },
        Qt::QueuedConnection);
}

void CacheAccess::open(const QObject *context, std::function<void(const Opened &)> done,
                       const QString &firstOrgId,
                       std::function<void(const QString &orgId, const ApiEvents &events)> firstEvents)
{
    Worker *worker = m_worker;
    // Each organization's snapshot, notes and history are read in one read transaction (a sync committing
    // meanwhile cannot mix two of its snapshots); the first one asked for before the others.
    const auto read = [worker](SnapshotStore *store, const QString &only, const QString &except) {
        Opened opened;
        opened.first = !only.isEmpty();
        CacheDatabase *db = worker->database();
        opened.recoveryNotice = db ? db->recoveryNotice() : QString();
        opened.readOnlyReason = db ? db->readOnlyReason() : QString();
        opened.replacedAfterFirst = !except.isEmpty() && worker->replacedAfterFirstRead();
        if (!store) {
            opened.error = db ? db->error() : QString();
            return opened;
        }
        opened.ok = true;
        const CacheDatabase::ReadTransaction transaction(*db);
        for (const SnapshotStore::CachedOrganization &cached : store->organizations()) {
            const QString orgId = cached.organization.id;
            if ((!only.isEmpty() && orgId != only) || (!except.isEmpty() && orgId == except))
                continue;
            // The first organization without its events: they follow in an answer of their own.
            const auto events
                = only.isEmpty() ? SnapshotStore::Events::Included : SnapshotStore::Events::Later;
            std::optional<OrgSnapshot> latest = store->latest(orgId, events);
            if (!latest)
                continue;
            OrgState state;
            state.eventsPending = events == SnapshotStore::Events::Later;
            state.snapshot = std::move(*latest);
            state.keyNotes = store->notes(orgId, NoteKind::Key);
            state.entryNotes = store->notes(orgId, NoteKind::Entry);
            state.rotations = store->rotations(orgId);
            state.history = store->history(orgId);
            opened.states.append(std::move(state));
        }
        return opened;
    };
    if (!firstOrgId.isEmpty()) {
        run<Opened>(
            Job::FirstRead, context,
            [read, worker, firstOrgId](SnapshotStore *store) {
                worker->holdReadTransaction(); // until its events are read, in the next job
                return read(store, firstOrgId, QString());
            },
            done);
        run<ApiEvents>(
            Job::FirstRead, context,
            [firstOrgId](SnapshotStore *store) {
                return store ? store->latestEvents(firstOrgId) : ApiEvents();
            },
            [firstOrgId, firstEvents = std::move(firstEvents)](const ApiEvents &events) {
                if (firstEvents)
                    firstEvents(firstOrgId, events);
            });
    }
    run<Opened>(
        Job::Read, context,
        [read, firstOrgId](SnapshotStore *store) { return read(store, QString(), firstOrgId); },
        std::move(done));
}

void CacheAccess::write(const OrgSnapshot &snapshot, SnapshotSource source, int requests,
                        const QObject *context,
                        std::function<void(const SnapshotInfo &, const QString &error)> done, Events events)
{
    struct Written
    {
        SnapshotInfo info;
        QString error;
    };
    Worker *worker = m_worker;
    run<Written>(
        Job::Write, context,
        [worker, snapshot, source, requests, events](SnapshotStore *store) {
            Written w;
            worker->write(
                store,
                [&](SnapshotStore *s) {
                    OrgSnapshot complete = snapshot;
                    if (events == Events::AsStored)
                        complete.events = s->latestEvents(snapshot.organization.id);
                    if (s->write(complete, source, requests) == 0)
                        return false;
                    w.info = s->written();
                    return true;
                },
                [&](Outbox &outbox) {
                    return outbox.addSnapshot(snapshot, source, requests, events == Events::AsStored);
                },
                &w.error);
            return w;
        },
        [done = std::move(done)](const Written &w) { done(w.info, w.error); });
}

void CacheAccess::load(const QString &orgId, qint64 snapshotId, const QObject *context,
                       std::function<void(const std::optional<OrgSnapshot> &)> done)
{
    run<std::optional<OrgSnapshot>>(
        Job::Read, context,
        [orgId, snapshotId](SnapshotStore *store) {
            return store ? store->load(orgId, snapshotId) : std::optional<OrgSnapshot>();
        },
        std::move(done));
}

void CacheAccess::setNote(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &note)
{
    Worker *worker = m_worker;
    enqueue(Job::Write, [worker, orgId, kind, objectKey, note](SnapshotStore *store) {
        QString error;
        worker->write(
            store, [&](SnapshotStore *s) { return s->setNote(orgId, kind, objectKey, note); },
            [&](Outbox &outbox) { return outbox.addNote(orgId, kind, objectKey, note, std::nullopt); },
            &error);
    });
}

void CacheAccess::setNoteChecked(const QString &orgId, NoteKind kind, const QString &objectKey,
                                 const Note &note, const QDateTime &expectedUpdatedAt, const QObject *context,
                                 std::function<void(NoteWrite, const Note &)> done)
{
    using Answer = QPair<NoteWrite, Note>;
    Worker *worker = m_worker;
    run<Answer>(
        Job::Write, context,
        [worker, orgId, kind, objectKey, note, expectedUpdatedAt](SnapshotStore *store) {
            Answer answer{NoteWrite::Failed, {}};
            QString error;
            worker->write(
                store,
                [&](SnapshotStore *s) {
                    answer.first
                        = s->setNoteChecked(orgId, kind, objectKey, note, expectedUpdatedAt, &answer.second);
                    return answer.first != NoteWrite::Failed;
                },
                [&](Outbox &outbox) {
                    return outbox.addNote(orgId, kind, objectKey, note, expectedUpdatedAt);
                },
                &error);
            return answer;
        },
        [done = std::move(done)](const Answer &answer) { done(answer.first, answer.second); });
}

void CacheAccess::setRotation(const QString &orgId, const QString &oldKeyId,
                              const std::optional<Rotation> &rotation)
{
    Worker *worker = m_worker;
    enqueue(Job::Write, [worker, orgId, oldKeyId, rotation](SnapshotStore *store) {
        QString error;
        worker->write(
            store, [&](SnapshotStore *s) { return s->setRotation(orgId, oldKeyId, rotation); },
            [&](Outbox &outbox) { return outbox.addRotation(orgId, oldKeyId, rotation); }, &error);
    });
}

void CacheAccess::flushUnsaved()
{
    Worker *worker = m_worker;
    enqueue(Job::Write, [worker](SnapshotStore *store) {
        if (Outbox *outbox = worker->outbox()) {
            outbox->recount();
            worker->flushIfAnswering(store);
        }
    });
}

void CacheAccess::reread(const QString &orgId)
{
    Worker *worker = m_worker;
    enqueue(Job::Read, [worker, orgId](SnapshotStore *) {
        worker->onNotification(
            QString::fromUtf8(QJsonDocument(QJsonObject{{"org"_L1, orgId}}).toJson(QJsonDocument::Compact)));
    });
}

void CacheAccess::setHealthCheckInterval(int ms, int reconnectBudgetMs)
{
    m_worker->healthIntervalMs = std::max(50, ms);
    m_worker->reconnectBudgetMs = std::max(0, reconnectBudgetMs);
}

void CacheAccess::setRetention(int snapshotsPerOrg)
{
    Worker *worker = m_worker;
    enqueue(Job::Write,
            [worker, snapshotsPerOrg](SnapshotStore *) { worker->setRetention(snapshotsPerOrg); });
}
