// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "TestEnvironment.h"

#include <csignal>

// apiaccess-emulator as a separate process: started, its startup line read, stopped with a signal.
class EmulatorProcess
{
public:
    ~EmulatorProcess() { stop(); }

    bool start(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(APIACCESS_EMULATOR_BINARY));
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        TestEnvironment::endsWithTest(m_process);
        m_process.start();
        if (!m_process.waitForStarted(10'000))
            return false;
        QByteArray line;
        QElapsedTimer timer;
        timer.start();
        while (!line.contains('\n') && timer.elapsed() < 20'000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            line += m_process.readAllStandardOutput();
        }
        m_firstLine = line.left(line.indexOf('\n'));
        m_info = QJsonDocument::fromJson(m_firstLine).object();
        return !m_info.isEmpty();
    }

    // SIGTERM, then the exit code (or -1 when it did not stop by itself).
    int stop(int signal = SIGTERM)
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        ::kill(pid_t(m_process.processId()), signal);
        if (!m_process.waitForFinished(15'000)) {
            m_process.kill();
            m_process.waitForFinished();
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    const QJsonObject &info() const { return m_info; }
    QByteArray firstLine() const { return m_firstLine; }
    QString url() const { return m_info.value(QLatin1StringView("url")).toString(); }
    QString publicKey() const { return m_info.value(QLatin1StringView("publicKey")).toString(); }
    QString privateKey() const { return m_info.value(QLatin1StringView("privateKey")).toString(); }
    QString orgId() const { return m_info.value(QLatin1StringView("orgId")).toString(); }
    QByteArray remainingStdout() { return m_process.readAllStandardOutput(); }
    QByteArray stderrText() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
    QByteArray m_firstLine;
    QJsonObject m_info;
};
