// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A team's PostgreSQL store against a real server (tests/support/with-postgres.sh): ten consoles migrating
// at once, an auditor's read-only role, concurrent writers, a server restart between writes, store copy
// both ways and twice, and the headless commands with --store.
#include "CacheDatabase.h"
#include "CliProcess.h"
#include "EmulatorFixture.h"
#include "FixtureConnection.h"
#include "Outbox.h"
#include "PostgresTestServer.h"
#include "RepositoryFixture.h"
#include "SnapshotFactory.h"
#include "SnapshotStore.h"
#include "StoreCopy.h"
#include "StoreLocation.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtConcurrent>
#include <QTemporaryDir>

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

class TestStorePostgresql : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    bool m_stopped = false; // a test stopped the server: the next one gets it running again

    bool stopServer()
    {
        m_stopped = true;
        return PostgresTestServer::control(u"stop"_s);
    }
    bool startServer()
    {
        const bool started = PostgresTestServer::control(u"start"_s);
        m_stopped = !started;
        return started;
    }

    static QString freshDatabase(const QString &name)
    {
        const QString location = PostgresTestServer::createDatabase(name);
        if (location.isEmpty())
            qFatal("cannot create %s", qPrintable(name));
        return location;
    }

private slots:
    void cleanup()
    {
        if (m_stopped)
            startServer();
    }

    void initTestCase()
    {
        if (!PostgresTestServer::available())
            QSKIP("runs under tests/support/with-postgres.sh (ctest: tst_store_postgresql)");
    }

    void locationsAreCheckedBeforeAnythingIsOpened()
    {
        QVERIFY(StoreLocation::parse(u"postgresql://me:secret@db/x"_s).error.contains(u"password out"_s));
        QVERIFY(StoreLocation::parse(u"postgresql://db/x"_s).error.contains(u"no user"_s));
        QVERIFY(StoreLocation::parse(u"postgresql://me@db"_s).error.contains(u"no database"_s));
        QVERIFY(StoreLocation::parse(u"postgresql://me@db/x?sslmode=verify-full"_s)
                    .error.contains(u"sslrootcert"_s));
        QVERIFY(
            StoreLocation::parse(u"postgresql://me@db/x?sslmode=sometimes"_s).error.contains(u"sslmode"_s));
        QVERIFY(StoreLocation::parse(u"postgresql://me@db/x?options=-c"_s).error.contains(u"options"_s));
        QVERIFY(StoreLocation::parse(u"mysql://me@db/x"_s).error.contains(u"mysql"_s));
        const StoreLocation ok
            = StoreLocation::parse(u"postgresql://auditor@db.example.com:6432/apiaccess"_s);
        QVERIFY2(ok.ok(), qPrintable(ok.error));
        QCOMPARE(ok.port, 6432);
        QCOMPARE(ok.toString(), u"postgresql://auditor@db.example.com:6432/apiaccess"_s);
        QCOMPARE(StoreLocation::parse(u"sqlite:/tmp/a.sqlite"_s).path, u"/tmp/a.sqlite"_s);
        // An unreachable server is an error with the address, not a hang.
        CacheDatabase db;
        QVERIFY(!db.open(u"postgresql://apiaccess@127.0.0.1:1/none?connect_timeout=2"_s));
        QVERIFY2(db.error().contains(u"postgresql://apiaccess@127.0.0.1:1/none"_s), qPrintable(db.error()));
    }

    // TLS with the profile's CA bundle: verify-full against the server's certificate for 127.0.0.1; a
    // bundle that did not sign it is refused, and says so.
    void tlsIsVerifiedAgainstTheCaBundle()
    {
        const QString ca = qEnvironmentVariable("APIACCESS_TEST_POSTGRES_CA");
        const QString other = qEnvironmentVariable("APIACCESS_TEST_POSTGRES_OTHER_CA");
        QVERIFY(!ca.isEmpty() && !other.isEmpty());
        const QString location = freshDatabase(u"tls"_s);
        const StoreLocation verified
            = StoreLocation::parse(location + u"?sslmode=verify-full&sslrootcert="_s + ca);
        QVERIFY2(verified.ok(), qPrintable(verified.error));
        QCOMPARE(verified.sslMode, u"verify-full"_s);
        {
            CacheDatabase db;
            QVERIFY2(db.open(verified.toString()), qPrintable(db.error()));
            QCOMPARE(scalar(db, u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s).toBool(),
                     true);
            SnapshotStore store(db);
            QVERIFY(store.write(F::organization(1, 1)));
        }
        CacheDatabase refused;
        QVERIFY(!refused.open(location + u"?sslmode=verify-full&sslrootcert="_s + other));
        QVERIFY2(refused.error().contains(u"certificate verify failed"_s), qPrintable(refused.error()));
        QVERIFY(!refused.error().contains(qEnvironmentVariable("PGPASSWORD")));
    }

    // Ten consoles starting at once against an empty database: one of them migrates each step, the others
    // wait for the advisory lock and find the schema current.
    void tenStartersMigrateOnce()
    {
        const QString location = freshDatabase(u"migrate"_s);
        QList<QFuture<QString>> starters;
        for (int i = 0; i < 10; ++i)
            starters.append(QtConcurrent::run([location] {
                CacheDatabase db;
                if (!db.open(location))
                    return db.error();
                return db.userVersion() == CacheDatabase::SchemaVersion ? QString() : u"old schema"_s;
            }));
        for (auto &starter : starters)
            QCOMPARE(starter.result(), QString());
        CacheDatabase db;
        QVERIFY(db.open(location));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM schema_steps"_s).toInt(), CacheDatabase::SchemaVersion);
        QCOMPARE(scalar(db, u"SELECT count(DISTINCT version) FROM schema_steps"_s).toInt(),
                 CacheDatabase::SchemaVersion);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"_s)
                     .toInt(),
                 5); // snapshots, rows, notes, rotations, schema_steps
    }

    // An auditor's role (the README's GRANTs): everything reads, nothing writes, and the console says why.
    void anAuditorsRoleOnlyReads()
    {
        const QString location = freshDatabase(u"audited"_s);
        OrgSnapshot s = F::organization(3, 2);
        {
            CacheDatabase db;
            QVERIFY2(db.open(location), qPrintable(db.error()));
            SnapshotStore store(db);
            QVERIFY(store.write(s));
            QVERIFY(store.setNote(s.organization.id, NoteKind::Key, s.keys[0].key.id,
                                  {u"billing"_s, u"SEC-212"_s, {}, {}}));
        }
        QVERIFY(PostgresTestServer::exec({}, u"DROP ROLE IF EXISTS auditor"_s));
        QVERIFY(PostgresTestServer::exec({}, u"CREATE ROLE auditor LOGIN PASSWORD 'audit-pw'"_s));
        QVERIFY(PostgresTestServer::exec(u"audited"_s, u"GRANT CONNECT ON DATABASE audited TO auditor"_s));
        QVERIFY(PostgresTestServer::exec(u"audited"_s, u"GRANT USAGE ON SCHEMA public TO auditor"_s));
        QVERIFY(PostgresTestServer::exec(u"audited"_s,
                                         u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO auditor"_s));

        QString auditorLocation = location;
        auditorLocation.replace(u"//apiaccess@"_s, u"//auditor@"_s);
        const StoreLocation parsed = StoreLocation::parse(auditorLocation);
        QVERIFY(parsed.ok());
        CacheDatabase::setPassword(parsed.keyringKey(), u"audit-pw"_s);
        CacheDatabase db;
        QVERIFY2(db.open(auditorLocation), qPrintable(db.error()));
        QVERIFY(db.isReadOnly());
        QVERIFY2(db.readOnlyReason().contains(u"auditor may only read"_s), qPrintable(db.readOnlyReason()));
        SnapshotStore store(db);
        const auto latest = store.latest(s.organization.id);
        QVERIFY2(latest, qPrintable(store.error()));
        QCOMPARE(latest->keys.size(), 3);
        QCOMPARE(store.notes(s.organization.id, NoteKind::Key).value(s.keys[0].key.id).ticket, u"SEC-212"_s);
        OrgSnapshot changed = *latest;
        changed.keys[0].key.desc = u"changed by an auditor"_s;
        QCOMPARE(store.write(changed), 0);
        QVERIFY(store.error().contains(u"may only read"_s));
        // The server enforces it, whatever a console would try.
        QVERIFY(!db.exec(u"DELETE FROM notes"_s));
        QVERIFY2(db.error().contains(u"permission denied"_s), qPrintable(db.error()));
    }

    // The console on an auditor's store: it shows what the store holds, works offline (no sync, no change
    // could be kept), and says why; asking it to go online does not.
    void aConsoleOnAnAuditorsStoreOnlyReviews()
    {
        const QString location = freshDatabase(u"reviewed"_s);
        const OrgSnapshot s = F::organization(3, 1);
        {
            CacheDatabase db;
            QVERIFY(db.open(location));
            SnapshotStore store(db);
            QVERIFY(store.write(s));
        }
        QVERIFY(PostgresTestServer::exec({}, u"DROP ROLE IF EXISTS reviewer"_s));
        QVERIFY(PostgresTestServer::exec({}, u"CREATE ROLE reviewer LOGIN PASSWORD 'review-pw'"_s));
        QVERIFY(PostgresTestServer::exec(u"reviewed"_s,
                                         u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO reviewer"_s));
        QString reviewer = location;
        reviewer.replace(u"//apiaccess@"_s, u"//reviewer@"_s);
        CacheDatabase::setPassword(StoreLocation::parse(reviewer).keyringKey(), u"review-pw"_s);

        QNetworkAccessManager manager;
        ApiClient client(&manager);
        Repository repo(&client, reviewer);
        QSignalSpy loaded(&repo, &Repository::cacheLoaded);
        repo.open();
        QVERIFY(loaded.wait(10'000));
        QVERIFY2(loaded.first().at(0).toString().contains(u"reviewer may only read"_s),
                 qPrintable(loaded.first().at(0).toString()));
        QVERIFY(repo.storeReadOnlyReason().contains(u"reviewer"_s));
        QVERIFY(repo.worksOffline());
        QVERIFY(!repo.isOnline());
        repo.setWorkOffline(false);
        QVERIFY(repo.worksOffline());
        const OrgStatePtr state = repo.state(s.organization.id);
        QVERIFY(state);
        QCOMPARE(state->snapshot.keys.size(), 3);
    }

    // Two consoles' stores writing one organization at once, seeded: every write is kept (a new snapshot
    // or the confirmation of one), the ids follow the commits, the last write is the current state, and
    // notes written on different keys are all there.
    void twoWritersOfOneOrganization()
    {
        const QString location = freshDatabase(u"writers"_s);
        const OrgSnapshot base = F::organization(6, 2);
        {
            CacheDatabase db;
            QVERIFY(db.open(location));
            SnapshotStore store(db);
            QVERIFY(store.write(base));
        }
        struct Written
        {
            QList<qint64> ids;
            QString error;
        };
        const auto writer = [location, base](int seed) {
            Written w;
            CacheDatabase db;
            if (!db.open(location)) {
                w.error = db.error();
                return w;
            }
            SnapshotStore store(db);
            QRandomGenerator random{quint32(seed)};
            for (int i = 0; i < 25; ++i) {
                OrgSnapshot s = base;
                s.takenAt = {};
                const int key = int(random.bounded(quint32(s.keys.size())));
                s.keys[key].key.desc = u"writer %1 write %2"_s.arg(seed).arg(i);
                const qint64 id = store.write(s);
                if (id == 0) {
                    w.error = store.error();
                    return w;
                }
                w.ids.append(id);
                // Each writer notes its own key.
                if (!store.setNote(s.organization.id, NoteKind::Key, s.keys[seed % 2 == 0 ? 0 : 1].key.id,
                                   {u"writer %1"_s.arg(seed), {}, u"%1"_s.arg(i), {}})) {
                    w.error = store.error();
                    return w;
                }
            }
            return w;
        };
        auto first = QtConcurrent::run(writer, 2);
        auto second = QtConcurrent::run(writer, 3);
        const Written a = first.result();
        const Written b = second.result();
        QCOMPARE(a.error, QString());
        QCOMPARE(b.error, QString());
        QCOMPARE(a.ids.size(), 25);
        QCOMPARE(b.ids.size(), 25);

        CacheDatabase db;
        QVERIFY(db.open(location));
        SnapshotStore store(db);
        const QList<SnapshotInfo> history = store.history(base.organization.id);
        QSet<qint64> stored;
        for (int i = 0; i < history.size(); ++i) {
            stored.insert(history[i].id);
            if (i > 0) {
                QVERIFY(history[i].id > history[i - 1].id);
                QVERIFY(history[i].takenAt >= history[i - 1].takenAt);
            }
            QVERIFY(!history[i].writtenBy.isEmpty());
        }
        for (const qint64 id : a.ids + b.ids)
            QVERIFY2(stored.contains(id), qPrintable(QString::number(id)));
        // The newest snapshot is the one committed last, and reads back whole.
        const qint64 newest = std::max(a.ids.constLast(), b.ids.constLast());
        const auto latest = store.latest(base.organization.id);
        QVERIFY(latest);
        QCOMPARE(latest->id, newest);
        QCOMPARE(latest->keys.size(), base.keys.size());
        const Notes notes = store.notes(base.organization.id, NoteKind::Key);
        QCOMPARE(notes.value(base.keys[0].key.id).owner, u"writer 2"_s);
        QCOMPARE(notes.value(base.keys[1].key.id).owner, u"writer 3"_s);
        QCOMPARE(notes.value(base.keys[0].key.id).text, u"24"_s);
        QCOMPARE(notes.value(base.keys[1].key.id).text, u"24"_s);
    }

    // A sync that read the server before another writer's newer snapshot, and finished after it, is kept
    // as history: the newer one stays current, the late one can be read and compared.
    void aSnapshotOvertakenByANewerOneIsHistory()
    {
        const QString location = freshDatabase(u"late"_s);
        OrgSnapshot s = F::organization(4, 2);
        const QDateTime t0(QDate(2026, 12, 1), QTime(1, 0), Qt::UTC);
        CacheDatabase cronDb;
        CacheDatabase consoleDb;
        QVERIFY(cronDb.open(location));
        QVERIFY(consoleDb.open(location));
        SnapshotStore cron(cronDb);
        SnapshotStore console(consoleDb);
        s.takenAt = t0;
        const qint64 first = console.write(s);
        QVERIFY(first > 0);
        // The console reads the server at t0+10 min; meanwhile the cron job reads at t0+20 and stores first.
        OrgSnapshot cronRead = s;
        cronRead.takenAt = t0.addSecs(1200);
        cronRead.keys[0].key.desc = u"as the cron job read it"_s;
        const qint64 newer = cron.write(cronRead);
        QVERIFY(newer > first);
        OrgSnapshot consoleRead = s;
        consoleRead.takenAt = t0.addSecs(600);
        consoleRead.keys[1].key.desc = u"as the console read it"_s;
        const qint64 late = console.write(consoleRead);
        QVERIFY2(late > newer, qPrintable(console.error()));
        QVERIFY(console.written().late);
        // Current: the cron job's; the late one is in the history, whole.
        QCOMPARE(console.latest(s.organization.id)->id, newer);
        QCOMPARE(console.latest(s.organization.id)->keys[0].key.desc, u"as the cron job read it"_s);
        const QList<SnapshotInfo> history = console.history(s.organization.id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[2].id, late);
        QVERIFY(history[2].late);
        QVERIFY(!history[1].late);
        const auto lateSnapshot = console.load(s.organization.id, late);
        QVERIFY(lateSnapshot);
        QCOMPARE(lateSnapshot->keys.size(), 4);
        QCOMPARE(lateSnapshot->keys[1].key.desc, u"as the console read it"_s);
        QCOMPARE(lateSnapshot->keys[0].key.desc, u"Key 1"_s);
        QCOMPARE(lateSnapshot->keys[3].accessList.size(), 2);
        const auto newerSnapshot = console.load(s.organization.id, newer);
        QCOMPARE(newerSnapshot->keys[1].key.desc, u"Key 2"_s);
        SnapshotStore fresh(cronDb);
        QCOMPARE(fresh.organizations().first().latest.id, newer);
        // A later reading of either is current again, and written as what changed since the current one.
        OrgSnapshot next = cronRead;
        next.takenAt = t0.addSecs(1800);
        next.keys[2].key.desc = u"later"_s;
        const qint64 after = console.write(next);
        QVERIFY(after > late);
        QVERIFY(!console.written().late);
        const auto now = console.latest(s.organization.id);
        QCOMPARE(now->id, after);
        QCOMPARE(now->keys[0].key.desc, u"as the cron job read it"_s);
        QCOMPARE(now->keys[1].key.desc, u"Key 2"_s);
        QCOMPARE(now->keys[2].key.desc, u"later"_s);
        QCOMPARE(console.load(s.organization.id, late)->keys[1].key.desc, u"as the console read it"_s);

        // Copied home and into another team store, twice: the late one stays history, never current.
        const QString file = m_home.filePath(u"late-copy.sqlite"_s);
        const QString other = freshDatabase(u"late_copy"_s);
        for (const QString &to : {file, other, file, other}) {
            CacheDatabase from;
            CacheDatabase target;
            QVERIFY(from.open(to == file ? location : file));
            QVERIFY(target.open(to));
            const StoreCopy::Result copied = StoreCopy::copy(from, target);
            QVERIFY2(copied.ok, qPrintable(copied.error));
            QCOMPARE(copied.snapshotsCopied + copied.snapshotsAlreadyThere, 4);
            SnapshotStore copy(target);
            const QList<SnapshotInfo> copiedHistory = copy.history(s.organization.id);
            QCOMPARE(copiedHistory.size(), 4);
            QCOMPARE(std::count_if(copiedHistory.cbegin(), copiedHistory.cend(),
                                   [](const SnapshotInfo &i) { return i.late; }),
                     1);
            const auto lateCopy = std::find_if(copiedHistory.cbegin(), copiedHistory.cend(),
                                               [](const SnapshotInfo &i) { return i.late; });
            QCOMPARE(lateCopy->takenAt, t0.addSecs(600));
            QCOMPARE(copy.load(s.organization.id, lateCopy->id)->keys[1].key.desc,
                     u"as the console read it"_s);
            const auto current = copy.latest(s.organization.id);
            QCOMPARE(current->keys[2].key.desc, u"later"_s);
            QCOMPARE(current->takenAt, t0.addSecs(1800));
        }
    }

    // The server restarts between two writes: the second write opens the connection again and is stored.
    void aServerRestartBetweenWrites()
    {
        const QString location = freshDatabase(u"restart"_s);
        CacheDatabase db;
        QVERIFY(db.open(location));
        SnapshotStore store(db);
        OrgSnapshot s = F::organization(3, 1);
        const qint64 before = store.write(s);
        QVERIFY(before > 0);
        QVERIFY(PostgresTestServer::control(u"restart"_s));
        s.keys[0].key.desc = u"written after the restart"_s;
        s.takenAt = {};
        const qint64 after = store.write(s);
        QVERIFY2(after > before, qPrintable(store.error()));
        QCOMPARE(db.reconnections(), 1);
        QCOMPARE(store.history(s.organization.id).size(), 2);
        QCOMPARE(store.latest(s.organization.id)->keys[0].key.desc, u"written after the restart"_s);
    }

    // A console's SQLite history into the team store and back, each twice: the second run copies nothing.
    void storeCopyBothWaysAndTwice()
    {
        const QString sqlitePath = m_home.filePath(u"copy/cache.sqlite"_s);
        const QString back = m_home.filePath(u"copy/back.sqlite"_s);
        const QString pg = freshDatabase(u"copied"_s);
        OrgSnapshot s = F::organization(4, 2);
        QList<qint64> ids;
        {
            CacheDatabase db;
            QVERIFY(db.open(sqlitePath));
            SnapshotStore store(db);
            for (int i = 0; i < 3; ++i) {
                s.takenAt = QDateTime(QDate(2026, 11, 1 + i), QTime(2, 0), Qt::UTC);
                s.keys[i].key.desc = u"day %1"_s.arg(i);
                ids.append(store.write(s));
                QVERIFY(ids.constLast() > 0);
            }
            QVERIFY(store.setNote(s.organization.id, NoteKind::Key, s.keys[0].key.id,
                                  {u"billing team"_s, u"SEC-212"_s, u"owner"_s, {}}));
            QVERIFY(store.setNote(s.organization.id, NoteKind::Entry,
                                  Note::entryKey(s.keys[1].key.id, s.keys[1].accessList[0].cidrBlock),
                                  {{}, {}, u"office"_s, {}}));
            Rotation r;
            r.orgId = s.organization.id;
            r.oldKeyId = s.keys[2].key.id;
            r.oldPublicKey = s.keys[2].key.publicKey;
            r.startedAt = QDateTime(QDate(2026, 11, 3), QTime(3, 0), Qt::UTC);
            QVERIFY(store.setRotation(r.orgId, r.oldKeyId, r));
        }
        const auto copy = [](const QString &from, const QString &to) {
            CacheDatabase a;
            CacheDatabase b;
            if (!a.open(from) || !b.open(to))
                return StoreCopy::Result{false, a.error() + b.error()};
            return StoreCopy::copy(a, b);
        };
        StoreCopy::Result first = copy(sqlitePath, pg);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.snapshotsCopied, 3);
        QCOMPARE(first.notesCopied, 2);
        QCOMPARE(first.rotationsCopied, 1);
        StoreCopy::Result again = copy(sqlitePath, pg);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.snapshotsCopied, 0);
        QCOMPARE(again.snapshotsAlreadyThere, 3);
        QCOMPARE(again.notesCopied, 0);
        QCOMPARE(again.notesKept, 2);
        QCOMPARE(again.rotationsCopied, 0);

        const auto sameHistory = [&](const QString &location) {
            CacheDatabase original;
            CacheDatabase copied;
            QVERIFY(original.open(sqlitePath));
            QVERIFY(copied.open(location));
            SnapshotStore a(original);
            SnapshotStore b(copied);
            const auto ha = a.history(s.organization.id);
            const auto hb = b.history(s.organization.id);
            QCOMPARE(hb.size(), ha.size());
            for (int i = 0; i < ha.size(); ++i) {
                QCOMPARE(hb[i].takenAt, ha[i].takenAt);
                QCOMPARE(hb[i].source, ha[i].source);
                QCOMPARE(hb[i].writtenBy, ha[i].writtenBy);
                const auto sa = a.load(s.organization.id, ha[i].id);
                const auto sb = b.load(s.organization.id, hb[i].id);
                QVERIFY(sa && sb);
                QCOMPARE(sb->keys.size(), sa->keys.size());
                for (int k = 0; k < sa->keys.size(); ++k) {
                    QCOMPARE(sb->keys[k].key.desc, sa->keys[k].key.desc);
                    QCOMPARE(sb->keys[k].accessList.size(), sa->keys[k].accessList.size());
                }
            }
            QCOMPARE(b.notes(s.organization.id, NoteKind::Key), a.notes(s.organization.id, NoteKind::Key));
            QCOMPARE(b.notes(s.organization.id, NoteKind::Entry),
                     a.notes(s.organization.id, NoteKind::Entry));
            QCOMPARE(b.rotations(s.organization.id), a.rotations(s.organization.id));
        };
        sameHistory(pg);
        if (QTest::currentTestFailed())
            return;
        StoreCopy::Result home = copy(pg, back);
        QVERIFY2(home.ok, qPrintable(home.error));
        QCOMPARE(home.snapshotsCopied, 3);
        StoreCopy::Result homeAgain = copy(pg, back);
        QVERIFY2(homeAgain.ok, qPrintable(homeAgain.error));
        QCOMPARE(homeAgain.snapshotsCopied, 0);
        QCOMPARE(homeAgain.notesCopied, 0);
        sameHistory(back);
    }

    // Two consoles on one team store: what one syncs, notes or rotates reaches the other's memory through
    // LISTEN/NOTIFY (no sync of its own), with who wrote it; and so does a headless sync's snapshot.
    void aSecondConsoleLearnsOfChanges()
    {
        EmulatorFixture fx;
        QVERIFY(fx.start());
        const QString pg = freshDatabase(u"live"_s);
        RepositoryFixture a;
        RepositoryFixture b;
        QVERIFY(a.connect(fx, pg));
        QVERIFY(b.connect(fx, pg));
        QVERIFY(a.repo->storeIsShared());
        QSignalSpy updated(b.repo.get(), &Repository::storeUpdated);
        QVERIFY(a.sync(EmulatorFixture::OrgA));
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 10'000);
        QCOMPARE(updated.first().at(0).toString(), EmulatorFixture::OrgA);
        QCOMPARE(updated.first().at(1).toString(), CacheDatabase::writerName());
        const OrgStatePtr seen = b.repo->state(EmulatorFixture::OrgA);
        QVERIFY(seen);
        const OrgStatePtr written = a.repo->state(EmulatorFixture::OrgA);
        QCOMPARE(seen->snapshot.id, written->snapshot.id);
        QCOMPARE(seen->snapshot.keys.size(), written->snapshot.keys.size());
        QVERIFY(!seen->snapshot.keys.isEmpty());
        QCOMPARE(seen->history.constLast().writtenBy, CacheDatabase::writerName());

        // A note written in one console is in the other's memory.
        updated.clear();
        const QString keyId = written->snapshot.keys.first().key.id;
        a.repo->setNote(EmulatorFixture::OrgA, NoteKind::Key, keyId,
                        {u"billing team"_s, u"SEC-212"_s, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 10'000);
        QCOMPARE(b.repo->state(EmulatorFixture::OrgA)->keyNotes.value(keyId).ticket, u"SEC-212"_s);

        // A note changed in the store behind this console's back (no NOTIFY: by hand): its edit of the
        // version it saw is not written; the other note is shown, and the console is told.
        QVERIFY(PostgresTestServer::exec(u"live"_s,
                                         u"UPDATE notes SET ticket = 'SEC-999', updated_at = "
                                         "'2026-12-02T08:00:00.000Z'"_s));
        QSignalSpy conflicts(b.repo.get(), &Repository::noteConflict);
        b.repo->setNote(EmulatorFixture::OrgA, NoteKind::Key, keyId, {u"ops"_s, u"SEC-300"_s, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(!conflicts.isEmpty(), 10'000);
        QCOMPARE(conflicts.first().at(3).value<Note>().ticket, u"SEC-999"_s);
        QCOMPARE(conflicts.first().at(4).value<Note>().ticket, u"SEC-300"_s);
        QCOMPARE(b.repo->state(EmulatorFixture::OrgA)->keyNotes.value(keyId).ticket, u"SEC-999"_s);
        {
            CacheDatabase check;
            QVERIFY(check.open(pg));
            SnapshotStore store(check);
            QCOMPARE(store.notes(EmulatorFixture::OrgA, NoteKind::Key).value(keyId).ticket, u"SEC-999"_s);
        }
        // Edited again now that it shows the other note: written.
        QSignalSpy updatedInA(a.repo.get(), &Repository::storeUpdated);
        b.repo->setNote(EmulatorFixture::OrgA, NoteKind::Key, keyId, {u"ops"_s, u"SEC-301"_s, {}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(!updatedInA.isEmpty(), 10'000);
        QCOMPARE(a.repo->state(EmulatorFixture::OrgA)->keyNotes.value(keyId).ticket, u"SEC-301"_s);
        QCOMPARE(conflicts.size(), 1);

        // A headless sync (another process) that changes nothing on the server only confirms the snapshot;
        // one after a change on the server brings the new key list to both consoles.
        updated.clear();
        QSignalSpy updatedA(a.repo.get(), &Repository::storeUpdated);
        fx.server->dispatcher().editDataset([](Dataset &d) {
            for (EmulatedKey &k : d.keys) {
                if (k.orgId == EmulatorFixture::OrgA) {
                    k.key.desc = u"changed on the server"_s;
                    return;
                }
            }
        });
        const CliRun run
            = runCli(m_home.filePath(u"live"_s),
                     {u"sync"_s, u"--url"_s, fx.server->serverUrl(), u"--public-key"_s, u"ownerkey"_s,
                      u"--org"_s, EmulatorFixture::OrgA, u"--full"_s, u"--store"_s, pg},
                     {{u"APIACCESS_PRIVATE_KEY"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s}});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(QTest::qWaitFor([&] { return !updated.isEmpty() && !updatedA.isEmpty(); }, 10'000));
        for (const RepositoryFixture *console : {&a, &b}) {
            const OrgStatePtr now = console->repo->state(EmulatorFixture::OrgA);
            const auto key
                = std::find_if(now->snapshot.keys.cbegin(), now->snapshot.keys.cend(),
                               [](const KeyRecord &k) { return k.key.desc == u"changed on the server"_s; });
            QVERIFY(key != now->snapshot.keys.cend());
        }
        a.close();
        b.close();
    }

    // The store goes away and comes back while a console works: the console says so, goes on from memory,
    // keeps what it could not write, and writes it once the store answers; a sync whose write starts while
    // the server restarts is stored after the reconnection.
    void aStoreOutageLosesNothing()
    {
        EmulatorFixture fx;
        QVERIFY(fx.start());
        const QString pg = freshDatabase(u"outage"_s);
        QNetworkAccessManager manager;
        ApiClient client(&manager);
        client.setConnection(fixtureConnection(fx, u"ownerkey"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s));
        Repository repo(&client, pg);
        repo.setStoreCheckIntervals(200, 300, 500);
        QSignalSpy loaded(&repo, &Repository::cacheLoaded);
        repo.open();
        QVERIFY(loaded.wait(10'000));
        QSignalSpy identified(&repo, &Repository::identityChanged);
        repo.identify();
        QVERIFY(identified.wait(10'000));
        QSignalSpy finished(&repo, &Repository::syncFinished);
        repo.sync(EmulatorFixture::OrgA);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30'000);
        const QString keyId = repo.state(EmulatorFixture::OrgA)->snapshot.keys.first().key.id;

        QSignalSpy problem(&repo, &Repository::storeProblemChanged);
        QVERIFY(stopServer());
        QTRY_VERIFY_WITH_TIMEOUT(!repo.storeProblem().isEmpty(), 10'000);
        QVERIFY2(repo.storeProblem().contains(u"does not answer"_s), qPrintable(repo.storeProblem()));
        // Written while the store is gone: shown at once, kept.
        repo.setNote(EmulatorFixture::OrgA, NoteKind::Key, keyId, {u"billing team"_s, u"SEC-212"_s, {}, {}});
        QCOMPARE(repo.state(EmulatorFixture::OrgA)->keyNotes.value(keyId).ticket, u"SEC-212"_s);
        fx.server->dispatcher().editDataset([](Dataset &d) {
            for (EmulatedKey &k : d.keys)
                if (k.orgId == EmulatorFixture::OrgA)
                    k.key.desc = u"changed during the outage"_s;
        });
        // A sync now: read from the server and shown; its snapshot cannot be stored yet (the sync says so:
        // the cache's failure), and is kept.
        finished.clear();
        QSignalSpy failed(&repo, &Repository::syncFailed);
        repo.sync(EmulatorFixture::OrgA, Repository::SyncMode::Full);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30'000);
        QCOMPARE(repo.state(EmulatorFixture::OrgA)->snapshot.keys.first().key.desc,
                 u"changed during the outage"_s);

        QVERIFY(startServer());
        QTRY_VERIFY_WITH_TIMEOUT(repo.storeProblem().isEmpty(), 20'000);
        QVERIFY(problem.size() >= 2);
        // Everything kept is in the store now.
        CacheDatabase check;
        QVERIFY(check.open(pg));
        SnapshotStore store(check);
        QTRY_COMPARE_WITH_TIMEOUT(store.notes(EmulatorFixture::OrgA, NoteKind::Key).value(keyId).ticket,
                                  u"SEC-212"_s, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto latest = store.latest(EmulatorFixture::OrgA);
                return latest && latest->keys.first().key.desc == u"changed during the outage"_s;
            }(),
            10'000);
    }

    // Two consoles and a headless sync write one organization at once, in an order and with pauses drawn
    // from the seed, round after round (the server's data changes between rounds): afterwards every
    // snapshot a console reported stored is in the history, the history is ordered, the store's current
    // state is the latest data, both consoles show it; of two notes written at once over the same version
    // exactly one is kept and the other console is told (its author sees both), notes on different keys
    // are both kept.
    void twoConsolesAndAHeadlessSyncAtOnce_data()
    {
        QTest::addColumn<quint32>("seed");
        for (const quint32 seed : {1u, 7u, 42u})
            QTest::addRow("seed %u", seed) << seed;
    }
    void twoConsolesAndAHeadlessSyncAtOnce()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        EmulatorFixture fx;
        QVERIFY(fx.start());
        const QString pg = freshDatabase(u"three_writers"_s);
        RepositoryFixture a;
        RepositoryFixture b;
        QVERIFY(a.connect(fx, pg));
        QVERIFY(b.connect(fx, pg));
        QVERIFY(a.sync(EmulatorFixture::OrgA));
        QTRY_VERIFY_WITH_TIMEOUT(b.repo->state(EmulatorFixture::OrgA), 10'000); // through LISTEN
        const OrgStatePtr first = a.repo->state(EmulatorFixture::OrgA);
        QVERIFY(first->snapshot.keys.size() >= 3);
        const QString key1 = first->snapshot.keys[0].key.id;
        const QString key2 = first->snapshot.keys[1].key.id;
        const QString key3 = first->snapshot.keys[2].key.id;
        QSignalSpy aFinished(a.repo.get(), &Repository::syncFinished);
        QSignalSpy bFinished(b.repo.get(), &Repository::syncFinished);
        QSignalSpy aFailed(a.repo.get(), &Repository::syncFailed);
        QSignalSpy bFailed(b.repo.get(), &Repository::syncFailed);
        QSignalSpy aConflicts(a.repo.get(), &Repository::noteConflict);
        QSignalSpy bConflicts(b.repo.get(), &Repository::noteConflict);
        CacheDatabase checkDb;
        QVERIFY(checkDb.open(pg));
        SnapshotStore check(checkDb);
        const QString home = m_home.filePath(u"cron-%1"_s.arg(seed));

        for (int round = 1; round <= 3; ++round) {
            const QString desc = u"seed %1 round %2"_s.arg(seed).arg(round);
            fx.server->dispatcher().editDataset([&](Dataset &d) {
                for (EmulatedKey &k : d.keys)
                    if (k.orgId == EmulatorFixture::OrgA)
                        k.key.desc = desc;
            });
            const qsizetype conflictsBefore = aConflicts.size() + bConflicts.size();
            const Note aNote{u"alice"_s, u"A-%1"_s.arg(round), {}, {}};
            const Note bNote{u"bob"_s, u"B-%1"_s.arg(round), {}, {}};
            std::unique_ptr<QProcess> cli;
            QList<std::function<void()>> steps{
                [&] { a.repo->sync(EmulatorFixture::OrgA, Repository::SyncMode::Full); },
                [&] { b.repo->sync(EmulatorFixture::OrgA, Repository::SyncMode::Full); },
                [&] {
                    cli = startCli(home,
                                   {u"sync"_s, u"--url"_s, fx.server->serverUrl(), u"--public-key"_s,
                                    u"ownerkey"_s, u"--org"_s, EmulatorFixture::OrgA, u"--full"_s,
                                    u"--store"_s, pg},
                                   {{u"APIACCESS_PRIVATE_KEY"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s}});
                },
                [&] { // at the same moment, both over the version they were shown
                    const bool aFirst = random.bounded(2) == 0;
                    (aFirst ? a : b)
                        .repo->setNote(EmulatorFixture::OrgA, NoteKind::Key, key1, aFirst ? aNote : bNote);
                    (aFirst ? b : a)
                        .repo->setNote(EmulatorFixture::OrgA, NoteKind::Key, key1, aFirst ? bNote : aNote);
                },
                [&] { a.repo->setNote(EmulatorFixture::OrgA, NoteKind::Key, key2, aNote); },
                [&] { b.repo->setNote(EmulatorFixture::OrgA, NoteKind::Key, key3, bNote); },
            };
            const qsizetype aDone = aFinished.size() + aFailed.size();
            const qsizetype bDone = bFinished.size() + bFailed.size();
            while (!steps.isEmpty()) {
                steps.takeAt(random.bounded(int(steps.size())))();
                QTest::qWait(int(random.bounded(40))); // the interleaving: a pause drawn from the seed
            }
            QTRY_VERIFY_WITH_TIMEOUT(aFinished.size() + aFailed.size() > aDone, 30'000);
            QTRY_VERIFY_WITH_TIMEOUT(bFinished.size() + bFailed.size() > bDone, 30'000);
            QVERIFY(QTest::qWaitFor([&] { return cli->state() == QProcess::NotRunning; }, 30'000));
            QVERIFY2(cli->exitCode() == 0, cli->readAllStandardError().constData());
            QCOMPARE(aFailed.size(), 0);
            QCOMPARE(bFailed.size(), 0);
            QTRY_COMPARE_WITH_TIMEOUT(a.repo->pendingWrites(), 0, 10'000);
            QTRY_COMPARE_WITH_TIMEOUT(b.repo->pendingWrites(), 0, 10'000);

            // No snapshot lost: each one a console reported stored is in the history; ordered history.
            const QList<SnapshotInfo> history = check.history(EmulatorFixture::OrgA);
            QSet<qint64> ids;
            QDateTime lastCurrent;
            qint64 lastId = 0;
            for (const SnapshotInfo &info : history) {
                QVERIFY(info.id > lastId);
                lastId = info.id;
                ids.insert(info.id);
                if (!info.late) {
                    QVERIFY2(!lastCurrent.isValid() || info.takenAt >= lastCurrent,
                             qPrintable(info.takenAt.toString(Qt::ISODateWithMs)));
                    lastCurrent = info.takenAt;
                }
            }
            for (const QSignalSpy *spy : {&aFinished, &bFinished})
                for (const QList<QVariant> &finished : *spy)
                    QVERIFY2(ids.contains(finished.at(1).toLongLong()),
                             qPrintable(QString::number(finished.at(1).toLongLong())));
            // The store's current state is this round's data, and both consoles show it.
            const auto latest = check.latest(EmulatorFixture::OrgA);
            QVERIFY(latest);
            QCOMPARE(latest->keys.first().key.desc, desc);
            for (const RepositoryFixture *console : {&a, &b})
                QTRY_COMPARE_WITH_TIMEOUT(
                    console->repo->state(EmulatorFixture::OrgA)->snapshot.keys.first().key.desc, desc,
                    10'000);

            // Notes: one of the two over the same version, the other reported; both on different keys.
            QTRY_COMPARE_WITH_TIMEOUT(aConflicts.size() + bConflicts.size(), conflictsBefore + 1, 10'000);
            const Notes notes = check.notes(EmulatorFixture::OrgA, NoteKind::Key);
            const QString kept = notes.value(key1).ticket;
            QVERIFY2(kept == aNote.ticket || kept == bNote.ticket, qPrintable(kept));
            const QSignalSpy &told = kept == aNote.ticket ? bConflicts : aConflicts;
            QCOMPARE(told.last().at(2).toString(), key1);
            QCOMPARE(told.last().at(3).value<Note>().ticket, kept); // theirs
            QCOMPARE(told.last().at(4).value<Note>().ticket,
                     kept == aNote.ticket ? bNote.ticket : aNote.ticket);
            QCOMPARE(notes.value(key2).ticket, aNote.ticket);
            QCOMPARE(notes.value(key3).ticket, bNote.ticket);
            // Both consoles start the next round from the store's notes — their own included (a read of
            // another console's change that ran before their write must not leave the older note shown).
            for (const RepositoryFixture *console : {&a, &b}) {
                for (const QString &key : {key2, key3})
                    QTRY_COMPARE_WITH_TIMEOUT(
                        console->repo->state(EmulatorFixture::OrgA)->keyNotes.value(key).ticket,
                        notes.value(key).ticket, 10'000);
                QTRY_COMPARE_WITH_TIMEOUT(
                    console->repo->state(EmulatorFixture::OrgA)->keyNotes.value(key1).ticket, kept, 10'000);
                QTRY_COMPARE_WITH_TIMEOUT(
                    console->repo->state(EmulatorFixture::OrgA)->keyNotes.value(key1).updatedAt,
                    notes.value(key1).updatedAt, 10'000);
            }
        }
        a.close();
        b.close();
    }

    // Quitting during an outage loses nothing: the note, the rotation and the sync's snapshot the store
    // did not take are kept in a file of this computer, and the next start writes them (oldest first,
    // before it reads); a note someone else changed meanwhile is a conflict shown to the person, theirs kept.
    void writesKeptDuringAnOutageSurviveQuitting()
    {
        EmulatorFixture fx;
        QVERIFY(fx.start());
        const QString pg = freshDatabase(u"spool"_s);
        const auto fastChecks = [](Repository &r) { r.setStoreCheckIntervals(200, 300, 300); };
        RepositoryFixture a;
        a.beforeOpen = fastChecks;
        QVERIFY(a.connect(fx, pg));
        QVERIFY(a.sync(EmulatorFixture::OrgA));
        const OrgStatePtr before = a.repo->state(EmulatorFixture::OrgA);
        QVERIFY(before->snapshot.keys.size() >= 2);
        const QString key1 = before->snapshot.keys[0].key.id;
        const QString key2 = before->snapshot.keys[1].key.id;

        QVERIFY(stopServer());
        QTRY_VERIFY_WITH_TIMEOUT(!a.repo->storeProblem().isEmpty(), 10'000);
        a.repo->setNote(EmulatorFixture::OrgA, NoteKind::Key, key1,
                        {u"billing team"_s, u"SEC-212"_s, {}, {}});
        a.repo->setNote(EmulatorFixture::OrgA, NoteKind::Key, key2, {u"me"_s, u"SEC-1"_s, u"mine"_s, {}});
        Rotation rotation;
        rotation.orgId = EmulatorFixture::OrgA;
        rotation.oldKeyId = key1;
        rotation.oldPublicKey = before->snapshot.keys[0].key.publicKey;
        rotation.startedAt = QDateTime::currentDateTimeUtc();
        a.repo->setRotation(EmulatorFixture::OrgA, key1, rotation);
        fx.server->dispatcher().editDataset([](Dataset &d) {
            for (EmulatedKey &k : d.keys)
                if (k.orgId == EmulatorFixture::OrgA)
                    k.key.desc = u"changed during the outage"_s;
        });
        QSignalSpy failed(a.repo.get(), &Repository::syncFailed);
        a.repo->sync(EmulatorFixture::OrgA, Repository::SyncMode::Full);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30'000);
        QVERIFY2(failed.last().at(1).value<ApiError>().detail.contains(u"kept on this computer"_s),
                 qPrintable(failed.last().at(1).value<ApiError>().detail));
        // Three notes and rotations and one snapshot wait, on disk; the banner counts them.
        QTRY_COMPARE_WITH_TIMEOUT(a.repo->unsavedWrites(), 4, 10'000);
        QVERIFY2(a.repo->storeProblem().contains(u"Waiting: 4"_s), qPrintable(a.repo->storeProblem()));
        QVERIFY(QFile::exists(Outbox::pathFor(pg)));
        a.close(); // quit while the store is still gone

        QVERIFY(startServer());
        { // another admin changes the second note meanwhile
            CacheDatabase other;
            QVERIFY(other.open(pg));
            QVERIFY(SnapshotStore(other).setNote(EmulatorFixture::OrgA, NoteKind::Key, key2,
                                                 {u"security"_s, u"SEC-9"_s, u"theirs"_s, {}}));
        }
        {
            Outbox waiting(pg);
            QCOMPARE(waiting.pending(), 4);
        }
        RepositoryFixture b;
        std::unique_ptr<QSignalSpy> conflicts;
        b.beforeOpen = [&](Repository &r) {
            fastChecks(r);
            conflicts = std::make_unique<QSignalSpy>(&r, &Repository::noteConflict);
        };
        QVERIFY(b.connect(fx, pg));
        const OrgStatePtr after = b.repo->state(EmulatorFixture::OrgA);
        QVERIFY(after);
        QCOMPARE(after->snapshot.keys.first().key.desc, u"changed during the outage"_s);
        QCOMPARE(after->keyNotes.value(key1).ticket, u"SEC-212"_s);
        QCOMPARE(after->rotations.value(key1).oldPublicKey, rotation.oldPublicKey);
        QTRY_COMPARE_WITH_TIMEOUT(conflicts->size(), 1, 10'000);
        QCOMPARE(conflicts->first().at(2).toString(), key2);
        QCOMPARE(conflicts->first().at(3).value<Note>().ticket, u"SEC-9"_s); // theirs
        QCOMPARE(conflicts->first().at(4).value<Note>().ticket, u"SEC-1"_s); // mine, shown, not lost
        QCOMPARE(b.repo->state(EmulatorFixture::OrgA)->keyNotes.value(key2).ticket, u"SEC-9"_s);
        QCOMPARE(b.repo->unsavedWrites(), 0);
        QVERIFY(b.repo->storeProblem().isEmpty());
        Outbox done(pg);
        QCOMPARE(done.pending(), 0);
        CacheDatabase check;
        QVERIFY(check.open(pg));
        SnapshotStore store(check);
        QCOMPARE(store.notes(EmulatorFixture::OrgA, NoteKind::Key).value(key1).ticket, u"SEC-212"_s);
        QCOMPARE(store.notes(EmulatorFixture::OrgA, NoteKind::Key).value(key2).ticket, u"SEC-9"_s);
        QVERIFY(store.rotations(EmulatorFixture::OrgA).contains(key1));
        QCOMPARE(store.latest(EmulatorFixture::OrgA)->keys.first().key.desc, u"changed during the outage"_s);
        QCOMPARE(store.history(EmulatorFixture::OrgA).size(), 2);
        b.close();
    }

    // A console started while the store does not answer says so, works from the server, keeps what it
    // cannot write, and shows the store's history as soon as the store answers.
    void aConsoleStartedDuringAnOutage()
    {
        EmulatorFixture fx;
        QVERIFY(fx.start());
        const QString pg = freshDatabase(u"latestart"_s);
        { // a first sync by the cron job
            RepositoryFixture cron;
            QVERIFY(cron.connect(fx, pg, u"bownerky"_s, u"b0a1b2c3d-0000-4000-8000-00000000a001"_s));
            QVERIFY(cron.sync(EmulatorFixture::OrgB));
            cron.close();
        }
        QVERIFY(stopServer());
        RepositoryFixture a;
        std::unique_ptr<QSignalSpy> loaded;
        a.beforeOpen = [&](Repository &r) {
            r.setStoreCheckIntervals(200, 300, 300);
            loaded = std::make_unique<QSignalSpy>(&r, &Repository::cacheLoaded);
        };
        QVERIFY(a.connect(fx, pg));
        QCOMPARE(loaded->size(), 1);
        QVERIFY2(loaded->first().at(0).toString().contains(u"cannot be reached"_s),
                 qPrintable(loaded->first().at(0).toString()));
        QVERIFY(!a.repo->storeProblem().isEmpty());
        QVERIFY(!a.repo->state(EmulatorFixture::OrgB)); // nothing cached here
        QSignalSpy failed(a.repo.get(), &Repository::syncFailed);
        a.repo->sync(EmulatorFixture::OrgA);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30'000);
        QVERIFY(a.repo->state(EmulatorFixture::OrgA)); // read from the server, shown
        QTRY_COMPARE_WITH_TIMEOUT(a.repo->unsavedWrites(), 1, 10'000);

        QVERIFY(startServer());
        QTRY_VERIFY_WITH_TIMEOUT(a.repo->state(EmulatorFixture::OrgB),
                                 20'000); // the cron job's, from the store
        QTRY_COMPARE_WITH_TIMEOUT(a.repo->unsavedWrites(), 0, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(a.repo->storeProblem().isEmpty(), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(a.repo->state(EmulatorFixture::OrgA)->snapshot.id != 0, 20'000);
        CacheDatabase check;
        QVERIFY(check.open(pg));
        QVERIFY(SnapshotStore(check).latest(EmulatorFixture::OrgA));
        a.close();
    }

    // The headless commands: sync --store into the team store, report and store info read it, store copy
    // moves it home and refuses what it cannot do before opening anything.
    void headlessCommandsWithStore()
    {
        EmulatorFixture fx;
        QVERIFY(fx.start());
        const QString pg = freshDatabase(u"headless"_s);
        const QString home = m_home.filePath(u"cli"_s);
        const QMap<QString, QString> env{
            {u"APIACCESS_PRIVATE_KEY"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s}};
        CliRun run = runCli(home,
                            {u"sync"_s, u"--url"_s, fx.server->serverUrl(), u"--public-key"_s, u"ownerkey"_s,
                             u"--org"_s, EmulatorFixture::OrgA, u"--store"_s, pg},
                            env);
        QVERIFY2(run.code == 0, run.err.constData());
        run = runCli(home, {u"store"_s, u"info"_s, u"--store"_s, pg, u"--json"_s});
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject info = run.json();
        QCOMPARE(info.value("engine"_L1).toString(), u"postgresql"_s);
        QCOMPARE(info.value("schema"_L1).toInt(), CacheDatabase::SchemaVersion);
        QCOMPARE(info.value("readOnly"_L1).toBool(), false);
        const QJsonArray orgs = info.value("organizations"_L1).toArray();
        QCOMPARE(orgs.size(), 1);
        QCOMPARE(orgs[0].toObject().value("id"_L1).toString(), EmulatorFixture::OrgA);
        QVERIFY(orgs[0].toObject().value("writtenBy"_L1).toString().contains(u'@'));
        run = runCli(home, {u"report"_s, u"--org"_s, EmulatorFixture::OrgA, u"--store"_s, pg, u"--json"_s});
        QVERIFY2(run.code == 0 || run.code == 1, run.err.constData());
        QVERIFY(run.json().contains("findings"_L1));
        // Into a SQLite file and again: nothing twice.
        const QString file = m_home.filePath(u"cli/home.sqlite"_s);
        run = runCli(home, {u"store"_s, u"copy"_s, u"--from"_s, pg, u"--to"_s, u"sqlite:"_s + file});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(run.out.contains("1 snapshots copied"), run.out.constData());
        run = runCli(home, {u"store"_s, u"copy"_s, u"--from"_s, pg, u"--to"_s, u"sqlite:"_s + file});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(run.out.contains("0 snapshots copied, 1 already there"), run.out.constData());
        // Refused before anything is opened.
        run = runCli(home, {u"store"_s, u"copy"_s, u"--from"_s, u"postgresql://u:pw@h/d"_s, u"--to"_s, file});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("password out"));
        // A closed port: had the sync been sent, it would exit 4 (network), not 2.
        run = runCli(home,
                     {u"sync"_s, u"--url"_s, u"http://127.0.0.1:9"_s, u"--public-key"_s, u"ownerkey"_s,
                      u"--store"_s, u"postgresql://nouser.example/x"_s},
                     env);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("no user"), run.err.constData());
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestStorePostgresql)
#include "tst_store_postgresql.moc"
