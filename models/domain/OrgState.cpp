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
    return kind == Kind::Setting ? u"setting"_s : u"key:"_s + keyId;
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

OrgSnapshot syncResult(const OrgState &current, const OrgSnapshot &read, quint64 readStartedAt)
{
    OrgSnapshot merged = read;
    merged.id = 0;
    const auto touchedSince
        = [&](const ObjectId &object) { return current.changedAt.value(object.token(), 0) > readStartedAt; };
    if (touchedSince(ObjectId::setting()))
        merged.settings = current.snapshot.settings;
    // Keys: every key a later change touched takes its current value, or stays away when it was deleted.
    QSet<QString> touched;
    for (auto it = current.changedAt.cbegin(); it != current.changedAt.cend(); ++it) {
        if (it.value() > readStartedAt && it.key().startsWith("key:"_L1))
            touched.insert(it.key().mid(4));
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
