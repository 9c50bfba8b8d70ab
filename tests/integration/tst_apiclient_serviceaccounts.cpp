// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient's service-account calls against the emulator in-process (Cloud Manager): create (the secret's
// value in that answer only), read back masked, edit, secrets (the limit of two, the other cut to seven
// days), the account's access list in its own field names, delete; and what Ops Manager answers.
#include "ApiClient.h"
#include "Await.h"
#include "EmulatorFixture.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

class TestApiClientServiceAccounts : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<ApiClient> m_client;

    void connect()
    {
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_manager.get());
        ConnectionSettings settings;
        settings.apiBase = QUrl(m_fx.server->apiUrl());
        settings.publicKey = u"ownerkey"_s;
        settings.privateKey = u"0a1b2c3d-0000-4000-8000-00000000a001"_s;
        settings.proxyMode = ConnectionSettings::ProxyMode::None;
        m_client->setConnection(settings);
    }
    ApiClient &client() { return *m_client; }

private slots:
    void init()
    {
        EmulatorOptions options;
        options.flavor = EmulatorOptions::Flavor::CloudManager;
        QVERIFY(m_fx.start(options));
        connect();
    }
    void cleanup()
    {
        m_client.reset();
        m_manager.reset();
        m_fx.server.reset();
    }

    void aWholeLife()
    {
        const auto none = await<QList<ServiceAccount>>(
            [&](auto done) { client().serviceAccounts(Fx::OrgA, qApp, done); });
        QVERIFY2(none.ok(), qPrintable(none.ok() ? QString() : none.error().explanation()));
        QVERIFY(none.value().isEmpty());

        const auto created = await<ServiceAccount>([&](auto done) {
            client().createServiceAccount(Fx::OrgA, u"ci-runner"_s, u"Deploys from CI"_s, {u"ORG_MEMBER"_s},
                                          720, qApp, done);
        });
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().explanation()));
        const ServiceAccount account = created.value();
        QVERIFY(ServiceAccount::isClientId(account.clientId));
        QCOMPARE(account.name, u"ci-runner"_s);
        QCOMPARE(account.roles, QStringList{u"ORG_MEMBER"_s});
        QCOMPARE(account.secrets.size(), 1);
        const QString value = account.secrets.first().secret;
        QVERIFY(value.startsWith(u"mdb_sa_sk_"_s));
        QCOMPARE(account.secrets.first().createdAt.secsTo(account.secrets.first().expiresAt), 720 * 3600);

        const auto read = await<ServiceAccount>(
            [&](auto done) { client().serviceAccount(Fx::OrgA, account.clientId, qApp, done); });
        QVERIFY(read.ok());
        QVERIFY(read.value().secrets.first().secret.isEmpty()); // masked from now on
        QVERIFY(read.value().secrets.first().maskedSecretValue.endsWith(value.right(4)));

        const auto renamed = await<ServiceAccount>([&](auto done) {
            client().updateServiceAccount(Fx::OrgA, account.clientId, std::nullopt, u"Deploys nightly"_s,
                                          std::nullopt, qApp, done);
        });
        QVERIFY(renamed.ok());
        QCOMPARE(renamed.value().name, u"ci-runner"_s);
        QCOMPARE(renamed.value().description, u"Deploys nightly"_s);

        // A second secret; the first now ends within seven days; a third is refused, explained.
        const auto second = await<ServiceAccountSecret>([&](auto done) {
            client().createServiceAccountSecret(Fx::OrgA, account.clientId, 2160, qApp, done);
        });
        QVERIFY(second.ok());
        QVERIFY(second.value().secret.startsWith(u"mdb_sa_sk_"_s));
        const auto both = await<QList<ServiceAccount>>(
            [&](auto done) { client().serviceAccounts(Fx::OrgA, qApp, done); });
        QCOMPARE(both.value().size(), 1);
        QCOMPARE(both.value().first().secrets.size(), 2);
        QVERIFY(both.value().first().secrets.first().expiresAt <= QDateTime::currentDateTimeUtc().addDays(7));
        const auto third = await<ServiceAccountSecret>([&](auto done) {
            client().createServiceAccountSecret(Fx::OrgA, account.clientId, 24, qApp, done);
        });
        QVERIFY(!third.ok());
        QCOMPARE(third.error().httpStatus, 400);
        QCOMPARE(third.error().errorCode, u"SERVICE_ACCOUNT_SECRET_LIMIT_REACHED"_s);
        const auto removed = await<Done>([&](auto done) {
            client().deleteServiceAccountSecret(Fx::OrgA, account.clientId, account.secrets.first().id, qApp,
                                                done);
        });
        QVERIFY(removed.ok());

        // Its access list, read into the same entries as a key's.
        const auto added = await<QList<AccessListEntry>>([&](auto done) {
            client().addServiceAccountEntries(
                Fx::OrgA, account.clientId,
                {*IpBlock::parse(u"203.0.113.9"_s).block, *IpBlock::parse(u"198.51.100.0/24"_s).block}, qApp,
                done);
        });
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().explanation()));
        QCOMPARE(added.value().size(), 2);
        QCOMPARE(added.value().at(0).displayValue(), u"203.0.113.9"_s);
        QVERIFY(added.value().at(0).created.isValid());
        QVERIFY(added.value().at(1).neverUsed());
        QVERIFY(await<Done>([&](auto done) {
                    client().deleteServiceAccountEntry(
                        Fx::OrgA, account.clientId, *IpBlock::parse(u"198.51.100.0/24"_s).block, qApp, done);
                }).ok());
        const auto left = await<QList<AccessListEntry>>(
            [&](auto done) { client().serviceAccountAccessList(Fx::OrgA, account.clientId, qApp, done); });
        QVERIFY(left.ok());
        QCOMPARE(left.value().size(), 1);
        QCOMPARE(left.value().first().cidrBlock, u"203.0.113.9/32"_s);

        QVERIFY(await<Done>([&](auto done) {
                    client().deleteServiceAccount(Fx::OrgA, account.clientId, qApp, done);
                }).ok());
        const auto gone = await<ServiceAccount>(
            [&](auto done) { client().serviceAccount(Fx::OrgA, account.clientId, qApp, done); });
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().httpStatus, 404);
    }

    // Ops Manager documents no service accounts: the list is not there (404), which the console reads as
    // "this server has none", not as a failure of the organization.
    void opsManagerHasNone()
    {
        m_client.reset();
        m_fx.server.reset();
        QVERIFY(m_fx.start());
        connect();
        const auto none = await<QList<ServiceAccount>>(
            [&](auto done) { client().serviceAccounts(Fx::OrgA, qApp, done); });
        QVERIFY(!none.ok());
        QCOMPARE(none.error().httpStatus, 404);
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestApiClientServiceAccounts)
#include "tst_apiclient_serviceaccounts.moc"
