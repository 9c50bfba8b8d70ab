// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionGuard.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits, std::atomic<int> *open)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_open(open)
    , m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(m_limits.idleTimeoutMs);
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (m_received > 0)
            return refuse(408, "Request Timeout", "REQUEST_TIMEOUT",
                          "The request did not arrive in time; the connection is closed.");
        m_socket->disconnectFromHost();
    });
    m_idle->start(); // also bounds a TLS handshake that never ends
}

void ConnectionGuard::watch()
{
    // Connected before the HTTP server connects its own slot: this one runs first.
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
}

ConnectionGuard::~ConnectionGuard()
{
    --*m_open;
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void ConnectionGuard::requestHandled()
{
    m_head.clear();
    m_headChecked = false;
    m_received = 0;
    m_idle->start();
}

bool ConnectionGuard::isValidHost(const QByteArray &host)
{
    static const QRegularExpression valid(
        u"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
        "[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?$"_s);
    return host.size() <= 261 && valid.match(QString::fromLatin1(host)).hasMatch();
}

QByteArray ConnectionGuard::refusal(int status, const QByteArray &reason, const QByteArray &errorCode,
                                    const QByteArray &detail)
{
    const QByteArray body = R"({"detail":")" + detail + R"(","error":)" + QByteArray::number(status)
        + R"(,"errorCode":")" + errorCode + R"(","parameters":[],"reason":")" + reason + R"("})";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

void ConnectionGuard::refuse(int status, const QByteArray &reason, const QByteArray &errorCode,
                             const QByteArray &detail)
{
    if (m_refused)
        return;
    m_refused = true;
    m_idle->stop();
    m_socket->readAll(); // none of it reaches the HTTP server
    m_socket->write(refusal(status, reason, errorCode, detail));
    m_socket->flush();
    // A lingering close: what the peer still sends is read and dropped for a second, so that it sees
    // the answer (closing with unread data would reset the connection and lose it); then the connection
    // is cut. Memory stays flat whatever the peer sends: at most a small buffer is held between reads,
    // and nothing is read after the second (a closing socket would otherwise go on buffering all of it).
    m_socket->setReadBufferSize(64 * 1024);
    QTimer::singleShot(1000, m_socket, [socket = m_socket] { socket->abort(); });
}

void ConnectionGuard::onReadyRead()
{
    if (m_refused) {
        m_socket->readAll();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (!m_headChecked) {
        const qint64 room = m_limits.maxHeaderBytes + 4 - m_head.size();
        m_head += m_socket->peek(std::min(available, std::max<qint64>(0, room)));
        checkHead();
        if (m_refused)
            return;
    }
    m_received += available;
    if (m_received > m_limits.maxHeaderBytes + m_limits.maxBodyBytes)
        return refuse(413, "Payload Too Large", "PAYLOAD_TOO_LARGE",
                      "The request body is larger than " + QByteArray::number(m_limits.maxBodyBytes)
                          + " bytes.");
}

void ConnectionGuard::checkHead()
{
    qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_head.size() > m_limits.maxHeaderBytes)
            refuse(431, "Request Header Fields Too Large", "REQUEST_HEADER_FIELDS_TOO_LARGE",
                   "The request line and headers are larger than "
                       + QByteArray::number(m_limits.maxHeaderBytes) + " bytes.");
        return;
    }
    m_headChecked = true;
    int hosts = 0;
    QByteArray host;
    QList<QByteArray> lengths;
    const QList<QByteArray> lines = m_head.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "host") {
            ++hosts;
            host = value;
        } else if (name == "content-length") {
            lengths.append(value);
        }
    }
    if (hosts > 1 || (hosts == 1 && !isValidHost(host)))
        return refuse(400, "Bad Request", "INVALID_HOST_HEADER",
                      hosts > 1 ? "The request has more than one Host header."
                                : "The Host header is not a host name or address.");
    for (const QByteArray &length : std::as_const(lengths)) {
        bool ok = false;
        const qint64 n = length.toLongLong(&ok);
        if (!ok || n < 0 || length != lengths.first())
            return refuse(400, "Bad Request", "INVALID_CONTENT_LENGTH",
                          "The Content-Length header is not one whole number.");
        if (n > m_limits.maxBodyBytes)
            return refuse(413, "Payload Too Large", "PAYLOAD_TOO_LARGE",
                          "The request body is larger than " + QByteArray::number(m_limits.maxBodyBytes)
                              + " bytes.");
    }
}
