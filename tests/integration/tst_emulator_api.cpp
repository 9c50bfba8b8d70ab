// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every endpoint of the emulator and its error codes, asserted on status, errorCode and the literal JSON
// field names of models/api/README.md, so that a mistake shared by client and emulator cannot hide.
#include "EmulatorFixture.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}
QString orgPath(const QString &rest = {})
{
    return u"/orgs/"_s + EmulatorFixture::OrgA + rest;
}
} // namespace

class TestEmulatorApi : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;

private slots:
    void init() { QVERIFY(m_fx.start()); }
    void cleanup() { m_fx.server.reset(); }

    void rootDocument()
    {
        auto http = m_fx.client();
        const auto r = http.get(QString());
        QCOMPARE(r.status, 200);
        QCOMPARE(keysOf(r.json()), (QStringList{u"appName"_s, u"build"_s, u"links"_s, u"throttling"_s}));
        QCOMPARE(r.json().value("appName"_L1).toString(), u"MongoDB Ops Manager"_s);
        QCOMPARE(r.json().value("throttling"_L1).toBool(true), false);
        QVERIFY(QRegularExpression(u"^gitHash=[0-9a-f]{40}; versionString=8\\."_s)
                    .match(QString::fromLatin1(r.header("X-MongoDB-Service-Version")))
                    .hasMatch());
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    }

    void organizations()
    {
        auto http = m_fx.client();
        auto r = http.get(u"/orgs"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(keysOf(r.json()), (QStringList{u"links"_s, u"results"_s, u"totalCount"_s}));
        QCOMPARE(r.json().value("totalCount"_L1).toInt(), 1); // an org key sees its own organization only
        const QJsonObject org = r.json().value("results"_L1).toArray().first().toObject();
        QCOMPARE(keysOf(org), (QStringList{u"id"_s, u"isDeleted"_s, u"links"_s, u"name"_s}));
        QCOMPARE(org.value("id"_L1).toString(), EmulatorFixture::OrgA);
        QCOMPARE(org.value("name"_L1).toString(), u"Alpha Org"_s);

        r = http.get(orgPath());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("name"_L1).toString(), u"Alpha Org"_s);

        r = http.get(u"/orgs/"_s + EmulatorFixture::OrgB);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"USER_CANNOT_ACCESS_ORG"_s);
        r = http.get(u"/orgs/ffffffffffffffffffffffff"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"ORG_NOT_FOUND"_s);
        r = http.get(u"/orgs/not-an-id"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"INVALID_ORG_ID"_s);
        const QJsonObject error = r.json();
        QCOMPARE(keysOf(error),
                 (QStringList{u"detail"_s, u"error"_s, u"errorCode"_s, u"parameters"_s, u"reason"_s}));
        QCOMPARE(error.value("error"_L1).toInt(), 404);
        QCOMPARE(error.value("reason"_L1).toString(), u"Not Found"_s);
    }

    void projects()
    {
        auto http = m_fx.client();
        const auto r = http.get(orgPath(u"/groups"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("totalCount"_L1).toInt(), 2);
        const QJsonObject p = r.json().value("results"_L1).toArray().first().toObject();
        for (const char *field : {"id", "name", "orgId", "activeAgentCount", "hostCounts", "replicaSetCount",
                                  "shardCount", "publicApiEnabled", "links"})
            QVERIFY2(p.contains(QLatin1StringView(field)), field);
        QCOMPARE(p.value("orgId"_L1).toString(), EmulatorFixture::OrgA);
        const auto one = http.get(u"/groups/"_s + EmulatorFixture::ProjectOne);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value("name"_L1).toString(), u"alpha-one"_s);
        QCOMPARE(http.get(u"/groups/ffffffffffffffffffffffff"_s).errorCode(), u"GROUP_NOT_FOUND"_s);
    }

    void listAndGetKeys()
    {
        auto http = m_fx.client();
        auto r = http.get(orgPath(u"/apiKeys"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("totalCount"_L1).toInt(), 4);
        const QJsonObject key = r.json().value("results"_L1).toArray().first().toObject();
        QCOMPARE(keysOf(key),
                 (QStringList{u"desc"_s, u"id"_s, u"links"_s, u"privateKey"_s, u"publicKey"_s, u"roles"_s}));
        QCOMPARE(key.value("publicKey"_L1).toString(), u"ownerkey"_s);
        QVERIFY(key.value("privateKey"_L1).toString().startsWith(u"********-****-****-"_s));
        QCOMPARE(key.value("privateKey"_L1).toString(), u"********-****-****-00000000a001"_s);
        const QJsonObject role = key.value("roles"_L1).toArray().first().toObject();
        QCOMPARE(keysOf(role), (QStringList{u"orgId"_s, u"roleName"_s}));
        QCOMPARE(role.value("roleName"_L1).toString(), u"ORG_OWNER"_s);

        r = http.get(orgPath(u"/apiKeys/"_s + EmulatorFixture::keyId(3)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("desc"_L1).toString(), u"Alpha member"_s);
        const QJsonArray roles = r.json().value("roles"_L1).toArray();
        QCOMPARE(roles.size(), 2);
        QCOMPARE(roles.at(1).toObject().value("groupId"_L1).toString(), EmulatorFixture::ProjectOne);

        r = http.get(orgPath(u"/apiKeys/"_s + EmulatorFixture::keyId(5))); // a key of another organization
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"API_KEY_NOT_FOUND"_s);
        r = http.get(orgPath(u"/apiKeys/ewmaqvdo"_s));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"API_KEY_NOT_FOUND"_s);
    }

    void createKeyShowsPrivateKeyOnce()
    {
        auto http = m_fx.client();
        auto r = http.post(orgPath(u"/apiKeys"_s),
                           R"({"desc":"New automation","roles":["ORG_MEMBER","ORG_READ_ONLY"]})");
        QCOMPARE(r.status, 200);
        const QJsonObject key = r.json();
        const QString privateKey = key.value("privateKey"_L1).toString();
        QVERIFY(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s)
                    .match(privateKey)
                    .hasMatch());
        QVERIFY(QRegularExpression(u"^[a-z]{8}$"_s).match(key.value("publicKey"_L1).toString()).hasMatch());
        QVERIFY(QRegularExpression(u"^[0-9a-f]{24}$"_s).match(key.value("id"_L1).toString()).hasMatch());
        QCOMPARE(key.value("roles"_L1).toArray().size(), 2);

        // The new key works with its private key, and the private key is never shown again.
        auto newKey = m_fx.client(key.value("publicKey"_L1).toString(), privateKey);
        QCOMPARE(newKey.get(u"/orgs"_s).status, 200);
        r = http.get(orgPath(u"/apiKeys/"_s + key.value("id"_L1).toString()));
        QCOMPARE(r.json().value("privateKey"_L1).toString(), u"********-****-****-"_s + privateKey.right(12));
    }

    void createKeyValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorCode");
        const QByteArray longDesc = QByteArray(251, 'x');
        QTest::newRow("empty desc") << QByteArray(R"({"desc":"","roles":["ORG_MEMBER"]})") << 400
                                    << u"INVALID_API_KEY_DESC"_s;
        QTest::newRow("missing desc")
            << QByteArray(R"({"roles":["ORG_MEMBER"]})") << 400 << u"INVALID_API_KEY_DESC"_s;
        QTest::newRow("251 chars") << QByteArray(R"({"desc":")" + longDesc + R"(","roles":["ORG_MEMBER"]})")
                                   << 400 << u"INVALID_API_KEY_DESC"_s;
        QTest::newRow("250 chars") << QByteArray(R"({"desc":")" + longDesc.left(250)
                                                 + R"(","roles":["ORG_MEMBER"]})")
                                   << 200 << QString();
        QTest::newRow("desc number") << QByteArray(R"({"desc":5,"roles":["ORG_MEMBER"]})") << 400
                                     << u"INVALID_API_KEY_DESC"_s;
        QTest::newRow("no roles") << QByteArray(R"({"desc":"x"})") << 400 << u"MISSING_API_KEY_ROLES"_s;
        QTest::newRow("empty roles") << QByteArray(R"({"desc":"x","roles":[]})") << 400
                                     << u"MISSING_API_KEY_ROLES"_s;
        QTest::newRow("project role")
            << QByteArray(R"({"desc":"x","roles":["GROUP_OWNER"]})") << 400 << u"INVALID_ROLE_FOR_ORG"_s;
        QTest::newRow("unknown role")
            << QByteArray(R"({"desc":"x","roles":["ORG_KING"]})") << 400 << u"INVALID_ROLE_FOR_ORG"_s;
        QTest::newRow("billing on Ops Manager")
            << QByteArray(R"({"desc":"x","roles":["ORG_BILLING_ADMIN"]})") << 401 << u"BILLING_UNSUPPORTED"_s;
        QTest::newRow("roles not array")
            << QByteArray(R"({"desc":"x","roles":"ORG_MEMBER"})") << 400 << u"INVALID_ATTRIBUTE"_s;
        QTest::newRow("unknown field") << QByteArray(R"({"desc":"x","roles":["ORG_MEMBER"],"color":"red"})")
                                       << 400 << u"INVALID_ATTRIBUTE"_s;
        QTest::newRow("invalid json") << QByteArray(R"({"desc":"x",)") << 400 << u"INVALID_JSON"_s;
    }

    void createKeyValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, errorCode);
        auto http = m_fx.client();
        const auto r = http.post(orgPath(u"/apiKeys"_s), body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), errorCode);
    }

    void onlyOwnersChangeKeys()
    {
        auto reader = m_fx.client(u"readerky"_s, u"0a1b2c3d-0000-4000-8000-00000000a002"_s);
        auto r = reader.post(orgPath(u"/apiKeys"_s), R"({"desc":"x","roles":["ORG_MEMBER"]})");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"USER_UNAUTHORIZED"_s);
        QCOMPARE(
            reader.patch(orgPath(u"/apiKeys/"_s + EmulatorFixture::keyId(3)), R"({"desc":"y"})").errorCode(),
            u"USER_UNAUTHORIZED"_s);
        QCOMPARE(reader.del(orgPath(u"/apiKeys/"_s + EmulatorFixture::keyId(3))).errorCode(),
                 u"USER_UNAUTHORIZED"_s);
        // but may read them
        QCOMPARE(reader.get(orgPath(u"/apiKeys"_s)).status, 200);
    }

    void keyLimit()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.maxKeysPerOrg = 4;
        QVERIFY(m_fx.start(options));
        auto http = m_fx.client();
        const auto r = http.post(orgPath(u"/apiKeys"_s), R"({"desc":"fifth","roles":["ORG_MEMBER"]})");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"MAX_PUBLIC_API_KEY_REACHED"_s);
    }

    void updateKey()
    {
        auto http = m_fx.client();
        const QString path = orgPath(u"/apiKeys/"_s + EmulatorFixture::keyId(3));
        auto r = http.patch(path, R"({"desc":"Renamed"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("desc"_L1).toString(), u"Renamed"_s);
        QVERIFY(r.json().value("privateKey"_L1).toString().startsWith(u"****"_s));
        // roles replace the organization roles as a whole; project roles stay
        r = http.patch(path, R"({"roles":["ORG_READ_ONLY"]})");
        QCOMPARE(r.status, 200);
        const QJsonArray roles = r.json().value("roles"_L1).toArray();
        QCOMPARE(roles.size(), 2);
        QCOMPARE(roles.at(0).toObject().value("roleName"_L1).toString(), u"ORG_READ_ONLY"_s);
        QCOMPARE(roles.at(1).toObject().value("roleName"_L1).toString(), u"GROUP_OWNER"_s);
        QCOMPARE(http.patch(path, R"({})").errorCode(), u"MISSING_ATTRIBUTE"_s);
        QCOMPARE(http.patch(path, R"({"desc":""})").errorCode(), u"INVALID_API_KEY_DESC"_s);
        QCOMPARE(http.patch(path, R"({"roles":[]})").errorCode(), u"MISSING_API_KEY_ROLES"_s);
    }

    void deleteKey()
    {
        auto http = m_fx.client();
        const QString path = orgPath(u"/apiKeys/"_s + EmulatorFixture::keyId(4));
        const auto r = http.del(path);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(http.get(path).errorCode(), u"API_KEY_NOT_FOUND"_s);
        QCOMPARE(http.del(path).errorCode(), u"API_KEY_NOT_FOUND"_s);
    }

    void keyAccessList()
    {
        auto http = m_fx.client();
        const QString list = orgPath(u"/apiKeys/"_s + EmulatorFixture::keyId(3) + u"/accessList"_s);
        auto r = http.get(list);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("totalCount"_L1).toInt(), 2);
        const QJsonObject cidr = r.json().value("results"_L1).toArray().first().toObject();
        QCOMPARE(cidr.value("cidrBlock"_L1).toString(), u"127.0.0.0/8"_s);
        QVERIFY(cidr.value("ipAddress"_L1).isNull());
        QVERIFY(cidr.contains("created"_L1));
        QVERIFY(cidr.contains("count"_L1));
        QCOMPARE(cidr.value("links"_L1).toArray().first().toObject().value("href"_L1).toString(),
                 m_fx.server->apiUrl() + list + u"/127.0.0.0%2F8"_s);

        r = http.post(
            list,
            R"([{"ipAddress":"192.0.2.15"},{"cidrBlock":"198.51.100.0/24"},{"ipAddress":"2001:db8::7"}])");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("totalCount"_L1).toInt(), 5);
        const QJsonArray results = r.json().value("results"_L1).toArray();
        const QJsonObject single = results.at(2).toObject();
        QCOMPARE(single.value("ipAddress"_L1).toString(), u"192.0.2.15"_s);
        QCOMPARE(single.value("cidrBlock"_L1).toString(), u"192.0.2.15/32"_s);
        QCOMPARE(single.value("count"_L1).toInt(-1), 0);
        QVERIFY(!single.contains("lastUsed"_L1));
        QCOMPARE(results.at(4).toObject().value("cidrBlock"_L1).toString(), u"2001:db8::7/128"_s);

        // one entry by value, a CIDR with %2F
        r = http.get(list + u"/198.51.100.0%2F24"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("cidrBlock"_L1).toString(), u"198.51.100.0/24"_s);
        r = http.get(list + u"/192.0.2.15"_s);
        QCOMPARE(r.status, 200);
        r = http.get(list + u"/192.0.2.16"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"API_KEY_ACCESS_LIST_NOT_FOUND"_s);

        r = http.del(list + u"/198.51.100.0%2F24"_s);
        QCOMPARE(r.status, 204);
        QCOMPARE(http.get(list).json().value("totalCount"_L1).toInt(), 4);
        r = http.del(list + u"/198.51.100.0%2F24"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"API_KEY_ACCESS_LIST_NOT_FOUND"_s);
        // an unencoded slash is another path
        QCOMPARE(http.del(list + u"/10.0.0.0/8"_s).errorCode(), u"RESOURCE_NOT_FOUND"_s);
    }

    void keyAccessListValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("both fields") << QByteArray(
            R"([{"ipAddress":"192.0.2.1","cidrBlock":"192.0.2.0/24"}])")
                                     << 400 << u"BAD_ACCESS_LIST_ADD_REQUEST"_s;
        QTest::newRow("duplicate in input")
            << QByteArray(R"([{"ipAddress":"192.0.2.1"},{"cidrBlock":"192.0.2.1/32"}])") << 400
            << u"DUPLICATE_ADDRESSES_IN_INPUT"_s;
        QTest::newRow("already present")
            << QByteArray(R"([{"cidrBlock":"10.0.0.0/8"}])") << 409 << u"ADDRESS_ALREADY_IN_ACCESS_LIST"_s;
        QTest::newRow("bad address") << QByteArray(R"([{"ipAddress":"300.1.1.1"}])") << 400
                                     << u"INVALID_IP_ADDRESS_OR_CIDR_NOTATION"_s;
        QTest::newRow("host bits") << QByteArray(R"([{"cidrBlock":"10.0.0.1/24"}])") << 400
                                   << u"INVALID_IP_ADDRESS_OR_CIDR_NOTATION"_s;
        QTest::newRow("cidr as ipAddress") << QByteArray(R"([{"ipAddress":"192.0.2.0/24"}])") << 400
                                           << u"INVALID_IP_ADDRESS_OR_CIDR_NOTATION"_s;
        QTest::newRow("forbidden 0.0.0.0") << QByteArray(R"([{"ipAddress":"0.0.0.0"}])") << 400
                                           << u"CANNOT_ADD_IP_ADDRESS_TO_API_KEY_WHITELIST"_s;
        QTest::newRow("neither field") << QByteArray(R"([{}])") << 400 << u"MISSING_ATTRIBUTE"_s;
        QTest::newRow("not an array")
            << QByteArray(R"({"ipAddress":"192.0.2.1"})") << 400 << u"INVALID_JSON"_s;
        QTest::newRow("unknown field")
            << QByteArray(R"([{"ipAddress":"192.0.2.1","comment":"x"}])") << 400 << u"INVALID_ATTRIBUTE"_s;
    }

    void keyAccessListValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, errorCode);
        auto http = m_fx.client();
        const QString list = orgPath(u"/apiKeys/"_s + EmulatorFixture::keyId(3) + u"/accessList"_s);
        const auto r = http.post(list, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), errorCode);
        QCOMPARE(http.get(list).json().value("totalCount"_L1).toInt(), 2); // nothing half-added
    }

    void readdCanBeIgnored()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.readdIsConflict = false;
        QVERIFY(m_fx.start(options));
        auto http = m_fx.client();
        const auto r = http.post(orgPath(u"/apiKeys/"_s + EmulatorFixture::keyId(3) + u"/accessList"_s),
                                 R"([{"cidrBlock":"10.0.0.0/8"},{"ipAddress":"192.0.2.99"}])");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("totalCount"_L1).toInt(), 3);
    }

    void accessListPermissions()
    {
        const QString memberList = orgPath(u"/apiKeys/"_s + EmulatorFixture::keyId(3) + u"/accessList"_s);
        auto reader = m_fx.client(u"readerky"_s, u"0a1b2c3d-0000-4000-8000-00000000a002"_s);
        auto r = reader.get(memberList);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"API_KEY_ACCESS_LIST_ACCESS_DENIED"_s);
        auto member = m_fx.client(u"memberky"_s, u"0a1b2c3d-0000-4000-8000-00000000a003"_s);
        QCOMPARE(member.get(memberList).status, 200); // the key itself
        // A key cannot remove the entry it is calling through.
        r = member.del(memberList + u"/127.0.0.0%2F8"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"CANNOT_REMOVE_CALLER_FROM_ACCESS_LIST"_s);
        QCOMPARE(r.json().value("parameters"_L1).toArray().first().toString(), u"127.0.0.1"_s);
        // Another key's (an owner's) removal of the same entry is allowed.
        auto owner = m_fx.client();
        QCOMPARE(owner.del(memberList + u"/127.0.0.0%2F8"_s).status, 204);

        m_fx.server.reset();
        EmulatorOptions atlasLike;
        atlasLike.apiKeyListDeniedStatus = 401;
        QVERIFY(m_fx.start(atlasLike));
        auto reader2 = m_fx.client(u"readerky"_s, u"0a1b2c3d-0000-4000-8000-00000000a002"_s);
        r = reader2.get(memberList);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"API_KEY_ACCESS_LIST_ACCESS_DENIED"_s);
    }

    void whitelistEnforcement()
    {
        auto denied = m_fx.client(u"deniedky"_s, u"0a1b2c3d-0000-4000-8000-00000000a004"_s);
        auto r = denied.get(u"/orgs"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"IP_ADDRESS_NOT_ON_ACCESS_LIST"_s);
        QCOMPARE(r.json().value("parameters"_L1).toArray(), QJsonArray{u"127.0.0.1"_s});
        QCOMPARE(r.json().value("detail"_L1).toString(),
                 u"IP address 127.0.0.1 is not allowed to access this resource."_s);
        QCOMPARE(r.json().value("reason"_L1).toString(), u"Forbidden"_s);

        auto empty = m_fx.client(u"bemptyky"_s, u"0a1b2c3d-0000-4000-8000-00000000b006"_s);
        r = empty.get(u"/orgs"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"ORG_REQUIRES_ACCESS_LIST"_s);
        QCOMPARE(r.json().value("parameters"_L1).toArray(), QJsonArray{u"127.0.0.1"_s});

        // An empty list in an organization that does not require one: every address.
        auto reader = m_fx.client(u"readerky"_s, u"0a1b2c3d-0000-4000-8000-00000000a002"_s);
        QCOMPARE(reader.get(u"/orgs"_s).status, 200);
    }

    void usageIsCounted()
    {
        auto http = m_fx.client();
        const QString list = orgPath(u"/apiKeys/"_s + EmulatorFixture::keyId(1) + u"/accessList"_s);
        const QJsonObject before = http.get(list).json().value("results"_L1).toArray().first().toObject();
        http.get(u"/orgs"_s);
        const QJsonObject after = http.get(list).json().value("results"_L1).toArray().first().toObject();
        QCOMPARE(after.value("count"_L1).toInt(), before.value("count"_L1).toInt() + 2);
        QCOMPARE(after.value("lastUsedAddress"_L1).toString(), u"127.0.0.1"_s);
        QVERIFY(QDateTime::fromString(after.value("lastUsed"_L1).toString(), Qt::ISODate)
                > QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC));
    }

    void remoteIpHeader()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.remoteIpHeader = "X-Forwarded-For";
        QVERIFY(m_fx.start(options));
        auto member = m_fx.client(u"memberky"_s, u"0a1b2c3d-0000-4000-8000-00000000a003"_s);
        auto r = member.send("GET", u"/orgs"_s, {}, {{"X-Forwarded-For", "10.1.2.3, 172.16.0.1"}});
        QCOMPARE(r.status, 200);
        r = member.send("GET", u"/orgs"_s, {}, {{"X-Forwarded-For", "192.0.2.9"}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value("parameters"_L1).toArray(), QJsonArray{u"192.0.2.9"_s});
        auto list = m_fx.client().get(orgPath(u"/apiKeys/"_s + EmulatorFixture::keyId(3) + u"/accessList"_s));
        QCOMPARE(
            list.json().value("results"_L1).toArray().at(1).toObject().value("lastUsedAddress"_L1).toString(),
            u"10.1.2.3"_s);
    }

    void projectKeys()
    {
        auto http = m_fx.client();
        const QString keys = u"/groups/"_s + EmulatorFixture::ProjectOne + u"/apiKeys"_s;
        auto r = http.get(keys);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("totalCount"_L1).toInt(), 1);
        QCOMPARE(r.json().value("results"_L1).toArray().first().toObject().value("publicKey"_L1).toString(),
                 u"memberky"_s);

        // create and assign
        r = http.post(keys, R"({"desc":"Project robot","roles":["GROUP_READ_ONLY","GROUP_BACKUP_ADMIN"]})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("privateKey"_L1).toString().size(), 36);
        QJsonArray roles = r.json().value("roles"_L1).toArray();
        QCOMPARE(roles.size(), 3);
        QCOMPARE(roles.at(0).toObject().value("orgId"_L1).toString(), EmulatorFixture::OrgA);
        QCOMPARE(roles.at(1).toObject().value("groupId"_L1).toString(), EmulatorFixture::ProjectOne);
        QCOMPARE(http.get(keys).json().value("totalCount"_L1).toInt(), 2);
        QCOMPARE(http.post(keys, R"({"desc":"x","roles":["ORG_OWNER"]})").errorCode(),
                 u"INVALID_ROLE_FOR_GROUP"_s);

        // assign an existing key, then replace its roles
        const QString reader = keys + u'/' + EmulatorFixture::keyId(2);
        r = http.patch(reader, R"({"roles":["GROUP_READ_ONLY","GROUP_MONITORING_ADMIN"]})");
        QCOMPARE(r.status, 200);
        r = http.patch(reader, R"({"roles":["GROUP_OWNER"]})");
        roles = r.json().value("roles"_L1).toArray();
        QCOMPARE(roles.size(), 2); // ORG_READ_ONLY + GROUP_OWNER: the other project roles were replaced
        QCOMPARE(roles.at(1).toObject().value("roleName"_L1).toString(), u"GROUP_OWNER"_s);
        QCOMPARE(http.patch(reader, R"({"roles":[]})").errorCode(), u"MISSING_API_KEY_ROLES"_s);
        QCOMPARE(
            http.patch(keys + u"/ffffffffffffffffffffffff"_s, R"({"roles":["GROUP_OWNER"]})").errorCode(),
            u"API_KEY_NOT_FOUND"_s);

        // unassign: the key stays in the organization
        r = http.del(reader);
        QCOMPARE(r.status, 204);
        QCOMPARE(http.get(orgPath(u"/apiKeys/"_s + EmulatorFixture::keyId(2))).status, 200);
        r = http.del(reader);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"API_KEY_NOT_FOUND"_s);

        // a project owner key manages its own project's keys, not others'
        auto member = m_fx.client(u"memberky"_s, u"0a1b2c3d-0000-4000-8000-00000000a003"_s);
        QCOMPARE(member.patch(reader, R"({"roles":["GROUP_READ_ONLY"]})").status, 200);
        QCOMPARE(member
                     .patch(u"/groups/"_s + EmulatorFixture::ProjectTwo + u"/apiKeys/"_s
                                + EmulatorFixture::keyId(2),
                            R"({"roles":["GROUP_READ_ONLY"]})")
                     .errorCode(),
                 u"USER_UNAUTHORIZED"_s);
    }

    void organizationSetting()
    {
        auto owner = m_fx.client();
        const QString settings = orgPath(u"/settings"_s);
        auto r = owner.get(settings);
        QCOMPARE(r.status, 200);
        QCOMPARE(keysOf(r.json()), QStringList{u"apiAccessListRequired"_s});
        QCOMPARE(r.json().value("apiAccessListRequired"_L1).toBool(true), false);

        auto reader = m_fx.client(u"readerky"_s, u"0a1b2c3d-0000-4000-8000-00000000a002"_s);
        QCOMPARE(reader.get(settings).status, 200);
        r = reader.patch(settings, R"({"apiAccessListRequired":true})");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"USER_UNAUTHORIZED"_s);
        QCOMPARE(owner.patch(settings, R"({"apiAccessListRequired":"yes"})").errorCode(),
                 u"INVALID_ATTRIBUTE"_s);
        QCOMPARE(owner.patch(settings, R"({"somethingElse":true})").errorCode(), u"INVALID_ATTRIBUTE"_s);

        r = owner.patch(settings, R"({"apiAccessListRequired":true})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("apiAccessListRequired"_L1).toBool(false), true);
        // Now the reader key, which has no whitelist, can do nothing.
        r = reader.get(u"/orgs"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"ORG_REQUIRES_ACCESS_LIST"_s);
        QCOMPARE(owner.patch(settings, R"({"apiAccessListRequired":false})").status, 200);
        QCOMPARE(reader.get(u"/orgs"_s).status, 200);
    }

    void organizationSettingNotExposed()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.orgSettingsApi = false;
        QVERIFY(m_fx.start(options));
        auto owner = m_fx.client();
        auto r = owner.get(orgPath(u"/settings"_s));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"RESOURCE_NOT_FOUND"_s);
        QCOMPARE(owner.patch(orgPath(u"/settings"_s), R"({"apiAccessListRequired":true})").status, 404);
    }

    void userAccessList()
    {
        auto user = m_fx.client(u"user@example.org"_s, u"user-secret"_s);
        const QString list = u"/users/e00000000000000000000001/accessList"_s;
        auto r = user.get(u"/users/byName/user@example.org"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("id"_L1).toString(), u"e00000000000000000000001"_s);
        r = user.get(list);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("totalCount"_L1).toInt(), 2);

        r = user.post(list,
                      R"([{"ipAddress":"198.51.100.1","comment":"laptop"},{"cidrBlock":"192.0.2.0/24"}])");
        QCOMPARE(r.status, 201); // the existing 192.0.2.0/24 is ignored
        QCOMPARE(r.json().value("totalCount"_L1).toInt(), 3);

        r = user.del(list + u"/127.0.0.1"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"CANNOT_REMOVE_CALLER_FROM_ACCESS_LIST"_s);
        QCOMPARE(user.del(list + u"/192.0.2.0%2F24"_s).status, 204);
        r = user.del(list + u"/203.0.113.1"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"ACCESS_LIST_NOT_FOUND"_s);
        QCOMPARE(user.get(list + u"/198.51.100.1"_s).json().value("ipAddress"_L1).toString(),
                 u"198.51.100.1"_s);

        // Only your own list.
        auto key = m_fx.client();
        r = key.get(list);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"ACCESS_LIST_ACCESS_DENIED"_s);

        // Writing the list is itself whitelist-protected.
        auto nolist = m_fx.client(u"nolist@example.org"_s, u"nolist-secret"_s);
        QCOMPARE(nolist.get(u"/users/e00000000000000000000002/accessList"_s).status, 200);
        r = nolist.post(u"/users/e00000000000000000000002/accessList"_s, R"([{"ipAddress":"127.0.0.1"}])");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"RESOURCE_REQUIRES_ACCESS_LIST"_s);
    }

    void legacyServerUsesWhitelistPaths()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.serviceVersion = u"4.4.0.100.20200101T0000Z"_s;
        QVERIFY(m_fx.start(options));
        auto http = m_fx.client();
        const QString key = orgPath(u"/apiKeys/"_s + EmulatorFixture::keyId(3));
        QCOMPARE(http.get(key + u"/whitelist"_s).status, 200);
        QCOMPARE(http.get(key + u"/accessList"_s).status, 404);
        QCOMPARE(http.post(key + u"/whitelist"_s, R"([{"cidrBlock":"10.0.0.0/8"}])").errorCode(),
                 u"ADDRESS_ALREADY_IN_WHITELIST"_s);
        auto denied = m_fx.client(u"deniedky"_s, u"0a1b2c3d-0000-4000-8000-00000000a004"_s);
        QCOMPARE(denied.get(u"/orgs"_s).errorCode(), u"IP_ADDRESS_NOT_ON_WHITELIST"_s);
        auto empty = m_fx.client(u"bemptyky"_s, u"0a1b2c3d-0000-4000-8000-00000000b006"_s);
        QCOMPARE(empty.get(u"/orgs"_s).errorCode(), u"ORG_REQUIRES_WHITELIST"_s);
    }

    void keyListWritesRequireListSwitch()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.keyListWritesRequireList = true;
        QVERIFY(m_fx.start(options));
        auto reader = m_fx.client(u"readerky"_s, u"0a1b2c3d-0000-4000-8000-00000000a002"_s);
        const QString own = orgPath(u"/apiKeys/"_s + EmulatorFixture::keyId(2) + u"/accessList"_s);
        QCOMPARE(reader.get(own).status, 200);
        const auto r = reader.post(own, R"([{"ipAddress":"127.0.0.1"}])");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"RESOURCE_REQUIRES_ACCESS_LIST"_s);
    }

    void methodsAndPaths()
    {
        auto http = m_fx.client();
        auto r = http.send("PUT", orgPath(u"/apiKeys"_s));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET, POST"));
        r = http.get(u"/nothing/here"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"RESOURCE_NOT_FOUND"_s);
    }

    void envelopeAndPretty()
    {
        auto http = m_fx.client();
        auto r = http.get(orgPath(u"?envelope=true"_s));
        QCOMPARE(keysOf(r.json()), (QStringList{u"content"_s, u"status"_s}));
        QCOMPARE(r.json().value("status"_L1).toInt(), 200);
        QCOMPARE(r.json().value("content"_L1).toObject().value("name"_L1).toString(), u"Alpha Org"_s);
        r = http.get(orgPath(u"/apiKeys?envelope=true"_s));
        QCOMPARE(r.json().value("status"_L1).toInt(), 200);
        QVERIFY(r.json().contains("results"_L1));
        r = http.get(orgPath(u"?pretty=true"_s));
        QVERIFY(r.body.contains("\n    \""));
    }

    void rateLimit()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.rateLimitPerMinute = 3;
        QVERIFY(m_fx.start(options));
        auto http = m_fx.client();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(http.get(orgPath()).status, 200);
        auto r = http.get(orgPath());
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), u"RATE_LIMITED"_s);
        QVERIFY(
            r.json().value("detail"_L1).toString().contains(u"is limited to 3 requests every 1 minutes"_s));
        const int retryAfter = r.header("Retry-After").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 60);
        // another organization has its own budget
        auto beta = m_fx.client(u"bownerky"_s, u"b0a1b2c3d-0000-4000-8000-00000000a001"_s);
        QCOMPARE(beta.get(u"/orgs/"_s + EmulatorFixture::OrgB).status, 200);

        m_fx.server.reset();
        options.sendRetryAfter = false;
        QVERIFY(m_fx.start(options));
        auto again = m_fx.client();
        for (int i = 0; i < 3; ++i)
            again.get(orgPath());
        r = again.get(orgPath());
        QCOMPARE(r.status, 429);
        QVERIFY(r.header("Retry-After").isEmpty());
    }

    void cloudManagerFlavor()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.flavor = EmulatorOptions::Flavor::CloudManager;
        QVERIFY(m_fx.start(options));
        auto http = m_fx.client();
        QCOMPARE(http.get(QString()).json().value("appName"_L1).toString(), u"MongoDB Cloud Manager"_s);
        QCOMPARE(
            http.post(orgPath(u"/apiKeys"_s), R"({"desc":"billing","roles":["ORG_BILLING_ADMIN"]})").status,
            200);
        QCOMPARE(http.post(u"/groups/"_s + EmulatorFixture::ProjectOne + u"/apiKeys"_s,
                           R"({"desc":"x","roles":["ORG_OWNER"]})")
                     .errorCode(),
                 u"CANNOT_ADD_ORG_ROLE"_s);
    }

    // The feed is paged like every list: page N holds items (N−1)·size … N·size−1 of the whole feed, newest
    // first, with the whole feed's totalCount and next/previous links where there are such pages.
    void eventsArePagedLikeEveryList()
    {
        auto http = m_fx.client();
        const QString org = u"/orgs/"_s + EmulatorFixture::OrgA;
        const auto all = http.get(org + u"/events?itemsPerPage=500"_s);
        QCOMPARE(all.status, 200);
        const QJsonArray everything = all.json().value("results"_L1).toArray();
        const int total = all.json().value("totalCount"_L1).toInt();
        QVERIFY(total >= 4);
        QCOMPARE(everything.size(), total);
        constexpr int Size = 3;
        const int pages = (total + Size - 1) / Size;
        for (int n = 1; n <= pages + 1; ++n) {
            const auto r = http.get(org + u"/events?itemsPerPage=%1&pageNum=%2"_s.arg(Size).arg(n));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value("totalCount"_L1).toInt(), total);
            const QJsonArray results = r.json().value("results"_L1).toArray();
            QCOMPARE(results.size(), std::clamp(total - (n - 1) * Size, 0, Size));
            for (qsizetype i = 0; i < results.size(); ++i)
                QCOMPARE(results.at(i).toObject().value("id"_L1),
                         everything.at((n - 1) * Size + i).toObject().value("id"_L1));
            QStringList rels;
            for (const QJsonValue &link : r.json().value("links"_L1).toArray())
                rels.append(link.toObject().value("rel"_L1).toString());
            QCOMPARE(rels.contains(u"next"_s), n < pages);
            QCOMPARE(rels.contains(u"previous"_s), n > 1);
        }
    }

    // Every change the emulator performs is an event in the organization's feed (and the project's, for
    // project assignments), with literal type names, the calling key as actor and the caller's address;
    // the feed filters by eventType (repeatable) and minDate/maxDate, newest first, in pages.
    void eventsForEveryChange()
    {
        auto http = m_fx.client();
        const QString org = u"/orgs/"_s + EmulatorFixture::OrgA;
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QString since = u"?minDate="_s + start.toString(Qt::ISODate);
        // The dataset's own history: every key's creation, before the test.
        const auto history = http.get(org + u"/events?itemsPerPage=500&eventType=ORG_API_KEY_ADDED"_s);
        QCOMPARE(history.status, 200);
        QCOMPARE(history.json().value("totalCount"_L1).toInt(), 4);

        auto r = http.post(org + u"/apiKeys"_s, R"({"desc":"events","roles":["ORG_MEMBER"]})");
        QCOMPARE(r.status, 200);
        const QString keyId = r.json().value("id"_L1).toString();
        const QString publicKey = r.json().value("publicKey"_L1).toString();
        const QString key = org + u"/apiKeys/"_s + keyId;
        QCOMPARE(http.post(key + u"/accessList"_s, R"([{"cidrBlock":"10.9.0.0/16"}])").status, 200);
        QCOMPARE(http.del(key + u"/accessList/10.9.0.0%2F16"_s).status, 204);
        QCOMPARE(http.patch(key, R"({"desc":"renamed"})").status, 200);
        QCOMPARE(http.patch(key, R"({"roles":["ORG_READ_ONLY"]})").status, 200);
        const QString project = u"/groups/"_s + EmulatorFixture::ProjectOne;
        QCOMPARE(http.patch(project + u"/apiKeys/"_s + keyId, R"({"roles":["GROUP_READ_ONLY"]})").status,
                 200);
        QCOMPARE(http.del(project + u"/apiKeys/"_s + keyId).status, 204);
        QCOMPARE(http.patch(org + u"/settings"_s, R"({"apiAccessListRequired":true})").status, 200);
        QCOMPARE(http.patch(org + u"/settings"_s, R"({"apiAccessListRequired":false})").status, 200);
        QCOMPARE(http.del(key).status, 200);

        r = http.get(org + u"/events"_s + since);
        QCOMPARE(r.status, 200);
        const QJsonArray events = r.json().value("results"_L1).toArray();
        QStringList types;
        for (const QJsonValue &v : events)
            types.prepend(v.toObject().value("eventTypeName"_L1).toString()); // the feed is newest first
        QCOMPARE(types,
                 (QStringList{u"ORG_API_KEY_ADDED"_s, u"API_KEY_ACCESS_LIST_ENTRY_ADDED"_s,
                              u"API_KEY_ACCESS_LIST_ENTRY_DELETED"_s, u"API_KEY_DESCRIPTION_CHANGED"_s,
                              u"API_KEY_ROLES_CHANGED"_s, u"API_KEY_ADDED_TO_GROUP"_s,
                              u"API_KEY_REMOVED_FROM_GROUP"_s, u"ORG_PUBLIC_API_ACCESS_LIST_REQUIRED"_s,
                              u"ORG_PUBLIC_API_ACCESS_LIST_NOT_REQUIRED"_s, u"ORG_API_KEY_DELETED"_s}));
        const QJsonObject added = events.at(events.size() - 2).toObject();
        QCOMPARE(keysOf(added),
                 (QStringList{u"accessListEntry"_s, u"apiKeyId"_s, u"created"_s, u"eventTypeName"_s, u"id"_s,
                              u"isGlobalAdmin"_s, u"links"_s, u"orgId"_s, u"publicKey"_s, u"remoteAddress"_s,
                              u"targetPublicKey"_s}));
        QCOMPARE(added.value("accessListEntry"_L1).toString(), u"10.9.0.0/16"_s);
        QCOMPARE(added.value("publicKey"_L1).toString(), u"ownerkey"_s);
        QCOMPARE(added.value("apiKeyId"_L1).toString(), EmulatorFixture::keyId(1));
        QCOMPARE(added.value("remoteAddress"_L1).toString(), u"127.0.0.1"_s);
        QCOMPARE(added.value("targetPublicKey"_L1).toString(), publicKey);
        QVERIFY(QDateTime::fromString(added.value("created"_L1).toString(), Qt::ISODate) >= start);

        // Filters: a repeated eventType, maxDate, paging, one event by ID, the project's feed.
        r = http.get(org + u"/events"_s + since
                     + u"&eventType=ORG_API_KEY_ADDED&eventType=ORG_API_KEY_DELETED&itemsPerPage=1"_s);
        QCOMPARE(r.json().value("totalCount"_L1).toInt(), 2);
        QCOMPARE(r.json().value("results"_L1).toArray().size(), 1);
        QCOMPARE(
            r.json().value("results"_L1).toArray().first().toObject().value("eventTypeName"_L1).toString(),
            u"ORG_API_KEY_DELETED"_s);
        r = http.get(org + u"/events?maxDate="_s + start.toString(Qt::ISODate) + u"&itemsPerPage=500"_s);
        QVERIFY(r.json().value("totalCount"_L1).toInt() > 0);
        for (const QJsonValue &v : r.json().value("results"_L1).toArray())
            QVERIFY(QDateTime::fromString(v.toObject().value("created"_L1).toString(), Qt::ISODate) <= start);
        const QString id = added.value("id"_L1).toString();
        r = http.get(org + u"/events/"_s + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("id"_L1).toString(), id);
        QCOMPARE(http.get(org + u"/events/ffffffffffffffffffffffff"_s).errorCode(), u"EVENT_NOT_FOUND"_s);
        r = http.get(project + u"/events"_s + since);
        QStringList projectTypes;
        for (const QJsonValue &v : r.json().value("results"_L1).toArray()) {
            projectTypes.append(v.toObject().value("eventTypeName"_L1).toString());
            QCOMPARE(v.toObject().value("groupId"_L1).toString(), EmulatorFixture::ProjectOne);
        }
        QCOMPARE(projectTypes, (QStringList{u"API_KEY_REMOVED_FROM_GROUP"_s, u"API_KEY_ADDED_TO_GROUP"_s}));
        QCOMPARE(http.get(org + u"/events?minDate=yesterday"_s).errorCode(), u"INVALID_QUERY_PARAMETER"_s);
    }

    void legacyServersNameWhitelistEvents()
    {
        m_fx.server.reset();
        EmulatorOptions options;
        options.serviceVersion = u"4.4.0"_s;
        QVERIFY(m_fx.start(options));
        auto http = m_fx.client();
        const QString key = u"/orgs/"_s + EmulatorFixture::OrgA + u"/apiKeys/"_s + EmulatorFixture::keyId(3);
        QCOMPARE(http.post(key + u"/whitelist"_s, R"([{"ipAddress":"192.0.2.9"}])").status, 200);
        const auto r = http.get(u"/orgs/"_s + EmulatorFixture::OrgA
                                + u"/events?eventType=API_KEY_WHITELIST_ENTRY_ADDED&itemsPerPage=1"_s);
        const QJsonObject event = r.json().value("results"_L1).toArray().first().toObject();
        QCOMPARE(event.value("eventTypeName"_L1).toString(), u"API_KEY_WHITELIST_ENTRY_ADDED"_s);
        QCOMPARE(event.value("whitelistEntry"_L1).toString(), u"192.0.2.9/32"_s);
        QVERIFY(!event.contains("accessListEntry"_L1));
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestEmulatorApi)
#include "tst_emulator_api.moc"
