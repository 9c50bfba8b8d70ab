// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddressCheck.h"

#include <QCoreApplication>

QList<AddressCheckRow> checkAddress(const OrgSnapshot &snapshot, const QHostAddress &address)
{
    QList<AddressCheckRow> rows;
    rows.reserve(snapshot.keys.size());
    for (const KeyRecord &k : snapshot.keys) {
        AddressCheckRow row;
        row.keyId = k.key.id;
        row.publicKey = k.key.publicKey;
        row.desc = k.key.desc;
        row.listReadable = k.accessListState.readable;
        if (!k.accessListState.readable) {
            row.verdict = AccessDecision::Verdict::Uncertain;
            row.explanation = QCoreApplication::translate("AddressCheck",
                                                          "Unknown: the key's whitelist could not be "
                                                          "read (%1).")
                                  .arg(k.accessListState.reason);
            rows.append(row);
            continue;
        }
        AccessQuery query;
        for (const auto &e : k.accessList)
            query.entries.append(e.block());
        query.requirement = snapshot.settings.requirement;
        query.caller = address;
        const AccessDecision decision = decideAccess(query);
        row.verdict = decision.verdict;
        row.errorCode = decision.errorCode;
        row.matchedEntry
            = decision.matchedEntry >= 0 ? query.entries.at(decision.matchedEntry).toString() : QString();
        row.explanation = decision.explanation(address, query.entries);
        rows.append(row);
    }
    return rows;
}
