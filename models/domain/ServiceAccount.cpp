// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceAccount.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

bool ServiceAccount::isClientId(const QString &text)
{
    static const QRegularExpression pattern(u"^mdb_sa_id_[a-fA-F0-9]{24}$"_s);
    return pattern.match(text).hasMatch();
}

ServiceAccount ServiceAccount::masked() const
{
    ServiceAccount m = *this;
    for (ServiceAccountSecret &s : m.secrets)
        s.secret.clear();
    return m;
}

int ServiceAccount::liveSecrets(const QDateTime &now) const
{
    return int(std::count_if(secrets.cbegin(), secrets.cend(),
                             [&](const ServiceAccountSecret &s) { return !s.expiredAt(now); }));
}

QDateTime ServiceAccount::lastUsed() const
{
    QDateTime newest;
    for (const ServiceAccountSecret &s : secrets) {
        if (s.lastUsedAt.isValid() && (!newest.isValid() || s.lastUsedAt > newest))
            newest = s.lastUsedAt;
    }
    return newest;
}

QDateTime ServiceAccount::nextExpiry(const QDateTime &now) const
{
    QDateTime soonest;
    for (const ServiceAccountSecret &s : secrets) {
        if (!s.expiredAt(now) && (!soonest.isValid() || s.expiresAt < soonest))
            soonest = s.expiresAt;
    }
    return soonest;
}
