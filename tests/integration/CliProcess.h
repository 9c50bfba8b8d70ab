// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStringList>

#include <memory>

// The headless apiaccess (APIACCESS_BINARY) run as a child process with its own XDG folders under home,
// no display, and the event loop kept running meanwhile: the emulator of the test runs in this process.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// The console's binary started in the background with its own data and settings under home (the
// test reads its exit code and output once it finished).
inline std::unique_ptr<QProcess> startCli(const QString &home, const QStringList &args,
                                          const QMap<QString, QString> &extraEnv = {})
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // no display needed at all
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(APIACCESS_BINARY), args);
    return p;
}

inline CliRun runCli(const QString &home, const QStringList &args,
                     const QMap<QString, QString> &extraEnv = {})
{
    const std::unique_ptr<QProcess> p = startCli(home, args, extraEnv);
    QElapsedTimer timer;
    timer.start();
    while (!p->waitForFinished(10) && timer.elapsed() < 30'000)
        QCoreApplication::processEvents();
    return {p->exitCode(), p->readAllStandardOutput(), p->readAllStandardError()};
}
