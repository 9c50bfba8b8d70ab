// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiClient.h"
#include "CacheDatabase.h"
#include "SnapshotStore.h"
#include "SyncEngine.h"

#include <QObject>

#include <memory>

class CacheWriter;
class QThread;
class QTimer;

// What the UI talks to. Reads are cache-first (the last complete snapshot, also offline); a sync
// refreshes the cache; writes go to the server first, then only the affected key is re-read and the
// cache updated from the server's answer. Writes to SQLite happen on a worker thread.
class Repository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Repository)
public:
    template<typename T> using Callback = ApiClient::Callback<T>;

    Repository(ApiClient *client, const QString &cachePath, QObject *parent = nullptr);
    ~Repository() override;

    // Opens the cache (reader connection here, writer on its thread). False when it cannot be used.
    bool open();
    QString error() const { return m_reader.error(); }
    // Set once when a damaged cache was set aside at open.
    QString recoveryNotice() const { return m_reader.recoveryNotice(); }
    void setRetention(int snapshotsPerOrg);
    void setReconnectInterval(int ms);

    // Cache reads
    QList<SnapshotStore::CachedOrganization> cachedOrganizations();
    std::optional<OrgSnapshot> snapshot(const QString &orgId);
    std::optional<OrgSnapshot> snapshot(const QString &orgId, qint64 snapshotId);
    QList<SnapshotStore::SnapshotInfo> history(const QString &orgId);
    QHash<QString, SnapshotStore::Note> notes(const QString &orgId, SnapshotStore::NoteKind kind);
    bool setNote(const QString &orgId, SnapshotStore::NoteKind kind, const QString &objectKey,
                 const SnapshotStore::Note &note);

    // Who the console is: the organizations its key sees, the key itself and its roles (cached in memory).
    void identify();
    const std::optional<ApiClient::Identity> &identity() const { return m_identity; }
    bool mayChangeOrganization(const QString &orgId) const;
    ApiClient *client() const { return m_client; }

    // Sync
    void sync(const QString &orgId);
    void syncAll();
    // The person moved to another organization: a sync of a different one stops, queued ones are dropped,
    // and this one starts (a cancelled sync leaves its previous snapshot as it was).
    void syncInstead(const QString &orgId);
    void cancelSync();
    bool isSyncing() const;
    bool isOnline() const { return m_online && !m_workOffline; }
    // Cache only, by choice (--offline, or no private key): nothing is sent, changes are refused.
    void setWorkOffline(bool offline);
    bool worksOffline() const { return m_workOffline; }

    // Server-first changes. Each refreshes only what it touched in the cache.
    void createKey(const QString &orgId, const QString &desc, const QStringList &roles,
                   Callback<ApiKey> done);
    void updateKey(const QString &orgId, const QString &keyId, const std::optional<QString> &desc,
                   const std::optional<QStringList> &roles, Callback<ApiKey> done);
    void deleteKey(const QString &orgId, const QString &keyId, Callback<Done> done);
    void addEntries(const QString &orgId, const QString &keyId, const QList<IpBlock> &entries,
                    Callback<QList<AccessListEntry>> done);
    void deleteEntry(const QString &orgId, const QString &keyId, const IpBlock &entry, Callback<Done> done);
    void createProjectKey(const QString &orgId, const QString &groupId, const QString &desc,
                          const QStringList &roles, Callback<ApiKey> done);
    void assignProjectKey(const QString &orgId, const QString &groupId, const QString &keyId,
                          const QStringList &roles, Callback<ApiKey> done);
    void unassignProjectKey(const QString &orgId, const QString &groupId, const QString &keyId,
                            Callback<Done> done);
    void setWhitelistRequired(const QString &orgId, bool required, Callback<OrgSettings> done);

signals:
    void snapshotChanged(const QString &orgId, qint64 snapshotId);
    void syncProgress(const QString &orgId, SyncEngine::Phase phase, int done, int expected);
    void syncFinished(const QString &orgId, qint64 snapshotId);
    void syncFailed(const QString &orgId, const ApiError &error);
    void onlineChanged(bool online);
    void identityChanged();
    void identityFailed(const ApiError &error);

private:
    void onRead(const QString &orgId, const OrgSnapshot &snapshot, int requests);
    void onSyncFailed(const QString &orgId, const ApiError &error);
    void setOnline(bool online);
    void startNextSync();
    void cancelRunningSync(); // tells the UI (syncFailed with Kind::Cancelled)
    // Re-reads one key and its whitelist, then stores the organization's snapshot with that key replaced
    // (or removed, when removed is true).
    void refreshKey(const QString &orgId, const QString &keyId, bool removed, std::function<void()> then);
    void storeChange(const OrgSnapshot &snapshot);
    std::optional<ApiError> offlineError() const;

    ApiClient *m_client;
    QString m_path;
    CacheDatabase m_reader;
    std::unique_ptr<SnapshotStore> m_store;
    QThread *m_writerThread = nullptr;
    CacheWriter *m_writer = nullptr;
    SyncEngine *m_engine = nullptr;
    QTimer *m_reconnect = nullptr;
    QStringList m_syncQueue;
    QString m_lastRequestedOrg;
    bool m_online = true;
    bool m_workOffline = false;
    quint64 m_nextTicket = 1;
    QHash<quint64, QString> m_writing; // ticket -> "sync" or "change"
    std::optional<ApiClient::Identity> m_identity;
};
