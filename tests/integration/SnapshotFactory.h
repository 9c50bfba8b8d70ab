// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrgSnapshot.h"

#include <QString>

// Small organizations for cache tests, built in code.
namespace SnapshotFactory {

inline AccessListEntry entry(const QString &text, qint64 count = 0)
{
    AccessListEntry e = AccessListEntry::fromBlock(*IpBlock::parse(text).block,
                                                   QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    if (count > 0) {
        e.count = count;
        e.lastUsed = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        e.lastUsedAddress = e.block().network().toString();
    }
    return e;
}

inline KeyRecord key(int n, const QString &role, const QStringList &entries, qint64 count = 0)
{
    KeyRecord k;
    k.key.id = QStringLiteral("d%1").arg(n, 23, 16, QLatin1Char('0'));
    k.key.publicKey = QStringLiteral("pubkey%1").arg(n, 2, 10, QLatin1Char('0'));
    k.key.desc = QStringLiteral("Key %1").arg(n);
    k.key.privateKey = QStringLiteral("********-****-****-0000000000%1").arg(n, 2, 10, QLatin1Char('0'));
    k.key.roles.append({role, QStringLiteral("a0000000000000000000000a"), {}});
    for (const QString &e : entries)
        k.accessList.append(entry(e, count));
    return k;
}

// A service account: client ID mdb_sa_id_ and 24 hex digits ending in n, its secrets (each: created, expires,
// last used — invalid for never), its access list.
struct SecretTimes
{
    QDateTime created;
    QDateTime expires;
    QDateTime lastUsed;
};
inline ServiceAccountRecord serviceAccount(int n, const QList<SecretTimes> &secrets,
                                           const QStringList &entries, qint64 count = 0)
{
    ServiceAccountRecord r;
    r.account.clientId = QStringLiteral("mdb_sa_id_%1").arg(n, 24, 16, QLatin1Char('0'));
    r.account.name = QStringLiteral("Account %1").arg(n);
    r.account.description = QStringLiteral("Service account %1").arg(n);
    r.account.roles = {QStringLiteral("ORG_MEMBER")};
    r.account.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    int i = 0;
    for (const SecretTimes &t : secrets) {
        ++i;
        ServiceAccountSecret s;
        s.id = QStringLiteral("5%1%2").arg(n, 11, 16, QLatin1Char('0')).arg(i, 12, 16, QLatin1Char('0'));
        s.createdAt = t.created;
        s.expiresAt = t.expires;
        s.lastUsedAt = t.lastUsed;
        s.maskedSecretValue = QStringLiteral("mdb_sa_sk_…%1%2")
                                  .arg(n, 2, 10, QLatin1Char('0'))
                                  .arg(i, 2, 10, QLatin1Char('0'));
        r.account.secrets.append(s);
    }
    for (const QString &e : entries)
        r.accessList.append(entry(e, count));
    return r;
}

inline OrgSnapshot organization(int keys = 3, int entriesPerKey = 2)
{
    OrgSnapshot s;
    s.organization = {QStringLiteral("a0000000000000000000000a"), QStringLiteral("Alpha Org"), false};
    s.settings = OrgSettings::known(false);
    Project p;
    p.id = QStringLiteral("c00000000000000000000001");
    p.name = QStringLiteral("alpha-one");
    p.orgId = s.organization.id;
    s.projects.append(p);
    for (int k = 1; k <= keys; ++k) {
        QStringList entries;
        for (int e = 0; e < entriesPerKey; ++e)
            entries.append(QStringLiteral("10.%1.%2.0/24").arg(k % 256).arg(e));
        s.keys.append(
            key(k, k == 1 ? QStringLiteral("ORG_OWNER") : QStringLiteral("ORG_MEMBER"), entries, k));
    }
    return s;
}

} // namespace SnapshotFactory
