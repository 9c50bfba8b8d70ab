// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// apiaccess report: the hygiene report of the cached snapshot.
#include "CliShared.h"

#include "HygieneReport.h"
#include "SnapshotStore.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Cli {

int report(const QStringList &arguments)
{
    Common c;
    const QCommandLineOption stale(
        u"stale-days"_s, QCoreApplication::translate("cli", "A key unused this long is stale (90)."), u"N"_s,
        u"90"_s);
    const QCommandLineOption secretDays(
        u"secret-days"_s,
        QCoreApplication::translate("cli", "Report service-account secrets expiring within N days (14)."),
        u"N"_s, u"14"_s);
    const QCommandLineOption rotationDays(
        u"rotation-days"_s,
        QCoreApplication::translate(
            "cli", "A key older than N days (by its creation event) is due for rotation (90)."),
        u"N"_s, u"90"_s);
    const QCommandLineOption failOn(u"fail-on"_s,
                                    QCoreApplication::translate("cli",
                                                                "Exit 1 when a finding is at least "
                                                                "this severe: info, low, medium, high."),
                                    u"SEVERITY"_s);
    if (auto code
        = prepare(c, arguments, u"report"_s,
                  QCoreApplication::translate("cli", "The key-hygiene report of an organization."),
                  {stale, secretDays, rotationDays, failOn}, {Ok, Findings, Usage, CacheProblem, NotFound}))
        return *code;
    bool ok = false;
    HygieneOptions options;
    options.staleDays = c.parser.value(stale).toInt(&ok);
    if (!ok || options.staleDays < 1) {
        err(QCoreApplication::translate("cli", "--stale-days needs a whole number of days."));
        return Usage;
    }
    options.secretDays = c.parser.value(secretDays).toInt(&ok);
    if (!ok || options.secretDays < 1 || options.secretDays > 365) {
        err(QCoreApplication::translate("cli", "--secret-days needs a whole number of days from 1 to 365."));
        return Usage;
    }
    options.rotationDays = c.parser.value(rotationDays).toInt(&ok);
    if (!ok || options.rotationDays < 1 || options.rotationDays > 3650) {
        err(QCoreApplication::translate("cli",
                                        "--rotation-days needs a whole number of days from 1 to 3650."));
        return Usage;
    }
    // Rotations left open are reported from the same cache.
    if (c.cache && c.cache->db && !c.snapshot->isInstance())
        options.rotations = SnapshotStore(*c.cache->db).rotations(c.orgId);
    std::optional<Finding::Severity> threshold;
    if (c.parser.isSet(failOn)) {
        threshold = Finding::severityFromName(c.parser.value(failOn));
        if (!threshold) {
            err(QCoreApplication::translate("cli", "--fail-on takes info, low, medium or high."));
            return Usage;
        }
    }
    const QList<Finding> findings = hygieneReport(*c.snapshot, options);
    if (c.json) {
        QJsonArray array;
        for (const Finding &f : findings)
            array.append(f.toJson());
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{"orgId"_L1, c.orgId},
                                                        {"snapshot"_L1, snapshotJson(*c.snapshot)},
                                                        {"findings"_L1, array}})
                                  .toJson(QJsonDocument::Indented)));
    } else {
        for (const Finding &f : findings)
            out(u"%1  %2"_s.arg(Finding::severityName(f.severity).toUpper().leftJustified(6), f.message));
        if (findings.isEmpty())
            out(QCoreApplication::translate("cli", "No findings."));
    }
    if (threshold && std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) {
            return f.severity >= *threshold;
        }))
        return Findings;
    return Ok;
}

} // namespace Cli
