#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 API Access Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Install what the tests need, build a Debug build with assertions in build-test/, run every test.
# Extra arguments go to ctest (for example: ./test.sh -R ipaddress, or ./test.sh -L bench).
set -euo pipefail
cd "$(dirname "$0")"
source .ci/deps.sh
apiaccess_ensure_packages "${APIACCESS_BUILD_PACKAGES[@]}" "${APIACCESS_TEST_PACKAGES[@]}"

preset=test
[ "${CI:-}" = "true" ] && preset=ci
if [ ! -f build-test/CMakeCache.txt ] || [ "${CI:-}" = "true" ]; then
    cmake --preset "$preset"
fi
cmake --build build-test

export QT_QPA_PLATFORM=offscreen
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export QT_QPA_PLATFORMTHEME=
runtime_dir=$(mktemp -d)
export XDG_RUNTIME_DIR="$runtime_dir"
trap 'rm -rf "$runtime_dir"' EXIT

ctest_args=(--test-dir build-test --output-on-failure -j "$(nproc)")
if [ $# -eq 0 ]; then
    ctest_args+=(-LE bench)
fi
ctest "${ctest_args[@]}" "$@"

# The full run (and CI) also runs the whole suite under AddressSanitizer and UndefinedBehaviorSanitizer
# (errors are fatal), then each fuzz target for a bounded time (tests/fuzz/README.md).
if [ $# -eq 0 ] && [ "${APIACCESS_SKIP_ASAN:-}" != "1" ]; then
    if [ ! -f build-asan/CMakeCache.txt ] || [ "${CI:-}" = "true" ]; then
        cmake --preset asan
    fi
    cmake --build build-asan
    export LSAN_OPTIONS="suppressions=$PWD/tests/support/lsan.supp"
    # Packaging, formatting and translation checks do not run code of ours, and the SIGKILL test exercises
    # SQLite's journal through 40 whole syncs (five times slower under ASan): once is enough.
    ctest --test-dir build-asan --output-on-failure -j "$(nproc)" -LE "bench|fuzz" \
        -E "^(format|translations_current|install_and_package|tst_sync_kill)\$"
fi
if [ $# -eq 0 ] && [ "${APIACCESS_SKIP_FUZZ:-}" != "1" ]; then
    apiaccess_ensure_packages "${APIACCESS_FUZZ_PACKAGES[@]}"
    if [ ! -f build-fuzz/CMakeCache.txt ] || [ "${CI:-}" = "true" ]; then
        cmake --preset fuzz
    fi
    cmake --build --preset fuzz
    ctest --test-dir build-fuzz --output-on-failure -L fuzz
fi
