// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Cli {

// apiaccess sync (--profile NAME | --url BASE --public-key KEY) [--org ID | --instance | --all-orgs]
// The private key comes from --private-key-file F or APIACCESS_PRIVATE_KEY, never from an argument.
// Quiet unless something is wrong; progress only on a terminal. Runs the event loop until done.
int sync(const QStringList &arguments);

} // namespace Cli
