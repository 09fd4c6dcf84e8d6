#!/usr/bin/env bash
# README command 2: installs what is missing, builds with warnings as errors, installs the locked
# Node SDKs for the conformance suite, and runs every test (ctest) inside a private D-Bus session
# with a throwaway, unlocked gnome-keyring and the offscreen Qt platform. Extra arguments go to ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh" -DSTAMPDECK_WERROR=ON
build=${STAMPDECK_BUILD_DIR:-$root/build}
(cd "$root/tests/conformance" && npm ci --no-audit --no-fund --loglevel=error)
export QT_QPA_PLATFORM=offscreen
exec dbus-run-session -- "$root/scripts/keyring-session.sh" \
  ctest --test-dir "$build" --output-on-failure -j "$(nproc)" "$@"
