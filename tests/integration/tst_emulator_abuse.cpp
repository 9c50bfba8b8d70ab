// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator against what the internet sends a server: bodies past the cap (413 before authentication
// and before the body is read), header sections past the cap (431), duplicate or malformed Host (400),
// idle and slow connections (closed after the idle timeout), more connections than the cap (503), a TLS
// key that does not match its certificate (refused at start). After each abuse it still answers others.
#include "EmulatorFixture.h"
#include "EmulatorProcess.h"
#include "TestCertificate.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Exchange
{
    QByteArray answer;
    bool closed = false;
    int status() const
    {
        const QList<QByteArray> parts = answer.left(answer.indexOf("\r\n")).split(' ');
        return parts.size() > 1 ? parts.at(1).toInt() : 0;
    }
    QJsonObject json() const
    {
        return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    }
};

// Sends `request` (and then `extra` in pieces of `piece` bytes while the connection stays open), collects
// the answer until the server closes the connection or `timeoutMs` pass. The event loop keeps running.
Exchange exchange(quint16 port, const QByteArray &request, qint64 extra = 0, int timeoutMs = 10'000)
{
    Exchange result;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return result;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { result.answer += socket.readAll(); });
    socket.write(request);
    const QByteArray chunk(64 * 1024, 'x');
    qint64 sent = 0;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        if (sent < extra && socket.bytesToWrite() < 256 * 1024) {
            socket.write(chunk.left(std::min<qint64>(chunk.size(), extra - sent)));
            sent += std::min<qint64>(chunk.size(), extra - sent);
        }
        QTest::qWait(5);
    }
    result.answer += socket.readAll();
    result.closed = socket.state() != QAbstractSocket::ConnectedState;
    return result;
}

qint64 residentKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

class TestEmulatorAbuse : public QObject
{
    Q_OBJECT

    EmulatorFixture m_fx;

