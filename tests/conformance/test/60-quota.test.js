'use strict';
// 429 when a quota is passed. Runs against the emulator instance named by
// STAMPDECK_QUOTA_ENDPOINTS (run-conformance.sh starts one with --time-scale 1, i.e. real
// per-minute quotas: hub registry operations 100/min/unit on S1, DPS registrations 1000/min),
// falling back to the main instance.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const { Registry } = require('azure-iothub');
const { ProvisioningServiceClient } = require('azure-iot-provisioning-service');
const { ProvisioningDeviceClient } = require('azure-iot-provisioning-device');
const { Http: ProvisioningHttp } = require('azure-iot-provisioning-device-http');
const { SymmetricKeySecurityClient } = require('azure-iot-security-symmetric-key');
const h = require('../lib/harness');

const ep = process.env.STAMPDECK_QUOTA_ENDPOINTS
  ? JSON.parse(fs.readFileSync(process.env.STAMPDECK_QUOTA_ENDPOINTS, 'utf8'))
  : h.loadEndpoints();
const hub = ep.hubs[0];
const dps = ep.dps[0];
const HUB_FLOOD = Number(process.env.CONFORMANCE_HUB_FLOOD || 400);
const DPS_FLOOD = Number(process.env.CONFORMANCE_DPS_FLOOD || 1300);

// Fires `total` calls with `concurrency` in flight; returns the errors and successes.
async function flood(total, concurrency, fn) {
  const errors = [];
  let ok = 0;
  await h.mapLimit(Array.from({ length: total }, (_, i) => i), concurrency, async (i) => {
    try {
      await fn(i);
      ok++;
    } catch (err) {
      errors.push(err);
    }
  });
  return { ok, errors };
}

function describeErrors(errors) {
  const byKind = {};
  for (const e of errors) {
    const k = `${e.name}/${h.statusOf(e)}`;
    byKind[k] = (byKind[k] || 0) + 1;
  }
  return JSON.stringify(byKind);
}

describe(`429 on the hub registry quota (${hub.name})`, () => {
  const registry = Registry.fromConnectionString(hub.connectionString);
  const deviceId = h.uniqueId('conf-quota');

  before(async () => {
    await h.retryThrottled(() => registry.create({ deviceId }), { attempts: 30 });
  });

  test(`${HUB_FLOOD} registry reads in a burst are throttled with ThrottlingError (429)`, async () => {
    const { ok, errors } = await flood(HUB_FLOOD, 32, () => registry.get(deviceId));
    const throttled = errors.filter((e) => h.statusOf(e) === 429);
    assert.ok(throttled.length > 0, `no 429 after ${HUB_FLOOD} registry reads (ok ${ok}, errors ${describeErrors(errors)})`);
    assert.equal(throttled.length, errors.length, `unexpected errors: ${describeErrors(errors)}`);
    assert.ok(ok > 0, 'nothing was admitted');
    const e = throttled[0];
    assert.equal(e.name, 'ThrottlingError');
    const body = JSON.parse(e.responseBody);
    assert.match(body.Message, /^ErrorCode:ThrottlingException;./, `hub 429 body: ${e.responseBody}`);

    // Recovery: a caller that waits (Retry-After when given) gets through again.
    const ra = Number(e.response.headers['retry-after']);
    await h.sleep(Number.isFinite(ra) && ra > 0 ? ra * 1000 : 1000);
    const d = (await h.retryThrottled(() => registry.get(deviceId), { attempts: 30 })).responseBody;
    assert.equal(d.deviceId, deviceId);
  });

  after(async () => {
    try { await h.retryThrottled(() => registry.delete(deviceId), { attempts: 30 }); } catch (_) { /* best effort */ }
  });
});

describe(`429 on the DPS device registration quota (${dps.name})`, () => {
  const service = ProvisioningServiceClient.fromConnectionString(dps.connectionString);
  const groupId = h.uniqueId('conf-quotagrp');
  const groupKey = crypto.randomBytes(64).toString('base64');

  before(async () => {
    await h.retryThrottled(() => service.createOrUpdateEnrollmentGroup({
      enrollmentGroupId: groupId,
      attestation: { type: 'symmetricKey', symmetricKey: { primaryKey: groupKey, secondaryKey: crypto.randomBytes(64).toString('base64') } },
    }), { attempts: 30 });
  });

  after(async () => {
    try { await h.retryThrottled(() => service.deleteEnrollmentGroup(groupId), { attempts: 30 }); } catch (_) { /* best effort */ }
  });

  test(`${DPS_FLOOD} register requests in a burst are throttled; the device client fails with ThrottlingError (429) and Retry-After`, async () => {
    // The flood uses the SDK's transport for the PUT .../register request only (no polling), so it
    // is cheap; every device signs with its own derived key, as real devices do.
    const ids = Array.from({ length: 20 }, (_, i) => `${groupId}-d${i}`);
    const { ok, errors } = await flood(DPS_FLOOD, 48, (i) => new Promise((resolve, reject) => {
      const registrationId = ids[i % ids.length];
      const security = new SymmetricKeySecurityClient(registrationId, h.derivedKey(groupKey, registrationId));
      security.createSharedAccessSignature(dps.idScope, (err, sas) => {
        if (err) return reject(err);
        const transport = new ProvisioningHttp();
        transport.setSharedAccessSignature(sas.toString());
        transport.registrationRequest({ registrationId, idScope: dps.idScope, provisioningHost: ep.deviceEndpoint },
          (e, result) => (e ? reject(e) : resolve(result)));
      });
    }));
    const throttled = errors.filter((e) => h.statusOf(e) === 429);
    assert.ok(throttled.length > 0, `no 429 after ${DPS_FLOOD} registrations (ok ${ok}, errors ${describeErrors(errors)})`);
    assert.equal(throttled.length, errors.length, `unexpected errors: ${describeErrors(errors)}`);
    for (const e of throttled.slice(0, 5)) {
      assert.equal(e.name, 'ThrottlingError');
      const ra = e.response.headers['retry-after'];
      assert.ok(ra !== undefined && /^\d+$/.test(String(ra)), `DPS 429 without an integer Retry-After (seconds): ${JSON.stringify(e.response.headers)}`);
    }

    // While still throttled, the full device client fails its register() with ThrottlingError.
    const registrationId = ids[0];
    const client = ProvisioningDeviceClient.create(ep.deviceEndpoint, dps.idScope, new ProvisioningHttp(),
      new SymmetricKeySecurityClient(registrationId, h.derivedKey(groupKey, registrationId)));
    let outcome;
    try { outcome = await client.register(); } catch (err) { outcome = err; }
    if (outcome instanceof Error) {
      assert.equal(h.statusOf(outcome), 429, `register() while throttled: ${outcome.name} ${outcome.message}`);
      assert.equal(outcome.name, 'ThrottlingError');
    } else {
      // The bucket refilled in between: then the device must simply be assigned.
      assert.equal(String(outcome.status).toLowerCase(), 'assigned', JSON.stringify(outcome));
    }
  });
});
