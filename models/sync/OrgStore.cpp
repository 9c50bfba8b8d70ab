// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrgStore.h"

#include "Clock.h"

#include <algorithm>

QList<OrgStatePtr> OrgStore::states() const
{
    QList<OrgStatePtr> all = m_states.values();
    std::sort(all.begin(), all.end(), [](const OrgStatePtr &a, const OrgStatePtr &b) {
        return a->snapshot.organization.id < b->snapshot.organization.id;
    });
    return all;
}

OrgStatePtr OrgStore::publish(OrgState state)
{
    state.revision = ++m_clock;
    const QString orgId = state.snapshot.organization.id;
    auto value = std::make_shared<const OrgState>(std::move(state));
    m_states.insert(orgId, value);
    emit stateChanged(orgId, value);
    return value;
}

OrgStatePtr OrgStore::applyChange(const QString &orgId,
                                  const std::function<QList<ObjectId>(OrgSnapshot &)> &edit)
{
    return applyChange(orgId, [&](OrgSnapshot &s, ApiEvents &) { return edit(s); });
}

OrgStatePtr OrgStore::applyChange(const QString &orgId,
                                  const std::function<QList<ObjectId>(OrgSnapshot &, ApiEvents &own)> &edit)
{
    const OrgStatePtr current = state(orgId);
    if (!current)
        return {}; // nothing known of it yet: the next sync reads it whole
    OrgState next = *current;
    ApiEvents own;
    const QList<ObjectId> touched = edit(next.snapshot, own);
    if (!own.isEmpty())
        next.ownEvents = own + next.ownEvents;
    next.snapshot.id = 0;
    next.snapshot.takenAt = Clock::nowUtc();
    for (const ObjectId &object : touched)
        next.changedAt.insert(object.token(), m_clock + 1);
    return publish(std::move(next));
}

OrgStatePtr OrgStore::applyRefusalProof(const QString &orgId, const OrgSettings &settings,
                                        quint64 readStartedAt)
{
    const OrgStatePtr current = state(orgId);
    if (!current || current->snapshot.settings == settings
        || current->changedAt.value(ObjectId::setting().token(), 0) > readStartedAt)
        return current;
    OrgState next = *current;
    next.snapshot.settings = settings;
    return publish(std::move(next));
}

OrgStatePtr OrgStore::applySync(const OrgSnapshot &read, quint64 readStartedAt)
{
    const QString orgId = read.organization.id;
    OrgState next;
    if (const OrgStatePtr current = state(orgId)) {
        next = *current;
        next.snapshot = OrgMerge::syncResult(*current, read, readStartedAt);
        // The feed read holds the server's events for this console's changes made before it was read.
        next.ownEvents = ApiEventLog::ownSince(current->ownEvents,
                                               read.eventsState.readable ? read.eventsReadAt : QDateTime());
    } else {
        next.snapshot = read;
        next.snapshot.id = 0;
    }
    return publish(std::move(next));
}

void OrgStore::recordStored(const QString &orgId, quint64 revision, const SnapshotInfo &info)
{
    const OrgStatePtr current = state(orgId);
    if (!current)
        return;
    OrgState next = *current;
    if (!next.history.isEmpty() && next.history.last().id == info.id)
        next.history.last() = info; // nothing changed: the newest snapshot was seen again
    else
        next.history.append(info);
    if (next.history.size() > m_retention)
        next.history.remove(0, next.history.size() - m_retention);
    if (current->revision == revision)
        next.snapshot.id = info.id;
    auto value = std::make_shared<const OrgState>(std::move(next));
    m_states.insert(orgId, value);
    emit historyChanged(orgId, value);
}

void OrgStore::forgetStored(const QString &orgId)
{
    const OrgStatePtr current = state(orgId);
    if (!current)
        return;
    OrgState next = *current;
    next.history.clear();
    next.snapshot.id = 0;
    auto value = std::make_shared<const OrgState>(std::move(next));
    m_states.insert(orgId, value);
    emit historyChanged(orgId, value);
}

