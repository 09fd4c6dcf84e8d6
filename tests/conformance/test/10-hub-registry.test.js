'use strict';
// IoT hub registry through azure-iothub 1.16.6 (Registry): device CRUD, DeviceNotFound, etag
// checks, twin get/update, statistics.
const { test, describe, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { Registry } = require('azure-iothub');
const h = require('../lib/harness');

const ep = h.loadEndpoints();
const hub = ep.hubs[0];
const registry = Registry.fromConnectionString(hub.connectionString);
const call = (fn) => h.retryThrottled(fn);
const created = [];

after(async () => {
  for (const id of created) {
    try { await call(() => registry.delete(id)); } catch (_) { /* already gone */ }
  }
});

describe(`hub device identity CRUD (${hub.name})`, () => {
  const deviceId = h.uniqueId('conf-crud');
  let first;

  test('create with generated keys', async () => {
    const res = await call(() => registry.create({ deviceId }));
    created.push(deviceId);
    const d = res.responseBody;
    assert.ok(res.httpResponse.statusCode >= 200 && res.httpResponse.statusCode < 300, `status ${res.httpResponse.statusCode}`);
    assert.match(String(res.httpResponse.headers['content-type']), /application\/json/);
    assert.equal(d.deviceId, deviceId);
    assert.ok(d.etag && typeof d.etag === 'string', `etag missing: ${JSON.stringify(d)}`);
    assert.ok(d.generationId && typeof d.generationId === 'string', 'generationId missing');
    assert.equal(d.status, 'enabled');
    assert.equal(String(d.connectionState).toLowerCase(), 'disconnected');
    assert.equal(d.authentication.type, 'sas');
    assert.ok(h.isBase64Key(d.authentication.symmetricKey.primaryKey), `primary key not generated: ${JSON.stringify(d.authentication)}`);
    assert.ok(h.isBase64Key(d.authentication.symmetricKey.secondaryKey), 'secondary key not generated');
    assert.notEqual(d.authentication.symmetricKey.primaryKey, d.authentication.symmetricKey.secondaryKey);
    first = d;
  });

  test('create again gives DeviceAlreadyExists (409)', async () => {
    await h.expectSdkError(call(() => registry.create({ deviceId })), { name: 'DeviceAlreadyExistsError', status: 409 }, 'second create');
  });

  test('get returns the same identity', async () => {
    const res = await call(() => registry.get(deviceId));
    const d = res.responseBody;
    assert.equal(res.httpResponse.statusCode, 200);
    assert.equal(d.deviceId, deviceId);
    assert.equal(d.etag, first.etag);
    assert.equal(d.generationId, first.generationId);
    assert.equal(d.authentication.symmetricKey.primaryKey, first.authentication.symmetricKey.primaryKey);
  });

  test('update (SDK sends If-Match: "*") changes status and etag', async () => {
    const update = { deviceId, etag: first.etag, status: 'disabled', statusReason: 'conformance', authentication: first.authentication };
    const res = await call(() => registry.update(update));
    const d = res.responseBody;
    assert.equal(d.deviceId, deviceId);
    assert.equal(d.status, 'disabled');
    assert.notEqual(d.etag, first.etag, 'etag must change on update');
    assert.equal(d.generationId, first.generationId, 'generationId must not change on update');
    assert.equal(d.authentication.symmetricKey.primaryKey, first.authentication.symmetricKey.primaryKey, 'keys must be kept');
    const got = (await call(() => registry.get(deviceId))).responseBody;
    assert.equal(got.status, 'disabled');
    assert.equal(got.etag, d.etag);
  });

  test('update with a stale etag is refused (412), with the current etag accepted', async () => {
    // registry.update() always sends If-Match: "*"; an etag-conditional PUT goes through the SDK's
    // own transport (RestApiClient, same auth and headers), as the REST API and the C# SDK do it.
    const current = (await call(() => registry.get(deviceId))).responseBody;
    const put = (etag, body) => new Promise((resolve, reject) => {
      registry._restApiClient.executeApiCall('PUT', `/devices/${encodeURIComponent(deviceId)}?api-version=2021-04-12`,
        { 'Content-Type': 'application/json; charset=utf-8', 'If-Match': `"${etag}"` }, body,
        (err, result, response) => (err ? reject(err) : resolve({ result, response })));
    });
    const body = { deviceId, status: 'enabled', authentication: current.authentication };
    await h.expectSdkError(call(() => put(first.etag, body)), { name: 'InvalidEtagError', status: 412 }, 'PUT with stale If-Match');
    const ok = await call(() => put(current.etag, body));
    assert.equal(ok.response.statusCode, 200);
    assert.equal(ok.result.status, 'enabled');
    assert.notEqual(ok.result.etag, current.etag);
  });

  test('delete, then get gives DeviceNotFound', async () => {
    const res = await call(() => registry.delete(deviceId));
    assert.ok(res.httpResponse.statusCode >= 200 && res.httpResponse.statusCode < 300, `delete status ${res.httpResponse.statusCode}`);
    await h.expectSdkError(call(() => registry.get(deviceId)), { name: 'DeviceNotFoundError', status: 404 }, 'get after delete');
  });

  test('create with caller-supplied keys keeps them', async () => {
    const id = h.uniqueId('conf-keys');
    const primaryKey = Buffer.alloc(32, 7).toString('base64');
    const secondaryKey = Buffer.alloc(32, 9).toString('base64');
    const d = (await call(() => registry.create({ deviceId: id, authentication: { symmetricKey: { primaryKey, secondaryKey } } }))).responseBody;
    created.push(id);
    assert.equal(d.authentication.type, 'sas');
    assert.equal(d.authentication.symmetricKey.primaryKey, primaryKey);
    assert.equal(d.authentication.symmetricKey.secondaryKey, secondaryKey);
  });
});

describe('DeviceNotFound error class on a missing device', () => {
  const missing = h.uniqueId('conf-missing');

  test('registry.get', async () => {
    const err = await h.expectSdkError(call(() => registry.get(missing)), { name: 'DeviceNotFoundError', status: 404 }, 'get missing');
    // parseErrorBody: Message = "ErrorCode:DeviceNotFound;<text>"
    const body = JSON.parse(err.responseBody);
    assert.match(body.Message, /^ErrorCode:DeviceNotFound;./);
  });

  test('registry.getTwin', async () => {
    await h.expectSdkError(call(() => registry.getTwin(missing)), { name: 'DeviceNotFoundError', status: 404 }, 'getTwin missing');
  });

  test('registry.delete', async () => {
    await h.expectSdkError(call(() => registry.delete(missing)), { name: 'DeviceNotFoundError', status: 404 }, 'delete missing');
  });
});

describe('twin get and update (tags + desired)', () => {
  const deviceId = h.uniqueId('conf-twin');

  before(async () => {
    await call(() => registry.create({ deviceId }));
    created.push(deviceId);
  });

  test('get, patch tags and desired, stale etag refused', async () => {
    const twin = (await call(() => registry.getTwin(deviceId))).responseBody;
    assert.equal(twin.deviceId, deviceId);
    assert.ok(twin.etag, 'twin etag missing');
    assert.ok(twin.properties && twin.properties.desired, 'properties.desired missing');
    assert.equal(typeof twin.properties.desired.$version, 'number', 'desired.$version missing');
    const firstEtag = twin.etag;
    const firstVersion = twin.properties.desired.$version;

    const patch = { tags: { stamp: 'weu-test-1', owner: { team: 'conformance' } }, properties: { desired: { telemetryInterval: 30, mode: 'eco' } } };
    const updated = (await call(() => twin.update(patch))).result; // Twin.update resolves {result, message}
    assert.equal(updated.tags.stamp, 'weu-test-1');
    assert.deepEqual(updated.tags.owner, { team: 'conformance' });
    assert.equal(updated.properties.desired.telemetryInterval, 30);
    assert.equal(updated.properties.desired.mode, 'eco');
    assert.notEqual(updated.etag, firstEtag, 'twin etag must change');
    assert.ok(updated.properties.desired.$version > firstVersion, 'desired.$version must grow');

    const again = (await call(() => registry.getTwin(deviceId))).responseBody;
    assert.equal(again.tags.stamp, 'weu-test-1');
    assert.equal(again.properties.desired.mode, 'eco');
    assert.equal(again.etag, updated.etag);

    // Merge-patch semantics: null removes, other keys stay.
    const merged = (await call(() => registry.updateTwin(deviceId, { tags: { owner: null }, properties: { desired: { mode: null, extra: true } } }, again.etag))).responseBody;
    assert.equal(merged.tags.stamp, 'weu-test-1');
    assert.equal(merged.tags.owner, undefined, 'tag set to null must be removed');
    assert.equal(merged.properties.desired.mode, undefined, 'desired property set to null must be removed');
    assert.equal(merged.properties.desired.telemetryInterval, 30);
    assert.equal(merged.properties.desired.extra, true);

    await h.expectSdkError(call(() => registry.updateTwin(deviceId, { tags: { stale: 1 } }, firstEtag)), { name: 'InvalidEtagError', status: 412 }, 'twin PATCH with stale etag');
    const wildcard = (await call(() => registry.updateTwin(deviceId, { tags: { any: 1 } }, '*'))).responseBody;
    assert.equal(wildcard.tags.any, 1, 'If-Match "*" must be accepted');
  });
});

describe('statistics', () => {
  test('device statistics count a new enabled and a new disabled device', async () => {
    const before = (await call(() => registry.getRegistryStatistics())).responseBody;
    for (const k of ['totalDeviceCount', 'enabledDeviceCount', 'disabledDeviceCount']) {
      assert.equal(typeof before[k], 'number', `${k} missing: ${JSON.stringify(before)}`);
    }
    assert.equal(before.totalDeviceCount, before.enabledDeviceCount + before.disabledDeviceCount);
    const a = h.uniqueId('conf-stat-on');
    const b = h.uniqueId('conf-stat-off');
    await call(() => registry.create({ deviceId: a }));
    created.push(a);
    await call(() => registry.create({ deviceId: b, status: 'disabled' }));
    created.push(b);
    // Statistics may trail the registry a little: give them up to 5 s.
    let afterStats;
    for (let i = 0; i < 25; i++) {
      afterStats = (await call(() => registry.getRegistryStatistics())).responseBody;
      if (afterStats.totalDeviceCount === before.totalDeviceCount + 2 && afterStats.disabledDeviceCount === before.disabledDeviceCount + 1) break;
      await h.sleep(200);
    }
    assert.equal(afterStats.totalDeviceCount, before.totalDeviceCount + 2);
    assert.equal(afterStats.enabledDeviceCount, before.enabledDeviceCount + 1);
    assert.equal(afterStats.disabledDeviceCount, before.disabledDeviceCount + 1);
  });

  test('service statistics', async () => {
    // No SDK method exists for GET /statistics/service in azure-iothub 1.16.6: use its transport.
    const res = await call(() => new Promise((resolve, reject) => {
      registry._restApiClient.executeApiCall('GET', '/statistics/service?api-version=2021-04-12', {}, null,
        (err, result, response) => (err ? reject(err) : resolve({ result, response })));
    }));
    assert.equal(res.response.statusCode, 200);
    assert.equal(typeof res.result.connectedDeviceCount, 'number', `connectedDeviceCount missing: ${JSON.stringify(res.result)}`);
    assert.ok(res.result.connectedDeviceCount >= 0);
  });
});
