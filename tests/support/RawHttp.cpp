// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawHttp.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace {
QByteArray md5(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}
QByteArray param(const QByteArray &challenge, const char *name)
{
    const QRegularExpression re(QStringLiteral("%1=\"?([^\",]*)\"?").arg(QLatin1StringView(name)));
    return re.match(QString::fromLatin1(challenge)).captured(1).toLatin1();
}
} // namespace

QJsonObject RawHttp::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

RawHttp::RawHttp(quint16 port)
    : m_port(port)
{ }

QByteArray RawHttp::digest(const QByteArray &challenge, const QByteArray &user, const QByteArray &password,
                           const QByteArray &method, const QByteArray &uri, int nc, bool withQop)
{
    const QByteArray realm = param(challenge, "realm");
    const QByteArray nonce = param(challenge, "nonce");
    const QByteArray cnonce = "0a4f113b";
    const QByteArray ncText = QByteArray::number(nc, 16).rightJustified(8, '0');
    const QByteArray ha1 = md5(user + ':' + realm + ':' + password);
    const QByteArray ha2 = md5(method + ':' + uri);
    QByteArray value = "Digest username=\"" + user + "\", realm=\"" + realm + "\", nonce=\"" + nonce
        + "\", uri=\"" + uri + "\", algorithm=MD5";
    if (withQop) {
        const QByteArray response = md5(ha1 + ':' + nonce + ':' + ncText + ':' + cnonce + ":auth:" + ha2);
        value += ", response=\"" + response + "\", qop=auth, nc=" + ncText + ", cnonce=\"" + cnonce + "\"";
    } else {
        value += ", response=\"" + md5(ha1 + ':' + nonce + ':' + ha2) + "\"";
    }
    return value;
}

RawHttp::Response RawHttp::request(const QByteArray &method, const QByteArray &target,
                                   const QByteArray &authorization, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    // The emulator may run in this thread: wait with an event loop, never with waitFor*().
    const auto waitFor = [this](auto signal, int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, signal, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, &QAbstractSocket::disconnected, &loop, &QEventLoop::quit);
        loop.exec();
    };
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        m_socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            waitFor(&QAbstractSocket::connected, 5000);
    }
    QByteArray request
        = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
    if (!authorization.isEmpty())
        request += "Authorization: " + authorization + "\r\n";
    for (const auto &[name, value] : extraHeaders)
        request += name + ": " + value + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    m_socket.write(request);
    m_socket.flush();

    Response response;
    QByteArray buffer;
    const QDeadlineTimer deadline(10'000);
    qsizetype headerEnd = -1;
    qsizetype contentLength = -1;
    while (!deadline.hasExpired()) {
        if (m_socket.bytesAvailable() == 0) {
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                break;
            waitFor(&QIODevice::readyRead, int(deadline.remainingTime()));
            if (m_socket.bytesAvailable() == 0)
                continue;
        }
        buffer += m_socket.readAll();
        if (headerEnd < 0) {
            headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                continue;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            response.status = lines.first().split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                response.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                        lines[i].mid(colon + 1).trimmed());
            }
            contentLength = response.headers.value("content-length", "0").toLongLong();
        }
        if (buffer.size() - headerEnd - 4 >= contentLength) {
            response.body = buffer.mid(headerEnd + 4, contentLength);
            response.complete = true;
            break;
        }
    }
    return response;
}