void OrgStore::loadFromCache(const QList<OrgState> &states)
{
    for (const OrgState &loaded : states) {
        const QString orgId = loaded.snapshot.organization.id;
        if (const OrgStatePtr current = state(orgId)) {
            // A sync or change finished before the cache was read: keep its data, take the notes and
            // the older history.
            OrgState next = *current;
            next.keyNotes = loaded.keyNotes;
            next.keyNotes.insert(current->keyNotes);
            next.entryNotes = loaded.entryNotes;
            next.entryNotes.insert(current->entryNotes);
            next.rotations = loaded.rotations;
            next.rotations.insert(current->rotations);
            QList<SnapshotInfo> history = loaded.history;
            for (const SnapshotInfo &info : current->history) {
                if (history.isEmpty() || info.id > history.last().id)
                    history.append(info);
            }
            next.history = history;
            publish(std::move(next));
        } else {
            publish(loaded);
        }
    }
}

bool OrgStore::applyFromStore(const OrgState &stored)
{
    const QString orgId = stored.snapshot.organization.id;
    const OrgStatePtr current = state(orgId);
    if (!current) {
        publish(stored);
        return true;
    }
    // The store's current snapshot (never a late one) replaces what is shown when it is at least as new
    // as every current snapshot this console knows of — a write of its own that came late included.
    qint64 newestKnown = 0;
    for (const SnapshotInfo &info : current->history)
        if (!info.late)
            newestKnown = std::max(newestKnown, info.id);
    // While a write of this console is on its way (snapshot.id 0) its data stays: the write lands as the
    // newest, or late — and then the store's state is read again (Repository::persist).
    const bool newerData = current->snapshot.id != 0 && stored.snapshot.id >= newestKnown
        && stored.snapshot.id != current->snapshot.id;
    const bool sameAround = current->keyNotes == stored.keyNotes && current->entryNotes == stored.entryNotes
        && current->rotations == stored.rotations && current->history.size() == stored.history.size()
        && (current->history.isEmpty()
            || current->history.constLast().lastSeen() == stored.history.constLast().lastSeen());
    if (!newerData && sameAround)
        return false;
    OrgState next = *current;
    if (newerData) {
        next.snapshot = OrgMerge::syncResult(*current, stored.snapshot, m_clock);
        next.snapshot.id = stored.snapshot.id;
        next.eventsPending = false;
    }
    next.keyNotes = stored.keyNotes;
    next.entryNotes = stored.entryNotes;
    next.rotations = stored.rotations;
    next.history = stored.history;
    publish(std::move(next));
    return true;
}

OrgStatePtr OrgStore::completeEvents(const QString &orgId, const ApiEvents &events)
{
    const OrgStatePtr current = state(orgId);
    if (!current || !current->eventsPending)
        return current;
    OrgState next = *current;
    next.snapshot.events = events;
    next.eventsPending = false;
    return publish(std::move(next));
}

OrgStatePtr OrgStore::setRotation(const QString &orgId, const QString &oldKeyId,
                                  const std::optional<Rotation> &rotation)
{
    const OrgStatePtr current = state(orgId);
    if (!current)
        return {};
    OrgState next = *current;
    if (rotation)
        next.rotations.insert(oldKeyId, *rotation);
    else
        next.rotations.remove(oldKeyId);
    return publish(std::move(next));
}

OrgStatePtr OrgStore::setNote(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &note,
                              const QDateTime &stampedAt)
{
    const OrgStatePtr current = state(orgId);
    if (!current)
        return {};
    OrgState next = *current;
    Notes &notes = kind == NoteKind::Key ? next.keyNotes : next.entryNotes;
    if (note.isEmpty())
        notes.remove(objectKey);
    else {
        Note stamped = note;
        // Milliseconds, as the store keeps them: the version compared at the next edit is this one.
        const QDateTime now = Clock::nowUtc();
        stamped.updatedAt = stampedAt.isValid()
            ? stampedAt
            : QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
        notes.insert(objectKey, stamped);
    }
    return publish(std::move(next));
}
