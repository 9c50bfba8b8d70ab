// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// apiaccess-emulator: the local Public API server of tests, benchmarks and the demo.
#include "EmulatorCommandLine.h"
#include "EmulatorServer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"apiaccess-emulator"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(APIACCESS_VERSION));

    EmulatorCommandLine commandLine = EmulatorCommandLine::parse(QCoreApplication::arguments());
    if (commandLine.exitNow)
        return 0;
    if (!commandLine.error.isEmpty()) {
        fprintf(stderr, "apiaccess-emulator: %s\n", qPrintable(commandLine.error));
        return 2;
    }

    EmulatorServer server(commandLine.options, std::move(commandLine.dataset));
    server.setStatePath(commandLine.statePath);
    QString error;
    if (!server.start(&error)) {
        fprintf(stderr, "apiaccess-emulator: cannot listen: %s\n", qPrintable(error));
        return 1;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        perror("socketpair");
        return 1;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        fprintf(stderr, "apiaccess-emulator: stopping\n");
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    const QByteArray line = QJsonDocument(server.startupInfo()).toJson(QJsonDocument::Compact);
    fprintf(stdout, "%s\n", line.constData());
    fflush(stdout);
    fprintf(stderr, "apiaccess-emulator: serving %s\n", qPrintable(server.apiUrl()));

    const int rc = QCoreApplication::exec();
    server.stop();
    if (!server.saveState(&error)) {
        fprintf(stderr, "apiaccess-emulator: cannot save the state: %s\n", qPrintable(error));
        return 1;
    }
    return rc;
}
