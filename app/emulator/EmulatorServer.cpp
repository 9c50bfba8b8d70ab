// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmulatorServer.h"

#include "ApiDispatcher.h"
#include "ConnectionGuard.h"
#include "HttpWorker.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Each worker binds a QTcpServer that never listens (sockets are handed over), which QtHttpServer
// reports as a warning every time. Silence exactly that category's warnings, keep every other filter.
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void quietHttpServerFilter(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "qt.httpserver") == 0)
        category->setEnabled(QtWarningMsg, false);
}

// A certificate and a key that do not belong together load fine and then fail every handshake: one
// handshake with itself on a loopback port tells, before the server starts.
bool handshakeWorks(const QSslConfiguration &tls, QString *error)
{
    QSslServer server;
    server.setSslConfiguration(tls);
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        *error = server.errorString();
        return false;
    }
    QSslSocket client;
    client.setPeerVerifyMode(QSslSocket::VerifyNone);
    QEventLoop loop;
    QString failure;
    QObject::connect(&client, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QAbstractSocket::errorOccurred, &loop, [&] {
        failure = client.errorString();
        loop.quit();
    });
    QObject::connect(&server, &QSslServer::errorOccurred, &loop,
                     [&](QSslSocket *, QAbstractSocket::SocketError) {
                         failure = u"the server side of the handshake failed"_s;
                         loop.quit();
                     });
    QTimer::singleShot(5000, &loop, [&] {
        failure = u"the handshake did not complete"_s;
        loop.quit();
    });
    client.connectToHostEncrypted(u"127.0.0.1"_s, server.serverPort());
    loop.exec();
    if (client.isEncrypted())
        return true;
    *error
        = u"the TLS certificate and key do not work together (%1): is --tls-key the key of --tls-cert?"_s.arg(
            failure);
    return false;
}

// File descriptors: the soft limit raised to the hard one, and the connection cap kept well below it.
int connectionCap(int wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return wanted;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    if (limit.rlim_cur == RLIM_INFINITY)
        return wanted;
    return int(std::min<rlim_t>(rlim_t(wanted), std::max<rlim_t>(8, limit.rlim_cur / 2)));
}

} // namespace

class EmulatorServer::Listener final : public QTcpServer
{
public:
    explicit Listener(EmulatorServer *server)
        : QTcpServer(server)
        , m_server(server)
    { }

protected:
    void incomingConnection(qintptr socketDescriptor) override
    {
        // Above the cap a connection is answered 503 and closed at once: the process never runs out of
        // file descriptors (accept() failing with EMFILE would spin the event loop).
        if (m_server->m_openConnections.load() >= m_server->m_options.limits.maxConnections) {
            const QByteArray answer
                = ConnectionGuard::refusal(503, "Service Unavailable", "TOO_MANY_CONNECTIONS",
                                           "Too many open connections; try again later.");
            [[maybe_unused]] const auto written
                = ::write(int(socketDescriptor), answer.constData(), size_t(answer.size()));
            ::close(int(socketDescriptor));
            ++m_server->m_connectionsRefused;
            return;
        }
        ++m_server->m_openConnections; // counted down by the connection's guard (or a failed hand-over)
        m_server->distribute(socketDescriptor);
    }

private:
    EmulatorServer *m_server;
};

EmulatorServer::EmulatorServer(const EmulatorOptions &options, Dataset dataset, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    if (const EmulatedKey *owner = dataset.ownerKey())
        m_owner = {owner->key.publicKey, owner->key.privateKey, owner->orgId};
    // Global keys and the global access list are Ops Manager's alone.
    if (options.flavor != EmulatorOptions::Flavor::OpsManager) {
        dataset.globalKeys.clear();
        dataset.globalAccessList.clear();
    } else if (const EmulatedKey *global = dataset.globalOwnerKey()) {
        m_globalOwner = {global->key.publicKey, global->key.privateKey, {}};
    }
    // The first service account with a live secret that this machine may use (an empty list, or one
    // covering 127.0.0.1): its client ID and secret go on the start line.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const EmulatedServiceAccount &a : std::as_const(dataset.serviceAccounts)) {
        const auto live = std::find_if(a.account.secrets.cbegin(), a.account.secrets.cend(),
                                       [&](const ServiceAccountSecret &s) { return !s.expiredAt(now); });
        const bool reachable = a.accessList.isEmpty()
            || std::any_of(a.accessList.cbegin(), a.accessList.cend(), [](const AccessListEntry &e) {
                                   return e.block().contains(QHostAddress::LocalHost);
                               });
        if (options.hasServiceAccounts() && live != a.account.secrets.cend() && reachable) {
            m_account = {a.account.clientId, live->secret, a.orgId};
            break;
        }
    }
    m_dispatcher = std::make_unique<ApiDispatcher>(options, std::move(dataset));
}

EmulatorServer::~EmulatorServer()
{
    stop();
}

void EmulatorServer::setStatePath(const QString &path)
{
    m_statePath = path;
}

