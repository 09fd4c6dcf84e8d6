#!/usr/bin/env bash
# Registry GET throughput of the emulator against nginx serving a static file of the same size,
# both over HTTPS with keep-alive, under the same wrk command. Goal: emulator >= 0.5 x nginx.
#
#   benchmarks/registry_get_vs_nginx.sh [path/to/stampdeck-emulator]
#
# Environment: DEVICES (demo population, default 200000), DURATION (wrk -d, default 10s),
# CONNECTIONS (wrk -c, default 32). Needs wrk, nginx and node (scripts/deps.sh installs them).
# Both servers run one thread on CPU 1 and wrk runs on CPU 0, so neither steals the other's core.
# Quotas are off (--no-quotas): this measures the request path, not the 429 answer.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
emulator=${1:-${STAMPDECK_EMULATOR:-${STAMPDECK_BUILD_DIR:-$root/build}/emulator/stampdeck-emulator}}
devices=${DEVICES:-200000}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
for tool in wrk nginx node; do
  command -v "$tool" >/dev/null 2>&1 || { echo "registry_get_vs_nginx: '$tool' is missing (run scripts/deps.sh)" >&2; exit 1; }
done
[ -x "$emulator" ] || { echo "registry_get_vs_nginx: no emulator at $emulator (build first, or pass its path)" >&2; exit 1; }

work=$(mktemp -d -t stampdeck-bench.XXXXXX)
emulator_pid=""
nginx_pid=""
cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
  [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null && wait "$emulator_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

pin_server=()
pin_client=()
if command -v taskset >/dev/null 2>&1 && [ "$(nproc)" -ge 2 ]; then
  pin_server=(taskset -c 1)
  pin_client=(taskset -c 0)
fi

echo "Starting the emulator (--demo --devices $devices --no-quotas)..."
"${pin_server[@]}" "$emulator" --demo --devices "$devices" --no-quotas --state-dir "$work/state" \
  --endpoints "$work/endpoints.json" >"$work/emulator.log" 2>&1 &
emulator_pid=$!
for _ in $(seq 1 1200); do
  [ -s "$work/endpoints.json" ] && break
  kill -0 "$emulator_pid" 2>/dev/null || { cat "$work/emulator.log" >&2; echo "the emulator exited early" >&2; exit 1; }
  sleep 0.1
done
[ -s "$work/endpoints.json" ] || { echo "the emulator did not write its endpoints file within 120 s" >&2; exit 1; }

# Pick a device on the first production hub, sign a SAS token (iothubowner, one hour) and save
# the exact body of its GET answer as the file nginx will serve.
mkdir -p "$work/www/devices"
read -r hub_port device_id sas < <(node - "$work/endpoints.json" "$work/www/devices" <<'NODE'
const fs = require('fs'), https = require('https'), crypto = require('crypto');
const [endpointsPath, wwwDevices] = process.argv.slice(2);
const endpoints = JSON.parse(fs.readFileSync(endpointsPath, 'utf8'));
const hub = endpoints.hubs.find(h => h.name.includes('prod')) || endpoints.hubs[0];
const parts = Object.fromEntries(hub.connectionString.split(';').filter(Boolean).map(p => {
  const i = p.indexOf('='); return [p.slice(0, i), p.slice(i + 1)];
}));
const se = Math.ceil(Date.now() / 1000) + 3600;
const sig = crypto.createHmac('sha256', Buffer.from(parts.SharedAccessKey, 'base64'))
  .update(`${encodeURIComponent(parts.HostName)}\n${se}`).digest('base64');
const sas = `SharedAccessSignature sr=${encodeURIComponent(parts.HostName)}&sig=${encodeURIComponent(sig)}&se=${se}&skn=${parts.SharedAccessKeyName}`;
const port = Number(parts.HostName.split(':')[1]);
const ca = fs.readFileSync(endpoints.caCertificate);
function call(method, path, body, headers) {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: '127.0.0.1', port, method, path, ca, servername: 'localhost',
      headers: Object.assign({ Authorization: sas, 'Content-Type': 'application/json' }, headers) }, res => {
      const chunks = []; res.on('data', c => chunks.push(c));
      res.on('end', () => res.statusCode < 300 ? resolve(Buffer.concat(chunks))
        : reject(new Error(`${method} ${path}: ${res.statusCode} ${Buffer.concat(chunks)}`)));
    });
    req.on('error', reject); if (body) req.write(body); req.end();
  });
}
(async () => {
  const rows = JSON.parse(await call('POST', '/devices/query?api-version=2021-04-12',
    JSON.stringify({ query: 'SELECT * FROM devices' }), { 'x-ms-max-item-count': '1' }));
  if (!rows.length) throw new Error(`hub ${hub.name} has no device`);
  const id = rows[0].deviceId;
  const body = await call('GET', `/devices/${encodeURIComponent(id)}?api-version=2021-04-12`);
  fs.writeFileSync(`${wwwDevices}/${id}`, body);
  console.log(port, id, sas); // read splits off port and id; the token (with its space) is the rest
})().catch(e => { console.error(e.message); process.exit(1); });
NODE
)
body_bytes=$(stat -c %s "$work/www/devices/$device_id")
echo "Device $device_id on localhost:$hub_port, GET answer $body_bytes bytes"

