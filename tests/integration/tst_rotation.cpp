// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Rotating an API key (KeyRotation) against the emulator: a maximal key (roles in 5 projects, 20 entries)
// rotated into a new key equal to the plan as the emulator holds it; a failure injected at each step
// (--fault), then the console restarted: the rotation is found in the cache at its step and resumed —
// nothing duplicated, nothing half-copied; cancelling leaves the emulator exactly as before; finishing
// refuses to delete the key the console signs in with; no private key in the cache.
#include "KeyRotation.h"
#include "OrgStore.h"
#include "RepositoryFixture.h"

#include <QDir>
#include <QMutex>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

namespace {

const QString Rotated = Fx::keyId(3); // memberky, made maximal (EmulatorFixture::seedMaximalKey)

// What the emulator holds of the organization's keys, usage left out: the state a cancel must restore.
QStringList keysOf(Dataset d)
{
    QStringList lines;
    for (const EmulatedKey &k : d.keys) {
        if (k.orgId != Fx::OrgA)
            continue;
        QStringList roles, entries;
        for (const RoleAssignment &r : k.key.roles)
            roles.append(r.roleName + u'@' + r.groupId);
        for (const AccessListEntry &e : k.accessList)
            entries.append(e.cidrBlock);
        roles.sort();
        entries.sort();
        lines.append(k.key.id + u' ' + k.key.desc + u' ' + roles.join(u',') + u' ' + entries.join(u','));
    }
    lines.sort();
    return lines;
}

struct Outcome
{
    std::optional<Rotation> rotation;
    QString problem;
    QString privateKey;
};

} // namespace

