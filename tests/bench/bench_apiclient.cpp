// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A full read of a maximal organization (500 keys × 20 entries, 250 projects) through ApiClient:
// requests, digest challenges and wall time on loopback with 0 ms and 50 ms of injected latency, beside
// the round-trip bound (requests × latency ÷ concurrency). Figures are printed, never asserted.
#include "ApiClient.h"
#include "ApiDispatcher.h"
#include "EmulatorServer.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

struct ReadFigures
{
    int requests = 0;
    int challenges = 0;
    int keys = 0;
    int entries = 0;
    int projectAssignments = 0;
    int errors = 0;
    qint64 ms = 0;
};

ReadFigures fullRead(int latencyMs)
{
    QString error;
    EmulatorOptions options;
    options.latencyMs = latencyMs;
    EmulatorServer server(options,
                          Dataset::generate(u"orgs=1,keys=500,entries=20,projects=250,seed=9"_s, &error));
    if (!server.start(&error))
        qFatal("emulator: %s", qPrintable(error));
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    ConnectionSettings settings;
    settings.apiBase = QUrl(server.apiUrl());
    settings.publicKey = server.ownerCredentials().publicKey;
    settings.privateKey = server.ownerCredentials().privateKey;
    settings.proxyMode = ConnectionSettings::ProxyMode::None;
    client.setConnection(settings);
    const QString orgId = server.ownerCredentials().orgId;

    ReadFigures f;
    QEventLoop loop;
    int outstanding = 0;
    const auto finishOne = [&] {
        if (--outstanding == 0)
            loop.quit();
    };
    QElapsedTimer timer;
    timer.start();
    outstanding = 4;
    client.organizations(qApp, [&](ApiResult<QList<Organization>> r) {
        f.errors += !r.ok();
        finishOne();
    });
    client.orgSettings(orgId, qApp, [&](ApiResult<OrgSettings> r) {
        f.errors += !r.ok();
        finishOne();
    });
    client.apiKeys(orgId, qApp, [&](ApiResult<QList<ApiKey>> keys) {
        f.errors += !keys.ok();
        if (keys.ok()) {
            f.keys = int(keys.value().size());
            for (const ApiKey &key : keys.value()) {
                ++outstanding;
                client.accessList(orgId, key.id, qApp, [&](ApiResult<QList<AccessListEntry>> list) {
                    f.errors += !list.ok();
                    f.entries += list.ok() ? int(list.value().size()) : 0;
                    finishOne();
                });
            }
        }
        finishOne();
    });
    client.projects(orgId, qApp, [&](ApiResult<QList<Project>> projects) {
        f.errors += !projects.ok();
        if (projects.ok()) {
            for (const Project &project : projects.value()) {
                ++outstanding;
                client.projectApiKeys(project.id, qApp, [&](ApiResult<QList<ApiKey>> keys) {
                    f.errors += !keys.ok();
                    f.projectAssignments += keys.ok() ? int(keys.value().size()) : 0;
                    finishOne();
                });
            }
        }
        finishOne();
    });
    loop.exec();
    f.ms = timer.elapsed();
    f.requests = client.scheduler().requestsStarted();
    f.challenges = server.dispatcher().challengesIssued();
    return f;
}

// The documented way: one `curl --user PUB:PRIV --digest` per request, one after another.
// Times `count` of them against the same emulator and latency.
double curlLoopMsPerRequest(int latencyMs, int count)
{
    QString error;
    EmulatorOptions options;
    options.latencyMs = latencyMs;
    EmulatorServer server(options,
                          Dataset::generate(u"orgs=1,keys=500,entries=20,projects=250,seed=9"_s, &error));
    if (!server.start(&error))
        qFatal("emulator: %s", qPrintable(error));
    const auto owner = server.ownerCredentials();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        QProcess curl;
        curl.start(u"curl"_s,
                   {u"--silent"_s, u"--output"_s, u"/dev/null"_s, u"--user"_s,
                    owner.publicKey + u':' + owner.privateKey, u"--digest"_s,
                    server.apiUrl() + u"/orgs/"_s + owner.orgId + u"/groups?itemsPerPage=1&pageNum="_s
                        + QString::number(i + 1)});
        // The emulator runs in this process: keep its listener's events flowing while curl works.
        while (!curl.waitForFinished(5))
            QCoreApplication::processEvents();
    }
    return double(timer.elapsed()) / count;
}

} // namespace

class BenchApiClient : public QObject
{
    Q_OBJECT
private slots:
    void fullReadOfAMaximalOrganization()
    {
        for (const int latency : {0, 50}) {
            const ReadFigures f = fullRead(latency);
            const double bound = double(f.requests) * latency / 6.0;
            qInfo(
                "full read, %d ms latency: %d requests, %d digest challenges, %lld ms wall time; round-trip "
                "bound %.0f ms (%.2fx of it); %d keys, %d entries, %d project assignments, %d errors",
                latency, f.requests, f.challenges, f.ms, bound, bound > 0 ? f.ms / bound : 0.0, f.keys,
                f.entries, f.projectAssignments, f.errors);
            QCOMPARE(f.errors, 0);
            QCOMPARE(f.keys, 500);
            QCOMPARE(f.entries, 500 * 20);
            const int sample = 40;
            const double curlMs = curlLoopMsPerRequest(latency, sample);
            qInfo("curl --digest loop, %d ms latency: %.1f ms per request (%d timed), so about %.0f ms for "
                  "the same "
                  "%d requests; the client's full read is %.1fx faster",
                  latency, curlMs, sample, curlMs * f.requests, f.requests,
                  curlMs * f.requests / double(f.ms));
        }
    }
};

APIACCESS_GUILESS_TEST_MAIN(BenchApiClient)
#include "bench_apiclient.moc"
