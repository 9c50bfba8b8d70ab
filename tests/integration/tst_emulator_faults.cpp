// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Each fault switch of the emulator, as a client meets it.
#include "EmulatorFixture.h"
#include "RawHttp.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;

private slots:
    void cleanup() { m_fx.server.reset(); }

    void failRateAnswersJson5xx()
    {
        EmulatorOptions options;
        options.failRate = 1.0;
        QVERIFY(m_fx.start(options));
        auto http = m_fx.client();
        const auto r = http.get(u"/orgs"_s);
        QCOMPARE(r.status, 500);
        QCOMPARE(r.errorCode(), u"UNEXPECTED_ERROR"_s);
        QCOMPARE(r.json().value("error"_L1).toInt(), 500);
    }

    void failRateIsAShare()
    {
        EmulatorOptions options;
        options.failRate = 0.5;
        options.faultSeed = 11;
        options.threads = 1;
        QVERIFY(m_fx.start(options));
        RawHttp raw(m_fx.server->port());
        int failures = 0;
        for (int i = 0; i < 200; ++i)
            failures += raw.request("GET", "/api/public/v1.0/orgs").status == 500;
        QVERIFY2(failures > 60 && failures < 140, qPrintable(QString::number(failures)));
    }

    void htmlErrorsLookLikeAProxy()
    {
        EmulatorOptions options;
        options.htmlErrors = true;
        QVERIFY(m_fx.start(options));
        auto http = m_fx.client();
        const auto r = http.get(u"/orgs"_s);
        QCOMPARE(r.status, 502);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.contains("<title>502 Bad Gateway</title>"));
    }

    void dropRateClosesMidResponse()
    {
        EmulatorOptions options;
        options.dropRate = 1.0;
        QVERIFY(m_fx.start(options));
        auto http = m_fx.client();
        const auto r = http.get(u"/orgs"_s);
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.error)));
        RawHttp raw(m_fx.server->port());
        const auto raw1 = raw.request("GET", "/api/public/v1.0/orgs");
        QVERIFY(!raw1.complete);
    }

    void slowBodyArrivesWhole()
    {
        EmulatorOptions options;
        options.slowBody = true;
        QVERIFY(m_fx.start(options));
        auto http = m_fx.client();
        QElapsedTimer timer;
        timer.start();
        const auto r = http.get(u"/orgs/a0000000000000000000000a/apiKeys"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("totalCount"_L1).toInt(), 4);
        // ~2 kB in 64-byte pieces 20 ms apart: it really trickled.
        QVERIFY(timer.elapsed() >= 20 * (r.body.size() / 64 - 1));
    }

    void latencyDelaysEveryAnswer()
    {
        EmulatorOptions options;
        options.latencyMs = 150;
        QVERIFY(m_fx.start(options));
        RawHttp raw(m_fx.server->port());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(raw.request("GET", "/api/public/v1.0/orgs").status, 401);
        QVERIFY(timer.elapsed() >= 150);
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestEmulatorFaults)
#include "tst_emulator_faults.moc"
