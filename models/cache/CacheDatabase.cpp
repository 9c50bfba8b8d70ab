// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheDatabase.h"

#include "CacheLogging.h"
#include "StoreLocation.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

std::atomic<quint64> connectionCounter{0};

// The schema, one step per version; each step runs in one transaction with its version bump.
const QStringList &migrationSteps(int version)
{
    static const QList<QStringList> steps = {
        // 1: snapshots of organizations and the versioned rows of what they held
        {uR"(CREATE TABLE snapshots (
               id INTEGER PRIMARY KEY AUTOINCREMENT,
               org_id TEXT NOT NULL,
               taken_at TEXT NOT NULL))"_s,
         u"CREATE INDEX snapshots_org ON snapshots(org_id, id)"_s,
         // A row holds one object's data from first_snapshot until last_snapshot (NULL: still current), so
         // an unchanged object is stored once however many snapshots see it.
         uR"(CREATE TABLE rows (
               org_id TEXT NOT NULL,
               kind TEXT NOT NULL,
               object_key TEXT NOT NULL,
               first_snapshot INTEGER NOT NULL REFERENCES snapshots(id),
               last_snapshot INTEGER,
               data TEXT NOT NULL))"_s,
         u"CREATE INDEX rows_current ON rows(org_id, last_snapshot)"_s,
         u"CREATE INDEX rows_range ON rows(org_id, first_snapshot)"_s},
        // 2: local notes on keys and whitelist entries, never sent to the server
        {uR"(CREATE TABLE notes (
               org_id TEXT NOT NULL,
               kind TEXT NOT NULL,
               object_key TEXT NOT NULL,
               owner TEXT NOT NULL DEFAULT '',
               ticket TEXT NOT NULL DEFAULT '',
               text TEXT NOT NULL DEFAULT '',
               updated_at TEXT NOT NULL,
               PRIMARY KEY (org_id, kind, object_key)))"_s},
        // 3: where a snapshot came from (a full sync or a change made in the console) and what it cost
        {u"ALTER TABLE snapshots ADD COLUMN source TEXT NOT NULL DEFAULT 'sync'"_s,
         u"ALTER TABLE snapshots ADD COLUMN requests INTEGER NOT NULL DEFAULT 0"_s},
        // 4: the current row of one object, found without reading all of them (a write of what changed)
        {u"CREATE INDEX rows_open ON rows(object_key) WHERE last_snapshot IS NULL"_s},
        // 5: when a later sync of the same kind found the organization unchanged (no new snapshot for it)
        {u"ALTER TABLE snapshots ADD COLUMN checked_at TEXT"_s},
        // 6: key rotations in progress (Rotation::toJson; never a private key), one per old key
        {uR"(CREATE TABLE rotations (
               org_id TEXT NOT NULL,
               old_key_id TEXT NOT NULL,
               data TEXT NOT NULL,
               updated_at TEXT NOT NULL,
               PRIMARY KEY (org_id, old_key_id)))"_s},
        // 7: who wrote a snapshot (user@host), shown when several consoles share one store; a snapshot
        // that arrived after another writer's newer one (late: history, never the current state)
        {u"ALTER TABLE snapshots ADD COLUMN written_by TEXT NOT NULL DEFAULT ''"_s,
         u"ALTER TABLE snapshots ADD COLUMN late INTEGER NOT NULL DEFAULT 0"_s},
    };
    return steps.at(version - 1);
}

bool makePrivateDirectory(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return false;
    return QFile::setPermissions(dir,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// Created 0600 before SQLite writes anything, so the -wal and -shm files follow (models/cache/README.md).
bool precreatePrivateFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_WRONLY | O_EXCL, 0600);
    if (fd < 0) // another opener made it between the check and here: fine, if it is ours to use
        return errno == EEXIST
            && QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ::close(fd);
    return true;
}

} // namespace

CacheDatabase::~CacheDatabase()
{
    close();
}

namespace {

QString profilesRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles"_s;
}

bool keptAsIs(QChar c)
{
    return (c.isLetterOrNumber() && c.unicode() != u'~') || c == u'-' || c == u'_' || c == u'.';
}

// The folder name before profile folders were one per name (kept to find old caches).
QString legacyFolder(const QString &profileName)
{
    QString safe;
    for (const QChar c : profileName)
        safe += (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.') ? c : u'_';
    if (safe.isEmpty() || safe.startsWith(u'.'))
        safe.prepend(u'p');
    return safe;
}

} // namespace

QString CacheDatabase::folderForProfile(const QString &profileName)
{
    QString folder;
    for (qsizetype i = 0; i < profileName.size(); ++i) {
        const QChar c = profileName.at(i);
        if (keptAsIs(c) && !(i == 0 && c == u'.'))
            folder += c;
        else
            folder += u'~' + u"%1"_s.arg(c.unicode(), 4, 16, QChar(u'0'));
    }
    return folder.isEmpty() ? u"~"_s : folder;
}

