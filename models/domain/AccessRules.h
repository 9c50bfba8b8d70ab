// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErrorCodes.h"
#include "IpBlock.h"

#include <QCoreApplication>
#include <QList>

// Whether the organization requires every API key to have a whitelist.
enum class WhitelistRequirement { Required, NotRequired, Unknown };

// The seed semantics ("Configure API Access"):
// - a key with a non-empty whitelist may call only from a listed address;
// - an empty whitelist allows every endpoint except those that explicitly require a whitelist;
// - when the organization requires a whitelist, a key can do nothing until it has an entry.
struct AccessDecision
{
    Q_DECLARE_TR_FUNCTIONS(AccessDecision)
public:
    enum class Verdict { Allowed, Denied, Uncertain };
    enum class Reason {
        CoveredByEntry, // allowed: an entry covers the address
        NotCovered, // denied: the list is not empty and nothing covers the address
        EmptyListOpen, // allowed: empty list, no requirement
        OrgRequiresList, // denied: empty list, the organization requires one
        ResourceRequiresList, // denied: empty list, this endpoint requires one
        DependsOnOrgSetting, // uncertain: empty list, the organization's requirement is unknown
    };

    Verdict verdict = Verdict::Denied;
    Reason reason = Reason::NotCovered;
    int matchedEntry = -1; // index of the entry that allowed the call, -1 when none
    QString errorCode; // the server's code when denied (or denied if the org requires a list)

    bool allowed() const { return verdict == Verdict::Allowed; }
    // A sentence in plain words, naming the address and the matched entry.
    QString explanation(const QHostAddress &caller, const QList<IpBlock> &entries) const;
    // The same for a service account, whose list is its "access list" (Cloud Manager and Atlas name it so).
    QString accountExplanation(const QHostAddress &caller, const QList<IpBlock> &entries) const;
};

struct AccessQuery
{
    QList<IpBlock> entries;
    WhitelistRequirement requirement = WhitelistRequirement::Unknown;
    QHostAddress caller;
    bool resourceRequiresList = false;
    ErrorCodes::Naming naming = ErrorCodes::Naming::AccessList;
};

AccessDecision decideAccess(const AccessQuery &query);

// The most specific entry that covers the address (longest prefix, first on ties), or -1.
int matchingEntry(const QList<IpBlock> &entries, const QHostAddress &address);
