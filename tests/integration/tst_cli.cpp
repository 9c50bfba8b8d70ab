// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The headless cache commands of apiaccess as a separate process, on a cache synced from the emulator:
// output, JSON field names and exit codes.
#include "ApiClient.h"
#include "CliProcess.h"
#include "EmulatorFixture.h"
#include "Repository.h"
#include "TestCertificate.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;
using Fx = EmulatorFixture;

class TestCli : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;
    QTemporaryDir m_home;

    QString cachePath() const
    {
        return m_home.filePath(u"data/apiaccess/apiaccess/profiles/test/cache.sqlite"_s);
    }

    void sync()
    {
        QNetworkAccessManager manager;
        ApiClient client(&manager);
        ConnectionSettings settings;
        settings.apiBase = QUrl(m_fx.server->apiUrl());
        settings.publicKey = u"ownerkey"_s;
        settings.privateKey = u"0a1b2c3d-0000-4000-8000-00000000a001"_s;
        settings.proxyMode = ConnectionSettings::ProxyMode::None;
        client.setConnection(settings);
        Repository repository(&client, cachePath());
        repository.open();
        QSignalSpy done(&repository, &Repository::syncFinished);
        repository.sync(Fx::OrgA);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20'000);
    }

    using Run = CliRun;
    Run run(const QStringList &args, const QMap<QString, QString> &extraEnv = {})
    {
        return runCli(m_home.path(), args, extraEnv);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.start());
        sync();
    }

    void checkIp()
    {
        Run r = run({u"check-ip"_s, u"127.0.0.1"_s, u"--org"_s, Fx::OrgA, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray keys = r.json().value("keys"_L1).toArray();
        QCOMPARE(keys.size(), 4);
        QJsonObject owner, denied;
        for (const auto &k : keys) {
            if (k.toObject().value("publicKey"_L1).toString() == "ownerkey"_L1)
                owner = k.toObject();
            if (k.toObject().value("publicKey"_L1).toString() == "deniedky"_L1)
                denied = k.toObject();
        }
        QCOMPARE(owner.value("allowed"_L1).toBool(), true);
        QCOMPARE(owner.value("matchedEntry"_L1).toString(), u"127.0.0.1"_s);
        QCOMPARE(owner.value("id"_L1).toString(), Fx::keyId(1));
        QCOMPARE(denied.value("allowed"_L1).toBool(true), false);
        QCOMPARE(denied.value("errorCode"_L1).toString(), u"IP_ADDRESS_NOT_ON_ACCESS_LIST"_s);

        r = run({u"check-ip"_s, u"192.0.2.1"_s, u"--org"_s, Fx::OrgA});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("ALLOWED  deniedky"));
        QCOMPARE(run({u"check-ip"_s, u"010.0.0.1"_s, u"--org"_s, Fx::OrgA}).code, 2);
        QVERIFY(run({u"check-ip"_s, u"10.0.0.0/8"_s, u"--org"_s, Fx::OrgA}).err.contains("not a block"));
        QCOMPARE(run({u"check-ip"_s, u"127.0.0.1"_s}).code, 2);
        Run missing = run({u"check-ip"_s, u"127.0.0.1"_s, u"--org"_s, u"ffffffffffffffffffffffff"_s});
        QCOMPARE(missing.code, 7); // not there: its own code, not a cache problem
        QVERIFY(missing.err.contains("sync it first"));
        QCOMPARE(run({u"check-ip"_s, u"--help"_s}).code, 0);
    }

    // Hostile and odd input typed or pasted into the command line: each case gets its specific message
    // and exit code, nothing is sent for input refused locally, and nothing echoes a control character.
    void hostileInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message"); // a part of stderr (or stdout when the command succeeds)
        const auto ip = [](const QString &address) {
            return QStringList{u"check-ip"_s, address, u"--org"_s, Fx::OrgA};
        };
        // Addresses
        QTest::newRow("ip: bell") << ip(u"10.0.0.1\x07"_s) << 2 << u"invisible character (U+0007)"_s;
        QTest::newRow("ip: escape sequence") << ip(u"10.0.0.1\x1b[2J"_s) << 2 << u"U+001B"_s;
        QTest::newRow("ip: right-to-left override") << ip(u"\u202E1.0.0.01"_s) << 2 << u"U+202E"_s;
        QTest::newRow("ip: zero-width space") << ip(u"10.0.0.1\u200B"_s) << 2 << u"U+200B"_s;
        QTest::newRow("ip: full-width digits") << ip(u"\uFF11\uFF10.0.0.1"_s) << 2 << u"plain digits"_s;
        QTest::newRow("ip: arabic-indic digits") << ip(u"\u0661\u0660.0.0.1"_s) << 2 << u"plain digits"_s;
        QTest::newRow("ip: 10 kB") << ip(QString(10'000, u'1')) << 2 << u"10000 characters long"_s;
        QTest::newRow("ip: 60 digits") << ip(QString(60, u'1')) << 2 << u"single number"_s;
        QTest::newRow("ip: empty") << ip(QString()) << 2 << u"Enter an IP address"_s;
        QTest::newRow("ip: newline inside") << ip(u"10.0.0.1\n10.0.0.2"_s) << 2 << u"Remove the space"_s;
        QTest::newRow("ip: prefix 33") << ip(u"10.0.0.1/33"_s) << 2 << u"/33"_s;
        QTest::newRow("ip: octet 256") << ip(u"10.0.0.256"_s) << 2 << u"larger than 255"_s;
        QTest::newRow("ip: leading zero") << ip(u"010.0.0.1"_s) << 2 << u"octal"_s;
        QTest::newRow("ip: hexadecimal") << ip(u"0x0a.0.0.1"_s) << 2 << u"hexadecimal"_s;
        QTest::newRow("ip: two parts") << ip(u"10.1"_s) << 2 << u"four parts"_s;
        QTest::newRow("ip: five parts") << ip(u"1.2.3.4.5"_s) << 2 << u"this one has 5"_s;
        QTest::newRow("ip: exponent") << ip(u"1e1.0.0.1"_s) << 2 << u"“e”"_s;
        QTest::newRow("ip: empty part") << ip(u"10..0.1"_s) << 2 << u"empty part"_s;
        QTest::newRow("ip: zone id v4") << ip(u"10.0.0.1%eth0"_s) << 2 << u"Zone IDs"_s;
        QTest::newRow("ip: zone id v6") << ip(u"fe80::1%eth0"_s) << 2 << u"Zone IDs"_s;
        QTest::newRow("ip: brackets") << ip(u"[::1]"_s) << 2 << u"“[”"_s;
        QTest::newRow("ip: a block") << ip(u"2001:db8::/32"_s) << 2 << u"not a block"_s;
        QTest::newRow("ip: negative") << ip(u"-1.0.0.0"_s) << 2 << u"unknown option '-1'"_s;
        QTest::newRow("ip: mapped IPv4") << ip(u"::ffff:127.0.0.1"_s) << 0 << u"ALLOWED  ownerkey"_s;
        QTest::newRow("ip: spaces around") << ip(u"  127.0.0.1 "_s) << 0 << u"ALLOWED  ownerkey"_s;
        QTest::newRow("ip: unspecified v6") << ip(u"::"_s) << 0 << u"DENIED"_s;
        QTest::newRow("ip: broadcast") << ip(u"255.255.255.255"_s) << 0 << u"DENIED"_s;

        // Server addresses (nothing is sent for these: the address is refused first)
        const auto url = [](const QString &text) {
            return QStringList{u"sync"_s, u"--url"_s, text, u"--public-key"_s, u"ownerkey"_s};
        };
        const QString notAServer = u"is not a server address"_s;
        QTest::newRow("url: javascript") << url(u"javascript:alert(1)"_s) << 2 << notAServer;
        QTest::newRow("url: file") << url(u"file:///etc/passwd"_s) << 2 << notAServer;
        QTest::newRow("url: data") << url(u"data:text/html,hi"_s) << 2 << notAServer;
        QTest::newRow("url: ftp") << url(u"ftp://127.0.0.1"_s) << 2 << u"not ftp://"_s;
        QTest::newRow("url: user and password")
            << url(u"http://user:pass@127.0.0.1:9"_s) << 2 << u"Remove the user name and password"_s;
        QTest::newRow("url: empty") << url(QString()) << 2 << u"Enter the server address"_s;
        QTest::newRow("url: scheme only") << url(u"https://"_s) << 2 << notAServer;
        QTest::newRow("url: port only") << url(u":8080"_s) << 2 << notAServer;
        QTest::newRow("url: unclosed bracket") << url(u"http://[::1"_s) << 2 << notAServer;
        QTest::newRow("url: port 99999") << url(u"https://127.0.0.1:99999"_s) << 2 << notAServer;
        QTest::newRow("url: space in host") << url(u"https://exa mple.com"_s) << 2 << notAServer;
        QTest::newRow("url: scheme-relative") << url(u"//h.example"_s) << 2 << notAServer;
        QTest::newRow("url: 100 kB") << url(u"https://"_s + QString(100'000, u'a') + u".example"_s) << 2
                                     << u"100016 characters long"_s;
        QTest::newRow("url: terminal title")
            << url(u"\x1b]0;evil\x07https://x.example"_s) << 2 << u"U+001B"_s;
        QTest::newRow("url: right-to-left override") << url(u"https://h\u202E.example"_s) << 2 << u"U+202E"_s;
        QTest::newRow("url: IDN host shown as punycode")
            << url(u"http://b\u00FCcher.invalid:9"_s) << 4 << u"xn--bcher-kva.invalid"_s;
        QTest::newRow("url: no scheme, closed port") << url(u"127.0.0.1:9"_s) << 4 << u"https was tried"_s;

        // Private-key files
        const auto keyFile = [this](const QString &file) {
            return QStringList{u"sync"_s,
                               u"--url"_s,
                               u"http://127.0.0.1:9"_s,
                               u"--public-key"_s,
                               u"ownerkey"_s,
                               u"--private-key-file"_s,
                               file.startsWith(u'/') ? file : m_home.filePath(file)};
        };
        QTest::newRow("key file: directory") << keyFile(u"keys/adir"_s) << 2 << u"not a regular file"_s;
        QTest::newRow("key file: /dev/zero") << keyFile(u"/dev/zero"_s) << 2 << u"not a regular file"_s;
        QTest::newRow("key file: link to /dev/zero")
            << keyFile(u"keys/zero-link"_s) << 2 << u"not a regular file"_s;
        QTest::newRow("key file: FIFO") << keyFile(u"keys/fifo"_s) << 2 << u"not a regular file"_s;
        QTest::newRow("key file: 100 MB") << keyFile(u"keys/big"_s) << 2 << u"100000000 bytes"_s;
        QTest::newRow("key file: missing") << keyFile(u"keys/missing"_s) << 2 << u"does not exist"_s;
        QTest::newRow("key file: empty") << keyFile(u"keys/empty"_s) << 2 << u"Enter the private key"_s;
        QTest::newRow("key file: space inside")
            << keyFile(u"keys/split-space"_s) << 2 << u"does not look like a private key"_s;
        QTest::newRow("key file: newline inside")
            << keyFile(u"keys/split-newline"_s) << 2 << u"does not look like a private key"_s;
        QTest::newRow("key file: NUL")
            << keyFile(u"keys/nul"_s) << 2 << u"does not look like a private key"_s;
        // Accepted: surrounding spaces and a final newline are trimmed, then the (closed) server is tried.
        QTest::newRow("key file: padded") << keyFile(u"keys/padded"_s) << 4 << u"Could not reach"_s;
    }

    void hostileInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QDir keys(m_home.filePath(u"keys"_s));
        if (!keys.exists()) {
            QVERIFY(QDir().mkpath(keys.filePath(u"adir"_s)));
            const auto write = [&](const QString &name, const QByteArray &content) {
                QFile f(keys.filePath(name));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(content);
            };
            write(u"empty"_s, {});
            write(u"split-space"_s, "0a1b2c3d-0000 4000-8000-00000000a001\n");
            write(u"split-newline"_s, "0a1b2c3d-0000\n4000-8000-00000000a001\n");
            write(u"nul"_s, QByteArray("0a1b2c3d-0000-4000-8000-00000000a001\0x", 38));
            write(u"padded"_s, "  0a1b2c3d-0000-4000-8000-00000000a001 \n");
            QFile big(keys.filePath(u"big"_s));
            QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(100'000'000));
            QVERIFY(QFile::link(u"/dev/zero"_s, keys.filePath(u"zero-link"_s)));
            QCOMPARE(QProcess::execute(u"mkfifo"_s, {keys.filePath(u"fifo"_s)}), 0);
        }
        const Run r = run(args, {{u"APIACCESS_PRIVATE_KEY"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s}});
        const QString shown = QString::fromUtf8(code == 0 ? r.out : r.err);
        QVERIFY2(r.code == code, qPrintable(u"exit %1: "_s.arg(r.code) + shown.left(300)));
        QVERIFY2(shown.contains(message), qPrintable(shown.left(300)));
        // What reaches the terminal never carries a control character other than the line ends.
        for (const QChar c : shown)
            QVERIFY2(c == u'\n' || c.category() != QChar::Other_Control, qPrintable(shown.left(300)));
        QVERIFY(shown.size() < 2000); // a long input is never echoed whole
    }

    void report()
    {
        Run r = run({u"report"_s, u"--org"_s, Fx::OrgA, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray findings = r.json().value("findings"_L1).toArray();
        QVERIFY(!findings.isEmpty());
        const QJsonObject first = findings.first().toObject();
        for (const char *field : {"severity", "kind", "message", "id", "publicKey"})
            QVERIFY2(first.contains(QLatin1StringView(field)), field);
        QCOMPARE(first.value("severity"_L1).toString(),
                 u"high"_s); // the reader key: no whitelist, none required
        QCOMPARE(first.value("publicKey"_L1).toString(), u"readerky"_s);
        QCOMPARE(run({u"report"_s, u"--org"_s, Fx::OrgA, u"--fail-on"_s, u"high"_s}).code, 1);
        QCOMPARE(run({u"report"_s, u"--org"_s, Fx::OrgA, u"--fail-on"_s, u"severe"_s}).code, 2);
        QCOMPARE(run({u"report"_s, u"--org"_s, Fx::OrgA, u"--stale-days"_s, u"many"_s}).code, 2);
    }

    void diff()
    {
        auto http = m_fx.client();
        QCOMPARE(
            http.patch(u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s + Fx::keyId(2), R"({"roles":["ORG_MEMBER"]})")
                .status,
            200);
        QCOMPARE(http.post(u"/orgs/"_s + Fx::OrgA + u"/apiKeys/"_s + Fx::keyId(3) + u"/accessList"_s,
                           R"([{"cidrBlock":"203.0.113.0/24"}])")
                     .status,
                 200);
        QCOMPARE(
            http.patch(u"/orgs/"_s + Fx::OrgA + u"/settings"_s, R"({"apiAccessListRequired":true})").status,
            200);
        sync();
        Run r = run({u"diff"_s, u"--org"_s, Fx::OrgA});
        QCOMPARE(r.code, 0);
        // The setting's change says from what to what.
        QVERIFY2(r.out.contains("Require IP Whitelist for Public API: off \xe2\x86\x92 on."),
                 r.out.constData());
        QVERIFY2(r.out.contains("+ role ORG_MEMBER") && r.out.contains("- role ORG_READ_ONLY"),
                 r.out.constData());
        QVERIFY(r.out.contains("+ 203.0.113.0/24"));
        r = run({u"diff"_s, u"--org"_s, Fx::OrgA, u"--json"_s});
        const QJsonArray keys = r.json().value("keys"_L1).toArray();
        bool sawMember = false;
        for (const auto &k : keys) {
            if (k.toObject().value("id"_L1).toString() == Fx::keyId(3)) {
                sawMember = true;
                QCOMPARE(k.toObject().value("entriesAdded"_L1).toArray().first().toString(),
                         u"203.0.113.0/24"_s);
            }
        }
        QVERIFY(sawMember);
        QCOMPARE(run({u"diff"_s, u"--org"_s, Fx::OrgA, u"--from"_s, u"999999"_s}).code, 7); // not there
        // Back as the later tests expect it.
        QCOMPARE(
            http.patch(u"/orgs/"_s + Fx::OrgA + u"/settings"_s, R"({"apiAccessListRequired":false})").status,
            200);
        sync();
    }

    // Strict parsing, without a display: one line naming the mistake and the closest valid word.
    void strictCommandLine()
    {
        Run r = run({u"reprot"_s, u"--org"_s, Fx::OrgA});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("unknown command 'reprot'") && r.err.contains("did you mean 'report'?"),
                 r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        r = run({u"frobnicate"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("unknown command 'frobnicate'"));
        r = run({u"--bogus"_s});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QByteArray("apiaccess: unknown option '--bogus'\n"));
        r = run({u"report"_s, u"--og"_s, Fx::OrgA});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("report: unknown option '--og' — did you mean '--org'?"), r.err.constData());
        QCOMPARE(run({u"report"_s, u"--org"_s, Fx::OrgA, u"extra"_s}).code, 2);
        // A 10 kB argument is not echoed whole.
        r = run({u"report"_s, u"--org"_s, QString(10'000, u'x')});
        QCOMPARE(r.code, 7);
        QVERIFY2(r.err.size() < 300, r.err.left(300).constData());

        // The console's --help lists every command (the list the dispatcher knows, written out here: a
        // command added without a help line fails this).
        r = run({u"--help"_s});
        QCOMPARE(r.code, 0);
        for (const char *command : {"sync", "check-ip", "report", "diff", "export", "events", "profiles",
                                    "orgs", "snapshots", "screenshots", "completion"})
            QVERIFY2(r.out.contains(QByteArray("\n  ").append(command).append(" ")), command);

        // Each command's help names it and lists only the exit codes it can return.
        r = run({u"report"_s, u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith("Usage: apiaccess report"), r.out.left(80).constData());
        QVERIFY(r.out.contains("  1  findings at or above --fail-on"));
        QVERIFY(!r.out.contains("  3  "));
        r = run({u"export"_s, u"--help"_s});
        QVERIFY(!r.out.contains("--json"));
        QVERIFY(r.out.contains("  6  the output could not be written"));
        QVERIFY(!r.out.contains("  1  "));
    }

    // Listing what is there, so that diff --from/--to and export --snapshot can be used without the GUI.
    void listings()
    {
        Run r = run({u"orgs"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray orgs = r.json().value("organizations"_L1).toArray();
        QVERIFY(!orgs.isEmpty());
        const QJsonObject first = orgs.first().toObject();
        QCOMPARE(first.value("profile"_L1).toString(), u"test"_s);
        QCOMPARE(first.value("id"_L1).toString(), Fx::OrgA);
        QCOMPARE(first.value("name"_L1).toString(), u"Alpha Org"_s);
        QVERIFY(first.value("snapshots"_L1).toInt() >= 1);
        QVERIFY(QDateTime::fromString(first.value("lastSync"_L1).toString(), Qt::ISODate).isValid());
        r = run({u"snapshots"_s, u"--org"_s, Fx::OrgA, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray snapshots = r.json().value("snapshots"_L1).toArray();
        QVERIFY(snapshots.size() >= 2);
        const qint64 id = snapshots.last().toObject().value("id"_L1).toInteger();
        QVERIFY(id > 0);
        // The first sync reads everything, the ones after it only what the events name.
        QCOMPARE(snapshots.first().toObject().value("source"_L1).toString(), u"sync"_s);
        QCOMPARE(snapshots.last().toObject().value("source"_L1).toString(), u"incremental"_s);
        // What each cost: the incremental one reads the lists and the feed, not every whitelist.
        const int fullRequests = snapshots.first().toObject().value("requests"_L1).toInt();
        const int incrementalRequests = snapshots.last().toObject().value("requests"_L1).toInt();
        QVERIFY2(incrementalRequests >= 6 && incrementalRequests < fullRequests,
                 qPrintable(u"%1 then %2"_s.arg(fullRequests).arg(incrementalRequests)));
        QVERIFY(!snapshots.last().toObject().value("summary"_L1).toString().isEmpty());
        QCOMPARE(run({u"diff"_s, u"--org"_s, Fx::OrgA, u"--to"_s, QString::number(id)}).code, 0);
        r = run({u"profiles"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.json().value("profiles"_L1).isArray());
        QCOMPARE(run({u"orgs"_s, u"--profile"_s, u"nosuch"_s}).code, 7);
        QCOMPARE(run({u"snapshots"_s, u"--org"_s, u"000000000000000000000000"_s}).code, 7);
    }

    // apiaccess events: the feed as the last sync read it, newest first; filters; JSON; exit codes.
    void events()
    {
        Run r = run({u"events"_s, u"--org"_s, Fx::OrgA});
        QCOMPARE(r.code, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 4);
        // The dataset's history: each key created by the organization's first user.
        QVERIFY2(
            std::any_of(lines.begin(), lines.end(),
                        [](const QString &l) { return l.contains(u"API key “Alpha owner” created by "_s); }),
            r.out.constData());
        QStringList dates;
        for (const QString &line : lines)
            dates << line.section(u"  "_s, 0, 0);
        QStringList newestFirst = dates;
        std::sort(newestFirst.begin(), newestFirst.end(), std::greater<>());
        QCOMPARE(dates, newestFirst);

        r = run({u"events"_s, u"--org"_s, Fx::OrgA, u"--type"_s, u"ORG_PUBLIC_API_"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray events = r.json().value("events"_L1).toArray();
        QCOMPARE(r.json().value("orgId"_L1).toString(), Fx::OrgA);
        QVERIFY(QDateTime::fromString(r.json().value("readAt"_L1).toString(), Qt::ISODate).isValid());
        QVERIFY(!events.isEmpty());
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            QVERIFY(e.value("eventTypeName"_L1).toString().startsWith(u"ORG_PUBLIC_API_"_s));
            QVERIFY(!e.value("id"_L1).toString().isEmpty());
            QVERIFY(QDateTime::fromString(e.value("created"_L1).toString(), Qt::ISODate).isValid());
            QVERIFY(e.value("summary"_L1).toString().contains(u"Require IP Whitelist for Public API"_s));
        }
        r = run({u"events"_s, u"--org"_s, Fx::OrgA, u"--since"_s, u"2999-01-01"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray());
        r = run({u"events"_s, u"--org"_s, Fx::OrgA, u"--since"_s, u"last tuesday"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--since takes a date"));
        QCOMPARE(run({u"events"_s, u"--org"_s, Fx::OrgA, u"--type"_s, u"API KEY"_s}).code, 2);
        QCOMPARE(run({u"events"_s}).code, 2);
        QCOMPARE(run({u"events"_s, u"--org"_s, u"000000000000000000000000"_s}).code, 7);
        QCOMPARE(run({u"events"_s, u"--help"_s}).code, 0);
    }

    // Shell completion: the bash script loads and completes subcommands, each subcommand's options (every
    // option its --help lists), and cached organization IDs; zsh and fish get theirs.
    void completion()
    {
        const QString program = QStringLiteral(APIACCESS_BINARY);
        const auto complete = [&](const QString &line) {
            QProcess bash;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
            env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
            bash.setProcessEnvironment(env);
            bash.start(u"bash"_s,
                       {u"-c"_s,
                        u"source <(\"$0\" completion bash) && read -ra COMP_WORDS <<< \"$1\"; "
                        "[[ \"$1\" == *' ' ]] && COMP_WORDS+=(''); "
                        "COMP_WORDS[0]=\"$0\"; COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); "
                        "_apiaccess; printf '%s\\n' \"${COMPREPLY[@]}\""_s,
                        program, line});
            bash.waitForFinished(20'000);
            return QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        };
        QProcess load;
        load.start(u"bash"_s,
                   {u"-c"_s, u"source <(\"$0\" completion bash) && complete -p apiaccess"_s, program});
        QVERIFY(load.waitForFinished(20'000));
        QCOMPARE(load.exitCode(), 0);
        QVERIFY(load.readAllStandardOutput().contains("complete -F _apiaccess apiaccess"));
        QCOMPARE(complete(u"apiaccess rep"_s), QStringList{u"report"_s});
        QCOMPARE(complete(u"apiaccess report --or"_s), QStringList{u"--org"_s});
        QCOMPARE(complete(u"apiaccess report --org "_s), QStringList{Fx::OrgA});
        QCOMPARE(complete(u"apiaccess export --format p"_s), QStringList{u"pdf"_s});
        QCOMPARE(complete(u"apiaccess profiles a"_s), QStringList{u"add"_s});
        QCOMPARE(complete(u"apiaccess profiles add x --pin"_s), QStringList{u"--pin-sha256"_s});
        // Every option a subcommand's --help lists is completed for it.
        for (const QString &command : {u"sync"_s, u"check-ip"_s, u"report"_s, u"diff"_s, u"export"_s,
                                       u"profiles"_s, u"orgs"_s, u"snapshots"_s}) {
            const QStringList offered = complete(u"apiaccess "_s + command + u" --"_s);
            const QString help = QString::fromUtf8(run({command, u"--help"_s}).out);
            QRegularExpressionMatchIterator it
                = QRegularExpression(u"^\\s+(?:-\\w, )?(--[a-z0-9-]+)"_s, QRegularExpression::MultilineOption)
                      .globalMatch(help);
            int checked = 0;
            while (it.hasNext()) {
                const QString option = it.next().captured(1);
                if (option == u"--help-all"_s || option == u"--names"_s || option == u"--ids"_s)
                    continue;
                ++checked;
                QVERIFY2(offered.contains(option), qPrintable(command + u": "_s + option));
            }
            QVERIFY2(checked >= 2, qPrintable(command));
        }
        Run r = run({u"completion"_s, u"zsh"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("#compdef apiaccess"));
        r = run({u"completion"_s, u"fish"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("complete -c apiaccess"));
        QCOMPARE(run({u"completion"_s, u"tcsh"_s}).code, 2);
    }

    // The man page, made at build time from the same --help, renders.
    void manPage()
    {
        const QString page = QFileInfo(QStringLiteral(APIACCESS_BINARY)).dir().filePath(u"apiaccess.1"_s);
        if (!QFileInfo::exists(page))
            QSKIP("help2man is not installed: no man page was built");
        QProcess man;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MANWIDTH"_s, u"80"_s);
        env.insert(u"MANPAGER"_s, u"cat"_s);
        man.setProcessEnvironment(env);
        man.start(u"man"_s, {u"-l"_s, page});
        QVERIFY(man.waitForFinished(20'000));
        const QByteArray text = man.readAllStandardOutput();
        QCOMPARE(man.exitCode(), 0);
        const QByteArray words = text.simplified(); // man justifies lines with extra spaces
        QVERIFY2(words.contains("APIACCESS(1)") && words.contains("check-ip") && words.contains("Exit codes"),
                 text.left(400).constData());
    }

    // Exports that cannot be written say so with their own code; "-" is standard output.
    void exportFailuresAndStandardOutput()
    {
        Run r = run({u"export"_s, u"--org"_s, Fx::OrgA, u"--format"_s, u"json"_s, u"--out"_s, u"-"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value("organization"_L1).toObject().value("id"_L1).toString(), Fx::OrgA);
        QVERIFY(r.err.isEmpty()); // no Qt warning (XDG_RUNTIME_DIR and the like)
        r = run({u"export"_s, u"--org"_s, Fx::OrgA, u"--format"_s, u"pdf"_s, u"--out"_s, u"-"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("%PDF") && r.out.trimmed().endsWith("%%EOF"));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        for (const QString &format : {u"pdf"_s, u"csv"_s, u"json"_s}) {
            r = run({u"export"_s, u"--org"_s, Fx::OrgA, u"--format"_s, format, u"--out"_s,
                     u"/nonexistent/dir/r."_s + format});
            QCOMPARE(r.code, 6);
            QVERIFY2(r.err.contains("/nonexistent/dir/r"), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
        }
        if (QFileInfo::exists(u"/dev/full"_s)) {
            for (const QString &format : {u"pdf"_s, u"md"_s}) {
                r = run(
                    {u"export"_s, u"--org"_s, Fx::OrgA, u"--format"_s, format, u"--out"_s, u"/dev/full"_s});
                QCOMPARE(r.code, 6);
            }
        }
    }

    void exports()
    {
        // A key made in this test: its private key must appear in no export.
        auto http = m_fx.client();
        const auto created = http.post(u"/orgs/"_s + Fx::OrgA + u"/apiKeys"_s,
                                       "{\"desc\":\"Export, \\\"quoted\\\"\",\"roles\":[\"ORG_MEMBER\"]}");
        QCOMPARE(created.status, 200);
        const QByteArray privateKey = created.json().value("privateKey"_L1).toString().toLatin1();
        QCOMPARE(privateKey.size(), 36);
        // A description that would set the terminal's title and clear the screen.
        QCOMPARE(http.post(u"/orgs/"_s + Fx::OrgA + u"/apiKeys"_s,
                           "{\"desc\":\"\\u001b]0;pwned\\u0007\\u001b[2JTerminal trick "
                           "\\u202eevil\",\"roles\":[\"ORG_MEMBER\"]}")
                     .status,
                 200);
        sync();
        const Run listed = run({u"check-ip"_s, u"192.0.2.1"_s, u"--org"_s, Fx::OrgA});
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.out.contains("]0;pwned[2JTerminal trick evil"), listed.out.constData());
        QVERIFY(!listed.out.contains('\x1b') && !listed.out.contains('\x07'));
        QVERIFY(!listed.out.contains("\xe2\x80\xae")); // U+202E, the right-to-left override
        const QString base = m_home.filePath(u"export"_s);
        for (const QString &format : {u"csv"_s, u"json"_s, u"md"_s, u"html"_s, u"pdf"_s}) {
            const Run r = run(
                {u"export"_s, u"--org"_s, Fx::OrgA, u"--format"_s, format, u"--out"_s, base + u'.' + format});
            QVERIFY2(r.code == 0, r.err.constData());
        }
        QStringList files{base + u".csv"_s,          base + u"-entries.csv"_s,
                          base + u"-findings.csv"_s, base + u"-serviceaccounts.csv"_s,
                          base + u".json"_s,         base + u".md"_s,
                          base + u".html"_s,         base + u".pdf"_s};
        QHash<QString, QByteArray> content;
        for (const QString &f : files) {
            QFile file(f);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(f));
            content.insert(f, file.readAll());
            QVERIFY2(!content.value(f).contains(privateKey), qPrintable(f));
            QVERIFY2(!content.value(f).contains(privateKey.right(12)),
                     qPrintable(f)); // not even the masked tail
        }
        // CSV parses back: a header and one line per key; the quoted description survives.
        const QList<QByteArray> keyLines = content.value(base + u".csv"_s).trimmed().split('\n');
        QCOMPARE(keyLines.size(), 1 + 6); // five keys of the dataset and this test, and the terminal trick
        QVERIFY(keyLines.first().startsWith("id,publicKey,desc,orgRoles,projectRoles,projectIds,"));
        // A project by its name, with the key's roles in it; its ID for scripts.
        const auto member = std::find_if(keyLines.cbegin(), keyLines.cend(),
                                         [](const QByteArray &l) { return l.contains(",memberky,"); });
        QVERIFY(member != keyLines.cend());
        QVERIFY2(member->contains(",alpha-one: GROUP_OWNER,"), member->constData());
        QVERIFY(content.value(base + u".csv"_s).contains("\"Export, \"\"quoted\"\"\""));
        const QList<QByteArray> entryLines = content.value(base + u"-entries.csv"_s).trimmed().split('\n');
        QCOMPARE(entryLines.size(), 1 + 5); // owner 1 + member 3 (one added in diff()) + denied 1
        // JSON with the API's field names.
        const QJsonObject json = QJsonDocument::fromJson(content.value(base + u".json"_s)).object();
        const QJsonArray keys = json.value("apiKeys"_L1).toArray();
        QCOMPARE(keys.size(), 6);
        QJsonObject first;
        for (const auto &k : keys) {
            if (k.toObject().value("publicKey"_L1).toString() == "ownerkey"_L1)
                first = k.toObject();
        }
        for (const char *field : {"id", "publicKey", "desc", "roles", "accessList"})
            QVERIFY2(first.contains(QLatin1StringView(field)), field);
        QVERIFY(!first.contains("privateKey"_L1));
        QCOMPARE(first.value("accessList"_L1).toArray().first().toObject().value("cidrBlock"_L1).toString(),
                 u"127.0.0.1/32"_s);
        QCOMPARE(json.value("organization"_L1).toObject().value("name"_L1).toString(), u"Alpha Org"_s);
        QVERIFY(!json.value("findings"_L1).toArray().isEmpty());
        // The CSV export's third file: the same findings.
        const QList<QByteArray> findingLines = content.value(base + u"-findings.csv"_s).trimmed().split('\n');
        QCOMPARE(findingLines.first().trimmed(), "severity,kind,keyId,publicKey,entry,message");
        QCOMPARE(findingLines.size(), 1 + json.value("findings"_L1).toArray().size());
        const QByteArray firstSeverity
            = json.value("findings"_L1).toArray().first().toObject().value("severity"_L1).toString().toUtf8();
        QVERIFY(findingLines.at(1).startsWith(QByteArray(firstSeverity + ',')));
        // Reports: the summary, findings and tables.
        QVERIFY(content.value(base + u".md"_s).contains("# API access report: Alpha Org"));
        QVERIFY(content.value(base + u".md"_s).contains("| Alpha member | `memberky` |"));
        QVERIFY(content.value(base + u".html"_s).contains("<h1>API access report: Alpha Org</h1>"));
        QVERIFY(content.value(base + u".pdf"_s).startsWith("%PDF-"));
        QVERIFY(content.value(base + u".pdf"_s).contains("/Type /Page"));
        // Read back by an independent reader (poppler): pages and text.
        QProcess info;
        info.start(u"pdfinfo"_s, {base + u".pdf"_s});
        QVERIFY(info.waitForFinished(30'000));
        const QByteArray infoText = info.readAllStandardOutput();
        const qsizetype pagesAt = infoText.indexOf("Pages:");
        QVERIFY2(pagesAt >= 0, infoText.constData());
        QVERIFY(infoText.mid(pagesAt + 6, 12).trimmed().split('\n').first().toInt() >= 1);
        QProcess text;
        text.start(u"pdftotext"_s, {base + u".pdf"_s, u"-"_s});
        QVERIFY(text.waitForFinished(30'000));
        const QByteArray pdfText = text.readAllStandardOutput();
        QVERIFY2(pdfText.contains("API access report: Alpha Org") && pdfText.contains("memberky"),
                 pdfText.left(300).constData());
        QCOMPARE(run({u"export"_s, u"--org"_s, Fx::OrgA, u"--format"_s, u"docx"_s, u"--out"_s, base}).code,
                 2);
    }

    void syncCommand()
    {
        const QMap<QString, QString> key{
            {u"APIACCESS_PRIVATE_KEY"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s}};
        const QString server = m_fx.server->serverUrl();
        Run r = run({u"sync"_s, u"--url"_s, server, u"--public-key"_s, u"ownerkey"_s}, key);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.isEmpty()); // quiet when all is well
        QVERIFY(r.err.isEmpty());
        const QString profile = u"127.0.0.1-%1-ownerkey"_s.arg(m_fx.server->port());
        QVERIFY(QFile::exists(
            m_home.filePath(u"data/apiaccess/apiaccess/profiles/"_s + profile + u"/cache.sqlite"_s)));
        // The remembered connection has no private key, and a later command finds it by name.
        QFile settings(m_home.filePath(u"config/apiaccess/apiaccess.conf"_s));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("0a1b2c3d-0000-4000-8000-00000000a001"));
        QCOMPARE(run({u"sync"_s, u"--profile"_s, profile, u"--org"_s, Fx::OrgA}, key).code, 0);
        QCOMPARE(run({u"report"_s, u"--org"_s, Fx::OrgA, u"--profile"_s, profile}).code, 0);
        // Now two caches hold Alpha Org: without --profile no command guesses which one.
        r = run({u"report"_s, u"--org"_s, Fx::OrgA});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--profile") && r.err.contains("test") && r.err.contains(profile.toUtf8()),
                 r.err.constData());
        // An organization the key cannot see: its own code, one line, no Qt warning.
        r = run({u"sync"_s, u"--profile"_s, profile, u"--org"_s, u"000000000000000000000000"_s}, key);
        QCOMPARE(r.code, 7);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(!r.err.contains("QIODevice"), r.err.constData());

        // The private key never on the command line.
        QCOMPARE(
            run({u"sync"_s, u"--url"_s, server, u"--public-key"_s, u"ownerkey"_s, u"--private-key"_s, u"x"_s})
                .code,
            2);
        QCOMPARE(run({u"sync"_s, u"--url"_s, server, u"--public-key"_s, u"ownerkey"_s}).code,
                 2); // no key at all
        // Refusals: 3; the network: 4.
        r = run({u"sync"_s, u"--url"_s, server, u"--public-key"_s, u"ownerkey"_s},
                {{u"APIACCESS_PRIVATE_KEY"_s, u"0a1b2c3d-0000-4000-8000-00000000ffff"_s}});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("not accept"));
        // A failed first sync leaves neither a profile nor a cache.
        const QString refusedProfile = u"127.0.0.1-%1-readerky"_s.arg(m_fx.server->port());
        r = run({u"sync"_s, u"--url"_s, server, u"--public-key"_s, u"readerky"_s},
                {{u"APIACCESS_PRIVATE_KEY"_s, u"0a1b2c3d-0000-4000-8000-00000000ffff"_s}});
        QCOMPARE(r.code, 3);
        QVERIFY(
            !QFileInfo::exists(m_home.filePath(u"data/apiaccess/apiaccess/profiles/"_s + refusedProfile)));
        QVERIFY(!run({u"profiles"_s}).out.contains(refusedProfile.toUtf8()));
        // Without a scheme https is tried; the message says how to write plain http.
        r = run({u"sync"_s, u"--url"_s, QUrl(server).authority(), u"--public-key"_s, u"ownerkey"_s}, key);
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QByteArray(QByteArray("http://") + QUrl(server).authority().toUtf8())),
                 r.err.constData());
        // A public key that cannot be one is a usage error, before anything is sent.
        QCOMPARE(run({u"sync"_s, u"--url"_s, server, u"--public-key"_s, QString(10'000, u'a')}, key).code, 2);
        r = run({u"sync"_s, u"--url"_s, server, u"--public-key"_s, u"deniedky"_s},
                {{u"APIACCESS_PRIVATE_KEY"_s, u"0a1b2c3d-0000-4000-8000-00000000a004"_s}});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("127.0.0.1"));
        QTemporaryFile keyFile;
        QVERIFY(keyFile.open());
        keyFile.write("0a1b2c3d-0000-4000-8000-00000000a001\n");
        keyFile.flush();
        r = run({u"sync"_s, u"--url"_s, u"http://127.0.0.1:9"_s, u"--public-key"_s, u"ownerkey"_s,
                 u"--private-key-file"_s, keyFile.fileName()});
        QCOMPARE(r.code, 4);
        // Key files read with bounds: a directory, a device, a large file, a missing one, a file that is no
        // key — each a usage error naming the problem, before anything is sent.
        QTemporaryFile big;
        QVERIFY(big.open());
        big.write(QByteArray(100'000, 'a'));
        big.flush();
        QTemporaryFile notAKey;
        QVERIFY(notAKey.open());
        notAKey.write("two words\nand lines\n");
        notAKey.flush();
        const std::pair<QString, QByteArray> keyFiles[] = {
            {m_home.path(), "not a regular file"},      {u"/dev/zero"_s, "not a regular file"},
            {big.fileName(), "100000 bytes"},           {m_home.filePath(u"nosuch"_s), "does not exist"},
            {notAKey.fileName(), "--private-key-file"},
        };
        for (const auto &[path, says] : keyFiles) {
            r = run({u"sync"_s, u"--url"_s, server, u"--public-key"_s, u"ownerkey"_s, u"--private-key-file"_s,
                     path});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(says), r.err.constData());
        }
    }

    // A certificate refusal names both ways out, and sync offers both.
    void syncTrustsACertificateOrACertificateAuthority()
    {
        QTemporaryDir dir;
        QString certificate;
        QString keyFile;
        QVERIFY(makeSelfSignedCertificate(dir.path(), &certificate, &keyFile));
        EmulatorOptions options;
        options.tlsCertificateFile = certificate;
        options.tlsKeyFile = keyFile;
        EmulatorFixture tls;
        QVERIFY(tls.start(options));
        const QString server = tls.server->serverUrl();
        QVERIFY(server.startsWith(u"https://"_s));
        const QMap<QString, QString> key{
            {u"APIACCESS_PRIVATE_KEY"_s, u"0a1b2c3d-0000-4000-8000-00000000a001"_s}};
        Run r = run({u"sync"_s, u"--url"_s, server, u"--public-key"_s, u"ownerkey"_s}, key);
        QCOMPARE(r.code, 4);
        const QRegularExpressionMatch match
            = QRegularExpression(u"--pin-sha256 ([0-9a-f]{64})"_s).match(QString::fromUtf8(r.err));
        QVERIFY2(match.hasMatch(), r.err.constData());
        QVERIFY(r.err.contains("--ca-bundle FILE"));
        r = run({u"sync"_s, u"--url"_s, server, u"--public-key"_s, u"ownerkey"_s, u"--pin-sha256"_s,
                 match.captured(1)},
                key);
        QVERIFY2(r.code == 0, r.err.constData());
        r = run(
            {u"sync"_s, u"--url"_s, server, u"--public-key"_s, u"ownerkey"_s, u"--ca-bundle"_s, certificate},
            key);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(run({u"sync"_s, u"--url"_s, server, u"--public-key"_s, u"ownerkey"_s,
                      u"--trust-certificate"_s, u"nothex"_s},
                     key)
                     .code,
                 2);

        // A saved connection with the certificate pinned: profiles add, then sync --profile.
        QCOMPARE(run({u"profiles"_s, u"add"_s, u"tls"_s, u"--url"_s, server, u"--public-key"_s, u"ownerkey"_s,
                      u"--pin-sha256"_s, match.captured(1).toUpper()})
                     .code,
                 0);
        r = run({u"profiles"_s, u"--json"_s});
        QJsonObject saved;
        for (const auto &p : r.json().value("profiles"_L1).toArray()) {
            if (p.toObject().value("name"_L1).toString() == u"tls"_s)
                saved = p.toObject();
        }
        QCOMPARE(saved.value("pinSha256"_L1).toString(), match.captured(1));
        QCOMPARE(saved.value("server"_L1).toString(), server);
        QVERIFY(saved.contains("keyring"_L1) && saved.value("caBundle"_L1).isNull());
        r = run({u"sync"_s, u"--profile"_s, u"tls"_s}, key);
        QVERIFY2(r.code == 0, r.err.constData());
        // edit: the trust only; no pin, then the refusal again; a CA bundle that is not there is refused.
        QCOMPARE(run({u"profiles"_s, u"edit"_s, u"tls"_s, u"--pin-sha256"_s, QString()}).code, 0);
        r = run({u"sync"_s, u"--profile"_s, u"tls"_s}, key);
        QVERIFY2(r.code == 4, qPrintable(u"exit %1: "_s.arg(r.code) + QString::fromUtf8(r.err.left(4000))));
        QCOMPARE(run({u"profiles"_s, u"edit"_s, u"tls"_s, u"--ca-bundle"_s, u"/nonexistent.pem"_s}).code, 2);
        QCOMPARE(run({u"profiles"_s, u"edit"_s, u"tls"_s, u"--url"_s, server}).code, 2);
        QCOMPARE(
            run({u"profiles"_s, u"add"_s, u"tls"_s, u"--url"_s, server, u"--public-key"_s, u"ownerkey"_s})
                .code,
            2);
    }

    void aDamagedCacheIsACacheProblem()
    {
        QFile::remove(cachePath() + u"-wal"_s);
        QFile::remove(cachePath() + u"-shm"_s);
        QFile file(cachePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(4096, 'z'));
        file.close();
        const Run r = run({u"report"_s, u"--org"_s, Fx::OrgA, u"--profile"_s, u"test"_s});
        QCOMPARE(r.code, 5); // set aside, and the organization is no longer cached there
        QVERIFY(r.err.contains("does not hold"));
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestCli)
#include "tst_cli.moc"
