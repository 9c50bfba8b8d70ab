// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator's service accounts (Cloud Manager), asserted on status, errorCode and the literal JSON field
// names of models/api/README.md ("Service accounts"): the account, its secrets (the value once, masked after;
// two at most; a new one cuts the other's life to seven days), its access list (createdAt, lastUsedAt,
// lastUsedAddress, requestCount), its projects; Organization Owner for every write; none on Ops Manager.
#include "EmulatorFixture.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
using Fx = EmulatorFixture;

const QString Accounts = u"/orgs/"_s + Fx::OrgA + u"/serviceAccounts"_s;
const QString SeededClientId = Fx::ServiceAccountId;

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

void seedAccount(Dataset &d)
{
    EmulatorFixture::seedServiceAccount(d);
}
} // namespace

class TestEmulatorServiceAccounts : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;

    bool startCloudManager()
    {
        EmulatorOptions options;
        options.flavor = EmulatorOptions::Flavor::CloudManager;
        return m_fx.start(options, seedAccount);
    }

private slots:
    void cleanup() { m_fx.server.reset(); }

    void opsManagerHasNone()
    {
        QVERIFY(m_fx.start({}, seedAccount));
        auto http = m_fx.client();
        QCOMPARE(http.get(Accounts).status, 404);
        QCOMPARE(http.post(Accounts, R"({"name":"x"})").status, 404);
    }

    void listAndGetShowSecretsMasked()
    {
        QVERIFY(startCloudManager());
        auto http = m_fx.client();
        const auto list = http.get(Accounts);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value("totalCount"_L1).toInt(), 1);
        const QJsonObject a = list.json().value("results"_L1).toArray().at(0).toObject();
        QCOMPARE(keysOf(a),
                 (QStringList{u"clientId"_s, u"createdAt"_s, u"description"_s, u"name"_s, u"roles"_s,
                              u"secrets"_s}));
        QCOMPARE(a.value("clientId"_L1).toString(), SeededClientId);
        QCOMPARE(a.value("name"_L1).toString(), u"ci-runner"_s);
        QCOMPARE(a.value("roles"_L1).toArray(), QJsonArray{u"ORG_MEMBER"_s});
        const QJsonObject secret = a.value("secrets"_L1).toArray().at(0).toObject();
        QCOMPARE(
            keysOf(secret),
            (QStringList{u"createdAt"_s, u"expiresAt"_s, u"id"_s, u"lastUsedAt"_s, u"maskedSecretValue"_s}));
        QCOMPARE(secret.value("maskedSecretValue"_L1).toString(), u"mdb_sa_sk_…1234"_s);
        QCOMPARE(secret.value("lastUsedAt"_L1).toString(), u"2026-11-30T22:10:00Z"_s);
        QVERIFY(!list.body.contains("00000000000000000001234"));

        const auto one = http.get(Accounts + u'/' + SeededClientId);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value("clientId"_L1).toString(), SeededClientId);
        QVERIFY(!one.body.contains("\"secret\""));
        const auto malformed = http.get(Accounts + u"/5f0000000000000000000001"_s);
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.errorCode(), u"PATH_PARAM_PARSE_ERROR"_s);
        const auto unknown = http.get(Accounts + u"/mdb_sa_id_5f00000000000000000000ff"_s);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), u"RESOURCE_NOT_FOUND"_s);

        const auto projects = http.get(Accounts + u'/' + SeededClientId + u"/groups"_s);
        QCOMPARE(projects.status, 200);
        const QJsonObject assignment = projects.json().value("results"_L1).toArray().at(0).toObject();
        QCOMPARE(assignment.value("groupId"_L1).toString(), Fx::ProjectOne);
        QCOMPARE(assignment.value("roles"_L1).toArray(), QJsonArray{u"GROUP_READ_ONLY"_s});
    }

    void createShowsTheSecretOnce()
    {
        QVERIFY(startCloudManager());
        auto http = m_fx.client();
        const auto created = http.post(Accounts, R"({"name":"nightly-export","description":"Exports at night",
            "roles":["ORG_READ_ONLY"],"secretExpiresAfterHours":720})");
        QCOMPARE(created.status, 201);
        const QJsonObject a = created.json();
        const QString clientId = a.value("clientId"_L1).toString();
        QVERIFY2(QRegularExpression(u"^mdb_sa_id_[0-9a-f]{24}$"_s).match(clientId).hasMatch(),
                 qPrintable(clientId));
        const QJsonObject secret = a.value("secrets"_L1).toArray().at(0).toObject();
        const QString value = secret.value("secret"_L1).toString();
        QVERIFY2(value.startsWith(u"mdb_sa_sk_"_s) && value.size() > 20, qPrintable(value));
        QVERIFY(!secret.contains("lastUsedAt"_L1)); // never used
        const QDateTime createdAt
            = QDateTime::fromString(secret.value("createdAt"_L1).toString(), Qt::ISODate);
        const QDateTime expiresAt
            = QDateTime::fromString(secret.value("expiresAt"_L1).toString(), Qt::ISODate);
        QCOMPARE(createdAt.secsTo(expiresAt), 720 * 3600);
        // Afterwards only masked.
        const auto again = http.get(Accounts + u'/' + clientId);
        QCOMPARE(again.status, 200);
        QVERIFY(!again.body.contains(value.toUtf8()));
        QCOMPARE(again.json()
                     .value("secrets"_L1)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("maskedSecretValue"_L1)
                     .toString(),
                 u"mdb_sa_sk_…"_s + value.right(4));
        QCOMPARE(http.get(Accounts).json().value("totalCount"_L1).toInt(), 2);
    }

    void createValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        const QByteArray name65 = QByteArray(65, 'n');
        QTest::newRow("name too long")
            << (R"({"name":")" + name65
                + R"(","description":"d","roles":["ORG_MEMBER"],"secretExpiresAfterHours":24})")
            << u"INVALID_ATTRIBUTE"_s;
        QTest::newRow("no description")
            << QByteArray(R"({"name":"n","roles":["ORG_MEMBER"],"secretExpiresAfterHours":24})")
            << u"MISSING_ATTRIBUTE"_s;
        QTest::newRow("empty description") << QByteArray(
            R"({"name":"n","description":"","roles":["ORG_MEMBER"],"secretExpiresAfterHours":24})")
                                           << u"INVALID_ATTRIBUTE"_s;
        QTest::newRow("7 hours") << QByteArray(
            R"({"name":"n","description":"d","roles":["ORG_MEMBER"],"secretExpiresAfterHours":7})")
                                 << u"INVALID_ATTRIBUTE"_s;
        QTest::newRow("8767 hours") << QByteArray(
            R"({"name":"n","description":"d","roles":["ORG_MEMBER"],"secretExpiresAfterHours":8767})")
                                    << u"INVALID_ATTRIBUTE"_s;
        QTest::newRow("no lifetime") << QByteArray(R"({"name":"n","description":"d","roles":["ORG_MEMBER"]})")
                                     << u"MISSING_ATTRIBUTE"_s;
        QTest::newRow("project role") << QByteArray(
            R"({"name":"n","description":"d","roles":["GROUP_OWNER"],"secretExpiresAfterHours":24})")
                                      << u"INVALID_ROLE_FOR_ORG"_s;
        QTest::newRow("no role") << QByteArray(
            R"({"name":"n","description":"d","roles":[],"secretExpiresAfterHours":24})")
                                 << u"MISSING_API_KEY_ROLES"_s;
        QTest::newRow("unknown field") << QByteArray(R"({"name":"n","description":"d","roles":["ORG_MEMBER"],
            "secretExpiresAfterHours":24,"comment":"x"})")
                                       << u"INVALID_ATTRIBUTE"_s;
        QTest::newRow("not json") << QByteArray("{") << u"INVALID_JSON"_s;
    }

    void createValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QVERIFY(startCloudManager());
        auto http = m_fx.client();
        const auto r = http.post(Accounts, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(http.get(Accounts).json().value("totalCount"_L1).toInt(), 1); // nothing made
    }

    void onlyOwnersWrite()
    {
        QVERIFY(startCloudManager());
        auto reader = m_fx.client(u"readerky"_s, u"0a1b2c3d-0000-4000-8000-00000000a002"_s);
        QCOMPARE(reader.get(Accounts).status, 200); // reading needs Organization Read Only
        const QString one = Accounts + u'/' + SeededClientId;
        for (const auto &r : {reader.post(Accounts, R"({"name":"n","description":"d","roles":["ORG_MEMBER"],
                                  "secretExpiresAfterHours":24})"),
                              reader.patch(one, R"({"name":"renamed"})"), reader.del(one),
                              reader.post(one + u"/secrets"_s, R"({"secretExpiresAfterHours":24})"),
                              reader.del(one + u"/secrets/6a0000000000000000000001"_s),
                              reader.post(one + u"/accessList"_s, R"([{"ipAddress":"192.0.2.1"}])"),
                              reader.del(one + u"/accessList/203.0.113.9"_s)}) {
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), u"USER_UNAUTHORIZED"_s);
        }
        QCOMPARE(m_fx.client().get(one).json().value("name"_L1).toString(), u"ci-runner"_s);
    }

    // At most two secrets; a new one leaves the other at most seven days; deleting one takes it away.
    void secrets()
    {
        QVERIFY(startCloudManager());
        auto http = m_fx.client();
        const QString one = Accounts + u'/' + SeededClientId;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto added = http.post(one + u"/secrets"_s, R"({"secretExpiresAfterHours":2160})");
        QCOMPARE(added.status, 201);
        QCOMPARE(keysOf(added.json()), (QStringList{u"createdAt"_s, u"expiresAt"_s, u"id"_s, u"secret"_s}));
        QVERIFY(added.json().value("secret"_L1).toString().startsWith(u"mdb_sa_sk_"_s));
        const QJsonArray secrets = http.get(one).json().value("secrets"_L1).toArray();
        QCOMPARE(secrets.size(), 2);
        const QDateTime oldExpires
            = QDateTime::fromString(secrets.at(0).toObject().value("expiresAt"_L1).toString(), Qt::ISODate);
        QVERIFY2(oldExpires <= QDateTime::currentDateTimeUtc().addDays(7)
                     && oldExpires >= before.addDays(7).addSecs(-2),
                 qPrintable(oldExpires.toString(Qt::ISODate))); // was 60 days away
        const auto third = http.post(one + u"/secrets"_s, R"({"secretExpiresAfterHours":24})");
        QCOMPARE(third.status, 400);
        QCOMPARE(third.errorCode(), u"SERVICE_ACCOUNT_SECRET_LIMIT_REACHED"_s);
        const auto tooShort = http.post(one + u"/secrets"_s, R"({"secretExpiresAfterHours":1})");
        QCOMPARE(tooShort.errorCode(), u"INVALID_ATTRIBUTE"_s);

        QCOMPARE(http.del(one + u"/secrets/6a0000000000000000000001"_s).status, 204);
        const QJsonArray left = http.get(one).json().value("secrets"_L1).toArray();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).toObject().value("id"_L1).toString(), added.json().value("id"_L1).toString());
        const auto gone = http.del(one + u"/secrets/6a0000000000000000000001"_s);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.errorCode(), u"RESOURCE_NOT_FOUND"_s);
    }

    // The account's own access list, with its own field names.
    void accessList()
    {
        QVERIFY(startCloudManager());
        auto http = m_fx.client();
        const QString list = Accounts + u'/' + SeededClientId + u"/accessList"_s;
        const auto read = http.get(list);
        QCOMPARE(read.status, 200);
        const QJsonObject used = read.json().value("results"_L1).toArray().at(0).toObject();
        QCOMPARE(keysOf(used),
                 (QStringList{u"createdAt"_s, u"ipAddress"_s, u"lastUsedAddress"_s, u"lastUsedAt"_s,
                              u"requestCount"_s}));
        QCOMPARE(used.value("requestCount"_L1).toInt(), 812);
        QCOMPARE(used.value("lastUsedAt"_L1).toString(), u"2026-12-01T07:00:00Z"_s);

        const auto added = http.post(list, R"([{"cidrBlock":"198.51.100.0/24"},{"ipAddress":"192.0.2.7"}])");
        QCOMPARE(added.status, 200);
        QCOMPARE(added.json().value("totalCount"_L1).toInt(), 3);
        const QJsonObject block = added.json().value("results"_L1).toArray().at(1).toObject();
        QCOMPARE(keysOf(block), (QStringList{u"cidrBlock"_s, u"createdAt"_s, u"requestCount"_s}));
        QCOMPARE(block.value("requestCount"_L1).toInt(), 0);
        QCOMPARE(http.post(list, R"([{"ipAddress":"192.0.2.8","cidrBlock":"192.0.2.0/24"}])").status, 400);
        QCOMPARE(http.post(list, R"([{"ipAddress":"300.1.1.1"}])").errorCode(),
                 u"INVALID_IP_ADDRESS_OR_CIDR_NOTATION"_s);

        QCOMPARE(http.del(list + u"/198.51.100.0%2F24"_s).status, 204);
        QCOMPARE(http.del(list + u"/192.0.2.7"_s).status, 204);
        const auto missing = http.del(list + u"/192.0.2.7"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), u"RESOURCE_NOT_FOUND"_s);
        QCOMPARE(http.get(list).json().value("totalCount"_L1).toInt(), 1);
    }

    void editAndDelete()
    {
        QVERIFY(startCloudManager());
        auto http = m_fx.client();
        const QString one = Accounts + u'/' + SeededClientId;
        const auto renamed = http.patch(one, R"({"name":"ci-runner-2","roles":["ORG_READ_ONLY"]})");
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json().value("name"_L1).toString(), u"ci-runner-2"_s);
        QCOMPARE(renamed.json().value("description"_L1).toString(), u"Deploys from CI"_s); // untouched
        QCOMPARE(renamed.json().value("roles"_L1).toArray(), QJsonArray{u"ORG_READ_ONLY"_s});
        QCOMPARE(http.patch(one, R"({"description":""})").errorCode(), u"INVALID_ATTRIBUTE"_s);
        QCOMPARE(http.patch(one, R"({"secretExpiresAfterHours":24})").errorCode(), u"INVALID_ATTRIBUTE"_s);
        QCOMPARE(http.del(one).status, 204);
        QCOMPARE(http.get(one).status, 404);
        QCOMPARE(http.get(Accounts).json().value("totalCount"_L1).toInt(), 0);
    }

    // Kept in a --state file: the accounts, their full secrets, entries and projects come back the same.
    // POST /groups/{id}/serviceAccounts/{clientId}:invite with project roles; DELETE unassigns; Organization
    // Owner only; the account's projects as /orgs/{id}/serviceAccounts/{clientId}/groups lists them.
    void projectInvitations()
    {
        QVERIFY(startCloudManager());
        auto http = m_fx.client();
        const QString project = u"/groups/"_s + Fx::ProjectTwo + u"/serviceAccounts/"_s + SeededClientId;
        const auto invited
            = http.post(project + u":invite"_s, R"({"roles":["GROUP_OWNER","GROUP_READ_ONLY"]})");
        QCOMPARE(invited.status, 200);
        QCOMPARE(invited.json().value("clientId"_L1).toString(), SeededClientId);
        QCOMPARE(invited.json().value("roles"_L1).toArray(),
                 (QJsonArray{u"GROUP_OWNER"_s, u"GROUP_READ_ONLY"_s}));
        QVERIFY(!invited.body.contains("\"secret\""));
        const auto groups = http.get(Accounts + u'/' + SeededClientId + u"/groups"_s);
        QCOMPARE(groups.json().value("totalCount"_L1).toInt(), 2);
        const QJsonObject second = groups.json().value("results"_L1).toArray().at(1).toObject();
        QCOMPARE(second.value("groupId"_L1).toString(), Fx::ProjectTwo);
        QCOMPARE(second.value("roles"_L1).toArray(), (QJsonArray{u"GROUP_OWNER"_s, u"GROUP_READ_ONLY"_s}));
        // Inviting again replaces the roles there.
        QCOMPARE(http.post(project + u":invite"_s, R"({"roles":["GROUP_READ_ONLY"]})").status, 200);
        QCOMPARE(http.get(Accounts + u'/' + SeededClientId + u"/groups"_s)
                     .json()
                     .value("results"_L1)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value("roles"_L1)
                     .toArray(),
                 QJsonArray{u"GROUP_READ_ONLY"_s});
        const auto orgRole = http.post(project + u":invite"_s, R"({"roles":["ORG_OWNER"]})");
        QCOMPARE(orgRole.status, 400);
        QCOMPARE(orgRole.errorCode(), u"CANNOT_ADD_ORG_ROLE"_s);
        const auto noRoles = http.post(project + u":invite"_s, R"({"roles":[]})");
        QCOMPARE(noRoles.status, 400);
        QCOMPARE(noRoles.errorCode(), u"MISSING_API_KEY_ROLES"_s);
        const auto stranger = http.post(u"/groups/"_s + Fx::ProjectTwo
                                            + u"/serviceAccounts/mdb_sa_id_5f00000000000000000000ff:invite"_s,
                                        R"({"roles":["GROUP_READ_ONLY"]})");
        QCOMPARE(stranger.status, 404);
        QCOMPARE(stranger.errorCode(), u"RESOURCE_NOT_FOUND"_s);
        auto reader = m_fx.client(u"readerky"_s, u"0a1b2c3d-0000-4000-8000-00000000a002"_s);
        const auto refused = reader.del(project);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), u"USER_UNAUTHORIZED"_s);

        QCOMPARE(http.del(project).status, 204);
        QCOMPARE(
            http.get(Accounts + u'/' + SeededClientId + u"/groups"_s).json().value("totalCount"_L1).toInt(),
            1);
        const auto again = http.del(project);
        QCOMPARE(again.status, 404);
        QCOMPARE(again.errorCode(), u"RESOURCE_NOT_FOUND"_s);
    }

    // Two secret POSTs for one account at once: the second is refused with 409 DATA_CONCURRENCY_ERROR
    // (--secret-write-ms stands in for the time a write takes on the server).
    void concurrentSecretCreation()
    {
        EmulatorOptions options;
        options.flavor = EmulatorOptions::Flavor::CloudManager;
        options.secretWriteMs = 60'000;
        QVERIFY(m_fx.start(options, seedAccount));
        auto http = m_fx.client();
        const QString secrets = Accounts + u'/' + SeededClientId + u"/secrets"_s;
        QCOMPARE(http.post(secrets, R"({"secretExpiresAfterHours":24})").status, 201);
        const auto second = http.post(secrets, R"({"secretExpiresAfterHours":24})");
        QCOMPARE(second.status, 409);
        QCOMPARE(second.errorCode(), u"DATA_CONCURRENCY_ERROR"_s);
        QCOMPARE(http.get(Accounts + u'/' + SeededClientId).json().value("secrets"_L1).toArray().size(), 2);
    }

    void keptInTheDatasetJson()
    {
        Dataset d;
        QString error;
        d = Dataset::load(TestEnvironment::sourcePath(u"tests/data/emulator-dataset.json"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        seedAccount(d);
        const Dataset again = Dataset::fromJson(d.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(again.serviceAccounts.size(), 1);
        const EmulatedServiceAccount &a = again.serviceAccounts.first();
        QCOMPARE(a.account, d.serviceAccounts.first().account);
        QCOMPARE(a.accessList, d.serviceAccounts.first().accessList);
        QCOMPARE(a.projectRoles.size(), 1);
        QCOMPARE(a.projectRoles.first().groupId, Fx::ProjectOne);
        QJsonObject broken = d.toJson();
        QJsonArray accounts = broken.value("serviceAccounts"_L1).toArray();
        QJsonObject first = accounts.at(0).toObject();
        first.insert("clientId"_L1, u"5f0000000000000000000001"_s);
        accounts.replace(0, first);
        broken.insert("serviceAccounts"_L1, accounts);
        Dataset::fromJson(broken, &error);
        QVERIFY2(error.contains(u"serviceAccounts[0]"_s), qPrintable(error));
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestEmulatorServiceAccounts)
#include "tst_emulator_serviceaccounts.moc"
