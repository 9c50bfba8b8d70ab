// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpWorker.h"

#include "ApiDispatcher.h"
#include "ConnectionGuard.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>

using namespace Qt::StringLiterals;

// A QTcpServer that never listens: it only hands sockets to the HTTP server of this thread. It keeps
// its own queue, because QTcpServer::nextPendingConnection() warns when the server is not listening.
class FeederServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    void feed(QTcpSocket *socket)
    {
        m_queue.append(socket);
        // pendingConnectionAvailable is a private signal: emit it through the meta-object.
        QMetaObject::invokeMethod(this, "pendingConnectionAvailable", Qt::DirectConnection);
        if (socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(socket, &QAbstractSocket::readyRead, Qt::QueuedConnection);
    }
    bool hasPendingConnections() const override { return !m_queue.isEmpty(); }
    QTcpSocket *nextPendingConnection() override { return m_queue.isEmpty() ? nullptr : m_queue.takeFirst(); }

private:
    QList<QTcpSocket *> m_queue;
};

class WorkerHttpServer final : public QAbstractHttpServer
{
public:
    WorkerHttpServer(HttpWorker *worker)
        : QAbstractHttpServer(worker)
        , m_worker(worker)
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        return m_worker->handle(request, socket);
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override { socket->abort(); }

public:
    static QHttpServerResponder responder(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        return makeResponder(request, socket);
    }

private:
    HttpWorker *m_worker;
};

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

const QByteArray ProxyErrorPage
    = QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 "
                        "Bad Gateway</h1></center>\r\n"
                        "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");

} // namespace

HttpWorker::HttpWorker(const EmulatorOptions &options, ApiDispatcher *dispatcher,
                       const std::optional<QSslConfiguration> &tls, int index,
                       std::atomic<int> *openConnections)
    : m_options(options)
    , m_limits(options.limits)
    , m_openConnections(openConnections)
    , m_dispatcher(dispatcher)
    , m_tls(tls)
    , m_random(options.faultSeed ? quint32(options.faultSeed + quint64(index))
                                 : QRandomGenerator::global()->generate())
    , m_feeder(new FeederServer(this))
    , m_http(new WorkerHttpServer(this))
{
    m_http->bind(m_feeder);
}

HttpWorker::~HttpWorker() = default;

void HttpWorker::takeSocket(qintptr socketDescriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(m_feeder) : new QTcpSocket(m_feeder);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        --*m_openConnections;
        return;
    }
    auto *guard = new ConnectionGuard(socket, m_limits, m_openConnections);
    auto *tlsSocket = qobject_cast<QSslSocket *>(socket);
    if (!tlsSocket) {
        guard->watch();
        m_feeder->feed(socket);
        return;
    }
    tlsSocket->setSslConfiguration(*m_tls);
    connect(tlsSocket, &QSslSocket::encrypted, this, [this, tlsSocket, guard] {
        guard->watch();
        m_feeder->feed(tlsSocket);
    });
    connect(tlsSocket, &QSslSocket::sslErrors, tlsSocket, [tlsSocket] { tlsSocket->abort(); });
    connect(tlsSocket, &QAbstractSocket::disconnected, tlsSocket, [tlsSocket] {
        if (!tlsSocket->isEncrypted())
            tlsSocket->deleteLater();
    });
    tlsSocket->startServerEncryption();
}

bool HttpWorker::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (ConnectionGuard *guard = ConnectionGuard::of(socket))
        guard->requestHandled();
    // One Host, and a well-formed one: it is echoed into every answer's links.
    if (const QByteArray host = request.value("host");
        !host.isEmpty() && !ConnectionGuard::isValidHost(host)) {
        socket->write(ConnectionGuard::refusal(400, "Bad Request", "INVALID_HOST_HEADER",
                                               "The Host header is not one host name or address."));
        socket->flush();
        socket->disconnectFromHost();
        return true;
    }
    if (m_options.latencyMs > 0 || m_options.latencyJitterMs > 0) {
        const int jitter = m_options.latencyJitterMs > 0
            ? int(m_random.bounded(2 * m_options.latencyJitterMs + 1)) - m_options.latencyJitterMs
            : 0;
        QThread::msleep(ulong(std::max(0, m_options.latencyMs + jitter)));
    }
    const bool fail = m_options.failRate > 0 && m_random.generateDouble() < m_options.failRate;
    const bool drop = m_options.dropRate > 0 && m_random.generateDouble() < m_options.dropRate;

    ApiResponse response;
    if (m_options.bareHttp) {
        response.body = "{}";
    } else if (drop) {
        // Headers promise a body that never comes: the connection closes mid-response.
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      "4096\r\n\r\n{\"results\":[");
        socket->flush();
        socket->abort();
        return true;
    } else if (m_options.htmlErrors && (fail || m_options.failRate <= 0)) {
        response.status = 502;
        response.contentType = "text/html";
        response.body = ProxyErrorPage;
    } else if (fail) {
        response.status = 500;
        response.body = R"({"detail":"Unexpected error.","error":500,"errorCode":"UNEXPECTED_ERROR",)"
                        R"("parameters":[],"reason":"Internal Server Error"})";
    } else {
        ApiRequest api;
        api.method = methodName(request.method());
        const QUrl url = request.url();
        api.target = url.path(QUrl::FullyEncoded).toLatin1();
        if (url.hasQuery())
            api.target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
        api.host = request.value("host");
        if (api.host.isEmpty())
            api.host = "127.0.0.1:" + QByteArray::number(socket->localPort());
        api.authorization = request.value("authorization");
        api.accept = request.value("accept");
        api.contentType = request.value("content-type");
        if (!m_options.remoteIpHeader.isEmpty())
            api.forwardedFor = request.value(m_options.remoteIpHeader.toLower());
        api.body = request.body();
        api.peer = request.remoteAddress();
        api.tls = qobject_cast<QSslSocket *>(socket) != nullptr;
        response = m_dispatcher->dispatch(api);
        if (response.dropAfter) { // --fault drop: done, but the answer breaks off (as the random drop's)
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          "4096\r\n\r\n{\"results\":[");
            socket->flush();
            socket->abort();
            return true;
        }
    }

    auto responder = WorkerHttpServer::responder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[name, value] : std::as_const(response.headers))
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    if (!m_options.slowBody || response.body.isEmpty()) {
        responder.writeBody(response.body);
        return true;
    }
    // The body trickles out in small pieces.
    constexpr qsizetype Chunk = 64;
    for (qsizetype offset = 0; offset < response.body.size(); offset += Chunk) {
        responder.writeBody(response.body.mid(offset, Chunk));
        socket->flush();
        if (socket->state() != QAbstractSocket::ConnectedState)
            break;
        socket->waitForBytesWritten(100);
        QThread::msleep(20);
    }
    return true;
}
