// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class CacheDatabase;

// Moves a store's history, notes and rotations into another store (SQLite to PostgreSQL and back;
// `apiaccess store copy`). Idempotent: per organization only the snapshots newer than the target's newest
// are written (in their order, each keeping its time, source, last confirmation and writer; a late one —
// overtaken by another writer's newer snapshot — as history again, never as current), a note is
// taken when the target has none or an older one, a rotation when the target has none for that key. Run
// twice, the second run copies nothing.
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)
public:
    struct Result
    {
        bool ok = false;
        QString error;
        int organizations = 0;
        int snapshotsCopied = 0;
        int snapshotsAlreadyThere = 0;
        int notesCopied = 0;
        int notesKept = 0; // the target's was the same or newer
        int rotationsCopied = 0;
    };
    // orgIds empty: every organization of the source.
    static Result copy(CacheDatabase &from, CacheDatabase &to, const QStringList &orgIds = {});
};
