// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// apiaccess screenshots --out DIR [--lang L] [--theme light|dark] [--scale N]
// Renders every documented view offscreen on the built-in demo data, with a fixed window size, Fusion,
// fixed fonts, a fixed clock and seeded IDs, so that two runs write byte-identical PNG files.
namespace Screenshots {
// Before the QApplication exists: offscreen platform, the scale factor, UTC, and throw-away settings
// and cache directories (a person's own are never touched). Returns 2 on a bad --scale, else 0.
int prepareEnvironment(int argc, char **argv);
// With the QApplication: renders and writes the files; 0 on success.
int run(const QStringList &arguments);
// The file names written, in order ("01-context-picker.png", …).
QStringList viewNames();
} // namespace Screenshots
