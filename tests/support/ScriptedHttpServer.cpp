// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedHttpServer.h"

#include <QTcpSocket>
#include <QUrl>

using namespace Qt::StringLiterals;

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool ScriptedHttpServer::start()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QString ScriptedHttpServer::apiUrl() const
{
    return u"http://127.0.0.1:%1/api/public/v1.0"_s.arg(m_server.serverPort());
}

void ScriptedHttpServer::serve(QTcpSocket *socket)
{
    QByteArray buffered = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype headerEnd = buffered.indexOf("\r\n\r\n");
    if (headerEnd < 0 || buffered.size() > 1 << 20) {
        socket->setProperty("buffer", buffered);
        return;
    }
    const QList<QByteArray> lines = buffered.left(headerEnd).split('\n');
    qsizetype length = 0;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffered.size() < headerEnd + 4 + length) {
        socket->setProperty("buffer", buffered);
        return;
    }
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    const QByteArray method = requestLine.value(0);
    const QString path = QUrl(QString::fromLatin1(requestLine.value(1))).path();
    ++m_requests;
    const Answer answer = m_handler ? m_handler(method, path) : Answer{404, {}};
    QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Scripted\r\n";
    if (answer.status != 204)
        response += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(answer.body.size()) + "\r\n";
    response += answer.extraHeaders + "Connection: close\r\n\r\n";
    if (answer.status != 204)
        response += answer.body;
    socket->write(response);
    socket->disconnectFromHost();
}
