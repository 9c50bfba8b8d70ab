// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// apiaccess-emulator as a program: its startup line, clean stops, --state across restarts, HTTPS, and
// interop with an independent client: the MongoDB docs' own curl --digest requests.
#include "EmulatorProcess.h"
#include "ServiceAccount.h"
#include "SyncHttp.h"
#include "TestCertificate.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

struct CurlResult
{
    int exitCode = -1;
    int status = 0;
    QByteArray body;
};

// curl --user "PUBLIC:PRIVATE" --digest, as the MongoDB documentation writes its examples.
CurlResult curl(const EmulatorProcess &emulator, const QByteArray &method, const QString &path,
                const QByteArray &data = {}, const QStringList &extra = {})
{
    QStringList args{u"--silent"_s,
                     u"--show-error"_s,
                     u"--user"_s,
                     emulator.publicKey() + u':' + emulator.privateKey(),
                     u"--digest"_s,
                     u"--header"_s,
                     u"Accept: application/json"_s,
                     u"--request"_s,
                     QString::fromLatin1(method),
                     u"--write-out"_s,
                     u"\n%{http_code}"_s};
    if (!data.isEmpty())
        args << u"--header"_s << u"Content-Type: application/json"_s << u"-H"_s << u"Expect:"_s << u"--data"_s
             << QString::fromUtf8(data);
    args << extra << emulator.url() + path;
    QProcess process;
    process.start(u"curl"_s, args);
    process.waitForFinished(30'000);
    CurlResult result;
    result.exitCode = process.exitCode();
    const QByteArray out = process.readAllStandardOutput();
    const qsizetype cut = out.lastIndexOf('\n');
    result.body = out.left(cut);
    result.status = out.mid(cut + 1).toInt();
    if (result.exitCode != 0)
        qWarning() << "curl:" << process.readAllStandardError();
    return result;
}

} // namespace

