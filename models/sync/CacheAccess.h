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
        QList<OrgState> states;
    };

    explicit CacheAccess(const QString &path, QObject *parent = nullptr);
    ~CacheAccess() override; // waits for the job that runs, drops the queued ones

    const QString &path() const { return m_path; }

    // Opens (creating or migrating) and loads the latest state of every cached organization.
    void open(const QObject *context, std::function<void(const Opened &)> done);
    // Stores a snapshot; done gets its history entry, or an error text.
    void write(const OrgSnapshot &snapshot, SnapshotSource source, int requests, const QObject *context,
               std::function<void(const SnapshotInfo &, const QString &error)> done);
    void load(const QString &orgId, qint64 snapshotId, const QObject *context,
              std::function<void(const std::optional<OrgSnapshot> &)> done);
    void setNote(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &note);
    void setRetention(int snapshotsPerOrg);

    // Runs job(store) on the cache thread; its result goes to done on this object's thread while context
    // exists. store is null when the cache could not be opened.
    template<typename R>
    void run(const QObject *context, std::function<R(SnapshotStore *)> job, std::function<void(R)> done)
    {
        enqueue([this, guard = QPointer<const QObject>(context), job = std::move(job),
                 done = std::move(done)](SnapshotStore *store) {
            auto result = std::make_shared<R>(job(store));
            QMetaObject::invokeMethod(
                this,
                [guard, result, done] {
                    if (guard)
                        done(*result);
                },
                Qt::QueuedConnection);
        });
    }

private:
    class Worker;
    void enqueue(std::function<void(SnapshotStore *)> job);

    QString m_path;
    QThread *m_thread;
    Worker *m_worker;
};
