// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every ApiClient operation against the emulator in-process: results, path families, paging and the
// cost of a read in requests and digest challenges.
#include "AccessPolicy.h"
#include "ApiClient.h"
#include "Await.h"
#include "EmulatorFixture.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

class TestApiClientOperations : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<ApiClient> m_client;

    void connect(const QString &publicKey = u"ownerkey"_s,
                 const QString &privateKey = u"0a1b2c3d-0000-4000-8000-00000000a001"_s)
    {
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_manager.get());
        ConnectionSettings settings;
        settings.apiBase = QUrl(m_fx.server->apiUrl());
        settings.publicKey = publicKey;
        settings.privateKey = privateKey;
        settings.proxyMode = ConnectionSettings::ProxyMode::None;
        m_client->setConnection(settings);
    }
    ApiClient &client() { return *m_client; }

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

    void rootAndServerVersion()
    {
        const auto info = await<ServerInfo>([&](auto done) { client().root(qApp, done); });
        QVERIFY(info.ok());
        QCOMPARE(info.value().appName, u"MongoDB Ops Manager"_s);
        QCOMPARE(info.value().major, 8);
        QVERIFY(info.value().versionString.startsWith(u"8.0.4"_s));
        QCOMPARE(info.value().kind(), ServerKind::OpsManager);
        QCOMPARE(client().serverInfo().listSegment(), u"accessList"_s);
    }

    void organizationsAndProjects()
    {
        const auto orgs = await<QList<Organization>>([&](auto done) { client().organizations(qApp, done); });
        QVERIFY(orgs.ok());
        QCOMPARE(orgs.value().size(), 1);
        QCOMPARE(orgs.value().first().name, u"Alpha Org"_s);
        const auto org = await<Organization>([&](auto done) { client().organization(Fx::OrgA, qApp, done); });
        QCOMPARE(org.value().id, Fx::OrgA);
        const auto projects
            = await<QList<Project>>([&](auto done) { client().projects(Fx::OrgA, qApp, done); });
        QCOMPARE(projects.value().size(), 2);
        QCOMPARE(projects.value().at(1).name, u"alpha-two"_s);
    }

    void whoAmI()
    {
        const auto me = await<ApiClient::Identity>([&](auto done) { client().whoAmI(qApp, done); });
        QVERIFY(me.ok());
        QVERIFY(me.value().key.has_value());
        QCOMPARE(me.value().key->id, Fx::keyId(1));
        QVERIFY(me.value().key->hasOrgRole(u"ORG_OWNER"));
    }

    // A user's personal key belongs to no organization's key list: its roles come from the user, in every
    // organization it belongs to (before, only the first organization's keys were looked at, and such a
    // key was "not an Organization Owner" everywhere).
    void whoAmIWithAPersonalKey()
    {
        connect(u"user@example.org"_s, u"user-secret"_s);
        const auto me = await<ApiClient::Identity>([&](auto done) { client().whoAmI(qApp, done); });
        QVERIFY(me.ok());
        QCOMPARE(me.value().organizations.size(), 2);
        QVERIFY(me.value().key.has_value());
        QCOMPARE(me.value().key->publicKey, u"user@example.org"_s);
        const AccessPolicy policy(me.value().key);
        QVERIFY(policy.mayChangeOrganization(Fx::OrgA)); // ORG_OWNER there
        QVERIFY(!policy.mayChangeOrganization(Fx::OrgB)); // read-only there
        connect(); // the owner key again, for the tests that follow
    }

    void organizationSetting()
    {
        auto s = await<OrgSettings>([&](auto done) { client().orgSettings(Fx::OrgA, qApp, done); });
        QVERIFY(s.ok());
        QCOMPARE(s.value().requirement, WhitelistRequirement::NotRequired);
        s = await<OrgSettings>([&](auto done) { client().setWhitelistRequired(Fx::OrgA, true, qApp, done); });
        QCOMPARE(s.value().requirement, WhitelistRequirement::Required);
        s = await<OrgSettings>([&](auto done) { client().orgSettings(Fx::OrgA, qApp, done); });
        QCOMPARE(s.value().requirement, WhitelistRequirement::Required);
    }

    void organizationSettingUnknown()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.orgSettingsApi = false;
        QVERIFY(m_fx.start(options));
        connect();
        const auto s = await<OrgSettings>([&](auto done) { client().orgSettings(Fx::OrgA, qApp, done); });
        QVERIFY(s.ok());
        QCOMPARE(s.value().requirement, WhitelistRequirement::Unknown);
        QCOMPARE(s.value().unknownReason, OrgSettings::UnknownReason::NotExposedByServer);
    }

    void organizationSettingProvenByRefusal()
    {
        connect(u"bemptyky"_s, u"0a1b2c3d-0000-4000-8000-00000000b006"_s);
        const auto s = await<OrgSettings>([&](auto done) { client().orgSettings(Fx::OrgB, qApp, done); });
        QVERIFY(s.ok());
        QCOMPARE(s.value().requirement, WhitelistRequirement::Required);
    }

    void keysLifecycle()
    {
        auto keys = await<QList<ApiKey>>([&](auto done) { client().apiKeys(Fx::OrgA, qApp, done); });
        QCOMPARE(keys.value().size(), 4);
        const auto created = await<ApiKey>([&](auto done) {
            client().createApiKey(Fx::OrgA, u"From the client"_s, {u"ORG_MEMBER"_s}, qApp, done);
        });
        QVERIFY(created.ok());
        QCOMPARE(created.value().privateKey.size(), 36);
        QVERIFY(!created.value().privateKey.contains(u'*'));
        const QString id = created.value().id;

        const auto updated = await<ApiKey>([&](auto done) {
            client().updateApiKey(Fx::OrgA, id, u"Renamed"_s, QStringList{u"ORG_READ_ONLY"_s}, qApp, done);
        });
        QCOMPARE(updated.value().desc, u"Renamed"_s);
        QCOMPARE(updated.value().orgRoleNames(), QStringList{u"ORG_READ_ONLY"_s});
        QVERIFY(updated.value().privateKey.startsWith(u"****"_s));
        const auto descOnly = await<ApiKey>([&](auto done) {
            client().updateApiKey(Fx::OrgA, id, u"Only the name"_s, std::nullopt, qApp, done);
        });
        QCOMPARE(descOnly.value().orgRoleNames(), QStringList{u"ORG_READ_ONLY"_s});

        const auto one = await<ApiKey>([&](auto done) { client().apiKey(Fx::OrgA, id, qApp, done); });
        QCOMPARE(one.value().desc, u"Only the name"_s);
        QVERIFY(await<Done>([&](auto done) { client().deleteApiKey(Fx::OrgA, id, qApp, done); }).ok());
        const auto gone = await<ApiKey>([&](auto done) { client().apiKey(Fx::OrgA, id, qApp, done); });
        QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
        QCOMPARE(gone.error().errorCode, u"API_KEY_NOT_FOUND"_s);
    }

    void whitelistLifecycle()
    {
        const QString key = Fx::keyId(3);
        const QList<IpBlock> add{*IpBlock::parse(u"192.0.2.15"_s).block,
                                 *IpBlock::parse(u"198.51.100.0/24"_s).block,
                                 *IpBlock::parse(u"2001:db8::/48"_s).block};
        const auto added = await<QList<AccessListEntry>>(
            [&](auto done) { client().addAccessListEntries(Fx::OrgA, key, add, qApp, done); });
        QVERIFY(added.ok());
        QCOMPARE(added.value().size(), 5);
        QCOMPARE(added.value().at(2).ipAddress, u"192.0.2.15"_s);
        QCOMPARE(added.value().at(3).cidrBlock, u"198.51.100.0/24"_s);
        QCOMPARE(added.value().at(4).cidrBlock, u"2001:db8::/48"_s);

        // A CIDR goes into the path with %2F, and QUrl keeps it encoded.
        QVERIFY(await<Done>([&](auto done) {
                    client().deleteAccessListEntry(Fx::OrgA, key, add.at(1), qApp, done);
                }).ok());
        QVERIFY(await<Done>([&](auto done) {
                    client().deleteAccessListEntry(Fx::OrgA, key, add.at(2), qApp, done);
                }).ok());
        QVERIFY(await<Done>([&](auto done) {
                    client().deleteAccessListEntry(Fx::OrgA, key, add.at(0), qApp, done);
                }).ok());
        const auto left = await<QList<AccessListEntry>>(
            [&](auto done) { client().accessList(Fx::OrgA, key, qApp, done); });
        QCOMPARE(left.value().size(), 2);
        QCOMPARE(left.value().at(0).cidrBlock, u"127.0.0.0/8"_s);
        QCOMPARE(ApiClient::segment(u"192.0.2.0/24"_s), u"192.0.2.0%2F24"_s);
    }

    void legacyWhitelistPaths()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.serviceVersion = u"4.4.12.100.20220101T0000Z"_s;
        QVERIFY(m_fx.start(options));
        connect();
        QVERIFY(await<ServerInfo>([&](auto done) { client().root(qApp, done); }).ok());
        QVERIFY(client().serverInfo().usesLegacyWhitelist());
        QCOMPARE(client().keyListPath(Fx::OrgA, Fx::keyId(3)),
                 u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s + Fx::keyId(3) + u"/whitelist"_s);
        const auto list = await<QList<AccessListEntry>>(
            [&](auto done) { client().accessList(Fx::OrgA, Fx::keyId(3), qApp, done); });
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 2);
        const auto added = await<QList<AccessListEntry>>([&](auto done) {
            client().addAccessListEntries(Fx::OrgA, Fx::keyId(3), {*IpBlock::parse(u"192.0.2.0/25"_s).block},
                                          qApp, done);
        });
        QCOMPARE(added.value().size(), 3);
        const auto again = await<QList<AccessListEntry>>([&](auto done) {
            client().addAccessListEntries(Fx::OrgA, Fx::keyId(3), {*IpBlock::parse(u"192.0.2.0/25"_s).block},
                                          qApp, done);
        });
        QCOMPARE(again.error().kind, ApiError::Kind::Conflict);
        QCOMPARE(again.error().errorCode, u"ADDRESS_ALREADY_IN_WHITELIST"_s);
    }

    void projectKeys()
    {
        const auto keys
            = await<QList<ApiKey>>([&](auto done) { client().projectApiKeys(Fx::ProjectOne, qApp, done); });
        QCOMPARE(keys.value().size(), 1);
        const auto created = await<ApiKey>([&](auto done) {
            client().createProjectApiKey(Fx::ProjectOne, u"Project robot"_s, {u"GROUP_READ_ONLY"_s}, qApp,
                                         done);
        });
        QVERIFY(created.ok());
        QCOMPARE(created.value().projectRoleNames(Fx::ProjectOne), QStringList{u"GROUP_READ_ONLY"_s});
        QCOMPARE(created.value().privateKey.size(), 36);
        const auto assigned = await<ApiKey>([&](auto done) {
            client().assignProjectApiKey(Fx::ProjectTwo, Fx::keyId(2),
                                         {u"GROUP_OWNER"_s, u"GROUP_READ_ONLY"_s}, qApp, done);
        });
        QCOMPARE(assigned.value().projectRoleNames(Fx::ProjectTwo),
                 (QStringList{u"GROUP_OWNER"_s, u"GROUP_READ_ONLY"_s}));
        QVERIFY(await<Done>([&](auto done) {
                    client().unassignProjectApiKey(Fx::ProjectTwo, Fx::keyId(2), qApp, done);
                }).ok());
        const auto after
            = await<QList<ApiKey>>([&](auto done) { client().projectApiKeys(Fx::ProjectTwo, qApp, done); });
        QCOMPARE(after.value().size(), 0);
    }

    void userWhitelist()
    {
        connect(u"user@example.org"_s, u"user-secret"_s);
        const auto user = await<ApiClient::User>(
            [&](auto done) { client().userByName(u"user@example.org"_s, qApp, done); });
        QVERIFY(user.ok());
        const QString id = user.value().id;
        auto list
            = await<QList<AccessListEntry>>([&](auto done) { client().userAccessList(id, qApp, done); });
        QCOMPARE(list.value().size(), 2);
        list = await<QList<AccessListEntry>>([&](auto done) {
            client().addUserAccessListEntries(id, {*IpBlock::parse(u"198.51.100.9"_s).block}, qApp, done);
        });
        QCOMPARE(list.value().size(), 3);
        QVERIFY(await<Done>([&](auto done) {
                    client().deleteUserAccessListEntry(id, *IpBlock::parse(u"192.0.2.0/24"_s).block, qApp,
                                                       done);
                }).ok());
        const auto own = await<Done>([&](auto done) {
            client().deleteUserAccessListEntry(id, *IpBlock::parse(u"127.0.0.1"_s).block, qApp, done);
        });
        QCOMPARE(own.error().kind, ApiError::Kind::Validation);
        QCOMPARE(own.error().errorCode, u"CANNOT_REMOVE_CALLER_FROM_ACCESS_LIST"_s);
        // Explained with the address, and what to do instead.
        QVERIFY2(
            own.error().explanation().contains(u"the entry that covers 127.0.0.1, the address this console "
                                               "calls from"_s),
            qPrintable(own.error().explanation()));
        QVERIFY(own.error().explanation().contains(u"connect from another address or with another key"_s));
    }

    void allPagesInParallel()
    {
        m_fx.server.reset();
        QString error;
        m_fx.server = std::make_unique<EmulatorServer>(
            EmulatorOptions(), Dataset::generate(u"orgs=1,keys=1100,entries=1,projects=2,seed=3"_s, &error));
        QVERIFY(m_fx.server->start(&error));
        const auto owner = m_fx.server->ownerCredentials();
        connect(owner.publicKey, owner.privateKey);
        const auto keys = await<QList<ApiKey>>([&](auto done) { client().apiKeys(owner.orgId, qApp, done); });
        QVERIFY(keys.ok());
        QCOMPARE(keys.value().size(), 1100);
        QSet<QString> ids;
        for (const auto &k : keys.value())
            ids.insert(k.id);
        QCOMPARE(ids.size(), 1100);
        QCOMPARE(client().scheduler().requestsStarted(), 3); // 500 + 500 + 100
    }

    void fullReadCostsOneChallengePerConnection()
    {
        m_fx.server.reset();
        QString error;
        m_fx.server = std::make_unique<EmulatorServer>(
            EmulatorOptions(), Dataset::generate(u"orgs=1,keys=60,entries=3,projects=2,seed=3"_s, &error));
        QVERIFY(m_fx.server->start(&error));
        const auto owner = m_fx.server->ownerCredentials();
        connect(owner.publicKey, owner.privateKey);
        const auto keys = await<QList<ApiKey>>([&](auto done) { client().apiKeys(owner.orgId, qApp, done); });
        QCOMPARE(keys.value().size(), 60);
        int done = 0;
        int ok = 0;
        QEventLoop loop;
        for (const ApiKey &key : keys.value()) {
            client().accessList(owner.orgId, key.id, qApp, [&](ApiResult<QList<AccessListEntry>> r) {
                ok += r.ok() && r.value().size() == 3;
                if (++done == 60)
                    loop.quit();
            });
        }
        loop.exec();
        QCOMPARE(ok, 60);
        QCOMPARE(client().scheduler().requestsStarted(), 61);
        // Qt answers one challenge per connection and sends credentials pre-emptively after that.
        const int challenges = m_fx.server->dispatcher().challengesIssued();
        QVERIFY2(challenges <= 6, qPrintable(QString::number(challenges)));
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestApiClientOperations)
#include "tst_apiclient_operations.moc"
