'use strict';
// A device registers through a symmetric-key enrollment group with a derived key
// (azure-iot-provisioning-device + -http + azure-iot-security-symmetric-key), lands on a hub and
// the hub's registry finds it; then the DPS service sees and deletes its registration state.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { ProvisioningDeviceClient } = require('azure-iot-provisioning-device');
const { Http: ProvisioningHttp } = require('azure-iot-provisioning-device-http');
const { SymmetricKeySecurityClient } = require('azure-iot-security-symmetric-key');
const { ProvisioningServiceClient } = require('azure-iot-provisioning-service');
const { Registry } = require('azure-iothub');
const h = require('../lib/harness');

const ep = h.loadEndpoints();
const dps = ep.dps[0];
const service = ProvisioningServiceClient.fromConnectionString(dps.connectionString);
const call = (fn) => h.retryThrottled(fn, { attempts: 20 });
const groupId = h.uniqueId('conf-devgrp');
const groupKey = crypto.randomBytes(64).toString('base64');
const hubByHost = new Map(ep.hubs.map((x) => [x.hostName.toLowerCase(), x]));
const devicesOnHubs = [];

function register(registrationId, deviceKey, payload) {
  const security = new SymmetricKeySecurityClient(registrationId, deviceKey);
  const client = ProvisioningDeviceClient.create(ep.deviceEndpoint, dps.idScope, new ProvisioningHttp(), security);
  if (payload) client.setProvisioningPayload(payload);
  return client.register();
}

before(async () => {
  await call(() => service.createOrUpdateEnrollmentGroup({
    enrollmentGroupId: groupId,
    attestation: { type: 'symmetricKey', symmetricKey: { primaryKey: groupKey, secondaryKey: crypto.randomBytes(64).toString('base64') } },
    provisioningStatus: 'enabled',
    initialTwin: { tags: { enrolledBy: 'conformance' }, properties: { desired: { firmware: '1.2.3' } } },
  }));
});

after(async () => {
  for (const { hub, deviceId } of devicesOnHubs) {
    try { await call(() => Registry.fromConnectionString(hub.connectionString).delete(deviceId)); } catch (_) { /* gone */ }
  }
  try { await call(() => service.deleteEnrollmentGroup(groupId)); } catch (_) { /* gone */ }
});

