// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The headless commands with Ops Manager's instance: `sync --instance` with a global key reads the global
// keys and the global access list into the cache; check-ip, report, export and snapshots take --instance
// where an organization ID would go, with literal field names; an organization key and Cloud Manager are
// refused in plain words; no private key reaches the cache, the settings or an export.
#include "CliProcess.h"
#include "EmulatorFixture.h"
#include "TestEnvironment.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

namespace {
const QString GlobalOwner = u"glob0001"_s;
const QString GlobalOwnerSecret = u"global01-0000-4000-8000-000000000000"_s;
} // namespace

class TestCliGlobal : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    QTemporaryDir m_home;
    QString m_profile;

    using Run = CliRun;
    Run run(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        return runCli(m_home.path(), args, env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.start({}, [](Dataset &d) {
            d.addGlobalAccess(4, QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC));
            // A very broad entry, for the report.
            GlobalAccessEntry wide;
            wide.id = u"6650c1a5000000000000ffff"_s;
            wide.cidrBlock = u"10.0.0.0/8"_s;
            wide.description = u"Whole corporate network"_s;
            d.globalAccessList.append(wide);
        }));
        m_profile = u"127.0.0.1-%1-%2"_s.arg(m_fx.server->port()).arg(GlobalOwner);
    }

    void syncTheInstance()
    {
        const Run r = run({u"sync"_s, u"--url"_s, m_fx.server->serverUrl(), u"--public-key"_s, GlobalOwner,
                           u"--instance"_s},
                          {{u"APIACCESS_PRIVATE_KEY"_s, GlobalOwnerSecret}});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        const Run snapshots = run({u"snapshots"_s, u"--instance"_s, u"--json"_s});
        QCOMPARE(snapshots.code, 0);
        QCOMPARE(snapshots.json().value("orgId"_L1).toString(), Instance::Id);
        QCOMPARE(snapshots.json().value("snapshots"_L1).toArray().size(), 1);
        // Neither the cache nor the settings hold the private key.
        QDirIterator files(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(GlobalOwnerSecret.toLatin1()), qPrintable(f.fileName()));
        }
    }

    void checkIpWithTheGlobalList()
    {
        Run r = run({u"check-ip"_s, u"127.0.0.1"_s, u"--instance"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray keys = r.json().value("keys"_L1).toArray();
        QCOMPARE(keys.size(), 4);
        const QJsonObject first = keys.first().toObject();
        QCOMPARE(first.value("publicKey"_L1).toString(), GlobalOwner);
        QCOMPARE(first.value("allowed"_L1).toBool(), true);
        QCOMPARE(first.value("matchedEntry"_L1).toString(), u"127.0.0.1"_s);
        r = run({u"check-ip"_s, u"192.0.2.1"_s, u"--instance"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject denied = r.json().value("keys"_L1).toArray().first().toObject();
        QCOMPARE(denied.value("allowed"_L1).toBool(true), false);
        QCOMPARE(denied.value("errorCode"_L1).toString(), u"IP_ADDRESS_NOT_ON_ACCESS_LIST"_s);
        QVERIFY2(denied.value("explanation"_L1).toString().contains(u"global access list"_s),
                 qPrintable(denied.value("explanation"_L1).toString()));
        QCOMPARE(run({u"check-ip"_s, u"127.0.0.1"_s, u"--instance"_s, u"--org"_s, Fx::OrgA}).code, 2);
    }

    void reportOfTheInstance()
    {
        const Run r = run({u"report"_s, u"--instance"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QStringList kinds;
        for (const QJsonValue &f : r.json().value("findings"_L1).toArray())
            kinds.append(f.toObject().value("kind"_L1).toString());
        QVERIFY2(kinds.contains(u"globalOwner"_s), qPrintable(kinds.join(u',')));
        QVERIFY2(kinds.contains(u"broadBlock"_s), qPrintable(kinds.join(u',')));
        QVERIFY2(kinds.contains(u"coveredEntry"_s), qPrintable(kinds.join(u','))); // 10.20.0.0/16 in 10/8
        // No finding about a key's own list: global keys have none.
        QVERIFY(!kinds.contains(u"emptyWhitelist"_s));
        QVERIFY(!kinds.contains(u"notReadable"_s));
    }

    void exportOfTheInstance()
    {
        const QString out = m_home.filePath(u"instance.json"_s);
        QCOMPARE(run({u"export"_s, u"--instance"_s, u"--format"_s, u"json"_s, u"--out"_s, out}).code, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(GlobalOwnerSecret.toLatin1()));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        const QJsonArray list = root.value("globalAccessList"_L1).toArray();
        QCOMPARE(list.size(), 5);
        const QJsonObject entry = list.first().toObject();
        QCOMPARE(entry.value("cidrBlock"_L1).toString(), u"127.0.0.1/32"_s);
        QCOMPARE(entry.value("description"_L1).toString(), u"This computer (loopback)"_s);
        QCOMPARE(entry.value("id"_L1).toString(), u"6650c1a50000000000000001"_s);
        const QJsonArray keys = root.value("apiKeys"_L1).toArray();
        QCOMPARE(keys.size(), 4);
        QCOMPARE(keys.first().toObject().value("roles"_L1).toArray().first().toObject().value("roleName"_L1),
                 u"GLOBAL_OWNER"_s);
        const QString md = m_home.filePath(u"instance.md"_s);
        QCOMPARE(run({u"export"_s, u"--instance"_s, u"--format"_s, u"md"_s, u"--out"_s, md}).code, 0);
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QByteArray text = mdFile.readAll();
        QVERIFY2(text.contains("## Global access list") && text.contains("Whole corporate network"),
                 text.left(400).constData());
        const QString html = m_home.filePath(u"instance.html"_s);
        QCOMPARE(run({u"export"_s, u"--instance"_s, u"--format"_s, u"html"_s, u"--out"_s, html}).code, 0);
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray page = htmlFile.readAll();
        QVERIFY2(page.contains("Global access list") && page.contains("Whole corporate network"),
                 page.left(400).constData());
        QVERIFY(!page.contains(GlobalOwnerSecret.toLatin1()));
    }

    void diffOfTheInstance()
    {
        auto http = m_fx.client(GlobalOwner, GlobalOwnerSecret);
        QCOMPARE(
            http.post(u"/admin/accessList"_s, R"({"cidrBlock":"203.0.113.0/24","description":"Jump hosts"})")
                .status,
            201);
        QCOMPARE(http.patch(u"/admin/accessList/6650c1a50000000000000004"_s,
                            R"x({"description":"Office VPN (Berlin)"})x")
                     .status,
                 200);
        QCOMPARE(http.del(u"/admin/accessList/6650c1a50000000000000002"_s).status, 204);
        const Run synced = run({u"sync"_s, u"--profile"_s, m_profile, u"--instance"_s},
                               {{u"APIACCESS_PRIVATE_KEY"_s, GlobalOwnerSecret}});
        QVERIFY2(synced.code == 0, synced.err.constData());
        const Run r = run({u"diff"_s, u"--instance"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject list = r.json().value("globalAccessList"_L1).toObject();
        QCOMPARE(list.value("added"_L1).toArray(), QJsonArray{u"203.0.113.0/24 (Jump hosts)"_s});
        QCOMPARE(list.value("removed"_L1).toArray(), QJsonArray{u"::1 (This computer (IPv6 loopback))"_s});
        QCOMPARE(list.value("described"_L1).toArray(),
                 QJsonArray{u"198.51.100.0/24: Office VPN → Office VPN (Berlin)"_s});
        const Run text = run({u"diff"_s, u"--instance"_s});
        QVERIFY2(text.out.contains("+ global access list entry 203.0.113.0/24 (Jump hosts)"),
                 text.out.constData());
    }

    void anOrganizationKeyIsRefused()
    {
        const Run r = run({u"sync"_s, u"--url"_s, m_fx.server->serverUrl(), u"--public-key"_s, u"ownerkey"_s,
                           u"--instance"_s},
                          {{u"APIACCESS_PRIVATE_KEY"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s}});
        QVERIFY2(r.code != 0, r.err.constData());
        QVERIFY2(r.err.contains("USER_UNAUTHORIZED") || r.err.contains("not authorized"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void cloudManagerHasNoInstance()
    {
        EmulatorFixture cm;
        EmulatorOptions options;
        options.flavor = EmulatorOptions::Flavor::CloudManager;
        QVERIFY(cm.start(options));
        const Run r = run({u"sync"_s, u"--url"_s, cm.server->serverUrl(), u"--public-key"_s, u"ownerkey"_s,
                           u"--instance"_s},
                          {{u"APIACCESS_PRIVATE_KEY"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s}});
        QCOMPARE(r.code, 7);
        QVERIFY2(r.err.contains("only Ops Manager"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliGlobal)
#include "tst_cli_global.moc"
