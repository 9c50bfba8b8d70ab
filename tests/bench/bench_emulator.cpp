// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Authenticated GETs per second against apiaccess-emulator on loopback with keep-alive, beside a
// baseline measured in the same run: the same emulator binary with --bare-http (the HTTP layer and the
// client alone: every request answered 200 {} without authentication or API work).
// Figures are printed, never asserted. APIACCESS_BENCH_SECONDS sets the length of each phase.
#include "../integration/EmulatorProcess.h"
#include "TestEnvironment.h"

#include <QAuthenticator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    int requests = 0;
    int ok = 0;
    int challenges = 0;
    double seconds = 0;
    double perSecond() const { return requests / seconds; }
};

// Keeps `inFlight` GETs of url going for `seconds`, on one manager (up to 6 connections).
Figures run(const QUrl &url, const QString &user, const QString &password, int inFlight, double seconds,
            int expectedStatus)
{
    QNetworkAccessManager manager;
    Figures f;
    QObject::connect(&manager, &QNetworkAccessManager::authenticationRequired, &manager,
                     [&](QNetworkReply *, QAuthenticator *auth) {
                         ++f.challenges;
                         if (!user.isEmpty()) {
                             auth->setUser(user);
                             auth->setPassword(password);
                         }
                     });
    QEventLoop loop;
    QElapsedTimer timer;
    int active = 0;
    std::function<void()> sendOne = [&] {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply *reply = manager.get(request);
        ++active;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            --active;
            ++f.requests;
            f.ok += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == expectedStatus;
            reply->readAll();
            reply->deleteLater();
            if (timer.elapsed() < seconds * 1000)
                sendOne();
            else if (active == 0)
                loop.quit();
        });
    };
    timer.start();
    for (int i = 0; i < inFlight; ++i)
        sendOne();
    loop.exec();
    f.seconds = timer.elapsed() / 1000.0;
    return f;
}

} // namespace

class BenchEmulator : public QObject
{
    Q_OBJECT
private slots:
    void authenticatedGetsPerSecond()
    {
        const double seconds = qEnvironmentVariableIntValue("APIACCESS_BENCH_SECONDS") > 0
            ? qEnvironmentVariableIntValue("APIACCESS_BENCH_SECONDS")
            : 5;
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--generate"_s, u"orgs=1,keys=500,entries=20,projects=250,seed=1"_s}));
        const QUrl org(emulator.url() + u"/orgs/"_s + emulator.orgId());

        EmulatorProcess bare;
        QVERIFY(bare.start({u"--bare-http"_s}));
        run(QUrl(bare.url()), {}, {}, 6, 0.5, 200); // warm-up
        const Figures baseline
            = run(QUrl(bare.url() + u"/orgs/"_s + emulator.orgId()), {}, {}, 6, seconds, 200);
        QCOMPARE(bare.stop(), 0);
        run(org, emulator.publicKey(), emulator.privateKey(), 6, 0.5, 200); // warm-up
        const Figures orgGet = run(org, emulator.publicKey(), emulator.privateKey(), 6, seconds, 200);
        const QUrl list(emulator.url() + u"/orgs/"_s + emulator.orgId() + u"/apiKeys?itemsPerPage=500"_s);
        const Figures keyPage = run(list, emulator.publicKey(), emulator.privateKey(), 6, seconds, 200);

        qInfo("emulator: %d requests/s from the bare HTTP layer (baseline, %d requests)",
              int(baseline.perSecond()), baseline.requests);
        qInfo("emulator: %d authenticated GET /orgs/{id} per second (%d requests, %d ok, %d digest "
              "challenges), "
              "%.2fx the baseline",
              int(orgGet.perSecond()), orgGet.requests, orgGet.ok, orgGet.challenges,
              orgGet.perSecond() / baseline.perSecond());
        qInfo("emulator: %d authenticated GET of a 500-key page per second (%d requests, %d ok), %.2fx the "
              "baseline",
              int(keyPage.perSecond()), keyPage.requests, keyPage.ok,
              keyPage.perSecond() / baseline.perSecond());
        QCOMPARE(orgGet.ok, orgGet.requests);
        QCOMPARE(emulator.stop(), 0);
    }
};

APIACCESS_GUILESS_TEST_MAIN(BenchEmulator)
#include "bench_emulator.moc"