class TestEmulatorProcess : public QObject
{
    Q_OBJECT
private slots:
    void startupLineAndCleanStop()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--port"_s, u"0"_s}));
        const QJsonObject info = emulator.info();
        // The Ops Manager flavour names a Global Owner key besides the organization's owner key.
        QCOMPARE(info.keys(),
                 (QStringList{u"globalPrivateKey"_s, u"globalPublicKey"_s, u"orgId"_s, u"privateKey"_s,
                              u"publicKey"_s, u"url"_s}));
        {
            SyncHttp global(emulator.url(), info.value("globalPublicKey"_L1).toString(),
                            info.value("globalPrivateKey"_L1).toString());
            const auto keys = global.get(u"/admin/apiKeys"_s);
            QCOMPARE(keys.status, 200);
            QCOMPARE(keys.json().value("totalCount"_L1).toInt(), 4);
        }
        QVERIFY2(QRegularExpression(u"^http://127\\.0\\.0\\.1:\\d+/api/public/v1\\.0$"_s)
                     .match(emulator.url())
                     .hasMatch(),
                 qPrintable(emulator.url()));
        SyncHttp http(emulator.url(), emulator.publicKey(), emulator.privateKey());
        const auto orgs = http.get(u"/orgs"_s);
        QCOMPARE(orgs.status, 200);
        QCOMPARE(orgs.json().value("results"_L1).toArray().first().toObject().value("id"_L1).toString(),
                 emulator.orgId());
        QCOMPARE(emulator.stop(SIGTERM), 0);
        QVERIFY(emulator.remainingStdout().isEmpty()); // exactly one line on stdout
        QVERIFY(emulator.stderrText().contains("stopping"));
    }

    // The program's default follows the documentation: no settings endpoint. The setting is changed on
    // the web console's page (the emulator's stand-in, no login, loopback only) and the change is an event
    // of the organization's feed: what the console reads back.
    void settingsOnTheWebConsolePageOnly()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--port"_s, u"0"_s}));
        const QString org = emulator.orgId();
        const CurlResult api = curl(emulator, "GET", u"/orgs/"_s + org + u"/settings"_s);
        QCOMPARE(api.status, 404);
        QCOMPARE(QJsonDocument::fromJson(api.body).object().value("errorCode"_L1).toString(),
                 u"RESOURCE_NOT_FOUND"_s);

        const QString server = emulator.url().chopped(int(qstrlen("/api/public/v1.0")));
        const auto plain = [](const QStringList &args) {
            QProcess process;
            process.start(u"curl"_s, QStringList{u"--silent"_s, u"--show-error"_s} + args);
            process.waitForFinished(30'000);
            return process.readAllStandardOutput();
        };
        // The page the console opens: a fragment the browser does not send, read by the page itself.
        const QByteArray page = plain({server + u"/v2"_s});
        QVERIFY2(page.contains("location.hash") && page.contains("/v2/orgSettings?org="), page.constData());
        QByteArray form = plain({server + u"/v2/orgSettings?org="_s + org});
        QVERIFY2(form.contains("Require IP Whitelist for Public API"), form.constData());
        QVERIFY(!form.contains(" checked"));
        form = plain({u"--data"_s, u"required=on"_s, server + u"/v2/orgSettings?org="_s + org});
        QVERIFY(form.contains("id=\"saved\"") && form.contains(" checked"));
        QVERIFY(plain({u"--write-out"_s, u"%{http_code}"_s, u"--output"_s, u"/dev/null"_s,
                       server + u"/v2/orgSettings?org=000000000000000000000000"_s})
                == "404");

        const CurlResult events = curl(
            emulator, "GET", u"/orgs/"_s + org + u"/events?eventType=ORG_PUBLIC_API_ACCESS_LIST_REQUIRED"_s);
        QCOMPARE(events.status, 200);
        const QJsonArray results
            = QJsonDocument::fromJson(events.body).object().value("results"_L1).toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject on = results.first().toObject();
        QCOMPARE(on.value("eventTypeName"_L1).toString(), u"ORG_PUBLIC_API_ACCESS_LIST_REQUIRED"_s);
        QCOMPARE(on.value("orgId"_L1).toString(), org);
        QCOMPARE(on.value("remoteAddress"_L1).toString(), u"127.0.0.1"_s);
        QVERIFY(!on.value("username"_L1).toString().isEmpty());
        QVERIFY(!on.value("userId"_L1).toString().isEmpty());
        QVERIFY(!on.contains("apiKeyId"_L1));
        QCOMPARE(emulator.stop(SIGTERM), 0);
    }

    // Cloud Manager's start line also names a service account this machine may sign in with; curl gets a
    // token for it and the token reads the demo's accounts, whose secrets are in every state.
    void cloudManagerStartLineNamesAServiceAccount()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--port"_s, u"0"_s, u"--flavor"_s, u"cloud-manager"_s}));
        const QString clientId = emulator.info().value("clientId"_L1).toString();
        const QString secret = emulator.info().value("clientSecret"_L1).toString();
        QVERIFY(ServiceAccount::isClientId(clientId));
        QVERIFY(secret.startsWith(u"mdb_sa_sk_"_s));
        const QString server = emulator.url().chopped(int(qstrlen("/api/public/v1.0")));
        QProcess token;
        token.start(u"curl"_s,
                    {u"--silent"_s, u"--user"_s, clientId + u':' + secret, u"--data"_s,
                     u"grant_type=client_credentials"_s, server + u"/api/oauth/token"_s});
        QVERIFY(token.waitForFinished(30'000));
        const QString bearer = QJsonDocument::fromJson(token.readAllStandardOutput())
                                   .object()
                                   .value("access_token"_L1)
                                   .toString();
        QVERIFY(!bearer.isEmpty());
        QProcess list;
        list.start(u"curl"_s,
                   {u"--silent"_s, u"--header"_s, u"Authorization: Bearer "_s + bearer,
                    emulator.url() + u"/orgs/"_s + emulator.orgId() + u"/serviceAccounts"_s});
        QVERIFY(list.waitForFinished(30'000));
        const QJsonArray accounts
            = QJsonDocument::fromJson(list.readAllStandardOutput()).object().value("results"_L1).toArray();
        QCOMPARE(accounts.size(), 4);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int expired = 0, expiringSoon = 0, neverUsed = 0;
        for (const QJsonValue &a : accounts) {
            for (const QJsonValue &s : a.toObject().value("secrets"_L1).toArray()) {
                QVERIFY(!s.toObject().contains("secret"_L1)); // masked after creation
                const QDateTime expires
                    = QDateTime::fromString(s.toObject().value("expiresAt"_L1).toString(), Qt::ISODate);
                expired += expires < now;
                expiringSoon += expires > now && now.daysTo(expires) <= 7;
                neverUsed += !s.toObject().contains("lastUsedAt"_L1);
            }
        }
        QVERIFY(expired >= 1 && expiringSoon >= 1 && neverUsed >= 1);
        QCOMPARE(emulator.stop(SIGTERM), 0);
        // Ops Manager documents no service accounts: its start line names none.
        EmulatorProcess opsManager;
        QVERIFY(opsManager.start({u"--port"_s, u"0"_s}));
        QVERIFY(!opsManager.info().contains("clientId"_L1));
        QCOMPARE(opsManager.stop(SIGTERM), 0);
    }

    void stopsOnSigint()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({}));
        QCOMPARE(emulator.stop(SIGINT), 0);
    }

    void badArgumentsExitWithUsage()
    {
        QProcess process;
        process.start(QStringLiteral(APIACCESS_EMULATOR_BINARY), {u"--latency"_s, u"soon"_s});
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--latency"));
    }

    void stateSurvivesRestart()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(u"state.json"_s);
        QString keyId;
        {
            EmulatorProcess emulator;
            QVERIFY(emulator.start({u"--state"_s, state}));
            SyncHttp http(emulator.url(), emulator.publicKey(), emulator.privateKey());
            const auto created = http.post(u"/orgs/"_s + emulator.orgId() + u"/apiKeys"_s,
                                           R"({"desc":"survives restarts","roles":["ORG_READ_ONLY"]})");
            QCOMPARE(created.status, 200);
            keyId = created.json().value("id"_L1).toString();
            QCOMPARE(emulator.stop(), 0);
        }
        QVERIFY(QFile::exists(state));
        // Every private key is in it: the owner's alone (0600).
        QCOMPARE(QFile::permissions(state) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        EmulatorProcess again;
        QVERIFY(again.start({u"--state"_s, state}));
        SyncHttp http(again.url(), again.publicKey(), again.privateKey());
        const auto key = http.get(u"/orgs/"_s + again.orgId() + u"/apiKeys/"_s + keyId);
        QCOMPARE(key.status, 200);
        QCOMPARE(key.json().value("desc"_L1).toString(), u"survives restarts"_s);
    }

    void curlInterop()
    {
        EmulatorProcess emulator;
        QVERIFY(emulator.start({}));
        const QString keys = u"/orgs/"_s + emulator.orgId() + u"/apiKeys"_s;

        // GET a list
        CurlResult r = curl(emulator, "GET", keys + u"?pretty=true"_s);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.status, 200);
        QVERIFY(QJsonDocument::fromJson(r.body).object().value("totalCount"_L1).toInt() > 0);

        // POST: create a key
        r = curl(emulator, "POST", keys + u"?pretty=true"_s,
                 R"({"desc":"created by curl","roles":["ORG_MEMBER"]})");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.status, 200);
        const QJsonObject key = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(key.value("desc"_L1).toString(), u"created by curl"_s);
        QCOMPARE(key.value("privateKey"_L1).toString().size(), 36);
        const QString list = keys + u'/' + key.value("id"_L1).toString() + u"/accessList"_s;

        // POST whitelist entries
        r = curl(emulator, "POST", list, R"([{"ipAddress":"192.0.2.15"},{"cidrBlock":"192.0.2.0/24"}])");
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value("totalCount"_L1).toInt(), 2);

        // DELETE an entry with %2F
        r = curl(emulator, "DELETE", list + u"/192.0.2.0%2F24"_s);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.status, 204);
        r = curl(emulator, "GET", list);
        const QJsonArray left = QJsonDocument::fromJson(r.body).object().value("results"_L1).toArray();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value("ipAddress"_L1).toString(), u"192.0.2.15"_s);
    }

    void https()
    {
        QTemporaryDir dir;
        QString cert;
        QString key;
        QVERIFY(makeSelfSignedCertificate(dir.path(), &cert, &key));

        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--tls-cert"_s, cert, u"--tls-key"_s, key}));
        QVERIFY(emulator.url().startsWith(u"https://127.0.0.1:"_s));
        // An independent client that trusts the certificate.
        const CurlResult r = curl(emulator, "GET", u"/orgs"_s, {}, {u"--cacert"_s, cert});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.status, 200);

        // Qt refuses the unknown certificate, and accepts it once it is trusted.
        SyncHttp http(emulator.url(), emulator.publicKey(), emulator.privateKey());
        auto refused = http.get(u"/orgs"_s);
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        SyncHttp trusting(emulator.url(), emulator.publicKey(), emulator.privateKey());
        trusting.setCaCertificates(QSslCertificate::fromData(pem.readAll()));
        const auto trusted = trusting.get(u"/orgs"_s);
        QVERIFY2(trusted.status == 200, qPrintable(trusted.errorString));
        QVERIFY(trusted.json()
                    .value("results"_L1)
                    .toArray()
                    .first()
                    .toObject()
                    .value("links"_L1)
                    .toArray()
                    .first()
                    .toObject()
                    .value("href"_L1)
                    .toString()
                    .startsWith(u"https://"_s));
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestEmulatorProcess)
#include "tst_emulator_process.moc"
