// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Repository.h"

#include "StoreLocation.h"

#include "Clock.h"

#include "CacheAccess.h"
#include "Changes.h"
#include "KeyRotation.h"
#include "OrgStore.h"

#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRepository, "apiaccess.repository")

Repository::Repository(ApiClient *client, const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(new OrgStore(this))
    , m_cache(new CacheAccess(cachePath, this))
    , m_changes(new Changes(this, this))
    , m_keyRotation(new KeyRotation(this, this))
    , m_engine(new SyncEngine(client, this))
    , m_reconnect(new QTimer(this))
    , m_storeRetry(new QTimer(this))
{
    m_reconnect->setInterval(15'000);
    // A shared store that stops answering: the console goes on from memory, says so, and writes what it
    // could not as soon as the store answers again (nothing is dropped).
    m_storeRetry->setSingleShot(true);
    m_storeRetry->setInterval(10'000);
    connect(m_storeRetry, &QTimer::timeout, m_cache, &CacheAccess::flushUnsaved);
    connect(m_cache, &CacheAccess::storeConnectionChanged, this, [this](bool up, const QString &error) {
        m_storeUp = up;
        setStoreProblem(up ? QString() : error);
        if (up && m_unsaved > 0)
            m_cache->flushUnsaved();
    });
    connect(m_cache, &CacheAccess::unsavedChanged, this, [this](int pending, const QString &error) {
        m_unsaved = pending;
        if (pending > 0) {
            setStoreProblem(error);
            m_storeRetry->start();
        } else {
            m_storeUp = true;
            setStoreProblem({});
        }
    });
    connect(m_cache, &CacheAccess::unsavedWritten, this, &Repository::onUnsavedWritten);
    connect(
        m_cache, &CacheAccess::unsavedRefused, this,
        [this](int count, const QString &reason, const QString &file) {
            emit storeRefusedWrites(
                tr("The team store refused %n change(s) kept during its outage (%1). They are not written; "
                   "they stay in %2 for review.",
                   nullptr, count)
                    .arg(reason.left(300), file));
        });
    // A shared store: what another console wrote is taken in memory as after a sync of this one.
    connect(m_cache, &CacheAccess::storeChanged, this, [this](const OrgState &state, const QString &by) {
        if (m_store->applyFromStore(state))
            emit storeUpdated(state.snapshot.organization.id, by);
    });
    connect(m_engine, &SyncEngine::progress, this, &Repository::syncProgress);
    connect(m_engine, &SyncEngine::read, this, &Repository::onRead);
    connect(m_engine, &SyncEngine::failed, this, &Repository::onSyncFailed);
    // While offline, knock now and then; when the server answers, sync what was asked for.
    connect(m_reconnect, &QTimer::timeout, this, [this] {
        m_client->root(this, [this](ApiResult<ServerInfo> r) {
            if (r.ok()) {
                setOnline(true);
                if (!m_lastRequestedOrg.isEmpty())
                    sync(m_lastRequestedOrg);
            }
        });
    });
}

Repository::~Repository()
{
    m_engine->cancel();
    // Writes still waiting for the first organization's events (quit right after start): stored with the
    // events the cache holds — never dropped, never storing the feed as gone.
    for (const DeferredWrite &write : std::as_const(m_afterEvents)) {
        if (const OrgStatePtr state = m_store->state(write.orgId))
            m_cache->write(state->snapshot, write.source, write.requests, nullptr, {},
                           CacheAccess::Events::AsStored);
    }
    delete m_cache; // waits for the write that runs; its answer is dropped
    m_cache = nullptr;
}

void Repository::open(const QString &firstOrgId)
{
    m_opening = true;
    m_cache->open(
        this,
        [this](const CacheAccess::Opened &opened) {
            if (!opened.readOnlyReason.isEmpty() && m_storeReadOnly.isEmpty()) {
                // Nothing synced or changed here could be kept: the console reviews what the store holds.
                m_storeReadOnly = opened.readOnlyReason;
                setWorkOffline(true);
            }
            m_store->loadFromCache(opened.states);
            if (opened.first) { // the organization shown last; the others follow
                if (!opened.states.isEmpty()) {
                    m_readBeforeCheck = opened.states.first().snapshot.organization.id;
                    emit firstOrganizationLoaded(m_readBeforeCheck);
                }
                return;
            }
            if (opened.replacedAfterFirst && !m_readBeforeCheck.isEmpty())
                storeAgain(m_readBeforeCheck);
            m_loaded = true;
            m_opening = false;
            startNextSync(); // a sync asked for meanwhile builds on what the cache held
            if (!opened.ok)
                qCWarning(lcRepository) << "cache not usable:" << opened.error;
            if (!opened.ok && storeIsShared()) {
                // Asked again at each health check; what it holds is shown once it answers.
                m_storeUp = false;
                setStoreProblem(opened.error);
                return emit cacheLoaded(
                    tr("The team store cannot be reached (%1): the console shows what the server says; what "
                       "you write is kept on this computer and written to the store when it answers.")
                        .arg(opened.error));
            }
            emit cacheLoaded(
                opened.ok ? (opened.readOnlyReason.isEmpty() ? opened.recoveryNotice : opened.readOnlyReason)
                          : tr("The local cache cannot be used (%1): nothing is kept for offline "
                               "review in this session.")
                                .arg(opened.error));
        },
        firstOrgId, [this](const QString &orgId, const ApiEvents &events) { onFirstEvents(orgId, events); });
}

void Repository::onFirstEvents(const QString &orgId, const ApiEvents &events)
{
    m_store->completeEvents(orgId, events);
    const QList<DeferredWrite> deferred = std::exchange(m_afterEvents, {});
    for (const DeferredWrite &write : deferred) {
        --m_pendingWrites;
        persist(m_store->state(write.orgId), write.source, write.requests, write.then);
    }
}

void Repository::storeAgain(const QString &orgId)
{
    // Read from the file before its check set it aside as damaged: what was read (it parsed) is stored
    // in the fresh cache, the local notes with it, so that nothing the person wrote is lost.
    m_store->forgetStored(orgId);
    const OrgStatePtr state = m_store->state(orgId);
    if (!state)
        return;
    persist(state, SnapshotSource::Sync, 0);
    for (const NoteKind kind : {NoteKind::Key, NoteKind::Entry}) {
        const Notes &notes = state->notes(kind);
        for (auto it = notes.cbegin(); it != notes.cend(); ++it)
            m_cache->setNote(orgId, kind, it.key(), it.value());
    }
    for (const Rotation &rotation : state->rotations)
        m_cache->setRotation(orgId, rotation.oldKeyId, rotation);
}

void Repository::setStoreProblem(const QString &error)
{
    if (!error.isEmpty())
        m_storeError = error.left(300);
    QString text;
    if (!error.isEmpty() || m_unsaved > 0 || !m_storeUp) {
        text
            = tr("The team store does not answer (%1). The console goes on from what it holds; what it could "
                 "not write is kept on this computer and written as soon as the store answers again.")
                  .arg(m_storeError);
        if (m_unsaved > 0)
            text += u' ' + tr("Waiting: %n change(s).", nullptr, m_unsaved);
    }
    if (text == m_storeProblem)
        return;
    m_storeProblem = text;
    emit storeProblemChanged(m_storeProblem);
}

void Repository::setStoreCheckIntervals(int healthMs, int retryMs, int reconnectBudgetMs)
{
    m_cache->setHealthCheckInterval(healthMs, reconnectBudgetMs);
    m_storeRetry->setInterval(retryMs);
}

void Repository::onUnsavedWritten(const QList<SnapshotInfo> &snapshots, const QList<NoteConflict> &conflicts)
{
    for (const SnapshotInfo &info : snapshots) {
        const auto kept = m_keptSnapshots.constFind(info.orgId);
        if (kept != m_keptSnapshots.cend()) {
            m_store->recordStored(info.orgId, *kept, info);
            m_keptSnapshots.erase(kept);
        }
        // Overtaken meanwhile by another writer's newer snapshot: kept as history, the store's current
        // state is shown.
        if (info.late)
            m_cache->reread(info.orgId);
    }
    for (const NoteConflict &c : conflicts) {
        m_store->setNote(c.orgId, c.kind, c.objectKey, c.theirs, c.theirs.updatedAt);
        emit noteConflict(c.orgId, c.kind, c.objectKey, c.theirs, c.mine);
    }
}

bool Repository::storeIsShared() const
{
    return StoreLocation::looksLikePostgres(m_cache->path());
}

const QString &Repository::cachePath() const
{
    return m_cache->path();
}

void Repository::setRetention(int snapshotsPerOrg)
{
    m_store->setRetention(snapshotsPerOrg);
    m_cache->setRetention(snapshotsPerOrg);
}

void Repository::setReconnectInterval(int ms)
{
    m_reconnect->setInterval(ms);
}

OrgStatePtr Repository::state(const QString &orgId) const
{
    return m_store->state(orgId);
}

void Repository::loadSnapshot(const QString &orgId, qint64 snapshotId, const QObject *context,
                              std::function<void(const std::optional<OrgSnapshot> &)> done)
{
    m_cache->load(orgId, snapshotId, context, std::move(done));
}

void Repository::setNote(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &note)
{
    const OrgStatePtr before = m_store->state(orgId);
    if (!before)
        return;
    // The version the person saw; the store keeps it only if nobody changed it meanwhile.
    const QDateTime seen = before->notes(kind).value(objectKey).updatedAt;
    const OrgStatePtr after = m_store->setNote(orgId, kind, objectKey, note);
    if (!after)
        return;
    const Note mine = after->notes(kind).value(objectKey); // stamped with its time
    m_cache->setNoteChecked(orgId, kind, objectKey, mine, seen, this,
                            [this, orgId, kind, objectKey, mine](NoteWrite result, const Note &theirs) {
                                if (result == NoteWrite::Failed) // kept on this computer (unsavedChanged)
                                    return;
                                if (result == NoteWrite::Written) {
                                    // A read of the store that ran before this write on the cache thread
                                    // (another console's change) may have put the older note back in
                                    // memory; this console never hears of its own write: the written
                                    // note is the store's now. A later change of someone else's comes
                                    // after this answer.
                                    const OrgStatePtr now = m_store->state(orgId);
                                    const Note shown = now ? now->notes(kind).value(objectKey) : Note{};
                                    if (now && (!(shown == mine) || shown.updatedAt != mine.updatedAt))
                                        m_store->setNote(orgId, kind, objectKey, mine, mine.updatedAt);
                                    return;
                                }
                                if (result != NoteWrite::Conflict)
                                    return;
                                // Someone else's note stays; the person sees both and decides.
                                m_store->setNote(orgId, kind, objectKey, theirs, theirs.updatedAt);
                                emit noteConflict(orgId, kind, objectKey, theirs, mine);
                            });
}

void Repository::setRotation(const QString &orgId, const QString &oldKeyId,
                             const std::optional<Rotation> &rotation)
{
    if (m_store->setRotation(orgId, oldKeyId, rotation))
        m_cache->setRotation(orgId, oldKeyId, rotation);
}

void Repository::persist(const OrgStatePtr &state, SnapshotSource source, int requests,
                         std::function<void(qint64, const QString &)> then)
{
    if (!state)
        return;
    const QString orgId = state->snapshot.organization.id;
    const quint64 revision = state->revision;
    ++m_pendingWrites;
    if (state->eventsPending) {
        m_afterEvents.append({orgId, source, requests, std::move(then)});
        return;
    }
    m_cache->write(state->snapshot, source, requests, this,
                   [this, orgId, revision, then](const SnapshotInfo &info, const QString &error) {
                       --m_pendingWrites;
                       if (error.isEmpty())
                           m_store->recordStored(orgId, revision, info);
                       // Overtaken by another writer's newer snapshot: kept as history; what is shown
                       // becomes the store's current state (read on the cache thread).
                       if (error.isEmpty() && info.late)
                           m_cache->reread(orgId);
                       if (!error.isEmpty())
                           qCWarning(lcRepository) << "cache write failed:" << error;
                       // A shared store: kept on this computer, written when the store answers
                       // (unsavedWritten).
                       if (!error.isEmpty() && storeIsShared())
                           m_keptSnapshots.insert(orgId, revision);
                       if (then)
                           then(info.id, error);
                   });
}

bool Repository::isSyncing() const
{
    return m_engine->isRunning() || !m_syncQueue.isEmpty() || m_syncWrites > 0;
}

void Repository::setWorkOffline(bool offline)
{
    if (!m_storeReadOnly.isEmpty())
        offline = true; // an auditor's store: review only, whatever else asks
    if (offline == m_workOffline)
        return;
    m_workOffline = offline;
    if (offline) {
        m_reconnect->stop();
        cancelSync();
    }
    emit onlineChanged(isOnline());
}

void Repository::identify()
{
    if (m_workOffline)
        return;
    m_client->root(this, [this](ApiResult<ServerInfo> root) {
        if (!root.ok()) {
            if (root.error().kind == ApiError::Kind::Network || root.error().kind == ApiError::Kind::Timeout)
                setOnline(false);
            return emit identityFailed(root.error());
        }
        setOnline(true);
        m_client->whoAmI(this, [this](ApiResult<ApiClient::Identity> me) {
            if (!me.ok())
                return emit identityFailed(me.error());
            m_identity = me.value();
            emit identityChanged();
        });
    });
}

bool Repository::mayReadInstance() const
{
    return m_client->serverInfo().kind() == ServerKind::OpsManager && policy().mayReadInstance();
}

AccessPolicy Repository::policy() const
{
    return AccessPolicy(m_identity ? m_identity->key : std::nullopt);
}

void Repository::sync(const QString &orgId, SyncMode mode)
{
    if (m_workOffline)
        return emit syncFailed(orgId, *offlineError());
    if (mode == SyncMode::Full)
        m_fullSyncs.insert(orgId);
    m_lastRequestedOrg = orgId;
    m_syncQueue.removeAll(orgId);
    m_syncQueue.prepend(orgId);
    if (!m_engine->isRunning())
        startNextSync();
}

void Repository::syncInstead(const QString &orgId)
{
    m_syncQueue.clear();
    if (m_engine->isRunning() && m_engine->orgId() != orgId)
        cancelRunningSync();
    sync(orgId);
}

void Repository::syncAll()
{
    if (m_workOffline)
        return emit syncFailed(QString(), *offlineError());
    m_client->organizations(this, [this](ApiResult<QList<Organization>> orgs) {
        if (!orgs.ok())
            return onSyncFailed(QString(), orgs.error());
        setOnline(true);
        // Ops Manager's instance first, when the connection holds a global role.
        if (mayReadInstance() && !m_syncQueue.contains(Instance::Id))
            m_syncQueue.append(Instance::Id);
        for (const Organization &org : orgs.value()) {
            if (!m_syncQueue.contains(org.id))
                m_syncQueue.append(org.id);
        }
        if (!m_engine->isRunning())
            startNextSync();
    });
}

void Repository::cancelSync()
{
    m_syncQueue.clear();
    cancelRunningSync();
}

void Repository::cancelRunningSync()
{
    if (!m_engine->isRunning())
        return;
    const QString orgId = m_engine->orgId();
    m_engine->cancel();
    emit syncFailed(orgId, ApiError::ofKind(ApiError::Kind::Cancelled));
}

void Repository::startNextSync()
{
    if (m_engine->isRunning() || m_syncQueue.isEmpty() || m_opening)
        return;
    // Every change published from now on is newer than what this sync reads.
    m_syncReadStartedAt = m_store->revision();
    const QString orgId = m_syncQueue.takeFirst();
    SyncEngine::Basis basis;
    basis.full = m_fullSyncs.remove(orgId);
    if (const OrgStatePtr state = m_store->state(orgId); state && state->snapshot.takenAt.isValid()) {
        basis.previous = state->snapshot;
        // The schedule: a full sync when none is as recent as the interval.
        QDateTime lastFull;
        for (const SnapshotInfo &info : state->history) {
            if (info.source == SnapshotSource::Sync)
                lastFull = std::max(lastFull, info.lastSeen());
        }
        if (m_fullSyncHours > 0
            && (!lastFull.isValid() || lastFull.secsTo(Clock::nowUtc()) >= qint64(m_fullSyncHours) * 3600))
            basis.full = true;
    }
    m_engine->start(orgId, RequestScheduler::Priority::Background, std::move(basis));
}

void Repository::onRead(const QString &orgId, const OrgSnapshot &snapshot, int requests, bool incremental)
{
    setOnline(true);
    const OrgStatePtr merged = m_store->applySync(snapshot, m_syncReadStartedAt);
    ++m_syncWrites;
    emit syncProgress(orgId, SyncEngine::Phase::Writing, 0, 1);
    persist(merged, incremental ? SnapshotSource::IncrementalSync : SnapshotSource::Sync, requests,
            [this, orgId](qint64 id, const QString &error) {
                --m_syncWrites;
                if (error.isEmpty()) {
                    emit syncFinished(orgId, id);
                } else {
                    ApiError e = ApiError::ofKind(ApiError::Kind::Server);
                    e.detail = error;
                    emit syncFailed(orgId, e);
                }
                startNextSync();
            });
    startNextSync();
}

void Repository::onSyncFailed(const QString &orgId, const ApiError &error)
{
    // The server refused the key because the organization requires a whitelist: that proves the
    // requirement is on, whatever the last snapshot said.
    if (error.kind == ApiError::Kind::OrgRequiresList && !orgId.isEmpty())
        m_store->applyRefusalProof(orgId, OrgSettings::fromRefusal(), m_syncReadStartedAt);
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)
        setOnline(false);
    emit syncFailed(orgId, error);
    startNextSync();
}

void Repository::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online || m_workOffline)
        m_reconnect->stop();
    else
        m_reconnect->start();
    emit onlineChanged(isOnline());
}

std::optional<ApiError> Repository::offlineError() const
{
    ApiError e = ApiError::ofKind(ApiError::Kind::Network);
    if (m_workOffline) {
        e.networkError = tr("working offline: this connection was opened from the cache only, so nothing "
                            "is sent to the server; open it online to sync or change anything");
        return e;
    }
    if (m_online)
        return std::nullopt;
    e.networkError = tr("offline: the server is not reachable, so the cached data cannot be changed");
    return e;
}
