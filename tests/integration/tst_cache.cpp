// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite cache on real files: modes, PRAGMAs, migrations from every version, compact snapshots,
// retention, not-readable versus empty, notes, atomic failures, corruption, and a reader during a write.
#include "ApiClient.h"
#include "CacheAccess.h"
#include "CacheDatabase.h"
#include "Outbox.h"
#include "PostgresTestServer.h"
#include "Repository.h"
#include "SnapshotFactory.h"
#include "SnapshotRows.h"
#include "SnapshotStore.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;
namespace F = SnapshotFactory;

namespace {
QVariant scalar(CacheDatabase &db, const QString &sql)
{
    QSqlQuery q(db.db());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}
} // namespace

class TestCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // Under APIACCESS_TEST_STORE_ENGINE=postgresql (tst_cache_postgresql) every store is a database of its
    // own on the test's PostgreSQL server, made at first use in a test case and dropped at the next.
    const bool m_pg = PostgresTestServer::selected();
    QStringList m_databases;
    QString path(const QString &name = u"cache.sqlite"_s)
    {
        if (!m_pg)
            return m_dir.filePath(u"profile/"_s + name);
        QString database = u"t_"_s + name.section(u'.', 0, 0).replace(u'-', u'_');
        if (!m_databases.contains(database)) {
            if (PostgresTestServer::createDatabase(database).isEmpty())
                qFatal("cannot create the test database %s", qPrintable(database));
            m_databases.append(database);
        }
        return PostgresTestServer::location(database);
    }
    QString databaseOf(const QString &name = u"cache.sqlite"_s) const
    {
        return u"t_"_s + name.section(u'.', 0, 0).replace(u'-', u'_');
    }
#define ONLY_ON_SQLITE()                                                                                     \
    if (m_pg)                                                                                                \
    QSKIP("a property of SQLite files (the PostgreSQL variant has its own tests)")

