// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// apiaccess rotate, headless, against the emulator: a maximal key rotated (the new private key written once,
// 0600, to a new file or to standard output), the new key equal to the old one's roles, projects and entries;
// status from the cache; a failure midway exits non-zero naming what exists on the server, and running
// again resumes without copying anything twice; cancel leaves the server as it was; finish refuses to delete
// the key the command signs in with; no private key in any other file.
#include "CliProcess.h"
#include "EmulatorFixture.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

namespace {
const QString OwnerSecret = u"0a1b2c3d-0000-4000-8000-00000000a001"_s;
const QMap<QString, QString> Key{{u"APIACCESS_PRIVATE_KEY"_s, OwnerSecret}};

QStringList keysOf(Dataset d)
{
    QStringList lines;
    for (const EmulatedKey &k : d.keys) {
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
} // namespace

class TestCliRotate : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    std::unique_ptr<QTemporaryDir> m_home;

    CliRun run(QStringList args, const QMap<QString, QString> &env = Key)
    {
        return runCli(m_home->path(), args, env);
    }
    QStringList connection() const { return {u"--profile"_s, u"alpha"_s, u"--org"_s, Fx::OrgA}; }
    QJsonArray rotations()
    {
        return run({u"rotate"_s, u"status"_s, u"--json"_s}).json().value("rotations"_L1).toArray();
    }
    // The new key the emulator holds for a rotation of memberky, compared with memberky as it was.
    void verifyCopy(const QString &newKeyId)
    {
        Dataset d = m_fx.server->dispatcher().snapshot();
        const EmulatedKey *made = d.findKey(newKeyId);
        const EmulatedKey *old = d.findKey(Fx::keyId(3));
        QVERIFY(made && old);
        QVERIFY(made->key.desc.startsWith(u"alpha MEMBER (rotated "_s)
                || made->key.desc.startsWith(old->key.desc));
        QCOMPARE(made->key.orgRoleNames(), old->key.orgRoleNames());
        QCOMPARE(made->key.projectIds().size(), 5);
        for (const QString &p : old->key.projectIds()) {
            QStringList a = made->key.projectRoleNames(p), b = old->key.projectRoleNames(p);
            a.sort();
            b.sort();
            QCOMPARE(a, b);
        }
        QCOMPARE(made->accessList.size(), 20);
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_fx.start({}, Fx::seedMaximalKey));
        QCOMPARE(run({u"profiles"_s, u"add"_s, u"alpha"_s, u"--url"_s, m_fx.server->serverUrl(),
                      u"--public-key"_s, u"ownerkey"_s})
                     .code,
                 0);
        const CliRun synced = run({u"sync"_s, u"--profile"_s, u"alpha"_s, u"--org"_s, Fx::OrgA});
        QVERIFY2(synced.code == 0, synced.err.constData());
    }
    void cleanup() { m_fx.server.reset(); }

    void aMaximalKeyIsRotatedAndFinished()
    {
        const QString file = m_home->filePath(u"new-key"_s);
        const CliRun r = run(QStringList{u"rotate"_s, u"key"_s} + connection()
                             + QStringList{u"--key"_s, u"memberky"_s, u"--private-key-out"_s, file});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("is ready") && r.err.contains("rotate finish"), r.err.constData());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray privateKey = written.readAll().trimmed();
        QCOMPARE(privateKey.size(), 36);
        QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QJsonArray open = rotations();
        QCOMPARE(open.size(), 1);
        const QJsonObject rotation = open.first().toObject();
        QCOMPARE(rotation.value("step"_L1).toString(), u"ready"_s);
        QCOMPARE(rotation.value("oldPublicKey"_L1).toString(), u"memberky"_s);
        QCOMPARE(rotation.value("oldKeyLastUsed"_L1).toString(), u"2026-11-30T08:00:00Z"_s);
        QCOMPARE(rotation.value("oldKeyUsedSinceNewKey"_L1), QJsonValue(false));
        QVERIFY(rotation.value("problem"_L1).isNull());
        verifyCopy(rotation.value("newKeyId"_L1).toString());
        const CliRun text = run({u"rotate"_s, u"status"_s});
        QVERIFY2(text.out.contains(
                     QByteArray("memberky → " + rotation.value("newPublicKey"_L1).toString().toUtf8())),
                 text.out.constData());
        QVERIFY2(text.out.contains("not since the new key was made"), text.out.constData());

