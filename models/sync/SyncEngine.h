// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiClient.h"
#include "OrgSnapshot.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

// Reads one organization from the server into an OrgSnapshot: the organization, its setting, projects,
// users, events, keys (all pages) and each key's whitelist, with bounded concurrency through ApiClient. A
// list the key may not read is recorded as not readable with the reason, never as empty. Project assignments
// come with the keys' roles; a project's key list is read only when the organization's keys are not readable.
// Reads that fail transiently are read again in later passes (see MaxPasses); a sync either reads
// everything it set out to read or fails, so a partial snapshot is never passed on as complete.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)
public:
    enum class Phase { Organization, Keys, Whitelists, ProjectKeys, Writing, Done };
    Q_ENUM(Phase)

    explicit SyncEngine(ApiClient *client, QObject *parent = nullptr);
    ~SyncEngine() override;

    // What a sync builds on: the organization's previous snapshot, when there is one. With a previous
    // snapshot whose events were read, and a feed that answers, the sync is incremental: the key list is
    // read again, but only the whitelists of keys that are new or that an event since the last read names;
    // the others (with their usage counters) are kept, marked with the time they were read. `full` reads
    // every whitelist regardless.
    struct Basis
    {
        std::optional<OrgSnapshot> previous;
        bool full = false;
    };
    // A first sync reads the whole feed (up to ApiClient::MaxEventPages); a later one from this long
    // before the last read (clocks of client and server differ; events are deduplicated by ID).
    static constexpr int EventsOverlapSeconds = 600;

    // Starts reading; a running read of another organization is cancelled first.
    void start(const QString &orgId, RequestScheduler::Priority priority, Basis basis);
    void cancel();
    bool isRunning() const { return m_run != nullptr; }
    QString orgId() const;

    static QString phaseName(Phase phase);
    // A read failed for a reason that may pass (network, timeout, 5xx, rate limit).
    static bool isTransient(const ApiError &error);

    // Reads that failed after the scheduler's tries get up to MaxPasses passes in all, within a budget
    // for the whole sync (a quarter of a phase's reads, at least MinRetryBudget), after a pause of
    // PassPauseMs × (pass − 1).
    static constexpr int MaxPasses = 4;
    static constexpr int MinRetryBudget = 16;
    static constexpr int PassPauseMs = 250;

signals:
    void progress(const QString &orgId, SyncEngine::Phase phase, int done, int expected);
    void read(const QString &orgId, const OrgSnapshot &snapshot, int requests, bool incremental);
    void failed(const QString &orgId, const ApiError &error);

private:
    struct Run;
    struct Task;
    void beginOrganization(const std::shared_ptr<Run> &run); // phase 1, once the server is known
    void beginPhase(const std::shared_ptr<Run> &run, Phase phase, const QList<Task> &tasks);
    void issueAll(const std::shared_ptr<Run> &run, const QList<Task> &tasks);
    void issue(const std::shared_ptr<Run> &run, const Task &task);
    void taskDone(const std::shared_ptr<Run> &run);
    void taskFailed(const std::shared_ptr<Run> &run, const Task &task, const ApiError &error);
    void taskSettled(const std::shared_ptr<Run> &run);
    void step(const std::shared_ptr<Run> &run);
    QList<Task> whitelistReads(const std::shared_ptr<Run> &run);
    void finishEvents(const std::shared_ptr<Run> &run);
    static void releaseInBackground(const std::shared_ptr<Run> &run);
    void fail(const std::shared_ptr<Run> &run, const ApiError &error);

    ApiClient *m_client;
    std::shared_ptr<Run> m_run;
    quint64 m_nextGroup = 1'000'000;
};
