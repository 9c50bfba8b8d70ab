// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Note.h"
#include "OrgSnapshot.h"
#include "OrgState.h"
#include "Rotation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class SnapshotStore;

// What a shared (PostgreSQL) store could not take — a snapshot, a note, a rotation — kept in a SQLite
// file of this computer until the store takes it: it survives quitting, a crash and a restart during an
// outage, and is written, oldest first, before anything newer (SnapshotStore's own rules apply then: a
// snapshot overtaken meanwhile is kept as history, a note changed meanwhile by someone else is a
// conflict). Nothing secret is in it: a snapshot holds no private key (secrets are masked), as in the
// store. One file per store location, under the application's data directory (pathFor).
//
// Used on one thread (the cache thread); the file may be shared with another process of the same user
// (a headless sync of the same store): each change is one SQLite transaction.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
public:
    explicit Outbox(const QString &storeLocation, const QString &path = {});
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    // <data directory>/outbox/<hash of the location>.sqlite
    static QString pathFor(const QString &storeLocation);
    const QString &path() const { return m_path; }

    // How many writes wait (read from the file when it exists; the file is made at the first add).
    int pending();
    // Writes the store refused twice while answering (or that could not be read back): kept in the file,
    // never written again by the console, never in the way of what follows.
    int setAside();
    // Counts again at the next pending() (another process may have added writes).
    void recount() { m_pending = -1; }
    // eventsAsStored: the snapshot's events were not read; they are taken from the store when written.
    bool addSnapshot(const OrgSnapshot &snapshot, SnapshotSource source, int requests, bool eventsAsStored);
    bool addNote(const QString &orgId, NoteKind kind, const QString &objectKey, const Note &note,
                 const std::optional<QDateTime> &expectedUpdatedAt); // nullopt: unchecked
    bool addRotation(const QString &orgId, const QString &oldKeyId, const std::optional<Rotation> &rotation);

    struct Replayed
    {
        int written = 0;
        QList<SnapshotInfo> snapshots; // as the store took them (late: overtaken meanwhile, kept as history)
        QList<NoteConflict> conflicts;
        QString error; // the store did not answer: the rest waits
        int setAside = 0; // refused twice while the store answered (refusal: the last reason)
        QString refusal;
    };
    // Writes what waits into the store, oldest first, each removed once the store has it; stops at the
    // first write the store does not take — unless storeAnswers() says the store answers: then that write
    // is tried once more and, refused again, set aside.
    Replayed replay(SnapshotStore &store, const std::function<bool()> &storeAnswers = {});
    const QString &error() const { return m_error; }

private:
    bool open(bool create);
    bool removeItem(qint64 id);
    bool setItemAside(qint64 id, const QString &reason);

    QString m_path;
    QString m_connection;
    bool m_open = false;
    int m_pending = -1; // not counted yet
    QString m_error;
};
