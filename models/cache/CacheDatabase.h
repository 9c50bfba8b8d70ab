// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// One connection to a profile's SQLite cache, for the thread that opens it (models/cache/README.md): the
// directory 0700 and the file 0600 before the first write, WAL, synchronous=NORMAL, foreign keys and a
// busy timeout on every connection, a quick_check (at open, or right after the first read), and forward
// migrations in user_version.
// A damaged or foreign file is moved aside as <name>.corrupt-<timestamp> and a fresh cache is created.
//
// The same class opens a team's PostgreSQL store (a location "postgresql://…", StoreLocation): the QPSQL
// driver, the schema in the same versions with the engine's own types, migrations under an advisory lock,
// writes serialized by a transaction-level advisory lock (as SQLite's one writer), reads in a
// REPEATABLE READ transaction (models/cache/README.md, "PostgreSQL").
class CacheDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CacheDatabase)
public:
    static constexpr int SchemaVersion = 7;
    enum class Engine { SQLite, PostgreSQL };
    // PostgreSQL advisory lock keys (bigint): migrations (session level), writes (transaction level).
    static constexpr qint64 MigrationLockKey = 0x61706961636301; // "apiacc" 01
    static constexpr qint64 WriteLockKey = 0x61706961636302;
    // The password of a PostgreSQL store, for this process only (the console reads it from the system
    // keyring and hands it here; never written anywhere). Keyed by StoreLocation::keyringKey().
    static void setPassword(const QString &keyringKey, const QString &password);

    CacheDatabase() = default;
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // When the file's quick_check runs: at open, or when asked for (finishCheck()). The console reads the
    // organization shown last before the check, which reads every page (90 ms for ten maximal
    // organizations) — a file too damaged to open is still checked at open.
    enum class Check { AtOpen, Later };
    // Opens (creating or migrating as needed) a SQLite file (a path, or "sqlite:PATH") or a PostgreSQL
    // store ("postgresql://…"). False with error() when the store cannot be used at all.
    // targetVersion below SchemaVersion is for tests that build older caches.
    bool open(const QString &location, int targetVersion = SchemaVersion, Check check = Check::AtOpen);
    // The check open(…, Check::Later) left out, when it has not run yet: a damaged file is moved aside
    // and a fresh cache created, as at open (recoveryNotice() says so). False when no usable cache is
    // left.
    bool finishCheck();
    bool isChecked() const { return m_checked; }
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; } // the location as given (a PostgreSQL one has no secret)
    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::PostgreSQL; }
    // The column that identifies a row of the table rows ("rowid" in SQLite, "id" in PostgreSQL).
    QString rowId() const { return isPostgres() ? QStringLiteral("id") : QStringLiteral("rowid"); }
    // Opened, but not for writing: the schema is newer than this console knows, or the database role may
    // only read (an auditor's). readOnlyReason() says which, in words for the person.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    // Who writes through this connection ("user@host" of the machine), stored with each snapshot.
    static QString writerName();
    const QString &error() const { return m_error; }
    // Set when a damaged file was moved aside during open() or finishCheck(): the person is told once.
    const QString &recoveryNotice() const { return m_recoveryNotice; }

    // BEGIN IMMEDIATE / COMMIT / ROLLBACK (QSqlDatabase::transaction() would be a deferred BEGIN).
    bool beginWrite();
    bool commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // Reads that span several statements (a snapshot's header and its rows, the start-up load) in one
    // read transaction: they see one committed state, whatever another connection (a headless sync)
    // commits meanwhile. Inside a transaction already, it does nothing.
    class ReadTransaction
    {
        Q_DISABLE_COPY_MOVE(ReadTransaction)
    public:
        explicit ReadTransaction(CacheDatabase &db);
        ~ReadTransaction();

    private:
        CacheDatabase &m_db;
        bool m_began = false;
    };
    bool exec(const QString &sql);
    // PostgreSQL: what other connections wrote, as they commit (LISTEN on NotifyChannel). The handler runs on
    // this connection's thread, from its event loop or right after one of its statements (so it should
    // only queue work); it is subscribed again after a reconnection. Nothing on SQLite.
    static constexpr const char *NotifyChannel = "apiaccess_store";
    void listen(std::function<void(const QString &payload)> handler);
    // PostgreSQL: tells the listeners (delivered when the transaction commits, or at once outside one).
    void notify(const QString &payload);
    // PostgreSQL: true when the connection answers, else after opening it again (reconnect()); SQLite: true.
    bool checkAlive();
    // How long a write or read transaction tries to open a dropped connection again (20 s; tests shorten it).
    void setReconnectBudget(int ms) { m_reconnectBudgetMs = ms; }
    // How often this connection was opened again after the server dropped it (tests).
    int reconnections() const { return m_reconnections; }

    int userVersion();
    // Runs the migration steps from the current version up to target (tests build older versions).
    bool migrateTo(int target);

    // <AppDataLocation>/profiles/<folder>/cache.sqlite, one folder per profile name and no two names in
    // one folder: letters, digits, '-', '_' and '.' stay, every other character is written "~XXXX" (its
    // UTF-16 code in hex), a leading '.' too. The demo server's cache has a folder no name maps to.
    static QString pathForProfile(const QString &profileName);
    static QString pathForDemo(bool atlas = false); // the Atlas demo keeps a cache of its own
    static QString folderForProfile(const QString &profileName);
    // The profile name a folder belongs to (the demo's: "demo"); empty when it is no folder of ours.
    static QString profileForFolder(const QString &folder);
    static constexpr const char *DemoFolder = "~demo";
    static constexpr const char *AtlasDemoFolder = "~demo-atlas"; // "~" is never a profile folder's own
    // Caches filed under the old, lossy folder names ("prod om" and "prod_om" both became "prod_om"; the
    // demo's and a profile called "demo" shared "demo") move to their own folder, where that is
    // unambiguous: an old folder that is also the folder of a saved profile of that exact name stays
    // with that profile. Returns the folders moved ("old -> new").
    static QStringList adoptLegacyFolders(const QStringList &savedProfiles);

private:
    bool openConnection();
    bool openPostgres(const QString &location, int targetVersion);
    bool migratePostgres(int target);
    // PostgreSQL: the connection opened again after the server dropped it, tried for up to about 20 s
    // (a server restart); false when it stays unreachable.
    bool reconnect(int budgetMs = -1); // -1: m_reconnectBudgetMs; 0: one try
    int postgresVersion();
    bool intact();
    void useWal();
    bool prepareConnection(int targetVersion);
    bool replaceDamaged();
    bool moveAside();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    QString m_recoveryNotice;
    bool m_checked = false;
    int m_targetVersion = SchemaVersion;
    bool m_inTransaction = false;
    Engine m_engine = Engine::SQLite;
    QString m_readOnlyReason;
    int m_reconnections = 0;
    int m_reconnectBudgetMs = 20'000;
    std::function<void(const QString &payload)> m_notificationHandler;
    void subscribe();
};