QString CacheDatabase::profileForFolder(const QString &folder)
{
    if (folder == QLatin1StringView(DemoFolder))
        return u"demo"_s;
    if (folder == QLatin1StringView(AtlasDemoFolder))
        return u"demo-atlas"_s;
    if (folder == u"~"_s)
        return {};
    QString name;
    for (qsizetype i = 0; i < folder.size(); ++i) {
        if (folder.at(i) != u'~') {
            name += folder.at(i);
            continue;
        }
        bool ok = false;
        const ushort code = folder.mid(i + 1, 4).toUShort(&ok, 16);
        if (!ok || folder.mid(i + 1, 4).size() != 4)
            return {};
        name += QChar(code);
        i += 4;
    }
    return folderForProfile(name) == folder ? name : QString();
}

QString CacheDatabase::pathForProfile(const QString &profileName)
{
    return profilesRoot() + u'/' + folderForProfile(profileName) + u"/cache.sqlite"_s;
}

QString CacheDatabase::pathForDemo(bool atlas)
{
    return profilesRoot() + u'/' + QLatin1StringView(atlas ? AtlasDemoFolder : DemoFolder)
        + u"/cache.sqlite"_s;
}

QStringList CacheDatabase::adoptLegacyFolders(const QStringList &savedProfiles)
{
    QStringList moved;
    const QDir root(profilesRoot());
    const QSet<QString> names(savedProfiles.begin(), savedProfiles.end());
    const auto adopt = [&](const QString &from, const QString &to) {
        if (from == to || !root.exists(from + u"/cache.sqlite"_s) || root.exists(to))
            return;
        // The old folder is this exact name's own folder too: it stays with that profile.
        if (names.contains(from) && folderForProfile(from) == from)
            return;
        if (QDir().rename(root.filePath(from), root.filePath(to)))
            moved.append(from + u" -> "_s + to);
    };
    for (const QString &name : savedProfiles)
        adopt(legacyFolder(name), folderForProfile(name));
    adopt(u"demo"_s, QLatin1StringView(DemoFolder)); // the demo's, unless a profile is named "demo"
    return moved;
}

bool CacheDatabase::open(const QString &location, int targetVersion, Check check)
{
    close();
    m_engine = Engine::SQLite;
    m_readOnlyReason.clear();
    if (StoreLocation::looksLikePostgres(location))
        return openPostgres(location, targetVersion);
    const QString path = location.startsWith("sqlite:"_L1) ? location.mid(7) : location;
    m_path = path;
    m_targetVersion = targetVersion;
    m_error.clear();
    m_recoveryNotice.clear();
    m_checked = false;
    if (!makePrivateDirectory(QFileInfo(path).absolutePath()) || !precreatePrivateFile(path)) {
        m_error = tr("Cannot create the cache file %1.").arg(path);
        return false;
    }
    if (!openConnection())
        return false;
    if (check == Check::Later) {
        useWal();
        if (prepareConnection(targetVersion))
            return true;
        // Too damaged to be opened at all ("file is not a database"): checked now, as at any open.
        m_error.clear();
        if (!openConnection())
            return false;
    }
    m_checked = true;
    if (intact())
        useWal();
    else if (!replaceDamaged())
        return false;
    return prepareConnection(targetVersion);
}

bool CacheDatabase::finishCheck()
{
    if (m_checked || isPostgres())
        return isOpen();
    m_checked = true;
    if (!isOpen())
        return false;
    if (intact())
        return true;
    return replaceDamaged() && prepareConnection(m_targetVersion);
}

bool CacheDatabase::prepareConnection(int targetVersion)
{
    // Per connection: foreign keys and synchronous are not stored in the file.
    if (!exec(u"PRAGMA foreign_keys=ON"_s) || !exec(u"PRAGMA synchronous=NORMAL"_s)
        || !migrateTo(targetVersion)) {
        close();
        return false;
    }
    return true;
}

bool CacheDatabase::replaceDamaged()
{
    qCWarning(lcCache) << "cache damaged, moving it aside:" << m_path;
    close();
    if (!moveAside() || !precreatePrivateFile(m_path) || !openConnection())
        return false;
    useWal();
    return true;
}

bool CacheDatabase::openConnection()
{
    m_connectionName = u"apiaccess-cache-%1"_s.arg(++connectionCounter);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        m_error = tr("Cannot open the cache %1: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    return true;
}

bool CacheDatabase::intact()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next()) {
        // Damaged is "file is not a database" (26) or "malformed" (11). A file that another connection
        // is creating or writing is busy, not damaged: it must never be moved aside for that.
        const int primary = query.lastError().nativeErrorCode().toInt() & 0xff;
        return primary != 26 && primary != 11;
    }
    return query.value(0).toString() == "ok"_L1;
}

