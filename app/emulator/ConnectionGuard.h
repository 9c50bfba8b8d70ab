// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmulatorOptions.h"

#include <QByteArray>
#include <QObject>

#include <atomic>

class QTcpSocket;
class QTimer;

// Watches one accepted socket ahead of QtHttpServer (it connects to readyRead first, so its slot runs
// first): refuses a header section over the limit (431), a Content-Length over the body limit (413,
// before any authentication and before the body is read), a body that grows past it without a
// Content-Length (413), a duplicate or malformed Host header (400); closes a connection that completes
// no request within the idle timeout (408 when a request was under way). A refused connection gets a
// JSON error in the API's shape, then closes; nothing more of it reaches the HTTP server.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)
public:
    // `open` was counted up when the connection was accepted; the guard counts it down with the socket.
    ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits, std::atomic<int> *open);
    ~ConnectionGuard() override;

    // Starts reading ahead of the HTTP server: call it just before the socket is handed to the server.
    void watch();
    static ConnectionGuard *of(QTcpSocket *socket);
    // The HTTP server answered a whole request: the next one starts.
    void requestHandled();

    // A valid Host header value: a host name, IPv4 or [IPv6] address, optionally with a port.
    static bool isValidHost(const QByteArray &host);
    // The raw answer the emulator sends when it refuses a request at the transport level.
    static QByteArray refusal(int status, const QByteArray &reason, const QByteArray &errorCode,
                              const QByteArray &detail);

private:
    void onReadyRead();
    void checkHead();
    void refuse(int status, const QByteArray &reason, const QByteArray &errorCode, const QByteArray &detail);

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    std::atomic<int> *m_open;
    QTimer *m_idle;
    QByteArray m_head; // the current request's bytes until its header section ends
    bool m_headChecked = false;
    qint64 m_received = 0; // bytes of the current request(s) not yet answered
    bool m_refused = false;
};
