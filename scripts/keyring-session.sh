#!/usr/bin/env bash
# Runs a command with a private, unlocked gnome-keyring (a real Secret Service) in the current
# D-Bus session. Meant to run under dbus-run-session; HOME and the XDG folders point at a
# throwaway folder so nothing touches the user's own keyring or settings.
set -euo pipefail
scratch=$(mktemp -d -t stampdeck-keyring.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
# The password only unlocks this throwaway keyring; it is not a secret of anyone's.
eval "$(printf 'stampdeck-test\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
"$@"
status=$?
exit $status
