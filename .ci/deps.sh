# SPDX-FileCopyrightText: 2026 API Access Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by run.sh and test.sh: installs the Debian packages a step needs, only when one is missing.

APIACCESS_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    qt6-qpa-plugins fonts-dejavu-core fonts-noto-cjk qt6-translations-l10n libqt6svg6 help2man
)
APIACCESS_TEST_PACKAGES=(
    curl openssl clang-format dbus gnome-keyring libsecret-1-0 sqlite3 poppler-utils
    appstream desktop-file-utils file man-db bash postgresql postgresql-client
)
# The fuzz targets (tests/fuzz): clang with libFuzzer and the sanitizer runtimes.
APIACCESS_FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)

apiaccess_missing_packages() {
    local pkg missing=()
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    echo "${missing[*]}"
}

apiaccess_ensure_packages() {
    local missing
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "This script installs its dependencies on Debian 12. On this system install the equivalents of:" >&2
        echo "  $*" >&2
        exit 1
    fi
    missing=$(apiaccess_missing_packages "$@")
    [ -z "$missing" ] && return 0
    echo "Installing missing Debian packages: $missing"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "These Debian packages are missing and you are not root (and sudo is not available):" >&2
            echo "  $missing" >&2
            echo "Install them with: apt-get install $missing" >&2
            exit 1
        fi
    fi
    # shellcheck disable=SC2086
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing; then
        "${sudo[@]}" apt-get update
        # shellcheck disable=SC2086
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
    fi
}
