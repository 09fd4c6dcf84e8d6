#!/usr/bin/env bash
# README command 1: installs what is missing, builds, and starts the console on the demo fleet
# (the embedded emulator with its demo stamps). Extra arguments go to the console.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
build=${STAMPDECK_BUILD_DIR:-$root/build}
exec "$build/bin/stampdeck" --demo "$@"
