// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A headless sync killed with SIGKILL at random moments: the cache stays consistent (integrity_check
// is ok) and its latest snapshot is whole — entirely the previous one or entirely the new one.
// Sized to finish well inside QtTest's 300 s watchdog on a loaded 2-core machine (about 20 s alone): what a
// kill can break does not depend on the organization's size, only on where in the write it lands, so an
// organization of 250 keys × 20 entries and twelve rounds do (20 rounds of a maximal one took 138 s alone
// and over 300 s beside other work).
#include "CacheDatabase.h"
#include "EmulatorProcess.h"
#include "SnapshotStore.h"
#include "SyncHttp.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TestSyncKill : public QObject
{
    Q_OBJECT

    static constexpr int Rounds = 12;
    EmulatorProcess m_emulator;
    QTemporaryDir m_dir;
    QStringList m_keyIds;

    QString cachePath() const { return m_dir.filePath(u"cache.sqlite"_s); }

    QProcess *startHelper(int iterations)
    {
        auto *helper = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"APIACCESS_PRIVATE_KEY"_s, m_emulator.privateKey());
        helper->setProcessEnvironment(env);
        TestEnvironment::endsWithTest(*helper);
        helper->start(QStringLiteral(APIACCESS_SYNC_LOOP_HELPER),
                      {m_emulator.url(), m_emulator.publicKey(), m_emulator.orgId(), cachePath(),
                       QString::number(iterations)});
        helper->waitForStarted();
        return helper;
    }

    // Every key's description carries the round it was renamed in.
    void renameAllKeys(SyncHttp &http, int round)
    {
        for (const QString &id : std::as_const(m_keyIds)) {
            const auto r = http.patch(u"/orgs/"_s + m_emulator.orgId() + u"/apiKeys/"_s + id,
                                      u"{\"desc\":\"round %1\"}"_s.arg(round).toUtf8());
            QCOMPARE(r.status, 200);
        }
    }

    // The latest snapshot is whole: every key present, with its entries, all from one round.
    void verifyCache(int previousRound, int round, qint64 *latestId)
    {
        CacheDatabase db;
        QVERIFY2(db.open(cachePath()), qPrintable(db.error()));
        QVERIFY(db.recoveryNotice().isEmpty());
        QSqlQuery check(db.db());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        check.finish();
        SnapshotStore store(db);
        const auto latest = store.latest(m_emulator.orgId());
        QVERIFY(latest);
        QCOMPARE(latest->keys.size(), m_keyIds.size());
        QSet<QString> descs;
        for (const KeyRecord &k : latest->keys) {
            QCOMPARE(k.accessList.size(), 20);
            descs.insert(k.key.desc);
        }
        QCOMPARE(descs.size(), 1);
        const QString seen = *descs.begin();
        QVERIFY2(seen == u"round %1"_s.arg(previousRound) || seen == u"round %1"_s.arg(round),
                 qPrintable(seen));
        QVERIFY(latest->id >= *latestId); // never goes back
        *latestId = latest->id;
        // The stored snapshots a kill could have touched still load whole.
        const auto history = store.history(m_emulator.orgId());
        for (qsizetype i = std::max<qsizetype>(0, history.size() - 3); i < history.size();
             ++i) // newest three
            QCOMPARE(store.load(m_emulator.orgId(), history.at(i).id)->keys.size(), m_keyIds.size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_emulator.start({u"--generate"_s, u"orgs=1,keys=250,entries=20,projects=50,seed=4"_s}));
        SyncHttp http(m_emulator.url(), m_emulator.publicKey(), m_emulator.privateKey());
        const auto keys = http.get(u"/orgs/"_s + m_emulator.orgId() + u"/apiKeys?itemsPerPage=500"_s);
        for (const auto &k : keys.json().value("results"_L1).toArray())
            m_keyIds.append(k.toObject().value("id"_L1).toString());
        QCOMPARE(m_keyIds.size(), 250);
    }

    void killedAtRandomMoments()
    {
        SyncHttp http(m_emulator.url(), m_emulator.publicKey(), m_emulator.privateKey());
        renameAllKeys(http, -1);
        // A complete first sync: the snapshot every later kill must leave intact, and the time a sync takes.
        QElapsedTimer timer;
        timer.start();
        QProcess *first = startHelper(1);
        QVERIFY(first->waitForFinished(60'000));
        QCOMPARE(first->exitCode(), 0);
        const qint64 syncMs = std::max<qint64>(50, timer.elapsed());
        qint64 latestId = 0;
        verifyCache(-1, -1, &latestId);
        // What a killed helper would have taken had it run to the end (three syncs: the first reads a
        // round's renames, the other two find nothing new): the kills land in [0, that).
        renameAllKeys(http, 0);
        timer.restart();
        QProcess *calibration = startHelper(3);
        QVERIFY(calibration->waitForFinished(60'000));
        QCOMPARE(calibration->exitCode(), 0);
        const qint64 helperMs = std::max<qint64>(50, timer.elapsed());
        verifyCache(0, 0, &latestId);

        QRandomGenerator random(20261128);
        int kills = 0;
        for (int round = 1; round <= Rounds; ++round) {
            renameAllKeys(http, round);
            QProcess *helper = startHelper(3);
            const int delay = int(random.bounded(helperMs));
            QTest::qWait(delay);
            if (helper->state() == QProcess::Running) {
                ::kill(pid_t(helper->processId()), SIGKILL);
                ++kills;
            }
            // waitForFinished() is false for a helper that already finished during the wait above.
            QVERIFY(helper->state() == QProcess::NotRunning || helper->waitForFinished(30'000));
            verifyCache(round - 1, round, &latestId);
            // After a kill, the next complete sync catches up with this round.
            QProcess *catchUp = startHelper(1);
            QVERIFY(catchUp->waitForFinished(60'000));
            QCOMPARE(catchUp->exitCode(), 0);
            verifyCache(round, round, &latestId);
        }
        QVERIFY(kills >= Rounds / 2); // most helpers are still syncing when the signal comes
        qInfo("%d syncs killed with SIGKILL (a first sync took %lld ms, a helper's three syncs %lld ms); the "
              "cache was consistent every time",
              kills, syncMs, helperMs);
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"
