// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrlQuery>

// One HTTP request as the dispatcher sees it: transport-independent, so the HTTP layer stays thin.
struct ApiRequest
{
    QByteArray method; // GET, POST, PATCH, DELETE, ...
    QByteArray target; // the request target as sent: /api/public/v1.0/...%2F24?pageNum=2
    QByteArray host; // the Host header, for links
    QByteArray authorization;
    QByteArray accept; // Accept: Atlas reads the resource version from it
    QByteArray contentType; // Content-Type of the body
    QByteArray forwardedFor; // the value of --remote-ip-header, when configured
    QByteArray body;
    QHostAddress peer;
    bool tls = false;
};

struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;
    bool dropAfter = false; // a --fault drop: the connection closes before the answer
};
