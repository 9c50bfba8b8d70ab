// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every error kind of ApiClient, its retries and waits, cancellation, priorities, TLS trust and secrets,
// against the emulator's switches; two small fakes only for what no server does on purpose (a reply that
// never comes, bytes that are not HTTP).
#include "ApiClient.h"
#include "ApiLogging.h"
#include "Await.h"
#include "EmulatorFixture.h"
#include "ScriptedHttpServer.h"
#include "TestCertificate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;
using Kind = ApiError::Kind;

namespace {
const QString OwnerSecret = u"0a1b2c3d-0000-4000-8000-00000000a001"_s;

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

class TestApiClientErrors : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<ApiClient> m_client;

    ConnectionSettings settingsFor(const QString &publicKey, const QString &privateKey) const
    {
        ConnectionSettings settings;
        settings.apiBase = QUrl(m_fx.server->apiUrl());
        settings.publicKey = publicKey;
        settings.privateKey = privateKey;
        settings.proxyMode = ConnectionSettings::ProxyMode::None;
        settings.retryBaseDelayMs = 20;
        return settings;
    }
    void connect(const ConnectionSettings &settings)
    {
        m_client.reset();
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_manager.get());
        m_client->setConnection(settings);
    }
    void connect(const QString &publicKey = u"ownerkey"_s, const QString &privateKey = OwnerSecret)
    {
        connect(settingsFor(publicKey, privateKey));
    }
    bool restart(const EmulatorOptions &options)
    {
        m_client.reset();
        m_fx.server.reset();
        if (!m_fx.start(options))
            return false;
        connect();
        return true;
    }
    ApiClient &client() { return *m_client; }
    ApiResult<QList<Organization>> orgs()
    {
        return await<QList<Organization>>([&](auto d) { client().organizations(qApp, d); });
    }

