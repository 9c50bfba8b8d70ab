// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The REST client's pure parts: server addresses as people type them, the service-version header and
// the explanations of errors.
#include "ApiError.h"
#include "ConnectionSettings.h"
#include "ServerInfo.h"
#include "TestEnvironment.h"

using namespace Qt::StringLiterals;

class TestApiBasics : public QObject
{
    Q_OBJECT
private slots:
    void serverAddress_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("apiBase");
        QTest::newRow("host and port")
            << u"opsmanager.example.com:8443"_s << u"https://opsmanager.example.com:8443/api/public/v1.0"_s;
        QTest::newRow("https with slash")
            << u"https://om.example.com/"_s << u"https://om.example.com/api/public/v1.0"_s;
        QTest::newRow("http port 8080")
            << u"http://om.internal:8080"_s << u"http://om.internal:8080/api/public/v1.0"_s;
        QTest::newRow("with the API path")
            << u"https://om.example.com/api/public/v1.0/"_s << u"https://om.example.com/api/public/v1.0"_s;
        QTest::newRow("behind a prefix")
            << u"https://gw.example.com/mongodb/"_s << u"https://gw.example.com/mongodb/api/public/v1.0"_s;
        QTest::newRow("spaces and a query")
            << u"  https://om.example.com/?x=1#top "_s << u"https://om.example.com/api/public/v1.0"_s;
        QTest::newRow("cloud manager")
            << u"cloud.mongodb.com"_s << u"https://cloud.mongodb.com/api/public/v1.0"_s;
        QTest::newRow("IPv6 literal")
            << u"https://[2001:db8::5]:8443"_s << u"https://[2001:db8::5]:8443/api/public/v1.0"_s;
    }

    void serverAddress()
    {
        QFETCH(QString, typed);
        QFETCH(QString, apiBase);
        QString error;
        const QUrl url = ConnectionSettings::apiBaseFromServerText(typed, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(url.toString(), apiBase);
    }

    void badServerAddress_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << u"Enter the server address"_s;
        QTest::newRow("ftp") << u"ftp://om.example.com"_s << u"not ftp://"_s;
        QTest::newRow("credentials in the URL")
            << u"https://pub:priv@om.example.com"_s << u"Remove the user name"_s;
        QTest::newRow("garbage") << u"http://"_s << u"is not a server address"_s;
    }

    void badServerAddress()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        QString error;
        QVERIFY(ConnectionSettings::apiBaseFromServerText(typed, &error).isEmpty());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // The web console's organization settings page, per profile: the default, a pattern of one's own,
    // and patterns refused where they are typed.
    void webConsoleSettingsPage()
    {
        ConnectionSettings s;
        s.apiBase = QUrl(u"https://opsmanager.example.com:8443/api/public/v1.0"_s);
        QCOMPARE(s.webConsoleSettingsUrl(u"5f3e2a1b9c00000000000001"_s).toString(),
                 u"https://opsmanager.example.com:8443/v2#/org/5f3e2a1b9c00000000000001/settings/general"_s);
        s.webConsoleSettingsPage = u"https://console.example.org/orgs/{orgId}/admin"_s;
        QCOMPARE(s.webConsoleSettingsUrl(u"5f3e2a1b9c00000000000001"_s).toString(),
                 u"https://console.example.org/orgs/5f3e2a1b9c00000000000001/admin"_s);
        s.webConsoleSettingsPage = u"{server}/settings?org={orgId}"_s;
        // An ID that is not a hex ObjectId cannot add to the address around it.
        QCOMPARE(s.webConsoleSettingsUrl(u"a&b=c#d"_s).toString(),
                 u"https://opsmanager.example.com:8443/settings?org=a%26b%3Dc%23d"_s);
        QCOMPARE(ConnectionSettings::webConsoleSettingsPageProblem({}), QString());
        QVERIFY(ConnectionSettings::webConsoleSettingsPageProblem(u"{server}/v2#/org/settings"_s)
                    .contains(u"{orgId}"_s));
        QVERIFY(ConnectionSettings::webConsoleSettingsPageProblem(u"javascript:alert({orgId})"_s)
                    .contains(u"https://"_s));
        QVERIFY(!ConnectionSettings::webConsoleSettingsPageProblem(u"http:// bad host/{orgId}"_s).isEmpty());
        QVERIFY(
            !ConnectionSettings::webConsoleSettingsPageProblem(QString(3000, u'a') + u"{orgId}"_s).isEmpty());
        s.webConsoleSettingsPage = u"ftp://x/{orgId}"_s;
        QVERIFY(!s.webConsoleSettingsUrl(u"5f3e2a1b9c00000000000001"_s).isValid());
    }

    void insecureHttp()
    {
        ConnectionSettings s;
        s.apiBase = QUrl(u"http://om.internal:8080/api/public/v1.0"_s);
        QVERIFY(s.isInsecure());
        QVERIFY(s.insecureWarning().contains(u"om.internal"_s));
        s.apiBase = QUrl(u"http://127.0.0.1:8080/api/public/v1.0"_s);
        QVERIFY(!s.isInsecure());
        s.apiBase = QUrl(u"http://[::1]:8080/api/public/v1.0"_s);
        QVERIFY(!s.isInsecure());
        s.apiBase = QUrl(u"http://localhost:8080/api/public/v1.0"_s);
        QVERIFY(!s.isInsecure());
        s.apiBase = QUrl(u"https://om.example.com/api/public/v1.0"_s);
        QVERIFY(!s.isInsecure());
        QVERIFY(s.insecureWarning().isEmpty());
    }

    void serviceVersionHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("major");
        QTest::addColumn<bool>("legacy");
        QTest::newRow("8.0") << QByteArray("gitHash=abc; versionString=8.0.4.500.20250211T1559Z") << 8
                             << false;
        QTest::newRow("5.0 rc") << QByteArray("gitHash=abc; versionString=5.0.0-rc1.100") << 5 << false;
        QTest::newRow("4.4") << QByteArray("gitHash=abc; versionString=4.4.12.100.20220101T0000Z") << 4
                             << true;
        QTest::newRow("order and spaces") << QByteArray("versionString=6.0.1 ;gitHash=def") << 6 << false;
    }

    void serviceVersionHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, major);
        QFETCH(bool, legacy);
        ServerInfo info;
        QVERIFY(info.parseServiceVersionHeader(header));
        QCOMPARE(info.major, major);
        QCOMPARE(info.usesLegacyWhitelist(), legacy);
        QCOMPARE(info.listSegment(), legacy ? u"whitelist"_s : u"accessList"_s);
        QVERIFY(!ServerInfo().parseServiceVersionHeader("gitHash=abc"));
        QVERIFY(!ServerInfo().usesLegacyWhitelist()); // unknown: the current paths
    }

    void serverKind()
    {
        ServerInfo info;
        info.appName = u"MongoDB Cloud Manager"_s;
        QCOMPARE(info.kind(), ServerKind::CloudManager);
        info.appName = u"MongoDB Ops Manager"_s;
        QCOMPARE(info.kind(), ServerKind::OpsManager);
    }

    void everyKindIsExplained()
    {
        for (int k = int(ApiError::Kind::Network); k <= int(ApiError::Kind::Cancelled); ++k) {
            ApiError e = ApiError::ofKind(ApiError::Kind(k));
            e.publicKey = u"abcdefgh"_s;
            e.httpStatus = 500;
            QVERIFY2(!e.explanation().isEmpty(), qPrintable(QString::number(k)));
            QVERIFY(!e.title().isEmpty());
        }
    }

    void whitelistExplanationNamesAddressAndKey()
    {
        ApiError e = ApiError::ofKind(ApiError::Kind::AddressNotOnList);
        e.publicKey = u"abcdefgh"_s;
        e.parameters = {u"203.0.113.7"_s};
        QCOMPARE(e.callerAddress(), u"203.0.113.7"_s);
        QVERIFY(e.explanation().contains(u"203.0.113.7"_s));
        QVERIFY(e.explanation().contains(u"abcdefgh"_s));
        QVERIFY(e.isWhitelistRefusal());
        e.parameters = {u"/api/x"_s, 3, u"1.5"_s};
        QVERIFY(e.callerAddress().isEmpty());
        QVERIFY(e.explanation().contains(u"your address"_s));
    }

    // 409 DATA_CONCURRENCY_ERROR (parallel secret creation) is no "already there".
    void concurrentWriteIsNotAConflictOfValues()
    {
        ApiError e = ApiError::ofKind(ApiError::Kind::Conflict);
        e.errorCode = u"DATA_CONCURRENCY_ERROR"_s;
        QVERIFY2(e.explanation().contains(u"at the same moment"_s), qPrintable(e.explanation()));
        QVERIFY(!e.explanation().contains(u"already there"_s));
    }

    void rateLimitExplanationSaysHowLong()
    {
        ApiError e = ApiError::ofKind(ApiError::Kind::RateLimited);
        e.retryAfterSeconds = 42;
        QVERIFY(e.explanation().contains(u"42 second"_s));
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestApiBasics)
#include "tst_apibasics.moc"