        const CliRun finished = run(QStringList{u"rotate"_s, u"finish"_s} + connection()
                                    + QStringList{u"--key"_s, u"memberky"_s});
        QVERIFY2(finished.code == 0, finished.err.constData());
        QVERIFY(!m_fx.server->dispatcher().snapshot().findKey(Fx::keyId(3)));
        QVERIFY(rotations().isEmpty());
        // The private key is in the file asked for, nowhere else.
        QDirIterator files(m_home->path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (path == file)
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(privateKey), qPrintable(path));
        }
    }

    void aFailureIsResumedByRunningAgain()
    {
        QString error;
        m_fx.server->dispatcher().setFaults(
            {*EmulatorOptions::Fault::parse(u"PATCH /groups/[^/]+/apiKeys/[^/]+ 3 500"_s, &error)});
        const QString first = m_home->filePath(u"first"_s);
        const CliRun failed = run(QStringList{u"rotate"_s, u"key"_s} + connection()
                                  + QStringList{u"--key"_s, u"memberky"_s, u"--private-key-out"_s, first});
        QCOMPARE(failed.code, 4);
        const QJsonObject open = rotations().first().toObject();
        QCOMPARE(open.value("step"_L1).toString(), u"created"_s);
        const QString newPublicKey = open.value("newPublicKey"_L1).toString();
        const QByteArray exists
            = "The new key " + newPublicKey.toLatin1() + " exists, but adding it to project";
        QVERIFY2(failed.err.contains(exists), failed.err.constData());
        QVERIFY(failed.err.contains("Resume"));
        QCOMPARE(QFile(first).size(), 37); // the key was made: its private key is kept
        m_fx.server->dispatcher().setFaults({});
        const QString second = m_home->filePath(u"second"_s);
        const CliRun resumed = run(QStringList{u"rotate"_s, u"key"_s} + connection()
                                   + QStringList{u"--key"_s, u"memberky"_s, u"--private-key-out"_s, second});
        QVERIFY2(resumed.code == 0, resumed.err.constData());
        QVERIFY(!QFileInfo::exists(second)); // no new key was made: nothing to write
        verifyCopy(open.value("newKeyId"_L1).toString());
        int named = 0;
        for (const EmulatedKey &k : m_fx.server->dispatcher().snapshot().keys)
            named += k.key.publicKey == newPublicKey ? 1 : 0;
        QCOMPARE(named, 1);
    }

    void cancelLeavesTheServerAsItWas()
    {
        const QStringList before = keysOf(m_fx.server->dispatcher().snapshot());
        const CliRun r = run(QStringList{u"rotate"_s, u"key"_s} + connection()
                             + QStringList{u"--key"_s, Fx::keyId(3), u"--private-key-out"_s, u"-"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.trimmed().size(), 36); // standard output holds the private key alone
        QVERIFY(keysOf(m_fx.server->dispatcher().snapshot()) != before);
        const CliRun cancelled = run(QStringList{u"rotate"_s, u"cancel"_s} + connection()
                                     + QStringList{u"--key"_s, u"memberky"_s});
        QVERIFY2(cancelled.code == 0, cancelled.err.constData());
        QVERIFY2(cancelled.err.contains("was deleted"), cancelled.err.constData());
        QCOMPARE(keysOf(m_fx.server->dispatcher().snapshot()), before);
        QVERIFY(rotations().isEmpty());
    }

    void refusalsBeforeAnythingIsSent()
    {
        const QStringList before = keysOf(m_fx.server->dispatcher().snapshot());
        // The key file exists: nothing is overwritten, nothing created.
        const QString existing = m_home->filePath(u"exists"_s);
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me\n");
        f.close();
        CliRun r = run(QStringList{u"rotate"_s, u"key"_s} + connection()
                       + QStringList{u"--key"_s, u"memberky"_s, u"--private-key-out"_s, existing});
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains("exists; give the name of a new file"), r.err.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me\n"));
        // No place for the private key.
        r = run(QStringList{u"rotate"_s, u"key"_s} + connection() + QStringList{u"--key"_s, u"memberky"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--private-key-out"), r.err.constData());
        // An unknown key, an unknown action.
        r = run(QStringList{u"rotate"_s, u"key"_s} + connection()
                + QStringList{u"--key"_s, u"nokey"_s, u"--private-key-out"_s, u"-"_s});
        QCOMPARE(r.code, 7);
        r = run({u"rotate"_s, u"finsh"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("did you mean 'finish'"), r.err.constData());
        QCOMPARE(keysOf(m_fx.server->dispatcher().snapshot()), before);
    }

    void finishRefusesTheKeyInUse()
    {
        const CliRun r = run(QStringList{u"rotate"_s, u"key"_s} + connection()
                             + QStringList{u"--key"_s, u"ownerkey"_s, u"--private-key-out"_s, u"-"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const CliRun refused = run(QStringList{u"rotate"_s, u"finish"_s} + connection()
                                   + QStringList{u"--key"_s, u"ownerkey"_s});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains("signs in with the old key ownerkey"), refused.err.constData());
        QVERIFY(m_fx.server->dispatcher().snapshot().findKey(Fx::keyId(1)));
        // With the new key, the old one can go.
        const QString newPublicKey = rotations().first().toObject().value("newPublicKey"_L1).toString();
        // With the new key (the profile's, for this run), the old one can go; the profile keeps the new key.
        const CliRun finished
            = run(QStringList{u"rotate"_s, u"finish"_s} + connection()
                      + QStringList{u"--public-key"_s, newPublicKey, u"--key"_s, u"ownerkey"_s},
                  {{u"APIACCESS_PRIVATE_KEY"_s, QString::fromLatin1(r.out.trimmed())}});
        QVERIFY2(finished.code == 0, finished.err.constData());
        QVERIFY(!m_fx.server->dispatcher().snapshot().findKey(Fx::keyId(1)));
        QVERIFY2(finished.err.contains(
                     QByteArray("The connection alpha now signs in with " + newPublicKey.toLatin1())),
                 finished.err.constData());
        const QJsonArray profiles = run({u"profiles"_s, u"--json"_s}).json().value("profiles"_L1).toArray();
        QCOMPARE(profiles.first().toObject().value("publicKey"_L1).toString(), newPublicKey);
    }
};

QTEST_GUILESS_MAIN(TestCliRotate)
#include "tst_cli_rotate.moc"
