// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator's --flavor atlas: the Administration API v2 at /api/atlas/v2 with versioned media types,
// asserted on status, errorCode, media types and the literal field names of api-accounts-atlas.md §1
// (copied into app/emulator/README.md, "Atlas"): 406 INVALID_VERSION_DATE without a version it serves, the
// newest resource version at or before the date asked for, 410 VERSION_GONE, Deprecation/Sunset, bodies
// as the versioned type, the settings endpoint with every field, 401 API_KEY_ACCESS_LIST_ACCESS_DENIED for a
// read-only key, and the %2F path of a CIDR entry with the real curl.
#include "EmulatorFixture.h"
#include "EmulatorProcess.h"

#include <QJsonArray>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {
using Fx = EmulatorFixture;
using Headers = QList<QPair<QByteArray, QByteArray>>;

const QByteArray V20230101 = "application/vnd.atlas.2023-01-01+json";
const QByteArray V20240805 = "application/vnd.atlas.2024-08-05+json";

Headers accept(const QByteArray &mediaType)
{
    return {{"Accept", mediaType}};
}

Headers body(const QByteArray &mediaType)
{
    return {{"Accept", mediaType}, {"Content-Type", mediaType}};
}

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}
} // namespace

class TestEmulatorAtlas : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;

    bool startAtlas(EmulatorOptions options = {})
    {
        options.flavor = EmulatorOptions::Flavor::Atlas;
        options.apiKeyListDeniedStatus = 401;
        return m_fx.start(options, Fx::seedServiceAccount);
    }

