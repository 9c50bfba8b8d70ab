#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 API Access Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Install what is missing, build a Release build in build/, then start apiaccess with the given arguments.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/deps.sh
apiaccess_ensure_packages "${APIACCESS_BUILD_PACKAGES[@]}"

# Progress goes to stderr: stdout belongs to the command (apiaccess export --out - …).
if [ ! -f build/CMakeCache.txt ]; then
    echo "run.sh: configuring a Release build in build/ …" >&2
    cmake --preset release >/dev/null
    echo "run.sh: building apiaccess — the first build takes several minutes on a small machine …" >&2
fi
if [ -t 2 ]; then
    # On a terminal the build shows its progress (on stderr: stdout belongs to the command).
    cmake --build build --target apiaccess apiaccess-emulator >&2
else
    cmake --build build --target apiaccess apiaccess-emulator >/dev/null || cmake --build build --target apiaccess apiaccess-emulator >&2
fi
if [ $# -eq 0 ]; then
    echo "run.sh: starting ./build/app/apiaccess (put build/app on PATH to type apiaccess: export PATH=\"$PWD/build/app:\$PATH\")" >&2
fi
exec ./build/app/apiaccess "$@"
