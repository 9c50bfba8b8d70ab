// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include "Background.h"
#include "Clock.h"

#include <QFutureWatcher>
#include <QTimer>

// One read of the server: a list, the setting, or one key's whitelist. A read that fails with a transient
// error (network, timeout, 5xx, rate limit) after the scheduler's own tries is kept for another pass.
struct SyncEngine::Task
{
    enum class What {
        Organization,
        Settings,
        Projects,
        Keys,
        Events,
        Users,
        ServiceAccounts,
        Whitelist,
        ProjectKeys,
        AccountList,
        GlobalKeys, // Ops Manager's instance: its global keys and global access list
        GlobalAccessList,
    };
    What what = What::Organization;
    qsizetype index = 0; // the key (Whitelist), project (ProjectKeys) or service account (AccountList)
};

struct SyncEngine::Run
{
    QString orgId;
    quint64 group = 0;
    RequestScheduler::Priority priority = RequestScheduler::Priority::Background;
    int requestsAtStart = 0;
    OrgSnapshot snapshot;
    int pending = 0; // outstanding reads of the current pass
    int done = 0;
    int expected = 0;
    Phase phase = Phase::Organization;
    bool finished = false;
    QList<Task> failedReads; // transient failures of the current pass
    std::optional<ApiError> lastFailure;
    int pass = 1;
    int retryBudget = 0; // reads the later passes may still repeat, for the whole sync
    Basis basis;
    QDateTime startedAt;
    QDateTime eventsSince; // the minDate of the events read
    std::optional<ApiClient::EventsRead> events; // when the feed answered
    QString eventsProblem; // why it did not
    bool incremental = false;
    bool eventsMerged = false; // finishEvents() is done
};

SyncEngine::SyncEngine(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

SyncEngine::~SyncEngine()
{
    cancel();
}

QString SyncEngine::orgId() const
{
    return m_run ? m_run->orgId : QString();
}

QString SyncEngine::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Organization:
        return tr("Reading the organization");
    case Phase::Keys:
        return tr("Reading API keys");
    case Phase::Whitelists:
        return tr("Reading whitelists");
    case Phase::ProjectKeys:
        return tr("Reading project keys");
    case Phase::Writing:
        return tr("Saving");
    case Phase::Done:
        return tr("Done");
    }
    return {};
}

void SyncEngine::cancel()
{
    if (!m_run)
        return;
    auto run = m_run;
    run->finished = true;
    m_run.reset();
    m_client->cancelGroup(run->group);
    releaseInBackground(run);
}

// What a finished read still holds — the snapshot's copy, the previous snapshot, thousands of events read —
// is freed on a worker thread: freed here, the last reference dropped with a reply's callback, it held the
// GUI thread for 9 ms with a maximal organization (bench_gui_stall, APIACCESS_BENCH_TRACE_MS).
void SyncEngine::releaseInBackground(const std::shared_ptr<Run> &run)
{
    Background::run([snapshot = std::exchange(run->snapshot, {}),
                     previous = std::exchange(run->basis.previous, std::nullopt),
                     events = std::exchange(run->events, std::nullopt)] {});
}

void SyncEngine::fail(const std::shared_ptr<Run> &run, const ApiError &error)
{
    if (run->finished)
        return;
    run->finished = true;
    m_client->cancelGroup(run->group);
    if (m_run == run)
        m_run.reset();
    emit failed(run->orgId, error);
    releaseInBackground(run);
}

bool SyncEngine::isTransient(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::RateLimited:
        return true;
    default:
        return error.kind == ApiError::Kind::MalformedResponse && error.httpStatus >= 500;
    }
}