private slots:
    void cleanup() { m_fx.server.reset(); }

    void servedUnderTheV2Path()
    {
        QVERIFY(startAtlas());
        QVERIFY(m_fx.server->apiUrl().endsWith(u"/api/atlas/v2"_s));
        auto http = m_fx.client();
        const auto root = http.send("GET", QString(), {}, accept(V20230101));
        QCOMPARE(root.status, 200);
        QCOMPARE(root.json().value("appName"_L1).toString(), u"MongoDB Atlas"_s);
        // The Public API's path is not served here.
        SyncHttp publicApi(m_fx.server->apiUrl().replace(u"/api/atlas/v2"_s, u"/api/public/v1.0"_s),
                           u"ownerkey"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s);
        QCOMPARE(publicApi.get(u"/orgs"_s).status, 404);
    }

    void aRequestWithoutAServedVersionIsNotAcceptable()
    {
        QVERIFY(startAtlas());
        auto http = m_fx.client();
        const QString path = u"/orgs/"_s + Fx::OrgA + u"/settings"_s;
        for (const QByteArray &value : {QByteArray(), QByteArray("application/json"),
                                        QByteArray("application/vnd.atlas.2022-12-31+json"),
                                        QByteArray("application/vnd.atlas.2023-13-45+json"),
                                        QByteArray("application/vnd.atlas.latest+json")}) {
            const auto r = http.send("GET", path, {}, value.isEmpty() ? Headers{} : accept(value));
            QVERIFY2(r.status == 406, value.constData());
            QCOMPARE(r.errorCode(), u"INVALID_VERSION_DATE"_s);
            QCOMPARE(r.json().value("detail"_L1).toString(), u"Invalid accept header or version date."_s);
            QCOMPARE(r.json().value("error"_L1).toInt(), 406);
            QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        }
    }

    void theNewestResourceVersionAtOrBeforeTheDateIsServed()
    {
        QVERIFY(startAtlas());
        auto http = m_fx.client();
        // A later date than the resource's version: served in its version, said in Content-Type.
        const auto settings = http.send("GET", u"/orgs/"_s + Fx::OrgA + u"/settings"_s, {},
                                        accept("application/vnd.atlas.2025-03-12+json"));
        QCOMPARE(settings.status, 200);
        QCOMPARE(settings.header("Content-Type"), V20230101);
        // Several types in Accept: the newest date wins.
        const auto listed = http.send("GET", u"/orgs/"_s + Fx::OrgA + u"/apiKeys"_s, {},
                                      accept("application/json, " + V20230101 + ";q=0.9"));
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.header("Content-Type"), V20230101);
        // Service accounts begin at 2024-08-05: an older date has no version of them.
        const QString accounts = u"/orgs/"_s + Fx::OrgA + u"/serviceAccounts"_s;
        QCOMPARE(http.send("GET", accounts, {}, accept(V20230101)).status, 406);
        const auto served = http.send("GET", accounts, {}, accept(V20240805));
        QCOMPARE(served.status, 200);
        QCOMPARE(served.header("Content-Type"), V20240805);
        QCOMPARE(served.json().value("totalCount"_L1).toInt(), 1);
    }

    void goneAndDeprecatedVersions()
    {
        EmulatorOptions options;
        options.atlasGoneBefore = QDate(2024, 1, 1);
        options.atlasDeprecatedBefore = QDate(2024, 9, 1);
        QVERIFY(startAtlas(options));
        auto http = m_fx.client();
        const auto gone = http.send("GET", u"/orgs/"_s + Fx::OrgA + u"/settings"_s, {}, accept(V20230101));
        QCOMPARE(gone.status, 410);
        QCOMPARE(gone.errorCode(), u"VERSION_GONE"_s);
        QCOMPARE(gone.json().value("parameters"_L1).toArray(), QJsonArray{u"2023-01-01"_s});
        const auto deprecated
            = http.send("GET", u"/orgs/"_s + Fx::OrgA + u"/serviceAccounts"_s, {}, accept(V20240805));
        QCOMPARE(deprecated.status, 200);
        QCOMPARE(deprecated.header("Deprecation"), QByteArray("Sun, 01 Sep 2024 00:00:00 GMT"));
        QCOMPARE(deprecated.header("Sunset"), QByteArray("Mon, 01 Sep 2025 00:00:00 GMT"));
    }

    void settingsHaveEveryDocumentedField()
    {
        QVERIFY(startAtlas());
        auto reader = m_fx.client(u"readerky"_s, u"0a1b2c3d-0000-4000-8000-00000000a002"_s);
        const QString path = u"/orgs/"_s + Fx::OrgA + u"/settings"_s;
        const auto r = reader.send("GET", path, {}, accept(V20230101)); // Organization Member reads
        QCOMPARE(r.status, 200);
        QCOMPARE(
            keysOf(r.json()),
            (QStringList{u"apiAccessListRequired"_s, u"genAIFeaturesEnabled"_s,
                         u"maxServiceAccountSecretValidityInHours"_s, u"multiFactorAuthRequired"_s,
                         u"restrictEmployeeAccess"_s, u"securityContact"_s, u"streamsCrossGroupEnabled"_s}));
        QCOMPARE(r.json().value("apiAccessListRequired"_L1), QJsonValue(false));
        QCOMPARE(r.json().value("maxServiceAccountSecretValidityInHours"_L1).toInt(), 8760);
        // Writing needs Organization Owner.
        const auto refused = reader.send("PATCH", path, R"({"apiAccessListRequired":true})", body(V20230101));
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), u"USER_UNAUTHORIZED"_s);
    }

    void patchChangesOnlyTheFieldsSent()
    {
        QVERIFY(startAtlas());
        auto http = m_fx.client();
        const QString path = u"/orgs/"_s + Fx::OrgA + u"/settings"_s;
        QCOMPARE(http.send("PATCH", path, R"({"multiFactorAuthRequired":true})", body(V20230101)).status,
                 200);
        const auto r = http.send("PATCH", path, R"({"apiAccessListRequired":true})", body(V20230101));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), V20230101);
        QCOMPARE(r.json().value("apiAccessListRequired"_L1), QJsonValue(true));
        QCOMPARE(r.json().value("multiFactorAuthRequired"_L1), QJsonValue(true)); // not reset
        // Out of range, unknown, or the wrong type: refused, nothing changed.
        const auto lifetime = http.send(
            "PATCH", path, R"({"apiAccessListRequired":false,"maxServiceAccountSecretValidityInHours":4})",
            body(V20230101));
        QCOMPARE(lifetime.status, 400);
        QCOMPARE(lifetime.errorCode(), u"INVALID_ATTRIBUTE"_s);
        QCOMPARE(http.send("PATCH", path, R"({"color":"red"})", body(V20230101)).errorCode(),
                 u"INVALID_ATTRIBUTE"_s);
        QCOMPARE(http.send("GET", path, {}, accept(V20230101)).json().value("apiAccessListRequired"_L1),
                 QJsonValue(true));
        // A body sent as plain JSON is not the versioned type.
        const auto plain = http.send("PATCH", path, R"({"apiAccessListRequired":false})",
                                     {{"Accept", V20230101}, {"Content-Type", "application/json"}});
        QCOMPARE(plain.status, 415);
        QCOMPARE(plain.errorCode(), u"UNSUPPORTED_MEDIA_TYPE"_s);
        // The change is an event, with Atlas's name.
        const auto events = http.send("GET", u"/orgs/"_s + Fx::OrgA + u"/events"_s, {}, accept(V20230101));
        QCOMPARE(events.json()
                     .value("results"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("eventTypeName"_L1)
                     .toString(),
                 u"ORG_PUBLIC_API_ACCESS_LIST_REQUIRED"_s);
    }

    void aReadOnlyKeyMayNotReadAnotherKeysList()
    {
        QVERIFY(startAtlas());
        auto reader = m_fx.client(u"readerky"_s, u"0a1b2c3d-0000-4000-8000-00000000a002"_s);
        const auto r
            = reader.send("GET", u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s + Fx::keyId(1) + u"/accessList"_s,
                          {}, accept(V20230101));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"API_KEY_ACCESS_LIST_ACCESS_DENIED"_s);
    }

    void cidrEntriesByTheirEncodedPathWithCurl()
    {
        // The real curl, shaped as the documentation's samples: digest, the versioned Accept and
        // Content-Type, an array POST, and the CIDR in the path with its slash as %2F.
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--flavor"_s, u"atlas"_s}));
        QVERIFY(emulator.url().endsWith(u"/api/atlas/v2"_s));
        const QString credentials = emulator.publicKey() + u':' + emulator.privateKey();
        const auto curl = [&](const QStringList &arguments) {
            QProcess p;
            p.start(u"curl"_s,
                    QStringList{u"--silent"_s, u"--show-error"_s, u"--digest"_s, u"--user"_s, credentials,
                                u"--write-out"_s, u"\n%{http_code} %{content_type}"_s, u"--header"_s,
                                u"Accept: application/vnd.atlas.2023-01-01+json"_s}
                        + arguments);
            if (!p.waitForFinished(30'000))
                p.kill();
            return p.readAllStandardOutput();
        };
        const QByteArray keys = curl({emulator.url() + u"/orgs/"_s + emulator.orgId() + u"/apiKeys"_s});
        QVERIFY2(keys.endsWith("\n200 application/vnd.atlas.2023-01-01+json"), keys.constData());
        QString keyId;
        const QJsonArray results = QJsonDocument::fromJson(keys.left(keys.lastIndexOf('\n')))
                                       .object()
                                       .value("results"_L1)
                                       .toArray();
        for (const QJsonValue &k : results) {
            if (k.toObject().value("publicKey"_L1).toString() == emulator.publicKey())
                keyId = k.toObject().value("id"_L1).toString();
        }
        QVERIFY(!keyId.isEmpty());
        const QString list
            = emulator.url() + u"/orgs/"_s + emulator.orgId() + u"/apiKeys/"_s + keyId + u"/accessList"_s;
        const QByteArray added
            = curl({u"--header"_s, u"Content-Type: application/vnd.atlas.2023-01-01+json"_s, u"--data"_s,
                    uR"([{"cidrBlock":"198.51.100.0/24"},{"ipAddress":"203.0.113.7"}])"_s, list});
        QVERIFY2(added.endsWith("\n200 application/vnd.atlas.2023-01-01+json"),
                 added.constData()); // the list
        QVERIFY2(added.contains("\"cidrBlock\":\"198.51.100.0/24\""), added.constData());
        const QByteArray one = curl({list + u"/198.51.100.0%2F24"_s});
        QVERIFY2(one.endsWith("\n200 application/vnd.atlas.2023-01-01+json"), one.constData());
        QVERIFY2(one.contains("\"cidrBlock\":\"198.51.100.0/24\""), one.constData());
        const QByteArray deleted = curl({u"--request"_s, u"DELETE"_s, list + u"/198.51.100.0%2F24"_s});
        QVERIFY2(deleted.startsWith("\n204"), deleted.constData());
        const QByteArray after = curl({list + u"/198.51.100.0%2F24"_s});
        QVERIFY2(after.contains("\n404 application/json"), after.constData());
        // Without the version, curl's default Accept: */* is refused.
        QProcess bare;
        bare.start(u"curl"_s,
                   {u"--silent"_s, u"--digest"_s, u"--user"_s, credentials, u"--write-out"_s,
                    u"\n%{http_code}"_s, list});
        QVERIFY(bare.waitForFinished(30'000));
        const QByteArray refused = bare.readAllStandardOutput();
        QVERIFY2(refused.endsWith("\n406") && refused.contains("INVALID_VERSION_DATE"), refused.constData());
        QCOMPARE(emulator.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorAtlas)
#include "tst_emulator_atlas.moc"
