// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddressCheck.h"

#include <QCoreApplication>

namespace {

void decide(AddressCheckRow &row, const QList<AccessListEntry> &entries, const Readability &state,
            const OrgSnapshot &snapshot, const QHostAddress &address)
{
    row.listReadable = state.readable;
    if (!state.readable) {
        row.verdict = AccessDecision::Verdict::Uncertain;
        row.explanation = row.serviceAccount
            ? QCoreApplication::translate(
                  "AddressCheck", "Unknown: the service account's access list could not be read (%1).")
                  .arg(state.reason)
            : QCoreApplication::translate("AddressCheck",
                                          "Unknown: the key's whitelist could not be "
                                          "read (%1).")
                  .arg(state.reason);
        return;
    }
    AccessQuery query;
    for (const auto &e : entries)
        query.entries.append(e.block());
    query.requirement = snapshot.settings.requirement;
    query.caller = address;
    const AccessDecision decision = decideAccess(query);
    row.verdict = decision.verdict;
    row.errorCode = decision.errorCode;
    row.matchedEntry
        = decision.matchedEntry >= 0 ? query.entries.at(decision.matchedEntry).toString() : QString();
    row.explanation = row.serviceAccount ? decision.accountExplanation(address, query.entries)
                                         : decision.explanation(address, query.entries);
}

} // namespace

QList<AddressCheckRow> checkAddress(const OrgSnapshot &snapshot, const QHostAddress &address)
{
    QList<AddressCheckRow> rows;
    rows.reserve(snapshot.keys.size() + snapshot.serviceAccounts.size());
    for (const KeyRecord &k : snapshot.keys) {
        AddressCheckRow row;
        row.keyId = k.key.id;
        row.publicKey = k.key.publicKey;
        row.desc = k.key.desc;
        decide(row, k.accessList, k.accessListState, snapshot, address);
        rows.append(row);
    }
    for (const ServiceAccountRecord &a : snapshot.serviceAccounts) {
        AddressCheckRow row;
        row.serviceAccount = true;
        row.keyId = a.account.clientId;
        row.publicKey = a.account.clientId;
        row.desc = a.account.name;
        decide(row, a.accessList, a.accessListState, snapshot, address);
        rows.append(row);
    }
    return rows;
}
