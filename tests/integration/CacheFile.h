// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CacheDatabase.h"
#include "SnapshotStore.h"

// What a cache file holds, read on the test's thread with a connection of its own: the tests check
// what a Repository wrote in the background, not what it holds in memory.
class CacheFile
{
    template<typename F> auto with(F &&f) const
    {
        CacheDatabase db;
        using R = decltype(f(std::declval<SnapshotStore &>()));
        if (!db.open(m_path))
            return R();
        SnapshotStore store(db);
        return f(store);
    }

public:
    explicit CacheFile(const QString &path)
        : m_path(path)
    { }

    std::optional<OrgSnapshot> latest(const QString &orgId) const
    {
        return with([&](SnapshotStore &s) { return s.latest(orgId); });
    }
    std::optional<OrgSnapshot> load(const QString &orgId, qint64 id) const
    {
        return with([&](SnapshotStore &s) { return s.load(orgId, id); });
    }
    QList<SnapshotInfo> history(const QString &orgId) const
    {
        return with([&](SnapshotStore &s) { return s.history(orgId); });
    }
    QList<SnapshotStore::CachedOrganization> organizations() const
    {
        return with([&](SnapshotStore &s) { return s.organizations(); });
    }
    Notes notes(const QString &orgId, NoteKind kind) const
    {
        return with([&](SnapshotStore &s) { return s.notes(orgId, kind); });
    }

private:
    QString m_path;
};