private slots:
    void init()
    {
        QVERIFY(m_fx.start());
        connect();
    }
    void cleanup()
    {
        m_client.reset();
        m_manager.reset();
        m_fx.server.reset();
    }

    void wrongKeyFailsWithoutLooping()
    {
        connect(u"ownerkey"_s, u"0a1b2c3d-0000-4000-8000-00000000ffff"_s);
        const auto r = orgs();
        QCOMPARE(r.error().kind, Kind::Authentication);
        QCOMPARE(r.error().httpStatus, 401);
        QCOMPARE(client().scheduler().requestsStarted(), 1);
        QCOMPARE(client().scheduler().authenticationPrompts(), 2);
        QCOMPARE(m_fx.server->dispatcher().challengesIssued(), 2);
        QVERIFY(r.error().explanation().contains(u"ownerkey"_s));
    }

    void unknownPublicKey()
    {
        connect(u"nobodyxx"_s, u"x"_s);
        QCOMPARE(orgs().error().kind, Kind::Authentication);
    }

    void addressNotOnWhitelistIsExplained()
    {
        connect(u"deniedky"_s, u"0a1b2c3d-0000-4000-8000-00000000a004"_s);
        const auto r = orgs();
        QCOMPARE(r.error().kind, Kind::AddressNotOnList);
        QCOMPARE(r.error().errorCode, u"IP_ADDRESS_NOT_ON_ACCESS_LIST"_s);
        QCOMPARE(r.error().callerAddress(), u"127.0.0.1"_s);
        const QString text = r.error().explanation();
        QVERIFY2(text.contains(u"127.0.0.1"_s) && text.contains(u"deniedky"_s), qPrintable(text));
        QVERIFY(!text.contains(u"IP_ADDRESS_NOT_ON_ACCESS_LIST"_s)); // plain words, not the raw code
        QCOMPARE(client().scheduler().requestsStarted(), 1); // a refusal is not retried
    }

    void organizationRequiresWhitelist()
    {
        connect(u"bemptyky"_s, u"0a1b2c3d-0000-4000-8000-00000000b006"_s);
        const auto r = orgs();
        QCOMPARE(r.error().kind, Kind::OrgRequiresList);
        QVERIFY(r.error().explanation().contains(u"127.0.0.1"_s));
        QVERIFY(r.error().explanation().contains(u"bemptyky"_s));
    }

    void resourceRequiresWhitelist()
    {
        connect(u"nolist@example.org"_s, u"nolist-secret"_s);
        const auto r = await<QList<AccessListEntry>>([&](auto d) {
            client().addUserAccessListEntries(u"e00000000000000000000002"_s,
                                              {*IpBlock::parse(u"127.0.0.1"_s).block}, qApp, d);
        });
        QCOMPARE(r.error().kind, Kind::ResourceRequiresList);
        QVERIFY(r.error().explanation().contains(u"nolist@example.org"_s));
    }

    void legacyServerRefusalsToo()
    {
        EmulatorOptions options;
        options.serviceVersion = u"4.2.0"_s;
        QVERIFY(restart(options));
        connect(u"deniedky"_s, u"0a1b2c3d-0000-4000-8000-00000000a004"_s);
        const auto r = orgs();
        QCOMPARE(r.error().kind, Kind::AddressNotOnList);
        QCOMPARE(r.error().errorCode, u"IP_ADDRESS_NOT_ON_WHITELIST"_s);
    }

    void permissionNotFoundConflictValidation()
    {
        connect(u"readerky"_s, u"0a1b2c3d-0000-4000-8000-00000000a002"_s);
        auto created = await<ApiKey>(
            [&](auto d) { client().createApiKey(Fx::OrgA, u"x"_s, {u"ORG_MEMBER"_s}, qApp, d); });
        QCOMPARE(created.error().kind, Kind::Permission);
        QCOMPARE(created.error().httpStatus, 401);
        const auto list = await<QList<AccessListEntry>>(
            [&](auto d) { client().accessList(Fx::OrgA, Fx::keyId(3), qApp, d); });
        QCOMPARE(list.error().kind, Kind::Permission);
        QCOMPARE(list.error().errorCode, u"API_KEY_ACCESS_LIST_ACCESS_DENIED"_s);

        connect();
        const auto missing = await<ApiKey>(
            [&](auto d) { client().apiKey(Fx::OrgA, u"ffffffffffffffffffffffff"_s, qApp, d); });
        QCOMPARE(missing.error().kind, Kind::NotFound);
        const auto conflict = await<QList<AccessListEntry>>([&](auto d) {
            client().addAccessListEntries(Fx::OrgA, Fx::keyId(3), {*IpBlock::parse(u"10.0.0.0/8"_s).block},
                                          qApp, d);
        });
        QCOMPARE(conflict.error().kind, Kind::Conflict);
        QCOMPARE(conflict.error().httpStatus, 409);
        created = await<ApiKey>(
            [&](auto d) { client().createApiKey(Fx::OrgA, QString(251, u'x'), {u"ORG_MEMBER"_s}, qApp, d); });
        QCOMPARE(created.error().kind, Kind::Validation);
        QCOMPARE(created.error().errorCode, u"INVALID_API_KEY_DESC"_s);
        QVERIFY(created.error().explanation().contains(u"between 1 and 250"_s));
        QCOMPARE(client().scheduler().requestsStarted(), 3); // none of these was repeated
    }

    void serverErrorsRetryIdempotentRequestsOnly()
    {
        EmulatorOptions options;
        options.failRate = 1.0;
        QVERIFY(restart(options));
        const auto r = orgs();
        QCOMPARE(r.error().kind, Kind::Server);
        QCOMPARE(r.error().httpStatus, 500);
        QCOMPARE(client().scheduler().requestsStarted(), 4); // 4 tries with backoff
        const auto post = await<ApiKey>(
            [&](auto d) { client().createApiKey(Fx::OrgA, u"x"_s, {u"ORG_MEMBER"_s}, qApp, d); });
        QCOMPARE(post.error().kind, Kind::Server);
        QCOMPARE(client().scheduler().requestsStarted(), 5); // a POST is never repeated blindly
    }

    void transientFailuresAreRetriedToSuccess()
    {
        EmulatorOptions options;
        options.failRate = 0.3;
        options.faultSeed = 5;
        QVERIFY(restart(options));
        int ok = 0;
        for (int i = 0; i < 20; ++i)
            ok += orgs().ok();
        QVERIFY2(ok >= 19, qPrintable(QString::number(ok))); // 0.3^4 per call
        QVERIFY(client().scheduler().requestsStarted() > 20);
    }

    void proxyHtmlPageIsMalformedResponse()
    {
        EmulatorOptions options;
        options.htmlErrors = true;
        QVERIFY(restart(options));
        const auto r = orgs();
        QCOMPARE(r.error().kind, Kind::MalformedResponse);
        QCOMPARE(r.error().httpStatus, 502);
        QVERIFY(r.error().explanation().contains(u"502"_s));
    }

    void droppedConnectionsAreNetworkErrors()
    {
        EmulatorOptions options;
        options.dropRate = 1.0;
        QVERIFY(restart(options));
        const auto r = orgs();
        QCOMPARE(r.error().kind, Kind::Network);
        QCOMPARE(client().scheduler().requestsStarted(), 4);
    }

    void slowBodyStillArrives()
    {
        EmulatorOptions options;
        options.slowBody = true;
        QVERIFY(restart(options));
        QVERIFY(orgs().ok());
    }

    void rateLimitWaitsRetryAfter()
    {
        EmulatorOptions options;
        options.rateLimitPerMinute = 2;
        options.rateLimitWindowSeconds = 1;
        QVERIFY(restart(options));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 3; ++i) {
            const auto r = await<Organization>([&](auto d) { client().organization(Fx::OrgA, qApp, d); });
            QVERIFY2(r.ok(),
                     r.ok() ? ""
                            : qPrintable(r.error().explanation() + u" "_s
                                         + QString::number(r.error().httpStatus)));
        }
        QCOMPARE(client().scheduler().requestsStarted(), 4); // the third waited Retry-After and went through
        QVERIFY(timer.elapsed() >= 500);
    }

    void rateLimitWithoutRetryAfterUsesTheDefault()
    {
        EmulatorOptions options;
        options.rateLimitPerMinute = 2;
        options.rateLimitWindowSeconds = 1;
        options.sendRetryAfter = false;
        QVERIFY(restart(options));
        ConnectionSettings settings = settingsFor(u"ownerkey"_s, OwnerSecret);
        settings.rateLimitDefaultWaitMs = 1100;
        connect(settings);
        for (int i = 0; i < 3; ++i)
            QVERIFY(await<Organization>([&](auto d) { client().organization(Fx::OrgA, qApp, d); }).ok());
        QCOMPARE(client().scheduler().requestsStarted(), 4);

        settings.maxTries = 1; // no waiting: the error tells how long to wait
        connect(settings);
        await<Organization>([&](auto d) { client().organization(Fx::OrgA, qApp, d); });
        await<Organization>([&](auto d) { client().organization(Fx::OrgA, qApp, d); });
        const auto limited = await<Organization>([&](auto d) { client().organization(Fx::OrgA, qApp, d); });
        QCOMPARE(limited.error().kind, Kind::RateLimited);
        QCOMPARE(limited.error().retryAfterSeconds, 1);
    }

    void staleNonceIsHandledSilently()
    {
        EmulatorOptions options;
        options.nonceMaxUses = 2;
        QVERIFY(restart(options));
        for (int i = 0; i < 8; ++i)
            QVERIFY(orgs().ok());
        QCOMPARE(client().scheduler().requestsStarted(), 8);
    }

    void expiredNonceWithoutStaleIsRetriedOnce()
    {
        EmulatorOptions options;
        options.nonceMaxUses = 2;
        options.sendStale = false;
        QVERIFY(restart(options));
        for (int i = 0; i < 6; ++i)
            QVERIFY(orgs().ok());
        QVERIFY(client().scheduler().requestsStarted() > 6); // the app-level retries
        QVERIFY(client().scheduler().requestsStarted() <= 12);
    }

    void hangingServerTimesOut()
    {
        QTcpServer hanging; // accepts, reads, never answers
        QVERIFY(hanging.listen(QHostAddress::LocalHost));
        ConnectionSettings settings = settingsFor(u"ownerkey"_s, OwnerSecret);
        settings.apiBase = QUrl(u"http://127.0.0.1:%1/api/public/v1.0"_s.arg(hanging.serverPort()));
        settings.transferTimeoutMs = 300;
        settings.maxTries = 2;
        connect(settings);
        QElapsedTimer timer;
        timer.start();
        const auto r = orgs();
        QCOMPARE(r.error().kind, Kind::Timeout);
        QCOMPARE(client().scheduler().requestsStarted(), 2);
        QVERIFY(timer.elapsed() >= 500);
    }

    void garbageBytesAreNotACrash()
    {
        QTcpServer garbage;
        QVERIFY(garbage.listen(QHostAddress::LocalHost));
        QObject::connect(&garbage, &QTcpServer::newConnection, &garbage, [&garbage] {
            QTcpSocket *socket = garbage.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write(QByteArray("\x00\xff\x13garbage\r\n\r\n\x7f", 15));
                socket->disconnectFromHost();
            });
        });
        ConnectionSettings settings = settingsFor(u"ownerkey"_s, OwnerSecret);
        settings.apiBase = QUrl(u"http://127.0.0.1:%1/api/public/v1.0"_s.arg(garbage.serverPort()));
        settings.maxTries = 1;
        connect(settings);
        const auto r = orgs();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Kind::Network);
        QVERIFY(!r.error().explanation().isEmpty());
    }

    // A server that claims an absurd totalCount, or pages larger than asked for: an unexpected answer,
    // nothing allocated by the claim, no further page asked for.
    void absurdTotalCountIsNotBelieved_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("refused"); // else: read as "no count", the page's own items
        QTest::newRow("10^15 items") << QByteArray(R"({"results":[],"totalCount":1000000000000000})") << true;
        QTest::newRow("just above the ceiling") << QByteArray(R"({"results":[],"totalCount":20001})") << true;
        // Beyond what a double converts to qint64: refused (it used to be converted, undefined behaviour
        // that UBSan and the json_mapping fuzz target found, and then read as a negative count).
        QTest::newRow("int64 max, beyond a double's integers")
            << QByteArray(R"({"results":[],"totalCount":9223372036854775807})") << true;
        QTest::newRow("1e308") << QByteArray(R"({"results":[],"totalCount":1e308})") << true;
        QTest::newRow("negative") << QByteArray(R"({"results":[],"totalCount":-5})") << false;
    }
    void absurdTotalCountIsNotBelieved()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, refused);
        ScriptedHttpServer server;
        server.setHandler([body](const QByteArray &, const QString &) {
            return ScriptedHttpServer::Answer{200, body};
        });
        QVERIFY(server.start());
        ConnectionSettings settings = settingsFor(u"ownerkey"_s, OwnerSecret);
        settings.apiBase = QUrl(server.apiUrl());
        settings.maxTries = 1;
        connect(settings);
        const auto r = orgs();
        QCOMPARE(r.ok(), !refused);
        if (refused)
            QCOMPARE(r.error().kind, Kind::MalformedResponse);
        else
            QVERIFY(r.value().isEmpty());
        QCOMPARE(server.requests(), 1);
    }

    // Pages that overlap (the list moved while it was read) are collapsed by ID; a server that ignores
    // pageNum and answers every page with the first one is an unexpected answer, not 1,000 items.
    void repeatedPagesAndDuplicates_data()
    {
        QTest::addColumn<int>("overlap"); // items of page 2 that repeat page 1; 500: the whole page
        QTest::addColumn<int>("expected"); // items returned, or -1 for the error
        QTest::newRow("one item moved onto the next page") << 1 << 999;
        QTest::newRow("server ignores pageNum") << 500 << -1;
    }
    // Retry-After is read as seconds or as an HTTP-date and never believed beyond the bound: a negative
    // value does not start a timer that never fires, a huge one does not wait for days or overflow.
    void retryAfterIsBounded_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1: not usable, the default applies
        QTest::newRow("seconds") << QByteArray("5") << qint64(5000);
        QTest::newRow("spaces") << QByteArray(" 2 ") << qint64(2000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("huge") << QByteArray("99999999999999999999999") << qint64(60'000);
        QTest::newRow("days") << QByteArray("864000") << qint64(60'000);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
        QTest::newRow("text") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
        QTest::newRow("date in 30 s") << QByteArray("Wed, 02 Dec 2026 12:00:30 GMT") << qint64(30'000);
        QTest::newRow("date passed") << QByteArray("Wed, 02 Dec 2026 11:00:00 GMT") << qint64(0);
        QTest::newRow("date next year") << QByteArray("Thu, 02 Dec 2027 12:00:00 GMT") << qint64(60'000);
    }
    void retryAfterIsBounded()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const QDateTime now(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);
        const std::optional<qint64> ms = RequestScheduler::retryAfterMs(value, now, 60'000);
        QCOMPARE(ms.value_or(-1), expected);
    }

    // A 429 whose Retry-After is negative still ends (it used to never retry and never finish), and one
    // that asks for longer than the request's budget is answered at once with the bounded wait.
    void hostileRetryAfterEnds()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, expectedRequests);
        QFETCH(int, expectedWaitSeconds);
        ScriptedHttpServer server;
        server.setHandler([retryAfter](const QByteArray &, const QString &) {
            return ScriptedHttpServer::Answer{429, R"({"errorCode":"RATE_LIMITED","detail":"slow down"})",
                                              "Retry-After: " + retryAfter + "\r\n"};
        });
        QVERIFY(server.start());
        ConnectionSettings settings = settingsFor(u"ownerkey"_s, OwnerSecret);
        settings.apiBase = QUrl(server.apiUrl());
        settings.maxTries = 2;
        settings.rateLimitDefaultWaitMs = 150;
        settings.requestBudgetMs = 5'000;
        connect(settings);
        QElapsedTimer timer;
        timer.start();
        const auto r = orgs();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Kind::RateLimited);
        QCOMPARE(server.requests(), expectedRequests);
        QCOMPARE(r.error().retryAfterSeconds, expectedWaitSeconds);
        QVERIFY2(timer.elapsed() < 4'000, qPrintable(QString::number(timer.elapsed())));
    }
    void hostileRetryAfterEnds_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("expectedRequests");
        QTest::addColumn<int>("expectedWaitSeconds");
        QTest::newRow("negative: the default wait") << QByteArray("-1") << 2 << 0;
        QTest::newRow("garbage: the default wait") << QByteArray("later, maybe") << 2 << 0;
        QTest::newRow("days: not waited") << QByteArray("864000") << 1 << 60;
        QTest::newRow("overflow: not waited") << QByteArray("9223372036854775808000") << 1 << 60;
    }

    // A server that accepts and never answers: the request ends at its budget (retries included), not
    // after maxTries × the transfer timeout, and says that the server stopped answering.
    void stalledServerEndsAtTheBudget()
    {
        QTcpServer hanging; // accepts, reads, never answers
        QVERIFY(hanging.listen(QHostAddress::LocalHost));
        ConnectionSettings settings = settingsFor(u"ownerkey"_s, OwnerSecret);
        settings.apiBase = QUrl(u"http://127.0.0.1:%1/api/public/v1.0"_s.arg(hanging.serverPort()));
        settings.transferTimeoutMs = 60'000;
        settings.requestBudgetMs = 1'500;
        connect(settings);
        QElapsedTimer timer;
        timer.start();
        const auto r = orgs();
        QCOMPARE(r.error().kind, Kind::Timeout);
        QVERIFY2(timer.elapsed() >= 1'400 && timer.elapsed() < 10'000,
                 qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(r.error().explanation().contains(u"stopped answering"_s),
                 qPrintable(r.error().explanation()));
        QCOMPARE(client().scheduler().requestsStarted(), 1); // no budget was left for another try
    }

    void repeatedPagesAndDuplicates()
    {
        QFETCH(int, overlap);
        QFETCH(int, expected);
        ScriptedHttpServer server;
        auto calls = std::make_shared<int>(0); // the handler sees no query: the second call is page 2
        server.setHandler([overlap, calls](const QByteArray &, const QString &) {
            const int first = ++*calls == 2 ? 500 - overlap : 0;
            QJsonArray results;
            for (int i = first; i < first + 500; ++i)
                results.append(
                    QJsonObject{{"id"_L1, u"%1"_s.arg(i, 24, 10, QChar(u'0'))}, {"name"_L1, u"org"_s}});
            return ScriptedHttpServer::Answer{
                200, QJsonDocument(QJsonObject{{"results"_L1, results}, {"totalCount"_L1, 1000}}).toJson()};
        });
        QVERIFY(server.start());
        ConnectionSettings settings = settingsFor(u"ownerkey"_s, OwnerSecret);
        settings.apiBase = QUrl(server.apiUrl());
        settings.maxTries = 1;
        connect(settings);
        const auto r = orgs();
        QCOMPARE(server.requests(), 2);
        if (expected < 0) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, Kind::MalformedResponse);
            QVERIFY2(r.error().detail.contains(u"repeats"_s), qPrintable(r.error().detail));
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail + u' ' + r.error().explanation()));
        QCOMPARE(r.value().size(), expected);
        QSet<QString> ids;
        for (const Organization &o : r.value())
            ids.insert(o.id);
        QCOMPARE(ids.size(), expected);
    }

    // A redirect is never followed, to another host least of all: the digest answer stays home.
    void redirectsAreNotFollowed()
    {
        ScriptedHttpServer elsewhere;
        elsewhere.setHandler([](const QByteArray &, const QString &) {
            return ScriptedHttpServer::Answer{200, R"({"results":[],"totalCount":0})"};
        });
        QVERIFY(elsewhere.start());
        ScriptedHttpServer server;
        const QByteArray location = QUrl(elsewhere.apiUrl()).toEncoded() + "/orgs";
        server.setHandler([location](const QByteArray &, const QString &) {
            return ScriptedHttpServer::Answer{302, {}, "Location: " + location + "\r\n"};
        });
        QVERIFY(server.start());
        ConnectionSettings settings = settingsFor(u"ownerkey"_s, OwnerSecret);
        settings.apiBase = QUrl(server.apiUrl());
        connect(settings);
        const auto r = orgs();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Kind::MalformedResponse);
        QCOMPARE(r.error().httpStatus, 302);
        QVERIFY2(r.error().explanation().contains(u"not followed"_s)
                     && r.error().explanation().contains(QString::fromLatin1(location)),
                 qPrintable(r.error().explanation()));
        QCOMPARE(server.requests(), 1); // a 3xx is not retried
        QCOMPARE(elsewhere.requests(), 0); // and the other host never hears of the request
    }

    // A body that trickles in one byte at a time never trips the transfer timeout; the overall deadline
    // ends it.
    void tricklingBodyMeetsTheDeadline()
    {
        QTcpServer trickle;
        QVERIFY(trickle.listen(QHostAddress::LocalHost));
        QObject::connect(&trickle, &QTcpServer::newConnection, &trickle, [&trickle] {
            QTcpSocket *socket = trickle.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
                auto *drip = new QTimer(socket);
                QObject::connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
                drip->start(50);
            });
        });
        ConnectionSettings settings = settingsFor(u"ownerkey"_s, OwnerSecret);
        settings.apiBase = QUrl(u"http://127.0.0.1:%1/api/public/v1.0"_s.arg(trickle.serverPort()));
        settings.maxTries = 1;
        settings.requestDeadlineMs = 800;
        connect(settings);
        QElapsedTimer timer;
        timer.start();
        const auto r = orgs();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Kind::Timeout);
        QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
    }

    // An answer far larger than any real one is cut off as it arrives, not read whole into memory.
    void hugeBodyIsCutOff()
    {
        QTcpServer flood;
        QVERIFY(flood.listen(QHostAddress::LocalHost));
        auto written = std::make_shared<qint64>(0);
        QObject::connect(&flood, &QTcpServer::newConnection, &flood, [&flood, written] {
            QTcpSocket *socket = flood.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, written] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Transfer-Encoding: chunked\r\n\r\n");
                auto *pump = new QTimer(socket);
                QObject::connect(pump, &QTimer::timeout, socket, [socket, written] {
                    if (socket->state() != QAbstractSocket::ConnectedState || *written > 200'000'000)
                        return;
                    const QByteArray chunk(256 * 1024, ' ');
                    socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
                    *written += chunk.size();
                });
                pump->start(1);
            });
        });
        ConnectionSettings settings = settingsFor(u"ownerkey"_s, OwnerSecret);
        settings.apiBase = QUrl(u"http://127.0.0.1:%1/api/public/v1.0"_s.arg(flood.serverPort()));
        settings.maxTries = 1;
        settings.maxResponseBytes = 2 * 1024 * 1024;
        connect(settings);
        const auto r = orgs();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Kind::MalformedResponse);
        QVERIFY2(r.error().explanation().contains(u"grew past 2 MB"_s), qPrintable(r.error().explanation()));
        QVERIFY2(*written < 50'000'000, qPrintable(QString::number(*written)));
    }

    void successBodyThatIsNotJson()
    {
        QTcpServer fake; // a 200 whose body is not the API's JSON
        QVERIFY(fake.listen(QHostAddress::LocalHost));
        QObject::connect(&fake, &QTcpServer::newConnection, &fake, [&fake] {
            QTcpSocket *socket = fake.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                              "15\r\n\r\n<html>hi</html>");
            });
        });
        ConnectionSettings settings = settingsFor(u"ownerkey"_s, OwnerSecret);
        settings.apiBase = QUrl(u"http://127.0.0.1:%1/api/public/v1.0"_s.arg(fake.serverPort()));
        connect(settings);
        const auto r = orgs();
        QCOMPARE(r.error().kind, Kind::MalformedResponse);
        QCOMPARE(r.error().httpStatus, 200);
        const auto root = await<ServerInfo>([&](auto d) { client().root(qApp, d); });
        QCOMPARE(root.error().kind, Kind::MalformedResponse); // not an Ops Manager
    }

    void unreachableServer()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        ConnectionSettings settings = settingsFor(u"ownerkey"_s, OwnerSecret);
        settings.apiBase = QUrl(u"http://127.0.0.1:%1/api/public/v1.0"_s.arg(port));
        connect(settings);
        const auto r = orgs();
        QCOMPARE(r.error().kind, Kind::Network);
        QCOMPARE(client().scheduler().requestsStarted(), 4);
    }

    void cancellationOfAGroup()
    {
        EmulatorOptions options;
        options.latencyMs = 300;
        QVERIFY(restart(options));
        ConnectionSettings settings = settingsFor(u"ownerkey"_s, OwnerSecret);
        settings.maxInFlight = 2;
        connect(settings);
        int cancelled = 0;
        int succeeded = 0;
        int finished = 0;
        QEventLoop loop;
        const auto count = [&](bool isCancelled) {
            (isCancelled ? cancelled : succeeded)++;
            if (++finished == 7)
                loop.quit();
        };
        for (int i = 0; i < 6; ++i)
            client().organization(
                Fx::OrgA, qApp,
                [&](ApiResult<Organization> r) { count(!r.ok() && r.error().kind == Kind::Cancelled); },
                {RequestScheduler::Priority::Background, 7});
        client().organization(Fx::OrgA, qApp, [&](ApiResult<Organization> r) { count(!r.ok()); },
                              {RequestScheduler::Priority::Interactive, 8});
        QCOMPARE(client().scheduler().inFlight(), 2);
        client().cancelGroup(7);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(cancelled, 6);
        QCOMPARE(succeeded, 1); // the other context's request went through
        QCOMPARE(client().scheduler().queued(), 0);
        // Only the two that were running and the other context's one were ever sent: cancelling started
        // none of the group's queued requests (an abort finishes at once and starts the next queued one).
        QCOMPARE(client().scheduler().requestsStarted(), 3);
    }

    void interactiveGoesFirst()
    {
        EmulatorOptions options;
        options.latencyMs = 50;
        QVERIFY(restart(options));
        ConnectionSettings settings = settingsFor(u"ownerkey"_s, OwnerSecret);
        settings.maxInFlight = 1;
        connect(settings);
        QStringList order;
        QEventLoop loop;
        for (int i = 0; i < 4; ++i)
            client().organization(Fx::OrgA, qApp,
                                  [&, i](ApiResult<Organization>) {
                                      order.append(u"background %1"_s.arg(i));
                                      if (order.size() == 5)
                                          loop.quit();
                                  },
                                  {RequestScheduler::Priority::Background, 0});
        client().organization(Fx::OrgA, qApp, [&](ApiResult<Organization>) {
            order.append(u"click"_s);
            if (order.size() == 5)
                loop.quit();
        });
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(order.size(), 5);
        QCOMPARE(order.at(1), u"click"_s); // right after the one already in flight
    }

    void boundedConcurrency()
    {
        ConnectionSettings settings = settingsFor(u"ownerkey"_s, OwnerSecret);
        settings.maxInFlight = 3;
        connect(settings);
        int finished = 0;
        int peak = 0;
        QEventLoop loop;
        for (int i = 0; i < 12; ++i) {
            client().organization(Fx::OrgA, qApp, [&](ApiResult<Organization>) {
                if (++finished == 12)
                    loop.quit();
            });
            peak = std::max(peak, client().scheduler().inFlight());
        }
        QCOMPARE(peak, 3);
        QCOMPARE(client().scheduler().queued(), 9);
        loop.exec();
        QCOMPARE(finished, 12);
    }

    void tlsTrust()
    {
        QTemporaryDir dir;
        QString cert;
        QString key;
        QVERIFY(makeSelfSignedCertificate(dir.path(), &cert, &key));
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QSslCertificate certificate = QSslCertificate::fromData(pem.readAll()).first();
        const QByteArray fingerprint = certificate.digest(QCryptographicHash::Sha256).toHex();

        EmulatorOptions options;
        options.tlsCertificateFile = cert;
        options.tlsKeyFile = key;
        QVERIFY(restart(options));
        ConnectionSettings settings = settingsFor(u"ownerkey"_s, OwnerSecret);
        QVERIFY(settings.apiBase.scheme() == "https"_L1);

        // Unknown certificate: refused, with the fingerprint to show the person.
        connect(settings);
        auto r = orgs();
        QCOMPARE(r.error().kind, Kind::Tls);
        QCOMPARE(r.error().certificateSha256, QString::fromLatin1(fingerprint));
        QVERIFY(r.error().explanation().contains(QString::fromLatin1(fingerprint)));
        QCOMPARE(client().scheduler().requestsStarted(), 1); // TLS failures are not retried

        // Accepted for this connection by its fingerprint.
        ConnectionSettings pinned = settings;
        pinned.pinnedCertificateSha256 = fingerprint;
        connect(pinned);
        QVERIFY(orgs().ok());

        // Or through an extra CA bundle.
        ConnectionSettings withCa = settings;
        withCa.extraCaCertificates = {certificate};
        connect(withCa);
        QVERIFY(orgs().ok());

        // A wrong host name is refused even when the certificate is pinned.
        ConnectionSettings wrongHost = pinned;
        wrongHost.apiBase.setHost(u"localhost"_s);
        connect(wrongHost);
        r = orgs();
        QCOMPARE(r.error().kind, Kind::Tls);
    }

    void privateKeyNeverLogged()
    {
        QLoggingCategory::setFilterRules(u"apiaccess.api.debug=true\napiaccess.api.info=true"_s);
        capturedLog.clear();
        previousHandler = qInstallMessageHandler(captureMessages);
        const auto created = await<ApiKey>(
            [&](auto d) { client().createApiKey(Fx::OrgA, u"secret test"_s, {u"ORG_MEMBER"_s}, qApp, d); });
        orgs();
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(created.ok());
        QVERIFY(!capturedLog.isEmpty()); // the category did log requests
        for (const QString &line : std::as_const(capturedLog)) {
            QVERIFY2(!line.contains(OwnerSecret), qPrintable(line));
            QVERIFY2(!line.contains(created.value().privateKey), qPrintable(line));
        }
        QCOMPARE(redacted(u"key 1234 here"_s, u"1234"_s), u"key [redacted] here"_s);
    }

    void forgetCredentialsDropsThePrivateKey()
    {
        QVERIFY(orgs().ok());
        client().forgetCredentials();
        QVERIFY(client().connection().privateKey.isEmpty());
        QCOMPARE(orgs().error().kind, Kind::Authentication);
    }

    void explanationsNeverShowTheSecret()
    {
        connect(u"deniedky"_s, u"0a1b2c3d-0000-4000-8000-00000000a004"_s);
        const ApiError e = orgs().error();
        for (const QString &text : {e.explanation(), e.title(), e.detail, e.path, e.networkError})
            QVERIFY(!text.contains(u"0a1b2c3d-0000-4000-8000-00000000a004"_s));
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestApiClientErrors)
#include "tst_apiclient_errors.moc"
