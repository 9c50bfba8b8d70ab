// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in with a service account (Cloud Manager): the emulator's token and revoke endpoints with their
// literal fields and OAuth error codes (and curl against them), and the client's use of one token for a
// whole sync, renewed before it expires and once after a 401, with each refusal explained.
#include "ApiClient.h"
#include "Await.h"
#include "EmulatorFixture.h"
#include "OAuthTokens.h"
#include "Repository.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

namespace {
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(message);
    Q_UNUSED(type)
    Q_UNUSED(context)
}

// The seeded account, also allowed from this machine (its list otherwise holds 203.0.113.9 only).
void seedReachableAccount(Dataset &d)
{
    Fx::seedServiceAccount(d);
    d.serviceAccounts.last().accessList.append(
        AccessListEntry::fromBlock(*IpBlock::parse(u"127.0.0.1"_s).block, QDateTime::currentDateTimeUtc()));
}

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray wwwAuthenticate;
};
} // namespace

class TestOAuth : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    QNetworkAccessManager m_raw;
    QTemporaryDir m_dir;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<ApiClient> m_client;

    bool start(EmulatorOptions options = {},
               const std::function<void(Dataset &)> &seed = &seedReachableAccount)
    {
        m_client.reset();
        m_fx.server.reset();
        options.flavor = EmulatorOptions::Flavor::CloudManager;
        return m_fx.start(options, seed);
    }

    ConnectionSettings accountSettings(const QString &secret = Fx::ServiceAccountSecretValue) const
    {
        ConnectionSettings settings;
        settings.apiBase = QUrl(m_fx.server->apiUrl());
        settings.authMethod = ConnectionSettings::AuthMethod::ServiceAccount;
        settings.publicKey = Fx::ServiceAccountId;
        settings.privateKey = secret;
        settings.proxyMode = ConnectionSettings::ProxyMode::None;
        return settings;
    }
    ApiClient &connectAsAccount(const QString &secret = Fx::ServiceAccountSecretValue)
    {
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_manager.get());
        m_client->setConnection(accountSettings(secret));
        return *m_client;
    }

    Answer send(const QByteArray &method, const QString &path, const QByteArray &authorization,
                const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(m_fx.server->serverUrl() + path));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_raw.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20'000);
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeader("WWW-Authenticate")};
        reply->deleteLater();
        return a;
    }
    static QByteArray basic(const QString &id, const QString &secret)
    {
        return "Basic " + (id + u':' + secret).toUtf8().toBase64();
    }
    Answer mint(const QString &secret = Fx::ServiceAccountSecretValue)
    {
        return send("POST", u"/api/oauth/token"_s, basic(Fx::ServiceAccountId, secret),
                    "grant_type=client_credentials");
    }

