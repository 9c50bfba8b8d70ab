// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite beside PostgreSQL on the same machine (runs under tests/support/with-postgres.sh): a maximal
// organization's snapshot written, read at start-up, two snapshots' history diff, the size after 365 daily
// snapshots of 20 organizations, and the time from one console's write to another console's update.
// The SQLite figure of each row is the baseline (ratio 1.0) of the PostgreSQL one.
#include "CacheAccess.h"
#include "CacheDatabase.h"
#include "MaximalOrg.h"
#include "PostgresTestServer.h"
#include "SnapshotDiff.h"
#include "SnapshotStore.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    qint64 firstWriteMs = 0;
    qint64 unchangedWriteMs = 0;
    qint64 changedWriteMs = 0;
    qint64 startupReadMs = 0;
    qint64 diffMs = 0;
    double yearMb = 0;
    qint64 yearWriteMs = 0;
};

// One of 20 organizations on day d: 25 keys × 4 entries; each day two keys get a new description and the
// usage of every entry moves on.
OrgSnapshot dayOf(int org, int day)
{
    OrgSnapshot s;
    s.organization = {u"5b%1"_s.arg(org, 22, 10, QChar(u'0')), u"Org %1"_s.arg(org), false};
    s.settings = OrgSettings::known(org % 2 == 0);
    s.takenAt = QDateTime(QDate(2026, 1, 1).addDays(day), QTime(2, 0), Qt::UTC);
    for (int k = 0; k < 25; ++k) {
        KeyRecord key;
        key.key.id = u"7b%1%2"_s.arg(org, 4, 10, QChar(u'0')).arg(k, 18, 10, QChar(u'0'));
        key.key.publicKey = u"k%1x%2"_s.arg(org).arg(k);
        key.key.desc = u"Key %1 (version %2)"_s.arg(k).arg((day + k) / 13);
        key.key.privateKey = u"********-****-****-000000000000"_s;
        key.key.roles = {{u"ORG_MEMBER"_s, s.organization.id, {}}};
        for (int e = 0; e < 4; ++e) {
            AccessListEntry entry
                = AccessListEntry::fromBlock(*IpBlock::parse(u"10.%1.%2.%3"_s.arg(org).arg(k).arg(e)).block,
                                             QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
            entry.count = qint64(day) * (e + 1);
            entry.lastUsed = s.takenAt.addSecs(-3600);
            entry.lastUsedAddress = entry.ipAddress;
            key.accessList.append(entry);
        }
        s.keys.append(key);
    }
    return s;
}

qint64 sqliteBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

qint64 postgresBytes(CacheDatabase &db)
{
    QSqlQuery q(db.db());
    if (!q.exec(u"SELECT pg_database_size(current_database())"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class BenchStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Figures measure(const QString &location, const QString &yearLocation)
    {
        Figures f;
        const OrgSnapshot snapshot = maximal();
        CacheDatabase db;
        if (!db.open(location))
            qFatal("%s", qPrintable(db.error()));
        SnapshotStore store(db);
        QElapsedTimer timer;
        timer.start();
        const qint64 first = store.write(snapshot);
        f.firstWriteMs = timer.elapsed();
        timer.restart();
        store.write(snapshot);
        f.unchangedWriteMs = timer.elapsed();
        OrgSnapshot changed = snapshot;
        changed.takenAt = {};
        for (int k = 0; k < 50; ++k)
            changed.keys[k * 10].key.desc = u"changed %1"_s.arg(k);
        changed.keys.removeLast();
        timer.restart();
        const qint64 second = store.write(changed);
        f.changedWriteMs = timer.elapsed();
        if (first <= 0 || second <= first)
            qFatal("writes failed: %s", qPrintable(store.error()));

        // Start-up: a new connection reads the newest snapshot.
        {
            CacheDatabase fresh;
            fresh.open(location);
            SnapshotStore reader(fresh);
            timer.restart();
            const auto latest = reader.latest(snapshot.organization.id);
            f.startupReadMs = timer.elapsed();
            if (!latest || latest->keys.size() != 499)
                qFatal("read failed");
            timer.restart();
            const auto from = reader.load(snapshot.organization.id, first);
            const auto to = reader.load(snapshot.organization.id, second);
            const SnapshotDiff diff = diffSnapshots(*from, *to);
            f.diffMs = timer.elapsed();
            if (!diff.hasStructuralChange())
                qFatal("no difference found");
        }

        // A year of daily syncs of 20 organizations.
        CacheDatabase year;
        if (!year.open(yearLocation))
            qFatal("%s", qPrintable(year.error()));
        SnapshotStore yearStore(year);
        yearStore.setRetention(400);
        const qint64 emptyBytes = year.isPostgres() ? postgresBytes(year) : 0;
        timer.restart();
        for (int day = 0; day < 365; ++day) {
            for (int org = 0; org < 20; ++org) {
                if (yearStore.write(dayOf(org, day)) <= 0)
                    qFatal("year write failed: %s", qPrintable(yearStore.error()));
            }
        }
        f.yearWriteMs = timer.elapsed();
        if (year.isPostgres()) {
            year.exec(u"VACUUM"_s);
            f.yearMb = double(postgresBytes(year) - emptyBytes) / 1e6;
        } else {
            year.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            f.yearMb = double(sqliteBytes(year.path())) / 1e6;
        }
        return f;
    }

    // From console A's write to console B's in-memory update (B listens; SQLite has no such channel: its
    // figure is the write alone, the time to commit that B could at best poll for).
    QList<qint64> liveUpdate(const QString &location, int rounds)
    {
        CacheAccess a(location);
        CacheAccess b(location);
        bool opened = false;
        a.open(this, [&](const CacheAccess::Opened &) { opened = true; });
        if (!QTest::qWaitFor([&] { return opened; }, 30'000))
            qFatal("cache not opened");
        opened = false;
        b.open(this, [&](const CacheAccess::Opened &) { opened = true; });
        if (!QTest::qWaitFor([&] { return opened; }, 30'000))
            qFatal("cache not opened");
        QSignalSpy changed(&b, &CacheAccess::storeChanged);
        QList<qint64> times;
        OrgSnapshot s = dayOf(99, 0);
        for (int i = 0; i < rounds; ++i) {
            s.takenAt = {};
            s.keys[i % s.keys.size()].key.desc = u"round %1"_s.arg(i);
            changed.clear();
            bool written = false;
            QElapsedTimer timer;
            timer.start();
            a.write(s, SnapshotSource::Sync, 0, this,
                    [&](const SnapshotInfo &, const QString &) { written = true; });
            const bool live = location.startsWith(u"postgresql"_s);
            if (!QTest::qWaitFor([&] { return live ? !changed.isEmpty() : written; }, 10'000))
                qFatal("no update within 10 s");
            times.append(timer.elapsed());
        }
        std::sort(times.begin(), times.end());
        return times;
    }

private slots:
    void sqliteBesidePostgresql()
    {
        if (!PostgresTestServer::available())
            QSKIP("runs under tests/support/with-postgres.sh (ctest: bench_store)");
        const QString pg = PostgresTestServer::createDatabase(u"bench"_s);
        const QString pgYear = PostgresTestServer::createDatabase(u"bench_year"_s);
        QVERIFY(!pg.isEmpty() && !pgYear.isEmpty());
        const Figures lite = measure(m_dir.filePath(u"bench.sqlite"_s), m_dir.filePath(u"year.sqlite"_s));
        const Figures post = measure(pg, pgYear);
        const auto row = [](const char *name, double sqlite, double postgres, const char *unit) {
            qInfo("BENCH store %s sqlite_%s=%.1f postgresql_%s=%.1f ratio=%.2f", name, unit, sqlite, unit,
                  postgres, sqlite > 0 ? postgres / sqlite : 0.0);
        };
        row("maximal-first-write", lite.firstWriteMs, post.firstWriteMs, "ms");
        row("maximal-unchanged-write", lite.unchangedWriteMs, post.unchangedWriteMs, "ms");
        row("maximal-50-keys-changed-write", lite.changedWriteMs, post.changedWriteMs, "ms");
        row("maximal-startup-read", lite.startupReadMs, post.startupReadMs, "ms");
        row("history-diff-two-snapshots", lite.diffMs, post.diffMs, "ms");
        row("year-20-orgs-365-days-size", lite.yearMb, post.yearMb, "mb");
        row("year-20-orgs-365-days-writes", lite.yearWriteMs, post.yearWriteMs, "ms");

        const QList<qint64> liteLive = liveUpdate(m_dir.filePath(u"live.sqlite"_s), 21);
        const QList<qint64> pgLive = liveUpdate(PostgresTestServer::createDatabase(u"bench_live"_s), 21);
        QCOMPARE(pgLive.size(), 21);
        qInfo("BENCH store write-to-other-console sqlite_commit_median_ms=%lld "
              "postgresql_update_median_ms=%lld "
              "postgresql_update_max_ms=%lld",
              liteLive.at(10), pgLive.at(10), pgLive.constLast());
    }
};

APIACCESS_GUILESS_TEST_MAIN(BenchStore)
#include "bench_store.moc"