nginx_port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<EOF
daemon off;
master_process off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  keepalive_requests 100000000;
  keepalive_timeout 75s;
  server {
    listen 127.0.0.1:$nginx_port ssl;
    ssl_certificate $work/state/server.pem;
    ssl_certificate_key $work/state/server.key;
    root $work/www;
    default_type application/json;
  }
}
EOF
"${pin_server[@]}" nginx -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" -p "$work/nginx" 2>"$work/nginx/stderr.log" &
nginx_pid=$!
for _ in $(seq 1 100); do
  curl -s -o /dev/null --cacert "$work/state/ca.pem" "https://localhost:$nginx_port/devices/$device_id" && break
  sleep 0.1
done
nginx_bytes=$(curl -s --cacert "$work/state/ca.pem" "https://localhost:$nginx_port/devices/$device_id" | wc -c)
[ "$nginx_bytes" = "$body_bytes" ] || { cat "$work/nginx/stderr.log" "$work/nginx/error.log" >&2; echo "nginx serves $nginx_bytes bytes, expected $body_bytes" >&2; exit 1; }

path="/devices/$device_id?api-version=2021-04-12"
run_wrk() { # name url -> prints requests/sec; fails on non-2xx answers or socket errors
  local out
  out=$("${pin_client[@]}" wrk -t1 -c"$connections" -d"$duration" -H "Authorization: $sas" "$2")
  echo "$out" >"$work/wrk-$1.txt"
  if grep -q "Non-2xx or 3xx responses" <<<"$out"; then
    echo "$1 answered errors:" >&2; echo "$out" >&2; exit 1
  fi
  awk '/Requests\/sec:/ {print $2}' <<<"$out"
}
echo "wrk -t1 -c$connections -d$duration against the emulator..."
emulator_rate=$(run_wrk emulator "https://127.0.0.1:$hub_port$path")
echo "wrk -t1 -c$connections -d$duration against nginx..."
nginx_rate=$(run_wrk nginx "https://127.0.0.1:$nginx_port$path")

ratio=$(awk -v e="$emulator_rate" -v n="$nginx_rate" 'BEGIN { printf "%.2f", e / n }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.5 ? "meets the goal (>= 0.50)" : "BELOW the goal of 0.50") }')
echo
printf '%-34s %12s\n' "Registry GET, $body_bytes-byte body" "requests/s"
printf '%-34s %12s\n' "stampdeck-emulator (1 thread)" "$emulator_rate"
printf '%-34s %12s\n' "nginx static file (1 worker)" "$nginx_rate"
printf '%-34s %12s  %s\n' "ratio emulator / nginx" "$ratio" "$verdict"
grep -E 'Latency|Socket errors' "$work/wrk-emulator.txt" | sed 's/^/  emulator: /'
grep -E 'Latency|Socket errors' "$work/wrk-nginx.txt" | sed 's/^/  nginx:    /'

# A clean SIGTERM exit is part of the contract.
kill -TERM "$emulator_pid"
status=0; wait "$emulator_pid" || status=$?
emulator_pid=""
[ "$status" -eq 0 ] || { echo "the emulator exited with $status on SIGTERM" >&2; exit 1; }