void SyncEngine::start(const QString &orgId, RequestScheduler::Priority priority, Basis basis)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->orgId = orgId;
    run->group = ++m_nextGroup;
    run->priority = priority;
    run->requestsAtStart = m_client->scheduler().requestsStarted();
    run->retryBudget = MinRetryBudget;
    run->startedAt = Clock::nowUtc();
    if (basis.previous && basis.previous->organization.id != orgId)
        basis.previous.reset();
    const OrgSnapshot *previous = basis.previous ? &*basis.previous : nullptr;
    run->eventsSince = previous && previous->eventsReadAt.isValid()
        ? previous->eventsReadAt.addSecs(-EventsOverlapSeconds)
        : QDateTime(); // the whole feed, up to ApiClient::MaxEventPages
    run->basis = std::move(basis);
    m_run = run;

    using W = Task::What;
    if (Instance::is(orgId)) {
        // Ops Manager's instance: its global keys and its global access list, nothing else (its own events
        // feed, /globalEvents, is not read).
        OrgSnapshot &s = run->snapshot;
        s.organization = {Instance::Id, tr("Ops Manager instance"), false};
        s.eventsState = Readability::denied(tr("The instance's events (/globalEvents) are not read."));
        s.serviceAccountsState = Readability::denied(tr("Service accounts belong to organizations."));
        run->eventsMerged = true;
        return beginPhase(run, Phase::Keys, {Task{W::GlobalKeys, 0}, Task{W::GlobalAccessList, 0}});
    }
    // Which server this is decides what is read (service accounts on Cloud Manager and Atlas): a sync that
    // starts before anything asked (the cache shown at start syncs at once) asks first.
    if (m_client->serverInfo().appName.isEmpty()) {
        m_client->root(this, [this, run](const ApiResult<ServerInfo> &) {
            if (m_run == run) // not cancelled meanwhile; a failure shows in the reads that follow
                beginOrganization(run);
        });
        return;
    }
    beginOrganization(run);
}

void SyncEngine::beginOrganization(const std::shared_ptr<Run> &run)
{
    using W = Task::What;
    // Phase 1: organization, setting, projects, keys and events, in parallel.
    QList<Task> tasks{Task{W::Organization, 0}, Task{W::Settings, 0}, Task{W::Projects, 0},
                      Task{W::Keys, 0},         Task{W::Events, 0},   Task{W::Users, 0}};
    // Service accounts where the server has them (Cloud Manager); Ops Manager documents none.
    if (m_client->serverInfo().kind() == ServerKind::CloudManager)
        tasks.append(Task{W::ServiceAccounts, 0});
    else
        run->snapshot.serviceAccountsState
            = Readability::denied(tr("This server has no service accounts (Ops Manager documents none)."));
    beginPhase(run, Phase::Organization, tasks);
}

void SyncEngine::beginPhase(const std::shared_ptr<Run> &run, Phase phase, const QList<Task> &tasks)
{
    run->phase = phase;
    run->done = 0;
    run->expected = int(tasks.size());
    run->pass = 1;
    // Later passes may repeat about a quarter of what this phase reads (at least MinRetryBudget).
    run->retryBudget = std::max(run->retryBudget, int(tasks.size()) / 4);
    emit progress(run->orgId, run->phase, 0, run->expected);
    if (tasks.isEmpty())
        return step(run);
    issueAll(run, tasks);
}

void SyncEngine::issueAll(const std::shared_ptr<Run> &run, const QList<Task> &tasks)
{
    run->pending = int(tasks.size());
    run->failedReads.clear();
    for (const Task &task : tasks)
        issue(run, task);
}

void SyncEngine::taskDone(const std::shared_ptr<Run> &run)
{
    emit progress(run->orgId, run->phase, ++run->done, run->expected);
    taskSettled(run);
}

void SyncEngine::taskFailed(const std::shared_ptr<Run> &run, const Task &task, const ApiError &error)
{
    // A request that got no answer within its whole budget (retries included) means the server stopped
    // answering: another pass would wait as long again for each read, so the sync ends now.
    if (!isTransient(error) || error.kind == ApiError::Kind::Timeout)
        return fail(run, error);
    run->failedReads.append(task);
    run->lastFailure = error;
    taskSettled(run);
}

