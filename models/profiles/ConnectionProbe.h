// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionTester.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

// Runs "Test connection" for settings that are not saved yet. Each run gets a fresh network manager,
// so a certificate trusted a moment ago is not refused from a cached connection; a new run or the
// probe's end cancels the one before.
class ConnectionProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionProbe)
public:
    explicit ConnectionProbe(QObject *parent = nullptr);
    ~ConnectionProbe() override;

    void run(const ConnectionSettings &settings);

signals:
    void finished(const ConnectionTestResult &result);

private:
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QNetworkAccessManager> m_network;
    quint64 m_run = 0;
};
