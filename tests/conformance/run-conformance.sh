#!/usr/bin/env bash
# Runs Microsoft's Azure IoT Node.js SDKs against stampdeck-emulator.
#
#   run-conformance.sh <path-to-stampdeck-emulator> <workdir> [node --test file filter...]
#
# Starts the emulator twice:
#   main  : --time-scale 60 (a one-minute quota window lasts one second), used by every scenario;
#   quota : --time-scale 1 --hubs 1 (real per-minute quotas), used only by test/60-quota.test.js to pass a
#           quota on purpose without disturbing the others.
# Waits for each endpoints file, trusts the emulator's CA through NODE_EXTRA_CA_CERTS (TLS
# verification stays on), runs the node tests, then stops the emulators with SIGTERM and checks
# that they exit 0. Exit status: 0 when every test passed and both emulators exited cleanly.
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ $# -lt 2 ]; then
    echo "usage: $0 <path-to-stampdeck-emulator> <workdir> [test files...]" >&2
    exit 2
fi
emulator="$1"
workdir="$2"
shift 2
if [ ! -x "$emulator" ]; then
    echo "conformance: emulator '$emulator' is not an executable file" >&2
    exit 2
fi
command -v node >/dev/null || { echo "conformance: node is not installed" >&2; exit 2; }
emulator="$(cd "$(dirname "$emulator")" && pwd)/$(basename "$emulator")"

rm -rf "$workdir"
mkdir -p "$workdir"
workdir="$(cd "$workdir" && pwd)"

# A fresh clone has no node_modules: install the locked versions.
if [ ! -d "$here/node_modules/azure-iothub" ]; then
    echo "conformance: installing the SDKs (npm ci)"
    (cd "$here" && npm ci --no-audit --no-fund) || { echo "conformance: npm ci failed" >&2; exit 2; }
fi

# Extra emulator options, e.g. CONFORMANCE_EMULATOR_ARGS="--seed 7".
read -r -a extra_args <<< "${CONFORMANCE_EMULATOR_ARGS:-}"

pids=()
names=()
status=0

start_emulator() { # name time-scale [more emulator options]
    local name="$1" scale="$2" dir="$workdir/$1"
    shift 2
    mkdir -p "$dir/state"
    "$emulator" --endpoints "$dir/endpoints.json" --state-dir "$dir/state" --time-scale "$scale" \
        "$@" "${extra_args[@]}" >"$dir/emulator.log" 2>&1 &
    pids+=("$!")
    names+=("$name")
}

stop_all() {
    local i pid rc
    for i in "${!pids[@]}"; do
        pid="${pids[$i]}"
        [ -n "$pid" ] || continue
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid" 2>/dev/null
            for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            if kill -0 "$pid" 2>/dev/null; then
                echo "conformance: emulator '${names[$i]}' did not exit within 10 s of SIGTERM" >&2
                kill -KILL "$pid" 2>/dev/null
                status=1
            fi
        fi
        wait "$pid"
        rc=$?
        if [ "$rc" -ne 0 ]; then
            echo "conformance: emulator '${names[$i]}' exited with status $rc after SIGTERM (expected 0); log: $workdir/${names[$i]}/emulator.log" >&2
            tail -n 20 "$workdir/${names[$i]}/emulator.log" >&2
            status=1
        else
            echo "conformance: emulator '${names[$i]}' exited 0"
        fi
        pids[$i]=""
    done
}
trap 'stop_all; exit 130' INT TERM

wait_endpoints() { # index
    local i="$1" name="${names[$1]}" file="$workdir/${names[$1]}/endpoints.json"
    for _ in $(seq 1 600); do
        if [ -s "$file" ] && node -e 'JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"))' "$file" 2>/dev/null; then
            return 0
        fi
        if ! kill -0 "${pids[$i]}" 2>/dev/null; then
            echo "conformance: emulator '$name' exited before writing $file" >&2
            cat "$workdir/$name/emulator.log" >&2
            return 1
        fi
        sleep 0.1
    done
    echo "conformance: no endpoints file from emulator '$name' after 60 s" >&2
    cat "$workdir/$name/emulator.log" >&2
    return 1
}

started=$(date +%s)
start_emulator main 60
start_emulator quota 1 --hubs 1
for i in "${!pids[@]}"; do
    if ! wait_endpoints "$i"; then stop_all; exit 1; fi
done
echo "conformance: emulators ready after $(( $(date +%s) - started )) s"

main_endpoints="$workdir/main/endpoints.json"
ca="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).caCertificate)' "$main_endpoints")"
ca_quota="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).caCertificate)' "$workdir/quota/endpoints.json")"
if [ ! -s "$ca" ]; then
    echo "conformance: caCertificate '$ca' from $main_endpoints is missing" >&2
    stop_all; exit 1
fi
# Both instances may have their own CA: trust both (a PEM bundle).
bundle="$workdir/ca-bundle.pem"
cat "$ca" > "$bundle"
if [ -s "$ca_quota" ] && [ "$ca_quota" != "$ca" ]; then cat "$ca_quota" >> "$bundle"; fi

export NODE_EXTRA_CA_CERTS="$bundle"
export STAMPDECK_ENDPOINTS="$main_endpoints"
export STAMPDECK_QUOTA_ENDPOINTS="$workdir/quota/endpoints.json"

if [ $# -gt 0 ]; then
    tests=("$@")
else
    tests=("$here"/test/*.test.js)
fi
# One file at a time, in name order: the quota scenario (60-) must not throttle the others.
(cd "$here" && node --test --test-concurrency=1 --test-reporter=spec "${tests[@]}")
node_rc=$?
[ "$node_rc" -eq 0 ] || status=1

stop_all
trap - INT TERM
echo "conformance: finished in $(( $(date +%s) - started )) s (node tests exit $node_rc)"
exit "$status"
