// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotDiff.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList result;
    for (const QString &x : a) {
        if (!b.contains(x))
            result.append(x);
    }
    return result;
}

QHash<QString, const AccessListEntry *> entriesByBlock(const QList<AccessListEntry> &list)
{
    QHash<QString, const AccessListEntry *> map;
    for (const auto &e : list)
        map.insert(e.cidrBlock, &e);
    return map;
}

// Entries added and removed, and the requests counted in between.
void compareEntries(const QList<AccessListEntry> &a, const QList<AccessListEntry> &b, KeyDiff &d)
{
    const auto entriesA = entriesByBlock(a);
    const auto entriesB = entriesByBlock(b);
    for (const auto &e : b) {
        const AccessListEntry *before = entriesA.value(e.cidrBlock);
        if (!before) {
            d.entriesAdded.append(e.displayValue());
            d.requests += e.count;
            if (e.count > 0 || e.lastUsed.isValid())
                ++d.entriesFirstUsed;
            continue;
        }
        d.requests += std::max<qint64>(0, e.count - before->count);
        if (before->neverUsed() && !e.neverUsed())
            ++d.entriesFirstUsed;
    }
    for (const auto &e : a) {
        if (!entriesB.contains(e.cidrBlock))
            d.entriesRemoved.append(e.displayValue());
    }
}

QString secretName(const ServiceAccountSecret &s)
{
    return s.maskedSecretValue.isEmpty() ? s.id : s.maskedSecretValue;
}

void compareAccounts(const ServiceAccountRecord &a, const ServiceAccountRecord &b, KeyDiff &d)
{
    d.previousDesc = a.account.name != b.account.name ? a.account.name : QString();
    d.rolesAdded = minus(b.account.roles, a.account.roles);
    d.rolesRemoved = minus(a.account.roles, b.account.roles);
    QSet<QString> idsA;
    for (const ServiceAccountSecret &s : a.account.secrets)
        idsA.insert(s.id);
    QSet<QString> idsB;
    for (const ServiceAccountSecret &s : b.account.secrets) {
        idsB.insert(s.id);
        if (!idsA.contains(s.id))
            d.secretsAdded.append(secretName(s));
    }
    for (const ServiceAccountSecret &s : a.account.secrets) {
        if (!idsB.contains(s.id))
            d.secretsRemoved.append(secretName(s));
    }
    d.listReadabilityChanged = a.accessListState.readable != b.accessListState.readable;
    compareEntries(a.accessList, b.accessList, d);
}

QList<KeyDiff> diffAccounts(const OrgSnapshot &from, const OrgSnapshot &to)
{
    QHash<QString, const ServiceAccountRecord *> before;
    for (const ServiceAccountRecord &a : from.serviceAccounts)
        before.insert(a.account.clientId, &a);
    QSet<QString> after;
    QList<KeyDiff> diffs;
    for (const ServiceAccountRecord &b : to.serviceAccounts) {
        after.insert(b.account.clientId);
        KeyDiff d;
        d.serviceAccount = true;
        d.keyId = d.publicKey = b.account.clientId;
        d.desc = b.account.name;
        if (const ServiceAccountRecord *a = before.value(b.account.clientId)) {
            compareAccounts(*a, b, d);
        } else {
            d.change = KeyDiff::Change::Added;
            d.rolesAdded = b.account.roles;
            for (const ServiceAccountSecret &s : b.account.secrets)
                d.secretsAdded.append(secretName(s));
            for (const auto &e : b.accessList)
                d.entriesAdded.append(e.displayValue());
        }
        if (d.hasStructuralChange() || d.requests > 0 || d.entriesFirstUsed > 0)
            diffs.append(d);
    }
    for (const ServiceAccountRecord &a : from.serviceAccounts) {
        if (after.contains(a.account.clientId))
            continue;
        KeyDiff d;
        d.change = KeyDiff::Change::Removed;
        d.serviceAccount = true;
        d.keyId = d.publicKey = a.account.clientId;
        d.desc = a.account.name;
        d.rolesRemoved = a.account.roles;
        for (const ServiceAccountSecret &s : a.account.secrets)
            d.secretsRemoved.append(secretName(s));
        for (const auto &e : a.accessList)
            d.entriesRemoved.append(e.displayValue());
        diffs.append(d);
    }
    return diffs;
}

void compareKeys(const KeyRecord *a, const KeyRecord *b, KeyDiff &d)
{
    d.previousDesc = a->key.desc != b->key.desc ? a->key.desc : QString();
    d.rolesAdded = minus(b->key.orgRoleNames(), a->key.orgRoleNames());
    d.rolesRemoved = minus(a->key.orgRoleNames(), b->key.orgRoleNames());
    const QStringList projectsA = a->key.projectIds();
    const QStringList projectsB = b->key.projectIds();
    d.projectsAssigned = minus(projectsB, projectsA);
    d.projectsUnassigned = minus(projectsA, projectsB);
    for (const QString &p : projectsB) {
        if (projectsA.contains(p)) {
            QStringList ra = a->key.projectRoleNames(p);
            QStringList rb = b->key.projectRoleNames(p);
            ra.sort();
            rb.sort();
            if (ra != rb)
                d.projectRolesChanged.append(p);
        }
    }
    d.listReadabilityChanged = a->accessListState.readable != b->accessListState.readable;
    compareEntries(a->accessList, b->accessList, d);
}

} // namespace

