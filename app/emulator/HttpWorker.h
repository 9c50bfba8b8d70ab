// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmulatorOptions.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSslConfiguration>

#include <optional>

#include <atomic>

class ApiDispatcher;
class WorkerHttpServer;
class FeederServer;

// One QtHttpServer on its own thread. Sockets accepted by the listener are handed over by descriptor;
// requests are answered synchronously (no QFuture, no deferred responder: QtHttpServer 6.4 is reliable only
// so), with the fault switches applied here, outside the dispatcher's lock.
class HttpWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpWorker)
public:
    // openConnections counts the sockets of every worker (see ConnectionGuard).
    // tls: none for plain HTTP (a QSslConfiguration is not even made then: the first one loads the TLS
    // backend, 6 ms on the thread that starts the server — the GUI thread, for the demo).
    HttpWorker(const EmulatorOptions &options, ApiDispatcher *dispatcher,
               const std::optional<QSslConfiguration> &tls, int index, std::atomic<int> *openConnections);
    ~HttpWorker() override;

    // Called in the worker's thread.
    void takeSocket(qintptr socketDescriptor);

private:
    friend class WorkerHttpServer;
    bool handle(const class QHttpServerRequest &request, class QTcpSocket *socket);

    EmulatorOptions m_options;
    ConnectionLimits m_limits;
    std::atomic<int> *m_openConnections;
    ApiDispatcher *m_dispatcher;
    std::optional<QSslConfiguration> m_tls;
    QRandomGenerator m_random;
    FeederServer *m_feeder = nullptr;
    WorkerHttpServer *m_http = nullptr;
};
