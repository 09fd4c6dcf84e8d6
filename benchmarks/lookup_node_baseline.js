'use strict';
// The baseline of bench_lookup: the cold device lookup a user would script with Microsoft's Node
// SDKs (azure-iot-provisioning-service, azure-iothub): for each ID, ask every DPS instance for its
// registration state (in parallel), then the assigned hub for the identity and the twin.
//
//   node lookup_node_baseline.js <tests/conformance folder>   (input on stdin, see below)
//
// Input (stdin, JSON; it holds connection strings, so it never goes through a file or argv):
//   {"hubs": [{"hostName", "connectionString"}], "dps": [{"hostName", "connectionString"}], "ids": [..],
//    "warmup": [..]}   (warm-up IDs are looked up first and not timed: connections are opened)
// Output (stdout, one JSON line): {"coldMs": [...], "found": n, "errors": n}
// The emulator's CA comes in through NODE_EXTRA_CA_CERTS; its "localhost:PORT" host names are
// mapped by the conformance harness (the SDKs pass HostName verbatim as the request host).

const path = require('node:path');
const { createRequire } = require('node:module');

const conformance = path.resolve(process.argv[2] || path.join(__dirname, '..', 'tests', 'conformance'));
const requireSdk = createRequire(path.join(conformance, 'package.json'));
require(path.join(conformance, 'lib', 'harness.js')); // host:port mapping of https.request
const { Registry } = requireSdk('azure-iothub');
const { ProvisioningServiceClient } = requireSdk('azure-iot-provisioning-service');

function readStdin() {
  return new Promise((resolve, reject) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => { text += chunk; });
    process.stdin.on('end', () => resolve(text));
    process.stdin.on('error', reject);
  });
}

async function main() {
  const input = JSON.parse(await readStdin());
  const registries = new Map(input.hubs.map((h) => [h.hostName.toLowerCase(), Registry.fromConnectionString(h.connectionString)]));
  const services = input.dps.map((d) => ProvisioningServiceClient.fromConnectionString(d.connectionString));
  const coldMs = [];
  let found = 0;
  let errors = 0;
  const warmup = input.warmup || [];
  for (const [index, id] of warmup.concat(input.ids).entries()) {
    const started = process.hrtime.bigint();
    try {
      const states = await Promise.all(services.map((s) => s.getDeviceRegistrationState(id)
        .then((r) => r.responseBody, (e) => { if ((e.response && e.response.statusCode) === 404 || e.statusCode === 404) return null; throw e; })));
      const state = states.find((s) => s && s.assignedHub);
      if (state) {
        const registry = registries.get(state.assignedHub.toLowerCase());
        const deviceId = state.deviceId || id;
        await registry.get(deviceId);
        await registry.getTwin(deviceId);
        if (index >= warmup.length) found += 1;
      }
    } catch (e) {
      if (index >= warmup.length) errors += 1;
    }
    if (index >= warmup.length) coldMs.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  process.stdout.write(JSON.stringify({ coldMs, found, errors }) + '\n');
}

main().catch((e) => { process.stderr.write(`lookup_node_baseline: ${e && e.message}\n`); process.exit(1); });