void CacheDatabase::useWal()
{
    // WAL is stored in the file; switching needs the file to itself, so a second opener of a new file
    // may have to wait for the first (bounded: a few seconds, on the cache thread or a headless command).
    // Only a busy file is waited for: one that is no database at all is found by the check.
    for (int attempt = 0; attempt < 100; ++attempt) {
        QSqlQuery wal(m_db);
        if (wal.exec(u"PRAGMA journal_mode=WAL"_s) && wal.next()) {
            if (wal.value(0).toString() == "wal"_L1)
                return;
        } else {
            const int primary = wal.lastError().nativeErrorCode().toInt() & 0xff;
            if (primary != 5 && primary != 6) // SQLITE_BUSY, SQLITE_LOCKED
                break;
        }
        QThread::msleep(50);
    }
    qCWarning(lcCache) << "could not switch the cache to WAL:" << m_path;
}

bool CacheDatabase::moveAside()
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    const QString aside = m_path + u".corrupt-"_s + stamp;
    if (!QFile::rename(m_path, aside)) {
        m_error = tr("The cache %1 is damaged and could not be moved aside.").arg(m_path);
        return false;
    }
    for (const char *suffix : {"-wal", "-shm"})
        QFile::rename(m_path + QLatin1StringView(suffix), aside + QLatin1StringView(suffix));
    m_recoveryNotice = tr("The offline cache was damaged. It was set aside as %1 and a new, empty cache was "
                          "created; the next sync fills it again.")
                           .arg(aside);
    return true;
}

void CacheDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool CacheDatabase::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        qCWarning(lcCache) << "SQL failed:" << sql.left(80) << m_error;
        return false;
    }
    return true;
}

bool CacheDatabase::beginWrite()
{
    if (isReadOnly()) {
        m_error = m_readOnlyReason;
        return false;
    }
    if (!isPostgres()) {
        m_inTransaction = exec(u"BEGIN IMMEDIATE"_s);
        return m_inTransaction;
    }
    // One writer at a time, as in SQLite: a write compares with the newest snapshot, which no other
    // writer may change before it commits. The lock ends with the transaction.
    // A connection the server dropped (a restart, a network cut) is opened again first: the write waits
    // for the server (bounded), it is not lost.
    m_inTransaction = exec(u"BEGIN"_s) || (reconnect() && exec(u"BEGIN"_s));
    if (m_inTransaction && !exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(WriteLockKey))) {
        rollback();
        return false;
    }
    return m_inTransaction;
}

bool CacheDatabase::commit()
{
    const bool ok = exec(u"COMMIT"_s);
    if (ok)
        m_inTransaction = false;
    return ok;
}

void CacheDatabase::rollback()
{
    exec(u"ROLLBACK"_s);
    m_inTransaction = false;
}

CacheDatabase::ReadTransaction::ReadTransaction(CacheDatabase &db)
    : m_db(db)
{
    const QString begin
        = m_db.isPostgres() ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s : u"BEGIN"_s;
    if (!m_db.m_inTransaction && m_db.isOpen()
        && (m_db.exec(begin) || (m_db.isPostgres() && m_db.reconnect() && m_db.exec(begin)))) {
        m_began = true;
        m_db.m_inTransaction = true;
    }
}

CacheDatabase::ReadTransaction::~ReadTransaction()
{
    if (!m_began)
        return;
    if (!m_db.exec(u"COMMIT"_s))
        m_db.exec(u"ROLLBACK"_s);
    m_db.m_inTransaction = false;
}

int CacheDatabase::userVersion()
{
    if (isPostgres())
        return postgresVersion();
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool CacheDatabase::migrateTo(int target)
{
    int version = userVersion();
    if (version < 0) {
        m_error = tr("Cannot read the cache's schema version.");
        return false;
    }
    if (version > SchemaVersion) {
        // Read as far as this version understands it; never written in a shape it does not know.
        m_readOnlyReason = tr("The store was updated by a newer version of the console (schema %1; this "
                              "one knows %2): it is shown read-only. Update the console to write to it.")
                               .arg(version)
                               .arg(SchemaVersion);
        qCWarning(lcCache) << "store schema" << version << "is newer than" << SchemaVersion << ": read-only";
        return true;
    }
    if (isPostgres())
        return migratePostgres(target);
    while (version < target) {
        if (!beginWrite())
            return false;
        // Another connection to the same file (a second window, a headless sync) may have migrated it
        // meanwhile: the version read under the write lock is the one that counts.
        version = userVersion();
        if (version < 0 || version >= target) {
            const bool ok = version >= 0 && commit();
            if (!ok) {
                rollback();
                m_error = tr("Cannot read the cache's schema version.");
            }
            return ok;
        }
        ++version;
        for (const QString &sql : migrationSteps(version)) {
            if (!exec(sql)) {
                rollback();
                m_error = tr("Updating the cache to schema %1 failed: %2").arg(version).arg(m_error);
                return false;
            }
        }
        if (!exec(u"PRAGMA user_version=%1"_s.arg(version)) || !commit()) {
            rollback();
            return false;
        }
    }
    return true;
}