    void startWith(int maxConnections = 16, int idleMs = 30'000)
    {
        EmulatorOptions options;
        options.limits.maxBodyBytes = 64 * 1024;
        options.limits.maxHeaderBytes = 16 * 1024;
        options.limits.idleTimeoutMs = idleMs;
        options.limits.maxConnections = maxConnections;
        QVERIFY(m_fx.start(options));
    }

    // The server still answers a well-behaved client.
    void stillServes()
    {
        const auto r = m_fx.client().get(u"/orgs"_s);
        QCOMPARE(r.status, 200);
    }

private slots:
    void cleanup() { m_fx.server.reset(); }

    void announcedBodyTooLargeBeforeAuthentication()
    {
        startWith();
        // 500 MB announced, nothing sent: answered at once, without a digest challenge.
        const Exchange e = exchange(m_fx.server->port(),
                                    "POST /api/public/v1.0/orgs/x/apiKeys HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    "Content-Type: application/json\r\nContent-Length: 524288000\r\n\r\n");
        QCOMPARE(e.status(), 413);
        QVERIFY(e.closed);
        QVERIFY(!e.answer.toLower().contains("www-authenticate"));
        QCOMPARE(e.json().value("errorCode"_L1).toString(), u"PAYLOAD_TOO_LARGE"_s);
        QCOMPARE(e.json().value("error"_L1).toInt(), 413);
        stillServes();
    }

    void streamedBodyTooLarge()
    {
        startWith();
        // Chunked, no Content-Length: cut off once the body passes the cap, long before 8 MB are read.
        const Exchange e = exchange(m_fx.server->port(),
                                    "POST /api/public/v1.0/orgs/x/apiKeys HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    "Transfer-Encoding: chunked\r\n\r\n100000\r\n",
                                    8 * 1024 * 1024);
        QCOMPARE(e.status(), 413);
        QVERIFY(e.closed);
        stillServes();
    }

    // A client that goes on sending after the 413 — and after the server closed its side (curl's upload
    // does): the emulator drops what comes and cuts the connection after a second; its memory does not
    // grow with what is sent (a closing socket used to buffer all of it: 400 MB resident for 400 MB).
    void sendingOnAfterA413KeepsMemoryFlat()
    {
        startWith();
        QFile clear(u"/proc/self/clear_refs"_s); // "5" resets the peak resident size (Linux)
        const bool peakReset = clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
        clear.close();
        const qint64 before = residentKb(peakReset ? "VmHWM:" : "VmRSS:");
        // A blocking sender on a thread of its own: it ignores the server's FIN and writes until the
        // connection is reset or 4 seconds pass.
        std::atomic<qint64> sent = 0;
        std::atomic<bool> reset = false;
        const quint16 port = m_fx.server->port();
        std::thread sender([port, &sent, &reset] {
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in address{};
            address.sin_family = AF_INET;
            address.sin_port = htons(port);
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
                return;
            const timeval tick{0, 200'000};
            ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tick, sizeof tick);
            const QByteArray head = "POST /api/public/v1.0/orgs/x/apiKeys HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    "Content-Type: application/json\r\nContent-Length: 524288000\r\n\r\n";
            ::send(fd, head.constData(), size_t(head.size()), MSG_NOSIGNAL);
            const QByteArray chunk(256 * 1024, 'x');
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 4'000) {
                const ssize_t n = ::send(fd, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL);
                if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
                    reset = true;
                    break;
                }
                if (n > 0)
                    sent += n;
            }
            ::close(fd);
        });
        const bool cut = QTest::qWaitFor([&] { return reset.load(); }, 6'000);
        sender.join(); // before any check can return: the thread uses this function's variables
        const qint64 growthKb = residentKb(peakReset ? "VmHWM:" : "VmRSS:") - before;
        qInfo("sent %lld MB after the 413; the connection was %s; resident growth %lld kB",
              sent.load() / (1024 * 1024), reset ? "cut" : "never cut", growthKb);
        QVERIFY(cut && reset); // cut by the server, not by the sender giving up
        QVERIFY(sent > 0);
        QVERIFY2(growthKb < 48 * 1024, qPrintable(QString::number(growthKb)));
        stillServes();
    }

    void headerSectionTooLarge()
    {
        startWith();
        const QByteArray huge = "GET /api/public/v1.0/orgs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: "
            + QByteArray(20 * 1024, 'a') + "\r\n";
        const Exchange e = exchange(m_fx.server->port(), huge);
        QCOMPARE(e.status(), 431);
        QCOMPARE(e.json().value("errorCode"_L1).toString(), u"REQUEST_HEADER_FIELDS_TOO_LARGE"_s);
        QVERIFY(e.closed);
        stillServes();
    }

    void hostHeader_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<int>("status");
        QTest::newRow("duplicate") << QByteArray("Host: 127.0.0.1\r\nHost: evil.example\r\n") << 400;
        QTest::newRow("comma") << QByteArray("Host: 127.0.0.1, evil.example\r\n") << 400;
        QTest::newRow("path in host") << QByteArray("Host: evil.example/x?\r\n") << 400;
        QTest::newRow("quote") << QByteArray("Host: a\"b\r\n") << 400;
        QTest::newRow("one valid host") << QByteArray("Host: localhost:8080\r\n") << 401;
        QTest::newRow("ipv6") << QByteArray("Host: [::1]:8080\r\n") << 401;
    }

    void hostHeader()
    {
        QFETCH(QByteArray, headers);
        QFETCH(int, status);
        startWith();
        const Exchange e
            = exchange(m_fx.server->port(),
                       "GET /api/public/v1.0/orgs HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n");
        QCOMPARE(e.status(), status);
        if (status == 400) {
            QCOMPARE(e.json().value("errorCode"_L1).toString(), u"INVALID_HOST_HEADER"_s);
            QVERIFY(!e.answer.contains("evil.example"));
        }
        stillServes();
    }

    void conflictingContentLength()
    {
        startWith();
        const Exchange e
            = exchange(m_fx.server->port(),
                       "POST /api/public/v1.0/orgs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n"
                       "Content-Length: 7\r\n\r\n12345");
        QCOMPARE(e.status(), 400);
        QCOMPARE(e.json().value("errorCode"_L1).toString(), u"INVALID_CONTENT_LENGTH"_s);
    }

