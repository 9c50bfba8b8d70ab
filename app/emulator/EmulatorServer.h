// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dataset.h"
#include "EmulatorOptions.h"

#include <QJsonObject>
#include <QObject>

#include <atomic>
#include <memory>

class ApiDispatcher;
class HttpWorker;
class QThread;
class QTimer;

// The emulator as a C++ object: listens on 127.0.0.1 (never Any) and serves the API through a few
// QtHttpServer workers, each on its own thread, sharing one ApiDispatcher. Used by apiaccess-emulator,
// by apiaccess --demo and by every test.
class EmulatorServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorServer)
public:
    struct Credentials
    {
        QString publicKey;
        QString privateKey;
        QString orgId;
    };

    EmulatorServer(const EmulatorOptions &options, Dataset dataset, QObject *parent = nullptr);
    ~EmulatorServer() override;

    // Persist changes to this file (atomic writes, at most twice a second and on stop).
    void setStatePath(const QString &path);

    bool start(QString *error);
    void stop();

    quint16 port() const;
    // http://127.0.0.1:PORT/api/public/v1.0 (https with TLS)
    QString apiUrl() const;
    // http://127.0.0.1:PORT, the server as typed in a browser
    QString serverUrl() const;
    Credentials ownerCredentials() const;
    // {"url": ..., "publicKey": ..., "privateKey": ..., "orgId": ...}, with "globalPublicKey" and
    // "globalPrivateKey" (Ops Manager) or "clientId" and "clientSecret" (Cloud Manager) where there are some.
    QJsonObject startupInfo() const;

    ApiDispatcher &dispatcher() { return *m_dispatcher; }
    // Connections open now, and those refused because too many were open.
    int openConnections() const { return m_openConnections.load(); }
    int connectionsRefused() const { return m_connectionsRefused.load(); }
    bool saveState(QString *error);

private:
    class Listener;
    void distribute(qintptr socketDescriptor);

    EmulatorOptions m_options;
    std::unique_ptr<ApiDispatcher> m_dispatcher;
    Credentials m_owner;
    Credentials m_globalOwner; // a Global Owner key (--flavor ops-manager, when the dataset has one)
    Credentials m_account; // a service account usable from this machine (--flavor cloud-manager)
    Listener *m_listener = nullptr;
    QList<QObject *> m_hosts; // one per thread, living there; its child is the thread's HttpWorker
    QList<QThread *> m_threads;
    QTimer *m_saveTimer = nullptr;
    QString m_statePath;
    int m_next = 0;
    std::atomic<int> m_connectionsRefused{0};
    std::atomic<int> m_openConnections{0}; // sockets of all workers (ConnectionGuard counts them)
};