bool EmulatorServer::start(QString *error)
{
    std::optional<QSslConfiguration> tls;
    if (!m_options.tlsCertificateFile.isEmpty() || !m_options.tlsKeyFile.isEmpty()) {
        QFile certFile(m_options.tlsCertificateFile);
        QFile keyFile(m_options.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = u"cannot read the TLS certificate or key"_s;
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyData = keyFile.readAll();
        QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            *error = u"the TLS certificate or key is not valid PEM"_s;
            return false;
        }
        tls = QSslConfiguration::defaultConfiguration();
        tls->setLocalCertificateChain(chain);
        tls->setPrivateKey(key);
        tls->setPeerVerifyMode(QSslSocket::VerifyNone);
        if (!handshakeWorks(*tls, error))
            return false;
    }
    m_options.limits.maxConnections = connectionCap(m_options.limits.maxConnections);

    static const bool filterInstalled = [] {
        previousFilter = QLoggingCategory::installFilter(quietHttpServerFilter);
        return true;
    }();
    Q_UNUSED(filterInstalled);

    m_listener = new Listener(this);
    if (!m_listener->listen(QHostAddress::LocalHost, m_options.port)) {
        *error = m_listener->errorString();
        delete m_listener;
        m_listener = nullptr;
        return false;
    }
    // Each worker is made on its own thread: the first one made in a process initialises QtHttpServer and
    // the TLS backend (about 5 ms), which must not fall on the thread that starts the server (the GUI
    // thread, for the demo). A connection handed to a thread is queued behind its worker's making.
    const int threadCount = std::max(1, m_options.threads);
    for (int i = 0; i < threadCount; ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(u"emulator-http-%1"_s.arg(i));
        auto *host = new QObject;
        host->moveToThread(thread);
        connect(thread, &QThread::finished, host, &QObject::deleteLater);
        thread->start();
        QMetaObject::invokeMethod(
            host,
            [host, options = m_options, dispatcher = m_dispatcher.get(), tls, i, open = &m_openConnections] {
                (new HttpWorker(options, dispatcher, tls, i, open))->setParent(host);
            },
            Qt::QueuedConnection);
        m_threads.append(thread);
        m_hosts.append(host);
    }
    if (!m_statePath.isEmpty()) {
        m_saveTimer = new QTimer(this);
        m_saveTimer->setInterval(500);
        connect(m_saveTimer, &QTimer::timeout, this, [this] {
            QString ignored;
            saveState(&ignored);
        });
        m_saveTimer->start();
    }
    return true;
}

void EmulatorServer::stop()
{
    if (m_listener) {
        m_listener->close();
        delete m_listener;
        m_listener = nullptr;
    }
    for (QThread *thread : std::as_const(m_threads)) {
        thread->quit();
        thread->wait();
    }
    qDeleteAll(m_threads);
    m_threads.clear();
    m_hosts.clear();
    if (m_saveTimer) {
        m_saveTimer->stop();
        QString ignored;
        saveState(&ignored);
    }
}

void EmulatorServer::distribute(qintptr socketDescriptor)
{
    QObject *host = m_hosts.at(m_next++ % m_hosts.size());
    QMetaObject::invokeMethod(
        host,
        [host, socketDescriptor] {
            // Made by the call queued before any connection (start()).
            host->findChild<HttpWorker *>(QString(), Qt::FindDirectChildrenOnly)
                ->takeSocket(socketDescriptor);
        },
        Qt::QueuedConnection);
}

bool EmulatorServer::saveState(QString *error)
{
    if (m_statePath.isEmpty())
        return true;
    const std::optional<Dataset> snapshot = m_dispatcher->takeSnapshotIfDirty();
    if (!snapshot)
        return true;
    QSaveFile file(m_statePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // It holds every private key of the dataset: readable by its owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(snapshot->toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

quint16 EmulatorServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QString EmulatorServer::serverUrl() const
{
    const bool tls = !m_options.tlsCertificateFile.isEmpty();
    return (tls ? u"https://127.0.0.1:"_s : u"http://127.0.0.1:"_s) + QString::number(port());
}

QString EmulatorServer::apiUrl() const
{
    return serverUrl() + QString::fromLatin1(m_options.apiPrefix());
}

EmulatorServer::Credentials EmulatorServer::ownerCredentials() const
{
    return m_owner;
}

QJsonObject EmulatorServer::startupInfo() const
{
    QJsonObject info{{"url"_L1, apiUrl()},
                     {"publicKey"_L1, m_owner.publicKey},
                     {"privateKey"_L1, m_owner.privateKey},
                     {"orgId"_L1, m_owner.orgId}};
    if (!m_globalOwner.publicKey.isEmpty()) {
        info.insert("globalPublicKey"_L1, m_globalOwner.publicKey);
        info.insert("globalPrivateKey"_L1, m_globalOwner.privateKey);
    }
    if (!m_account.publicKey.isEmpty()) {
        info.insert("clientId"_L1, m_account.publicKey);
        info.insert("clientSecret"_L1, m_account.privateKey);
    }
    return info;
}
