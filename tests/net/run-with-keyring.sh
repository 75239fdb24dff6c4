#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring (Secret Service)
# whose files live in a temporary home, so tests never see or touch the user's keyring.
set -eu
if [ "${ESTRAN_IN_KEYRING_SESSION:-}" = "1" ]; then
    printf 'estran-test' | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
    exec "$@"
fi
home=$(mktemp -d)
mkdir -m 700 "$home/run"
trap 'rm -rf "$home"' EXIT
HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run" \
ESTRAN_IN_KEYRING_SESSION=1 dbus-run-session -- "$0" "$@"
