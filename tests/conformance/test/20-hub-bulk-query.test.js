'use strict';
// IoT hub bulk registry operations (Registry.addDevices/updateDevices/removeDevices, POST /devices)
// and the twin query with paging (POST /devices/query, x-ms-max-item-count, x-ms-continuation).
const { test, describe, after } = require('node:test');
const assert = require('node:assert/strict');
const { Registry } = require('azure-iothub');
const h = require('../lib/harness');

const ep = h.loadEndpoints();
// The query scenario counts whole pages: use the last hub so the CRUD tests (first hub) do not
// share it when there are several.
const hub = ep.hubs[ep.hubs.length - 1];
const registry = Registry.fromConnectionString(hub.connectionString);
const call = (fn) => h.retryThrottled(fn, { attempts: 20 });
const toRemove = new Set();

after(async () => {
  const ids = [...toRemove];
  for (const part of h.chunk(ids, 100)) {
    try { await call(() => registry.removeDevices(part.map((deviceId) => ({ deviceId })), true)); } catch (_) { /* best effort */ }
  }
});

// A bulk answer whose status is not 2xx still carries a BulkRegistryOperationResult body.
async function bulk(fn) {
  try {
    const res = await call(fn);
    return { status: res.httpResponse.statusCode, body: res.responseBody };
  } catch (err) {
    if (!err.response || err.response.statusCode !== 400) throw err;
    return { status: err.response.statusCode, body: JSON.parse(err.responseBody) };
  }
}

describe(`hub bulk registry operations (${hub.name})`, () => {
  const ids = Array.from({ length: 5 }, (_, i) => h.uniqueId(`conf-bulk${i}`));

  test('addDevices creates identities with generated keys', async () => {
    const r = await bulk(() => registry.addDevices(ids.map((deviceId) => ({ deviceId }))));
    ids.forEach((id) => toRemove.add(id));
    assert.equal(r.status, 200, `bulk create status ${r.status} body ${JSON.stringify(r.body)}`);
    assert.equal(r.body.isSuccessful, true, JSON.stringify(r.body));
    assert.deepEqual(r.body.errors || [], []);
    for (const id of ids) {
      const d = (await call(() => registry.get(id))).responseBody;
      assert.equal(d.deviceId, id);
      assert.equal(d.status, 'enabled');
      assert.ok(h.isBase64Key(d.authentication.symmetricKey.primaryKey), `bulk-created ${id} has no generated key`);
    }
  });

  test('addDevices with an existing id reports it per device', async () => {
    const fresh = h.uniqueId('conf-bulkx');
    const r = await bulk(() => registry.addDevices([{ deviceId: ids[0] }, { deviceId: fresh }]));
    toRemove.add(fresh);
    assert.equal(r.body.isSuccessful, false, JSON.stringify(r.body));
    const e = (r.body.errors || []).find((x) => x.deviceId === ids[0]);
    assert.ok(e, `no per-device error for ${ids[0]}: ${JSON.stringify(r.body)}`);
    assert.match(String(e.errorCode), /DeviceAlreadyExists|409001/);
    assert.ok(!(r.body.errors || []).some((x) => x.deviceId === fresh), 'the new device must not be reported as failed');
  });

  test('updateDevices: forced (Update) and etag-checked (UpdateIfMatchETag)', async () => {
    const current = await Promise.all(ids.map((id) => call(() => registry.get(id)).then((r) => r.responseBody)));
    const forced = await bulk(() => registry.updateDevices(current.map((d) => ({ deviceId: d.deviceId, status: 'disabled', authentication: d.authentication })), true));
    assert.equal(forced.status, 200, JSON.stringify(forced.body));
    assert.equal(forced.body.isSuccessful, true, JSON.stringify(forced.body));
    for (const id of ids) {
      const d = (await call(() => registry.get(id))).responseBody;
      assert.equal(d.status, 'disabled', `${id} not disabled by bulk Update`);
    }
    // Stale etags (from before the forced update) must be refused per device.
    const stale = await bulk(() => registry.updateDevices(current.map((d) => ({ deviceId: d.deviceId, etag: d.etag, status: 'enabled', authentication: d.authentication })), false));
    assert.equal(stale.body.isSuccessful, false, `UpdateIfMatchETag with stale etags succeeded: ${JSON.stringify(stale.body)}`);
    assert.equal((stale.body.errors || []).length, ids.length, JSON.stringify(stale.body));
    // Current etags pass.
    const now = await Promise.all(ids.map((id) => call(() => registry.get(id)).then((r) => r.responseBody)));
    const good = await bulk(() => registry.updateDevices(now.map((d) => ({ deviceId: d.deviceId, etag: d.etag, status: 'enabled', authentication: d.authentication })), false));
    assert.equal(good.status, 200, JSON.stringify(good.body));
    assert.equal(good.body.isSuccessful, true, JSON.stringify(good.body));
    const d0 = (await call(() => registry.get(ids[0]))).responseBody;
    assert.equal(d0.status, 'enabled');
  });

  test('removeDevices: etag-checked (DeleteIfMatchETag) and forced (Delete)', async () => {
    const now = await Promise.all(ids.map((id) => call(() => registry.get(id)).then((r) => r.responseBody)));
    const staleEtag = await bulk(() => registry.removeDevices([{ deviceId: ids[0], etag: 'AAAAAAAAAAE=' }], false));
    assert.equal(staleEtag.body.isSuccessful, false, `DeleteIfMatchETag with a wrong etag succeeded: ${JSON.stringify(staleEtag.body)}`);
    await call(() => registry.get(ids[0])); // still there

    const checked = await bulk(() => registry.removeDevices(now.slice(0, 2).map((d) => ({ deviceId: d.deviceId, etag: d.etag })), false));
    assert.equal(checked.status, 200, JSON.stringify(checked.body));
    assert.equal(checked.body.isSuccessful, true, JSON.stringify(checked.body));
    const forced = await bulk(() => registry.removeDevices(ids.slice(2).map((deviceId) => ({ deviceId })), true));
    assert.equal(forced.status, 200, JSON.stringify(forced.body));
    assert.equal(forced.body.isSuccessful, true, JSON.stringify(forced.body));
    for (const id of ids) {
      await h.expectSdkError(call(() => registry.get(id)), { name: 'DeviceNotFoundError', status: 404 }, `get ${id} after bulk delete`);
      toRemove.delete(id);
    }
  });

  test('more than 100 devices is refused by the SDK before sending', () => {
    assert.throws(() => registry.addDevices(Array.from({ length: 101 }, (_, i) => ({ deviceId: `x${i}` })), () => {}), /invalid size/);
  });
});

