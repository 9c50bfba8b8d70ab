// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// apiaccess snapshots: the stored snapshots of an organization.
#include "CliShared.h"

#include <algorithm>

#include "SnapshotDiff.h"
#include "SnapshotStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Cli {

int snapshots(const QStringList &arguments)
{
    Common c;
    if (auto code = prepare(c, arguments, u"snapshots"_s,
                            QCoreApplication::translate("cli",
                                                        "The stored snapshots of an organization, oldest "
                                                        "first, with what changed since the one before: the "
                                                        "IDs diff --from/--to and export --snapshot take."),
                            {}, {Ok, Usage, CacheProblem, NotFound}))
        return *code;
    SnapshotStore store(*c.cache->db);
    const QList<SnapshotInfo> history = store.history(c.orgId);
    QJsonArray array;
    std::optional<OrgSnapshot> previous;
    for (const SnapshotInfo &info : history) {
        const std::optional<OrgSnapshot> current = store.load(c.orgId, info.id);
        QString summary;
        if (current && previous) {
            const SnapshotDiff d = diffSnapshots(*previous, *current);
            int added = 0;
            int removed = 0;
            int changed = 0;
            for (const KeyDiff &k : d.keys) {
                if (!k.hasStructuralChange())
                    continue;
                added += k.change == KeyDiff::Change::Added;
                removed += k.change == KeyDiff::Change::Removed;
                changed += k.change == KeyDiff::Change::Changed;
            }
            const int accounts = int(std::count_if(d.accounts.cbegin(), d.accounts.cend(),
                                                   [](const KeyDiff &a) { return a.hasStructuralChange(); }));
            QStringList parts;
            if (d.settingChanged)
                parts << QCoreApplication::translate("cli", "setting %1 → %2")
                             .arg(OrgSettings::requirementText(d.settingFrom),
                                  OrgSettings::requirementText(d.settingTo));
            if (added)
                parts << QCoreApplication::translate("cli", "%n key(s) added", nullptr, added);
            if (removed)
                parts << QCoreApplication::translate("cli", "%n key(s) removed", nullptr, removed);
            if (changed)
                parts << QCoreApplication::translate("cli", "%n key(s) changed", nullptr, changed);
            if (accounts)
                parts << QCoreApplication::translate("cli", "%n service account(s) added, removed or changed",
                                                     nullptr, accounts);
            summary = parts.isEmpty() ? QCoreApplication::translate("cli", "no change") : parts.join(u", "_s);
        } else {
            summary = QCoreApplication::translate("cli", "first kept");
        }
        previous = current;
        const QString source = snapshotSourceName(info.source);
        if (c.json) {
            QJsonObject o{{"id"_L1, info.id},
                          {"takenAt"_L1, isoDate(info.takenAt)},
                          {"source"_L1, source},
                          {"requests"_L1, info.requests},
                          {"summary"_L1, summary}};
            // Later syncs that found the same stored no snapshot of their own; the last of them.
            o.insert("checkedAt"_L1,
                     info.checkedAt.isValid() ? QJsonValue(isoDate(info.checkedAt)) : QJsonValue());
            array.append(o);
            continue;
        }
        if (info.checkedAt.isValid())
            summary = QCoreApplication::translate("cli", "%1; unchanged until %2")
                          .arg(summary, isoDate(info.checkedAt));
        out(u"%1  %2  %3  %4"_s.arg(QString::number(info.id).rightJustified(6), isoDate(info.takenAt),
                                    source.leftJustified(6), summary));
    }
    if (c.json)
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{"orgId"_L1, c.orgId}, {"snapshots"_L1, array}})
                                  .toJson(QJsonDocument::Indented)));
    return Ok;
}

} // namespace Cli
