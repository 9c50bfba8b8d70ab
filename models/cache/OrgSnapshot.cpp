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
