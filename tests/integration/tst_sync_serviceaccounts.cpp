// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A sync reads a Cloud Manager organization's service accounts and each one's access list into the
// snapshot, the cache keeps them (masked: no secret value ever stored) for offline review, a sync that
// finds them unchanged stores nothing new, and an Ops Manager sync asks for none.
#include "ApiClient.h"
#include "CacheFile.h"
#include "EmulatorFixture.h"
#include "FixtureConnection.h"
#include "Repository.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

class TestSyncServiceAccounts : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Repository> m_repo;

    QString cachePath() const { return m_dir.filePath(u"cache.sqlite"_s); }

    // Connected as the owner key, the server identified (its name tells Cloud Manager from Ops Manager).
    bool connect(bool offline = false)
    {
        m_repo.reset();
        m_client.reset();
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_manager.get());
        m_client->setConnection(fixtureConnection(m_fx));
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
    qint64 syncAndWait()
    {
        QSignalSpy finished(m_repo.get(), &Repository::syncFinished);
        QSignalSpy failed(m_repo.get(), &Repository::syncFailed);
        m_repo->sync(Fx::OrgA);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30'000))
            return -1;
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

    void cloudManagerAccountsAreSyncedAndCached()
    {
        EmulatorOptions options;
        options.flavor = EmulatorOptions::Flavor::CloudManager;
        QVERIFY(m_fx.start(options, &Fx::seedServiceAccount));
        QVERIFY(connect());
        QCOMPARE(m_client->serverInfo().kind(), ServerKind::CloudManager);
        const qint64 first = syncAndWait();
        QVERIFY(first > 0);
        const OrgStatePtr state = m_repo->state(Fx::OrgA);
        QVERIFY(state);
        const OrgSnapshot &s = state->snapshot;
        QVERIFY2(s.serviceAccountsState.readable, qPrintable(s.serviceAccountsState.reason));
        QCOMPARE(s.serviceAccounts.size(), 1);
        const ServiceAccountRecord &a = s.serviceAccounts.first();
        QCOMPARE(a.account.clientId, Fx::ServiceAccountId);
        QCOMPARE(a.account.name, u"ci-runner"_s);
        QCOMPARE(a.account.secrets.size(), 1);
        QVERIFY(a.account.secrets.first().secret.isEmpty());
        QCOMPARE(a.account.secrets.first().maskedSecretValue, u"mdb_sa_sk_…1234"_s);
        QVERIFY(a.accessListState.readable);
        QCOMPARE(a.accessList.size(), 1);
        QCOMPARE(a.accessList.first().count, 812);
        QCOMPARE(a.accessList.first().lastUsedAddress, u"203.0.113.9"_s);

        // Unchanged on the server: a sync stores no snapshot of its own (the first incremental one does,
        // to say when the last full sync was).
        const qint64 incremental = syncAndWait();
        QVERIFY(incremental > first);
        QCOMPARE(syncAndWait(), incremental);

        // The cache holds them for offline review, and never the secret's value.
        m_repo.reset();
        {
            QFile file(cachePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains(Fx::ServiceAccountSecretValue.toLatin1()));
        }
        const auto cached = CacheFile(cachePath()).latest(Fx::OrgA);
        QVERIFY(cached);
        QCOMPARE(cached->serviceAccounts, s.serviceAccounts);
        QVERIFY(cached->serviceAccountsState.readable);
        QVERIFY(connect(true));
        QTRY_VERIFY(m_repo->state(Fx::OrgA));
        QCOMPARE(m_repo->state(Fx::OrgA)->snapshot.serviceAccounts, s.serviceAccounts);

        // Deleted on the server: the next sync has none, the older snapshot still has it.
        QVERIFY(connect());
        m_fx.server->dispatcher().editDataset([](Dataset &d) { d.serviceAccounts.clear(); });
        const qint64 after = syncAndWait();
        QVERIFY(after > first);
        QVERIFY(m_repo->state(Fx::OrgA)->snapshot.serviceAccounts.isEmpty());
        QCOMPARE(CacheFile(cachePath()).load(Fx::OrgA, first)->serviceAccounts.size(), 1);
    }

    void opsManagerAsksForNone()
    {
        QVERIFY(m_fx.start({}, &Fx::seedServiceAccount));
        QVERIFY(connect());
        QCOMPARE(m_client->serverInfo().kind(), ServerKind::OpsManager);
        QVERIFY(syncAndWait() > 0);
        const OrgSnapshot &s = m_repo->state(Fx::OrgA)->snapshot;
        QVERIFY(!s.serviceAccountsState.readable);
        QVERIFY2(s.serviceAccountsState.reason.contains(u"Ops Manager"_s),
                 qPrintable(s.serviceAccountsState.reason));
        QVERIFY(s.serviceAccounts.isEmpty());
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestSyncServiceAccounts)
#include "tst_sync_serviceaccounts.moc"
