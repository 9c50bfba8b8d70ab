// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Repository.h"

#include "Clock.h"

#include "CacheWriter.h"

#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

Repository::Repository(ApiClient *client, const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(cachePath)
    , m_engine(new SyncEngine(client, this))
    , m_reconnect(new QTimer(this))
{
    m_reconnect->setInterval(15'000);
    connect(m_engine, &SyncEngine::progress, this, &Repository::syncProgress);
    connect(m_engine, &SyncEngine::read, this, &Repository::onRead);
    connect(m_engine, &SyncEngine::failed, this, &Repository::onSyncFailed);
    // While offline, knock now and then; when the server answers, sync what was asked for.
    connect(m_reconnect, &QTimer::timeout, this, [this] {
        m_client->root([this](ApiResult<ServerInfo> r) {
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
    if (m_writerThread) {
        m_writerThread->quit();
        m_writerThread->wait();
    }
}

bool Repository::open()
{
    if (!m_reader.open(m_path))
        return false;
    m_store = std::make_unique<SnapshotStore>(m_reader);
    m_writerThread = new QThread(this);
    m_writerThread->setObjectName(u"cache-writer"_s);
    m_writer = new CacheWriter(m_path, m_store->retention());
    m_writer->moveToThread(m_writerThread);
    connect(m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &CacheWriter::written, this, [this](quint64 ticket, const QString &orgId, qint64 id) {
        const QString kind = m_writing.take(ticket);
        emit snapshotChanged(orgId, id);
        if (kind == "sync"_L1) {
            emit syncFinished(orgId, id);
            startNextSync();
        }
    });
    connect(m_writer, &CacheWriter::failed, this,
            [this](quint64 ticket, const QString &orgId, const QString &error) {
                const QString kind = m_writing.take(ticket);
                ApiError e = ApiError::ofKind(ApiError::Kind::Server);
                e.detail = error;
                if (kind == "sync"_L1) {
                    emit syncFailed(orgId, e);
                    startNextSync();
                }
            });
    m_writerThread->start();
    return true;
}

void Repository::setRetention(int snapshotsPerOrg)
{
    if (m_store)
        m_store->setRetention(snapshotsPerOrg);
    if (m_writer)
        QMetaObject::invokeMethod(
            m_writer, [writer = m_writer, snapshotsPerOrg] { writer->setRetention(snapshotsPerOrg); },
            Qt::QueuedConnection);
}

void Repository::setReconnectInterval(int ms)
{
    m_reconnect->setInterval(ms);
}

QList<SnapshotStore::CachedOrganization> Repository::cachedOrganizations()
{
    return m_store ? m_store->organizations() : QList<SnapshotStore::CachedOrganization>();
}

std::optional<OrgSnapshot> Repository::snapshot(const QString &orgId)
{
    return m_store ? m_store->latest(orgId) : std::nullopt;
}

std::optional<OrgSnapshot> Repository::snapshot(const QString &orgId, qint64 snapshotId)
{
    return m_store ? m_store->load(orgId, snapshotId) : std::nullopt;
}

QList<SnapshotStore::SnapshotInfo> Repository::history(const QString &orgId)
{
    return m_store ? m_store->history(orgId) : QList<SnapshotStore::SnapshotInfo>();
}

QHash<QString, SnapshotStore::Note> Repository::notes(const QString &orgId, SnapshotStore::NoteKind kind)
{
    return m_store ? m_store->notes(orgId, kind) : QHash<QString, SnapshotStore::Note>();
}

bool Repository::setNote(const QString &orgId, SnapshotStore::NoteKind kind, const QString &objectKey,
                         const SnapshotStore::Note &note)
{
    return m_store && m_store->setNote(orgId, kind, objectKey, note);
}

bool Repository::isSyncing() const
{
    return m_engine->isRunning() || !m_syncQueue.isEmpty()
        || std::any_of(m_writing.cbegin(), m_writing.cend(), [](const QString &k) { return k == "sync"_L1; });
}

void Repository::setWorkOffline(bool offline)
{
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
    m_client->root([this](ApiResult<ServerInfo> root) {
        if (!root.ok()) {
            if (root.error().kind == ApiError::Kind::Network || root.error().kind == ApiError::Kind::Timeout)
                setOnline(false);
            return emit identityFailed(root.error());
        }
        setOnline(true);
        m_client->whoAmI([this](ApiResult<ApiClient::Identity> me) {
            if (!me.ok())
                return emit identityFailed(me.error());
            m_identity = me.value();
            emit identityChanged();
        });
    });
}

bool Repository::mayChangeOrganization(const QString &orgId) const
{
    return m_identity && m_identity->key && m_identity->key->hasOrgRole(u"ORG_OWNER")
        && std::any_of(
               m_identity->key->roles.cbegin(), m_identity->key->roles.cend(),
               [&](const RoleAssignment &r) { return r.orgId == orgId && r.roleName == "ORG_OWNER"_L1; });
}

void Repository::sync(const QString &orgId)
{
    if (m_workOffline)
        return emit syncFailed(orgId, *offlineError());
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
    m_client->organizations([this](ApiResult<QList<Organization>> orgs) {
        if (!orgs.ok())
            return onSyncFailed(QString(), orgs.error());
        setOnline(true);
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
    if (m_engine->isRunning() || m_syncQueue.isEmpty())
        return;
    m_engine->start(m_syncQueue.takeFirst());
}

void Repository::onRead(const QString &orgId, const OrgSnapshot &snapshot, int requests)
{
    setOnline(true);
    const quint64 ticket = m_nextTicket++;
    m_writing.insert(ticket, u"sync"_s);
    emit syncProgress(orgId, SyncEngine::Phase::Writing, 0, 1);
    QMetaObject::invokeMethod(
        m_writer,
        [writer = m_writer, snapshot, requests, ticket] {
            writer->write(snapshot, u"sync"_s, requests, ticket);
        },
        Qt::QueuedConnection);
}

void Repository::onSyncFailed(const QString &orgId, const ApiError &error)
{
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

void Repository::storeChange(const OrgSnapshot &snapshot)
{
    const quint64 ticket = m_nextTicket++;
    m_writing.insert(ticket, u"change"_s);
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, snapshot, ticket] { writer->write(snapshot, u"change"_s, 0, ticket); },
        Qt::QueuedConnection);
}

void Repository::refreshKey(const QString &orgId, const QString &keyId, bool removed,
                            std::function<void()> then)
{
    const auto apply = [this, orgId, keyId, then](std::optional<KeyRecord> record) {
        std::optional<OrgSnapshot> current = snapshot(orgId);
        if (current) {
            current->takenAt = Clock::nowUtc();
            current->keys.removeIf([&](const KeyRecord &k) { return k.key.id == keyId; });
            if (record) {
                current->keys.append(*record);
                std::sort(current->keys.begin(), current->keys.end(),
                          [](const KeyRecord &a, const KeyRecord &b) { return a.key.id < b.key.id; });
            }
            storeChange(*current);
        }
        then();
    };
    if (removed)
        return apply(std::nullopt);
    m_client->apiKey(orgId, keyId, [this, orgId, keyId, apply](ApiResult<ApiKey> key) {
        if (!key.ok())
            return apply(std::nullopt);
        m_client->accessList(orgId, keyId, [key, apply](ApiResult<QList<AccessListEntry>> list) {
            KeyRecord record{key.value(), {}, {}};
            if (list.ok())
                record.accessList = list.value();
            else
                record.accessListState = Readability::denied(list.error().explanation());
            apply(record);
        });
    });
}

void Repository::createKey(const QString &orgId, const QString &desc, const QStringList &roles,
                           Callback<ApiKey> done)
{
    if (auto e = offlineError())
        return done(*e);
    m_client->createApiKey(orgId, desc, roles, [this, orgId, done](ApiResult<ApiKey> r) {
        if (!r.ok())
            return done(r);
        // The answer holds the private key: hand it over, never keep it.
        refreshKey(orgId, r.value().id, false, [done, r] { done(r); });
    });
}

void Repository::updateKey(const QString &orgId, const QString &keyId, const std::optional<QString> &desc,
                           const std::optional<QStringList> &roles, Callback<ApiKey> done)
{
    if (auto e = offlineError())
        return done(*e);
    m_client->updateApiKey(orgId, keyId, desc, roles, [this, orgId, keyId, done](ApiResult<ApiKey> r) {
        if (!r.ok())
            return done(r);
        refreshKey(orgId, keyId, false, [done, r] { done(r); });
    });
}

void Repository::deleteKey(const QString &orgId, const QString &keyId, Callback<Done> done)
{
    if (auto e = offlineError())
        return done(*e);
    m_client->deleteApiKey(orgId, keyId, [this, orgId, keyId, done](ApiResult<Done> r) {
        if (!r.ok())
            return done(r);
        refreshKey(orgId, keyId, true, [done, r] { done(r); });
    });
}

void Repository::addEntries(const QString &orgId, const QString &keyId, const QList<IpBlock> &entries,
                            Callback<QList<AccessListEntry>> done)
{
    if (auto e = offlineError())
        return done(*e);
    m_client->addAccessListEntries(orgId, keyId, entries,
                                   [this, orgId, keyId, done](ApiResult<QList<AccessListEntry>> r) {
                                       if (!r.ok())
                                           return done(r);
                                       refreshKey(orgId, keyId, false, [done, r] { done(r); });
                                   });
}

void Repository::deleteEntry(const QString &orgId, const QString &keyId, const IpBlock &entry,
                             Callback<Done> done)
{
    if (auto e = offlineError())
        return done(*e);
    m_client->deleteAccessListEntry(orgId, keyId, entry, [this, orgId, keyId, done](ApiResult<Done> r) {
        if (!r.ok())
            return done(r);
        refreshKey(orgId, keyId, false, [done, r] { done(r); });
    });
}

void Repository::createProjectKey(const QString &orgId, const QString &groupId, const QString &desc,
                                  const QStringList &roles, Callback<ApiKey> done)
{
    if (auto e = offlineError())
        return done(*e);
    m_client->createProjectApiKey(groupId, desc, roles, [this, orgId, done](ApiResult<ApiKey> r) {
        if (!r.ok())
            return done(r);
        refreshKey(orgId, r.value().id, false, [done, r] { done(r); });
    });
}

void Repository::assignProjectKey(const QString &orgId, const QString &groupId, const QString &keyId,
                                  const QStringList &roles, Callback<ApiKey> done)
{
    if (auto e = offlineError())
        return done(*e);
    m_client->assignProjectApiKey(groupId, keyId, roles, [this, orgId, keyId, done](ApiResult<ApiKey> r) {
        if (!r.ok())
            return done(r);
        refreshKey(orgId, keyId, false, [done, r] { done(r); });
    });
}

void Repository::unassignProjectKey(const QString &orgId, const QString &groupId, const QString &keyId,
                                    Callback<Done> done)
{
    if (auto e = offlineError())
        return done(*e);
    m_client->unassignProjectApiKey(groupId, keyId, [this, orgId, keyId, done](ApiResult<Done> r) {
        if (!r.ok())
            return done(r);
        refreshKey(orgId, keyId, false, [done, r] { done(r); });
    });
}

void Repository::setWhitelistRequired(const QString &orgId, bool required, Callback<OrgSettings> done)
{
    if (auto e = offlineError())
        return done(*e);
    m_client->setWhitelistRequired(orgId, required, [this, orgId, done](ApiResult<OrgSettings> r) {
        if (!r.ok())
            return done(r);
        // Read back what the server now says, and keep that.
        m_client->orgSettings(orgId, [this, orgId, done](ApiResult<OrgSettings> now) {
            if (now.ok()) {
                if (std::optional<OrgSnapshot> current = snapshot(orgId)) {
                    current->settings = now.value();
                    current->takenAt = Clock::nowUtc();
                    storeChange(*current);
                }
            }
            done(now);
        });
    });
}
