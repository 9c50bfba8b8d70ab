// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonMapping.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QJsonValue parse(const char *text)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}
} // namespace

class TestJsonMapping : public QObject
{
    Q_OBJECT
private slots:
    void organizationRoundTrip()
    {
        const auto parsed = Json::organization(parse(R"({"id":"5f1d1b1e1a1b1c1d1e1f2021","name":"Northwind",
            "isDeleted":false,"links":[{"rel":"self","href":"x"}],"somethingNew":7})"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value->name, u"Northwind"_s);
        const QJsonObject json = Json::toJson(*parsed.value);
        QCOMPARE(json.value("id"_L1).toString(), u"5f1d1b1e1a1b1c1d1e1f2021"_s);
        QCOMPARE(json.value("isDeleted"_L1).toBool(true), false);
        QCOMPARE(*Json::organization(json).value, *parsed.value);
    }

    void projectRoundTrip()
    {
        const auto parsed = Json::project(parse(R"({"id":"6a0000000000000000000001","name":"billing-prod",
            "orgId":"5f1d1b1e1a1b1c1d1e1f2021","activeAgentCount":3,"hostCounts":{"primary":1},
            "replicaSetCount":1,"shardCount":0,"publicApiEnabled":true,"lastActiveAgent":"2026-10-01T08:00:00Z"})"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value->activeAgentCount, 3);
        QCOMPARE(parsed.value->lastActiveAgent, QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC));
        const QJsonObject json = Json::toJson(*parsed.value);
        QCOMPARE(json.value("lastActiveAgent"_L1).toString(), u"2026-10-01T08:00:00Z"_s);
        QCOMPARE(*Json::project(json).value, *parsed.value);
    }

    void apiKeyRoundTrip()
    {
        const auto parsed = Json::apiKey(parse(R"({"id":"5d1113b25a115342acc2d1aa","desc":"CI deploys",
            "publicKey":"ewmaqvdo","privateKey":"********-****-****-db2c132ca78d",
            "roles":[{"orgId":"5f1d1b1e1a1b1c1d1e1f2021","roleName":"ORG_MEMBER"},
                     {"groupId":"6a0000000000000000000001","roleName":"GROUP_READ_ONLY"}],
            "links":[]})"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const ApiKey &key = *parsed.value;
        QCOMPARE(key.orgRoleNames(), QStringList{u"ORG_MEMBER"_s});
        QCOMPARE(key.projectRoleNames(u"6a0000000000000000000001"_s), QStringList{u"GROUP_READ_ONLY"_s});
        QCOMPARE(key.projectIds(), QStringList{u"6a0000000000000000000001"_s});
        QVERIFY(key.hasOrgRole(u"ORG_MEMBER"));
        QVERIFY(!key.hasOrgRole(u"ORG_OWNER"));
        const QJsonObject json = Json::toJson(key);
        QCOMPARE(json.value("publicKey"_L1).toString(), u"ewmaqvdo"_s);
        QCOMPARE(json.value("desc"_L1).toString(), u"CI deploys"_s);
        const QJsonObject role0 = json.value("roles"_L1).toArray().at(0).toObject();
        QCOMPARE(role0.value("orgId"_L1).toString(), u"5f1d1b1e1a1b1c1d1e1f2021"_s);
        QCOMPARE(role0.value("roleName"_L1).toString(), u"ORG_MEMBER"_s);
        QVERIFY(!role0.contains("groupId"_L1));
        QCOMPARE(*Json::apiKey(json).value, key);
    }

    void accessListEntryRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("display");
        QTest::newRow("single") << QByteArray(R"({"cidrBlock":"147.58.184.16/32","ipAddress":"147.58.184.16",
            "created":"2026-01-02T03:04:05Z","count":42,"lastUsed":"2026-11-01T10:00:00Z",
            "lastUsedAddress":"147.58.184.16"})")
                                << u"147.58.184.16"_s;
        QTest::newRow("cidr with null ip") << QByteArray(R"({"cidrBlock":"192.0.2.0/24","ipAddress":null,
            "created":"2026-01-02T03:04:05Z","count":0})")
                                           << u"192.0.2.0/24"_s;
        QTest::newRow("v6") << QByteArray(
            R"({"cidrBlock":"2001:db8::/48","created":"2026-01-02T03:04:05.123Z","count":1})")
                            << u"2001:db8::/48"_s;
        QTest::newRow("ip only (old whitelist)")
            << QByteArray(R"({"ipAddress":"10.0.0.1","created":"2020-01-02T03:04:05Z"})") << u"10.0.0.1"_s;
    }

    void accessListEntryRoundTrip()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, display);
        const auto parsed = Json::accessListEntry(parse(json.constData()));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value->displayValue(), display);
        QVERIFY(parsed.value->block().isValid());
        const QJsonObject out = Json::toJson(*parsed.value);
        QVERIFY(out.contains("cidrBlock"_L1));
        QVERIFY(out.contains("ipAddress"_L1));
        const auto again = Json::accessListEntry(out);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.value->cidrBlock, parsed.value->cidrBlock);
        QCOMPARE(again.value->ipAddress, parsed.value->ipAddress);
        QCOMPARE(again.value->count, parsed.value->count);
        QCOMPARE(again.value->lastUsed, parsed.value->lastUsed);
        QCOMPARE(again.value->created.toSecsSinceEpoch(), parsed.value->created.toSecsSinceEpoch());
    }

    void orgSettingsRoundTrip()
    {
        const auto on
            = Json::orgSettings(parse(R"({"apiAccessListRequired":true,"multiFactorAuthRequired":false})"));
        QVERIFY(on.ok());
        QCOMPARE(on.value->requirement, WhitelistRequirement::Required);
        QCOMPARE(Json::toJson(*on.value).value("apiAccessListRequired"_L1).toBool(false), true);
        const auto off = Json::orgSettings(Json::toJson(OrgSettings::known(false)));
        QCOMPARE(off.value->requirement, WhitelistRequirement::NotRequired);
        QVERIFY(Json::toJson(OrgSettings::unknown(OrgSettings::UnknownReason::NotExposedByServer)).isEmpty());
    }

    void pageWithLinks()
    {
        const auto page
            = Json::apiKeyPage(parse(R"({"results":[{"id":"5d1113b25a115342acc2d1aa","publicKey":"abcdefgh",
            "desc":"x","roles":[]}],"totalCount":501,
            "links":[{"rel":"self","href":"/api?pageNum=1"},{"rel":"next","href":"/api?pageNum=2"}]})"));
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(page.value->totalCount, 501);
        QCOMPARE(page.value->results.size(), 1);
        QCOMPARE(page.value->nextHref, u"/api?pageNum=2"_s);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("org not object")
            << u"org"_s << QByteArray("[1,2]") << u"organization: expected an object, found an array"_s;
        QTest::newRow("org id missing")
            << u"org"_s << QByteArray(R"({"name":"x"})") << u"organization.id: required field is missing"_s;
        QTest::newRow("org name number") << u"org"_s << QByteArray(R"({"id":"a","name":5})")
                                         << u"organization.name: expected a string, found a number"_s;
        QTest::newRow("org isDeleted string")
            << u"org"_s << QByteArray(R"({"id":"a","name":"n","isDeleted":"no"})")
            << u"organization.isDeleted: expected true or false, found a string"_s;
        QTest::newRow("key publicKey missing") << u"key"_s << QByteArray(R"({"id":"a","desc":"d"})")
                                               << u"apiKey.publicKey: required field is missing"_s;
        QTest::newRow("key roles not array")
            << u"key"_s << QByteArray(R"({"id":"a","publicKey":"p","roles":{}})")
            << u"apiKey.roles: expected an array, found an object"_s;
        QTest::newRow("role name number")
            << u"key"_s
            << QByteArray(
                   R"({"id":"a","publicKey":"p","roles":[{"orgId":"o","roleName":"ORG_OWNER"},{"orgId":"o","roleName":3}]})")
            << u"apiKey.roles[1].roleName: expected a string, found a number"_s;
        QTest::newRow("role without scope")
            << u"key"_s << QByteArray(R"({"id":"a","publicKey":"p","roles":[{"roleName":"ORG_OWNER"}]})")
            << u"exactly one of orgId and groupId"_s;
        QTest::newRow("entry count fraction")
            << u"entry"_s << QByteArray(R"({"cidrBlock":"10.0.0.0/8","count":1.5})")
            << u"accessListEntry.count: expected a whole number, found a number"_s;
        QTest::newRow("entry count string")
            << u"entry"_s << QByteArray(R"({"cidrBlock":"10.0.0.0/8","count":"3"})")
            << u"accessListEntry.count: expected a whole number, found a string"_s;
        QTest::newRow("entry bad date")
            << u"entry"_s << QByteArray(R"({"cidrBlock":"10.0.0.0/8","created":"yesterday"})")
            << u"accessListEntry.created: “yesterday” is not an ISO-8601 date"_s;
        QTest::newRow("entry no address") << u"entry"_s << QByteArray(R"({"created":"2026-01-01T00:00:00Z"})")
                                          << u"accessListEntry.cidrBlock: required field is missing"_s;
        QTest::newRow("settings missing") << u"settings"_s << QByteArray(R"({})")
                                          << u"settings.apiAccessListRequired: required field is missing"_s;
        QTest::newRow("settings wrong type")
            << u"settings"_s << QByteArray(R"({"apiAccessListRequired":"true"})")
            << u"expected true or false, found a string"_s;
        QTest::newRow("page results missing") << u"page"_s << QByteArray(R"({"totalCount":1})")
                                              << u"response.results: required field is missing"_s;
        QTest::newRow("page item broken")
            << u"page"_s << QByteArray(R"({"results":[{"id":"a","publicKey":"p"},{"id":7}],"totalCount":2})")
            << u"response.results[1].id: expected a string, found a number"_s;
        QTest::newRow("project orgId null")
            << u"project"_s << QByteArray(R"({"id":"a","name":"n","orgId":null})")
            << u"project.orgId: required field is missing"_s;
    }

    void malformed()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QJsonValue value = parse(json.constData());
        QString error;
        bool ok = true;
        if (kind == "org"_L1) {
            const auto r = Json::organization(value);
            ok = r.ok();
            error = r.error;
        } else if (kind == "key"_L1) {
            const auto r = Json::apiKey(value);
            ok = r.ok();
            error = r.error;
        } else if (kind == "entry"_L1) {
            const auto r = Json::accessListEntry(value);
            ok = r.ok();
            error = r.error;
        } else if (kind == "settings"_L1) {
            const auto r = Json::orgSettings(value);
            ok = r.ok();
            error = r.error;
        } else if (kind == "page"_L1) {
            const auto r = Json::apiKeyPage(value);
            ok = r.ok();
            error = r.error;
        } else if (kind == "project"_L1) {
            const auto r = Json::project(value);
            ok = r.ok();
            error = r.error;
        }
        QVERIFY(!ok);
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"
