#!/bin/sh
# Runs a command with a real, unlocked Secret Service (gnome-keyring) on a private D-Bus session and a
# throw-away HOME, as verified with QtKeychain 0.13 on Debian 12.
set -e
HOME=$(mktemp -d)
XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
export HOME XDG_RUNTIME_DIR
exec dbus-run-session -- sh -c '
    eval "$(printf ci-password | gnome-keyring-daemon --unlock --components=secrets)"
    exec "$@"' sh "$@"