describe(`hub query with paging (${hub.name})`, () => {
  const count = 250;
  const ids = Array.from({ length: count }, (_, i) => `conf-q-${h.runId}-${String(i).padStart(3, '0')}`);

  test('250 devices via bulk, pageSize 100 gives whole pages and a final page without continuation', async () => {
    for (const part of h.chunk(ids, 100)) {
      const r = await bulk(() => registry.addDevices(part.map((deviceId) => ({ deviceId }))));
      part.forEach((id) => toRemove.add(id));
      assert.equal(r.body.isSuccessful, true, `bulk create of ${part.length}: ${JSON.stringify(r.body).slice(0, 500)}`);
    }

    const countRows = (await call(() => registry.createQuery('SELECT COUNT() AS numberOfDevices FROM devices').next())).result;
    assert.ok(Array.isArray(countRows) && countRows.length === 1, `COUNT() answer: ${JSON.stringify(countRows)}`);
    const total = countRows[0].numberOfDevices;
    assert.equal(typeof total, 'number');
    assert.ok(total >= count, `COUNT() says ${total}, created ${count}`);

    const query = registry.createQuery('SELECT * FROM devices', 100);
    const seen = new Map();
    const pageSizes = [];
    const tokens = [];
    while (query.hasMoreResults) {
      assert.ok(pageSizes.length <= Math.ceil(total / 100) + 1, `too many pages (${pageSizes.length}); tokens: ${JSON.stringify(tokens.slice(-3))}`);
      const page = await call(() => query.nextAsTwin());
      const rows = page.result;
      assert.ok(Array.isArray(rows), `page is not an array: ${JSON.stringify(rows).slice(0, 200)}`);
      assert.match(String(page.message.headers['content-type']), /application\/json/);
      pageSizes.push(rows.length);
      tokens.push(query.continuationToken);
      for (const t of rows) {
        assert.ok(!seen.has(t.deviceId), `device ${t.deviceId} returned twice (page ${pageSizes.length})`);
        seen.set(t.deviceId, t);
      }
      if (query.hasMoreResults) {
        assert.ok(typeof query.continuationToken === 'string' && query.continuationToken.length > 0,
          `x-ms-continuation present but empty on page ${pageSizes.length} (the SDK would restart from page 1)`);
      }
    }
    assert.equal(pageSizes.length, Math.ceil(total / 100), `pages: ${JSON.stringify(pageSizes)} for ${total} devices`);
    pageSizes.slice(0, -1).forEach((n, i) => assert.equal(n, 100, `page ${i + 1} has ${n} rows`));
    assert.equal(seen.size, total);
    for (const id of ids) assert.ok(seen.has(id), `${id} missing from the query`);
    if (total === count) assert.deepEqual(pageSizes, [100, 100, 50]);

    const t = seen.get(ids[0]);
    assert.ok(t.etag, 'twin row without etag');
    assert.equal(t.status, 'enabled');
    assert.ok(t.properties && t.properties.desired && t.properties.reported, 'twin row without properties.desired/reported');
    assert.equal(typeof t.properties.desired.$version, 'number');
  });

  test('a continuation token can be replayed (stateless paging)', async () => {
    const q = registry.createQuery('SELECT * FROM devices', 100);
    const p1 = (await call(() => q.next())).result;
    const token = q.continuationToken;
    assert.ok(token, 'first page of a >100 result has no continuation');
    const p2a = (await call(() => q.next(token))).result;
    const p2b = (await call(() => registry.createQuery('SELECT * FROM devices', 100).next(token))).result;
    assert.deepEqual(p2a.map((r) => r.deviceId), p2b.map((r) => r.deviceId));
    const first = new Set(p1.map((r) => r.deviceId));
    assert.ok(!p2a.some((r) => first.has(r.deviceId)), 'page 2 repeats page 1');
  });
});
