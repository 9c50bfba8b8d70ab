// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Rotating a maximal key (roles in 5 projects, 20 access-list entries; EmulatorFixture::seedMaximalKey) at
// 50 ms of injected latency: the requests and the time from "Rotate" to the new key ready (created, copied,
// read back and checked), and for "finish" (the old key deleted). The baseline, measured in the same run on
// the same server: one request (the old key read), so the ratio says how many round trips a step costs.
// Figures only (issue #27).
//   BENCH rotation <step> requests=<n> ms=<n> ratio_to_one_request=<x>
#include "EmulatorFixture.h"
#include "KeyRotation.h"
#include "OrgStore.h"
#include "RepositoryFixture.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

class BenchRotation : public QObject
{
    Q_OBJECT
private slots:
    void rotateAMaximalKey()
    {
        EmulatorFixture fx;
        EmulatorOptions options;
        options.latencyMs = 50;
        QVERIFY(fx.start(options, Fx::seedMaximalKey));
        QTemporaryDir dir;
        RepositoryFixture console;
        QVERIFY(console.connect(fx, dir.filePath(u"cache.sqlite"_s)));
        QVERIFY(console.sync(Fx::OrgA));
        RequestScheduler &scheduler = console.client->scheduler();

        // The baseline: one read of the old key.
        QElapsedTimer timer;
        timer.start();
        bool read = false;
        console.client->apiKey(Fx::OrgA, Fx::keyId(3), this, [&](ApiResult<ApiKey> r) { read = r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return read; }, 20'000));
        const double oneMs = double(timer.nsecsElapsed()) / 1e6;

        KeyRotation &rotation = *console.repo->keyRotation();
        QString problem;
        const RotationPlan plan = *rotation.planFor(Fx::OrgA, Fx::keyId(3), &problem);
        const auto step = [&](const char *name, const std::function<void(KeyRotation::Answer)> &run) {
            const int before = scheduler.requestsStarted();
            timer.restart();
            bool answered = false;
            QString failed;
            run([&](const Rotation &, const QString &p) {
                failed = p;
                answered = true;
            });
            if (!QTest::qWaitFor([&] { return answered; }, 120'000) || !failed.isEmpty())
                return false;
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            printf("BENCH rotation %s requests=%d ms=%.0f ratio_to_one_request=%.1f\n", name,
                   scheduler.requestsStarted() - before, ms, ms / oneMs);
            return true;
        };
        printf("BENCH rotation baseline requests=1 ms=%.0f ratio_to_one_request=1.0\n", oneMs);
        QVERIFY(step("to-ready", [&](KeyRotation::Answer done) {
            rotation.start(Fx::OrgA, Fx::keyId(3), plan, this, {}, done);
        }));
        QVERIFY(step("finish",
                     [&](KeyRotation::Answer done) { rotation.finish(Fx::OrgA, Fx::keyId(3), this, done); }));
        fflush(stdout);
        QVERIFY(!fx.server->dispatcher().snapshot().findKey(Fx::keyId(3)));
    }
};

QTEST_GUILESS_MAIN(BenchRotation)
#include "bench_rotation.moc"
