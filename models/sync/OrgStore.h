// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgState.h"

#include <QHash>
#include <QObject>

#include <functional>

// The one source of truth in memory for a connection: each organization's current state as an immutable
// value with a revision. Pages and item models read it here (never from SQLite) and are told of every new
// value. Revisions come from one counter, so "read before" and "changed after" compare across
// organizations too.
class OrgStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrgStore)
public:
    using QObject::QObject;

    OrgStatePtr state(const QString &orgId) const { return m_states.value(orgId); }
    QList<OrgStatePtr> states() const; // sorted by organization ID
    // The revision the next sync's read starts from.
    quint64 revision() const { return m_clock; }

    // A change made here, with the server's answer: edit applies it and names the objects it touched,
    // which are marked with the new revision.
    OrgStatePtr applyChange(const QString &orgId, const std::function<QList<ObjectId>(OrgSnapshot &)> &edit);
    // The same, for a change made by this console: edit also writes the change's own events (newest
    // first), which go before the state's ownEvents.
    OrgStatePtr applyChange(const QString &orgId,
                            const std::function<QList<ObjectId>(OrgSnapshot &, ApiEvents &own)> &edit);
    // What a sync read (started at readStartedAt), merged so that no later change is undone.
    OrgStatePtr applySync(const OrgSnapshot &read, quint64 readStartedAt);
    // What a refusal to a sync that started reading at readStartedAt proved about the setting
    // (ORG_REQUIRES_ACCESS_LIST: it is on), shown at once and kept in memory until the next sync; the
    // stored snapshot stays as it was. Under the same rule as a sync's result: a change of the setting
    // made after the sync started is not undone.
    OrgStatePtr applyRefusalProof(const QString &orgId, const OrgSettings &settings, quint64 readStartedAt);
    // The cache stored a snapshot of revision: it joins the history, which keeps as many snapshots as the
    // cache does (the oldest leave it as they leave the cache).
    void recordStored(const QString &orgId, quint64 revision, const SnapshotInfo &info);
    void setRetention(int snapshotsPerOrg) { m_retention = std::max(1, snapshotsPerOrg); }
    // The cache that held the organization's snapshots was set aside (damaged): none of them is stored
    // any more; the current data and the notes stay, to be stored again.
    void forgetStored(const QString &orgId);
    // States loaded from the cache at start; an organization already known in memory keeps its newer data.
    void loadFromCache(const QList<OrgState> &states);
    // What a shared store holds now, after another console wrote it: a newer snapshot replaces the data
    // (as a sync that started now would), the notes, rotations and history are the store's. False when
    // it brings nothing newer than what is in memory.
    bool applyFromStore(const OrgState &stored);
    // The events of a state loaded without them (OrgState::eventsPending); nothing when it has them.
    OrgStatePtr completeEvents(const QString &orgId, const ApiEvents &events);
    // A note set here (stamped now), or as the store holds it (stampedAt: its own time).
    OrgStatePtr setNote(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &note,
                        const QDateTime &stampedAt = {});
    OrgStatePtr setRotation(const QString &orgId, const QString &oldKeyId,
                            const std::optional<Rotation> &rotation);

signals:
    // The organization's data or notes changed.
    void stateChanged(const QString &orgId, const OrgStatePtr &state);
    // Only its history of stored snapshots changed.
    void historyChanged(const QString &orgId, const OrgStatePtr &state);

private:
    OrgStatePtr publish(OrgState state);

    QHash<QString, OrgStatePtr> m_states;
    quint64 m_clock = 0;
    int m_retention = 100;
};
