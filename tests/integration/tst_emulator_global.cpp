// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator's Ops Manager global API keys and global access list, asserted on status, errorCode and the
// literal JSON field names of models/api/README.md ("Global API keys and the global access list"): any
// global role reads, Global Owner writes, an organization key sees a refusal; the list is keyed by ID,
// /admin/whitelist before 5.0; a global key is accepted only from an address the global list covers; none
// of it on Cloud Manager.
#include "EmulatorFixture.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
using Fx = EmulatorFixture;

const QString OwnerPublic = u"globownr"_s;
const QString OwnerPrivate = u"global01-0000-4000-8000-0000000000aa"_s;
const QString ReaderPublic = u"globread"_s;
const QString ReaderPrivate = u"global02-0000-4000-8000-0000000000bb"_s;
const QString FarPublic = u"globfarx"_s;
const QString FarPrivate = u"global03-0000-4000-8000-0000000000cc"_s;

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

EmulatedKey globalKey(const QString &id, const QString &publicKey, const QString &privateKey,
                      const QString &role)
{
    EmulatedKey k;
    k.key.id = id;
    k.key.publicKey = publicKey;
    k.key.privateKey = privateKey;
    k.key.desc = publicKey + u" key"_s;
    k.key.roles = {{role, {}, {}}};
    return k;
}

// Two global keys on a list covering this machine, a third key with the same role, and an entry far away.
void seedGlobal(Dataset &d)
{
    d.globalKeys
        = {globalKey(u"e00000000000000000000001"_s, OwnerPublic, OwnerPrivate, u"GLOBAL_OWNER"_s),
           globalKey(u"e00000000000000000000002"_s, ReaderPublic, ReaderPrivate, u"GLOBAL_READ_ONLY"_s)};
    GlobalAccessEntry loopback;
    loopback.id = u"f00000000000000000000001"_s;
    loopback.cidrBlock = u"127.0.0.0/8"_s;
    loopback.description = u"This machine"_s;
    loopback.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    loopback.updated = loopback.created;
    loopback.type = u"GLOBAL_ROLE"_s;
    d.globalAccessList = {loopback};
}
} // namespace

class TestEmulatorGlobal : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;

    bool startOpsManager(const QString &version = {})
    {
        EmulatorOptions options;
        if (!version.isEmpty())
            options.serviceVersion = version;
        return m_fx.start(options, seedGlobal);
    }

