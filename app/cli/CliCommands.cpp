// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "CliShared.h"
#include "SyncCommand.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

// The completion script for a shell; zsh uses the bash one through bashcompinit.
int completion(const QStringList &arguments)
{
    const QString shell = arguments.value(2);
    if (shell == u"--help"_s || shell == u"-h"_s) {
        out(QCoreApplication::translate("cli",
                                        "Usage: apiaccess completion bash|zsh|fish\n"
                                        "Prints the shell's completion script for apiaccess: subcommands, "
                                        "options, profile names and cached organization IDs.\n"
                                        "  bash: source <(apiaccess completion bash)\n"
                                        "  zsh:  source <(apiaccess completion zsh)\n"
                                        "  fish: apiaccess completion fish | source\n"
                                        "cmake --install puts them where the shells look by themselves."));
        return Ok;
    }
    if (arguments.size() != 3 || !QStringList{u"bash"_s, u"zsh"_s, u"fish"_s}.contains(shell)) {
        err(QCoreApplication::translate("cli", "completion: give bash, zsh or fish."));
        return Usage;
    }
    QFile script(shell == u"fish"_s ? u":/completion/apiaccess.fish"_s : u":/completion/apiaccess.bash"_s);
    if (!script.open(QIODevice::ReadOnly)) {
        err(QCoreApplication::translate("cli", "completion: the script is missing from this build."));
        return OutputProblem;
    }
    QByteArray text = script.readAll();
    if (shell == u"zsh"_s)
        text.prepend("#compdef apiaccess\nautoload -U +X bashcompinit && bashcompinit\n");
    const bool ok = fwrite(text.constData(), 1, size_t(text.size()), stdout) == size_t(text.size())
        && fflush(stdout) == 0;
    if (!ok)
        err(QCoreApplication::translate("cli", "Cannot write to standard output."));
    return ok ? Ok : OutputProblem;
}

} // namespace

QStringList commands()
{
    return {u"sync"_s,   u"rotate"_s,      u"check-ip"_s,  u"report"_s, u"diff"_s,
            u"export"_s, u"events"_s,      u"profiles"_s,  u"orgs"_s,   u"snapshots"_s,
            u"store"_s,  u"screenshots"_s, u"completion"_s};
}

bool isCommand(const QString &name)
{
    return name != u"screenshots"_s && commands().contains(name);
}

bool needsGui(const QString &name)
{
    return name == "export"_L1; // PDF rendering uses QtGui's fonts
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == "check-ip"_L1)
        return checkIp(arguments);
    if (command == "report"_L1)
        return report(arguments);
    if (command == "diff"_L1)
        return diff(arguments);
    if (command == "export"_L1)
        return exportCommand(arguments);
    if (command == "sync"_L1)
        return sync(arguments);
    if (command == "rotate"_L1)
        return rotate(arguments);
    if (command == "store"_L1)
        return store(arguments);
    if (command == "profiles"_L1)
        return profiles(arguments);
    if (command == "orgs"_L1)
        return orgs(arguments);
    if (command == "snapshots"_L1)
        return snapshots(arguments);
    if (command == "events"_L1)
        return events(arguments);
    if (command == "completion"_L1)
        return completion(arguments);
    err(QCoreApplication::translate("cli", "Unknown command %1.").arg(command));
    return Usage;
}

} // namespace Cli