void SyncEngine::taskSettled(const std::shared_ptr<Run> &run)
{
    if (--run->pending > 0)
        return;
    if (run->failedReads.isEmpty())
        return step(run);
    // Another pass over what failed, after a pause that grows with the passes, while the sync's
    // budget lasts. A read that still fails fails the sync: a partial snapshot is never stored.
    const QList<Task> again = run->failedReads;
    if (run->pass >= MaxPasses || again.size() > run->retryBudget) {
        ApiError error = *run->lastFailure;
        error.detail
            = tr("%n read(s) still failed after %1 passes; nothing was saved.", nullptr, int(again.size()))
                  .arg(run->pass)
            + (error.detail.isEmpty() ? QString() : u' ' + error.detail);
        return fail(run, error);
    }
    run->retryBudget -= int(again.size());
    ++run->pass;
    std::weak_ptr<Run> weak = run;
    QTimer::singleShot(PassPauseMs * (run->pass - 1), this, [this, weak, again] {
        const auto run = weak.lock();
        if (run && !run->finished)
            issueAll(run, again);
    });
}

void SyncEngine::issue(const std::shared_ptr<Run> &run, const Task &task)
{
    const ApiClient::CallOptions options{run->priority, run->group};
    // A key's or a service account's list: read, or "not readable, because…" where the connection may not
    // read it or it is gone; anything else fails the task (and the sync's passes retry it).
    const auto storeList = [this, run, task](auto &record, const ApiResult<QList<AccessListEntry>> &r) {
        if (r.ok())
            record.accessList = r.value();
        else if (r.error().kind == ApiError::Kind::Permission || r.error().kind == ApiError::Kind::NotFound)
            record.accessListState = Readability::denied(r.error().explanation());
        else
            return taskFailed(run, task, r.error());
        taskDone(run);
    };
    using W = Task::What;
    switch (task.what) {
    case W::Organization:
        return m_client->organization(
            run->orgId, this,
            [this, run, task](ApiResult<Organization> r) {
                if (run->finished)
                    return;
                if (!r.ok())
                    return taskFailed(run, task, r.error());
                run->snapshot.organization = r.value();
                taskDone(run);
            },
            options);
    case W::Settings:
        return m_client->orgSettings(
            run->orgId, this,
            [this, run, task](ApiResult<OrgSettings> r) {
                if (run->finished)
                    return;
                if (!r.ok())
                    return taskFailed(run, task, r.error());
                run->snapshot.settings = r.value();
                taskDone(run);
            },
            options);
    case W::Projects:
        return m_client->projects(
            run->orgId, this,
            [this, run, task](ApiResult<QList<Project>> r) {
                if (run->finished)
                    return;
                if (r.ok())
                    run->snapshot.projects = r.value();
                else if (r.error().kind == ApiError::Kind::Permission)
                    run->snapshot.projectsState = Readability::denied(r.error().explanation());
                else
                    return taskFailed(run, task, r.error());
                taskDone(run);
            },
            options);
    case W::Keys:
        return m_client->apiKeys(
            run->orgId, this,
            [this, run, task](ApiResult<QList<ApiKey>> r) {
                if (run->finished)
                    return;
                if (r.ok()) {
                    run->snapshot.keys.clear();
                    for (const ApiKey &key : r.value())
                        run->snapshot.keys.append({key, {}, {}, {}});
                } else if (r.error().kind == ApiError::Kind::Permission) {
                    run->snapshot.keysState = Readability::denied(r.error().explanation());
                } else {
                    return taskFailed(run, task, r.error());
                }
                taskDone(run);
            },
            options);
    case W::Events:
        return m_client->events(
            run->orgId, run->eventsSince, this,
            [this, run, task](ApiResult<ApiClient::EventsRead> r) {
                if (run->finished)
                    return;
                if (r.ok())
                    run->events = r.value();
                else if (isTransient(r.error()))
                    return taskFailed(run, task, r.error());
                else // the feed is an addition: without it the sync reads every whitelist
                    run->eventsProblem = r.error().explanation();
                taskDone(run);
            },
            options);
    case W::Users:
        return m_client->orgUsers(
            run->orgId, this,
            [this, run, task](ApiResult<QList<OrgUser>> r) {
                if (run->finished)
                    return;
                if (r.ok()) {
                    run->snapshot.users = r.value();
                    run->snapshot.usersState = {};
                } else if (isTransient(r.error())) {
                    return taskFailed(run, task, r.error());
                } else { // an addition, for the hygiene report: without it the sync goes on
                    run->snapshot.usersState = Readability::denied(r.error().explanation());
                }
                taskDone(run);
            },
            options);
    case W::ServiceAccounts:
        return m_client->serviceAccounts(
            run->orgId, this,
            [this, run, task](ApiResult<QList<ServiceAccount>> r) {
                if (run->finished)
                    return;
                if (r.ok()) {
                    run->snapshot.serviceAccounts.clear();
                    for (const ServiceAccount &a : r.value())
                        run->snapshot.serviceAccounts.append({a.masked(), {}, {}});
                    run->snapshot.serviceAccountsState = {};
                } else if (isTransient(r.error())) {
                    return taskFailed(run, task, r.error());
                } else { // not listed here (no such endpoint, or not allowed): the sync goes on
                    run->snapshot.serviceAccountsState = Readability::denied(r.error().explanation());
                }
                taskDone(run);
            },
            options);
    case W::AccountList:
        return m_client->serviceAccountAccessList(
            run->orgId, run->snapshot.serviceAccounts.at(task.index).account.clientId, this,
            [run, task, storeList](ApiResult<QList<AccessListEntry>> r) {
                if (!run->finished)
                    storeList(run->snapshot.serviceAccounts[task.index], r);
            },
            options);
    case W::Whitelist:
        return m_client->accessList(
            run->orgId, run->snapshot.keys.at(task.index).key.id, this,
            [run, task, storeList](ApiResult<QList<AccessListEntry>> r) {
                if (!run->finished)
                    storeList(run->snapshot.keys[task.index], r);
            },
            options);
    case W::GlobalKeys:
        return m_client->globalApiKeys(
            this,
            [this, run, task](ApiResult<QList<ApiKey>> r) {
                if (run->finished)
                    return;
                if (r.ok()) {
                    run->snapshot.keys.clear();
                    const Readability own = Readability::denied(
                        tr("A global key has no list of its own: the global access list covers it."));
                    for (const ApiKey &key : r.value())
                        run->snapshot.keys.append({key.masked(), {}, own, {}});
                } else {
                    // Without a global role nothing of the instance can be read: that is the sync's failure.
                    return taskFailed(run, task, r.error());
                }
                taskDone(run);
            },
            options);
    case W::GlobalAccessList:
        return m_client->globalAccessList(
            this,
            [this, run, task](ApiResult<QList<GlobalAccessEntry>> r) {
                if (run->finished)
                    return;
                if (r.ok()) {
                    run->snapshot.globalAccessList = r.value();
                    run->snapshot.globalAccessListState = {};
                } else if (isTransient(r.error())) {
                    return taskFailed(run, task, r.error());
                } else {
                    run->snapshot.globalAccessListState = Readability::denied(r.error().explanation());
                }
                taskDone(run);
            },
            options);
    case W::ProjectKeys:
        return m_client->projectApiKeys(
            run->snapshot.projects.at(task.index).id, this,
            [this, run, task](ApiResult<QList<ApiKey>> r) {
                if (run->finished)
                    return;
                if (r.ok()) {
                    for (const ApiKey &key : r.value()) {
                        if (!run->snapshot.findKey(key.id))
                            run->snapshot.keys.append(
                                {key, {}, Readability::denied(tr("Read through a project only.")), {}});
                    }
                } else if (r.error().kind != ApiError::Kind::Permission
                           && r.error().kind != ApiError::Kind::NotFound) {
                    return taskFailed(run, task, r.error());
                }
                taskDone(run);
            },
            options);
    }
}

