// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Ops Manager's instance — global API keys and the global access list — synced as one more context
// (Instance::Id) by a connection with a global role, cached for offline review (no private key ever
// stored), changed through Changes (key created, edited, deleted; entries added, described, removed), and
// absent for an organization key. The identity of a global key is found although it belongs to no
// organization.
#include "ApiClient.h"
#include "CacheFile.h"
#include "Changes.h"
#include "EmulatorFixture.h"
#include "FixtureConnection.h"
#include "Repository.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

namespace {
const QString GlobalOwner = u"glob0001"_s;
const QString GlobalOwnerSecret = u"global01-0000-4000-8000-000000000000"_s;

void seedGlobal(Dataset &d)
{
    d.addGlobalAccess(3, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
}

template<typename T>
std::optional<ApiResult<T>> await(const std::function<void(ApiClient::Callback<T>)> &send)
{
    std::optional<ApiResult<T>> result;
    send([&](ApiResult<T> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
        return std::nullopt;
    return result;
}
} // namespace

class TestSyncGlobal : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Repository> m_repo;

    QString cachePath() const { return m_dir.filePath(u"cache.sqlite"_s); }

    bool connect(const QString &publicKey, const QString &privateKey, bool offline = false)
    {
        m_repo.reset();
        m_client.reset();
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_manager.get());
        m_client->setConnection(fixtureConnection(m_fx, publicKey, privateKey));
        m_repo = std::make_unique<Repository>(m_client.get(), cachePath());
        m_repo->setWorkOffline(offline);
        QSignalSpy loaded(m_repo.get(), &Repository::cacheLoaded);
        m_repo->open();
        if (!loaded.wait(10'000))
            return false;
        if (offline)
            return true;
        QSignalSpy identified(m_repo.get(), &Repository::identityChanged);
        m_repo->identify();
        return identified.wait(10'000);
    }
    qint64 syncAndWait(const QString &orgId)
    {
        QSignalSpy finished(m_repo.get(), &Repository::syncFinished);
        QSignalSpy failed(m_repo.get(), &Repository::syncFailed);
        m_repo->sync(orgId);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30'000))
            return -1;
        if (!failed.isEmpty())
            qWarning("sync failed: %s", qPrintable(failed.first().at(1).value<ApiError>().explanation()));
        return finished.isEmpty() ? 0 : finished.first().at(1).toLongLong();
    }

private slots:
    void init() { QFile::remove(cachePath()); }
    void cleanup()
    {
        m_repo.reset();
        m_client.reset();
        m_manager.reset();
        m_fx.server.reset();
    }

    void aGlobalKeyIsKnownAndSeesTheInstance()
    {
        QVERIFY(m_fx.start({}, seedGlobal));
        QVERIFY(connect(GlobalOwner, GlobalOwnerSecret));
        const auto &identity = m_repo->identity();
        QVERIFY(identity && identity->key);
        QCOMPARE(identity->key->publicKey, GlobalOwner);
        QCOMPARE(identity->key->globalRoleNames(), QStringList{u"GLOBAL_OWNER"_s});
        QVERIFY(!identity->keyError);
        QVERIFY(m_repo->mayReadInstance());
        // A Global Owner owns every organization: no "not an Organization Owner" anywhere.
        QVERIFY(m_repo->policy().mayChangeOrganization(Fx::OrgA));
        QVERIFY(m_repo->policy().mayChangeOrganization(Fx::OrgB));
        QVERIFY(m_repo->policy().mayChangeInstance());
    }

    void anOrganizationKeyDoesNot()
    {
        QVERIFY(m_fx.start({}, seedGlobal));
        QVERIFY(connect(u"ownerkey"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s));
        QVERIFY(m_repo->identity() && m_repo->identity()->key);
        QCOMPARE(m_repo->identity()->key->publicKey, u"ownerkey"_s);
        QVERIFY(!m_repo->mayReadInstance());
        QVERIFY(!m_repo->policy().mayChangeOrganization(Fx::OrgB));
    }

    void theInstanceIsSyncedAndCached()
    {
        QVERIFY(m_fx.start({}, seedGlobal));
        QVERIFY(connect(GlobalOwner, GlobalOwnerSecret));
        const qint64 first = syncAndWait(Instance::Id);
        QVERIFY(first > 0);
        const OrgStatePtr state = m_repo->state(Instance::Id);
        QVERIFY(state);
        const OrgSnapshot &s = state->snapshot;
        QVERIFY(s.isInstance());
        QVERIFY(s.keysState.readable);
        QCOMPARE(s.keys.size(), 3);
        QCOMPARE(s.keys.first().key.publicKey, GlobalOwner);
        QCOMPARE(s.keys.first().key.globalRoleNames(), QStringList{u"GLOBAL_OWNER"_s});
        QVERIFY(s.keys.first().key.privateKey != GlobalOwnerSecret);
        QVERIFY(!s.keys.first().accessListState.readable); // no list of its own
        QVERIFY(s.globalAccessListState.readable);
        QCOMPARE(s.globalAccessList.size(), 4);
        QCOMPARE(s.globalAccessList.first().cidrBlock, u"127.0.0.1/32"_s);
        QCOMPARE(s.globalAccessList.first().description, u"This computer (loopback)"_s);
        // Unchanged: the next sync stores nothing new.
        QCOMPARE(syncAndWait(Instance::Id), first);

        m_repo.reset();
        {
            QFile file(cachePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains(GlobalOwnerSecret.toLatin1()));
        }
        const auto cached = CacheFile(cachePath()).latest(Instance::Id);
        QVERIFY(cached);
        QCOMPARE(cached->keys.size(), 3);
        QCOMPARE(cached->globalAccessList, s.globalAccessList);
        QVERIFY(cached->globalAccessListState.readable);
        // Offline, the instance is in the store from the cache.
        QVERIFY(connect(GlobalOwner, GlobalOwnerSecret, true));
        QVERIFY(m_repo->state(Instance::Id));
        QCOMPARE(m_repo->state(Instance::Id)->snapshot.globalAccessList.size(), 4);
    }

    void changesReachTheServerAndTheState()
    {
        QVERIFY(m_fx.start({}, seedGlobal));
        QVERIFY(connect(GlobalOwner, GlobalOwnerSecret));
        QVERIFY(syncAndWait(Instance::Id) > 0);
        Changes *changes = m_repo->changes();
        const auto created = await<ApiKey>([&](auto done) {
            changes->createGlobalKey(u"Nightly audit"_s, {u"GLOBAL_READ_ONLY"_s}, this, done);
        });
        QVERIFY(created && created->ok());
        const QString keyId = created->value().id;
        QCOMPARE(created->value().privateKey.size(), 36); // shown once
        const OrgSnapshot after = m_repo->state(Instance::Id)->snapshot;
        QVERIFY(after.findKey(keyId));
        QCOMPARE(after.findKey(keyId)->key.globalRoleNames(), QStringList{u"GLOBAL_READ_ONLY"_s});
        QVERIFY(after.findKey(keyId)->key.privateKey != created->value().privateKey); // kept masked

        const auto updated = await<ApiKey>([&](auto done) {
            changes->updateGlobalKey(keyId, u"Nightly audit (SEC-9)"_s,
                                     QStringList{u"GLOBAL_MONITORING_ADMIN"_s}, this, done);
        });
        QVERIFY(updated && updated->ok());
        QCOMPARE(m_repo->state(Instance::Id)->snapshot.findKey(keyId)->key.desc, u"Nightly audit (SEC-9)"_s);

        const auto added = await<GlobalAccessEntry>([&](auto done) {
            changes->addGlobalEntry(*IpBlock::parse(u"203.0.113.0/24"_s).block, u"Jump hosts"_s, this, done);
        });
        QVERIFY(added && added->ok());
        const GlobalAccessEntry entry = added->value();
        QCOMPARE(m_repo->state(Instance::Id)->snapshot.globalAccessList.size(), 5);
        const auto described = await<GlobalAccessEntry>(
            [&](auto done) { changes->updateGlobalEntry(entry, u"Jump hosts (SEC-212)"_s, this, done); });
        QVERIFY(described && described->ok());
        const auto &list = m_repo->state(Instance::Id)->snapshot.globalAccessList;
        QVERIFY(std::any_of(list.cbegin(), list.cend(), [&](const GlobalAccessEntry &e) {
            return e.id == entry.id && e.description == u"Jump hosts (SEC-212)"_s;
        }));
        // A sync now reads the same from the server.
        QVERIFY(syncAndWait(Instance::Id) > 0);
        const OrgSnapshot read = m_repo->state(Instance::Id)->snapshot;
        QCOMPARE(read.globalAccessList.size(), 5);
        QCOMPARE(read.findKey(keyId)->key.globalRoleNames(), QStringList{u"GLOBAL_MONITORING_ADMIN"_s});

        const auto removed
            = await<Done>([&](auto done) { changes->deleteGlobalEntry(entry.id, this, done); });
        QVERIFY(removed && removed->ok());
        const auto deleted = await<Done>([&](auto done) { changes->deleteGlobalKey(keyId, this, done); });
        QVERIFY(deleted && deleted->ok());
        QVERIFY(syncAndWait(Instance::Id) > 0);
        QCOMPARE(m_repo->state(Instance::Id)->snapshot.globalAccessList.size(), 4);
        QVERIFY(!m_repo->state(Instance::Id)->snapshot.findKey(keyId));

        // A Global Read Only key is refused in plain words.
        ApiClient reader(m_manager.get());
        reader.setConnection(
            fixtureConnection(m_fx, u"glob0002"_s, u"global02-0000-4000-8000-000000000000"_s));
        const auto refused = await<GlobalAccessEntry>([&](auto done) {
            reader.addGlobalAccessEntry(*IpBlock::parse(u"192.0.2.1"_s).block, u"x"_s, this, done);
        });
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().errorCode, u"USER_UNAUTHORIZED"_s);
        QCOMPARE(refused->error().kind, ApiError::Kind::Permission);
    }

    void syncAllIncludesTheInstanceForAGlobalRole()
    {
        QVERIFY(m_fx.start({}, seedGlobal));
        QVERIFY(connect(GlobalOwner, GlobalOwnerSecret));
        QSignalSpy finished(m_repo.get(), &Repository::syncFinished);
        m_repo->syncAll();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::any_of(
                           finished.cbegin(), finished.cend(),
                           [](const QList<QVariant> &a) { return a.at(0).toString() == Instance::Id; })
                    && m_repo->state(Fx::OrgA) && !m_repo->isSyncing();
            },
            60'000));
        QVERIFY(m_repo->state(Instance::Id));
    }
};

QTEST_GUILESS_MAIN(TestSyncGlobal)
#include "tst_sync_global.moc"
