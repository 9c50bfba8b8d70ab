// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The headless commands of apiaccess that work from the cache, with no display and no server:
//   check-ip ADDRESS --org ID [--json]
//   report --org ID [--json] [--stale-days N] [--fail-on SEVERITY]
//   diff --org ID [--from SNAPSHOT] [--to SNAPSHOT] [--json]
//   export --org ID --format csv|json|md|html|pdf --out FILE [--snapshot ID]
// Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage, 3 authentication or whitelist refusal,
// 4 network or TLS, 5 cache problem.
namespace Cli {

enum ExitCode { Ok = 0, Findings = 1, Usage = 2, Refused = 3, Network = 4, CacheProblem = 5 };

bool isCommand(const QString &name);
// A command that needs a QGuiApplication (rendered offscreen).
bool needsGui(const QString &name);
// arguments[0] is the program, arguments[1] the command.
int run(const QStringList &arguments);

} // namespace Cli
