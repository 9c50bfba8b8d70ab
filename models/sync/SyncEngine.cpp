// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include "Clock.h"

struct SyncEngine::Run
{
    QString orgId;
    quint64 group = 0;
    RequestScheduler::Priority priority = RequestScheduler::Priority::Background;
    int requestsAtStart = 0;
    OrgSnapshot snapshot;
    int pending = 0; // outstanding requests of the current phase
    int done = 0;
    int expected = 0;
    Phase phase = Phase::Organization;
    bool finished = false;
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
}

void SyncEngine::start(const QString &orgId, RequestScheduler::Priority priority)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->orgId = orgId;
    run->group = ++m_nextGroup;
    run->priority = priority;
    run->requestsAtStart = m_client->scheduler().requestsStarted();
    m_run = run;
    const ApiClient::CallOptions options{priority, run->group};

    // Phase 1: organization, setting, projects and keys, in parallel.
    run->phase = Phase::Organization;
    run->pending = 4;
    run->expected = 4;
    emit progress(orgId, run->phase, 0, run->expected);
    const auto oneDone = [this, run] {
        ++run->done;
        emit progress(run->orgId, run->phase, run->done, run->expected);
        if (--run->pending == 0)
            step(run);
    };
    m_client->organization(
        orgId, this,
        [this, run, oneDone](ApiResult<Organization> r) {
            if (run->finished)
                return;
            if (!r.ok())
                return fail(run, r.error());
            run->snapshot.organization = r.value();
            oneDone();
        },
        options);
    m_client->orgSettings(
        orgId, this,
        [this, run, oneDone](ApiResult<OrgSettings> r) {
            if (run->finished)
                return;
            if (!r.ok())
                return fail(run, r.error());
            run->snapshot.settings = r.value();
            oneDone();
        },
        options);
    m_client->projects(
        orgId, this,
        [this, run, oneDone](ApiResult<QList<Project>> r) {
            if (run->finished)
                return;
            if (r.ok())
                run->snapshot.projects = r.value();
            else if (r.error().kind == ApiError::Kind::Permission)
                run->snapshot.projectsState = Readability::denied(r.error().explanation());
            else
                return fail(run, r.error());
            oneDone();
        },
        options);
    m_client->apiKeys(
        orgId, this,
        [this, run, oneDone](ApiResult<QList<ApiKey>> r) {
            if (run->finished)
                return;
            if (r.ok()) {
                for (const ApiKey &key : r.value())
                    run->snapshot.keys.append({key, {}, {}});
            } else if (r.error().kind == ApiError::Kind::Permission) {
                run->snapshot.keysState = Readability::denied(r.error().explanation());
            } else {
                return fail(run, r.error());
            }
            oneDone();
        },
        options);
}

void SyncEngine::step(const std::shared_ptr<Run> &run)
{
    if (run->finished)
        return;
    const ApiClient::CallOptions options{run->priority, run->group};
    const auto finish = [this, run] {
        run->finished = true;
        if (m_run == run)
            m_run.reset();
        run->snapshot.takenAt = Clock::nowUtc();
        emit progress(run->orgId, Phase::Done, run->expected, run->expected);
        emit read(run->orgId, run->snapshot, m_client->scheduler().requestsStarted() - run->requestsAtStart);
    };

    if (run->phase == Phase::Organization) {
        if (run->snapshot.keysState.readable) {
            // Phase 2: every key's whitelist.
            run->phase = Phase::Whitelists;
            run->done = 0;
            run->expected = int(run->snapshot.keys.size());
            run->pending = run->expected;
            emit progress(run->orgId, run->phase, 0, run->expected);
            if (run->expected == 0)
                return finish();
            for (qsizetype i = 0; i < run->snapshot.keys.size(); ++i) {
                const QString keyId = run->snapshot.keys.at(i).key.id;
                m_client->accessList(
                    run->orgId, keyId, this,
                    [this, run, i, finish](ApiResult<QList<AccessListEntry>> r) {
                        if (run->finished)
                            return;
                        KeyRecord &record = run->snapshot.keys[i];
                        if (r.ok())
                            record.accessList = r.value();
                        else if (r.error().kind == ApiError::Kind::Permission
                                 || r.error().kind == ApiError::Kind::NotFound)
                            record.accessListState = Readability::denied(r.error().explanation());
                        else
                            return fail(run, r.error());
                        emit progress(run->orgId, run->phase, ++run->done, run->expected);
                        if (--run->pending == 0)
                            finish();
                    },
                    options);
            }
            return;
        }
        // The organization's keys are not readable: the projects' key lists are the next best source.
        run->phase = Phase::ProjectKeys;
        run->done = 0;
        run->expected = int(run->snapshot.projects.size());
        run->pending = run->expected;
        emit progress(run->orgId, run->phase, 0, run->expected);
        if (run->expected == 0)
            return finish();
        for (const Project &project : std::as_const(run->snapshot.projects)) {
            m_client->projectApiKeys(
                project.id, this,
                [this, run, finish](ApiResult<QList<ApiKey>> r) {
                    if (run->finished)
                        return;
                    if (r.ok()) {
                        for (const ApiKey &key : r.value()) {
                            if (!run->snapshot.findKey(key.id))
                                run->snapshot.keys.append(
                                    {key, {}, Readability::denied(tr("Read through a project only."))});
                        }
                    }
                    emit progress(run->orgId, run->phase, ++run->done, run->expected);
                    if (--run->pending == 0)
                        finish();
                },
                options);
        }
    }
}