bool KeyDiff::hasStructuralChange() const
{
    return change != Change::Changed || !previousDesc.isEmpty() || !rolesAdded.isEmpty()
        || !rolesRemoved.isEmpty() || !entriesAdded.isEmpty() || !entriesRemoved.isEmpty()
        || !projectsAssigned.isEmpty() || !projectsUnassigned.isEmpty() || !projectRolesChanged.isEmpty()
        || !secretsAdded.isEmpty() || !secretsRemoved.isEmpty() || listReadabilityChanged;
}

bool SnapshotDiff::hasStructuralChange() const
{
    if (settingChanged || !projectsAdded.isEmpty() || !projectsRemoved.isEmpty()
        || !globalEntriesAdded.isEmpty() || !globalEntriesRemoved.isEmpty()
        || !globalEntriesDescribed.isEmpty())
        return true;
    const auto structural = [](const KeyDiff &k) { return k.hasStructuralChange(); };
    return std::any_of(keys.cbegin(), keys.cend(), structural)
        || std::any_of(accounts.cbegin(), accounts.cend(), structural);
}

SnapshotDiff diffSnapshots(const OrgSnapshot &from, const OrgSnapshot &to)
{
    SnapshotDiff diff;
    diff.fromId = from.id;
    diff.toId = to.id;
    diff.settingFrom = from.settings.requirement;
    diff.settingTo = to.settings.requirement;
    diff.settingChanged = diff.settingFrom != diff.settingTo;

    QSet<QString> projectsFrom;
    for (const auto &p : from.projects)
        projectsFrom.insert(p.id);
    QSet<QString> projectsTo;
    for (const auto &p : to.projects) {
        projectsTo.insert(p.id);
        if (!projectsFrom.contains(p.id))
            diff.projectsAdded.append(p.name);
    }
    for (const auto &p : from.projects) {
        if (!projectsTo.contains(p.id))
            diff.projectsRemoved.append(p.name);
    }

    for (const KeyRecord &b : to.keys) {
        KeyDiff d;
        d.keyId = b.key.id;
        d.publicKey = b.key.publicKey;
        d.desc = b.key.desc;
        const KeyRecord *a = from.findKey(b.key.id);
        if (!a) {
            d.change = KeyDiff::Change::Added;
            d.rolesAdded = b.key.orgRoleNames();
            d.projectsAssigned = b.key.projectIds();
            for (const auto &e : b.accessList)
                d.entriesAdded.append(e.displayValue());
        } else {
            d.change = KeyDiff::Change::Changed;
            compareKeys(a, &b, d);
        }
        diff.requests += d.requests;
        if (d.hasStructuralChange() || d.requests > 0 || d.entriesFirstUsed > 0)
            diff.keys.append(d);
    }
    for (const KeyRecord &a : from.keys) {
        if (to.findKey(a.key.id))
            continue;
        KeyDiff d;
        d.change = KeyDiff::Change::Removed;
        d.keyId = a.key.id;
        d.publicKey = a.key.publicKey;
        d.desc = a.key.desc;
        d.rolesRemoved = a.key.orgRoleNames();
        for (const auto &e : a.accessList)
            d.entriesRemoved.append(e.displayValue());
        diff.keys.append(d);
    }
    diff.accounts = diffAccounts(from, to);
    for (const KeyDiff &d : std::as_const(diff.accounts))
        diff.requests += d.requests;
    // The global access list, entry by entry (by ID).
    QHash<QString, const GlobalAccessEntry *> before;
    for (const GlobalAccessEntry &e : from.globalAccessList)
        before.insert(e.id, &e);
    for (const GlobalAccessEntry &e : to.globalAccessList) {
        const GlobalAccessEntry *old = before.take(e.id);
        if (!old)
            diff.globalEntriesAdded.append(u"%1 (%2)"_s.arg(e.displayValue(), e.description));
        else if (old->cidrBlock != e.cidrBlock) {
            diff.globalEntriesRemoved.append(u"%1 (%2)"_s.arg(old->displayValue(), old->description));
            diff.globalEntriesAdded.append(u"%1 (%2)"_s.arg(e.displayValue(), e.description));
        } else if (old->description != e.description)
            diff.globalEntriesDescribed.append(
                u"%1: %2 → %3"_s.arg(e.displayValue(), old->description, e.description));
    }
    for (const GlobalAccessEntry *old : std::as_const(before))
        diff.globalEntriesRemoved.append(u"%1 (%2)"_s.arg(old->displayValue(), old->description));
    diff.globalEntriesRemoved.sort();
    return diff;
}
