// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreCopy.h"

#include "CacheDatabase.h"
#include "SnapshotStore.h"

#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

StoreCopy::Result StoreCopy::copy(CacheDatabase &from, CacheDatabase &to, const QStringList &orgIds)
{
    Result result;
    if (to.isReadOnly()) {
        result.error = to.readOnlyReason();
        return result;
    }
    SnapshotStore source(from);
    SnapshotStore target(to);
    // Every copied snapshot is kept: the target's retention applies at its next sync.
    target.setRetention(std::numeric_limits<int>::max() / 2);
    QStringList orgs = orgIds;
    if (orgs.isEmpty()) {
        for (const auto &cached : source.organizations())
            orgs.append(cached.organization.id);
    }
    for (const QString &orgId : std::as_const(orgs)) {
        const QList<SnapshotInfo> history = source.history(orgId);
        if (history.isEmpty()) {
            result.error = tr("The source store does not hold organization %1.").arg(orgId);
            return result;
        }
        ++result.organizations;
        // What the target holds: its newest current snapshot, and its late ones (kept as history) by time.
        QDateTime newestThere;
        QSet<qint64> lateThere;
        for (const SnapshotInfo &info : target.history(orgId)) {
            if (info.late)
                lateThere.insert(info.takenAt.toMSecsSinceEpoch());
            else if (!newestThere.isValid() || info.lastSeen() > newestThere)
                newestThere = info.lastSeen();
        }
        for (const SnapshotInfo &info : history) {
            // A late snapshot (overtaken by another writer's newer one) is copied as history, never made
            // the target's current one; one already there (same time) is not copied again.
            const bool there = info.late ? lateThere.contains(info.takenAt.toMSecsSinceEpoch())
                                         : newestThere.isValid() && info.takenAt <= newestThere;
            if (there) {
                ++result.snapshotsAlreadyThere;
                continue;
            }
            auto snapshot = source.load(orgId, info.id);
            if (!snapshot) {
                result.error
                    = tr("Snapshot %1 of %2 cannot be read: %3").arg(info.id).arg(orgId, source.error());
                return result;
            }
            snapshot->takenAt = info.takenAt;
            const qint64 id = info.late ? target.writeAsHistory(*snapshot, info.source, info.requests)
                                        : target.write(*snapshot, info.source, info.requests);
            if (id == 0) {
                result.error = tr("Snapshot %1 of %2 could not be written: %3")
                                   .arg(info.id)
                                   .arg(orgId, target.error());
                return result;
            }
            // A write that found the same state only confirmed the target's newest: its time stays.
            if (target.written().id == id && target.written().takenAt == info.takenAt
                && !target.setSnapshotOrigin(id, info.checkedAt, info.writtenBy)) {
                result.error = target.error();
                return result;
            }
            ++result.snapshotsCopied;
        }
        for (const NoteKind kind : {NoteKind::Key, NoteKind::Entry}) {
            const Notes notes = source.notes(orgId, kind);
            for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
                switch (target.mergeNote(orgId, kind, it.key(), it.value())) {
                case SnapshotStore::Merged::Taken:
                    ++result.notesCopied;
                    break;
                case SnapshotStore::Merged::Kept:
                    ++result.notesKept;
                    break;
                case SnapshotStore::Merged::Failed:
                    result.error = target.error();
                    return result;
                }
            }
        }
        const Rotations rotationsThere = target.rotations(orgId);
        const Rotations rotations = source.rotations(orgId);
        for (auto it = rotations.cbegin(); it != rotations.cend(); ++it) {
            if (rotationsThere.contains(it.key()))
                continue;
            if (!target.setRotation(orgId, it.key(), it.value())) {
                result.error = target.error();
                return result;
            }
            ++result.rotationsCopied;
        }
    }
    result.ok = true;
    return result;
}