private slots:
    void cleanup()
    {
        m_client.reset();
        m_manager.reset();
        m_fx.server.reset();
    }

    // The emulator as the documentation has it: literal fields and codes.
    void tokenEndpoint()
    {
        EmulatorOptions options;
        options.maxTokensPerAccount = 3;
        QVERIFY(start(options));
        const Answer ok = mint();
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value("token_type"_L1).toString(), u"Bearer"_s);
        QCOMPARE(ok.json.value("expires_in"_L1).toInt(), 3600);
        const QByteArray token = ok.json.value("access_token"_L1).toString().toLatin1();
        QVERIFY(token.size() >= 20);
        // The token signs API requests; a wrong one is refused with a Bearer challenge.
        Answer orgs = send("GET", u"/api/public/v1.0/orgs"_s, "Bearer " + token);
        QCOMPARE(orgs.status, 200);
        QCOMPARE(orgs.json.value("totalCount"_L1).toInt(), 1); // its own organization only
        Answer refused = send("GET", u"/api/public/v1.0/orgs"_s, "Bearer nottheone");
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.wwwAuthenticate.startsWith("Bearer"));

        QCOMPARE(mint(u"mdb_sa_sk_wrong"_s).json.value("error"_L1).toString(), u"invalid_client"_s);
        QCOMPARE(mint(u"mdb_sa_sk_wrong"_s).status, 401);
        Answer noGrant
            = send("POST", u"/api/oauth/token"_s, basic(Fx::ServiceAccountId, Fx::ServiceAccountSecretValue));
        QCOMPARE(noGrant.status, 400);
        QCOMPARE(noGrant.json.value("error"_L1).toString(), u"invalid_request"_s);
        Answer password
            = send("POST", u"/api/oauth/token"_s, basic(Fx::ServiceAccountId, Fx::ServiceAccountSecretValue),
                   "grant_type=password");
        QCOMPARE(password.json.value("error"_L1).toString(), u"unsupported_grant_type"_s);
        // Three live tokens at most here (100 documented): the fourth is access_denied.
        QCOMPARE(mint().status, 200);
        QCOMPARE(mint().status, 200);
        const Answer limit = mint();
        QCOMPARE(limit.status, 403);
        QCOMPARE(limit.json.value("error"_L1).toString(), u"access_denied"_s);
        QVERIFY(
            limit.json.value("error_description"_L1).toString().startsWith(u"Access Token limit reached"_s));
        // Revoking one makes room, and the revoked one signs nothing any more.
        QCOMPARE(send("POST", u"/api/oauth/revoke"_s,
                      basic(Fx::ServiceAccountId, Fx::ServiceAccountSecretValue),
                      "token=" + token + "&token_type_hint=access_token")
                     .status,
                 200);
        QCOMPARE(send("GET", u"/api/public/v1.0/orgs"_s, "Bearer " + token).status, 401);
        QCOMPARE(mint().status, 200);
    }

    // The access list applies when a token is used, not when it is minted; deleting the secret stops its
    // tokens at once.
    void accessListAppliesOnUse()
    {
        QVERIFY(start({}, &Fx::seedServiceAccount)); // allowed from 203.0.113.9 only
        const Answer ok = mint();
        QCOMPARE(ok.status, 200);
        const QByteArray bearer = "Bearer " + ok.json.value("access_token"_L1).toString().toLatin1();
        const Answer denied = send("GET", u"/api/public/v1.0/orgs/"_s + Fx::OrgA, bearer);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json.value("errorCode"_L1).toString(), u"IP_ADDRESS_NOT_ON_ACCESS_LIST"_s);
        QCOMPARE(denied.json.value("parameters"_L1).toArray().first().toString(), u"127.0.0.1"_s);

        // The client says so in plain words, naming the account's access list.
        ApiClient &client = connectAsAccount();
        const auto org = await<Organization>([&](auto done) { client.organization(Fx::OrgA, qApp, done); });
        QVERIFY(!org.ok());
        QCOMPARE(org.error().kind, ApiError::Kind::AddressNotOnList);
        QVERIFY2(
            org.error().explanation().contains(u"access list of service account "_s + Fx::ServiceAccountId),
            qPrintable(org.error().explanation()));
    }

    void curlGetsAToken()
    {
        QVERIFY(start());
        QProcess curl;
        curl.start(u"curl"_s,
                   {u"--silent"_s, u"--user"_s, Fx::ServiceAccountId + u':' + Fx::ServiceAccountSecretValue,
                    u"--data"_s, u"grant_type=client_credentials"_s,
                    m_fx.server->serverUrl() + u"/api/oauth/token"_s});
        QTRY_VERIFY_WITH_TIMEOUT(curl.state() == QProcess::NotRunning, 30'000);
        const QJsonObject answer = QJsonDocument::fromJson(curl.readAllStandardOutput()).object();
        QCOMPARE(answer.value("token_type"_L1).toString(), u"Bearer"_s);
        QVERIFY(!answer.value("access_token"_L1).toString().isEmpty());
    }

    // One token for a whole sync: every request of it carries the same token.
    void oneTokenForAWholeSync()
    {
        QVERIFY(start());
        ApiClient &client = connectAsAccount();
        Repository repository(&client, m_dir.filePath(u"cache.sqlite"_s));
        QSignalSpy loaded(&repository, &Repository::cacheLoaded);
        repository.open();
        QVERIFY(loaded.wait(10'000));
        QSignalSpy identified(&repository, &Repository::identityChanged);
        repository.identify();
        QVERIFY(identified.wait(20'000));
        // Who the console is: the account, with its organization role.
        QCOMPARE(repository.policy().callerKeyId(), Fx::ServiceAccountId);
        QSignalSpy finished(&repository, &Repository::syncFinished);
        QSignalSpy failed(&repository, &Repository::syncFailed);
        repository.sync(Fx::OrgA);
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30'000));
        QVERIFY2(
            failed.isEmpty(),
            qPrintable(failed.isEmpty() ? QString() : failed.first().at(1).value<ApiError>().explanation()));
        QVERIFY(client.scheduler().requestsStarted() > 10);
        QCOMPARE(client.scheduler().tokensMinted(), 1);
        const OrgStatePtr state = repository.state(Fx::OrgA);
        QVERIFY(state);
        QCOMPARE(state->snapshot.serviceAccounts.size(), 1);
        const QByteArray token = client.scheduler().currentToken();
        QVERIFY(!token.isEmpty());
        // Sign-out revokes it: the server no longer takes it.
        client.forgetCredentials();
        QCOMPARE(client.scheduler().tokensRevoked(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(send("GET", u"/api/public/v1.0/orgs"_s, "Bearer " + token).status, 401,
                                  10'000);
        // Neither the secret nor the token reached the cache file.
        // The snapshot is written (in the background) before the file is scanned.
        QTRY_VERIFY_WITH_TIMEOUT(repository.state(Fx::OrgA)->snapshot.id > 0, 20'000);
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile f(m_dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(Fx::ServiceAccountSecretValue.toLatin1()), qPrintable(name));
            QVERIFY2(!bytes.contains(token), qPrintable(name));
        }
    }

    // With the API's debug log on, no line holds the client secret, a bearer token or a new secret's value.
    void logsHoldNoSecretOrToken()
    {
        QVERIFY(start());
        ApiClient &client = connectAsAccount();
        QLoggingCategory::setFilterRules(u"apiaccess.api.debug=true\napiaccess.api.info=true"_s);
        capturedLog.clear();
        previousHandler = qInstallMessageHandler(captureMessages);
        const auto org = await<Organization>([&](auto done) { client.organization(Fx::OrgA, qApp, done); });
        const QByteArray token = client.scheduler().currentToken();
        const auto secret = await<ServiceAccountSecret>([&](auto done) {
            client.createServiceAccountSecret(Fx::OrgA, Fx::ServiceAccountId, 24, qApp, done);
        });
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(org.ok());
        QVERIFY(!token.isEmpty());
        QVERIFY(!capturedLog.isEmpty()); // the category did log the requests and the token request
        QVERIFY(std::any_of(capturedLog.cbegin(), capturedLog.cend(),
                            [](const QString &l) { return l.contains(u"token minted"_s); }));
        for (const QString &line : std::as_const(capturedLog)) {
            QVERIFY2(!line.contains(Fx::ServiceAccountSecretValue), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromLatin1(token)), qPrintable(line));
            if (secret.ok())
                QVERIFY2(!line.contains(secret.value().secret), qPrintable(line));
        }
    }

    // Renewed shortly before it expires, without a refusal; and once after a 401 (revoked elsewhere).
    void renewedBeforeExpiryAndAfterARefusal()
    {
        EmulatorOptions options;
        options.tokenLifetimeSeconds = 4;
        QVERIFY(start(options));
        ApiClient &client = connectAsAccount();
        const auto first = await<Organization>([&](auto done) { client.organization(Fx::OrgA, qApp, done); });
        QVERIFY(first.ok());
        QCOMPARE(client.scheduler().tokensMinted(), 1);
        const auto again = await<Organization>([&](auto done) { client.organization(Fx::OrgA, qApp, done); });
        QVERIFY(again.ok());
        QCOMPARE(client.scheduler().tokensMinted(), 1); // reused
        // Past half of its 4-second life the token is renewed before use (no request is refused).
        QTRY_VERIFY_WITH_TIMEOUT(!client.scheduler().hasFreshToken(), 10'000);
        const int before = client.scheduler().requestsStarted();
        const auto renewed
            = await<Organization>([&](auto done) { client.organization(Fx::OrgA, qApp, done); });
        QVERIFY(renewed.ok());
        QCOMPARE(client.scheduler().tokensMinted(), 2);
        QCOMPARE(client.scheduler().requestsStarted(), before + 1); // no 401 and retry

        // Revoked behind the console's back: the 401 leads to one new token and the request succeeds.
        QCOMPARE(send("POST", u"/api/oauth/revoke"_s,
                      basic(Fx::ServiceAccountId, Fx::ServiceAccountSecretValue),
                      "token=" + client.scheduler().currentToken())
                     .status,
                 200);
        const auto afterRevoke
            = await<Organization>([&](auto done) { client.organization(Fx::OrgA, qApp, done); });
        QVERIFY2(afterRevoke.ok(),
                 qPrintable(afterRevoke.ok() ? QString() : afterRevoke.error().explanation()));
        QCOMPARE(client.scheduler().tokensMinted(), 3);
    }

    // A refused secret is explained, and many waiting requests make one token request, not one each.
    void refusalsExplained()
    {
        EmulatorOptions options;
        options.maxTokensPerAccount = 1;
        QVERIFY(start(options));
        ApiClient &wrong = connectAsAccount(u"mdb_sa_sk_00000000000000000000000000009999"_s);
        QList<ApiResult<Organization>> results;
        for (int i = 0; i < 5; ++i)
            wrong.organization(Fx::OrgA, qApp, [&](ApiResult<Organization> r) { results.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 5, 20'000);
        QCOMPARE(wrong.scheduler().tokensMinted(), 0);
        QCOMPARE(wrong.scheduler().tokenRequests(), 1);
        for (const auto &r : results) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, ApiError::Kind::Authentication);
            QCOMPARE(r.error().errorCode, u"invalid_client"_s);
        }
        QVERIFY2(results.first().error().explanation().contains(u"did not accept service account "_s
                                                                + Fx::ServiceAccountId),
                 qPrintable(results.first().error().explanation()));
        // The token limit: another tool holds the only token this account may have.
        QCOMPARE(mint().status, 200);
        ApiClient &limited = connectAsAccount();
        const auto r = await<Organization>([&](auto done) { limited.organization(Fx::OrgA, qApp, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().errorCode, u"access_denied"_s);
        QVERIFY2(r.error().explanation().contains(u"100 active tokens"_s),
                 qPrintable(r.error().explanation()));
    }

    void tokenAnswersAreBounded()
    {
        using Parsed = std::pair<QByteArray, int>;
        const auto life = [](const QByteArray &body) {
            const auto parsed = OAuthTokens::parseTokenAnswer(200, body, Fx::ServiceAccountId);
            return std::holds_alternative<Parsed>(parsed) ? std::get<Parsed>(parsed).second : -1;
        };
        QCOMPARE(life(R"({"access_token":"abc","token_type":"Bearer","expires_in":3600})"), 3600);
        QCOMPARE(life(R"({"access_token":"abc","token_type":"Bearer","expires_in":1e12})"), 86400);
        QCOMPARE(life(R"({"access_token":"abc","token_type":"Bearer","expires_in":0})"), 2);
        QCOMPARE(life(R"({"access_token":"abc","token_type":"Bearer"})"), 3600);
        QCOMPARE(life(R"({"access_token":"a b","token_type":"Bearer","expires_in":3600})"), -1);
        QCOMPARE(life(R"({"access_token":"abc","token_type":"MAC","expires_in":3600})"), -1);
        QCOMPARE(life(R"({"token_type":"Bearer"})"), -1);
        QCOMPARE(life("<html>"), -1);
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestOAuth)
#include "tst_oauth.moc"
