#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 API Access Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Install what is missing, build a Release build in build/, then start apiaccess with the given arguments.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/deps.sh
apiaccess_ensure_packages "${APIACCESS_BUILD_PACKAGES[@]}"

if [ ! -f build/CMakeCache.txt ]; then
    cmake --preset release >/dev/null
fi
cmake --build build --target apiaccess apiaccess-emulator >/dev/null || cmake --build build --target apiaccess apiaccess-emulator
exec ./build/app/apiaccess "$@"
