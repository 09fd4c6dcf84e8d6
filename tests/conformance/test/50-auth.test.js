'use strict';
// Authorization: a wrong key, an expired token and a token for another resource get 401
// (UnauthorizedError) from the hub and the DPS service API.
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { Registry } = require('azure-iothub');
const { ProvisioningServiceClient } = require('azure-iot-provisioning-service');
const h = require('../lib/harness');

const ep = h.loadEndpoints();
const hub = ep.hubs[0];
const dps = ep.dps[0];

function sasToken(resource, keyName, key, expirySeconds) {
  const sig = crypto.createHmac('sha256', Buffer.from(key, 'base64')).update(`${resource}\n${expirySeconds}`).digest('base64');
  return `SharedAccessSignature sr=${resource}&sig=${encodeURIComponent(sig)}&skn=${keyName}&se=${expirySeconds}`;
}

describe('401 on a wrong key', () => {
  test('hub registry with a wrong key', async () => {
    const registry = Registry.fromConnectionString(h.withWrongKey(hub.connectionString));
    await h.expectSdkError(registry.get(h.uniqueId('conf-any')), { name: 'UnauthorizedError', status: 401 }, 'hub get with a wrong key');
    await h.expectSdkError(registry.create({ deviceId: h.uniqueId('conf-any') }), { name: 'UnauthorizedError', status: 401 }, 'hub create with a wrong key');
  });

  test('DPS service with a wrong key', async () => {
    const client = ProvisioningServiceClient.fromConnectionString(h.withWrongKey(dps.connectionString));
    await h.expectSdkError(client.getIndividualEnrollment(h.uniqueId('conf-any')), { name: 'UnauthorizedError', status: 401 }, 'DPS get with a wrong key');
    await h.expectSdkError(client.createOrUpdateIndividualEnrollment({ registrationId: h.uniqueId('conf-any'), attestation: { type: 'symmetricKey' } }),
      { name: 'UnauthorizedError', status: 401 }, 'DPS create with a wrong key');
  });

  test('hub with an unknown policy name', async () => {
    const cs = h.parseConnectionString(hub.connectionString);
    const registry = Registry.fromConnectionString(`HostName=${cs.HostName};SharedAccessKeyName=nosuchpolicy;SharedAccessKey=${cs.SharedAccessKey}`);
    await h.expectSdkError(registry.get('anything'), { name: 'UnauthorizedError', status: 401 }, 'hub with unknown skn');
  });
});

describe('401 on an expired or misdirected token', () => {
  test('hub: expired token (Registry.fromSharedAccessSignature)', async () => {
    const cs = h.parseConnectionString(hub.connectionString);
    const expired = sasToken(cs.HostName, cs.SharedAccessKeyName, cs.SharedAccessKey, Math.floor(Date.now() / 1000) - 600);
    const registry = Registry.fromSharedAccessSignature(expired);
    await h.expectSdkError(registry.get('anything'), { name: 'UnauthorizedError', status: 401 }, 'hub with an expired token');
    // Same key, valid expiry: accepted (proves the check above failed on expiry alone).
    const valid = sasToken(cs.HostName, cs.SharedAccessKeyName, cs.SharedAccessKey, Math.floor(Date.now() / 1000) + 600);
    const ok = Registry.fromSharedAccessSignature(valid);
    const stats = (await h.retryThrottled(() => ok.getRegistryStatistics())).responseBody;
    assert.equal(typeof stats.totalDeviceCount, 'number');
  });

  test('hub: a token signed for another hub is refused', async () => {
    if (ep.hubs.length < 2) return;
    const mine = h.parseConnectionString(hub.connectionString);
    const other = ep.hubs[1];
    // A token whose sr names hub 1, signed with hub 0's key, sent to hub 1.
    const token = sasToken(other.hostName, mine.SharedAccessKeyName, mine.SharedAccessKey, Math.floor(Date.now() / 1000) + 600);
    const registry = Registry.fromSharedAccessSignature(token);
    await h.expectSdkError(registry.getRegistryStatistics(), { name: 'UnauthorizedError', status: 401 }, 'token with the wrong key for its hub');
  });

  test('DPS: a service token presented to the device API is refused', async () => {
    const cs = h.parseConnectionString(dps.connectionString);
    const { ProvisioningDeviceClient } = require('azure-iot-provisioning-device');
    const { Http } = require('azure-iot-provisioning-device-http');
    // Security client that hands out the DPS service policy's token instead of a device token.
    const bogus = {
      getRegistrationId: (cb) => cb(null, 'conf-svc-token'),
      createSharedAccessSignature: (_scope, cb) => cb(null, sasToken(cs.HostName, cs.SharedAccessKeyName, cs.SharedAccessKey, Math.floor(Date.now() / 1000) + 600)),
    };
    const client = ProvisioningDeviceClient.create(ep.deviceEndpoint, dps.idScope, new Http(), bogus);
    await h.expectSdkError(client.register(), { name: 'UnauthorizedError', status: 401 }, 'device API with a service token');
  });
});
