// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A seeded property test: random interleavings of changes and syncs against the emulator (with jittered
// latency, so answers overtake each other). Once everything has been answered and written, the memory
// and the cache hold exactly what the emulator holds — without a final sync.
// APIACCESS_INTERLEAVING_SEED=N runs one more seed; a failure prints the seed and both dumps.
#include "Await.h"
#include "CacheFile.h"
#include "Changes.h"
#include "EmulatorFixture.h"
#include "FixtureConnection.h"
#include "OrgStore.h"
#include "Repository.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

namespace {

QString rolesText(QList<RoleAssignment> roles)
{
    QStringList parts;
    for (const RoleAssignment &r : roles)
        parts.append(r.roleName + u'@' + (r.groupId.isEmpty() ? r.orgId : r.groupId));
    parts.sort();
    return parts.join(u',');
}

QString entriesText(const QList<AccessListEntry> &entries)
{
    QStringList blocks;
    for (const AccessListEntry &e : entries)
        blocks.append(e.cidrBlock);
    blocks.sort();
    return blocks.join(u',');
}

// What an organization is, without what moves by itself (usage counts, times, masked secrets).
QString dump(bool required, const QList<std::pair<ApiKey, QList<AccessListEntry>>> &keys)
{
    QStringList lines{u"required=%1"_s.arg(required)};
    for (const auto &[key, entries] : keys)
        lines.append(u"%1 desc=%2 roles=%3 entries=%4"_s.arg(key.id, key.desc, rolesText(key.roles),
                                                             entriesText(entries)));
    lines.sort();
    return lines.join(u'\n');
}

QString dump(const OrgSnapshot &s)
{
    QList<std::pair<ApiKey, QList<AccessListEntry>>> keys;
    for (const KeyRecord &k : s.keys)
        keys.append({k.key, k.accessList});
    return dump(s.settings.requirement == WhitelistRequirement::Required, keys);
}

QString dump(Dataset data, const QString &orgId)
{
    QList<std::pair<ApiKey, QList<AccessListEntry>>> keys;
    for (const EmulatedKey &k : data.keys) {
        if (k.orgId == orgId)
            keys.append({k.key, k.accessList});
    }
    return dump(data.findOrg(orgId)->apiAccessListRequired, keys);
}

} // namespace

class TestInterleavings : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    QTemporaryDir m_dir;

private slots:
    void convergesToTheServer_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 7u, 42u, 99u, 1234u, 2026u})
            QTest::addRow("seed %u", seed) << seed;
        if (const int extra = qEnvironmentVariableIntValue("APIACCESS_INTERLEAVING_SEED"); extra > 0)
            QTest::addRow("seed %d (from the environment)", extra) << quint32(extra);
    }
    void convergesToTheServer()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        EmulatorOptions options;
        options.latencyMs = 25;
        options.latencyJitterMs = 20;
        QVERIFY(m_fx.start(options));
        const QString cachePath = m_dir.filePath(u"cache-%1.sqlite"_s.arg(seed));
        QNetworkAccessManager manager;
        ApiClient client(&manager);
        client.setConnection(fixtureConnection(m_fx));
        Repository repo(&client, cachePath);
        repo.open();
        QSignalSpy synced(&repo, &Repository::syncFinished);
        repo.sync(Fx::OrgA);
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 20'000);

        const auto quiet = [&] {
            return !repo.isSyncing() && repo.changes()->inFlight() == 0 && repo.pendingWrites() == 0;
        };
        // Keys this run may change: never the console's own key (key 1), so it cannot lock itself out.
        const auto someKey = [&]() -> QString {
            QStringList ids;
            for (const KeyRecord &k : repo.state(Fx::OrgA)->snapshot.keys) {
                if (k.key.id != Fx::keyId(1))
                    ids.append(k.key.id);
            }
            return ids.isEmpty() ? QString() : ids.at(int(random.bounded(int(ids.size()))));
        };
        const QStringList projects{Fx::ProjectOne, Fx::ProjectTwo};
        int answered = 0;
        int sent = 0;
        const auto count = [&](auto) { ++answered; };
        Changes *changes = repo.changes();
        QStringList operations;
        // The last steps are one sync and changes made while it reads: no later sync may repair what it
        // would undo.
        constexpr int Steps = 60;
        constexpr int TailFrom = Steps - 8;
        for (int step = 0; step < Steps; ++step) {
            const int pick = step == TailFrom ? 0
                : step > TailFrom             ? 20 + int(random.bounded(80))
                                              : int(random.bounded(100));
            const QString key = someKey();
            const QString project = projects.at(int(random.bounded(2)));
            const QString address = u"198.51.%1.%2"_s.arg(random.bounded(4)).arg(random.bounded(8));
            if (pick < 20) {
                operations.append(u"sync"_s);
                repo.sync(Fx::OrgA);
                continue;
            }
            ++sent;
            if (pick < 30) {
                const bool on = random.bounded(2) == 1;
                operations.append(u"setting %1"_s.arg(on));
                changes->setWhitelistRequired(Fx::OrgA, on, this, count);
            } else if (pick < 42) {
                operations.append(u"create"_s);
                changes->createKey(Fx::OrgA, u"Made at step %1"_s.arg(step), {u"ORG_MEMBER"_s}, this, count);
            } else if (pick < 50 && !key.isEmpty()) {
                operations.append(u"delete "_s + key);
                changes->deleteKey(Fx::OrgA, key, this, count);
            } else if (pick < 60 && !key.isEmpty()) {
                operations.append(u"rename "_s + key);
                changes->updateKey(Fx::OrgA, key, u"Renamed at step %1"_s.arg(step), std::nullopt, this,
                                   count);
            } else if (pick < 75 && !key.isEmpty()) {
                operations.append(u"add %1 to %2"_s.arg(address, key));
                changes->addEntries(Fx::OrgA, key, {*IpBlock::parse(address).block}, this, count);
            } else if (pick < 85 && !key.isEmpty()) {
                operations.append(u"remove %1 from %2"_s.arg(address, key));
                changes->deleteEntry(Fx::OrgA, key, *IpBlock::parse(address).block, this, count);
            } else if (pick < 93 && !key.isEmpty()) {
                operations.append(u"assign %1 to %2"_s.arg(key, project));
                changes->assignProjectKey(Fx::OrgA, project, key, {u"GROUP_READ_ONLY"_s}, this, count);
            } else if (!key.isEmpty()) {
                operations.append(u"unassign %1 from %2"_s.arg(key, project));
                changes->unassignProjectKey(Fx::OrgA, project, key, this, count);
            } else {
                --sent;
            }
            // Let some answers in before the next step, or none.
            QTest::qWait(int(random.bounded(20)));
        }
        QTRY_VERIFY_WITH_TIMEOUT(answered == sent, 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(quiet(), 60'000);

        const QString server = dump(m_fx.server->dispatcher().snapshot(), Fx::OrgA);
        const QString memory = dump(repo.state(Fx::OrgA)->snapshot);
        const auto cached = CacheFile(cachePath).latest(Fx::OrgA);
        QVERIFY(cached);
        const QString cache = dump(*cached);
        const QString context
            = u"seed %1; operations: %2\nserver:\n%3\nmemory:\n%4\ncache:\n%5"_s.arg(seed).arg(
                operations.join(u"; "_s), server, memory, cache);
        QVERIFY2(memory == server, qPrintable(context));
        QVERIFY2(cache == server, qPrintable(context));
        QVERIFY(sent > 10); // the run did change things
        m_fx.server.reset();
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestInterleavings)
#include "tst_interleavings.moc"
