// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddressCheck.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

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

// A global key of Ops Manager's instance: the global access list decides, for every global key alike.
void decideGlobal(AddressCheckRow &row, const OrgSnapshot &instance, const QHostAddress &address)
{
    row.listReadable = instance.globalAccessListState.readable;
    if (!row.listReadable) {
        row.verdict = AccessDecision::Verdict::Uncertain;
        row.explanation = QCoreApplication::translate(
                              "AddressCheck", "Unknown: the global access list could not be read (%1).")
                              .arg(instance.globalAccessListState.reason);
        return;
    }
    const qsizetype at = globalEntryCovering(instance.globalAccessList, address);
    if (at >= 0) {
        const GlobalAccessEntry &e = instance.globalAccessList.at(at);
        row.verdict = AccessDecision::Verdict::Allowed;
        row.matchedEntry = e.displayValue();
        row.explanation = QCoreApplication::translate(
                              "AddressCheck", "Allowed: the global access list entry %1 (%2) covers %3.")
                              .arg(e.displayValue(), e.description, address.toString());
        return;
    }
    row.verdict = AccessDecision::Verdict::Denied;
    row.errorCode = u"IP_ADDRESS_NOT_ON_ACCESS_LIST"_s;
    row.explanation = instance.globalAccessList.isEmpty()
        ? QCoreApplication::translate(
            "AddressCheck",
            "Denied: the global access list is empty (Ops Manager's documentation does "
            "not say whether an empty list admits none or any; this console assumes "
            "none).")
        : QCoreApplication::translate("AddressCheck",
                                      "Denied: none of the global access list's %n entry(ies) covers %1.",
                                      nullptr, int(instance.globalAccessList.size()))
              .arg(address.toString());
}

} // namespace

QList<AddressCheckRow> checkAddress(const OrgSnapshot &snapshot, const QHostAddress &address)
{
    QList<AddressCheckRow> rows;
    if (snapshot.isInstance()) {
        for (const KeyRecord &k : snapshot.keys) {
            AddressCheckRow row;
            row.keyId = k.key.id;
            row.publicKey = k.key.publicKey;
            row.desc = k.key.desc;
            decideGlobal(row, snapshot, address);
            rows.append(row);
        }
        return rows;
    }
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