private slots:
    void init()
    {
        QDir(m_dir.filePath(u"profile"_s)).removeRecursively();
        for (const QString &database : std::as_const(m_databases))
            PostgresTestServer::dropDatabase(database);
        m_databases.clear();
    }

    void fileModesAndPragmas()
    {
        ONLY_ON_SQLITE();
        CacheDatabase db;
        QVERIFY2(db.open(path()), qPrintable(db.error()));
        SnapshotStore store(db);
        QVERIFY(store.write(F::organization()));
        QCOMPARE(QFileInfo(m_dir.filePath(u"profile"_s)).permissions() & 0x7777,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                     | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        for (const QString &file : QStringList{path(), path() + u"-wal"_s, path() + u"-shm"_s}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            const auto perms = QFileInfo(file).permissions();
            QVERIFY2(!(perms
                       & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                          | QFileDevice::WriteOther)),
                     qPrintable(file));
        }
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
        QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), CacheDatabase::SchemaVersion);
        QVERIFY(CacheDatabase::pathForProfile(u"My Ops Manager/prod"_s)
                    .endsWith(u"/profiles/My~0020Ops~0020Manager~002fprod/cache.sqlite"_s));
    }

    // One folder per profile name: names that differ never share a cache, nor does a profile called
    // "demo" share the demo server's; the folder gives the name back.
    void everyProfileHasItsOwnCache()
    {
        ONLY_ON_SQLITE();
        const QStringList names{u"prod om"_s, u"prod_om"_s, u"prod~om"_s, u"prod~005fom"_s, u"demo"_s,
                                u".hidden"_s, u"~demo"_s,   u"Ω prod"_s,  u"a/b"_s,         u"a_b"_s};
        QSet<QString> paths{CacheDatabase::pathForDemo()};
        for (const QString &name : names) {
            QVERIFY2(!paths.contains(CacheDatabase::pathForProfile(name)), qPrintable(name));
            paths.insert(CacheDatabase::pathForProfile(name));
            QCOMPARE(CacheDatabase::profileForFolder(CacheDatabase::folderForProfile(name)), name);
            QVERIFY(!CacheDatabase::folderForProfile(name).startsWith(u'.'));
        }
        QCOMPARE(CacheDatabase::profileForFolder(QString::fromLatin1(CacheDatabase::DemoFolder)), u"demo"_s);
    }

    // Caches under the old, lossy folder names move to their own folder where that is unambiguous.
    void legacyFoldersAreAdopted()
    {
        ONLY_ON_SQLITE();
        const QString root = QFileInfo(QFileInfo(CacheDatabase::pathForDemo()).absolutePath()).absolutePath();
        const auto make = [&](const QString &folder) {
            QVERIFY(QDir().mkpath(root + u'/' + folder));
            QFile f(root + u'/' + folder + u"/cache.sqlite"_s);
            QVERIFY(f.open(QIODevice::WriteOnly));
        };
        make(u"demo"_s); // the demo's old folder
        make(u"team_a"_s); // "team a"'s old folder, no profile is called "team_a"
        make(u"prod_om"_s); // shared by "prod om" and "prod_om": stays with "prod_om"
        const QStringList moved
            = CacheDatabase::adoptLegacyFolders({u"team a"_s, u"prod om"_s, u"prod_om"_s});
        QVERIFY2(QFileInfo::exists(CacheDatabase::pathForDemo()), qPrintable(moved.join(u", "_s)));
        QVERIFY(QFileInfo::exists(CacheDatabase::pathForProfile(u"team a"_s)));
        QVERIFY(QFileInfo::exists(CacheDatabase::pathForProfile(u"prod_om"_s)));
        QVERIFY(!QFileInfo::exists(CacheDatabase::pathForProfile(u"prod om"_s)));
        QCOMPARE(moved.size(), 2);
        QVERIFY(CacheDatabase::adoptLegacyFolders({u"team a"_s}).isEmpty()); // once
        QDir(root).removeRecursively();
    }

    void migratesFromEveryVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < CacheDatabase::SchemaVersion; ++v)
            QTest::addRow("from %d", v) << v;
    }

    void migratesFromEveryVersion()
    {
        QFETCH(int, from);
        {
            CacheDatabase old;
            QVERIFY2(old.open(path(), from), qPrintable(old.error()));
            QCOMPARE(old.userVersion(), from);
            if (from >= 1) { // a snapshot as that version stored it
                QVERIFY(
                    old.exec(u"INSERT INTO snapshots (org_id, taken_at) VALUES ('a0000000000000000000000a', "
                             "'2026-01-01T00:00:00.000Z')"_s));
                QVERIFY(old.exec(
                    uR"(INSERT INTO rows (org_id, kind, object_key, first_snapshot, last_snapshot, data)
                      VALUES ('a0000000000000000000000a', 'org',
                      'a0000000000000000000000a', 1, NULL, '{"id":"a0000000000000000000000a","isDeleted":false,"name":"Old Org"}'))"_s));
            }
        }
        CacheDatabase db;
        QVERIFY2(db.open(path()), qPrintable(db.error()));
        QCOMPARE(db.userVersion(), CacheDatabase::SchemaVersion);
        SnapshotStore store(db);
        if (from >= 1) {
            const auto latest = store.latest(u"a0000000000000000000000a"_s);
            QVERIFY2(latest, qPrintable(store.error()));
            QCOMPARE(latest->organization.name, u"Old Org"_s);
            QCOMPARE(store.history(u"a0000000000000000000000a"_s).first().source, SnapshotSource::Sync);
        }
        // Everything of the latest schema works on the migrated file.
        QVERIFY(store.write(F::organization()));
        QVERIFY(store.setNote(u"a0000000000000000000000a"_s, NoteKind::Key, F::key(1, {}, {}).key.id,
                              {u"ops"_s, u"TICKET-1"_s, u"rotated"_s, {}}));
    }

    // A store a newer console migrated is opened read-only: read as far as this version knows it, never
    // written in a shape it does not know.
    void aNewerSchemaOpensReadOnly()
    {
        qint64 written = 0;
        {
            CacheDatabase db;
            QVERIFY(db.open(path()));
            SnapshotStore store(db);
            written = store.write(F::organization(2, 1));
            QVERIFY(written > 0);
            QVERIFY(db.exec(m_pg ? u"INSERT INTO schema_steps (version, applied_by) VALUES (99, 'newer')"_s
                                 : u"PRAGMA user_version=99"_s));
        }
        CacheDatabase db;
        QVERIFY2(db.open(path()), qPrintable(db.error()));
        QVERIFY(db.isReadOnly());
        QVERIFY2(db.readOnlyReason().contains(u"newer version of the console (schema 99"_s),
                 qPrintable(db.readOnlyReason()));
        SnapshotStore store(db);
        const auto latest = store.latest(F::organization(2, 1).organization.id);
        QVERIFY2(latest, qPrintable(store.error()));
        QCOMPARE(latest->id, written);
        QCOMPARE(latest->keys.size(), 2);
        OrgSnapshot changed = *latest;
        changed.keys[0].key.desc = u"not written"_s;
        QCOMPARE(store.write(changed), 0);
        QVERIFY(store.error().contains(u"read-only"_s));
        QVERIFY(!store.setNote(latest->organization.id, NoteKind::Key, latest->keys[0].key.id,
                               {u"ops"_s, {}, {}, {}}));
        QCOMPARE(store.history(latest->organization.id).size(), 1);
        if (!m_pg)
            QVERIFY(QFileInfo::exists(path())); // kept, not moved aside: it is not damaged
    }

    void snapshotRoundTrip()
    {
        CacheDatabase db;
        QVERIFY(db.open(path()));
        SnapshotStore store(db);
        OrgSnapshot s = F::organization(3, 2);
        s.keys[1].key.roles.append({u"GROUP_READ_ONLY"_s, {}, u"c00000000000000000000001"_s});
        s.keys[2].accessList.append(F::entry(u"2001:db8::/48"_s));
        s.settings = OrgSettings::unknown(OrgSettings::UnknownReason::NotExposedByServer, u"404"_s);
        const qint64 id = store.write(s);
        QVERIFY(id > 0);
        const auto back = store.latest(s.organization.id);
        QVERIFY(back);
        QCOMPARE(back->id, id);
        QCOMPARE(back->organization, s.organization);
        QCOMPARE(back->settings, s.settings);
        QCOMPARE(back->projects, s.projects);
        QCOMPARE(back->keys.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(back->keys.at(i), s.keys.at(i));
    }

    // Rows are read one by one and parsed at the end, the events on another thread: a feed of 2,500
    // events comes back whole and newest first, in the order of the rows or not; a bad event row fails
    // the read with the event's error; a reader left unfinished returns.
    void rowsReadOneByOne()
    {
        OrgSnapshot s = F::organization(3, 2);
        for (int i = 0; i < 2'500; ++i) {
            ApiEvent e;
            e.id = u"e%1"_s.arg(i, 6, 10, QChar(u'0'));
            e.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i);
            e.eventTypeName = u"API_KEY_ACCESS_LIST_ENTRY_ADDED"_s;
            e.orgId = s.organization.id;
            e.username = u"alice@example.com"_s;
            e.entry = u"10.0.%1.%2/32"_s.arg(i / 250).arg(i % 250);
            s.events.append(e);
        }
        s.events = ApiEventLog::merged(s.events, {});
        QList<SnapshotRows::Row> rows = SnapshotRows::fromSnapshot(s);
        for (const bool reversed : {false, true}) {
            SnapshotRows::Reader reader;
            const QList<SnapshotRows::Row> ordered = reversed ? QList(rows.crbegin(), rows.crend()) : rows;
            for (const SnapshotRows::Row &row : ordered)
                reader.add(row);
            OrgSnapshot back;
            QString error;
            QVERIFY2(reader.finish(&back, &error), qPrintable(error));
            QCOMPARE(back.events.size(), 2'500);
            QCOMPARE(back.events.first().id, u"e002499"_s);
            QCOMPARE(back.events, s.events);
            QCOMPARE(back.keys, s.keys);
        }
        // A bad event row, late in the feed.
        qsizetype bad = -1;
        for (qsizetype i = 0, events = 0; i < rows.size(); ++i) {
            if (rows.at(i).kind == SnapshotRows::Kind::Event && ++events == 2'200)
                bad = i;
        }
        QVERIFY(bad >= 0);
        rows[bad].data = R"({"created":"2026-01-01T00:00:00Z"})";
        {
            SnapshotRows::Reader reader;
            for (const SnapshotRows::Row &row : std::as_const(rows))
                reader.add(row);
            OrgSnapshot back;
            QString error;
            QVERIFY(!reader.finish(&back, &error));
            QVERIFY2(error.contains(u"id"_s), qPrintable(error));
        }
        // Left unfinished, with events handed over and some not: it returns.
        {
            SnapshotRows::Reader reader;
            for (qsizetype i = 0; i < 1'500; ++i)
                reader.add(rows.at(i));
        }
    }

    // The organization shown at start is read without its events (Events::Later; the whitelists are then
    // parsed on two threads), the events after it — in the same read transaction, so that a commit
    // between the two reads does not mix two snapshots. What a write compares with is whole again once
    // the events are in; a write before that compares every row and drops no event.
    void theEventsReadAfterTheRest()
    {
        OrgSnapshot s = F::organization(40, 6);
        for (int i = 0; i < 2'000; ++i) {
            ApiEvent e;
            e.id = u"e%1"_s.arg(i, 6, 10, QChar(u'0'));
            e.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i);
            e.eventTypeName = u"API_KEY_DESCRIPTION_CHANGED"_s;
            e.orgId = s.organization.id;
            s.events.append(e);
        }
        s.events = ApiEventLog::merged(s.events, {});
        const QString orgId = s.organization.id;
        {
            CacheDatabase db;
            QVERIFY(db.open(path()));
            QVERIFY(SnapshotStore(db).write(s) > 0);
        }
        CacheDatabase db;
        QVERIFY(db.open(path()));
        {
            SnapshotStore store(db);
            const auto withoutEvents = store.latest(orgId, SnapshotStore::Events::Later);
            QVERIFY(withoutEvents);
            QVERIFY(withoutEvents->events.isEmpty());
            QCOMPARE(withoutEvents->keys, s.keys); // every whitelist, parsed in two halves
            QCOMPARE(withoutEvents->projects, s.projects);
            const ApiEvents events = store.latestEvents(orgId);
            QCOMPARE(events, s.events);
            OrgSnapshot next = s;
            next.keys[3].key.desc = u"Renamed"_s;
            QVERIFY(store.write(next) > 0);
            QVERIFY2(store.rowsSerialized() < 5, qPrintable(QString::number(store.rowsSerialized())));
            QCOMPARE(store.latest(orgId)->events, s.events);
        }
        {
            // Without latestEvents(): the write compares every row, and the events stay.
            SnapshotStore store(db);
            QVERIFY(store.latest(orgId, SnapshotStore::Events::Later));
            OrgSnapshot next = s;
            next.keys[4].key.desc = u"Renamed too"_s;
            QVERIFY(store.write(next) > 0);
            QCOMPARE(store.rowsSerialized(), int(SnapshotRows::fromSnapshot(next).size()));
            QCOMPARE(store.latest(orgId)->events, s.events);
        }
        {
            // Another connection commits between the two reads: the events are those of the first.
            SnapshotStore store(db);
            const CacheDatabase::ReadTransaction held(db);
            QVERIFY(store.latest(orgId, SnapshotStore::Events::Later));
            CacheDatabase other;
            QVERIFY(other.open(path()));
            OrgSnapshot newer = s;
            newer.events.prepend(s.events.first());
            newer.events.first().id = u"e999999"_s;
            newer.events.first().created = newer.events.first().created.addSecs(60);
            QVERIFY(SnapshotStore(other).write(newer) > 0);
            QCOMPARE(store.latestEvents(orgId).size(), 2'000);
        }
        SnapshotStore after(db);
        QCOMPARE(after.latest(orgId)->events.size(), 2'001);
        QCOMPARE(after.latestEvents(orgId).size(), 2'001);
    }

    // The setting's reason is stored by name; caches written before kept the enum's number.
    void unknownReasonByNameAndByOldNumber()
    {
        CacheDatabase db;
        QVERIFY(db.open(path()));
        SnapshotStore store(db);
        OrgSnapshot s = F::organization(1, 1);
        s.settings = OrgSettings::unknown(OrgSettings::UnknownReason::NotReadable, u"403"_s);
        QVERIFY(store.write(s) > 0);
        QSqlQuery q(db.db());
        QVERIFY(q.exec(u"SELECT data FROM rows WHERE kind = 'settings' AND last_snapshot IS NULL"_s)
                && q.next());
        QVERIFY2(q.value(0).toByteArray().contains(R"("reason":"notReadable")"), q.value(0).toByteArray());
        q.finish();
        QVERIFY(q.exec(uR"(UPDATE rows SET data = '{"detail":"404","reason":2,"requirement":"unknown"}' )"
                       u"WHERE kind = 'settings'"_s));
        QCOMPARE(store.latest(s.organization.id)->settings.unknownReason,
                 OrgSettings::UnknownReason::NotExposedByServer);
    }

    void privateKeysAreNeverStored()
    {
        CacheDatabase db;
        QVERIFY(db.open(path()));
        SnapshotStore store(db);
        OrgSnapshot s = F::organization(1, 1);
        const QString secret = u"5a0b8e3c-1d2f-4e6a-9b7c-0123456789ab"_s;
        s.keys[0].key.privateKey = secret; // as in the answer to a create request
        QVERIFY(store.write(s));
        QCOMPARE(store.latest(s.organization.id)->keys.first().key.privateKey,
                 u"********-****-****-0123456789ab"_s);
        db.close();
        if (m_pg) { // the same scan of everything the server holds for the store
            const QByteArray dump = PostgresTestServer::dump(databaseOf());
            QVERIFY(dump.contains("CREATE TABLE public.rows"));
            QVERIFY(dump.contains("********-****-****-0123456789ab"));
            QVERIFY(!dump.contains(secret.toLatin1()));
            return;
        }
        for (const QString &file : QDir(m_dir.filePath(u"profile"_s)).entryList(QDir::Files)) {
            QFile f(m_dir.filePath(u"profile/"_s + file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret.toLatin1()), qPrintable(file));
        }
    }

    void historyIsCompact()
    {
        CacheDatabase db;
        QVERIFY(db.open(path()));
        SnapshotStore store(db);
        OrgSnapshot s = F::organization(5, 4);
        const qint64 first = store.write(s);
        const int rows = scalar(db, u"SELECT count(*) FROM rows"_s).toInt();
        // Unchanged, and a sync like the first: nothing stored again, not even a snapshot — the newest one
        // is marked as seen again (a start or sync that changes nothing adds nothing to the history).
        // (Times after the fixture's own, whatever day the test runs: fixed dates made it fail once the
        // clock passed them.)
        const QDateTime firstTaken = store.history(s.organization.id).value(0).takenAt;
        QVERIFY(firstTaken.isValid());
        s.takenAt = firstTaken.addSecs(3600);
        QCOMPARE(store.write(s), first);
        s.takenAt = firstTaken.addSecs(7200);
        QCOMPARE(store.write(s), first);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM rows"_s).toInt(), rows);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM snapshots"_s).toInt(), 1);
        QCOMPARE(store.written().id, first);
        QCOMPARE(store.written().checkedAt, s.takenAt);
        QList<SnapshotInfo> history = store.history(s.organization.id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().checkedAt, s.takenAt);
        QCOMPARE(history.first().lastSeen(), s.takenAt);
        QVERIFY(history.first().takenAt < s.takenAt);
        QCOMPARE(store.organizations().value(0).latest.checkedAt, s.takenAt);

        // Unchanged, but it came another way (an incremental sync after a full one): a snapshot of its own,
        // so the history still says when the last full sync was.
        const qint64 incremental = store.write(s, SnapshotSource::IncrementalSync);
        QVERIFY(incremental > first);
        QCOMPARE(store.history(s.organization.id).size(), 2);
        QVERIFY(!store.history(s.organization.id).last().checkedAt.isValid());
        QCOMPARE(store.write(s, SnapshotSource::IncrementalSync), incremental);

        s.keys[2].key.desc = u"Renamed"_s;
        s.keys[3].accessList[0].count += 10; // usage moves: only the usage row is new
        const qint64 changed = store.write(s);
        QVERIFY(changed > incremental);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM rows"_s).toInt(), rows + 2);
        QCOMPARE(store.load(s.organization.id, first)->keys.at(2).key.desc, u"Key 3"_s);
        QCOMPARE(store.load(s.organization.id, changed)->keys.at(2).key.desc, u"Renamed"_s);
        QCOMPARE(store.latest(s.organization.id)->keys.at(3).accessList.at(0).count, 14);
        history = store.history(s.organization.id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.first().checkedAt, firstTaken.addSecs(7200));

        s.keys.removeAt(4); // a removed key stays in the older snapshots
        const qint64 fifth = store.write(s);
        QCOMPARE(store.latest(s.organization.id)->keys.size(), 4);
        QCOMPARE(store.load(s.organization.id, changed)->keys.size(), 5);
        QCOMPARE(store.load(s.organization.id, fifth)->keys.size(), 4);

        // Another connection (a headless sync) sees the same: its unchanged write confirms too.
        CacheDatabase other;
        QVERIFY(other.open(path()));
        SnapshotStore otherStore(other);
        QCOMPARE(otherStore.write(s), fifth);
    }

    // A store that wrote (or read) the newest snapshot writes only what differs from it; the rows it
    // leaves are exactly those of a store that compares every row — through seeded random changes of
    // every kind of object, and with another writer coming in between.
    void writingWhatChangedEqualsWritingEverything()
    {
        const QString orgId = F::organization().organization.id;
        CacheDatabase fast;
        QVERIFY(fast.open(path(u"fast.sqlite"_s)));
        SnapshotStore store(fast);
        CacheDatabase reference;
        QVERIFY(reference.open(path(u"reference.sqlite"_s)));
        CacheDatabase other; // a second connection to the fast file: another console or a cron sync
        QVERIFY(other.open(path(u"fast.sqlite"_s)));

        OrgSnapshot s = F::organization(12, 5);
        QRandomGenerator random(20261202);
        int serial = 0;
        const auto change = [&] {
            const int what = int(random.bounded(12));
            KeyRecord &k = s.keys[qsizetype(random.bounded(qint64(s.keys.size())))];
            ++serial;
            if (what == 0)
                k.key.desc = u"Renamed %1"_s.arg(serial);
            else if (what == 1 && !k.accessList.isEmpty())
                k.accessList[0].count += serial;
            else if (what == 2)
                k.accessList.append(F::entry(u"172.16.%1.0/24"_s.arg(serial % 256)));
            else if (what == 3 && !k.accessList.isEmpty())
                k.accessList.removeLast();
            else if (what == 4 && s.keys.size() > 2)
                s.keys.removeAt(qsizetype(random.bounded(qint64(s.keys.size()))));
            else if (what == 5)
                s.keys.append(F::key(100 + serial, u"ORG_MEMBER"_s, {u"192.0.2.%1/32"_s.arg(serial % 256)}));
            else if (what == 6) {
                k.accessListState = Readability::denied(u"403"_s);
                k.accessList.clear();
            } else if (what == 7) {
                ApiEvent e;
                e.id = u"e%1"_s.arg(serial, 23, 10, QLatin1Char('0'));
                e.created = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).addSecs(serial);
                e.eventTypeName = u"API_KEY_DESCRIPTION_CHANGED"_s;
                e.targetPublicKey = k.key.publicKey;
                s.events.prepend(e);
            } else if (what == 8 && !s.events.isEmpty())
                s.events.removeLast();
            else if (what == 9)
                s.settings = OrgSettings::known(serial % 2 == 0);
            else if (what == 10)
                s.users.append(OrgUser{u"u%1"_s.arg(serial, 23, 10, QLatin1Char('0')),
                                       u"user%1@example.com"_s.arg(serial)});
            else
                k.key.roles.append({u"GROUP_READ_ONLY"_s, {}, u"c00000000000000000000001"_s});
        };
        int serialized = 0;
        for (int round = 0; round < 60; ++round) {
            const int changes = int(random.bounded(4)); // none at all, now and then
            for (int i = 0; i < changes; ++i)
                change();
            s.takenAt = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC).addSecs(round);
            std::optional<OrgSnapshot> byOther;
            if (round % 10 == 9) { // another writer's snapshot comes in between
                SnapshotStore otherStore(other);
                QVERIFY(otherStore.write(s) > 0);
                byOther = s;
                ++serial;
                s.keys[0].key.desc = u"After the other writer %1"_s.arg(serial);
            }
            QVERIFY2(store.write(s) > 0, qPrintable(store.error()));
            if (round > 0 && round % 10 != 9)
                serialized += store.rowsSerialized();
            // The reference: the same history, each write by a new store, which compares every row.
            QList<OrgSnapshot> writes{s};
            if (byOther)
                writes.prepend(*byOther);
            for (const OrgSnapshot &written : std::as_const(writes)) {
                SnapshotStore fresh(reference);
                QVERIFY(fresh.write(written) > 0);
                QCOMPARE(fresh.rowsSerialized(), int(SnapshotRows::fromSnapshot(written).size()));
            }
        }
        // What a write compared with by value was not serialized: a few rows per write, not all.
        QVERIFY2(serialized < 60 * 12, qPrintable(QString::number(serialized)));
        const auto rowTexts = [](const OrgSnapshot &snapshot) {
            QStringList texts;
            for (const SnapshotRows::Row &row : SnapshotRows::fromSnapshot(snapshot))
                texts.append(SnapshotRows::kindName(row.kind) + u'|' + row.key + u'|'
                             + QString::fromUtf8(row.data));
            texts.sort();
            return texts;
        };
        QCOMPARE(rowTexts(*store.latest(orgId)), rowTexts(s));
        const auto rowsOf = [](CacheDatabase &db) {
            QStringList rows;
            QSqlQuery q(db.db());
            if (!q.exec(u"SELECT kind, object_key, first_snapshot, last_snapshot, data FROM rows "
                        "ORDER BY kind, object_key, first_snapshot"_s))
                return QStringList{u"query failed"_s};
            while (q.next())
                rows.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toString(), q.value(4).toString()}
                                .join(u'|'));
            return rows;
        };
        const QStringList fastRows = rowsOf(fast);
        const QStringList referenceRows = rowsOf(reference);
        QVERIFY(fastRows.size() > 100);
        QCOMPARE(fastRows.size(), referenceRows.size());
        for (qsizetype i = 0; i < fastRows.size(); ++i)
            QCOMPARE(fastRows.at(i), referenceRows.at(i));
    }

    void retentionKeepsTheNewest()
    {
        CacheDatabase db;
        QVERIFY(db.open(path()));
        SnapshotStore store(db);
        store.setRetention(3);
        OrgSnapshot s = F::organization(2, 1);
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i) {
            s.keys[0].key.desc = u"Version %1"_s.arg(i);
            ids.append(store.write(s));
            QVERIFY2(ids.last() > 0, qPrintable(store.error()));
        }
        const auto history = store.history(s.organization.id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.first().id, ids.at(3));
        QCOMPARE(store.load(s.organization.id, ids.at(3))->keys.first().key.desc, u"Version 3"_s);
        QCOMPARE(store.load(s.organization.id, ids.at(3))->keys.size(),
                 2); // the unchanged key is still there
        QVERIFY(!store.load(s.organization.id, ids.at(2)));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM rows WHERE kind = 'key'"_s).toInt(), 4); // 3 versions + 1
        if (!m_pg) {
            QCOMPARE(scalar(db, u"PRAGMA foreign_key_check"_s), QVariant());
            QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        }
    }

    void notReadableIsNotEmpty()
    {
        CacheDatabase db;
        QVERIFY(db.open(path()));
        SnapshotStore store(db);
        OrgSnapshot s = F::organization(2, 0);
        s.keys[1].accessListState
            = Readability::denied(u"API Key access lists are only accessible by the API Key"_s);
        s.projectsState = Readability::denied(u"not allowed"_s);
        s.projects.clear();
        QVERIFY(store.write(s));
        const auto back = store.latest(s.organization.id);
        QVERIFY(back->keys[0].accessListState.readable);
        QVERIFY(back->keys[0].accessList.isEmpty()); // empty, and known to be empty
        QVERIFY(!back->keys[1].accessListState.readable);
        QVERIFY(back->keys[1].accessListState.reason.contains(u"only accessible"_s));
        QVERIFY(!back->projectsState.readable);
        QVERIFY(back->keysState.readable);
    }

    void notesFollowTheirObjects()
    {
        CacheDatabase db;
        QVERIFY(db.open(path()));
        SnapshotStore store(db);
        OrgSnapshot s = F::organization(2, 2);
        QVERIFY(store.write(s));
        const QString org = s.organization.id;
        const QString key2 = s.keys[1].key.id;
        const QString entry = Note::entryKey(s.keys[0].key.id, s.keys[0].accessList[1].cidrBlock);
        QVERIFY(
            store.setNote(org, NoteKind::Key, key2, {u"team-data"_s, u"OPS-7"_s, u"rotate in May"_s, {}}));
        QVERIFY(store.setNote(org, NoteKind::Entry, entry, {{}, {}, u"office VPN"_s, {}}));
        QVERIFY(store.write(s)); // a sync keeps them
        QCOMPARE(store.notes(org, NoteKind::Key).value(key2).ticket, u"OPS-7"_s);
        QCOMPARE(store.notes(org, NoteKind::Entry).value(entry).text, u"office VPN"_s);
        QVERIFY(store.notes(org, NoteKind::Key).value(key2).updatedAt.isValid());

        s.keys.removeAt(1); // the key is gone: its note too
        s.keys[0].accessList.removeAt(1); // the entry is gone: its note too
        QVERIFY(store.write(s));
        QVERIFY(store.notes(org, NoteKind::Key).isEmpty());
        QVERIFY(store.notes(org, NoteKind::Entry).isEmpty());

        QVERIFY(store.setNote(org, NoteKind::Key, s.keys[0].key.id, {u"x"_s, {}, {}, {}}));
        QVERIFY(store.setNote(org, NoteKind::Key, s.keys[0].key.id, {})); // empty: removed
        QVERIFY(store.notes(org, NoteKind::Key).isEmpty());
    }

    // A list the key could not read this time has no rows: its objects' notes stay. A note goes only with
    // an object that was read and is absent.
    // Several admins on one store: a note is written only over the version its author saw.
    // What a shared store did not take waits in a file of this computer (Outbox): it survives the
    // process, and is written oldest first by the next one — a snapshot keeps its time and source, a note
    // changed meanwhile is a conflict (theirs kept, mine handed back), a finished rotation is removed.
    void writesTheStoreDidNotTakeWaitInAFile()
    {
        const QString file = m_dir.filePath(u"profile/outbox/waiting.sqlite"_s);
        OrgSnapshot s = F::organization(3, 2);
        s.takenAt = QDateTime(QDate(2026, 12, 3), QTime(9, 30, 0, 250), Qt::UTC);
        const QString org = s.organization.id;
        const QDateTime noteTime = QDateTime(QDate(2026, 12, 3), QTime(9, 31), Qt::UTC);
        Rotation r;
        r.orgId = org;
        r.oldKeyId = s.keys[2].key.id;
        r.oldPublicKey = s.keys[2].key.publicKey;
        r.startedAt = noteTime;
        {
            Outbox outbox(u"postgresql://u@h/d"_s, file);
            QCOMPARE(outbox.pending(), 0);
            QVERIFY(!QFile::exists(file)); // made at the first write only
            QVERIFY2(outbox.addSnapshot(s, SnapshotSource::Change, 3, false), qPrintable(outbox.error()));
            QVERIFY(outbox.addNote(org, NoteKind::Key, s.keys[0].key.id,
                                   {u"billing"_s, u"SEC-212"_s, {}, noteTime}, QDateTime()));
            QVERIFY(outbox.addNote(org, NoteKind::Key, s.keys[1].key.id,
                                   {u"me"_s, u"SEC-1"_s, u"mine"_s, noteTime}, QDateTime()));
            QVERIFY(outbox.addNote(org, NoteKind::Entry, u"x|10.0.0.0/8"_s, {{}, {}, u"office"_s, noteTime},
                                   std::nullopt));
            QVERIFY(outbox.addRotation(org, r.oldKeyId, r));
            QVERIFY(outbox.addRotation(org, u"gone"_s, r));
            QVERIFY(outbox.addRotation(org, u"gone"_s, std::nullopt));
            QCOMPARE(outbox.pending(), 7);
        }
        // Private: the file 0600 in a folder 0700.
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(QFile::permissions(QFileInfo(file).absolutePath())
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
                 QFile::Permissions());
        CacheDatabase db;
        QVERIFY(db.open(path()));
        SnapshotStore store(db);
        // Someone else wrote a note on the second key meanwhile.
        QVERIFY(store.setNote(org, NoteKind::Key, s.keys[1].key.id, {u"security"_s, u"SEC-9"_s, {}, {}}));
        Outbox again(u"postgresql://u@h/d"_s, file); // the next process
        QCOMPARE(again.pending(), 7);
        const Outbox::Replayed replayed = again.replay(store);
        QVERIFY2(replayed.error.isEmpty(), qPrintable(replayed.error));
        QCOMPARE(replayed.written, 7);
        QCOMPARE(again.pending(), 0);
        QCOMPARE(replayed.snapshots.size(), 1);
        QCOMPARE(replayed.snapshots[0].orgId, org);
        QCOMPARE(replayed.snapshots[0].takenAt, s.takenAt);
        QCOMPARE(replayed.snapshots[0].source, SnapshotSource::Change);
        QCOMPARE(replayed.snapshots[0].requests, 3);
        const auto latest = store.latest(org);
        QVERIFY(latest);
        QCOMPARE(latest->keys.size(), 3);
        QCOMPARE(latest->takenAt, s.takenAt);
        QCOMPARE(latest->keys[1].accessList.size(), s.keys[1].accessList.size());
        const Notes keyNotes = store.notes(org, NoteKind::Key);
        QCOMPARE(keyNotes.value(s.keys[0].key.id).ticket, u"SEC-212"_s);
        QCOMPARE(keyNotes.value(s.keys[0].key.id).updatedAt, noteTime);
        QCOMPARE(keyNotes.value(s.keys[1].key.id).ticket, u"SEC-9"_s);
        QCOMPARE(store.notes(org, NoteKind::Entry).value(u"x|10.0.0.0/8"_s).text, u"office"_s);
        QCOMPARE(replayed.conflicts.size(), 1);
        QCOMPARE(replayed.conflicts[0].objectKey, s.keys[1].key.id);
        QCOMPARE(replayed.conflicts[0].theirs.ticket, u"SEC-9"_s);
        QCOMPARE(replayed.conflicts[0].mine.text, u"mine"_s);
        const Rotations rotations = store.rotations(org);
        QCOMPARE(rotations.size(), 1);
        QCOMPARE(rotations.value(r.oldKeyId).oldPublicKey, r.oldPublicKey);
        // Nothing waits: a third replay writes nothing.
        QCOMPARE(Outbox(u"postgresql://u@h/d"_s, file).replay(store).written, 0);
        // Stopped at a write the store refuses, the rest kept in order.
        Outbox more(u"postgresql://u@h/d"_s, file);
        QVERIFY(more.addNote(org, NoteKind::Key, s.keys[0].key.id, {u"later"_s, {}, {}, noteTime.addSecs(60)},
                             noteTime));
        QVERIFY(
            more.addNote(org, NoteKind::Key, s.keys[2].key.id, {u"last"_s, {}, {}, noteTime}, QDateTime()));
        if (m_pg) {
            QVERIFY(db.exec(u"CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                            "RAISE EXCEPTION 'injected refusal'; END $$"_s));
            QVERIFY(db.exec(u"CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON notes FOR EACH ROW "
                            "EXECUTE FUNCTION refuse()"_s));
        } else {
            QVERIFY(db.exec(u"CREATE TEMP TRIGGER refuse BEFORE UPDATE ON notes BEGIN "
                            "SELECT RAISE(ABORT, 'injected refusal'); END"_s));
            QVERIFY(db.exec(u"CREATE TEMP TRIGGER refuse_new BEFORE INSERT ON notes BEGIN "
                            "SELECT RAISE(ABORT, 'injected refusal'); END"_s));
        }
        const Outbox::Replayed refused = more.replay(store);
        QVERIFY2(refused.error.contains(u"injected refusal"_s), qPrintable(refused.error));
        QCOMPARE(refused.written, 0);
        QCOMPARE(more.pending(), 2);
        // Refused by a store that answers: each tried twice, then set aside in the file — kept, said, and
        // never in the way of what follows.
        int asked = 0;
        const Outbox::Replayed setAside = more.replay(store, [&] { return ++asked > 0; });
        QCOMPARE(setAside.setAside, 2);
        QCOMPARE(setAside.written, 0);
        QCOMPARE(asked, 4);
        QVERIFY2(setAside.refusal.contains(u"injected refusal"_s), qPrintable(setAside.refusal));
        QCOMPARE(more.pending(), 0);
        QCOMPARE(more.setAside(), 2);
        QVERIFY(more.addNote(org, NoteKind::Entry, u"y|10.0.0.0/8"_s, {{}, {}, u"after"_s, noteTime},
                             std::nullopt));
        QVERIFY(db.exec(m_pg ? u"DROP TRIGGER refuse ON notes"_s : u"DROP TRIGGER refuse_new"_s));
        const Outbox::Replayed after = more.replay(store, [] { return true; });
        QCOMPARE(after.written, 1);
        QCOMPARE(after.setAside, 0);
        QCOMPARE(more.setAside(), 2);
        QCOMPARE(store.notes(org, NoteKind::Entry).value(u"y|10.0.0.0/8"_s).text, u"after"_s);
        // What cannot be read back (damaged, or of a kind a newer console wrote) is set aside, not dropped.
        QVERIFY(more.addRotation(org, r.oldKeyId, r));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outbox-raw"_s);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"UPDATE items SET rotation = '{' WHERE what = 'rotation' AND refused IS NULL"_s));
            QVERIFY(q.exec(u"INSERT INTO items (what, org_id, added_at) VALUES ('future', 'x', 'now')"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"outbox-raw"_s);
        more.recount();
        QCOMPARE(more.pending(), 2);
        const Outbox::Replayed unreadable = more.replay(store, [] { return true; });
        QCOMPARE(unreadable.setAside, 2);
        QCOMPARE(unreadable.written, 0);
        QVERIFY2(unreadable.refusal.contains(u"does not know (future)"_s), qPrintable(unreadable.refusal));
        QCOMPARE(more.setAside(), 4);
        QCOMPARE(more.pending(), 0);
        // One file per store location, the same for the same store however it is spelled.
        QCOMPARE(Outbox::pathFor(u"postgresql://u@h:5432/d"_s), Outbox::pathFor(u"postgresql://u@h/d"_s));
        QVERIFY(Outbox::pathFor(u"postgresql://u@h/other"_s) != Outbox::pathFor(u"postgresql://u@h/d"_s));
    }

    void aNoteIsWrittenOnlyOverTheVersionSeen()
    {
        CacheDatabase db;
        QVERIFY(db.open(path()));
        SnapshotStore store(db);
        const OrgSnapshot s = F::organization(2, 1);
        QVERIFY(store.write(s));
        const QString org = s.organization.id;
        const QString key = s.keys[0].key.id;
        const QDateTime t1 = QDateTime(QDate(2026, 12, 1), QTime(10, 0, 0, 123), Qt::UTC);
        Note theirs;
        QCOMPARE(
            store.setNoteChecked(org, NoteKind::Key, key, {u"billing"_s, u"SEC-212"_s, {}, t1}, {}, &theirs),
            NoteWrite::Written);
        QCOMPARE(store.notes(org, NoteKind::Key).value(key).updatedAt, t1);
        // Written over the version seen.
        const QDateTime t2 = t1.addSecs(60);
        QCOMPARE(
            store.setNoteChecked(org, NoteKind::Key, key, {u"billing"_s, u"SEC-213"_s, {}, t2}, t1, &theirs),
            NoteWrite::Written);
        // Someone who still saw t1 (or no note at all) does not overwrite it: the store's note comes back.
        QCOMPARE(store.setNoteChecked(org, NoteKind::Key, key, {u"ops"_s, u"SEC-1"_s, {}, t2.addSecs(5)}, t1,
                                      &theirs),
                 NoteWrite::Conflict);
        QCOMPARE(theirs.ticket, u"SEC-213"_s);
        QCOMPARE(theirs.updatedAt, t2);
        QCOMPARE(
            store.setNoteChecked(org, NoteKind::Key, key, {u"ops"_s, {}, {}, t2.addSecs(6)}, {}, &theirs),
            NoteWrite::Conflict);
        QCOMPARE(store.notes(org, NoteKind::Key).value(key).ticket, u"SEC-213"_s);
        // The same text as the store's is no conflict; a removal over the version seen removes it.
        QCOMPARE(
            store.setNoteChecked(org, NoteKind::Key, key, {u"billing"_s, u"SEC-213"_s, {}, t2}, t1, &theirs),
            NoteWrite::Written);
        QCOMPARE(store.setNoteChecked(org, NoteKind::Key, key, {}, t2, &theirs), NoteWrite::Written);
        QVERIFY(store.notes(org, NoteKind::Key).isEmpty());
        // Removed meanwhile: an edit of the old version is a conflict with nothing.
        QCOMPARE(
            store.setNoteChecked(org, NoteKind::Key, key, {u"late"_s, {}, {}, t2.addSecs(9)}, t2, &theirs),
            NoteWrite::Conflict);
        QVERIFY(theirs.isEmpty());
    }

    void notesStayWhenTheirListIsUnreadable()
    {
        CacheDatabase db;
        QVERIFY(db.open(path()));
        SnapshotStore store(db);
        OrgSnapshot s = F::organization(2, 2);
        QVERIFY(store.write(s));
        const QString org = s.organization.id;
        const QString key1 = s.keys[0].key.id;
        const QString entry = Note::entryKey(key1, s.keys[0].accessList[1].cidrBlock);
        QVERIFY(store.setNote(org, NoteKind::Key, key1, {u"billing"_s, u"SEC-212"_s, {}, {}}));
        QVERIFY(store.setNote(org, NoteKind::Entry, entry, {{}, {}, u"office VPN"_s, {}}));

        OrgSnapshot whitelistDenied = s; // the key's whitelist could not be read
        whitelistDenied.keys[0].accessList.clear();
        whitelistDenied.keys[0].accessListState = Readability::denied(u"not allowed"_s);
        QVERIFY(store.write(whitelistDenied));
        QCOMPARE(store.notes(org, NoteKind::Entry).value(entry).text, u"office VPN"_s);
        QCOMPARE(store.notes(org, NoteKind::Key).value(key1).ticket, u"SEC-212"_s);

        OrgSnapshot keysDenied = s; // the key list could not be read at all
        keysDenied.keys.clear();
        keysDenied.keysState = Readability::denied(u"the key may not list keys"_s);
        QVERIFY(store.write(keysDenied));
        QCOMPARE(store.notes(org, NoteKind::Key).value(key1).ticket, u"SEC-212"_s);
        QCOMPARE(store.notes(org, NoteKind::Entry).value(entry).text, u"office VPN"_s);

        OrgSnapshot entryGone = s; // read, and the entry is gone: its note goes, the key's stays
        entryGone.keys[0].accessList.removeAt(1);
        QVERIFY(store.write(entryGone));
        QVERIFY(!store.notes(org, NoteKind::Entry).contains(entry));
        QCOMPARE(store.notes(org, NoteKind::Key).value(key1).ticket, u"SEC-212"_s);
    }

    // A note written while a long snapshot write runs, then the cache closed at once (quit, connection
    // switch): the note is written all the same, and the next cache of the file reads it.
    void aNoteJustBeforeCloseIsKept()
    {
        const QString file = path(u"close.sqlite"_s);
        const OrgSnapshot big = F::organization(500, 20);
        const QString org = big.organization.id;
        const QString keyId = big.keys[7].key.id;
        {
            CacheAccess cache(file);
            bool opened = false;
            cache.open(this, [&](const CacheAccess::Opened &) { opened = true; });
            QTRY_VERIFY(opened);
            cache.write(big, SnapshotSource::Sync, 0, this, [](const SnapshotInfo &, const QString &) {});
            cache.setNote(org, NoteKind::Key, keyId, {u"ada"_s, u"SEC-9"_s, u"written at quit"_s, {}});
            // destroyed here, with the write (and the note behind it) still queued or running
        }
        CacheAccess reopened(file); // reads after the closing one has finished, off this thread
        std::optional<CacheAccess::Opened> opened;
        reopened.open(this, [&](const CacheAccess::Opened &o) { opened = o; });
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 30'000);
        QVERIFY2(opened->ok, qPrintable(opened->error));
        QCOMPARE(opened->states.size(), 1);
        QCOMPARE(opened->states.first().snapshot.keys.size(), 500);
        QCOMPARE(opened->states.first().keyNotes.value(keyId).text, u"written at quit"_s);
        QVERIFY(CacheAccess::waitForAll(30'000));
    }

    void aFailedWriteLeavesThePreviousSnapshot()
    {
        CacheDatabase db;
        QVERIFY(db.open(path()));
        SnapshotStore store(db);
        OrgSnapshot s = F::organization(4, 3);
        const qint64 good = store.write(s);
        // A real engine failure in the middle of the write, after some rows went in.
        if (m_pg) {
            QVERIFY(db.exec(u"CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                            "RAISE EXCEPTION 'injected failure'; END $$"_s));
            QVERIFY(db.exec(u"CREATE TRIGGER poison BEFORE INSERT ON rows FOR EACH ROW WHEN "
                            "(NEW.object_key LIKE 'dpoison%') EXECUTE FUNCTION poison()"_s));
        } else {
            QVERIFY(db.exec(
                u"CREATE TEMP TRIGGER poison BEFORE INSERT ON rows WHEN NEW.object_key LIKE 'dpoison%' "
                "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
        }
        OrgSnapshot changed = s;
        changed.keys[0].key.desc = u"changed before the failure"_s;
        KeyRecord poison = F::key(99, u"ORG_MEMBER"_s, {u"192.0.2.1"_s});
        poison.key.id = u"dpoison00000000000000000"_s;
        changed.keys.append(poison);
        QCOMPARE(store.write(changed), 0);
        QVERIFY(store.error().contains(u"injected failure"_s));
        const auto latest = store.latest(s.organization.id);
        QCOMPARE(latest->id, good);
        QCOMPARE(latest->keys.first().key.desc, u"Key 1"_s);
        QCOMPARE(latest->keys.size(), 4);
        QCOMPARE(store.history(s.organization.id).size(), 1);
        if (!m_pg)
            QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }

    void garbageFileIsSetAside()
    {
        ONLY_ON_SQLITE();
        QDir().mkpath(m_dir.filePath(u"profile"_s));
        QFile garbage(path());
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();
        CacheDatabase db;
        QVERIFY2(db.open(path()), qPrintable(db.error()));
        QVERIFY(db.recoveryNotice().contains(u"corrupt-"_s));
        const QStringList aside = QDir(m_dir.filePath(u"profile"_s)).entryList({u"cache.sqlite.corrupt-*"_s});
        QCOMPARE(aside.size(), 1);
        SnapshotStore store(db);
        QVERIFY(store.write(F::organization()));
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }

    void damagedPagesAreSetAside()
    {
        ONLY_ON_SQLITE();
        {
            CacheDatabase db;
            QVERIFY(db.open(path()));
            SnapshotStore store(db);
            QVERIFY(store.write(F::organization(40, 10)));
            QVERIFY(db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 3 * 4096);
        file.seek(2 * 4096); // clobber pages in the middle, keep the header
        file.write(QByteArray(4096, '\xA5'));
        file.close();
        CacheDatabase db;
        QVERIFY2(db.open(path()), qPrintable(db.error()));
        QVERIFY(!db.recoveryNotice().isEmpty());
        QVERIFY(SnapshotStore(db).organizations().isEmpty()); // a fresh cache
    }

    // The console reads the organization shown last before the file's check (which reads every page: 90
    // ms for ten maximal organizations). When the check then finds the file damaged, it is set aside as
    // at open, and what the first read found, its notes with it, is stored in the fresh cache: nothing
    // the person wrote is lost.
    void aFileFoundDamagedAfterTheFirstRead()
    {
        ONLY_ON_SQLITE();
        OrgSnapshot shown = F::organization(5, 2);
        shown.organization.id = u"a0000000000000000000000a"_s;
        OrgSnapshot other = F::organization(200, 20);
        other.organization.id = u"b0000000000000000000000b"_s;
        other.organization.name = u"Other"_s;
        const QString keyId = shown.keys.first().key.id;
        const Note note{u"team-data"_s, u"OPS-7"_s, u"rotate in May"_s, {}};
        {
            CacheDatabase db;
            QVERIFY(db.open(path()));
            SnapshotStore store(db);
            QVERIFY(store.write(shown));
            QVERIFY(store.setNote(shown.organization.id, NoteKind::Key, keyId, note));
            QVERIFY(store.write(other));
            QVERIFY(db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 4096); // the last page: the other organization's
        file.write(QByteArray(4096, '\xA5'));
        file.close();
        // The file is damaged as meant: the shown organization can be read, the check fails.
        {
            const QString copy = m_dir.filePath(u"copy/cache.sqlite"_s);
            QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
            QVERIFY(QFile::copy(path(), copy));
            CacheDatabase db;
            QVERIFY2(db.open(copy, CacheDatabase::SchemaVersion, CacheDatabase::Check::Later),
                     qPrintable(db.error()));
            QVERIFY(!db.isChecked());
            QCOMPARE(db.recoveryNotice(), QString());
            {
                SnapshotStore store(db);
                const auto read = store.latest(shown.organization.id);
                QVERIFY2(read, qPrintable(store.error()));
                QCOMPARE(read->keys.size(), 5);
            }
            QVERIFY(db.finishCheck());
            QVERIFY(db.isChecked());
            QVERIFY(db.recoveryNotice().contains(u"corrupt-"_s));
        }

        QNetworkAccessManager manager;
        ApiClient client(&manager);
        Repository repository(&client, path());
        repository.setWorkOffline(true);
        QSignalSpy first(&repository, &Repository::firstOrganizationLoaded);
        QSignalSpy loaded(&repository, &Repository::cacheLoaded);
        repository.open(shown.organization.id);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().at(0).toString(), shown.organization.id);
        QVERIFY2(loaded.first().at(0).toString().contains(u"corrupt-"_s),
                 qPrintable(loaded.first().at(0).toString()));
        QTRY_COMPARE(repository.pendingWrites(), 0);
        const OrgStatePtr state = repository.state(shown.organization.id);
        QVERIFY(state);
        QCOMPARE(state->snapshot.keys.size(), 5);
        QCOMPARE(state->keyNotes.value(keyId), note);
        QCOMPARE(state->history.size(), 1); // the snapshot stored again, not the damaged file's
        QVERIFY(state->snapshot.id > 0);
        QVERIFY(!repository.state(other.organization.id));
        CacheAccess::waitForAll();

        // The fresh cache holds it, with the note; the damaged file is kept aside.
        CacheDatabase db;
        QVERIFY(db.open(path()));
        QCOMPARE(db.recoveryNotice(), QString());
        SnapshotStore store(db);
        const auto stored = store.latest(shown.organization.id);
        QVERIFY(stored);
        QCOMPARE(stored->keys.size(), 5);
        QCOMPARE(store.notes(shown.organization.id, NoteKind::Key).value(keyId), note);
        QCOMPARE(store.organizations().size(), 1);
        QCOMPARE(QDir(QFileInfo(path()).absolutePath()).entryList({u"cache.sqlite.corrupt-*"_s}).size(), 1);
    }

    // Two connections opening one new file at once (a window being replaced, a headless sync beside the
    // console) both end with a usable cache: the schema is created once, under the write lock.
    void twoOpenersOfANewFile()
    {
        for (int round = 0; round < 10; ++round) {
            const QString file = path(u"race-%1.sqlite"_s.arg(round));
            CacheAccess first(file);
            CacheAccess second(file);
            std::optional<CacheAccess::Opened> a;
            std::optional<CacheAccess::Opened> b;
            first.open(this, [&](const CacheAccess::Opened &o) { a = o; });
            second.open(this, [&](const CacheAccess::Opened &o) { b = o; });
            QTRY_VERIFY(a && b);
            QVERIFY2(a->ok, qPrintable(a->error));
            QVERIFY2(b->ok, qPrintable(b->error));
            QCOMPARE(a->recoveryNotice, QString());
            QCOMPARE(b->recoveryNotice, QString());
        }
        // A file being created by another connection is busy, not damaged: nothing was set aside.
        QCOMPARE(QDir(m_dir.filePath(u"profile"_s)).entryList({u"race-*.corrupt-*"_s}, QDir::Files),
                 QStringList());
    }

    // A snapshot read is one read transaction: a snapshot another connection commits between the read's
    // header and its rows does not show (it used to give the new rows under the old header).
    void aCommitBetweenHeaderAndRowsDoesNotMix()
    {
        CacheDatabase reader;
        QVERIFY(reader.open(path()));
        SnapshotStore readStore(reader);
        const OrgSnapshot small = F::organization(5, 2);
        const qint64 first = readStore.write(small);
        QVERIFY(first > 0);
        CacheDatabase writer;
        QVERIFY(writer.open(path()));
        SnapshotStore writeStore(writer);
        qint64 second = 0;
        readStore.setBetweenReadsHook([&] {
            if (second == 0)
                second = writeStore.write(F::organization(9, 2));
        });
        const auto latest = readStore.latest(small.organization.id);
        QVERIFY(second > first); // the other connection did commit in between
        QVERIFY(latest);
        QCOMPARE(latest->id, first);
        QCOMPARE(latest->keys.size(), 5); // the rows of the snapshot the header named
        readStore.setBetweenReadsHook({});
        QCOMPARE(readStore.latest(small.organization.id)->keys.size(), 9);
    }

    void aReaderDuringAWrite()
    {
        CacheDatabase reader;
        QVERIFY(reader.open(path()));
        SnapshotStore readStore(reader);
        const OrgSnapshot small = F::organization(50, 2);
        QVERIFY(readStore.write(small));

        CacheAccess writer(path()); // writes on its own thread
        bool written = false;
        QString writeError;
        const OrgSnapshot big = F::organization(500, 20);
        writer.write(big, SnapshotSource::Sync, 0, this, [&](const SnapshotInfo &info, const QString &error) {
            written = info.id > 0;
            writeError = error;
        });
        int reads = 0;
        QSet<qsizetype> seen;
        while (!written && writeError.isEmpty() && reads < 100'000) {
            const auto latest = readStore.latest(small.organization.id);
            QVERIFY(latest);
            // Always a whole snapshot: the old one or the new one, never a part.
            QVERIFY2(latest->keys.size() == 50 || latest->keys.size() == 500,
                     qPrintable(QString::number(latest->keys.size())));
            seen.insert(latest->keys.size());
            ++reads;
            QCoreApplication::processEvents();
        }
        QTRY_VERIFY(written);
        QCOMPARE(writeError, QString());
        QCOMPARE(readStore.latest(small.organization.id)->keys.size(), 500);
        QVERIFY(reads > 0);
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestCache)
#include "tst_cache.moc"