void SyncEngine::step(const std::shared_ptr<Run> &run)
{
    if (run->finished)
        return;
    using W = Task::What;
    if (run->phase == Phase::Organization && !run->snapshot.isInstance()) {
        if (!run->eventsMerged)
            return finishEvents(run); // comes back here when the events are merged
        QList<Task> tasks;
        // The service accounts' access lists go with the phase that follows (there are few accounts).
        for (qsizetype i = 0; i < run->snapshot.serviceAccounts.size(); ++i)
            tasks.append({W::AccountList, i});
        if (run->snapshot.keysState.readable) {
            // Phase 2: the whitelists of every key, or, incrementally, of the keys that need it.
            return beginPhase(run, Phase::Whitelists, whitelistReads(run) + tasks);
        }
        // The organization's keys are not readable: the projects' key lists are the next best source.
        for (qsizetype i = 0; i < run->snapshot.projects.size(); ++i)
            tasks.append({W::ProjectKeys, i});
        return beginPhase(run, Phase::ProjectKeys, tasks);
    }
    run->finished = true;
    if (m_run == run)
        m_run.reset();
    run->snapshot.takenAt = Clock::nowUtc();
    // Where the server has no settings endpoint (or the key may not read it), the feed tells.
    run->snapshot.settings = OrgSettings::withEvents(run->snapshot.settings, run->snapshot.events);
    emit progress(run->orgId, Phase::Done, run->expected, run->expected);
    emit read(run->orgId, run->snapshot, m_client->scheduler().requestsStarted() - run->requestsAtStart,
              run->incremental);
    releaseInBackground(run);
}

