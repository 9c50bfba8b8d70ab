// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Note.h"
#include "OrgSnapshot.h"
#include "Rotation.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>

// Where a stored snapshot came from: a full read of the server, or a change made in this console.
enum class SnapshotSource { Sync, Change, IncrementalSync };
// One string table for the persisted name ("sync", "change", "incremental"); an unknown name reads as
// Sync.
QString snapshotSourceName(SnapshotSource source);
SnapshotSource snapshotSourceFromName(const QString &name);

// One stored snapshot of an organization, as listed in its history.
struct SnapshotInfo
{
    qint64 id = 0;
    QString orgId;
    QDateTime takenAt;
    SnapshotSource source = SnapshotSource::Sync;
    int requests = 0;
    // The last time a later sync (or change) of the same source found exactly this state again; such a
    // sync stores no snapshot of its own. Invalid when none did.
    QDateTime checkedAt;
    // Who stored it ("user@host"; empty in caches from before schema 7): a team store has several writers.
    QString writtenBy;
    // A snapshot another writer's newer one had overtaken when it was stored (a sync that read the server
    // earlier but finished later): kept in the history, never the current state.
    bool late = false;
    // When the server was last seen in this state: checkedAt, else takenAt.
    QDateTime lastSeen() const { return checkedAt.isValid() ? checkedAt : takenAt; }
};

// The identity of one object of an organization that a change can touch, for ordering changes and syncs.
struct ObjectId
{
    enum class Kind { Setting, Key, ServiceAccount, GlobalAccessList };
    Kind kind = Kind::Setting;
    // For Kind::Key: the key together with its whitelist and its roles; for Kind::ServiceAccount: the
    // account's client ID, with its secrets and its access list.
    QString keyId;

    static ObjectId setting() { return {Kind::Setting, {}}; }
    static ObjectId key(const QString &keyId) { return {Kind::Key, keyId}; }
    static ObjectId account(const QString &clientId) { return {Kind::ServiceAccount, clientId}; }
    // Ops Manager's global access list, as a whole.
    static ObjectId globalAccessList() { return {Kind::GlobalAccessList, {}}; }
    QString token() const; // "setting", "key:<id>", "account:<client ID>", "globalAccessList"
};

// Everything the console knows of one organization at one revision: the current data, the local notes
// and the history of stored snapshots. Immutable once published (held as std::shared_ptr<const OrgState>);
// a change makes a new value with a higher revision.
struct OrgState
{
    OrgSnapshot snapshot; // snapshot.id: the stored snapshot this equals, 0 while the write is pending
    Notes keyNotes;
    Notes entryNotes;
    Rotations rotations; // key rotations in progress, stored beside the notes
    QList<SnapshotInfo> history;
    quint64 revision = 0;
    // The revision at which a change made here last touched each object (ObjectId::token()).
    QHash<QString, quint64> changedAt;
    // Read from the cache without its events, which follow (Repository::open): the timeline is not
    // there yet, and the state is not written back until they are.
    bool eventsPending = false;
    // This console's own events of the changes it made, newest first (ApiEvent::ofThisConsole): shown in
    // History's timeline until a sync whose feed was read after them brings the server's events. In
    // memory only — after a restart the next sync's feed has the server's.
    ApiEvents ownEvents;

    const Notes &notes(NoteKind kind) const { return kind == NoteKind::Key ? keyNotes : entryNotes; }
};
using OrgStatePtr = std::shared_ptr<const OrgState>;

namespace OrgMerge {
// What a sync read, laid over the current state: every object that a change made here touched after the
// sync started (changedAt > readStartedAt) keeps its current value (a key created or deleted by such a
// change stays created or deleted); everything else is what the server said. The result keeps notes,
// history and changedAt of current.
OrgSnapshot syncResult(const OrgState &current, const OrgSnapshot &read, quint64 readStartedAt);

// A key replaced by the server's answer (or removed when record is nullopt), kept sorted by key ID.
void replaceKey(OrgSnapshot &snapshot, const QString &keyId, const std::optional<KeyRecord> &record);
// The same for a service account (kept in the order the list had; a new one goes last).
void replaceAccount(OrgSnapshot &snapshot, const QString &clientId,
                    const std::optional<ServiceAccountRecord> &record);
} // namespace OrgMerge

Q_DECLARE_METATYPE(OrgStatePtr)