describe(`DPS device registration with a group-derived key (${dps.name}, scope ${dps.idScope})`, () => {
  const registrationId = h.uniqueId('conf-dev');
  let state;

  test('register, land on a hub, registry.get finds the device', async () => {
    const started = Date.now();
    state = await register(registrationId, h.derivedKey(groupKey, registrationId));
    const took = Date.now() - started;
    assert.equal(String(state.status).toLowerCase(), 'assigned', JSON.stringify(state));
    assert.equal(state.registrationId, registrationId);
    assert.ok(state.assignedHub, `no assignedHub: ${JSON.stringify(state)}`);
    assert.equal(state.deviceId, registrationId, 'group registrations take the registration id as device id');
    assert.ok(state.etag, 'registration state without etag');
    assert.ok(state.createdDateTimeUtc && !Number.isNaN(Date.parse(state.createdDateTimeUtc)));
    assert.ok(took < 30000, `registration took ${took} ms`);

    const hub = hubByHost.get(String(state.assignedHub).toLowerCase());
    assert.ok(hub, `assignedHub ${state.assignedHub} is none of the endpoints file's hubs (${[...hubByHost.keys()].join(', ')})`);
    devicesOnHubs.push({ hub, deviceId: state.deviceId });
    const registry = Registry.fromConnectionString(hub.connectionString);
    const d = (await call(() => registry.get(state.deviceId))).responseBody;
    assert.equal(d.deviceId, state.deviceId);
    assert.equal(d.status, 'enabled');
    assert.equal(d.authentication.type, 'sas');
    assert.equal(d.authentication.symmetricKey.primaryKey, h.derivedKey(groupKey, registrationId), 'the hub identity should carry the device key');
    const twin = (await call(() => registry.getTwin(state.deviceId))).responseBody;
    assert.equal(twin.tags.enrolledBy, 'conformance', 'initial twin tags not applied');
    assert.equal(twin.properties.desired.firmware, '1.2.3', 'initial twin desired not applied');
  });

  test('registering again keeps the same hub and device', async () => {
    const again = await register(registrationId, h.derivedKey(groupKey, registrationId));
    assert.equal(String(again.status).toLowerCase(), 'assigned');
    assert.equal(again.assignedHub, state.assignedHub);
    assert.equal(again.deviceId, state.deviceId);
  });

  test('registration state: get, per-group query, delete', async () => {
    const s = (await call(() => service.getDeviceRegistrationState(registrationId))).responseBody;
    assert.equal(s.registrationId, registrationId);
    assert.equal(s.status, 'assigned');
    assert.equal(s.assignedHub, state.assignedHub);
    assert.equal(s.deviceId, state.deviceId);
    assert.ok(s.etag);
    assert.ok(s.lastUpdatedDateTimeUtc && !Number.isNaN(Date.parse(s.lastUpdatedDateTimeUtc)));

    // A second device in the same group, so the per-group query has more than one row.
    const second = h.uniqueId('conf-dev2');
    const s2 = await register(second, h.derivedKey(groupKey, second));
    const hub2 = hubByHost.get(String(s2.assignedHub).toLowerCase());
    if (hub2) devicesOnHubs.push({ hub: hub2, deviceId: s2.deviceId });

    const q = service.createEnrollmentGroupDeviceRegistrationStateQuery({ query: '*' }, groupId, 1);
    const rows = [];
    let guard = 0;
    while (q.hasMoreResults) {
      assert.ok(++guard < 100, 'registration query never ends');
      const page = (await call(() => q.next(q.continuationToken))).responseBody; // see SDK_REQUESTS.md 3
      assert.ok(Array.isArray(page), JSON.stringify(page));
      assert.ok(page.length <= 1, `page size 1 gave ${page.length} rows`);
      rows.push(...page);
    }
    const ids = rows.map((r) => r.registrationId).sort();
    assert.deepEqual(ids, [registrationId, second].sort(), `per-group registrations: ${JSON.stringify(rows)}`);
    assert.ok(rows.every((r) => r.status === 'assigned' && r.assignedHub));

    await h.expectSdkError(call(() => service.deleteDeviceRegistrationState(registrationId, 'AAAAAAAAAAE=')), { name: 'InvalidEtagError', status: 412 }, 'registration DELETE with stale etag');
    await call(() => service.deleteDeviceRegistrationState(s));
    await h.expectSdkError(call(() => service.getDeviceRegistrationState(registrationId)), { status: 404 }, 'get deleted registration state');
    await call(() => service.deleteDeviceRegistrationState(second));
  });

  test('a wrong device key is refused with 401', async () => {
    const id = h.uniqueId('conf-devbad');
    const err = await h.expectSdkError(register(id, crypto.randomBytes(32).toString('base64')), { name: 'UnauthorizedError', status: 401 }, 'register with a wrong key');
    assert.ok(err);
    await h.expectSdkError(call(() => service.getDeviceRegistrationState(id)), { status: 404 }, 'a refused device must leave no registration state');
  });

  test('a device of a disabled group is refused', async () => {
    const g = (await call(() => service.getEnrollmentGroup(groupId))).responseBody;
    await call(() => service.createOrUpdateEnrollmentGroup(Object.assign({}, g, { provisioningStatus: 'disabled' })));
    try {
      const id = h.uniqueId('conf-devoff');
      let outcome;
      try {
        outcome = await register(id, h.derivedKey(groupKey, id));
      } catch (err) {
        outcome = err;
      }
      // Real DPS answers a disabled enrollment with status "disabled" (SDK: SyntaxError "status is
      // disabled") or an HTTP error; it must never be "assigned".
      if (!(outcome instanceof Error)) assert.fail(`device of a disabled group was assigned: ${JSON.stringify(outcome)}`);
      // SDK: status "disabled" in the operation result -> SyntaxError('status is disabled').
      const status = h.statusOf(outcome);
      assert.ok(/status is disabled/.test(outcome.message) || (status >= 400 && status < 500),
        `unexpected failure for a disabled group: ${outcome.name}: ${outcome.message} (HTTP ${status})`);
    } finally {
      const g2 = (await call(() => service.getEnrollmentGroup(groupId))).responseBody;
      await call(() => service.createOrUpdateEnrollmentGroup(Object.assign({}, g2, { provisioningStatus: 'enabled' })));
    }
  });
});
