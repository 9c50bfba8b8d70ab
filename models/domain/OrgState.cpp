// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrgState.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

QString noteKindName(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Key:
        return u"key"_s;
    case NoteKind::Entry:
        return u"entry"_s;
    }
    return u"key"_s;
}

QString snapshotSourceName(SnapshotSource source)
{
    switch (source) {
    case SnapshotSource::Sync:
        return u"sync"_s;
    case SnapshotSource::Change:
        return u"change"_s;
    case SnapshotSource::IncrementalSync:
        return u"incremental"_s;
    }
    return u"sync"_s;
}

SnapshotSource snapshotSourceFromName(const QString &name)
{
    for (SnapshotSource s : {SnapshotSource::Change, SnapshotSource::IncrementalSync}) {
        if (name == snapshotSourceName(s))
            return s;
    }
    return SnapshotSource::Sync;
}

QString ObjectId::token() const
{
    switch (kind) {
    case Kind::Setting:
        return u"setting"_s;
    case Kind::Key:
        return u"key:"_s + keyId;
    case Kind::ServiceAccount:
        return u"account:"_s + keyId;
    case Kind::GlobalAccessList:
        return u"globalAccessList"_s;
    }
    return {};
}

namespace OrgMerge {

void replaceKey(OrgSnapshot &snapshot, const QString &keyId, const std::optional<KeyRecord> &record)
{
    snapshot.keys.removeIf([&](const KeyRecord &k) { return k.key.id == keyId; });
    if (!record)
        return;
    const auto at = std::lower_bound(snapshot.keys.begin(), snapshot.keys.end(), record->key.id,
                                     [](const KeyRecord &k, const QString &id) { return k.key.id < id; });
    snapshot.keys.insert(at, *record);
}

void replaceAccount(OrgSnapshot &snapshot, const QString &clientId,
                    const std::optional<ServiceAccountRecord> &record)
{
    auto &list = snapshot.serviceAccounts;
    const auto at = std::find_if(list.begin(), list.end(), [&](const ServiceAccountRecord &r) {
        return r.account.clientId == clientId;
    });
    if (!record) {
        if (at != list.end())
            list.erase(at);
    } else if (at != list.end()) {
        *at = *record;
    } else {
        list.append(*record);
    }
}

OrgSnapshot syncResult(const OrgState &current, const OrgSnapshot &read, quint64 readStartedAt)
{
    OrgSnapshot merged = read;
    merged.id = 0;
    const auto touchedSince
        = [&](const ObjectId &object) { return current.changedAt.value(object.token(), 0) > readStartedAt; };
    if (touchedSince(ObjectId::setting()))
        merged.settings = current.snapshot.settings;
    if (touchedSince(ObjectId::globalAccessList())) {
        merged.globalAccessList = current.snapshot.globalAccessList;
        merged.globalAccessListState = current.snapshot.globalAccessListState;
    }
    // Keys: every key a later change touched takes its current value, or stays away when it was deleted.
    QSet<QString> touched;
    for (auto it = current.changedAt.cbegin(); it != current.changedAt.cend(); ++it) {
        if (it.value() <= readStartedAt)
            continue;
        if (it.key().startsWith("key:"_L1))
            touched.insert(it.key().mid(4));
        // A service account changed here after the read began keeps the value the change left.
        if (it.key().startsWith("account:"_L1) && read.serviceAccountsState.readable) {
            const QString clientId = it.key().mid(8);
            const auto now = std::find_if(
                current.snapshot.serviceAccounts.cbegin(), current.snapshot.serviceAccounts.cend(),
                [&](const ServiceAccountRecord &r) { return r.account.clientId == clientId; });
            replaceAccount(merged, clientId,
                           now != current.snapshot.serviceAccounts.cend() ? std::optional(*now)
                                                                          : std::nullopt);
        }
    }
    if (touched.isEmpty())
        return merged;
    for (const QString &keyId : touched) {
        const KeyRecord *now = current.snapshot.findKey(keyId);
        replaceKey(merged, keyId, now ? std::optional<KeyRecord>(*now) : std::nullopt);
    }
    return merged;
}

} // namespace OrgMerge
