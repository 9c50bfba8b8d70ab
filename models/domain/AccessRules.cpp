// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessRules.h"

int matchingEntry(const QList<IpBlock> &entries, const QHostAddress &address)
{
    int best = -1;
    for (int i = 0; i < entries.size(); ++i) {
        if (entries[i].contains(address)
            && (best < 0 || entries[i].prefixLength() > entries[best].prefixLength()))
            best = i;
    }
    return best;
}

QString AccessDecision::accountExplanation(const QHostAddress &caller, const QList<IpBlock> &entries) const
{
    const QString address = IpBlock::unmapped(caller).toString();
    switch (reason) {
    case Reason::CoveredByEntry:
        return tr("Allowed: %1 is covered by the access-list entry %2.")
            .arg(address, entries.value(matchedEntry).toString());
    case Reason::NotCovered:
        return tr("Denied: %2 is not covered by any of the service account's %n access-list entries (the "
                  "server answers %1 when a token is used from there).",
                  nullptr, int(entries.size()))
            .arg(errorCode, address);
    case Reason::EmptyListOpen:
        return tr(
            "Allowed: the service account has no access list and the organization does not require one, "
            "so its tokens work from any address.");
    case Reason::OrgRequiresList:
        return tr("Denied: the organization requires an access list and this service account has none, so "
                  "its tokens work from no address (the server answers %1).")
            .arg(errorCode);
    case Reason::ResourceRequiresList:
        return tr("Denied: this endpoint requires the service account to have an access list, and it has "
                  "none (the server answers %1).")
            .arg(errorCode);
    case Reason::DependsOnOrgSetting:
        return tr("Unknown: the service account has no access list, so any address is allowed unless the "
                  "organization requires one. The organization setting could not be read (if it is on, the "
                  "server answers %1).")
            .arg(errorCode);
    }
    return {};
}

AccessDecision decideAccess(const AccessQuery &query)
{
    using Verdict = AccessDecision::Verdict;
    using Reason = AccessDecision::Reason;
    AccessDecision decision;
    if (!query.entries.isEmpty()) {
        decision.matchedEntry = matchingEntry(query.entries, query.caller);
        if (decision.matchedEntry >= 0) {
            decision.verdict = Verdict::Allowed;
            decision.reason = Reason::CoveredByEntry;
        } else {
            decision.verdict = Verdict::Denied;
            decision.reason = Reason::NotCovered;
            decision.errorCode = ErrorCodes::ipNotOnList(query.naming);
        }
        return decision;
    }
    switch (query.requirement) {
    case WhitelistRequirement::Required:
        decision.verdict = Verdict::Denied;
        decision.reason = Reason::OrgRequiresList;
        decision.errorCode = ErrorCodes::orgRequiresList(query.naming);
        return decision;
    case WhitelistRequirement::Unknown:
        if (!query.resourceRequiresList) {
            decision.verdict = Verdict::Uncertain;
            decision.reason = Reason::DependsOnOrgSetting;
            decision.errorCode = ErrorCodes::orgRequiresList(query.naming);
            return decision;
        }
        break;
    case WhitelistRequirement::NotRequired:
        break;
    }
    if (query.resourceRequiresList) {
        decision.verdict = Verdict::Denied;
        decision.reason = Reason::ResourceRequiresList;
        decision.errorCode = ErrorCodes::resourceRequiresList(query.naming);
        return decision;
    }
    decision.verdict = Verdict::Allowed;
    decision.reason = Reason::EmptyListOpen;
    return decision;
}

QString AccessDecision::explanation(const QHostAddress &caller, const QList<IpBlock> &entries) const
{
    const QString address = IpBlock::unmapped(caller).toString();
    switch (reason) {
    case Reason::CoveredByEntry:
        return tr("Allowed: %1 is covered by the whitelist entry %2.")
            .arg(address, entries.value(matchedEntry).toString());
    case Reason::NotCovered:
        return tr("Denied: %2 is not covered by any of the key's %n whitelist entries (the server answers "
                  "%1).",
                  nullptr, int(entries.size()))
            .arg(errorCode, address);
    case Reason::EmptyListOpen:
        return tr("Allowed: the key has no whitelist and the organization does not require one, so any "
                  "address may call it.");
    case Reason::OrgRequiresList:
        return tr("Denied: the organization requires a whitelist and this key has none, so it cannot call "
                  "the API from any address (the server answers %1).")
            .arg(errorCode);
    case Reason::ResourceRequiresList:
        return tr("Denied: this endpoint requires the key to have a whitelist, and it has none (the server "
                  "answers %1).")
            .arg(errorCode);
    case Reason::DependsOnOrgSetting:
        return tr("Unknown: the key has no whitelist, so any address is allowed unless the organization "
                  "requires a whitelist. The organization setting could not be read (if it is on, the server "
                  "answers %1).")
            .arg(errorCode);
    }
    return {};
}
