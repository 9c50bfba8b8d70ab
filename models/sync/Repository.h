// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessPolicy.h"
#include "ApiClient.h"
#include "OrgState.h"
#include "SyncEngine.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class CacheAccess;
class Changes;
class KeyRotation;
class OrgStore;
class QTimer;

// What the UI talks to for one connection. Reads come from the in-memory OrgStore (never from SQLite on
// the GUI thread); the cache is loaded at open and written in the background (CacheAccess); syncs are
// queued here and their results merged so that they never undo a change made meanwhile; changes go
// through changes().
class Repository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Repository)
public:
    Repository(ApiClient *client, const QString &cachePath, QObject *parent = nullptr);
    ~Repository() override;

    // Opens the cache off the GUI thread and loads every cached organization into the store;
    // cacheLoaded() follows. Syncs and changes may start before (syncs wait for the load). With
    // firstOrgId (the organization shown last), that one is loaded first and firstOrganizationLoaded()
    // comes as soon as it is in the store, before the others.
    void open(const QString &firstOrgId = {});
    bool isLoaded() const { return m_loaded; }
    void setRetention(int snapshotsPerOrg);
    void setReconnectInterval(int ms);
    // A sync reads every whitelist when the last full sync of the organization is older than this (0:
    // only when asked for with SyncMode::Full).
    void setFullSyncInterval(int hours) { m_fullSyncHours = hours; }

    // The in-memory state
    OrgStore *store() const { return m_store; }
    OrgStatePtr state(const QString &orgId) const;
    // An older stored snapshot, read on the cache thread.
    void loadSnapshot(const QString &orgId, qint64 snapshotId, const QObject *context,
                      std::function<void(const std::optional<OrgSnapshot> &)> done);
    // A local note: in memory at once, in the cache in the background.
    void setNote(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &note);
    // A key rotation in progress (nullopt: finished or cancelled): in memory at once, in the cache in the
    // background.
    void setRotation(const QString &orgId, const QString &oldKeyId, const std::optional<Rotation> &rotation);

    // Who the console is: the organizations its key sees, the key itself and its roles.
    void identify();
    const std::optional<ApiClient::Identity> &identity() const { return m_identity; }
    AccessPolicy policy() const;
    // The server is Ops Manager and the connection holds a global role: the instance (Instance::Id, its
    // global keys and global access list) is one more context to sync and show.
    bool mayReadInstance() const;
    ApiClient *client() const { return m_client; }
    Changes *changes() const { return m_changes; }
    // Key rotations: started, resumed, finished and cancelled here (stored with setRotation).
    KeyRotation *keyRotation() const { return m_keyRotation; }

    // Sync: incremental where the previous snapshot and the events feed allow (SyncEngine::Basis), or
    // every whitelist read again (Full).
    enum class SyncMode { Auto, Full };
    void sync(const QString &orgId, SyncMode mode = SyncMode::Auto);
    void syncAll();
    // The person moved to another organization: a sync of a different one stops, queued ones are dropped,
    // and this one starts (a cancelled sync leaves the previous state as it was).
    void syncInstead(const QString &orgId);
    void cancelSync();
    bool isSyncing() const;
    bool isOnline() const { return m_online && !m_workOffline; }
    // Cache only, by choice (--offline, or no private key): nothing is sent, changes are refused.
    void setWorkOffline(bool offline);
    bool worksOffline() const { return m_workOffline; }
    // Why the store may only be read (an auditor's database role, a newer schema); empty when it may be
    // written. Then the console works offline: it reviews, it neither syncs nor changes anything.
    const QString &storeReadOnlyReason() const { return m_storeReadOnly; }
    const QString &cachePath() const;
    // The history is kept in a team's PostgreSQL store, shared with other consoles and headless syncs.
    bool storeIsShared() const;
    const QString &storeProblem() const { return m_storeProblem; }
    // Tests: how often a shared store is asked whether it answers (CacheAccess::setHealthCheckInterval) and
    // how soon a write it refused is tried again.
    // (Before open(); reconnectBudgetMs as CacheAccess::setHealthCheckInterval.)
    void setStoreCheckIntervals(int healthMs, int retryMs, int reconnectBudgetMs = 20'000);
    // Why nothing may be sent now, or nullopt when it may.
    std::optional<ApiError> offlineError() const;
    // Snapshots on their way to the cache.
    int pendingWrites() const { return m_pendingWrites; }
    // A shared store: writes it did not take, kept on this computer until it does (they survive quitting).
    int unsavedWrites() const { return m_unsaved; }
    // Keeps a state a change produced: written to the cache in the background.
    void persist(const OrgStatePtr &state, SnapshotSource source, int requests = 0,
                 std::function<void(qint64 snapshotId, const QString &error)> then = {});

signals:
    // The cache was read (notice: why it could not be used, or that a damaged file was set aside).
    void cacheLoaded(const QString &notice);
    void firstOrganizationLoaded(const QString &orgId);
    void syncProgress(const QString &orgId, SyncEngine::Phase phase, int done, int expected);
    // The sync's result is in memory and in the cache.
    void syncFinished(const QString &orgId, qint64 snapshotId);
    void syncFailed(const QString &orgId, const ApiError &error);
    void onlineChanged(bool online);
    void identityChanged();
    void identityFailed(const ApiError &error);
    // Another console (or a headless sync) wrote to the shared store: the organization's state in memory
    // is now what it wrote (by: "user@host").
    void storeUpdated(const QString &orgId, const QString &by);
    // A note was changed by someone else since this console read it: theirs is kept (and shown), mine
    // was not written.
    void noteConflict(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &theirs,
                      const Note &mine);
    // A shared store stopped answering or could not take a write (text for a banner), or is fine again
    // (empty): what could not be written is kept and written again.
    void storeProblemChanged(const QString &text);
    // Writes kept during an outage that the store refused twice once it answered: set aside (text for
    // the person: how many, why, and where they are kept).
    void storeRefusedWrites(const QString &text);

private:
    void storeAgain(const QString &orgId);
    void setStoreProblem(const QString &error);
    void onUnsavedWritten(const QList<SnapshotInfo> &snapshots, const QList<NoteConflict> &conflicts);
    void onFirstEvents(const QString &orgId, const ApiEvents &events);
    void onRead(const QString &orgId, const OrgSnapshot &snapshot, int requests, bool incremental);
    void onSyncFailed(const QString &orgId, const ApiError &error);
    void setOnline(bool online);
    void startNextSync();
    void cancelRunningSync(); // tells the UI (syncFailed with Kind::Cancelled)

    ApiClient *m_client;
    OrgStore *m_store;
    CacheAccess *m_cache;
    Changes *m_changes;
    KeyRotation *m_keyRotation;
    SyncEngine *m_engine;
    QTimer *m_reconnect;
    QStringList m_syncQueue;
    QSet<QString> m_fullSyncs; // queued organizations to be read in full
    QString m_lastRequestedOrg;
    quint64 m_syncReadStartedAt = 0; // the store's revision when the running sync started reading
    int m_syncWrites = 0; // sync results on their way to the cache
    int m_pendingWrites = 0;
    bool m_loaded = false;
    int m_fullSyncHours = 24;
    bool m_opening = false; // open() was called and the cache is still being read
    QString m_readBeforeCheck; // the organization read at start before the file's check
    // Writes of a state whose events are still being read from the cache (OrgState::eventsPending): they
    // run once the events are in, with the state as it is then (a snapshot without its events would
    // record the whole feed as gone).
    struct DeferredWrite
    {
        QString orgId;
        SnapshotSource source;
        int requests;
        std::function<void(qint64, const QString &)> then;
    };
    QList<DeferredWrite> m_afterEvents;
    bool m_online = true;
    bool m_workOffline = false;
    QString m_storeReadOnly;
    QTimer *m_storeRetry;
    QString m_storeProblem;
    // A shared store: writes it did not take wait on this computer (CacheAccess, Outbox) — how many, and
    // the state revision of each organization whose snapshot waits (recorded as stored once it is).
    int m_unsaved = 0;
    QString m_storeError;
    bool m_storeUp = true;
    QHash<QString, quint64> m_keptSnapshots;
    std::optional<ApiClient::Identity> m_identity;
};
