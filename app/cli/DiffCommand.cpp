// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// apiaccess diff: what changed between two cached snapshots.
#include "CliShared.h"

#include "SnapshotDiff.h"
#include "SnapshotStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Cli {

int diff(const QStringList &arguments)
{
    Common c;
    const QCommandLineOption from(
        u"from"_s, QCoreApplication::translate("cli", "The older snapshot (default: the one before --to)."),
        u"SNAPSHOT"_s);
    const QCommandLineOption to(
        u"to"_s, QCoreApplication::translate("cli", "The newer snapshot (default: the latest)."),
        u"SNAPSHOT"_s);
    if (auto code = prepare(c, arguments, u"diff"_s,
                            QCoreApplication::translate("cli",
                                                        "What changed between two snapshots (apiaccess "
                                                        "snapshots lists them)."),
                            {from, to}, {Ok, Usage, CacheProblem, NotFound}))
        return *code;
    SnapshotStore store(*c.cache->db);
    const auto history = store.history(c.orgId);
    qint64 toId = c.parser.isSet(to) ? c.parser.value(to).toLongLong() : history.last().id;
    qint64 fromId = 0;
    if (c.parser.isSet(from)) {
        fromId = c.parser.value(from).toLongLong();
    } else {
        for (const auto &info : history) {
            if (info.id < toId)
                fromId = info.id;
        }
    }
    const auto older = store.load(c.orgId, fromId);
    const auto newer = store.load(c.orgId, toId);
    if (!older || !newer) {
        err(QCoreApplication::translate(
                "cli",
                "No such snapshot of %1 (%n snapshot(s) kept: apiaccess snapshots --org "
                "%1 lists them).",
                nullptr, int(history.size()))
                .arg(c.orgId));
        return NotFound;
    }
    const SnapshotDiff d = diffSnapshots(*older, *newer);
    const auto changeName = [](const KeyDiff &k) {
        return k.change == KeyDiff::Change::Added  ? u"added"_s
            : k.change == KeyDiff::Change::Removed ? u"removed"_s
                                                   : u"changed"_s;
    };
    if (c.json) {
        QJsonArray accounts;
        for (const KeyDiff &a : d.accounts)
            accounts.append(QJsonObject{{"clientId"_L1, a.keyId},
                                        {"name"_L1, a.desc},
                                        {"change"_L1, changeName(a)},
                                        {"previousName"_L1, a.previousDesc},
                                        {"rolesAdded"_L1, QJsonArray::fromStringList(a.rolesAdded)},
                                        {"rolesRemoved"_L1, QJsonArray::fromStringList(a.rolesRemoved)},
                                        {"secretsAdded"_L1, QJsonArray::fromStringList(a.secretsAdded)},
                                        {"secretsRemoved"_L1, QJsonArray::fromStringList(a.secretsRemoved)},
                                        {"entriesAdded"_L1, QJsonArray::fromStringList(a.entriesAdded)},
                                        {"entriesRemoved"_L1, QJsonArray::fromStringList(a.entriesRemoved)},
                                        {"requests"_L1, a.requests}});
        QJsonArray keys;
        for (const KeyDiff &k : d.keys) {
            keys.append(
                QJsonObject{{"id"_L1, k.keyId},
                            {"publicKey"_L1, k.publicKey},
                            {"desc"_L1, k.desc},
                            {"change"_L1, changeName(k)},
                            {"previousDesc"_L1, k.previousDesc},
                            {"rolesAdded"_L1, QJsonArray::fromStringList(k.rolesAdded)},
                            {"rolesRemoved"_L1, QJsonArray::fromStringList(k.rolesRemoved)},
                            {"entriesAdded"_L1, QJsonArray::fromStringList(k.entriesAdded)},
                            {"entriesRemoved"_L1, QJsonArray::fromStringList(k.entriesRemoved)},
                            {"projectsAssigned"_L1, QJsonArray::fromStringList(k.projectsAssigned)},
                            {"projectsUnassigned"_L1, QJsonArray::fromStringList(k.projectsUnassigned)},
                            {"requests"_L1, k.requests}});
        }
        QJsonObject root{{"orgId"_L1, c.orgId},
                         {"from"_L1, snapshotJson(*older)},
                         {"to"_L1, snapshotJson(*newer)},
                         {"settingChanged"_L1, d.settingChanged},
                         {"keys"_L1, keys},
                         {"serviceAccounts"_L1, accounts}};
        if (newer->isInstance())
            root.insert("globalAccessList"_L1,
                        QJsonObject{{"added"_L1, QJsonArray::fromStringList(d.globalEntriesAdded)},
                                    {"removed"_L1, QJsonArray::fromStringList(d.globalEntriesRemoved)},
                                    {"described"_L1, QJsonArray::fromStringList(d.globalEntriesDescribed)}});
        out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    out(QCoreApplication::translate("cli", "Changes in %1 from snapshot %2 to %3:")
            .arg(newer->organization.name)
            .arg(fromId)
            .arg(toId));
    if (d.settingChanged)
        out(QCoreApplication::translate("cli", "  Require IP Whitelist for Public API: %1 → %2.")
                .arg(OrgSettings::requirementText(d.settingFrom), OrgSettings::requirementText(d.settingTo)));
    for (const QString &e : d.globalEntriesAdded)
        out(u"+ "_s + QCoreApplication::translate("cli", "global access list entry %1").arg(e));
    for (const QString &e : d.globalEntriesRemoved)
        out(u"- "_s + QCoreApplication::translate("cli", "global access list entry %1").arg(e));
    for (const QString &e : d.globalEntriesDescribed)
        out(u"~ "_s + QCoreApplication::translate("cli", "global access list entry %1").arg(e));
    // A key or an account: its heading, then one line for each thing that changed (a list with nothing
    // in it prints nothing, so a key's secrets and an account's projects never show).
    QList<KeyDiff> changed = d.keys;
    changed += d.accounts;
    for (const KeyDiff &k : std::as_const(changed)) {
        const QString head = k.change == KeyDiff::Change::Added ? u"+ "_s
            : k.change == KeyDiff::Change::Removed              ? u"- "_s
                                                                : u"~ "_s;
        out(head
            + (k.serviceAccount
                   ? QCoreApplication::translate("cli", "service account %1 (%2)").arg(k.desc, k.keyId)
                   : k.desc + u" ("_s + k.publicKey + u')'));
        if (!k.previousDesc.isEmpty())
            out((k.serviceAccount ? u"    name: "_s : u"    description: "_s) + k.previousDesc + u" → "_s
                + k.desc);
        const auto lines = [](const QStringList &items, const QString &prefix) {
            for (const QString &item : items)
                out(prefix + item);
        };
        lines(k.rolesAdded, u"    + role "_s);
        lines(k.rolesRemoved, u"    - role "_s);
        lines(k.secretsAdded, u"    + secret "_s);
        lines(k.secretsRemoved, u"    - secret "_s);
        lines(k.entriesAdded, u"    + "_s);
        lines(k.entriesRemoved, u"    - "_s);
        lines(k.projectsAssigned, u"    + project "_s);
        lines(k.projectsUnassigned, u"    - project "_s);
        if (k.requests > 0)
            out(QCoreApplication::translate("cli", "    %n request(s) counted", nullptr, int(k.requests)));
    }
    if (!d.hasStructuralChange())
        out(QCoreApplication::translate("cli", "  No change to keys, roles, whitelists or the setting."));
    return Ok;
}

} // namespace Cli
