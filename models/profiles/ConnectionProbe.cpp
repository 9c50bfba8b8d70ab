// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionProbe.h"

#include <QNetworkAccessManager>
#include <QPointer>

ConnectionProbe::ConnectionProbe(QObject *parent)
    : QObject(parent)
{ }

ConnectionProbe::~ConnectionProbe()
{
    m_client.reset(); // before its network manager
}

void ConnectionProbe::run(const ConnectionSettings &settings)
{
    const quint64 run = ++m_run;
    m_client.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setConnection(settings);
    testConnection(m_client.get(), this, [this, run](const ConnectionTestResult &result) {
        if (run != m_run)
            return;
        emit finished(result);
    });
}
