// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiDispatcher.h"
#include "EmulatorServer.h"
#include "SyncHttp.h"
#include "TestEnvironment.h"

#include <functional>
#include <memory>

// The emulator in-process on an ephemeral loopback port, with tests/data/emulator-dataset.json:
//   Alpha Org  (a000…0a, whitelist not required): ownerkey (ORG_OWNER, 127.0.0.1), readerky (ORG_READ_ONLY,
//              empty list), memberky (ORG_MEMBER + GROUP_OWNER of alpha-one, 127.0.0.0/8 and 10.0.0.0/8),
//              deniedky (ORG_MEMBER, 192.0.2.1 only)
//   Beta Org   (b000…0b, whitelist required): bownerky (ORG_OWNER, 127.0.0.1), bemptyky (empty list)
//   users      user@example.org (127.0.0.1, 192.0.2.0/24), nolist@example.org (empty list)
struct EmulatorFixture
{
    static inline const QString OrgA = QStringLiteral("a0000000000000000000000a");
    static inline const QString OrgB = QStringLiteral("b0000000000000000000000b");
    static inline const QString ProjectOne = QStringLiteral("c00000000000000000000001");
    static inline const QString ProjectTwo = QStringLiteral("c00000000000000000000002");
    static inline const QString ProjectBeta = QStringLiteral("c00000000000000000000003");
    static QString keyId(int n) { return QStringLiteral("d%1").arg(n, 23, 16, QLatin1Char('0')); }

    std::unique_ptr<EmulatorServer> server;

    // One service account in Alpha Org (Cloud Manager), assigned to alpha-one, with one secret that lives
    // another 60 days (its full value is the server's) and one entry that was used.
    static inline const QString ServiceAccountId = QStringLiteral("mdb_sa_id_5f0000000000000000000001");
    static inline const QString ServiceAccountSecretValue
        = QStringLiteral("mdb_sa_sk_00000000000000000000000000001234");
    static void seedServiceAccount(Dataset &d)
    {
        EmulatedServiceAccount a;
        a.orgId = OrgA;
        a.account.clientId = ServiceAccountId;
        a.account.name = QStringLiteral("ci-runner");
        a.account.description = QStringLiteral("Deploys from CI");
        a.account.roles = {QStringLiteral("ORG_MEMBER")};
        a.account.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        ServiceAccountSecret s;
        s.id = QStringLiteral("6a0000000000000000000001");
        s.createdAt = a.account.createdAt;
        s.expiresAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 60 * 86400, Qt::UTC);
        s.lastUsedAt = QDateTime(QDate(2026, 11, 30), QTime(22, 10), Qt::UTC);
        s.secret = ServiceAccountSecretValue;
        s.maskedSecretValue = EmulatedServiceAccount::maskSecret(s.secret);
        a.account.secrets = {s};
        AccessListEntry e = AccessListEntry::fromBlock(*IpBlock::parse(QStringLiteral("203.0.113.9")).block,
                                                       a.account.createdAt);
        e.count = 812;
        e.lastUsed = QDateTime(QDate(2026, 12, 1), QTime(7, 0), Qt::UTC);
        e.lastUsedAddress = QStringLiteral("203.0.113.9");
        a.accessList = {e};
        a.projectRoles = {{QStringLiteral("GROUP_READ_ONLY"), {}, ProjectOne}};
        d.serviceAccounts.append(a);
    }

    // memberky (keyId(3)) made a maximal key for rotation: Organization Member with roles in five more
    // projects of Alpha Org (c0…101 to c0…105) and twenty access-list entries; the first entry used.
    static void seedMaximalKey(Dataset &d)
    {
        EmulatedOrg *org = d.findOrg(OrgA);
        EmulatedKey *key = d.findKey(keyId(3));
        key->accessList.clear();
        key->key.roles = {{QStringLiteral("ORG_MEMBER"), OrgA, {}}};
        for (int i = 1; i <= 5; ++i) {
            Project p;
            p.id = QStringLiteral("c0000000000000000000010%1").arg(i);
            p.name = QStringLiteral("project-%1").arg(i);
            p.orgId = OrgA;
            org->projects.append(p);
            key->key.roles.append({QStringLiteral("GROUP_READ_ONLY"), {}, p.id});
            if (i % 2)
                key->key.roles.append({QStringLiteral("GROUP_DATA_ACCESS_READ_ONLY"), {}, p.id});
        }
        const QDateTime created(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 1; i <= 20; ++i) {
            const QString block
                = i <= 10 ? QStringLiteral("198.51.100.%1").arg(i) : QStringLiteral("10.%1.0.0/16").arg(i);
            key->accessList.append(AccessListEntry::fromBlock(*IpBlock::parse(block).block, created));
        }
        key->accessList.first().count = 12;
        key->accessList.first().lastUsed = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
        key->accessList.first().lastUsedAddress = QStringLiteral("198.51.100.1");
    }

    bool start(EmulatorOptions options = {}, const std::function<void(Dataset &)> &edit = {})
    {
        QString error;
        Dataset dataset = Dataset::load(
            TestEnvironment::sourcePath(QStringLiteral("tests/data/emulator-dataset.json")), &error);
        if (!error.isEmpty()) {
            qWarning("dataset: %s", qPrintable(error));
            return false;
        }
        if (edit)
            edit(dataset);
        server = std::make_unique<EmulatorServer>(options, std::move(dataset));
        if (!server->start(&error)) {
            qWarning("emulator: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    SyncHttp client(const QString &user = QStringLiteral("ownerkey"),
                    const QString &password = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000a001")) const
    {
        return SyncHttp(server->apiUrl(), user, password);
    }
};
