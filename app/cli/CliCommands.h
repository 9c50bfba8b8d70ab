// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The headless commands of apiaccess that work from the cache, with no display and no server:
//   (every --org ID below also takes --instance: Ops Manager's global keys and global access list)
//   check-ip ADDRESS --org ID [--json]
//   report --org ID [--json] [--stale-days N] [--fail-on SEVERITY]
//   diff --org ID [--from SNAPSHOT] [--to SNAPSHOT] [--json]
//   export --org ID --format csv|json|md|html|pdf --out FILE [--snapshot ID]
//   events --org ID [--since DATE] [--type PREFIX] [--json]
//   profiles [--json] · orgs [--profile NAME] [--json] · snapshots --org ID [--json]
// Exit codes: CliSupport.h.
#include "CliSupport.h"

namespace Cli {

// Every subcommand of apiaccess (screenshots included), for "did you mean".
QStringList commands();
bool isCommand(const QString &name);
// A command that needs a QGuiApplication (rendered offscreen).
bool needsGui(const QString &name);
// arguments[0] is the program, arguments[1] the command.
int run(const QStringList &arguments);

} // namespace Cli
