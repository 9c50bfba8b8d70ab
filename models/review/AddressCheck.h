// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessRules.h"
#include "OrgSnapshot.h"

// "Who can call from this address?": for every key and every service account of an organization,
// allowed or denied, the entry that matched, and the reason with the server's own error code — under the
// organization's requirement.
struct AddressCheckRow
{
    bool serviceAccount = false; // then keyId and publicKey hold its client ID, desc its name
    QString keyId;
    QString publicKey;
    QString desc;
    AccessDecision::Verdict verdict = AccessDecision::Verdict::Denied;
    QString matchedEntry; // display value of the entry that allowed it
    QString errorCode; // the server's code when denied (or when it depends on the setting)
    QString explanation;
    bool listReadable = true;
};

// The keys first (in the snapshot's order), then the service accounts. For Ops Manager's instance, its global
// keys, each decided by the global access list (an empty list is taken to admit none: UNCERTAIN).
QList<AddressCheckRow> checkAddress(const OrgSnapshot &snapshot, const QHostAddress &address);
