// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The headless review commands with service accounts: check-ip, report, diff and export of a Cloud
// Manager organization name the accounts beside the keys, with literal field names — and never a secret.
#include "ApiClient.h"
#include "CliProcess.h"
#include "EmulatorFixture.h"
#include "Repository.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

class TestCliServiceAccounts : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    QTemporaryDir m_home;

    QString cachePath() const
    {
        return m_home.filePath(u"data/apiaccess/apiaccess/profiles/test/cache.sqlite"_s);
    }

    bool sync()
    {
        QNetworkAccessManager manager;
        ApiClient client(&manager);
        ConnectionSettings settings;
        settings.apiBase = QUrl(m_fx.server->apiUrl());
        settings.publicKey = u"ownerkey"_s;
        settings.privateKey = u"0a1b2c3d-0000-4000-8000-00000000a001"_s;
        settings.proxyMode = ConnectionSettings::ProxyMode::None;
        client.setConnection(settings);
        Repository repository(&client, cachePath());
        repository.open();
        QSignalSpy identified(&repository, &Repository::identityChanged);
        QSignalSpy refused(&repository, &Repository::identityFailed);
        repository.identify(); // the server's kind: Cloud Manager has service accounts
        if (!QTest::qWaitFor([&] { return !identified.isEmpty() || !refused.isEmpty(); }, 20'000)
            || !refused.isEmpty()) {
            qWarning() << "identify failed"
                       << (refused.isEmpty() ? QString()
                                             : refused.first().first().value<ApiError>().explanation());
            return false;
        }
        QSignalSpy done(&repository, &Repository::syncFinished);
        repository.sync(Fx::OrgA);
        return done.wait(20'000);
    }

    using Run = CliRun;
    Run run(const QStringList &args) { return runCli(m_home.path(), args); }

private slots:
    void initTestCase()
    {
        EmulatorOptions options;
        options.flavor = EmulatorOptions::Flavor::CloudManager;
        QVERIFY(m_fx.start(options, &Fx::seedServiceAccount));
        QVERIFY(sync());
    }

    void checkIpNamesTheAccount()
    {
        Run r = run({u"check-ip"_s, u"203.0.113.9"_s, u"--org"_s, Fx::OrgA, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray accounts = r.json().value("serviceAccounts"_L1).toArray();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject a = accounts.first().toObject();
        QCOMPARE(a.value("clientId"_L1).toString(), Fx::ServiceAccountId);
        QCOMPARE(a.value("name"_L1).toString(), u"ci-runner"_s);
        QCOMPARE(a.value("allowed"_L1).toBool(), true);
        QCOMPARE(a.value("verdict"_L1).toString(), u"allowed"_s);
        QCOMPARE(a.value("matchedEntry"_L1).toString(), u"203.0.113.9"_s);
        QVERIFY(!r.json().value("keys"_L1).toArray().isEmpty()); // the keys are still there, apart

        r = run({u"check-ip"_s, u"192.0.2.1"_s, u"--org"_s, Fx::OrgA, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject denied = r.json().value("serviceAccounts"_L1).toArray().first().toObject();
        QCOMPARE(denied.value("allowed"_L1).toBool(true), false);
        QCOMPARE(denied.value("errorCode"_L1).toString(), u"IP_ADDRESS_NOT_ON_ACCESS_LIST"_s);

        r = run({u"check-ip"_s, u"192.0.2.1"_s, u"--org"_s, Fx::OrgA});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(
                     (u"DENIED   "_s + Fx::ServiceAccountId + u"  ci-runner (service account)"_s).toUtf8()),
                 r.out.constData());
    }

    void reportFindsTheSecret()
    {
        // The seeded secret expires in 60 days: reported within 90, not within the default 14.
        Run r = run({u"report"_s, u"--org"_s, Fx::OrgA, u"--json"_s, u"--secret-days"_s, u"90"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray findings = r.json().value("findings"_L1).toArray();
        const auto expiring = std::find_if(findings.begin(), findings.end(), [](const QJsonValue &f) {
            return f.toObject().value("kind"_L1) == "secretExpiring"_L1;
        });
        QVERIFY(expiring != findings.end());
        QCOMPARE(expiring->toObject().value("subject"_L1).toString(), u"serviceAccount"_s);
        QCOMPARE(expiring->toObject().value("id"_L1).toString(), Fx::ServiceAccountId);
        QVERIFY(expiring->toObject().value("publicKey"_L1).isNull());
        QCOMPARE(expiring->toObject().value("severity"_L1).toString(), u"medium"_s);
        r = run({u"report"_s, u"--org"_s, Fx::OrgA, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray defaults = r.json().value("findings"_L1).toArray();
        QVERIFY(std::none_of(defaults.begin(), defaults.end(), [](const QJsonValue &f) {
            return f.toObject().value("kind"_L1) == "secretExpiring"_L1;
        }));
        QCOMPARE(run({u"report"_s, u"--org"_s, Fx::OrgA, u"--secret-days"_s, u"0"_s}).code, 2);
    }

    void exportCarriesAccountsWithoutSecrets()
    {
        const QString base = m_home.filePath(u"export"_s);
        for (const QString &format : {u"csv"_s, u"json"_s, u"md"_s, u"html"_s}) {
            const Run r = run(
                {u"export"_s, u"--org"_s, Fx::OrgA, u"--format"_s, format, u"--out"_s, base + u'.' + format});
            QVERIFY2(r.code == 0, r.err.constData());
        }
        const QStringList files{base + u".csv"_s, base + u"-serviceaccounts.csv"_s, base + u".json"_s,
                                base + u".md"_s, base + u".html"_s};
        QHash<QString, QByteArray> content;
        for (const QString &f : files) {
            QFile file(f);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(f));
            content.insert(f, file.readAll());
            QVERIFY2(!content.value(f).contains(Fx::ServiceAccountSecretValue.toLatin1()), qPrintable(f));
        }
        const QList<QByteArray> lines = content.value(base + u"-serviceaccounts.csv"_s).trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[1].startsWith(QByteArray(Fx::ServiceAccountId.toLatin1()
                                                + ",ci-runner,Deploys from CI,ORG_MEMBER,1,1,")),
                 lines[1].constData());
        QVERIFY(lines[1].trimmed().endsWith(",203.0.113.9,true"));
        const QJsonArray accounts = QJsonDocument::fromJson(content.value(base + u".json"_s))
                                        .object()
                                        .value("serviceAccounts"_L1)
                                        .toArray();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject a = accounts.first().toObject();
        QCOMPARE(a.value("clientId"_L1).toString(), Fx::ServiceAccountId);
        QCOMPARE(a.value("secrets"_L1).toArray().first().toObject().value("maskedSecretValue"_L1).toString(),
                 u"mdb_sa_sk_…1234"_s);
        QCOMPARE(a.value("accessList"_L1).toArray().first().toObject().value("requestCount"_L1).toInt(), 812);
        QVERIFY(content.value(base + u".md"_s).contains("## Service accounts"));
        QVERIFY(content.value(base + u".md"_s)
                    .contains(QByteArray("| ci-runner | `" + Fx::ServiceAccountId.toLatin1() + "` |")));
    }

    // Last: it changes the organization. A secret added and the access-list entry removed on the server
    // show in the next snapshot's diff.
    void diffShowsTheAccountsChanges()
    {
        auto http = m_fx.client();
        const QString account = u"/orgs/"_s + Fx::OrgA + u"/serviceAccounts/"_s + Fx::ServiceAccountId;
        QCOMPARE(http.post(account + u"/secrets"_s, R"({"secretExpiresAfterHours":24})").status, 201);
        QCOMPARE(http.del(account + u"/accessList/203.0.113.9"_s).status, 204);
        QVERIFY(sync());
        Run r = run({u"diff"_s, u"--org"_s, Fx::OrgA, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray accounts = r.json().value("serviceAccounts"_L1).toArray();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject a = accounts.first().toObject();
        QCOMPARE(a.value("clientId"_L1).toString(), Fx::ServiceAccountId);
        QCOMPARE(a.value("change"_L1).toString(), u"changed"_s);
        QCOMPARE(a.value("entriesRemoved"_L1).toArray(), QJsonArray{u"203.0.113.9"_s});
        QCOMPARE(a.value("secretsAdded"_L1).toArray().size(), 1);
        QVERIFY(a.value("secretsAdded"_L1).toArray().first().toString().startsWith(u"mdb_sa_sk_…"_s));
        r = run({u"diff"_s, u"--org"_s, Fx::OrgA});
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.out.contains((u"~ service account ci-runner ("_s + Fx::ServiceAccountId + u")"_s).toUtf8()),
            r.out.constData());
        QVERIFY(r.out.contains("    - 203.0.113.9"));
        r = run({u"snapshots"_s, u"--org"_s, Fx::OrgA});
        QVERIFY2(r.out.contains("1 service account added, removed or changed"), r.out.constData());
    }

    // sync as the service account itself: the secret from a file or the environment, never an argument;
    // the address check applies when its token is used; a wrong secret is explained (exit 3).
    void syncSignedInAsTheAccount()
    {
        QFile secret(m_home.filePath(u"secret"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(Fx::ServiceAccountSecretValue.toLatin1() + '\n');
        secret.close();
        const QString url = m_fx.server->serverUrl();
        const QStringList asAccount{u"sync"_s, u"--url"_s, url, u"--client-id"_s, Fx::ServiceAccountId};
        // An access list without this machine's address: the token is issued, its use is refused.
        const QString list
            = u"/orgs/"_s + Fx::OrgA + u"/serviceAccounts/"_s + Fx::ServiceAccountId + u"/accessList"_s;
        QCOMPARE(m_fx.client().post(list, R"([{"ipAddress":"192.0.2.5"}])").status, 200);
        Run r = run(asAccount + QStringList{u"--client-secret-file"_s, secret.fileName()});
        QCOMPARE(r.code, 3);
        QVERIFY2(
            r.err.contains(QByteArray("access list of service account " + Fx::ServiceAccountId.toLatin1())),
            r.err.constData());
        QCOMPARE(m_fx.client()
                     .post(u"/orgs/"_s + Fx::OrgA + u"/serviceAccounts/"_s + Fx::ServiceAccountId
                               + u"/accessList"_s,
                           R"([{"ipAddress":"127.0.0.1"}])")
                     .status,
                 200);
        r = run(asAccount + QStringList{u"--client-secret-file"_s, secret.fileName()});
        QVERIFY2(r.code == 0, r.err.constData());
        // A key's options do not mix with an account's; a bad secret is refused before anything is sent.
        QCOMPARE(run(asAccount + QStringList{u"--private-key-file"_s, secret.fileName()}).code, 2);
        QCOMPARE(run(asAccount + QStringList{u"--public-key"_s, u"ownerkey"_s}).code, 2);
        QFile bad(m_home.filePath(u"bad"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("0a1b2c3d-0000-4000-8000-00000000a001");
        bad.close();
        r = run(asAccount + QStringList{u"--client-secret-file"_s, bad.fileName()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("mdb_sa_sk_"), r.err.constData());
        QFile wrong(m_home.filePath(u"wrong"_s));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("mdb_sa_sk_00000000000000000000000000009999");
        wrong.close();
        r = run(asAccount + QStringList{u"--client-secret-file"_s, wrong.fileName()});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("invalid_client"), r.err.constData());
        // The profile it made says how it signs in; no file holds the secret.
        r = run({u"profiles"_s, u"--json"_s});
        const QJsonArray profiles = r.json().value("profiles"_L1).toArray();
        const auto made = std::find_if(profiles.begin(), profiles.end(), [](const QJsonValue &p) {
            return p.toObject().value("clientId"_L1).toString() == Fx::ServiceAccountId;
        });
        QVERIFY(made != profiles.end());
        QCOMPARE(made->toObject().value("signIn"_L1).toString(), u"serviceAccount"_s);
        QVERIFY(made->toObject().value("publicKey"_L1).isNull());
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (path == secret.fileName())
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(Fx::ServiceAccountSecretValue.toLatin1()), qPrintable(path));
        }
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestCliServiceAccounts)
#include "tst_cli_serviceaccounts.moc"
