// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgSnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <optional>

class CacheDatabase;

// Snapshots of organizations in a CacheDatabase. Each write is one transaction: readers see the last
// complete snapshot, and a failed or interrupted write leaves the previous one as it was. History is
// compact: an object that did not change is not stored again.
class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStore)
public:
    struct SnapshotInfo
    {
        qint64 id = 0;
        QString orgId;
        QDateTime takenAt;
        QString source; // "sync" or "change"
        int requests = 0;
    };

    struct CachedOrganization
    {
        Organization organization;
        SnapshotInfo latest;
    };

    struct Note
    {
        QString owner;
        QString ticket;
        QString text;
        QDateTime updatedAt;
        bool isEmpty() const { return owner.isEmpty() && ticket.isEmpty() && text.isEmpty(); }
    };

    enum class NoteKind { Key, Entry };

    explicit SnapshotStore(CacheDatabase &database);

    // Stores a snapshot; returns its id, or 0 with error() set (and nothing changed).
    qint64 write(const OrgSnapshot &snapshot, const QString &source = QStringLiteral("sync"),
                 int requests = 0);
    std::optional<OrgSnapshot> latest(const QString &orgId);
    std::optional<OrgSnapshot> load(const QString &orgId, qint64 snapshotId);
    QList<SnapshotInfo> history(const QString &orgId);
    QList<CachedOrganization> organizations();

    void setRetention(int snapshotsPerOrg) { m_retention = snapshotsPerOrg; }
    int retention() const { return m_retention; }

    // Local notes, kept while their key or entry exists; never sent anywhere but exports.
    bool setNote(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &note);
    QHash<QString, Note> notes(const QString &orgId, NoteKind kind);
    static QString entryKey(const QString &keyId, const QString &cidrBlock);

    const QString &error() const { return m_error; }

    // The masked form of a private key: the cache never holds more than the server shows after creation.
    static QString maskedPrivateKey(const QString &privateKey);

private:
    std::optional<OrgSnapshot> read(const QString &orgId, std::optional<qint64> snapshotId);
    bool applyRetention(const QString &orgId);

    CacheDatabase &m_db;
    int m_retention = 100;
    QString m_error;
};
Q_DECLARE_METATYPE(SnapshotStore::Note)
