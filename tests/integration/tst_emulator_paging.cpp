// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Paging boundaries, generated datasets and many concurrent keep-alive clients.
#include "ApiDispatcher.h"
#include "EmulatorServer.h"
#include "SyncHttp.h"
#include "TestEnvironment.h"

#include <QAuthenticator>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestEmulatorPaging : public QObject
{
    Q_OBJECT

    std::unique_ptr<EmulatorServer> m_server;
    QString m_keys;

    SyncHttp client() const
    {
        const auto owner = m_server->ownerCredentials();
        return SyncHttp(m_server->apiUrl(), owner.publicKey, owner.privateKey);
    }

private slots:
    void initTestCase()
    {
        QString error;
        Dataset data = Dataset::generate(u"orgs=2,keys=250,entries=3,projects=4,seed=7"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_server = std::make_unique<EmulatorServer>(EmulatorOptions(), std::move(data));
        QVERIFY(m_server->start(&error));
        m_keys = u"/orgs/"_s + m_server->ownerCredentials().orgId + u"/apiKeys"_s;
    }

    void generatedDatasetIsDeterministic()
    {
        QString error;
        const Dataset a = Dataset::generate(u"orgs=2,keys=20,entries=4,projects=3,seed=42"_s, &error);
        const Dataset b = Dataset::generate(u"orgs=2,keys=20,entries=4,projects=3,seed=42"_s, &error);
        const Dataset c = Dataset::generate(u"orgs=2,keys=20,entries=4,projects=3,seed=43"_s, &error);
        QCOMPARE(a.toJson(), b.toJson());
        QVERIFY(a.toJson() != c.toJson());
        QCOMPARE(a.keys.size(), 40);
        QCOMPARE(a.orgs.first().projects.size(), 3);
        QCOMPARE(a.keys.first().accessList.size(), 4);
        QVERIFY(a.ownerKey());
        Dataset::generate(u"orgs=2,bananas=3"_s, &error);
        QVERIFY(error.contains(u"bananas"_s));
    }

    void demoDatasetCoversTheCases()
    {
        const Dataset demo = Dataset::demo();
        QVERIFY(demo.orgs.size() >= 3 && demo.orgs.size() <= 4);
        QVERIFY(demo.ownerKey());
        QSet<QString> roles;
        bool emptyList = false, ipv6 = false, cidr = false, single = false, used = false, neverUsed = false;
        for (const EmulatedKey &k : demo.keys) {
            for (const auto &r : k.key.roles)
                roles.insert(r.roleName);
            emptyList = emptyList || k.accessList.isEmpty();
            for (const AccessListEntry &e : k.accessList) {
                QVERIFY2(e.block().isValid(), qPrintable(e.cidrBlock));
                ipv6 = ipv6 || e.block().family() == IpBlock::Family::IPv6;
                cidr = cidr || !e.block().isSingleAddress();
                single = single || e.block().isSingleAddress();
                used = used || e.lastUsed.isValid();
                neverUsed = neverUsed || e.neverUsed();
            }
        }
        for (const EmulatedKey &k : demo.globalKeys) { // Ops Manager's global roles
            for (const auto &r : k.key.roles)
                roles.insert(r.roleName);
        }
        for (const RoleInfo &role : RoleCatalogue::all()) {
            if (role.opsManager)
                QVERIFY2(roles.contains(role.apiName()), role.name);
        }
        QVERIFY(emptyList && ipv6 && cidr && single && used && neverUsed);
        QVERIFY(std::any_of(demo.orgs.cbegin(), demo.orgs.cend(),
                            [](const EmulatedOrg &o) { return o.apiAccessListRequired; }));
        // The printed owner key can call from 127.0.0.1.
        const auto &list = demo.ownerKey()->accessList;
        QVERIFY(std::any_of(list.cbegin(), list.cend(), [](const AccessListEntry &e) {
            return e.block().contains(QHostAddress::LocalHost);
        }));
    }

    void defaultPageIs100()
    {
        auto http = client();
        const auto r = http.get(m_keys);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("totalCount"_L1).toInt(), 250);
        QCOMPARE(r.json().value("results"_L1).toArray().size(), 100);
    }

    void pagesAndLinks()
    {
        auto http = client();
        QSet<QString> ids;
        QString next = m_keys + u"?itemsPerPage=100&pageNum=1"_s;
        int pages = 0;
        while (!next.isEmpty()) {
            const auto r = http.get(next);
            QCOMPARE(r.status, 200);
            ++pages;
            QString self;
            QString previous;
            next.clear();
            for (const auto &link : r.json().value("links"_L1).toArray()) {
                const QString rel = link.toObject().value("rel"_L1).toString();
                const QString href = link.toObject().value("href"_L1).toString();
                QVERIFY2(href.startsWith(m_server->apiUrl()), qPrintable(href));
                if (rel == "self"_L1)
                    self = href;
                else if (rel == "next"_L1)
                    next = href.mid(m_server->apiUrl().size());
                else if (rel == "previous"_L1)
                    previous = href;
            }
            const QUrlQuery selfQuery(QUrl(self).query());
            QCOMPARE(selfQuery.queryItemValue(u"pageNum"_s).toInt(), pages);
            QCOMPARE(selfQuery.queryItemValue(u"itemsPerPage"_s), u"100"_s);
            QCOMPARE(previous.isEmpty(), pages == 1);
            for (const auto &key : r.json().value("results"_L1).toArray())
                ids.insert(key.toObject().value("id"_L1).toString());
        }
        QCOMPARE(pages, 3);
        QCOMPARE(ids.size(), 250);
    }

    void boundaries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("results");
        QTest::addColumn<bool>("hasNext");
        QTest::newRow("500 per page") << u"?itemsPerPage=500"_s << 200 << 250 << false;
        QTest::newRow("exactly the last page") << u"?itemsPerPage=125&pageNum=2"_s << 200 << 125 << false;
        QTest::newRow("one before the end") << u"?itemsPerPage=249"_s << 200 << 249 << true;
        QTest::newRow("last single item") << u"?itemsPerPage=249&pageNum=2"_s << 200 << 1 << false;
        QTest::newRow("beyond the end") << u"?itemsPerPage=100&pageNum=9"_s << 200 << 0 << false;
        QTest::newRow("501 per page") << u"?itemsPerPage=501"_s << 400 << 0 << false;
        QTest::newRow("zero per page") << u"?itemsPerPage=0"_s << 400 << 0 << false;
        QTest::newRow("page zero") << u"?pageNum=0"_s << 400 << 0 << false;
        QTest::newRow("page not a number") << u"?pageNum=two"_s << 400 << 0 << false;
    }

    void boundaries()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(int, results);
        QFETCH(bool, hasNext);
        auto http = client();
        const auto r = http.get(m_keys + query);
        QCOMPARE(r.status, status);
        if (status != 200) {
            QCOMPARE(r.errorCode(), u"INVALID_QUERY_PARAMETER"_s);
            return;
        }
        QCOMPARE(r.json().value("results"_L1).toArray().size(), results);
        QCOMPARE(r.json().value("totalCount"_L1).toInt(), 250);
        bool next = false;
        for (const auto &link : r.json().value("links"_L1).toArray())
            next = next || link.toObject().value("rel"_L1).toString() == "next"_L1;
        QCOMPARE(next, hasNext);
    }

    void fiftyConcurrentClients()
    {
        constexpr int Clients = 50;
        constexpr int RequestsEach = 4;
        const auto owner = m_server->ownerCredentials();
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        int finished = 0;
        int ok = 0;
        QEventLoop loop;
        for (int c = 0; c < Clients; ++c) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            QNetworkAccessManager *manager = managers.back().get();
            QObject::connect(manager, &QNetworkAccessManager::authenticationRequired, manager,
                             [owner](QNetworkReply *, QAuthenticator *auth) {
                                 auth->setUser(owner.publicKey);
                                 auth->setPassword(owner.privateKey);
                             });
            for (int i = 0; i < RequestsEach; ++i) {
                QNetworkRequest request(
                    QUrl(m_server->apiUrl() + m_keys + u"?itemsPerPage=20&pageNum=%1"_s.arg(i + 1)));
                request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
                QNetworkReply *reply = manager->get(request);
                QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200
                        && QJsonDocument::fromJson(reply->readAll())
                                .object()
                                .value("results"_L1)
                                .toArray()
                                .size()
                            == 20)
                        ++ok;
                    reply->deleteLater();
                    if (++finished == Clients * RequestsEach)
                        loop.quit();
                });
            }
        }
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(finished, Clients * RequestsEach);
        QCOMPARE(ok, Clients * RequestsEach);
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestEmulatorPaging)
#include "tst_emulator_paging.moc"
