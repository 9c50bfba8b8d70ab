// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgSnapshot.h"

#include <QStringList>

// What changed in an organization between two snapshots, grouped by key (and by service account: then
// keyId and publicKey hold its client ID, desc its name).
struct KeyDiff
{
    enum class Change { Added, Removed, Changed };

    Change change = Change::Changed;
    bool serviceAccount = false;
    QString keyId;
    QString publicKey;
    QString desc; // the newer description (the older one for a removed key)
    QString previousDesc; // set when the description changed
    QStringList rolesAdded; // organization roles
    QStringList rolesRemoved;
    QStringList entriesAdded; // display values
    QStringList entriesRemoved;
    QStringList projectsAssigned; // project ids
    QStringList projectsUnassigned;
    QStringList projectRolesChanged; // project ids whose roles changed
    QStringList secretsAdded; // a service account's secrets, by their masked value
    QStringList secretsRemoved;
    qint64 requests = 0; // requests counted on its entries between the two snapshots
    int entriesFirstUsed = 0; // entries that had never been used before
    bool listReadabilityChanged = false;

    bool hasStructuralChange() const;
};

struct SnapshotDiff
{
    qint64 fromId = 0;
    qint64 toId = 0;
    bool settingChanged = false;
    WhitelistRequirement settingFrom = WhitelistRequirement::Unknown;
    WhitelistRequirement settingTo = WhitelistRequirement::Unknown;
    QStringList projectsAdded; // names
    QStringList projectsRemoved; // names
    QList<KeyDiff> keys; // keys with a structural change or usage, in key order
    QList<KeyDiff> accounts; // the same for service accounts, in the newer snapshot's order
    // Ops Manager's instance: global access list entries added or removed ("10.0.0.0/8 (Office VPN)"), and
    // those whose description changed ("10.0.0.0/8: Office → Office VPN").
    QStringList globalEntriesAdded;
    QStringList globalEntriesRemoved;
    QStringList globalEntriesDescribed;
    qint64 requests = 0; // all requests counted between the two snapshots

    bool hasStructuralChange() const;
};

SnapshotDiff diffSnapshots(const OrgSnapshot &from, const OrgSnapshot &to);
