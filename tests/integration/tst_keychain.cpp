// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Private keys in a real Secret Service (gnome-keyring on a private D-Bus session, see
// tests/support/with-keyring.sh): the store's round trip, a headless sync that remembers its key and
// reads it back, the memory store, and what happens when there is no keyring at all.
#include "EmulatorFixture.h"
#include "PostgresTestServer.h"
#include "SecretStore.h"
#include "StoreLocation.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
SecretStore::Result call(const std::function<void(SecretStore::Callback)> &start)
{
    SecretStore::Result result;
    bool finished = false;
    QEventLoop loop;
    start([&](const SecretStore::Result &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    QTemporaryDir m_home;

    struct Run
    {
        int code = -1;
        QByteArray err;
    };
    Run run(const QStringList &args, const QMap<QString, QString> &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.remove(u"APIACCESS_PRIVATE_KEY"_s);
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it) {
            if (it.value().isNull()) // a null value: not set at all
                env.remove(it.key());
            else
                env.insert(it.key(), it.value());
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(APIACCESS_BINARY), args);
        QElapsedTimer timer;
        timer.start();
        while (!p.waitForFinished(10) && timer.elapsed() < 60'000)
            QCoreApplication::processEvents();
        return {p.exitCode(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run this test through tests/support/with-keyring.sh (ctest does)");
        QVERIFY(m_fx.start());
    }

    void roundTrip()
    {
        KeychainSecretStore store;
        const QString key = SecretStore::keyFor(u"https://om.example.com/api/public/v1.0"_s, u"abcdefgh"_s);
        QCOMPARE(key, u"https://om.example.com/api/public/v1.0|abcdefgh"_s);
        QVERIFY(call([&](auto d) {
                    store.write(key, u"5a0b8e3c-1d2f-4e6a-9b7c-0123456789ab"_s, &store, d);
                }).ok());
        const auto read = call([&](auto d) { store.read(key, &store, d); });
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.secret, u"5a0b8e3c-1d2f-4e6a-9b7c-0123456789ab"_s);
        QVERIFY(call([&](auto d) { store.remove(key, &store, d); }).ok());
        QCOMPARE(call([&](auto d) { store.read(key, &store, d); }).status,
                 SecretStore::Result::Status::NotFound);
        QVERIFY(call([&](auto d) { store.remove(key, &store, d); }).ok()); // removing twice is fine
        QVERIFY(store.description().contains(u"keyring"_s));
    }

    void memoryStoreForOneSession()
    {
        MemorySecretStore store;
        QCOMPARE(call([&](auto d) { store.read(u"k"_s, &store, d); }).status,
                 SecretStore::Result::Status::NotFound);
        QVERIFY(call([&](auto d) { store.write(u"k"_s, u"secret"_s, &store, d); }).ok());
        QCOMPARE(call([&](auto d) { store.read(u"k"_s, &store, d); }).secret, u"secret"_s);
        QVERIFY(call([&](auto d) { store.remove(u"k"_s, &store, d); }).ok());
        QCOMPARE(call([&](auto d) { store.read(u"k"_s, &store, d); }).status,
                 SecretStore::Result::Status::NotFound);
        QVERIFY(store.description().contains(u"session"_s));
    }

    void syncRemembersItsKeyInTheKeyring()
    {
        const QString server = m_fx.server->serverUrl();
        const QString secret = u"0a1b2c3d-0000-4000-8000-00000000a001"_s;
        Run r = run({u"sync"_s, u"--url"_s, server, u"--public-key"_s, u"ownerkey"_s, u"--remember-key"_s},
                    {{u"APIACCESS_PRIVATE_KEY"_s, secret}});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString profile = u"127.0.0.1-%1-ownerkey"_s.arg(m_fx.server->port());
        r = run({u"sync"_s, u"--profile"_s, profile}); // no file, no variable: the keyring
        QVERIFY2(r.code == 0, r.err.constData());
        // Nowhere on disk but in the keyring's own files.
        for (const QString &dir : {m_home.filePath(u"data"_s), m_home.filePath(u"config"_s)}) {
            QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(secret.toLatin1()), qPrintable(f.fileName()));
            }
        }
    }

    // A team store's database password (a real PostgreSQL server beside the keyring: ctest runs this test
    // under with-postgres.sh too): `store login` tries it and keeps it in the keyring, never in a file;
    // every command with --store then signs in with it — no PGPASSWORD, no ~/.pgpass.
    void aStoresPasswordLivesInTheKeyring()
    {
        if (!PostgresTestServer::available())
            QSKIP("needs tests/support/with-postgres.sh as well (ctest runs it so)");
        const QString password = u"kr-Secret-4711-store"_s;
        PostgresTestServer::exec({}, u"DROP DATABASE IF EXISTS keyring_store WITH (FORCE)"_s);
        PostgresTestServer::exec({}, u"DROP ROLE IF EXISTS keyring_admin"_s);
        QVERIFY(
            PostgresTestServer::exec({}, u"CREATE ROLE keyring_admin LOGIN PASSWORD '%1'"_s.arg(password)));
        QVERIFY(PostgresTestServer::exec({}, u"CREATE DATABASE keyring_store OWNER keyring_admin"_s));
        const QString location = PostgresTestServer::location(u"keyring_store"_s)
                                     .replace(u"//apiaccess@"_s, u"//keyring_admin@"_s);
        QVERIFY(location.contains(u"keyring_admin@"_s));
        const QMap<QString, QString> noPassword{{u"PGPASSWORD"_s, QString()},
                                                {u"PGPASSFILE"_s, m_home.filePath(u"no-pgpass"_s)}};
        // Nothing kept yet: the server refuses.
        Run r = run({u"store"_s, u"info"_s, u"--store"_s, location}, noPassword);
        QVERIFY2(r.code != 0, r.err.constData());
        QVERIFY2(r.err.contains("password"), r.err.constData());
        // A wrong password is tried and not kept.
        QMap<QString, QString> login = noPassword;
        login.insert(u"APIACCESS_STORE_PASSWORD"_s, u"not-the-password"_s);
        r = run({u"store"_s, u"login"_s, u"--store"_s, location}, login);
        QVERIFY2(r.code != 0, r.err.constData());
        QVERIFY2(r.err.contains("password authentication failed"), r.err.constData());
        KeychainSecretStore keyring;
        const QString key = StoreLocation::parse(location).keyringKey();
        QCOMPARE(call([&](auto done) { keyring.read(key, this, done); }).status,
                 SecretStore::Result::Status::NotFound);
        // The right one is kept in the keyring.
        login.insert(u"APIACCESS_STORE_PASSWORD"_s, password);
        r = run({u"store"_s, u"login"_s, u"--store"_s, location}, login);
        QVERIFY2(r.code == 0, r.err.constData());
        const SecretStore::Result kept = call([&](auto done) { keyring.read(key, this, done); });
        QVERIFY2(kept.ok(), qPrintable(kept.error));
        QCOMPARE(kept.secret, password);
        // Every command with --store signs in with it.
        r = run({u"store"_s, u"info"_s, u"--store"_s, location, u"--json"_s}, noPassword);
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({u"report"_s, u"--org"_s, EmulatorFixture::OrgA, u"--store"_s, location}, noPassword);
        QVERIFY2(r.err.contains("does not hold"), r.err.constData()); // opened: it is empty
        r = run({u"sync"_s, u"--url"_s, m_fx.server->serverUrl(), u"--public-key"_s, u"ownerkey"_s,
                 u"--org"_s, EmulatorFixture::OrgA, u"--store"_s, location},
                {{u"PGPASSWORD"_s, QString()},
                 {u"PGPASSFILE"_s, m_home.filePath(u"no-pgpass"_s)},
                 {u"APIACCESS_PRIVATE_KEY"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s}});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({u"report"_s, u"--org"_s, EmulatorFixture::OrgA, u"--store"_s, location}, noPassword);
        QVERIFY2(r.code == 0 || r.code == 1, r.err.constData()); // 1: findings
        // Nowhere on disk but in the keyring's own files.
        for (const QString &dir : {m_home.filePath(u"data"_s), m_home.filePath(u"config"_s)}) {
            QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(password.toLatin1()), qPrintable(f.fileName()));
            }
        }
    }

    void withoutAKeyringItSaysSo()
    {
        const QString profile = u"127.0.0.1-%1-ownerkey"_s.arg(m_fx.server->port());
        const Run r = run(
            {u"sync"_s, u"--profile"_s, profile},
            {{u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s}, {u"DISPLAY"_s, QString()}});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("keyring") && r.err.contains("--private-key-file"), r.err.constData());
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
