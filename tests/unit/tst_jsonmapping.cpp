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

    // A service account as Cloud Manager and Atlas send it (field names of the documented schema): the
    // secret value only in the answer that creates it, masked afterwards.
    void serviceAccountAsSent()
    {
        const auto parsed = Json::serviceAccount(parse(R"({
            "clientId": "mdb_sa_id_5f1a2b3c4d5e6f7a8b9c0d1e", "name": "ci-runner",
            "description": "Deploys from CI", "roles": ["ORG_MEMBER", "ORG_READ_ONLY"],
            "createdAt": "2026-11-01T09:00:00Z",
            "secrets": [
              {"id": "6a0000000000000000000001", "createdAt": "2026-11-01T09:00:00Z",
               "expiresAt": "2026-12-01T09:00:00Z", "lastUsedAt": "2026-11-30T22:10:00Z",
               "maskedSecretValue": "mdb_sa_sk_...wxyz"},
              {"id": "6a0000000000000000000002", "createdAt": "2026-11-28T09:00:00Z",
               "expiresAt": "2027-02-26T09:00:00Z", "secret": "mdb_sa_sk_0123456789abcdef0123456789abcdef"}]})"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const ServiceAccount &a = *parsed.value;
        QVERIFY(ServiceAccount::isClientId(a.clientId));
        QVERIFY(!ServiceAccount::isClientId(u"mdb_sa_id_5f1a"_s));
        QVERIFY(!ServiceAccount::isClientId(u"5f1a2b3c4d5e6f7a8b9c0d1e"_s));
        QCOMPARE(a.name, u"ci-runner"_s);
        QCOMPARE(a.description, u"Deploys from CI"_s);
        QCOMPARE(a.roles, (QStringList{u"ORG_MEMBER"_s, u"ORG_READ_ONLY"_s}));
        QCOMPARE(a.createdAt, QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(a.secrets.size(), 2);
        QCOMPARE(a.secrets.at(0).maskedSecretValue, u"mdb_sa_sk_...wxyz"_s);
        QCOMPARE(a.secrets.at(0).lastUsedAt, QDateTime(QDate(2026, 11, 30), QTime(22, 10), Qt::UTC));
        QVERIFY(!a.secrets.at(1).lastUsedAt.isValid()); // never used
        QCOMPARE(a.secrets.at(1).secret, u"mdb_sa_sk_0123456789abcdef0123456789abcdef"_s);
        const QDateTime now(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
        QVERIFY(a.secrets.at(0).expiredAt(now));
        QCOMPARE(a.liveSecrets(now), 1);
        // Kept or stored, an account holds no full secret.
        const ServiceAccount kept = a.masked();
        QVERIFY(kept.secrets.at(1).secret.isEmpty());
        QVERIFY(!QJsonDocument(Json::toJson(kept)).toJson().contains("0123456789abcdef"));
        // Written as the server writes it (the emulator), and read back the same.
        const QJsonObject out = Json::toJson(a);
        for (const char *field : {"clientId", "name", "description", "roles", "createdAt", "secrets"})
            QVERIFY2(out.contains(QLatin1StringView(field)), field);
        const QJsonObject secret = out.value("secrets"_L1).toArray().at(1).toObject();
        QCOMPARE(secret.value("secret"_L1).toString(), a.secrets.at(1).secret);
        for (const char *field : {"id", "createdAt", "expiresAt"})
            QVERIFY2(secret.contains(QLatin1StringView(field)), field);
        QCOMPARE(out.value("secrets"_L1).toArray().at(0).toObject().value("lastUsedAt"_L1).toString(),
                 u"2026-11-30T22:10:00Z"_s);
        const auto again = Json::serviceAccount(out);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(*again.value, a);
        // What is required.
        QVERIFY(!Json::serviceAccount(parse(R"({"name": "x"})")).ok());
        const auto badSecret = Json::serviceAccount(
            parse(R"({"clientId": "mdb_sa_id_5f1a2b3c4d5e6f7a8b9c0d1e", "secrets": [{"id": "1"}]})"));
        QVERIFY(!badSecret.ok());
        QVERIFY2(badSecret.error.contains(u"secrets[0]"_s), qPrintable(badSecret.error));
        QVERIFY(!Json::serviceAccount(
                     parse(R"({"clientId": "mdb_sa_id_5f1a2b3c4d5e6f7a8b9c0d1e", "roles": [1]})"))
                     .ok());
    }

    // An account's access-list entries carry createdAt, lastUsedAt, lastUsedAddress and requestCount — a
    // key's carry created, lastUsed, count: both end in the same entry.
    void serviceAccountEntriesMapLikeKeyEntries()
    {
        const auto parsed = Json::serviceAccountEntryPage(parse(R"({"results": [
            {"ipAddress": "203.0.113.9", "createdAt": "2026-11-02T08:00:00Z", "lastUsedAt": "2026-12-01T07:00:00Z",
             "lastUsedAddress": "203.0.113.9", "requestCount": 812},
            {"cidrBlock": "198.51.100.0/24", "createdAt": "2026-11-03T08:00:00Z", "requestCount": 0}],
            "totalCount": 2})"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value->totalCount, 2);
        const AccessListEntry &one = parsed.value->results.at(0);
        QCOMPARE(one.displayValue(), u"203.0.113.9"_s);
        QCOMPARE(one.cidrBlock, u"203.0.113.9/32"_s);
        QCOMPARE(one.count, 812);
        QCOMPARE(one.lastUsed, QDateTime(QDate(2026, 12, 1), QTime(7, 0), Qt::UTC));
        QCOMPARE(one.created, QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC));
        QCOMPARE(one.lastUsedAddress, u"203.0.113.9"_s);
        const AccessListEntry &block = parsed.value->results.at(1);
        QCOMPARE(block.displayValue(), u"198.51.100.0/24"_s);
        QVERIFY(block.neverUsed());
        const auto keyEntry = Json::accessListEntry(parse(R"({"ipAddress": "203.0.113.9",
            "created": "2026-11-02T08:00:00Z", "lastUsed": "2026-12-01T07:00:00Z",
            "lastUsedAddress": "203.0.113.9", "count": 812})"));
        QVERIFY(keyEntry.ok());
        QCOMPARE(*keyEntry.value, one);
        // Written back with the account's names, ipAddress or cidrBlock, never both.
        const QJsonObject out = Json::serviceAccountEntryJson(one);
        QCOMPARE(out.value("ipAddress"_L1).toString(), u"203.0.113.9"_s);
        QVERIFY(!out.contains("cidrBlock"_L1));
        QCOMPARE(out.value("requestCount"_L1).toInteger(), 812);
        QCOMPARE(out.value("lastUsedAt"_L1).toString(), u"2026-12-01T07:00:00Z"_s);
        QVERIFY(!out.contains("count"_L1) && !out.contains("lastUsed"_L1) && !out.contains("created"_L1));
        const QJsonObject outBlock = Json::serviceAccountEntryJson(block);
        QCOMPARE(outBlock.value("cidrBlock"_L1).toString(), u"198.51.100.0/24"_s);
        QVERIFY(!outBlock.contains("ipAddress"_L1));
        QVERIFY(!Json::serviceAccountEntry(parse(R"({"createdAt": "2026-11-02T08:00:00Z"})")).ok());
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

    // Events feed entries (issue #17's groundwork): both whitelist-entry field names, both actor shapes,
    // both name families, and an unknown type read without failing.
    void events_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("entry");
        QTest::newRow("entry added, accessListEntry, by a key") << QByteArray(
            R"({"id":"e1","created":"2026-03-12T14:02:00Z","eventTypeName":"API_KEY_ACCESS_LIST_ENTRY_ADDED",)"
            R"("orgId":"o1","apiKeyId":"k1","publicKey":"qzmrvtka","remoteAddress":"203.0.113.9",)"
            R"("targetPublicKey":"abcdefgh","accessListEntry":"10.0.0.0/24"})")
                                                                << int(ApiEvent::Kind::EntryAdded)
                                                                << u"key qzmrvtka"_s << u"10.0.0.0/24"_s;
        QTest::newRow("entry deleted, whitelistEntry (older servers)") << QByteArray(
            R"({"id":"e2","created":"2020-01-02T03:04:05Z","eventTypeName":"API_KEY_WHITELIST_ENTRY_DELETED",)"
            R"("userId":"u1","username":"alice@example.com","whitelistEntry":"192.0.2.1"})")
                                                                       << int(ApiEvent::Kind::EntryDeleted)
                                                                       << u"alice@example.com"_s
                                                                       << u"192.0.2.1"_s;
        QTest::newRow("requirement on, current name") << QByteArray(
            R"({"id":"e3","created":"2026-03-12T14:02:00Z","eventTypeName":"ORG_PUBLIC_API_ACCESS_LIST_REQUIRED","username":"bob@example.com"})")
                                                      << int(ApiEvent::Kind::RequirementOn)
                                                      << u"bob@example.com"_s << QString();
        QTest::newRow("requirement off, legacy name") << QByteArray(
            R"({"id":"e4","created":"2019-03-12T14:02:00Z","eventTypeName":"ORG_PUBLIC_API_WHITELIST_NOT_REQUIRED"})")
                                                      << int(ApiEvent::Kind::RequirementOff) << u"unknown"_s
                                                      << QString();
        QTest::newRow("key created, Ops Manager name") << QByteArray(
            R"({"id":"e5","created":"2025-02-03T10:00:00Z","eventTypeName":"ORG_API_KEY_ADDED","username":"bob@example.com","targetPublicKey":"newkey01"})")
                                                       << int(ApiEvent::Kind::KeyCreated)
                                                       << u"bob@example.com"_s << QString();
        QTest::newRow("key created, Atlas name") << QByteArray(
            R"({"id":"e6","created":"2025-02-03T10:00:00Z","eventTypeName":"API_KEY_CREATED","apiKeyId":"k9"})")
                                                 << int(ApiEvent::Kind::KeyCreated) << u"key k9"_s
                                                 << QString();
        QTest::newRow("unknown type") << QByteArray(
            R"({"id":"e7","created":"2025-02-03T10:00:00Z","eventTypeName":"HOST_DOWN","hostname":"h"})")
                                      << int(ApiEvent::Kind::Other) << u"unknown"_s << QString();
    }

    void events()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        QFETCH(QString, actor);
        QFETCH(QString, entry);
        const auto parsed = Json::event(QJsonDocument::fromJson(json).object());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(int(parsed.value->kind()), kind);
        QCOMPARE(parsed.value->actor(), actor);
        QCOMPARE(parsed.value->entry, entry);
        QVERIFY(parsed.value->created.isValid());
        QVERIFY(!parsed.value->summary().isEmpty());
        // Written back (always as accessListEntry) and read again: the same event.
        const auto again = Json::event(Json::toJson(*parsed.value));
        QVERIFY(again.ok());
        QCOMPARE(*again.value, *parsed.value);
    }

    void eventSummaryAndFilter()
    {
        ApiEvent e;
        e.eventTypeName = u"API_KEY_ACCESS_LIST_ENTRY_ADDED"_s;
        e.targetPublicKey = u"cirunner"_s;
        e.entry = u"10.0.0.0/24"_s;
        e.publicKey = u"qzmrvtka"_s;
        e.remoteAddress = u"203.0.113.9"_s;
        QCOMPARE(e.summary(),
                 u"API key cirunner: entry 10.0.0.0/24 added by key qzmrvtka from 203.0.113.9"_s);
        QVERIFY(ApiEvent::concernsApiAccess(u"ORG_PUBLIC_API_ACCESS_LIST_REQUIRED"_s));
        QVERIFY(ApiEvent::concernsApiAccess(u"TEMP_GLOBAL_API_KEY_CREATED"_s));
        QVERIFY(!ApiEvent::concernsApiAccess(u"HOST_DOWN"_s));
        // Service accounts' and the global access list's events, whichever names the server uses.
        for (const QString &name :
             {u"INTERNAL_CLIENT_SECRET_CREATED"_s, u"SERVICE_ACCOUNT_CREATED"_s,
              u"GLOBAL_ACCESS_LIST_ENTRY_DELETED"_s, u"GLOBAL_WHITELIST_ENTRY_CREATED"_s}) {
            QVERIFY2(ApiEvent::concernsApiAccess(name), qPrintable(name));
            QCOMPARE(ApiEvent::kindOf(name), ApiEvent::Kind::Other); // shown by its name
        }
        QVERIFY(!ApiEvent::concernsApiAccess(u"INTERNAL_USER_CREATED"_s));
        // A missing id or type is an error naming the field.
        const auto bad = Json::event(QJsonObject{{"created"_L1, u"2026-01-01T00:00:00Z"_s}});
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.contains(u"id"_s), qPrintable(bad.error));
        const auto page = Json::eventPage(
            QJsonDocument::fromJson(
                R"({"results":[{"id":"a","created":"2026-01-01T00:00:00Z","eventTypeName":"X"}],"totalCount":1,"links":[]})")
                .object());
        QVERIFY(page.ok());
        QCOMPARE(page.value->results.size(), 1);
    }

    // The merged feed keeps one copy of each repeated string (issue #23: ten maximal organizations in
    // under 150 MB): events parsed one by one, each with its own copy, come out sharing them — and
    // otherwise unchanged, newest first.
    void mergedEventsShareTheirStrings()
    {
        ApiEvents parsed;
        for (int i = 0; i < 3; ++i) {
            const QByteArray json
                = u"{\"id\":\"e%1\",\"created\":\"2026-01-0%2T00:00:00Z\","
                  "\"eventTypeName\":\"API_KEY_ACCESS_LIST_ENTRY_ADDED\",\"orgId\":\"o1\","
                  "\"username\":\"alice@example.com\",\"remoteAddress\":\"203.0.113.9\","
                  "\"targetPublicKey\":\"cirunner\",\"accessListEntry\":\"10.0.0.%1\"}"_s.arg(i)
                      .arg(i + 1)
                      .toUtf8();
            const auto e = Json::event(QJsonDocument::fromJson(json).object());
            QVERIFY2(e.ok(), qPrintable(e.error));
            parsed.append(*e.value);
        }
        QVERIFY(parsed.at(0).username.constData() != parsed.at(1).username.constData());
        const ApiEvents merged = ApiEventLog::merged(parsed, {});
        QCOMPARE(merged.size(), 3);
        QCOMPARE(merged.at(0).id, u"e2"_s);
        QCOMPARE(merged.at(2).id, u"e0"_s);
        QCOMPARE(merged.at(2), parsed.at(0));
        for (const ApiEvent &e : merged) {
            QCOMPARE(e.username, u"alice@example.com"_s);
            QCOMPARE(e.username.constData(), merged.at(0).username.constData());
            QCOMPARE(e.eventTypeName.constData(), merged.at(0).eventTypeName.constData());
            QCOMPARE(e.orgId.constData(), merged.at(0).orgId.constData());
            QCOMPARE(e.remoteAddress.constData(), merged.at(0).remoteAddress.constData());
            QCOMPARE(e.targetPublicKey.constData(), merged.at(0).targetPublicKey.constData());
        }
        QVERIFY(merged.at(0).entry != merged.at(1).entry); // not shared: seldom repeats
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"
