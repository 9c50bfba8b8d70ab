// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgSnapshot.h"

#include <QByteArray>
#include <QList>

#include <optional>

// How an OrgSnapshot is kept as versioned rows: one row per object (kind, key, canonical JSON), so an
// unchanged object compares equal byte for byte. Usage counters live apart from the entries they
// belong to, so that usage moving does not look like the whitelist changing.
namespace SnapshotRows {

// What a row holds. The names are persisted (and a key's or an entry's row kind is the kind its local
// notes are filed under: "key", "entry", as noteKindName() spells them).
enum class Kind {
    Org,
    Settings,
    ProjectsState,
    KeysState,
    Project,
    Key,
    KeyListState,
    Entry,
    Usage,
    EventsState, // whether the feed was readable, and until when it was read
    Event, // one event of the feed (key: its ID); unchanged events are stored once, as every row
    UsersState, // whether the organization's users could be listed
    User, // one user of the organization (key: its ID)
    ServiceAccountsState, // whether the organization's service accounts could be listed
    ServiceAccount, // one service account with its access list (key: its client ID; secrets masked)
    GlobalAccessListState, // Ops Manager's instance: whether its global access list could be read
    GlobalEntry, // one entry of the global access list (key: its ID)
};
QString kindName(Kind kind);
// Whether two versions of a row differ only in when a list was read (the "readAt" of a whitelist's or
// the events feed's state) or in how an entry is used (its count and last use — the console's own calls
// move these for its own key at every sync): a sync that finds nothing else changed stores no snapshot of
// its own, and these rows are updated in place in the snapshot it found again.
bool differsOnlyInReadingOrUse(Kind kind, const QByteArray &stored, const QByteArray &now);
std::optional<Kind> kindFromName(const QString &name);

struct Row
{
    Kind kind = Kind::Org;
    QString key;
    QByteArray data;
};

QList<Row> fromSnapshot(const OrgSnapshot &snapshot);

// What a snapshot changes against an earlier one: the rows of the objects that are new or differ (by
// value: unchanged objects are not even serialized), and the objects that are gone.
struct RowChanges
{
    QList<Row> rows;
    QList<QPair<Kind, QString>> gone;
};
RowChanges changedSince(const OrgSnapshot &snapshot, const OrgSnapshot &before);
// The events of a feed from their rows (any order), newest first and sharing their repeated strings
// (ApiEventLog::merged); empty with error set on a row it cannot read.
ApiEvents parseEvents(const QList<Row> &rows, QString *error);

// Rows of one organization (any order), added one by one as a query returns them, back into a snapshot
// (SnapshotReader.cpp): finish() parses them — the events on a pool thread while the rest is parsed on the
// calling one — and is false on rows it cannot read.
class Reader
{
public:
    Reader();
    ~Reader();
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    void add(Row row);
    bool finish(OrgSnapshot *snapshot, QString *error);

private:
    QList<Row> m_eventRows;
    QList<Row> m_rows;
};
} // namespace SnapshotRows