private slots:
    void cleanup() { m_fx.server.reset(); }

    void globalKeysAreListedWithTheirGlobalRoles()
    {
        QVERIFY(startOpsManager());
        auto http = m_fx.client(ReaderPublic, ReaderPrivate);
        const auto list = http.get(u"/admin/apiKeys"_s);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value("totalCount"_L1).toInt(), 2);
        const QJsonObject key = list.json().value("results"_L1).toArray().at(0).toObject();
        QCOMPARE(keysOf(key),
                 (QStringList{u"desc"_s, u"id"_s, u"links"_s, u"privateKey"_s, u"publicKey"_s, u"roles"_s}));
        QCOMPARE(key.value("publicKey"_L1).toString(), OwnerPublic);
        QCOMPARE(key.value("roles"_L1).toArray(),
                 (QJsonArray{QJsonObject{{"roleName"_L1, u"GLOBAL_OWNER"_s}}}));
        QVERIFY(key.value("privateKey"_L1).toString() != OwnerPrivate); // masked
        QVERIFY(!list.body.contains(OwnerPrivate.toUtf8()));
        // The documented self link of a global key names no organization.
        QVERIFY(key.value("links"_L1)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value("href"_L1)
                    .toString()
                    .endsWith(u"/orgs/null/apiKeys/e00000000000000000000001"_s));
        const auto one = http.get(u"/admin/apiKeys/e00000000000000000000002"_s);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value("desc"_L1).toString(), u"globread key"_s);
        const auto unknown = http.get(u"/admin/apiKeys/e000000000000000000000ff"_s);
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.errorCode(), u"API_KEY_NOT_FOUND"_s);
        const auto roles = http.get(u"/admin/apiKeys/roles"_s);
        QCOMPARE(roles.status, 200);
        QCOMPARE(roles.json().value("totalCount"_L1).toInt(), 6);
    }

    void aGlobalRoleReadsEveryOrganization()
    {
        QVERIFY(startOpsManager());
        auto http = m_fx.client(ReaderPublic, ReaderPrivate);
        const auto orgs = http.get(u"/orgs"_s);
        QCOMPARE(orgs.status, 200);
        QVERIFY(orgs.json().value("totalCount"_L1).toInt() >= 2);
        QCOMPARE(http.get(u"/orgs/"_s + Fx::OrgA + u"/apiKeys"_s).status, 200);
        // Reading is not owning.
        const auto patch
            = http.patch(u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s + Fx::keyId(1), R"({"desc":"x"})");
        QVERIFY2(patch.status == 401 || patch.status == 403, qPrintable(QString::number(patch.status)));
    }

    void anOrganizationKeyIsRefused()
    {
        QVERIFY(startOpsManager());
        auto http = m_fx.client();
        for (const QString &path : {u"/admin/apiKeys"_s, u"/admin/accessList"_s}) {
            const auto refused = http.get(path);
            QCOMPARE(refused.status, 401);
            QCOMPARE(refused.errorCode(), u"USER_UNAUTHORIZED"_s);
        }
    }

    void onlyAGlobalOwnerChangesKeys()
    {
        QVERIFY(startOpsManager());
        auto reader = m_fx.client(ReaderPublic, ReaderPrivate);
        const auto refused = reader.post(u"/admin/apiKeys"_s, R"({"desc":"x","roles":["GLOBAL_READ_ONLY"]})");
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), u"USER_UNAUTHORIZED"_s);

        auto owner = m_fx.client(OwnerPublic, OwnerPrivate);
        const auto created
            = owner.post(u"/admin/apiKeys"_s, R"({"desc":"Nightly audit","roles":["GLOBAL_READ_ONLY"]})");
        QCOMPARE(created.status, 201);
        const QString id = created.json().value("id"_L1).toString();
        const QString privateKey = created.json().value("privateKey"_L1).toString();
        QCOMPARE(privateKey.size(), 36); // the full key, this once
        QCOMPARE(created.json().value("roles"_L1).toArray(),
                 (QJsonArray{QJsonObject{{"roleName"_L1, u"GLOBAL_READ_ONLY"_s}}}));
        QVERIFY(!owner.get(u"/admin/apiKeys/"_s + id).body.contains(privateKey.toUtf8()));

        const auto badRole = owner.post(u"/admin/apiKeys"_s, R"({"desc":"x","roles":["ORG_OWNER"]})");
        QCOMPARE(badRole.status, 400);
        QCOMPARE(badRole.errorCode(), u"INVALID_ATTRIBUTE"_s);
        const auto noDesc = owner.post(u"/admin/apiKeys"_s, R"({"desc":"","roles":["GLOBAL_OWNER"]})");
        QCOMPARE(noDesc.status, 400);
        QCOMPARE(noDesc.errorCode(), u"INVALID_API_KEY_DESC"_s);
        const auto noRoles = owner.post(u"/admin/apiKeys"_s, R"({"desc":"x","roles":[]})");
        QCOMPARE(noRoles.status, 400);
        QCOMPARE(noRoles.errorCode(), u"MISSING_API_KEY_ROLES"_s);

        const auto patched
            = owner.patch(u"/admin/apiKeys/"_s + id,
                          R"x({"desc":"Nightly audit (SEC-9)","roles":["GLOBAL_MONITORING_ADMIN"]})x");
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json().value("desc"_L1).toString(), u"Nightly audit (SEC-9)"_s);
        QCOMPARE(patched.json().value("roles"_L1).toArray(),
                 (QJsonArray{QJsonObject{{"roleName"_L1, u"GLOBAL_MONITORING_ADMIN"_s}}}));
        QCOMPARE(owner.del(u"/admin/apiKeys/"_s + id).status, 204);
        QCOMPARE(owner.get(u"/admin/apiKeys/"_s + id).errorCode(), u"API_KEY_NOT_FOUND"_s);
    }

    void theGlobalAccessListIsKeyedById()
    {
        QVERIFY(startOpsManager());
        auto owner = m_fx.client(OwnerPublic, OwnerPrivate);
        const auto list = owner.get(u"/admin/accessList"_s);
        QCOMPARE(list.status, 200);
        const QJsonObject entry = list.json().value("results"_L1).toArray().at(0).toObject();
        QCOMPARE(keysOf(entry),
                 (QStringList{u"cidrBlock"_s, u"created"_s, u"description"_s, u"id"_s, u"links"_s, u"type"_s,
                              u"updated"_s}));
        QCOMPARE(entry.value("id"_L1).toString(), u"f00000000000000000000001"_s);
        QCOMPARE(entry.value("cidrBlock"_L1).toString(), u"127.0.0.0/8"_s);
        QCOMPARE(entry.value("created"_L1).toString(), u"2026-01-02T03:04:05Z"_s);

        const auto added = owner.post(u"/admin/accessList"_s,
                                      R"({"cidrBlock":"203.0.113.0/24","description":"Jump hosts"})");
        QCOMPARE(added.status, 201);
        const QString id = added.json().value("id"_L1).toString();
        QCOMPARE(id.size(), 24);
        QCOMPARE(added.json().value("description"_L1).toString(), u"Jump hosts"_s);
        const auto again
            = owner.post(u"/admin/accessList"_s, R"({"cidrBlock":"203.0.113.0/24","description":"Twice"})");
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"ADDRESS_ALREADY_IN_ACCESS_LIST"_s);
        const auto notCanonical
            = owner.post(u"/admin/accessList"_s, R"({"cidrBlock":"203.0.113.7/24","description":"x"})");
        QCOMPARE(notCanonical.status, 400);
        QCOMPARE(notCanonical.errorCode(), u"INVALID_IP_ADDRESS_OR_CIDR_NOTATION"_s);
        const auto noDescription = owner.post(u"/admin/accessList"_s, R"({"cidrBlock":"192.0.2.1/32"})");
        QCOMPARE(noDescription.status, 400);
        QCOMPARE(noDescription.errorCode(), u"INVALID_ATTRIBUTE"_s);

        const auto patched
            = owner.patch(u"/admin/accessList/"_s + id, R"x({"description":"Jump hosts (ticket SEC-212)"})x");
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json().value("cidrBlock"_L1).toString(), u"203.0.113.0/24"_s);
        QCOMPARE(patched.json().value("description"_L1).toString(), u"Jump hosts (ticket SEC-212)"_s);
        QCOMPARE(owner.get(u"/admin/accessList/"_s + id).json().value("description"_L1).toString(),
                 u"Jump hosts (ticket SEC-212)"_s);
        auto reader = m_fx.client(ReaderPublic, ReaderPrivate);
        QCOMPARE(reader.del(u"/admin/accessList/"_s + id).errorCode(), u"USER_UNAUTHORIZED"_s);
        QCOMPARE(owner.del(u"/admin/accessList/"_s + id).status, 204);
        const auto gone = owner.get(u"/admin/accessList/"_s + id);
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.errorCode(), u"RESOURCE_NOT_FOUND"_s);
    }

    void beforeFiveItIsTheWhitelist()
    {
        QVERIFY(startOpsManager(u"4.4.10.100.20210101T0000Z"_s));
        auto owner = m_fx.client(OwnerPublic, OwnerPrivate);
        QCOMPARE(owner.get(u"/admin/whitelist"_s).status, 200);
        QCOMPARE(owner.get(u"/admin/accessList"_s).status, 404);
    }

    void aGlobalKeyNeedsTheGlobalListToCoverItsAddress()
    {
        QVERIFY(m_fx.start({}, [](Dataset &d) {
            seedGlobal(d);
            d.globalKeys.append(
                globalKey(u"e00000000000000000000003"_s, FarPublic, FarPrivate, u"GLOBAL_OWNER"_s));
            d.globalAccessList.first().cidrBlock = u"198.51.100.0/24"_s; // not this machine
        }));
        auto far = m_fx.client(FarPublic, FarPrivate);
        const auto refused = far.get(u"/admin/apiKeys"_s);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), u"IP_ADDRESS_NOT_ON_ACCESS_LIST"_s);
        QCOMPARE(far.get(u"/orgs"_s).errorCode(), u"IP_ADDRESS_NOT_ON_ACCESS_LIST"_s);
        // Organization keys are not covered by the global list.
        QCOMPARE(m_fx.client().get(u"/orgs"_s).status, 200);
    }

    void cloudManagerHasNone()
    {
        EmulatorOptions options;
        options.flavor = EmulatorOptions::Flavor::CloudManager;
        QVERIFY(m_fx.start(options, seedGlobal));
        QCOMPARE(m_fx.client().get(u"/admin/apiKeys"_s).status, 404);
        // The global keys do not exist there at all.
        QCOMPARE(m_fx.client(OwnerPublic, OwnerPrivate).get(u"/orgs"_s).status, 401);
        QVERIFY(!m_fx.server->startupInfo().contains("globalPublicKey"_L1));
    }

    void theStartLineNamesAGlobalOwnerKey()
    {
        QVERIFY(startOpsManager());
        const QJsonObject info = m_fx.server->startupInfo();
        QCOMPARE(info.value("globalPublicKey"_L1).toString(), OwnerPublic);
        QCOMPARE(info.value("globalPrivateKey"_L1).toString(), OwnerPrivate);
    }

    void theDemoHasGlobalKeysAndAList()
    {
        const Dataset demo = Dataset::demo();
        QCOMPARE(demo.globalKeys.size(), 4);
        QVERIFY(demo.globalOwnerKey());
        QCOMPARE(demo.globalAccessList.size(), 4);
        QCOMPARE(demo.globalAccessList.first().cidrBlock, u"127.0.0.1/32"_s);
        QString error;
        const Dataset generated = Dataset::generate(u"orgs=1,keys=2,globalKeys=5"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(generated.globalKeys.size(), 5);
        // And the state file keeps them.
        const Dataset back = Dataset::fromJson(demo.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.globalKeys.size(), 4);
        QCOMPARE(back.globalKeys.first().key.privateKey, demo.globalKeys.first().key.privateKey);
        QCOMPARE(back.globalAccessList, demo.globalAccessList);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorGlobal)
#include "tst_emulator_global.moc"