// The feed just read merged with the events the previous snapshot held: 10,000 and more events to
// deduplicate and sort, on a worker thread (the GUI thread would stall for a frame or more); step() goes on
// when they are in.
void SyncEngine::finishEvents(const std::shared_ptr<Run> &run)
{
    const OrgSnapshot *previous = run->basis.previous ? &*run->basis.previous : nullptr;
    const ApiEvents older = previous ? previous->events : ApiEvents();
    OrgSnapshot &s = run->snapshot;
    if (!run->events) {
        s.events = older;
        s.eventsState = Readability::denied(run->eventsProblem);
        s.eventsReadAt = previous ? previous->eventsReadAt : QDateTime();
        run->eventsMerged = true;
        return step(run);
    }
    QStringList publicKeys;
    for (const KeyRecord &k : s.keys)
        publicKeys.append(k.key.publicKey);
    auto *watcher = new QFutureWatcher<ApiEvents>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, run] {
        watcher->deleteLater();
        if (run->finished)
            return;
        run->snapshot.events = watcher->result();
        run->snapshot.eventsState = {};
        run->snapshot.eventsReadAt = run->startedAt;
        run->eventsMerged = true;
        step(run);
    });
    watcher->setFuture(Background::run([newer = run->events->events, older, publicKeys] {
        return ApiEventLog::merged(newer, older, publicKeys);
    }));
}

QList<SyncEngine::Task> SyncEngine::whitelistReads(const std::shared_ptr<Run> &run)
{
    using W = Task::What;
    QList<Task> tasks;
    OrgSnapshot &s = run->snapshot;
    const OrgSnapshot *previous = run->basis.previous ? &*run->basis.previous : nullptr;
    // Incremental only when everything since the last read is known: the previous snapshot read its keys
    // and the feed, this read of the feed reached back to it, and every key event names its key.
    bool incremental = !run->basis.full && previous && previous->keysState.readable
        && previous->eventsReadAt.isValid() && run->events && run->events->complete;
    QSet<QString> named;
    if (incremental) {
        for (const ApiEvent &e : run->events->events) {
            if (run->eventsSince.isValid() && e.created < run->eventsSince)
                continue;
            const ApiEvent::Kind kind = e.kind();
            const bool aboutKeys
                = kind != ApiEvent::Kind::RequirementOn && kind != ApiEvent::Kind::RequirementOff;
            if (aboutKeys && e.targetPublicKey.isEmpty())
                incremental = false; // a change of some key, but which one is not said
            named.insert(e.targetPublicKey);
        }
    }
    run->incremental = incremental;
    QHash<QString, const KeyRecord *> previousKeys;
    if (incremental) {
        previousKeys.reserve(previous->keys.size());
        for (const KeyRecord &k : previous->keys)
            previousKeys.insert(k.key.id, &k);
    }
    for (qsizetype i = 0; i < s.keys.size(); ++i) {
        KeyRecord &record = s.keys[i];
        const KeyRecord *before = previousKeys.value(record.key.id);
        if (!before || named.contains(record.key.publicKey)) {
            tasks.append({W::Whitelist, i});
            continue;
        }
        record.accessList = before->accessList;
        record.accessListState = before->accessListState;
        record.accessListReadAt
            = before->accessListReadAt.isValid() ? before->accessListReadAt : previous->takenAt;
    }
    return tasks;
}