    void idleAndSlowConnectionsAreClosed()
    {
        startWith(16, 400);
        // Idle: never sends a byte.
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, m_fx.server->port());
        QSignalSpy idleClosed(&idle, &QTcpSocket::disconnected);
        // Slow: a header line every 150 ms, never finishing the request (slowloris).
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, m_fx.server->port());
        QSignalSpy slowClosed(&slow, &QTcpSocket::disconnected);
        QByteArray slowAnswer;
        connect(&slow, &QTcpSocket::readyRead, &slow, [&] { slowAnswer += slow.readAll(); });
        QVERIFY(QTest::qWaitFor([&] { return slow.state() == QAbstractSocket::ConnectedState; }, 5000));
        slow.write("GET /api/public/v1.0/orgs HTTP/1.1\r\n");
        QTimer drip;
        connect(&drip, &QTimer::timeout, &slow, [&] { slow.write("X-Drip: 1\r\n"); });
        drip.start(150);
        QTRY_COMPARE_WITH_TIMEOUT(idleClosed.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(slowClosed.size(), 1, 5000);
        QVERIFY2(slowAnswer.startsWith("HTTP/1.1 408"), slowAnswer.constData());
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.server->openConnections(), 0, 5000);
        stillServes();
    }

    void connectionCap()
    {
        startWith(4);
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 4; ++i) {
            held.push_back(std::make_unique<QTcpSocket>());
            held.back()->connectToHost(QHostAddress::LocalHost, m_fx.server->port());
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.server->openConnections(), 4, 5000);
        // The fifth is answered 503 and closed.
        const Exchange e
            = exchange(m_fx.server->port(), "GET /api/public/v1.0/orgs HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(e.status(), 503);
        QCOMPARE(e.json().value("errorCode"_L1).toString(), u"TOO_MANY_CONNECTIONS"_s);
        QVERIFY(e.closed);
        QCOMPARE(m_fx.server->connectionsRefused(), 1);
        // Once they are gone, new connections are served again.
        held.clear();
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.server->openConnections(), 0, 5000);
        stillServes();
    }

    void curlUploadTooLarge()
    {
        // The real curl, with a 2 MB body from a file: the answer is 413 with the JSON error.
        QTemporaryDir dir;
        QFile body(dir.filePath(u"body.json"_s));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(QByteArray(2 * 1024 * 1024, ' '));
        body.close();
        EmulatorProcess emulator;
        QVERIFY(emulator.start({u"--max-body-bytes"_s, u"1048576"_s}));
        QProcess curl;
        curl.start(u"curl"_s,
                   {u"--silent"_s, u"--show-error"_s, u"--write-out"_s, u"\n%{http_code}"_s,
                    u"--data-binary"_s, u'@' + body.fileName(), u"-H"_s, u"Content-Type: application/json"_s,
                    emulator.url() + u"/orgs"_s});
        QVERIFY(curl.waitForFinished(30'000));
        const QByteArray out = curl.readAllStandardOutput();
        QVERIFY2(out.endsWith("\n413"), out.constData());
        QVERIFY2(out.contains("\"errorCode\":\"PAYLOAD_TOO_LARGE\""), out.constData());
        // Still up and answering.
        QProcess again;
        again.start(u"curl"_s,
                    {u"--silent"_s, u"--output"_s, u"/dev/null"_s, u"--write-out"_s, u"%{http_code}"_s,
                     emulator.url() + u"/orgs"_s});
        QVERIFY(again.waitForFinished(30'000));
        QCOMPARE(again.readAllStandardOutput(), QByteArray("401"));
        QCOMPARE(emulator.stop(), 0);
    }

    void mismatchedTlsKeyIsRefusedAtStart()
    {
        QTemporaryDir one;
        QTemporaryDir two;
        QString certOne, keyOne, certTwo, keyTwo;
        QVERIFY(makeSelfSignedCertificate(one.path(), &certOne, &keyOne));
        QVERIFY(makeSelfSignedCertificate(two.path(), &certTwo, &keyTwo));
        QProcess emulator;
        emulator.start(QStringLiteral(APIACCESS_EMULATOR_BINARY),
                       {u"--tls-cert"_s, certOne, u"--tls-key"_s, keyTwo});
        QVERIFY(emulator.waitForFinished(30'000));
        QVERIFY(emulator.exitCode() != 0);
        QVERIFY(emulator.readAllStandardOutput().isEmpty()); // no startup line: it never listened
        const QByteArray err = emulator.readAllStandardError();
        QVERIFY2(err.contains("do not work together") && err.contains("--tls-key"), err.constData());
        // The matching pair still starts.
        EmulatorProcess good;
        QVERIFY(good.start({u"--tls-cert"_s, certOne, u"--tls-key"_s, keyOne}));
        QVERIFY(good.url().startsWith(u"https://"_s));
    }
};

APIACCESS_GUILESS_TEST_MAIN(TestEmulatorAbuse)
#include "tst_emulator_abuse.moc"
