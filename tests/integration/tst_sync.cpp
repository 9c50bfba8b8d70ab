// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The repository against the emulator and a real SQLite file: sync into snapshots, progress, not
// readable versus empty, failed and cancelled syncs, offline and back, changes that re-read one key,
// and the diff of a scripted series of changes.
#include "ApiClient.h"
#include "Await.h"
#include "CacheAccess.h"
#include "CacheFile.h"
#include "Changes.h"
#include "EmulatorFixture.h"
#include "FixtureConnection.h"
#include "OrgStore.h"
#include "Repository.h"
#include "SnapshotDiff.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

class TestSync : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Repository> m_repo;

    void connectAs(const QString &publicKey, const QString &privateKey)
    {
        m_repo.reset();
        m_client.reset();
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_manager.get());
        ConnectionSettings settings = fixtureConnection(m_fx, publicKey, privateKey);
        settings.retryBaseDelayMs = 10;
        settings.maxTries = 2;
        m_client->setConnection(settings);
        m_repo = std::make_unique<Repository>(m_client.get(), m_dir.filePath(u"cache.sqlite"_s));
        QSignalSpy loaded(m_repo.get(), &Repository::cacheLoaded);
        m_repo->open();
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(loaded.first().at(0).toString(), QString());
    }
    CacheFile cache() const { return CacheFile(m_dir.filePath(u"cache.sqlite"_s)); }
    void connectOwner() { connectAs(u"ownerkey"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s); }

    qint64 syncAndWait(const QString &orgId, Repository::SyncMode mode = Repository::SyncMode::Auto)
    {
        QSignalSpy finished(m_repo.get(), &Repository::syncFinished);
        QSignalSpy failed(m_repo.get(), &Repository::syncFailed);
        m_repo->sync(orgId, mode);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30'000))
            return -1;
        return finished.isEmpty() ? 0 : finished.first().at(1).toLongLong();
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY(m_fx.start());
        connectOwner();
    }
    void cleanup()
    {
        m_repo.reset();
        m_client.reset();
        m_manager.reset();
        m_fx.server.reset();
        for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(f));
    }

    // A server that accepts and never answers: the sync ends when its first reads run out of their budget
    // (retries included), with no further passes, and says that the server stopped answering.
    void stalledServerEndsTheSync()
    {
        QTcpServer hanging;
        QVERIFY(hanging.listen(QHostAddress::LocalHost));
        m_repo.reset();
        m_client.reset();
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_manager.get());
        ConnectionSettings settings = fixtureConnection(m_fx, u"ownerkey"_s, u"x"_s);
        settings.apiBase = QUrl(u"http://127.0.0.1:%1/api/public/v1.0"_s.arg(hanging.serverPort()));
        settings.transferTimeoutMs = 60'000;
        settings.requestBudgetMs = 1'500;
        m_client->setConnection(settings);
        m_repo = std::make_unique<Repository>(m_client.get(), m_dir.filePath(u"stalled.sqlite"_s));
        QSignalSpy failed(m_repo.get(), &Repository::syncFailed);
        QElapsedTimer timer;
        timer.start();
        m_repo->sync(Fx::OrgA);
        QVERIFY(failed.wait(20'000));
        QVERIFY2(timer.elapsed() < 15'000, qPrintable(QString::number(timer.elapsed())));
        const auto error = failed.first().at(1).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Timeout);
        QVERIFY2(error.explanation().contains(u"stopped answering"_s), qPrintable(error.explanation()));
        // The server's name (GET /: a client's first sync asks it), then the first phase's reads, once each.
        QCOMPARE(m_client->scheduler().requestsStarted(), 7);
        QVERIFY(!m_repo->isSyncing());
    }

    void syncStoresAWholeOrganization()
    {
        QSignalSpy progress(m_repo.get(), &Repository::syncProgress);
        const qint64 id = syncAndWait(Fx::OrgA);
        QVERIFY(id > 0);
        const auto s = cache().latest(Fx::OrgA);
        QVERIFY(s);
        QCOMPARE(s->id, id);
        QCOMPARE(s->organization.name, u"Alpha Org"_s);
        QCOMPARE(s->settings.requirement, WhitelistRequirement::NotRequired);
        QCOMPARE(s->projects.size(), 2);
        QCOMPARE(s->keys.size(), 4);
        QCOMPARE(s->findKey(Fx::keyId(3))->accessList.size(), 2);
        QVERIFY(s->findKey(Fx::keyId(2))->accessListState.readable);
        QVERIFY(s->findKey(Fx::keyId(2))->accessList.isEmpty());
        QCOMPARE(s->projectKeys(Fx::ProjectOne).size(), 1);
        QVERIFY(s->findKey(Fx::keyId(1))->key.privateKey.startsWith(u"****"_s));
        QList<SyncEngine::Phase> phases;
        for (const auto &args : progress)
            if (!phases.contains(args.at(1).value<SyncEngine::Phase>()))
                phases.append(args.at(1).value<SyncEngine::Phase>());
        QCOMPARE(phases,
                 (QList<SyncEngine::Phase>{SyncEngine::Phase::Organization, SyncEngine::Phase::Whitelists,
                                           SyncEngine::Phase::Done, SyncEngine::Phase::Writing}));
        const auto last = progress.at(progress.size() - 2); // Done: all of the expected work
        QCOMPARE(last.at(2).toInt(), last.at(3).toInt());
        // GET / (the server's name, asked by a client's first sync) + 4 + events + users + 4 whitelists
        QCOMPARE(cache().history(Fx::OrgA).first().requests, 11);
        // The organization's users, as listed (emulator-dataset.json: the users with a role in Alpha Org).
        QVERIFY(s->usersState.readable);
        QVERIFY(std::any_of(s->users.begin(), s->users.end(),
                            [](const OrgUser &u) { return u.username == u"user@example.org"_s; }));
        QCOMPARE(cache().history(Fx::OrgA).first().source, SnapshotSource::Sync); // the first is full
        QCOMPARE(cache().organizations().size(), 1);
    }

    void syncAllOrganizations()
    {
        connectAs(u"user@example.org"_s, u"user-secret"_s); // a user in both organizations
        QSignalSpy finished(m_repo.get(), &Repository::syncFinished);
        m_repo->syncAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30'000);
        const auto orgs = cache().organizations();
        QCOMPARE(orgs.size(), 2);
        QCOMPARE(orgs.at(0).organization.name, u"Alpha Org"_s);
        QCOMPARE(orgs.at(1).organization.name, u"Beta Org"_s);
        QCOMPARE(cache().latest(Fx::OrgB)->settings.requirement, WhitelistRequirement::Required);
        QCOMPARE(cache().latest(Fx::OrgB)->keys.size(), 2);
        QVERIFY(!m_repo->isSyncing());
    }

    // At start the organization shown last is loaded first (firstOrganizationLoaded, with it alone in the
    // store), the others after (cacheLoaded); a sync asked for meanwhile waits for the whole load and
    // builds on it. An organization that is not cached changes nothing: everything comes with cacheLoaded.
    void theOrganizationShownLastLoadsFirst()
    {
        connectAs(u"user@example.org"_s, u"user-secret"_s); // a user in both organizations
        QSignalSpy finished(m_repo.get(), &Repository::syncFinished);
        m_repo->syncAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30'000);
        const OrgSnapshot beta = *cache().latest(Fx::OrgB);

        m_repo = std::make_unique<Repository>(m_client.get(), m_dir.filePath(u"cache.sqlite"_s));
        QList<int> orgsInStore; // when each signal came
        QStringList order;
        connect(m_repo.get(), &Repository::firstOrganizationLoaded, this, [&](const QString &orgId) {
            order.append(u"first "_s + orgId);
            orgsInStore.append(int(m_repo->store()->states().size()));
            m_repo->sync(Fx::OrgB); // waits for the whole load
        });
        connect(m_repo.get(), &Repository::cacheLoaded, this, [&] {
            order.append(u"all"_s);
            orgsInStore.append(int(m_repo->store()->states().size()));
        });
        QSignalSpy synced(m_repo.get(), &Repository::syncFinished);
        m_repo->open(Fx::OrgB);
        QVERIFY(synced.wait(30'000));
        QCOMPARE(order, (QStringList{u"first "_s + Fx::OrgB, u"all"_s}));
        QCOMPARE(orgsInStore, (QList<int>{1, 2}));
        QCOMPARE(m_repo->state(Fx::OrgB)->snapshot.keys.size(), beta.keys.size());
        QCOMPARE(m_repo->state(Fx::OrgB)->history.size(), 2); // the sync built on the loaded history
        QCOMPARE(m_repo->state(Fx::OrgA)->snapshot.organization.name, u"Alpha Org"_s);

        m_repo = std::make_unique<Repository>(m_client.get(), m_dir.filePath(u"cache.sqlite"_s));
        QSignalSpy first(m_repo.get(), &Repository::firstOrganizationLoaded);
        QSignalSpy loaded(m_repo.get(), &Repository::cacheLoaded);
        m_repo->open(u"f0000000000000000000000f"_s); // not cached
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(first.size(), 0);
        QCOMPARE(m_repo->store()->states().size(), 2);
    }

    // The organization shown first comes without its events (OrgState::eventsPending), which follow in a
    // state of their own before the others load. A write of that state meanwhile waits for them (it
    // would store the feed as gone) and then writes the state as it is.
    void theFirstOrganizationsEventsFollow()
    {
        connectOwner();
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        const OrgSnapshot alpha = *cache().latest(Fx::OrgA);
        QVERIFY(!alpha.events.isEmpty());

        m_repo = std::make_unique<Repository>(m_client.get(), m_dir.filePath(u"cache.sqlite"_s));
        QStringList order;
        int writesHeld = -1;
        connect(m_repo.get(), &Repository::firstOrganizationLoaded, this, [&](const QString &orgId) {
            const OrgStatePtr state = m_repo->state(orgId);
            order.append(u"first, events %1"_s.arg(state->eventsPending ? u"pending"_s : u"in"_s));
            QVERIFY(state->snapshot.events.isEmpty());
            m_repo->persist(state, SnapshotSource::Change);
            writesHeld = m_repo->pendingWrites();
        });
        connect(m_repo->store(), &OrgStore::stateChanged, this,
                [&](const QString &orgId, const OrgStatePtr &state) {
                    if (orgId == Fx::OrgA && !state->eventsPending && order.size() == 1)
                        order.append(u"events %1"_s.arg(state->snapshot.events.size()));
                });
        connect(m_repo.get(), &Repository::cacheLoaded, this, [&] { order.append(u"all"_s); });
        QSignalSpy loaded(m_repo.get(), &Repository::cacheLoaded);
        m_repo->open(Fx::OrgA);
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(
            order,
            (QStringList{u"first, events pending"_s, u"events %1"_s.arg(alpha.events.size()), u"all"_s}));
        QCOMPARE(writesHeld, 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_repo->pendingWrites(), 0, 10'000);
        QCOMPARE(m_repo->state(Fx::OrgA)->snapshot.events, alpha.events);
        QCOMPARE(cache().latest(Fx::OrgA)->events, alpha.events); // the held write dropped none
    }

    // A change made right after start, before the first organization's events are in, and then the
    // console closed: the change is stored anyway, with the events the cache holds. (The state is put in
    // the store as the first read leaves it, without open(): whether the events' answer comes before the
    // quit would otherwise depend on the machine.)
    void aChangeBeforeTheEventsSurvivesQuit()
    {
        connectOwner();
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        const OrgSnapshot alpha = *cache().latest(Fx::OrgA);
        QVERIFY(!alpha.events.isEmpty());

        m_repo = std::make_unique<Repository>(m_client.get(), m_dir.filePath(u"cache.sqlite"_s));
        OrgState firstRead;
        firstRead.snapshot = alpha;
        firstRead.snapshot.events.clear();
        firstRead.eventsPending = true;
        m_repo->store()->loadFromCache({firstRead});
        const OrgStatePtr changed = m_repo->store()->applyChange(Fx::OrgA, [](OrgSnapshot &s) {
            s.keys[0].key.desc = u"Renamed before the events"_s;
            return QList<ObjectId>{ObjectId::key(s.keys[0].key.id)};
        });
        QVERIFY(changed->eventsPending);
        m_repo->persist(changed, SnapshotSource::Change);
        QCOMPARE(m_repo->pendingWrites(), 1); // held for the events
        m_repo.reset(); // quit
        QVERIFY(CacheAccess::waitForAll(30'000));
        const auto stored = cache().latest(Fx::OrgA);
        QCOMPARE(stored->keys[0].key.desc, u"Renamed before the events"_s);
        QCOMPARE(stored->events, alpha.events);
        QCOMPARE(cache().history(Fx::OrgA).last().source, SnapshotSource::Change);
    }

    void aKeyThatMayNotReadListsRecordsWhy()
    {
        connectAs(u"readerky"_s, u"0a1b2c3d-0000-4000-8000-00000000a002"_s);
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        const auto s = cache().latest(Fx::OrgA);
        QVERIFY(s->findKey(Fx::keyId(2))->accessListState.readable); // its own list
        const KeyRecord *member = s->findKey(Fx::keyId(3));
        QVERIFY(!member->accessListState.readable);
        QVERIFY(member->accessList.isEmpty());
        QVERIFY2(member->accessListState.reason.contains(u"readerky"_s),
                 qPrintable(member->accessListState.reason));
    }

    void settingWithoutEndpointComesFromEvents()
    {
        m_repo.reset();
        m_fx.server.reset();
        EmulatorOptions options;
        options.orgSettingsApi = false;
        QVERIFY(m_fx.start(options));
        connectOwner();
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        // Without the endpoint, the organization's events tell (tst_events_sync tries each case).
        const auto s = cache().latest(Fx::OrgA);
        QCOMPARE(s->settings.requirement, WhitelistRequirement::NotRequired);
        QCOMPARE(s->settings.source, OrgSettings::Source::Events);
    }

    void aFailedSyncLeavesThePreviousSnapshot()
    {
        const qint64 good = syncAndWait(Fx::OrgA);
        QVERIFY(good > 0);
        const quint16 port = m_fx.server->port();
        m_fx.server.reset();
        EmulatorOptions failing;
        failing.port = port;
        failing.failRate = 0.8; // with two tries and four passes, about a quarter of the reads fail for good
        failing.faultSeed = 3;
        failing.threads = 1;
        QVERIFY(m_fx.start(failing));
        int failures = 0;
        for (int i = 0; i < 5 && failures == 0; ++i)
            failures += syncAndWait(Fx::OrgA) == 0;
        QVERIFY(failures > 0);
        QVERIFY(cache().latest(Fx::OrgA)->id >= good);
        QCOMPARE(cache().latest(Fx::OrgA)->keys.size(), 4); // always a whole snapshot
    }

    void aCancelledSyncWritesNothing()
    {
        const qint64 good = syncAndWait(Fx::OrgA);
        m_repo.reset();
        m_fx.server.reset();
        EmulatorOptions slow;
        slow.latencyMs = 200;
        QVERIFY(m_fx.start(slow));
        connectOwner();
        QSignalSpy finished(m_repo.get(), &Repository::syncFinished);
        m_repo->sync(Fx::OrgA);
        QTRY_VERIFY(m_repo->isSyncing());
        QTest::qWait(250);
        m_repo->cancelSync();
        QTest::qWait(800);
        QVERIFY(finished.isEmpty());
        QVERIFY(!m_repo->isSyncing());
        QCOMPARE(cache().latest(Fx::OrgA)->id, good);
        QCOMPARE(cache().history(Fx::OrgA).size(), 1);
    }

    void offlineReviewAndBack()
    {
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        const quint16 port = m_fx.server->port();
        m_fx.server.reset(); // the server goes away
        m_repo->setReconnectInterval(200);
        QSignalSpy online(m_repo.get(), &Repository::onlineChanged);
        QCOMPARE(syncAndWait(Fx::OrgA), 0);
        QVERIFY(!m_repo->isOnline());
        QCOMPARE(online.size(), 1);
        // The cache still answers, and changes are refused with a reason.
        QCOMPARE(cache().latest(Fx::OrgA)->keys.size(), 4);
        const auto refused = await<ApiKey>(
            [&](auto d) { m_repo->changes()->createKey(Fx::OrgA, u"x"_s, {u"ORG_MEMBER"_s}, qApp, d); });
        QCOMPARE(refused.error().kind, ApiError::Kind::Network);
        QVERIFY(refused.error().explanation().contains(u"offline"_s));

        EmulatorOptions back;
        back.port = port;
        QVERIFY(m_fx.start(back));
        QSignalSpy finished(m_repo.get(), &Repository::syncFinished);
        QTRY_VERIFY_WITH_TIMEOUT(m_repo->isOnline(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10'000); // and a sync ran by itself
    }

    void changesApplyTheServersAnswer()
    {
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        int before = m_client->scheduler().requestsStarted();
        QSignalSpy stored(m_repo->store(), &OrgStore::historyChanged); // written to the cache
        const auto created = await<ApiKey>([&](auto d) {
            m_repo->changes()->createKey(Fx::OrgA, u"Made in the console"_s, {u"ORG_READ_ONLY"_s}, qApp, d);
        });
        QVERIFY(created.ok());
        QCOMPARE(created.value().privateKey.size(), 36); // handed to the caller once
        QCOMPARE(m_client->scheduler().requestsStarted() - before, 1); // the POST alone: its answer is kept
        // In memory at once, masked; in the cache once written.
        const KeyRecord *inMemory = m_repo->state(Fx::OrgA)->snapshot.findKey(created.value().id);
        QVERIFY(inMemory);
        QVERIFY(inMemory->key.privateKey.startsWith(u"****"_s));
        QVERIFY(inMemory->accessList.isEmpty());
        QTRY_COMPARE(stored.size(), 1);
        auto s = cache().latest(Fx::OrgA);
        QCOMPARE(s->keys.size(), 5);
        QVERIFY(s->findKey(created.value().id)->key.privateKey.startsWith(u"****"_s));
        QCOMPARE(cache().history(Fx::OrgA).last().source, SnapshotSource::Change);
        // The history in memory is what the cache lists, without reading it back.
        const SnapshotInfo listed = cache().history(Fx::OrgA).last();
        const SnapshotInfo known = m_repo->state(Fx::OrgA)->history.last();
        QCOMPARE(known.id, listed.id);
        QCOMPARE(known.takenAt, listed.takenAt);
        QCOMPARE(known.source, listed.source);
        QCOMPARE(m_repo->state(Fx::OrgA)->history.size(), cache().history(Fx::OrgA).size());

        before = m_client->scheduler().requestsStarted();
        const auto added = await<QList<AccessListEntry>>([&](auto d) {
            m_repo->changes()->addEntries(Fx::OrgA, created.value().id,
                                          {*IpBlock::parse(u"198.51.100.0/24"_s).block}, qApp, d);
        });
        QVERIFY(added.ok());
        QCOMPARE(m_client->scheduler().requestsStarted() - before, 1);
        QCOMPARE(m_repo->state(Fx::OrgA)->snapshot.findKey(created.value().id)->accessList.size(), 1);
        QTRY_COMPARE(stored.size(), 2);
        QCOMPARE(cache().latest(Fx::OrgA)->findKey(created.value().id)->accessList.size(), 1);
        QCOMPARE(cache().latest(Fx::OrgA)->findKey(created.value().id)->accessList.first().cidrBlock,
                 u"198.51.100.0/24"_s);

        const auto removedEntry = await<Done>([&](auto d) {
            m_repo->changes()->deleteEntry(Fx::OrgA, created.value().id,
                                           *IpBlock::parse(u"198.51.100.0/24"_s).block, qApp, d);
        });
        QVERIFY(removedEntry.ok());
        QVERIFY(m_repo->state(Fx::OrgA)->snapshot.findKey(created.value().id)->accessList.isEmpty());
        QTRY_COMPARE(stored.size(), 3);

        const auto renamed = await<ApiKey>([&](auto d) {
            m_repo->changes()->updateKey(Fx::OrgA, created.value().id, u"Renamed here"_s, std::nullopt, qApp,
                                         d);
        });
        QVERIFY(renamed.ok());
        QCOMPARE(m_repo->state(Fx::OrgA)->snapshot.findKey(created.value().id)->key.desc, u"Renamed here"_s);
        QTRY_COMPARE(stored.size(), 4);

        QVERIFY(await<Done>([&](auto d) {
                    m_repo->changes()->deleteKey(Fx::OrgA, created.value().id, qApp, d);
                }).ok());
        QVERIFY(!m_repo->state(Fx::OrgA)->snapshot.findKey(created.value().id));
        QTRY_COMPARE(stored.size(), 5);
        QVERIFY(!cache().latest(Fx::OrgA)->findKey(created.value().id));

        before = m_client->scheduler().requestsStarted();
        const auto setting = await<OrgSettings>(
            [&](auto d) { m_repo->changes()->setWhitelistRequired(Fx::OrgA, true, qApp, d); });
        QCOMPARE(setting.value().requirement, WhitelistRequirement::Required);
        QCOMPARE(m_client->scheduler().requestsStarted() - before, 1); // no read-back: the answer says it
        QCOMPARE(m_repo->state(Fx::OrgA)->snapshot.settings.requirement, WhitelistRequirement::Required);
        QTRY_COMPARE(stored.size(), 6);
        QCOMPARE(cache().latest(Fx::OrgA)->settings.requirement, WhitelistRequirement::Required);
    }

    void projectAssignmentsApplyTheAnswer()
    {
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        // memberky (key 3) is Project Owner of alpha-one; assign it to alpha-two, then take it away.
        const auto assigned = await<ApiKey>([&](auto d) {
            m_repo->changes()->assignProjectKey(Fx::OrgA, Fx::ProjectTwo, Fx::keyId(3),
                                                {u"GROUP_READ_ONLY"_s}, qApp, d);
        });
        QVERIFY2(assigned.ok(), qPrintable(assigned.ok() ? QString() : assigned.error().explanation()));
        const ApiKey key = m_repo->state(Fx::OrgA)->snapshot.findKey(Fx::keyId(3))->key;
        QCOMPARE(key.projectRoleNames(Fx::ProjectTwo), QStringList{u"GROUP_READ_ONLY"_s});
        QCOMPARE(key.projectRoleNames(Fx::ProjectOne), QStringList{u"GROUP_OWNER"_s}); // untouched
        QVERIFY(await<Done>([&](auto d) {
                    m_repo->changes()->unassignProjectKey(Fx::OrgA, Fx::ProjectTwo, Fx::keyId(3), qApp, d);
                }).ok());
        const ApiKey after = m_repo->state(Fx::OrgA)->snapshot.findKey(Fx::keyId(3))->key;
        QVERIFY(after.projectRoleNames(Fx::ProjectTwo).isEmpty());
        QCOMPARE(after.projectRoleNames(Fx::ProjectOne), QStringList{u"GROUP_OWNER"_s});
        // And the server agrees: a sync changes nothing of it.
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        const ApiKey synced = m_repo->state(Fx::OrgA)->snapshot.findKey(Fx::keyId(3))->key;
        QCOMPARE(synced.projectIds(), QStringList{Fx::ProjectOne});
        QCOMPARE(synced.orgRoleNames(), after.orgRoleNames());
    }

    void aRefusedChangeChangesNothing()
    {
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        const qint64 id = cache().latest(Fx::OrgA)->id;
        const auto r = await<QList<AccessListEntry>>([&](auto d) {
            m_repo->changes()->addEntries(Fx::OrgA, Fx::keyId(3), {*IpBlock::parse(u"10.0.0.0/8"_s).block},
                                          qApp, d);
        });
        QCOMPARE(r.error().kind, ApiError::Kind::Conflict);
        QTest::qWait(100);
        QCOMPARE(cache().latest(Fx::OrgA)->id, id);
    }

    // A change to a key this state does not hold yet (created elsewhere after the last sync), answered
    // while a sync runs: the sync's read of that key survives the merge (the change used to mark the key
    // it could not apply, and the merge then dropped the key).
    void aChangeOfAnUnknownKeyDoesNotDropItFromASync()
    {
        m_repo.reset();
        m_fx.server.reset();
        EmulatorOptions slow; // a sync takes several round trips, a change one
        slow.latencyMs = 300;
        QVERIFY(m_fx.start(slow));
        connectOwner();
        QVERIFY(syncAndWait(Fx::OrgA) > 0);
        auto http = m_fx.client();
        const QString newKey = http.post(u"/orgs/"_s + Fx::OrgA + u"/apiKeys"_s,
                                         R"({"desc":"Made in the web console","roles":["ORG_MEMBER"]})")
                                   .json()
                                   .value("id"_L1)
                                   .toString();
        QVERIFY(!newKey.isEmpty());
        QVERIFY(!m_repo->state(Fx::OrgA)->snapshot.findKey(newKey));
        QSignalSpy finished(m_repo.get(), &Repository::syncFinished);
        m_repo->sync(Fx::OrgA, Repository::SyncMode::Full);
        auto answered = std::make_shared<int>(0); // 1: ok, 2: refused
        auto syncDoneFirst = std::make_shared<bool>(false);
        m_repo->changes()->addEntries(
            Fx::OrgA, newKey, {*IpBlock::parse(u"198.51.100.8"_s).block}, this,
            [answered, syncDoneFirst, &finished](ApiResult<QList<AccessListEntry>> r) {
                *answered = r.ok() ? 1 : 2;
                *syncDoneFirst = !finished.isEmpty();
            });
        QTRY_VERIFY_WITH_TIMEOUT(*answered != 0, 20'000);
        QCOMPARE(*answered, 1);
        QVERIFY(!*syncDoneFirst); // the change was answered while the sync was reading
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30'000);
        const KeyRecord *key = m_repo->state(Fx::OrgA)->snapshot.findKey(newKey);
        QVERIFY(key);
        QCOMPARE(key->key.desc, u"Made in the web console"_s);
    }

    // The history in memory keeps what the cache keeps: it does not grow for ever.
    void historyInMemoryFollowsTheRetention()
    {
        m_repo->setRetention(3);
        auto http = m_fx.client();
        for (int i = 0; i < 5; ++i) {
            // Something changes between the syncs (an unchanged one stores no snapshot of its own).
            QCOMPARE(http.patch(u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s + Fx::keyId(2),
                                u"{\"desc\":\"Reader %1\",\"roles\":[\"ORG_MEMBER\"]}"_s.arg(i).toUtf8())
                         .status,
                     200);
            QVERIFY(syncAndWait(Fx::OrgA, Repository::SyncMode::Full) > 0);
        }
        QTRY_COMPARE(m_repo->state(Fx::OrgA)->history.size(), 3);
        const QList<SnapshotInfo> kept = m_repo->state(Fx::OrgA)->history;
        const auto history = cache().history(Fx::OrgA);
        QCOMPARE(history.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(kept.at(i).id, history.at(i).id);
    }

    // A sync that finds the organization as it was stores no snapshot of its own: the newest one is seen
    // again (its checkedAt), in the cache and in memory, and "last synced" moves on. The console's own calls
    // move its key's usage at every sync; that alone is not a change. A real change makes a new one.
    void anUnchangedSyncStoresNoSnapshot()
    {
        const qint64 first = syncAndWait(Fx::OrgA, Repository::SyncMode::Full);
        QVERIFY(first > 0);
        qint64 ownUse = 0;
        const OrgSnapshot firstCached = *cache().latest(Fx::OrgA);
        for (const KeyRecord &k : firstCached.keys)
            for (const AccessListEntry &e : k.accessList)
                ownUse += e.count;
        QCOMPARE(syncAndWait(Fx::OrgA, Repository::SyncMode::Full), first);
        QCOMPARE(syncAndWait(Fx::OrgA, Repository::SyncMode::Full), first);
        QList<SnapshotInfo> history = cache().history(Fx::OrgA);
        QCOMPARE(history.size(), 1);
        QVERIFY(history.first().checkedAt.isValid());
        QVERIFY(history.first().checkedAt > history.first().takenAt);
        QTRY_COMPARE(m_repo->state(Fx::OrgA)->history.size(), 1);
        QCOMPARE(m_repo->state(Fx::OrgA)->history.first().checkedAt, history.first().checkedAt);
        // The use of every entry, as the last sync read it, is in the cache: updated in place.
        const OrgSnapshot cached = *cache().latest(Fx::OrgA);
        qint64 uses = 0;
        const OrgStatePtr shown = m_repo->state(Fx::OrgA);
        for (const KeyRecord &k : shown->snapshot.keys) {
            for (const AccessListEntry &e : k.accessList) {
                const AccessListEntry *stored = nullptr;
                for (const AccessListEntry &c : cached.findKey(k.key.id)->accessList)
                    stored = c.cidrBlock == e.cidrBlock ? &c : stored;
                QVERIFY(stored);
                QCOMPARE(stored->count, e.count);
                QCOMPARE(stored->lastUsed, e.lastUsed);
                uses += e.count;
            }
        }
        QVERIFY(uses > ownUse); // the console's own calls were counted

        const QString before = cache().latest(Fx::OrgA)->findKey(Fx::keyId(2))->key.desc;
        QVERIFY(before != u"Reader renamed"_s);
        QCOMPARE(m_fx.client()
                     .patch(u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s + Fx::keyId(2),
                            R"({"desc":"Reader renamed","roles":["ORG_MEMBER"]})")
                     .status,
                 200);
        const qint64 second = syncAndWait(Fx::OrgA, Repository::SyncMode::Full);
        QVERIFY(second > first);
        history = cache().history(Fx::OrgA);
        QCOMPARE(history.size(), 2);
        QCOMPARE(cache().load(Fx::OrgA, first)->findKey(Fx::keyId(2))->key.desc, before);
        QCOMPARE(cache().latest(Fx::OrgA)->findKey(Fx::keyId(2))->key.desc, u"Reader renamed"_s);
        QTRY_COMPARE(m_repo->state(Fx::OrgA)->history.size(), 2);
    }

    // A refusal proving the requirement on (ORG_REQUIRES_ACCESS_LIST) to a sync that started before the
    // setting was changed here does not undo that change: the same rule as a sync's result.
    void aRefusalDoesNotUndoALaterChange()
    {
        OrgStore store;
        OrgState first;
        first.snapshot.organization.id = u"org"_s;
        first.snapshot.settings.requirement = WhitelistRequirement::NotRequired;
        store.loadFromCache({first});
        const quint64 syncStarted = store.revision();
        store.applyChange(u"org"_s, [](OrgSnapshot &s) {
            s.settings.requirement = WhitelistRequirement::NotRequired;
            s.settings.source = OrgSettings::Source::SettingsEndpoint;
            return QList<ObjectId>{ObjectId::setting()};
        });
        store.applyRefusalProof(u"org"_s, OrgSettings::fromRefusal(), syncStarted);
        QCOMPARE(store.state(u"org"_s)->snapshot.settings.requirement, WhitelistRequirement::NotRequired);
        // A refusal to a sync that started after the change is believed.
        store.applyRefusalProof(u"org"_s, OrgSettings::fromRefusal(), store.revision());
        QCOMPARE(store.state(u"org"_s)->snapshot.settings.requirement, WhitelistRequirement::Required);
    }

    void diffOfAScriptedSeries()
    {
        const qint64 first = syncAndWait(Fx::OrgA);
        auto http = m_fx.client();
        const QString keys = u"/orgs/"_s + Fx::OrgA + u"/apiKeys"_s;
        const QString newKey = http.post(keys, R"({"desc":"Added between syncs","roles":["ORG_MEMBER"]})")
                                   .json()
                                   .value("id"_L1)
                                   .toString();
        QCOMPARE(http.del(keys + u'/' + Fx::keyId(4)).status, 200);
        QCOMPARE(http.patch(keys + u'/' + Fx::keyId(2), R"({"desc":"Reader renamed","roles":["ORG_MEMBER"]})")
                     .status,
                 200);
        QCOMPARE(http.post(keys + u'/' + Fx::keyId(3) + u"/accessList"_s, R"([{"ipAddress":"192.0.2.77"}])")
                     .status,
                 200);
        QCOMPARE(http.del(keys + u'/' + Fx::keyId(3) + u"/accessList/10.0.0.0%2F8"_s).status, 204);
        QCOMPARE(http.patch(u"/groups/"_s + Fx::ProjectTwo + u"/apiKeys/"_s + Fx::keyId(3),
                            R"({"roles":["GROUP_READ_ONLY"]})")
                     .status,
                 200);
        QCOMPARE(
            http.patch(u"/orgs/"_s + Fx::OrgA + u"/settings"_s, R"({"apiAccessListRequired":true})").status,
            200);
        const qint64 second = syncAndWait(Fx::OrgA);
        QVERIFY(second > first);

        const SnapshotDiff diff
            = diffSnapshots(*cache().load(Fx::OrgA, first), *cache().load(Fx::OrgA, second));
        QVERIFY(diff.settingChanged);
        QCOMPARE(diff.settingFrom, WhitelistRequirement::NotRequired);
        QCOMPARE(diff.settingTo, WhitelistRequirement::Required);
        QHash<QString, KeyDiff> byKey;
        for (const KeyDiff &k : diff.keys)
            byKey.insert(k.keyId, k);
        QCOMPARE(byKey.value(newKey).change, KeyDiff::Change::Added);
        QCOMPARE(byKey.value(Fx::keyId(4)).change, KeyDiff::Change::Removed);
        QCOMPARE(byKey.value(Fx::keyId(4)).entriesRemoved, QStringList{u"192.0.2.1"_s});
        const KeyDiff reader = byKey.value(Fx::keyId(2));
        QCOMPARE(reader.previousDesc, u"Alpha reader"_s);
        QCOMPARE(reader.desc, u"Reader renamed"_s);
        QCOMPARE(reader.rolesAdded, QStringList{u"ORG_MEMBER"_s});
        QCOMPARE(reader.rolesRemoved, QStringList{u"ORG_READ_ONLY"_s});
        const KeyDiff member = byKey.value(Fx::keyId(3));
        QCOMPARE(member.entriesAdded, QStringList{u"192.0.2.77"_s});
        QCOMPARE(member.entriesRemoved, QStringList{u"10.0.0.0/8"_s});
        QCOMPARE(member.projectsAssigned, QStringList{Fx::ProjectTwo});
        // The second sync was incremental: the events named keys 2, 3, 4 and the new one, so the owner
        // key's whitelist (and its usage) was kept from the first sync, marked with when it was read.
        QCOMPARE(cache().history(Fx::OrgA).last().source, SnapshotSource::IncrementalSync);
        const auto secondSnapshot = cache().load(Fx::OrgA, second);
        QCOMPARE(secondSnapshot->findKey(Fx::keyId(1))->accessListReadAt.toSecsSinceEpoch(),
                 cache().load(Fx::OrgA, first)->takenAt.toSecsSinceEpoch());
        QVERIFY(!secondSnapshot->findKey(Fx::keyId(3))->accessListReadAt.isValid());
        QVERIFY(!byKey.contains(Fx::keyId(1)));
        QVERIFY(diff.hasStructuralChange());
        QCOMPARE(secondSnapshot->settings.source, OrgSettings::Source::SettingsEndpoint);

        // A full sync reads every whitelist: the owner key made the calls, its usage moved, and that
        // alone is no structural change.
        const qint64 third = syncAndWait(Fx::OrgA, Repository::SyncMode::Full);
        QVERIFY(third > second);
        QCOMPARE(cache().history(Fx::OrgA).last().source, SnapshotSource::Sync);
        const SnapshotDiff usage = diffSnapshots(*secondSnapshot, *cache().load(Fx::OrgA, third));
        const KeyDiff owner = usage.keys.isEmpty() ? KeyDiff() : usage.keys.first();
        QCOMPARE(usage.keys.size(), 1);
        QCOMPARE(owner.keyId, Fx::keyId(1));
        QVERIFY(owner.requests > 0);
        QVERIFY(!owner.hasStructuralChange());
        QVERIFY(!usage.hasStructuralChange());
        QVERIFY(!cache().load(Fx::OrgA, third)->findKey(Fx::keyId(1))->accessListReadAt.isValid());

        const SnapshotDiff none
            = diffSnapshots(*cache().load(Fx::OrgA, second), *cache().load(Fx::OrgA, second));
        QVERIFY(!none.hasStructuralChange());
        QVERIFY(none.keys.isEmpty());
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestSync)
#include "tst_sync.moc"
