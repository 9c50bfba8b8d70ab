// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Connection profiles (no private key in settings) and "Test connection" for each outcome, against the
// emulator's switches; a small fake only for "something that is not Ops Manager".
#include "ConnectionProfile.h"
#include "ConnectionTester.h"
#include "EmulatorFixture.h"
#include "TestCertificate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Outcome = ConnectionTestResult::Outcome;

class TestConnection : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;

    ConnectionTestResult test(const ConnectionProfile &profile, const QString &privateKey)
    {
        QNetworkAccessManager manager;
        ApiClient client(&manager);
        QString error;
        ConnectionSettings settings = profile.settings(privateKey, &error);
        settings.proxyMode = ConnectionSettings::ProxyMode::None;
        settings.maxTries = 1;
        client.setConnection(settings);
        std::optional<ConnectionTestResult> result;
        testConnection(&client, &client, [&](const ConnectionTestResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30'000))
            qWarning("no result from testConnection");
        return result.value_or(ConnectionTestResult());
    }

    ConnectionProfile profileFor(const QString &publicKey) const
    {
        ConnectionProfile p;
        p.name = u"test"_s;
        p.serverText = m_fx.server->serverUrl();
        p.publicKey = publicKey;
        return p;
    }

private slots:
    void init() { QVERIFY(m_fx.start()); }
    void cleanup() { m_fx.server.reset(); }

    void profilesKeepNoSecret()
    {
        ConnectionProfile p = profileFor(u"ownerkey"_s);
        p.name = u"Production OM"_s;
        p.proxyMode = ConnectionSettings::ProxyMode::Manual;
        p.proxyHost = u"proxy.example.com"_s;
        p.proxyPort = 3128;
        QVERIFY(p.problems().isEmpty());
        ProfileStore::save(p);
        const auto back = ProfileStore::find(u"Production OM"_s);
        QVERIFY(back);
        QCOMPARE(back->serverText, p.serverText);
        QCOMPARE(back->proxyPort, 3128);
        QCOMPARE(ProfileStore::all().size(), 1);
        QCOMPARE(back->secretKey(), m_fx.server->apiUrl() + u"|ownerkey"_s);
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("0a1b2c3d"));
        ProfileStore::remove(u"Production OM"_s);
        QVERIFY(!ProfileStore::find(u"Production OM"_s));

        ConnectionProfile bad;
        bad.serverText = u"ftp://x"_s;
        bad.proxyMode = ConnectionSettings::ProxyMode::Manual;
        bad.caBundlePath = u"/nonexistent.pem"_s;
        const QString all = bad.problems().join(u'\n');
        QVERIFY(all.contains(u"name"_s) && all.contains(u"ftp://"_s) && all.contains(u"public key"_s)
                && all.contains(u"PEM"_s) && all.contains(u"proxy"_s));
    }

    void ok()
    {
        const auto r = test(profileFor(u"ownerkey"_s), u"0a1b2c3d-0000-4000-8000-00000000a001"_s);
        QCOMPARE(r.outcome, Outcome::Ok);
        QVERIFY(r.serverDescription.startsWith(u"MongoDB Ops Manager 8.0"_s));
        QVERIFY(r.keyDescription.contains(u"Organization Owner"_s));
    }

    void wrongKey()
    {
        const auto r = test(profileFor(u"ownerkey"_s), u"0a1b2c3d-0000-4000-8000-00000000ffff"_s);
        QCOMPARE(r.outcome, Outcome::WrongKey);
        QVERIFY(r.message.contains(u"ownerkey"_s));
    }

    void addressNotOnWhitelist()
    {
        const auto r = test(profileFor(u"deniedky"_s), u"0a1b2c3d-0000-4000-8000-00000000a004"_s);
        QCOMPARE(r.outcome, Outcome::AddressNotOnWhitelist);
        QCOMPARE(r.address, u"127.0.0.1"_s); // what the person copies to the whitelist
    }

    void organizationRequiresWhitelist()
    {
        const auto r = test(profileFor(u"bemptyky"_s), u"0a1b2c3d-0000-4000-8000-00000000b006"_s);
        QCOMPARE(r.outcome, Outcome::OrgRequiresWhitelist);
        QCOMPARE(r.address, u"127.0.0.1"_s);
    }

    void certificateProblemThenTrusted()
    {
        QTemporaryDir dir;
        QString cert;
        QString key;
        QVERIFY(makeSelfSignedCertificate(dir.path(), &cert, &key));
        m_fx.server.reset();
        EmulatorOptions options;
        options.tlsCertificateFile = cert;
        options.tlsKeyFile = key;
        QVERIFY(m_fx.start(options));
        ConnectionProfile p = profileFor(u"ownerkey"_s);
        auto r = test(p, u"0a1b2c3d-0000-4000-8000-00000000a001"_s);
        QCOMPARE(r.outcome, Outcome::CertificateProblem);
        const QByteArray expected
            = QSslCertificate::fromPath(cert).first().digest(QCryptographicHash::Sha256).toHex();
        QCOMPARE(r.certificateSha256.toLatin1(), expected);
        p.pinnedSha256 = r.certificateSha256.toLatin1(); // "Trust this certificate for this profile"
        r = test(p, u"0a1b2c3d-0000-4000-8000-00000000a001"_s);
        QCOMPARE(r.outcome, Outcome::Ok);
        ConnectionProfile withCa = profileFor(u"ownerkey"_s);
        withCa.caBundlePath = cert;
        QCOMPARE(test(withCa, u"0a1b2c3d-0000-4000-8000-00000000a001"_s).outcome, Outcome::Ok);
    }

    void unreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        ConnectionProfile p = profileFor(u"ownerkey"_s);
        p.serverText = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();
        QCOMPARE(test(p, u"x"_s).outcome, Outcome::Unreachable);
    }

    void notOpsManager()
    {
        QTcpServer web; // a web server, not the API
        QVERIFY(web.listen(QHostAddress::LocalHost));
        QObject::connect(&web, &QTcpServer::newConnection, &web, [&web] {
            QTcpSocket *socket = web.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: "
                              "9\r\n\r\nnot here!");
            });
        });
        ConnectionProfile p = profileFor(u"ownerkey"_s);
        p.serverText = u"http://127.0.0.1:%1"_s.arg(web.serverPort());
        const auto r = test(p, u"x"_s);
        QCOMPARE(r.outcome, Outcome::NotOpsManager);
        QVERIFY(r.message.contains(u"not the Ops Manager"_s));
    }

    // Detect: the chosen API is not served, the other one answers — the result names it and says so.
    void detectsAtlas()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.flavor = EmulatorOptions::Flavor::Atlas;
        QVERIFY(m_fx.start(options));
        ConnectionProfile p = profileFor(u"ownerkey"_s); // the Public API, by default
        auto r = test(p, u"0a1b2c3d-0000-4000-8000-00000000a001"_s);
        QCOMPARE(r.outcome, Outcome::OtherApi);
        QCOMPARE(r.suggestedApi, ConnectionSettings::Api::AtlasV2);
        QVERIFY2(r.message.contains(u"answers the Atlas Administration API v2"_s), qPrintable(r.message));
        p.api = ConnectionSettings::Api::AtlasV2;
        r = test(p, u"0a1b2c3d-0000-4000-8000-00000000a001"_s);
        QCOMPARE(r.outcome, Outcome::Ok);
        QVERIFY2(r.serverDescription.startsWith(u"MongoDB Atlas"_s), qPrintable(r.serverDescription));
    }

    void detectsThePublicApi()
    {
        ConnectionProfile p = profileFor(u"ownerkey"_s);
        p.api = ConnectionSettings::Api::AtlasV2;
        const auto r = test(p, u"0a1b2c3d-0000-4000-8000-00000000a001"_s);
        QCOMPARE(r.outcome, Outcome::OtherApi);
        QCOMPARE(r.suggestedApi, ConnectionSettings::Api::PublicV1);
        QVERIFY2(r.message.contains(u"answers the Public API v1.0"_s), qPrintable(r.message));
        // An address typed with an API's path names that API.
        p.serverText = m_fx.server->serverUrl() + u"/api/public/v1.0"_s;
        QCOMPARE(p.effectiveApi(), ConnectionSettings::Api::PublicV1);
        QCOMPARE(test(p, u"0a1b2c3d-0000-4000-8000-00000000a001"_s).outcome, Outcome::Ok);
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestConnection)
#include "tst_connection.moc"
