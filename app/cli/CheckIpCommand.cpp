// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// apiaccess check-ip: who may call from an address, by the cached snapshot.
#include "CliShared.h"

#include "AddressCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Cli {

int checkIp(const QStringList &arguments)
{
    Common c;
    if (auto code = prepare(c, arguments, u"check-ip"_s,
                            QCoreApplication::translate("cli", "Which API keys may call from ADDRESS."), {},
                            {Ok, Usage, CacheProblem, NotFound}, true, u"ADDRESS"_s))
        return *code;
    const QStringList positional = c.parser.positionalArguments();
    if (positional.size() != 1) {
        err(QCoreApplication::translate("cli", "Give exactly one address."));
        return Usage;
    }
    const IpParseResult parsed = IpBlock::parse(positional.first());
    if (!parsed.ok() || !parsed.block->isSingleAddress()) {
        err(u"check-ip: "_s
            + (parsed.ok() ? QCoreApplication::translate("cli", "Give one address, not a block.")
                           : parsed.message));
        return Usage;
    }
    const QHostAddress address = parsed.block->network();
    const QList<AddressCheckRow> rows = checkAddress(*c.snapshot, address);
    if (c.json) {
        QJsonArray keys;
        QJsonArray accounts;
        for (const AddressCheckRow &r : rows) {
            QJsonObject who = r.serviceAccount
                ? QJsonObject{{"clientId"_L1, r.keyId}, {"name"_L1, r.desc}}
                : QJsonObject{{"id"_L1, r.keyId}, {"publicKey"_L1, r.publicKey}, {"desc"_L1, r.desc}};
            const QJsonObject verdict{
                {"allowed"_L1,
                 r.verdict == AccessDecision::Verdict::Uncertain
                     ? QJsonValue(QJsonValue::Null)
                     : QJsonValue(r.verdict == AccessDecision::Verdict::Allowed)},
                {"verdict"_L1, verdictName(r.verdict)},
                {"matchedEntry"_L1,
                 r.matchedEntry.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.matchedEntry)},
                {"errorCode"_L1,
                 r.errorCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.errorCode)},
                {"explanation"_L1, r.explanation}};
            for (auto it = verdict.begin(); it != verdict.end(); ++it)
                who.insert(it.key(), it.value());
            (r.serviceAccount ? accounts : keys).append(who);
        }
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{"orgId"_L1, c.orgId},
                                                        {"address"_L1, address.toString()},
                                                        {"snapshot"_L1, snapshotJson(*c.snapshot)},
                                                        {"keys"_L1, keys},
                                                        {"serviceAccounts"_L1, accounts}})
                                  .toJson(QJsonDocument::Indented)));
        return Ok;
    }
    out(QCoreApplication::translate("cli", "%1 in %2 (cached %3):")
            .arg(address.toString(), c.snapshot->organization.name,
                 c.snapshot->takenAt.toLocalTime().toString(Qt::ISODate)));
    for (const AddressCheckRow &r : rows)
        out(u"%1  %2  %3 — %4"_s.arg(
            verdictName(r.verdict).toUpper().leftJustified(7), r.publicKey,
            r.serviceAccount ? QCoreApplication::translate("cli", "%1 (service account)").arg(r.desc)
                             : r.desc,
            r.explanation));
    return Ok;
}

} // namespace Cli
