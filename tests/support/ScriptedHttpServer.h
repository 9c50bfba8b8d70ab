// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

#include <functional>

// A loopback HTTP/1.1 server whose answers a test writes, one request per connection, no authentication:
// for what the emulator does not do on purpose (a change accepted without its new value, then a failing
// read). Every other test talks to the emulator.
class ScriptedHttpServer final : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        Answer(int status = 200, QByteArray body = {}, QByteArray extraHeaders = {})
            : status(status)
            , body(std::move(body))
            , extraHeaders(std::move(extraHeaders))
        { }
        int status;
        QByteArray body;
        QByteArray extraHeaders; // "Name: value\r\n" lines (a Location, say)
    };
    using Handler = std::function<Answer(const QByteArray &method, const QString &path)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    bool start();
    // http://127.0.0.1:PORT/api/public/v1.0
    QString apiUrl() const;
    int requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    int m_requests = 0;
};
