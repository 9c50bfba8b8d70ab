// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrgSnapshot.h"

const KeyRecord *OrgSnapshot::findKey(const QString &keyId) const
{
    for (const auto &k : keys) {
        if (k.key.id == keyId)
            return &k;
    }
    return nullptr;
}

KeyRecord *OrgSnapshot::findKey(const QString &keyId)
{
    for (auto &k : keys) {
        if (k.key.id == keyId)
            return &k;
    }
    return nullptr;
}

QList<const KeyRecord *> OrgSnapshot::projectKeys(const QString &projectId) const
{
    QList<const KeyRecord *> result;
    for (const auto &k : keys) {
        if (!k.key.projectRoleNames(projectId).isEmpty())
            result.append(&k);
    }
    return result;
}

QList<const KeyRecord *> OrgSnapshot::keysMatching(const QString &input) const
{
    const QString text = input.trimmed();
    QList<const KeyRecord *> exact;
    QList<const KeyRecord *> described;
    if (text.isEmpty())
        return exact;
    for (const auto &k : keys) {
        if (k.key.id.compare(text, Qt::CaseInsensitive) == 0
            || k.key.publicKey.compare(text, Qt::CaseInsensitive) == 0)
            exact.append(&k);
        else if (k.key.desc.contains(text, Qt::CaseInsensitive))
            described.append(&k);
    }
    return exact.isEmpty() ? described : exact;
}

QHash<QString, QString> OrgSnapshot::descriptionsByPublicKey() const
{
    QHash<QString, QString> names;
    names.reserve(keys.size());
    for (const KeyRecord &k : keys)
        names.insert(k.key.publicKey, k.key.desc);
    return names;
}

QString OrgSnapshot::eventSummary(const ApiEvent &event, const QHash<QString, QString> &descriptions)
{
    if (!event.targetPublicKey.isEmpty()) {
        if (const auto it = descriptions.constFind(event.targetPublicKey); it != descriptions.constEnd())
            return event.summary(*it);
    }
    return event.summary();
}

QString OrgSnapshot::eventSummary(const ApiEvent &event) const
{
    if (!event.targetPublicKey.isEmpty()) {
        for (const KeyRecord &k : keys) {
            if (k.key.publicKey == event.targetPublicKey)
                return event.summary(k.key.desc);
        }
    }
    return event.summary();
}

QDateTime KeyRecord::lastUsed() const
{
    QDateTime latest;
    for (const AccessListEntry &e : accessList) {
        if (e.lastUsed.isValid() && (!latest.isValid() || e.lastUsed > latest))
            latest = e.lastUsed;
    }
    return latest;
}
