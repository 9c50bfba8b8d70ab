// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The cache with a maximal organization (500 keys × 20 entries, 250 projects): snapshot write time, load
// time, database size for one snapshot and after 100 syncs that changed nothing and 100 that moved usage.
// Baseline in the same run: the same rows inserted without any history logic (one transaction, prepared).
#include "CacheDatabase.h"
#include "MaximalOrg.h"
#include "SnapshotRows.h"
#include "SnapshotStore.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

qint64 fileBytes(const QString &path)
{
    qint64 total = 0;
    for (const char *suffix : {"", "-wal"})
        total += QFileInfo(path + QLatin1StringView(suffix)).size();
    return total;
}

} // namespace

class BenchCache : public QObject
{
    Q_OBJECT
private slots:
    void maximalOrganization()
    {
        QTemporaryDir dir;
        const OrgSnapshot snapshot = maximal();
        CacheDatabase db;
        QVERIFY(db.open(dir.filePath(u"cache.sqlite"_s)));
        SnapshotStore store(db);

        // Baseline: the same rows, plain inserts in one transaction.
        const QList<SnapshotRows::Row> rows = SnapshotRows::fromSnapshot(snapshot);
        QVERIFY(db.exec(u"CREATE TABLE plain (kind TEXT, object_key TEXT, data TEXT)"_s));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(db.beginWrite());
        QSqlQuery insert(db.db());
        insert.prepare(u"INSERT INTO plain VALUES (?, ?, ?)"_s);
        for (const auto &row : rows) {
            insert.bindValue(0, SnapshotRows::kindName(row.kind));
            insert.bindValue(1, row.key);
            insert.bindValue(2, row.data);
            insert.exec();
        }
        QVERIFY(db.commit());
        const qint64 plainMs = timer.elapsed();
        QVERIFY(db.exec(u"DROP TABLE plain"_s));
        QVERIFY(db.exec(u"VACUUM"_s));
        QVERIFY(db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        const qint64 emptyBytes = fileBytes(db.path());

        timer.restart();
        const qint64 firstId = store.write(snapshot);
        const qint64 firstMs = timer.elapsed();
        QVERIFY(firstId > 0);
        QVERIFY(db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        const qint64 oneBytes = fileBytes(db.path());

        timer.restart();
        const qint64 secondId = store.write(snapshot);
        const qint64 unchangedMs = timer.elapsed();
        QCOMPARE(secondId, firstId); // nothing changed: the newest snapshot is confirmed, not written again

        timer.restart();
        const auto loaded = store.latest(snapshot.organization.id);
        const qint64 loadMs = timer.elapsed();
        QCOMPARE(loaded->keys.size(), 500);
        QCOMPARE(loaded->keys.last().accessList.size(), 20);

        for (int i = 0; i < 98; ++i)
            QVERIFY(store.write(snapshot));
        QVERIFY(db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        const qint64 hundredUnchanged = fileBytes(db.path());

        OrgSnapshot moving = snapshot;
        timer.restart();
        qint64 movingMs = 0;
        for (int i = 0; i < 100; ++i) {
            for (auto &k : moving.keys)
                k.accessList[0].count += 1; // every key used since the last sync
            timer.restart();
            QVERIFY(store.write(moving));
            movingMs += timer.elapsed();
        }
        QVERIFY(db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        const qint64 hundredMoving = fileBytes(db.path());

        qInfo("rows per snapshot: %lld; plain insert of them (baseline): %lld ms", qint64(rows.size()),
              plainMs);
        qInfo("first snapshot write: %lld ms (%.1fx the baseline); unchanged re-sync write: %lld ms", firstMs,
              double(firstMs) / std::max<qint64>(1, plainMs), unchangedMs);
        qInfo("load latest snapshot into memory: %lld ms", loadMs);
        qInfo("database: %.2f MB empty, %.2f MB with one snapshot, %.2f MB after 100 unchanged syncs",
              emptyBytes / 1e6, oneBytes / 1e6, hundredUnchanged / 1e6);
        qInfo("then 100 syncs where 500 entries' usage moved: %.1f ms per write, %.2f MB (retention %d)",
              movingMs / 100.0, hundredMoving / 1e6, store.retention());
    }
};

APIACCESS_GUILESS_TEST_MAIN(BenchCache)
#include "bench_cache.moc"
