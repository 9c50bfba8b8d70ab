// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CacheDatabase on PostgreSQL (models/cache/README.md, "PostgreSQL"): the same schema versions with the
// engine's own types, migrated under an advisory lock, one row per applied step in schema_steps.
#include "CacheDatabase.h"

#include "CacheLogging.h"
#include "StoreLocation.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

#include <atomic>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

std::atomic<quint64> postgresConnectionCounter{0};

QMutex passwordsMutex;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> map;
    return map;
}

// The schema on PostgreSQL, step for step the versions of the SQLite one (CacheDatabase.cpp):
// BIGSERIAL/BIGINT ids, and rows gets an id column (SQLite's rowid).
const QStringList &postgresSteps(int version)
{
    static const QList<QStringList> steps = {
        {uR"(CREATE TABLE snapshots (
               id BIGSERIAL PRIMARY KEY,
               org_id TEXT NOT NULL,
               taken_at TEXT NOT NULL))"_s,
         u"CREATE INDEX snapshots_org ON snapshots(org_id, id)"_s, uR"(CREATE TABLE rows (
               id BIGSERIAL PRIMARY KEY,
               org_id TEXT NOT NULL,
               kind TEXT NOT NULL,
               object_key TEXT NOT NULL,
               first_snapshot BIGINT NOT NULL REFERENCES snapshots(id),
               last_snapshot BIGINT,
               data TEXT NOT NULL))"_s,
         u"CREATE INDEX rows_current ON rows(org_id, last_snapshot)"_s,
         u"CREATE INDEX rows_range ON rows(org_id, first_snapshot)"_s},
        {uR"(CREATE TABLE notes (
               org_id TEXT NOT NULL,
               kind TEXT NOT NULL,
               object_key TEXT NOT NULL,
               owner TEXT NOT NULL DEFAULT '',
               ticket TEXT NOT NULL DEFAULT '',
               text TEXT NOT NULL DEFAULT '',
               updated_at TEXT NOT NULL,
               PRIMARY KEY (org_id, kind, object_key)))"_s},
        {u"ALTER TABLE snapshots ADD COLUMN source TEXT NOT NULL DEFAULT 'sync'"_s,
         u"ALTER TABLE snapshots ADD COLUMN requests INTEGER NOT NULL DEFAULT 0"_s},
        {u"CREATE INDEX rows_open ON rows(object_key) WHERE last_snapshot IS NULL"_s},
        {u"ALTER TABLE snapshots ADD COLUMN checked_at TEXT"_s},
        {uR"(CREATE TABLE rotations (
               org_id TEXT NOT NULL,
               old_key_id TEXT NOT NULL,
               data TEXT NOT NULL,
               updated_at TEXT NOT NULL,
               PRIMARY KEY (org_id, old_key_id)))"_s},
        {u"ALTER TABLE snapshots ADD COLUMN written_by TEXT NOT NULL DEFAULT ''"_s,
         u"ALTER TABLE snapshots ADD COLUMN late INTEGER NOT NULL DEFAULT 0"_s},
    };
    return steps.at(version - 1);
}

} // namespace

void CacheDatabase::setPassword(const QString &keyringKey, const QString &password)
{
    const QMutexLocker lock(&passwordsMutex);
    passwords().insert(keyringKey, password);
}

