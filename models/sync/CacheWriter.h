// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CacheDatabase.h"
#include "OrgSnapshot.h"
#include "SnapshotStore.h"

#include <QObject>

#include <memory>

// Writes snapshots on its own thread with its own connection, so the GUI thread never waits for a
// large write (qt-notes.md §4: one connection per thread, opened in that thread).
class CacheWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheWriter)
public:
    explicit CacheWriter(const QString &path, int retention);
    ~CacheWriter() override;

    // Queued from any thread; runs in the writer's thread.
    void write(const OrgSnapshot &snapshot, const QString &source, int requests, quint64 ticket);
    void setRetention(int snapshotsPerOrg) { m_retention = snapshotsPerOrg; }

signals:
    void written(quint64 ticket, const QString &orgId, qint64 snapshotId);
    void failed(quint64 ticket, const QString &orgId, const QString &error);

private:
    bool ensureOpen(QString *error);

    QString m_path;
    int m_retention;
    std::unique_ptr<CacheDatabase> m_db;
};
