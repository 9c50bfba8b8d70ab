// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheAccess.h"

#include "CacheDatabase.h"
#include "SnapshotStore.h"

#include <QThread>

using namespace Qt::StringLiterals;

// Lives on the cache thread: opens its connection there, at the first job.
class CacheAccess::Worker final : public QObject
{
public:
    explicit Worker(const QString &path)
        : m_path(path)
    { }

    SnapshotStore *store()
    {
        if (!m_tried) {
            m_tried = true;
            m_db = std::make_unique<CacheDatabase>();
            if (m_db->open(m_path)) {
                m_store = std::make_unique<SnapshotStore>(*m_db);
                m_store->setRetention(m_retention);
            }
        }
        return m_store.get();
    }
    CacheDatabase *database() { return m_db.get(); }
    void setRetention(int n)
    {
        m_retention = n;
        if (m_store)
            m_store->setRetention(n);
    }

private:
    QString m_path;
    bool m_tried = false;
    int m_retention = 100;
    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<SnapshotStore> m_store;
};

CacheAccess::CacheAccess(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_thread(new QThread(this))
    , m_worker(new Worker(path))
{
    m_thread->setObjectName(u"cache"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

CacheAccess::~CacheAccess()
{
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
}

void CacheAccess::enqueue(std::function<void(SnapshotStore *)> job)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, thread = m_thread, job = std::move(job)] {
            if (!thread->isInterruptionRequested())
                job(worker->store());
        },
        Qt::QueuedConnection);
}

void CacheAccess::open(const QObject *context, std::function<void(const Opened &)> done)
{
    Worker *worker = m_worker;
    run<Opened>(
        context,
        [worker](SnapshotStore *store) {
            Opened opened;
            CacheDatabase *db = worker->database();
            opened.recoveryNotice = db ? db->recoveryNotice() : QString();
            if (!store) {
                opened.error = db ? db->error() : QString();
                return opened;
            }
            opened.ok = true;
            for (const SnapshotStore::CachedOrganization &cached : store->organizations()) {
                const QString orgId = cached.organization.id;
                std::optional<OrgSnapshot> latest = store->latest(orgId);
                if (!latest)
                    continue;
                OrgState state;
                state.snapshot = std::move(*latest);
                state.keyNotes = store->notes(orgId, NoteKind::Key);
                state.entryNotes = store->notes(orgId, NoteKind::Entry);
                state.history = store->history(orgId);
                opened.states.append(std::move(state));
            }
            return opened;
        },
        std::move(done));
}

void CacheAccess::write(const OrgSnapshot &snapshot, SnapshotSource source, int requests,
                        const QObject *context,
                        std::function<void(const SnapshotInfo &, const QString &error)> done)
{
    struct Written
    {
        SnapshotInfo info;
        QString error;
    };
    run<Written>(
        context,
        [snapshot, source, requests](SnapshotStore *store) {
            Written w;
            if (!store) {
                w.error = tr("the cache could not be opened");
                return w;
            }
            if (store->write(snapshot, source, requests) == 0) {
                w.error = store->error();
                return w;
            }
            w.info = store->written();
            return w;
        },
        [done = std::move(done)](const Written &w) { done(w.info, w.error); });
}

void CacheAccess::load(const QString &orgId, qint64 snapshotId, const QObject *context,
                       std::function<void(const std::optional<OrgSnapshot> &)> done)
{
    run<std::optional<OrgSnapshot>>(
        context,
        [orgId, snapshotId](SnapshotStore *store) {
            return store ? store->load(orgId, snapshotId) : std::optional<OrgSnapshot>();
        },
        std::move(done));
}

void CacheAccess::setNote(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &note)
{
    enqueue([orgId, kind, objectKey, note](SnapshotStore *store) {
        if (store)
            store->setNote(orgId, kind, objectKey, note);
    });
}

void CacheAccess::setRetention(int snapshotsPerOrg)
{
    Worker *worker = m_worker;
    enqueue([worker, snapshotsPerOrg](SnapshotStore *) { worker->setRetention(snapshotsPerOrg); });
}