QString CacheDatabase::writerName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty()) { // cron and services set neither
        if (const passwd *entry = ::getpwuid(::getuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
    return (user.isEmpty() ? u"?"_s : user) + u'@' + QSysInfo::machineHostName();
}

bool CacheDatabase::openPostgres(const QString &location, int targetVersion)
{
    m_targetVersion = targetVersion;
    m_engine = Engine::PostgreSQL;
    m_checked = true;
    m_error.clear();
    m_recoveryNotice.clear();
    const StoreLocation loc = StoreLocation::parse(location);
    m_path = loc.ok() ? loc.toString() : location;
    if (!loc.ok()) {
        m_error = loc.error;
        return false;
    }
    m_connectionName = u"apiaccess-store-%1"_s.arg(++postgresConnectionCounter);
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    if (!m_db.isValid()) {
        m_error = tr("This console has no PostgreSQL driver (Debian package libqt6sql6-psql).");
        close();
        return false;
    }
    m_db.setHostName(loc.host);
    m_db.setPort(loc.port);
    m_db.setDatabaseName(loc.database);
    m_db.setUserName(loc.user);
    {
        const QMutexLocker lock(&passwordsMutex);
        const auto known = passwords().constFind(loc.keyringKey());
        if (known != passwords().cend())
            m_db.setPassword(*known);
    }
    m_db.setConnectOptions(loc.connectOptions());
    if (!m_db.open()) {
        // libpq's message names the server and what failed; it never holds the password.
        m_error
            = tr("Cannot open the PostgreSQL store %1: %2").arg(m_path, m_db.lastError().text().trimmed());
        close();
        return false;
    }
    if (!migrateTo(targetVersion)) {
        close();
        return false;
    }
    if (!isReadOnly()) {
        QSqlQuery may(m_db);
        if (may.exec(u"SELECT has_table_privilege('snapshots', 'INSERT')"_s) && may.next()
            && !may.value(0).toBool())
            m_readOnlyReason = tr("The database role %1 may only read this store (an auditor's role): the "
                                  "console shows its history and notes and changes nothing in it.")
                                   .arg(loc.user);
    }
    return true;
}

bool CacheDatabase::checkAlive()
{
    if (!isPostgres())
        return true;
    if (m_db.isOpen()) {
        QSqlQuery alive(m_db);
        if (alive.exec(u"SELECT 1"_s))
            return true;
    }
    return !m_inTransaction && reconnect(0); // one try: the next check tries again
}

bool CacheDatabase::reconnect(int budgetMs)
{
    if (budgetMs < 0)
        budgetMs = m_reconnectBudgetMs;
    if (!isPostgres() || m_inTransaction)
        return false;
    {
        QSqlQuery alive(m_db);
        if (alive.exec(u"SELECT 1"_s)) // the statement failed for another reason: nothing to reopen
            return false;
    }
    const QString location = m_path;
    const int target = m_targetVersion;
    int delayMs = 100;
    QElapsedTimer waited;
    waited.start();
    do {
        close();
        qCWarning(lcCache) << "store connection lost, opening it again:" << location;
        if (openPostgres(location, target)) {
            ++m_reconnections;
            subscribe();
            return true;
        }
        if (waited.elapsed() + delayMs > budgetMs)
            break;
        QThread::msleep(delayMs);
        delayMs = std::min(delayMs * 2, 3000);
    } while (waited.elapsed() < budgetMs);
    m_path = location;
    return false;
}

void CacheDatabase::listen(std::function<void(const QString &payload)> handler)
{
    m_notificationHandler = std::move(handler);
    subscribe();
}

void CacheDatabase::subscribe()
{
    if (!isPostgres() || !m_notificationHandler || !m_db.isOpen())
        return;
    QSqlDriver *driver = m_db.driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(NotifyChannel))) {
        qCWarning(lcCache) << "cannot listen to the store's changes:" << driver->lastError().text();
        return;
    }
    // The driver is the context: the connection goes with it.
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [handler = m_notificationHandler](const QString &name,
                                                       QSqlDriver::NotificationSource source,
                                                       const QVariant &payload) {
                         if (name == QLatin1StringView(NotifyChannel) && source == QSqlDriver::OtherSource)
                             handler(payload.toString());
                     });
}

void CacheDatabase::notify(const QString &payload)
{
    if (!isPostgres())
        return;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT pg_notify(?, ?)"_s);
    q.addBindValue(QString::fromLatin1(NotifyChannel));
    q.addBindValue(payload);
    if (!q.exec())
        qCWarning(lcCache) << "could not tell the store's listeners:" << q.lastError().text();
}

int CacheDatabase::postgresVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT to_regclass('schema_steps') IS NOT NULL"_s) || !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(u"SELECT coalesce(max(version), 0) FROM schema_steps"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool CacheDatabase::migratePostgres(int target)
{
    if (postgresVersion() >= target)
        return true;
    // Ten consoles starting at once: the first takes the lock and migrates, the others wait for it and
    // then find the schema current. The lock is the session's, released below whatever happened.
    if (!exec(u"SELECT pg_advisory_lock(%1)"_s.arg(MigrationLockKey))) {
        m_error = tr("Cannot lock the store to update its schema: %1").arg(m_error);
        return false;
    }
    const auto unlock
        = qScopeGuard([this] { exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(MigrationLockKey)); });
    for (;;) {
        int version = postgresVersion();
        if (version < 0) {
            m_error = tr("Cannot read the store's schema version.");
            return false;
        }
        if (version >= target)
            return true;
        if (!exec(u"BEGIN"_s))
            return false;
        m_inTransaction = true;
        QStringList sql;
        if (version == 0)
            sql.append(u"CREATE TABLE IF NOT EXISTS schema_steps (version INTEGER PRIMARY KEY, applied_at "
                       "TIMESTAMPTZ NOT NULL DEFAULT now(), applied_by TEXT NOT NULL)"_s);
        ++version;
        sql.append(postgresSteps(version));
        for (const QString &statement : std::as_const(sql)) {
            if (!exec(statement)) {
                const QString why = m_error;
                rollback();
                m_error = tr("Updating the store to schema %1 failed: %2").arg(version).arg(why);
                return false;
            }
        }
        QSqlQuery step(m_db);
        step.prepare(u"INSERT INTO schema_steps (version, applied_by) VALUES (?, ?)"_s);
        step.addBindValue(version);
        step.addBindValue(writerName());
        if (!step.exec() || !commit()) {
            m_error = step.lastError().text();
            rollback();
            return false;
        }
        qCInfo(lcCache) << "store migrated to schema" << version;
    }
}
