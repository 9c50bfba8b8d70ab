// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP Digest exactly as Ops Manager speaks it, byte for byte, and as Qt's client meets it.
#include "EmulatorFixture.h"
#include "RawHttp.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

class TestEmulatorDigest : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    static constexpr const char *Owner = "0a1b2c3d-0000-4000-8000-00000000a001";
    const QByteArray m_target = "/api/public/v1.0/orgs";

private slots:
    void init() { QVERIFY(m_fx.start()); }
    void cleanup() { m_fx.server.reset(); }

    void challengeShape()
    {
        RawHttp raw(m_fx.server->port());
        const auto r = raw.request("GET", m_target);
        QCOMPARE(r.status, 401);
        const QString header = QString::fromLatin1(r.headers.value("www-authenticate"));
        QVERIFY2(QRegularExpression(u"^Digest realm=\"MMS Public API\", domain=\"\", nonce=\"[^\"]+\", "
                                    "algorithm=MD5, qop=\"auth\", stale=false$"_s)
                     .match(header)
                     .hasMatch(),
                 qPrintable(header));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json;charset=ISO-8859-1"));
        QCOMPARE(r.json().value("error"_L1).toInt(), 401);
        QCOMPARE(r.json().value("reason"_L1).toString(), u"Unauthorized"_s);
        QVERIFY(!r.json().value("detail"_L1).toString().isEmpty());
    }

    void goodCredentialsAndNonceReuse()
    {
        RawHttp raw(m_fx.server->port());
        const QByteArray challenge = raw.request("GET", m_target).headers.value("www-authenticate");
        for (int nc = 1; nc <= 3; ++nc) {
            const auto r = raw.request("GET", m_target,
                                       RawHttp::digest(challenge, "ownerkey", Owner, "GET", m_target, nc));
            QCOMPARE(r.status, 200);
        }
        // Out of order but unused counts are fine (parallel connections share nonces).
        QCOMPARE(
            raw.request("GET", m_target, RawHttp::digest(challenge, "ownerkey", Owner, "GET", m_target, 7))
                .status,
            200);
        QCOMPARE(
            raw.request("GET", m_target, RawHttp::digest(challenge, "ownerkey", Owner, "GET", m_target, 5))
                .status,
            200);
    }

    void replayedNonceCount()
    {
        RawHttp raw(m_fx.server->port());
        const QByteArray challenge = raw.request("GET", m_target).headers.value("www-authenticate");
        const QByteArray auth = RawHttp::digest(challenge, "ownerkey", Owner, "GET", m_target, 1);
        QCOMPARE(raw.request("GET", m_target, auth).status, 200);
        const auto replay = raw.request("GET", m_target, auth);
        QCOMPARE(replay.status, 401);
        QVERIFY(replay.headers.value("www-authenticate").contains("stale=false"));
    }

    void wrongPrivateKey()
    {
        RawHttp raw(m_fx.server->port());
        const QByteArray challenge = raw.request("GET", m_target).headers.value("www-authenticate");
        const auto r = raw.request("GET", m_target,
                                   RawHttp::digest(challenge, "ownerkey", "wrong", "GET", m_target, 1));
        QCOMPARE(r.status, 401);
        QVERIFY(r.headers.contains("www-authenticate"));
    }

    void unknownPublicKey()
    {
        RawHttp raw(m_fx.server->port());
        const QByteArray challenge = raw.request("GET", m_target).headers.value("www-authenticate");
        QCOMPARE(raw.request("GET", m_target, RawHttp::digest(challenge, "nobodyxx", "x", "GET", m_target, 1))
                     .status,
                 401);
    }

    void missingQop()
    {
        RawHttp raw(m_fx.server->port());
        const QByteArray challenge = raw.request("GET", m_target).headers.value("www-authenticate");
        const auto r = raw.request("GET", m_target,
                                   RawHttp::digest(challenge, "ownerkey", Owner, "GET", m_target, 1, false));
        QCOMPARE(r.status, 401);
    }

    void uriMustMatch()
    {
        RawHttp raw(m_fx.server->port());
        const QByteArray challenge = raw.request("GET", m_target).headers.value("www-authenticate");
        const QByteArray other = "/api/public/v1.0/orgs/a0000000000000000000000a";
        QCOMPARE(raw.request("GET", m_target, RawHttp::digest(challenge, "ownerkey", Owner, "GET", other, 1))
                     .status,
                 401);
    }

    void expiredNonceIsStale()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.nonceMaxUses = 1;
        QVERIFY(m_fx.start(options));
        RawHttp raw(m_fx.server->port());
        const QByteArray challenge = raw.request("GET", m_target).headers.value("www-authenticate");
        QCOMPARE(
            raw.request("GET", m_target, RawHttp::digest(challenge, "ownerkey", Owner, "GET", m_target, 1))
                .status,
            200);
        const auto r
            = raw.request("GET", m_target, RawHttp::digest(challenge, "ownerkey", Owner, "GET", m_target, 2));
        QCOMPARE(r.status, 401);
        QVERIFY2(r.headers.value("www-authenticate").endsWith("stale=true"),
                 r.headers.value("www-authenticate"));
        // A wrong password with an expired nonce is not stale: it is wrong.
        const auto wrong
            = raw.request("GET", m_target, RawHttp::digest(challenge, "ownerkey", "bad", "GET", m_target, 3));
        QVERIFY(wrong.headers.value("www-authenticate").endsWith("stale=false"));
    }

    void staleCanBeOmitted()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.nonceMaxUses = 1;
        options.sendStale = false;
        QVERIFY(m_fx.start(options));
        RawHttp raw(m_fx.server->port());
        const QByteArray challenge = raw.request("GET", m_target).headers.value("www-authenticate");
        QVERIFY(!challenge.contains("stale"));
        raw.request("GET", m_target, RawHttp::digest(challenge, "ownerkey", Owner, "GET", m_target, 1));
        const auto r
            = raw.request("GET", m_target, RawHttp::digest(challenge, "ownerkey", Owner, "GET", m_target, 2));
        QCOMPARE(r.status, 401);
        QVERIFY(!r.headers.value("www-authenticate").contains("stale"));
    }

    void qtClientRetriesStaleSilently()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.nonceMaxUses = 2;
        QVERIFY(m_fx.start(options));
        auto http = m_fx.client();
        for (int i = 0; i < 6; ++i) {
            const auto r = http.get(u"/orgs"_s);
            QCOMPARE(r.status, 200);
            QVERIFY(r.authenticationRequests <= 1);
        }
    }

    void qtClientWithWrongKeyDoesNotLoop()
    {
        auto http = m_fx.client(u"ownerkey"_s, u"not-the-key"_s);
        const auto r = http.get(u"/orgs"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.error, QNetworkReply::AuthenticationRequiredError);
        QCOMPARE(r.authenticationRequests, 2); // once to answer, once to learn the key is wrong
        QCOMPARE(m_fx.server->dispatcher().challengesIssued(), 2);
    }

    void qtClientPaysOneChallengePerConnection()
    {
        auto http = m_fx.client();
        for (int i = 0; i < 10; ++i)
            QCOMPARE(http.get(u"/orgs"_s).status, 200);
        QCOMPARE(m_fx.server->dispatcher().challengesIssued(), 1);
    }

    void bodiesSurviveTheChallenge()
    {
        auto http = m_fx.client();
        const auto r = http.post(u"/orgs/a0000000000000000000000a/apiKeys"_s,
                                 R"({"desc":"first request is a POST","roles":["ORG_MEMBER"]})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("desc"_L1).toString(), u"first request is a POST"_s);
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestEmulatorDigest)
#include "tst_emulator_digest.moc"
