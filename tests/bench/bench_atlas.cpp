// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A first sync of a maximal organization (500 keys × 20 entries, 250 projects) at 50 ms of injected latency:
// through Atlas's Administration API v2 beside the same organization through the Public API v1.0 (Cloud
// Manager) — the baseline, measured in the same run — and through Atlas under a rate limit of 100 requests
// per minute (a token bucket, as Atlas limits): how long, how many requests, how many 429s the server had
// to send (the target is 0: the client paces itself by RateLimit-Remaining). Figures only (issue #26).
//   BENCH atlas <case> requests=<n> ms=<n> refused_429=<n> ratio_to_public=<x>
#include "ApiClient.h"
#include "ApiDispatcher.h"
#include "EmulatorServer.h"
#include "Repository.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    int requests = 0;
    qint64 ms = 0;
    int refused = 0;
    bool ok = false;
};

Figures firstSync(EmulatorOptions::Flavor flavor, int ratePerMinute)
{
    Figures f;
    QString error;
    EmulatorOptions options;
    options.flavor = flavor;
    options.orgSettingsApi = true;
    options.latencyMs = 50;
    options.rateLimitPerMinute = ratePerMinute;
    EmulatorServer server(options,
                          Dataset::generate(u"orgs=1,keys=500,entries=20,projects=250,seed=9"_s, &error));
    if (!server.start(&error)) {
        qWarning("emulator: %s", qPrintable(error));
        return f;
    }
    std::atomic<int> refused{0};
    server.dispatcher().setObserver([&refused](const ApiRequest &, int status) {
        if (status == 429)
            ++refused;
    });
    QTemporaryDir dir;
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    ConnectionSettings settings;
    settings.apiBase = QUrl(server.apiUrl());
    settings.api = flavor == EmulatorOptions::Flavor::Atlas ? ConnectionSettings::Api::AtlasV2
                                                            : ConnectionSettings::Api::PublicV1;
    settings.publicKey = server.ownerCredentials().publicKey;
    settings.privateKey = server.ownerCredentials().privateKey;
    settings.proxyMode = ConnectionSettings::ProxyMode::None;
    client.setConnection(settings);
    Repository repository(&client, dir.filePath(u"cache.sqlite"_s));
    QSignalSpy loaded(&repository, &Repository::cacheLoaded);
    repository.open();
    if (!loaded.wait(10'000))
        return f;
    const QString orgId = server.ownerCredentials().orgId;
    QSignalSpy finished(&repository, &Repository::syncFinished);
    QSignalSpy failed(&repository, &Repository::syncFailed);
    QElapsedTimer timer;
    timer.start();
    repository.sync(orgId);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 840'000))
        qWarning("no answer from the sync in 14 minutes");
    f.ms = timer.elapsed();
    f.ok = !finished.isEmpty();
    if (!failed.isEmpty())
        qWarning("sync failed: %s", qPrintable(failed.first().at(1).value<ApiError>().explanation()));
    const OrgStatePtr state = repository.state(orgId);
    if (f.ok && state && !state->history.isEmpty())
        f.requests = state->history.last().requests;
    f.refused = refused;
    return f;
}

void report(const char *name, const Figures &f, const Figures &baseline)
{
    std::printf("BENCH atlas %s requests=%d ms=%lld refused_429=%d ratio_to_public=%.2f\n", name, f.requests,
                static_cast<long long>(f.ms), f.refused,
                double(f.ms) / double(std::max<qint64>(1, baseline.ms)));
    std::fflush(stdout);
}

} // namespace

class BenchAtlas : public QObject
{
    Q_OBJECT

private slots:
    void maximalOrganizationAtFiftyMilliseconds()
    {
        const Figures publicApi = firstSync(EmulatorOptions::Flavor::CloudManager, 0);
        QVERIFY(publicApi.ok);
        report("public-v1", publicApi, publicApi);
        const Figures atlas = firstSync(EmulatorOptions::Flavor::Atlas, 0);
        QVERIFY(atlas.ok);
        report("atlas-v2", atlas, publicApi);
        if (qEnvironmentVariableIsSet("APIACCESS_BENCH_SKIP_RATE_LIMIT"))
            return;
        const Figures limited = firstSync(EmulatorOptions::Flavor::Atlas, 100);
        QVERIFY(limited.ok);
        report("atlas-v2-100-per-minute", limited, publicApi);
    }
};

APIACCESS_GUILESS_TEST_MAIN(BenchAtlas)
#include "bench_atlas.moc"