class TestRotation : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    QTemporaryDir m_dir;
    RepositoryFixture m_console;

    QString cachePath() const { return m_dir.filePath(u"cache.sqlite"_s); }
    bool restart()
    {
        return m_console.connect(m_fx, cachePath())
            && QTest::qWaitFor([&] { return m_console.repo->isLoaded(); });
    }
    Outcome wait(const std::function<void(KeyRotation::Created, KeyRotation::Answer)> &step)
    {
        Outcome outcome;
        bool answered = false;
        step([&](const ApiKey &key) { outcome.privateKey = key.privateKey; },
             [&](const Rotation &r, const QString &problem) {
                 outcome.rotation = r;
                 outcome.problem = problem;
                 answered = true;
             });
        if (!QTest::qWaitFor([&] { return answered; }, 60'000))
            qWarning("no answer");
        return outcome;
    }
    Outcome start(KeyRotation &rotation, const QString &keyId = Rotated)
    {
        QString problem;
        const auto plan = rotation.planFor(Fx::OrgA, keyId, &problem);
        if (!plan) {
            qWarning("no plan: %s", qPrintable(problem));
            return {};
        }
        return wait(
            [&](auto created, auto done) { rotation.start(Fx::OrgA, keyId, *plan, this, created, done); });
    }
    Outcome resume(KeyRotation &rotation)
    {
        return wait(
            [&](auto created, auto done) { rotation.resume(Fx::OrgA, Rotated, this, created, done); });
    }
    Outcome finish(KeyRotation &rotation, const QString &keyId = Rotated)
    {
        return wait([&](auto, auto done) { rotation.finish(Fx::OrgA, keyId, this, done); });
    }
    Outcome cancel(KeyRotation &rotation)
    {
        return wait([&](auto, auto done) { rotation.cancel(Fx::OrgA, Rotated, this, done); });
    }
    // The new key as the emulator holds it equals the plan; exactly one key carries the plan's description.
    void verifyNewKey(const Rotation &r)
    {
        Dataset server = m_fx.server->dispatcher().snapshot();
        const EmulatedKey *key = server.findKey(r.newKeyId);
        QVERIFY(key);
        QCOMPARE(r.plan.differences(key->key, key->accessList), QStringList());
        QCOMPARE(r.plan.projects.size(), 5);
        QCOMPARE(r.plan.entries.size(), 20);
        int named = 0;
        for (const EmulatedKey &k : server.keys)
            named += k.key.desc == r.plan.description ? 1 : 0;
        QCOMPARE(named, 1);
    }

private slots:
    void init()
    {
        QFile::remove(cachePath());
        QVERIFY(m_fx.start({}, Fx::seedMaximalKey));
        QVERIFY(restart());
        QVERIFY(m_console.sync(Fx::OrgA));
    }
    void cleanup()
    {
        m_console.close();
        m_fx.server.reset();
    }

    void aMaximalKeyIsRotated()
    {
        KeyRotation rotation(m_console.repo.get());
        const Outcome started = start(rotation);
        QVERIFY2(started.problem.isEmpty(), qPrintable(started.problem));
        QCOMPARE(started.rotation->step, Rotation::Step::Ready);
        QCOMPARE(started.privateKey.size(), 36); // shown once
        QCOMPARE(started.rotation->plan.description,
                 u"Alpha member (rotated %1)"_s.arg(QDate::currentDate().toString(u"yyyy-MM"_s)));
        verifyNewKey(*started.rotation);
        // Stored, and found again after a restart; never with the private key.
        QVERIFY(restart());
        const OrgStatePtr state = m_console.repo->state(Fx::OrgA);
        QVERIFY(state->rotations.contains(Rotated));
        QCOMPARE(state->rotations.value(Rotated).step, Rotation::Step::Ready);
        QCOMPARE(state->rotations.value(Rotated).newKeyId, started.rotation->newKeyId);
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile file(m_dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(started.privateKey.toLatin1()), qPrintable(name));
        }
        // Finish: the old key goes, the rotation is forgotten (also in the cache).
        KeyRotation again(m_console.repo.get());
        const Outcome finished = finish(again);
        QVERIFY2(finished.problem.isEmpty(), qPrintable(finished.problem));
        QVERIFY(!m_fx.server->dispatcher().snapshot().findKey(Rotated));
        QVERIFY(m_fx.server->dispatcher().snapshot().findKey(started.rotation->newKeyId));
        QVERIFY(restart());
        QVERIFY(m_console.repo->state(Fx::OrgA)->rotations.isEmpty());
    }

    void aFailureAtEachStepIsResumedAfterARestart_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("stopped");
        QTest::newRow("the creation's answer lost")
            << u"POST /orgs/[^/]+/apiKeys 1 drop"_s << int(Rotation::Step::Planned);
        QTest::newRow("5xx on the third project")
            << u"PATCH /groups/[^/]+/apiKeys/[^/]+ 3 500"_s << int(Rotation::Step::Created);
        QTest::newRow("5xx on the entries")
            << u"POST /orgs/[^/]+/apiKeys/[^/]+/accessList 1 500"_s << int(Rotation::Step::Created);
        QTest::newRow("the entries' answer lost")
            << u"POST /orgs/[^/]+/apiKeys/[^/]+/accessList 1 drop"_s << int(Rotation::Step::Created);
        QTest::newRow("5xx reading the key back")
            << u"GET /orgs/[^/]+/apiKeys/[0-9a-f]{24} 1x20 500"_s << int(Rotation::Step::Created);
    }
    void aFailureAtEachStepIsResumedAfterARestart()
    {
        QFETCH(QString, fault);
        QFETCH(int, stopped);
        const auto stoppedAt = Rotation::Step(stopped);
        QString error;
        m_fx.server->dispatcher().setFaults({*EmulatorOptions::Fault::parse(fault, &error)});
        {
            KeyRotation rotation(m_console.repo.get());
            const Outcome failed = start(rotation);
            QVERIFY(!failed.problem.isEmpty());
            QCOMPARE(failed.rotation->step, stoppedAt);
            QCOMPARE(failed.rotation->problem, failed.problem);
            if (stoppedAt == Rotation::Step::Created) // says what exists on the server
                QVERIFY2(failed.problem.contains(failed.rotation->newPublicKey), qPrintable(failed.problem));
        }
        m_fx.server->dispatcher().setFaults({});
        QVERIFY(restart()); // the console quits and starts again
        const Rotation stored = m_console.repo->state(Fx::OrgA)->rotations.value(Rotated);
        QCOMPARE(stored.step, stoppedAt);
        KeyRotation rotation(m_console.repo.get());
        const Outcome resumed = resume(rotation);
        QVERIFY2(resumed.problem.isEmpty(), qPrintable(resumed.problem));
        QCOMPARE(resumed.rotation->step, Rotation::Step::Ready);
        // A key whose creation answer was lost cannot show its private key: another is made (and shown).
        QCOMPARE(resumed.privateKey.isEmpty(), stoppedAt != Rotation::Step::Planned);
        verifyNewKey(*resumed.rotation);
    }

    void cancelRestoresTheStateBefore_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("after the copy") << QString();
        QTest::newRow("after a lost creation answer") << u"POST /orgs/[^/]+/apiKeys 1 drop"_s;
        QTest::newRow("half copied") << u"PATCH /groups/[^/]+/apiKeys/[^/]+ 2 500"_s;
    }
    void cancelRestoresTheStateBefore()
    {
        QFETCH(QString, fault);
        const QStringList before = keysOf(m_fx.server->dispatcher().snapshot());
        QString error;
        if (!fault.isEmpty())
            m_fx.server->dispatcher().setFaults({*EmulatorOptions::Fault::parse(fault, &error)});
        KeyRotation rotation(m_console.repo.get());
        const Outcome started = start(rotation);
        QCOMPARE(started.problem.isEmpty(), fault.isEmpty());
        QVERIFY(keysOf(m_fx.server->dispatcher().snapshot()) != before); // a key was made
        m_fx.server->dispatcher().setFaults({});
        const Outcome cancelled = cancel(rotation);
        QVERIFY2(cancelled.problem.isEmpty(), qPrintable(cancelled.problem));
        QCOMPARE(keysOf(m_fx.server->dispatcher().snapshot()), before);
        QVERIFY(m_console.repo->state(Fx::OrgA)->rotations.isEmpty());
    }

    void finishingNeverLocksTheConsoleOut()
    {
        // The console's own key (ownerkey): rotated, but not deleted while the console signs in with it.
        KeyRotation rotation(m_console.repo.get());
        const Outcome started = start(rotation, Fx::keyId(1));
        QVERIFY2(started.problem.isEmpty(), qPrintable(started.problem));
        const Outcome refused = finish(rotation, Fx::keyId(1));
        QVERIFY2(refused.problem.contains(u"signs in with the old key ownerkey"_s),
                 qPrintable(refused.problem));
        QVERIFY(refused.problem.contains(started.rotation->newPublicKey));
        QVERIFY(m_fx.server->dispatcher().snapshot().findKey(Fx::keyId(1)));
        QVERIFY(m_console.repo->state(Fx::OrgA)->rotations.contains(Fx::keyId(1)));
        // A second rotation of the same key is refused while one is open.
        QString problem;
        const Outcome twice = wait([&](auto created, auto done) {
            rotation.start(Fx::OrgA, Fx::keyId(1), *rotation.planFor(Fx::OrgA, Fx::keyId(1), &problem), this,
                           created, done);
        });
        QVERIFY2(twice.problem.contains(u"already being rotated"_s), qPrintable(twice.problem));
    }

    // On Atlas: projects joined with a POST of role arrays, entries sent again while the server does not know
    // the new key yet (--new-key-settle-ms), the versioned media type on every request.
    void aMaximalKeyIsRotatedOnAtlas()
    {
        m_console.close();
        m_fx.server.reset();
        QFile::remove(cachePath());
        EmulatorOptions atlas;
        atlas.flavor = EmulatorOptions::Flavor::Atlas;
        atlas.apiKeyListDeniedStatus = 401;
        atlas.newKeySettleMs = 800;
        QVERIFY(m_fx.start(atlas, Fx::seedMaximalKey));
        QList<QByteArray> writes;
        QMutex lock;
        m_fx.server->dispatcher().setObserver([&](const ApiRequest &r, int status) {
            QMutexLocker locked(&lock);
            if (r.method != "GET")
                writes.append(r.method + ' ' + r.target.split('?').first() + ' '
                              + QByteArray::number(status));
        });
        QVERIFY(restart());
        QVERIFY(m_console.sync(Fx::OrgA));
        KeyRotation rotation(m_console.repo.get());
        const Outcome started = start(rotation);
        QVERIFY2(started.problem.isEmpty(), qPrintable(started.problem));
        QCOMPARE(started.rotation->step, Rotation::Step::Ready);
        verifyNewKey(*started.rotation);
        QMutexLocker locked(&lock);
        const QByteArray project = "POST /api/atlas/v2/groups/c00000000000000000000101/apiKeys/"
            + started.rotation->newKeyId.toLatin1() + " 204";
        QVERIFY2(writes.contains(project), writes.join('\n').constData());
        QVERIFY(!writes.join('\n').contains("PATCH /api/atlas/v2/groups/"));
        const QByteArray entries = "POST /api/atlas/v2/orgs/" + Fx::OrgA.toLatin1() + "/apiKeys/"
            + started.rotation->newKeyId.toLatin1() + "/accessList";
        QVERIFY(writes.contains(entries + " 200"));
    }

    void thePlanIsTheOldKeyAndDroppedLinesStayOut()
    {
        KeyRotation rotation(m_console.repo.get());
        QString problem;
        RotationPlan plan = *rotation.planFor(Fx::OrgA, Rotated, &problem);
        QCOMPARE(plan.orgRoles, QStringList{u"ORG_MEMBER"_s});
        QCOMPARE(plan.projects.size(), 5);
        QCOMPARE(plan.entries.size(), 20);
        plan.projects.removeLast();
        plan.entries = plan.entries.mid(0, 3);
        plan.description = u"CI runners (2026-12)"_s;
        const Outcome started = wait(
            [&](auto created, auto done) { rotation.start(Fx::OrgA, Rotated, plan, this, created, done); });
        QVERIFY2(started.problem.isEmpty(), qPrintable(started.problem));
        Dataset server = m_fx.server->dispatcher().snapshot();
        const EmulatedKey *key = server.findKey(started.rotation->newKeyId);
        QCOMPARE(key->key.desc, u"CI runners (2026-12)"_s);
        QCOMPARE(key->key.projectIds().size(), 4);
        QCOMPARE(key->accessList.size(), 3);
        // A plan without an organization role is refused before anything is sent.
        plan.orgRoles.clear();
        const Outcome refused = wait([&](auto created, auto done) {
            rotation.start(Fx::OrgA, Fx::keyId(2), plan, this, created, done);
        });
        QCOMPARE(refused.problem, u"The new key needs at least one organization role."_s);
    }
};

QTEST_GUILESS_MAIN(TestRotation)
#include "tst_rotation.moc"
