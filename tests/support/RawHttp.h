// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QTcpSocket>

// One keep-alive connection that sends requests byte for byte, for digest cases no well-behaved
// client produces on purpose (a replayed nc, a missing qop, a stale nonce).
class RawHttp
{
public:
    struct Response
    {
        int status = 0;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        bool complete = false;
        QJsonObject json() const;
    };

    RawHttp(quint16 port);
    Response request(const QByteArray &method, const QByteArray &target, const QByteArray &authorization = {},
                     const QByteArray &body = {},
                     const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});

    // The Authorization value for a challenge, as RFC 2617 computes it.
    static QByteArray digest(const QByteArray &challenge, const QByteArray &user, const QByteArray &password,
                             const QByteArray &method, const QByteArray &uri, int nc, bool withQop = true);

private:
    quint16 m_port;
    QTcpSocket m_socket;
};
