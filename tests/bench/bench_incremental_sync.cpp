// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A re-sync of an unchanged maximal organization (500 keys × 20 entries, 250 projects), incremental
// beside full, through the Repository into a real SQLite file, with 0 ms and 50 ms of injected latency.
// The full re-sync in the same run is the baseline. Figures are printed, never asserted.
#include "ApiClient.h"
#include "ApiDispatcher.h"
#include "EmulatorServer.h"
#include "OrgStore.h"
#include "Repository.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct SyncFigures
{
    int requests = 0;
    qint64 ms = 0;
    SnapshotSource source = SnapshotSource::Sync;
    bool ok = false;
};

SyncFigures timedSync(Repository &repository, const QString &orgId, Repository::SyncMode mode)
{
    SyncFigures f;
    QSignalSpy finished(&repository, &Repository::syncFinished);
    QSignalSpy failed(&repository, &Repository::syncFailed);
    QElapsedTimer timer;
    timer.start();
    repository.sync(orgId, mode);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 600'000))
        qWarning("no answer from the sync in 10 minutes");
    f.ms = timer.elapsed();
    f.ok = !finished.isEmpty();
    const OrgStatePtr state = repository.state(orgId);
    if (f.ok && state && !state->history.isEmpty()) {
        f.requests = state->history.last().requests;
        f.source = state->history.last().source;
    }
    return f;
}

} // namespace

class BenchIncrementalSync : public QObject
{
    Q_OBJECT

private slots:
    void resyncOfAnUnchangedMaximalOrganization()
    {
        for (const int latency : {0, 50}) {
            QString error;
            EmulatorOptions options;
            options.latencyMs = latency;
            EmulatorServer server(
                options, Dataset::generate(u"orgs=1,keys=500,entries=20,projects=250,seed=9"_s, &error));
            QVERIFY2(server.start(&error), qPrintable(error));
            QTemporaryDir dir;
            QNetworkAccessManager manager;
            ApiClient client(&manager);
            ConnectionSettings settings;
            settings.apiBase = QUrl(server.apiUrl());
            settings.publicKey = server.ownerCredentials().publicKey;
            settings.privateKey = server.ownerCredentials().privateKey;
            settings.proxyMode = ConnectionSettings::ProxyMode::None;
            client.setConnection(settings);
            Repository repository(&client, dir.filePath(u"cache.sqlite"_s));
            repository.setFullSyncInterval(0);
            QSignalSpy loaded(&repository, &Repository::cacheLoaded);
            repository.open();
            QVERIFY(loaded.wait(10'000));
            const QString orgId = server.ownerCredentials().orgId;

            const SyncFigures first = timedSync(repository, orgId, Repository::SyncMode::Auto);
            const SyncFigures incremental = timedSync(repository, orgId, Repository::SyncMode::Auto);
            const SyncFigures full = timedSync(repository, orgId, Repository::SyncMode::Full);
            QVERIFY(first.ok && incremental.ok && full.ok);
            QCOMPARE(incremental.source, SnapshotSource::IncrementalSync);
            QCOMPARE(full.source, SnapshotSource::Sync);
            const OrgStatePtr state = repository.state(orgId);
            if (latency > 0) // six requests at a time, each at least one round trip
                qInfo("%d ms latency: the first sync took %.2f× its round-trip bound (%d requests × %d ms ÷ "
                      "6 = "
                      "%lld ms); the full re-sync %.2f× (%lld ms)",
                      latency, double(first.ms) / (first.requests * latency / 6.0), first.requests, latency,
                      qint64(first.requests * latency / 6), double(full.ms) / (full.requests * latency / 6.0),
                      qint64(full.requests * latency / 6));
            qInfo("%d ms latency, %lld keys, %lld events kept: first sync %d requests in %lld ms; unchanged "
                  "re-sync: incremental %d requests in %lld ms, full %d requests in %lld ms (baseline); "
                  "incremental/full: %.3f of the requests, %.3f of the time",
                  latency, qint64(state->snapshot.keys.size()), qint64(state->snapshot.events.size()),
                  first.requests, first.ms, incremental.requests, incremental.ms, full.requests, full.ms,
                  double(incremental.requests) / std::max(1, full.requests),
                  double(incremental.ms) / std::max<qint64>(1, full.ms));
        }
    }
};

APIACCESS_GUILESS_TEST_MAIN(BenchIncrementalSync)
#include "bench_incremental_sync.moc"
