// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fault-injected syncs of a maximal organization (500 keys × 20 entries, 250 projects) through the real
// binaries: `apiaccess sync` against `apiaccess-emulator --fail-rate 0.2 --drop-rate 0.05 --latency 20±15`,
// and separately under a rate limit. Each sync must complete, and the cache must equal the emulator's
// state: `apiaccess export --format json` is compared with the emulator's --state dump, key by key.
// Built twice: as a test (one run per case) and as bench_sync_faults (FAULT_RUNS runs, with figures).
#include "EmulatorProcess.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

#ifndef FAULT_RUNS
#define FAULT_RUNS 1
#endif

namespace {

const QString Maximal = u"orgs=1,keys=500,entries=20,projects=250,seed=9"_s;

struct Outcome
{
    int code = -1;
    qint64 ms = 0;
    QByteArray err;
    int mismatches = -1; // keys whose description, roles or entries differ (or are missing)
    int keys = 0;
    int entries = 0;
};

// A key as both sides describe it: description, public key, roles and the whitelist's blocks.
QString keyFingerprint(const QJsonObject &key)
{
    QStringList roles;
    for (const QJsonValue &r : key.value("roles"_L1).toArray()) {
        const QJsonObject role = r.toObject();
        roles.append(role.value("roleName"_L1).toString() + u'@' + role.value("orgId"_L1).toString()
                     + role.value("groupId"_L1).toString());
    }
    roles.sort();
    QStringList blocks;
    for (const QJsonValue &e : key.value("accessList"_L1).toArray())
        blocks.append(e.toObject().value("cidrBlock"_L1).toString());
    blocks.sort();
    return key.value("desc"_L1).toString() + u'|' + key.value("publicKey"_L1).toString() + u'|'
        + roles.join(u',') + u'|' + blocks.join(u',');
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

    QProcessEnvironment environment(const QTemporaryDir &home) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.remove(u"DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        return env;
    }

    // Starts an emulator with `faults`, syncs once with the CLI, exports, stops the emulator (which
    // writes its state) and compares.
    Outcome syncOnce(const QStringList &faults)
    {
        Outcome outcome;
        QTemporaryDir home;
        const QString state = home.filePath(u"emulator-state.json"_s);
        EmulatorProcess emulator;
        if (!emulator.start(QStringList{u"--generate"_s, Maximal, u"--state"_s, state} + faults)) {
            qWarning("the emulator did not start: %s", emulator.stderrText().constData());
            return outcome;
        }
        QProcessEnvironment env = environment(home);
        env.insert(u"APIACCESS_PRIVATE_KEY"_s, emulator.privateKey());
        QProcess sync;
        sync.setProcessEnvironment(env);
        TestEnvironment::endsWithTest(sync);
        QElapsedTimer timer;
        timer.start();
        sync.start(QStringLiteral(APIACCESS_BINARY),
                   {u"sync"_s, u"--url"_s, emulator.url(), u"--public-key"_s, emulator.publicKey()});
        if (!sync.waitForFinished(300'000))
            sync.kill();
        outcome.ms = timer.elapsed();
        outcome.code = sync.exitStatus() == QProcess::NormalExit ? sync.exitCode() : -1;
        outcome.err = sync.readAllStandardError();
        if (outcome.code != 0)
            return outcome;

        QProcess exporter;
        exporter.setProcessEnvironment(environment(home));
        exporter.start(
            QStringLiteral(APIACCESS_BINARY),
            {u"export"_s, u"--org"_s, emulator.orgId(), u"--format"_s, u"json"_s, u"--out"_s, u"-"_s});
        if (!exporter.waitForFinished(60'000) || exporter.exitCode() != 0)
            return outcome;
        const QJsonObject exported = QJsonDocument::fromJson(exporter.readAllStandardOutput()).object();
        const QString orgId = emulator.orgId();
        if (emulator.stop() != 0)
            return outcome;
        QFile stateFile(state);
        if (!stateFile.open(QIODevice::ReadOnly))
            return outcome;
        const QJsonObject server = QJsonDocument::fromJson(stateFile.readAll()).object();

        QHash<QString, QString> expected;
        for (const QJsonValue &k : server.value("apiKeys"_L1).toArray()) {
            const QJsonObject key = k.toObject();
            if (key.value("orgId"_L1).toString() == orgId)
                expected.insert(key.value("id"_L1).toString(), keyFingerprint(key));
        }
        outcome.mismatches = 0;
        QSet<QString> seen;
        for (const QJsonValue &k : exported.value("apiKeys"_L1).toArray()) {
            const QJsonObject key = k.toObject();
            const QString id = key.value("id"_L1).toString();
            seen.insert(id);
            ++outcome.keys;
            outcome.entries += int(key.value("accessList"_L1).toArray().size());
            if (expected.value(id) != keyFingerprint(key))
                ++outcome.mismatches;
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            outcome.mismatches += !seen.contains(it.key());
        return outcome;
    }

    void runCase(const char *name, const QStringList &faults)
    {
        const Outcome baseline = syncOnce({u"--latency"_s, u"20±15"_s});
        QCOMPARE(baseline.code, 0);
        QCOMPARE(baseline.mismatches, 0);
        int completed = 0;
        qint64 slowest = 0;
        for (int run = 1; run <= FAULT_RUNS; ++run) {
            const Outcome o = syncOnce(faults + QStringList{u"--fault-seed"_s, QString::number(run * 7919)});
            qInfo("%s, run %d: exit %d in %lld ms (%.1fx the fault-free %lld ms); %d keys, %d entries, "
                  "%d mismatches against the emulator's state",
                  name, run, o.code, o.ms, double(o.ms) / double(std::max<qint64>(1, baseline.ms)),
                  baseline.ms, o.keys, o.entries, o.mismatches);
            QVERIFY2(o.code == 0, o.err.constData());
            QCOMPARE(o.mismatches, 0);
            QCOMPARE(o.keys, 500);
            QCOMPARE(o.entries, 500 * 20);
            ++completed;
            slowest = std::max(slowest, o.ms);
        }
        qInfo("%s: %d of %d syncs completed, slowest %.1fx the fault-free time", name, completed, FAULT_RUNS,
              double(slowest) / double(std::max<qint64>(1, baseline.ms)));
    }

private slots:
    void errorsAndDrops()
    {
        runCase("20% 5xx, 5% drops, 20±15 ms",
                {u"--fail-rate"_s, u"0.2"_s, u"--drop-rate"_s, u"0.05"_s, u"--latency"_s, u"20±15"_s});
    }

    void rateLimited()
    {
        // 200 requests per 2-second window per organization: a maximal sync (~510 requests) waits out
        // the limit twice or more, honouring Retry-After.
        runCase("rate limit 200 per 2 s",
                {u"--rate-limit"_s, u"200"_s, u"--rate-limit-window"_s, u"2"_s, u"--latency"_s, u"20±15"_s});
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
