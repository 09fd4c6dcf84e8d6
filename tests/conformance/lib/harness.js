'use strict';
// Shared set-up for the conformance tests: reads the emulator's endpoints file, teaches Node's
// https.request that a host of the form "localhost:PORT" means host + port (the SDKs pass the
// connection string's HostName verbatim as `host`), and offers small helpers. TLS verification
// stays on: the emulator's CA comes in through NODE_EXTRA_CA_CERTS (set by run-conformance.sh).

const fs = require('node:fs');
const https = require('node:https');
const crypto = require('node:crypto');
const assert = require('node:assert/strict');

// ---- host:port mapping ---------------------------------------------------------------------
const HOST_PORT = /^(\[[^\]]+\]|[^:]+):(\d+)$/;

function splitHostPort(options) {
  if (!options || typeof options !== 'object' || options instanceof URL) return options;
  const host = options.host;
  if (typeof host !== 'string') return options;
  const m = HOST_PORT.exec(host);
  if (!m) return options;
  const mapped = Object.assign({}, options);
  mapped.host = m[1];
  mapped.hostname = m[1];
  if (mapped.port === undefined || mapped.port === null || mapped.port === '') mapped.port = Number(m[2]);
  if (mapped.servername === undefined) mapped.servername = m[1];
  return mapped;
}

// Every SDK here ends in require('https').request (looked up at call time in
// azure-iot-http-base's Http.buildRequest), so wrapping it covers all of them. The wrapper also
// keeps a short log of exchanges so a failing assertion can show what went over the wire.
const wireLog = [];
if (!https.request.__stampdeckHostPort) {
  const originalRequest = https.request;
  const wrapped = function request(...args) {
    // Forms: (options[, cb]) and (url, options[, cb]); only plain option objects carry "host".
    let opts;
    if (args.length > 0 && typeof args[0] === 'object' && !(args[0] instanceof URL)) {
      opts = args[0] = splitHostPort(args[0]);
    } else if (args.length > 1 && args[1] && typeof args[1] === 'object') {
      opts = args[1] = splitHostPort(args[1]);
    }
    const req = originalRequest.apply(this, args);
    const o = opts || {};
    const entry = { method: o.method, host: o.host, port: o.port, path: o.path, headers: Object.assign({}, o.headers), at: Date.now() };
    wireLog.push(entry);
    if (wireLog.length > 200) wireLog.shift();
    req.on('response', (res) => {
      entry.status = res.statusCode;
      entry.responseHeaders = res.headers;
      let body = '';
      res.on('data', (c) => { if (body.length < 4000) body += c; });
      res.on('end', () => { entry.responseBody = body; });
    });
    req.on('error', (e) => { entry.error = String(e); });
    return req;
  };
  wrapped.__stampdeckHostPort = true;
  https.request = wrapped;
}

function lastExchanges(n = 3) {
  return wireLog.slice(-n).map((e) => {
    const h = Object.assign({}, e.headers);
    if (h.Authorization) h.Authorization = String(h.Authorization).replace(/sig=[^&]+/, 'sig=<redacted>');
    return `${e.method} ${e.host}:${e.port}${e.path}${e.error ? ' ERROR ' + e.error : ''}\n  request headers: ${JSON.stringify(h)}\n  -> ${e.status} ${JSON.stringify(e.responseHeaders || {})}\n  body: ${(e.responseBody || '').slice(0, 600)}`;
  }).join('\n');
}

// ---- endpoints --------------------------------------------------------------------------------
function loadEndpoints() {
  const file = process.env.STAMPDECK_ENDPOINTS;
  if (!file) throw new Error('STAMPDECK_ENDPOINTS is not set (run through run-conformance.sh)');
  const ep = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.ok(Array.isArray(ep.hubs) && ep.hubs.length > 0, 'endpoints file lists no hubs');
  assert.ok(Array.isArray(ep.dps) && ep.dps.length > 0, 'endpoints file lists no DPS instance');
  assert.ok(ep.deviceEndpoint, 'endpoints file has no deviceEndpoint');
  return ep;
}

// ---- helpers ------------------------------------------------------------------------------------
const runId = (process.env.CONFORMANCE_RUN_ID || crypto.randomBytes(3).toString('hex')).toLowerCase();

function uniqueId(prefix) {
  return `${prefix}-${runId}-${crypto.randomBytes(3).toString('hex')}`;
}

function derivedKey(groupKeyBase64, registrationId) {
  return crypto.createHmac('sha256', Buffer.from(groupKeyBase64, 'base64')).update(registrationId, 'utf8').digest('base64');
}

// Replace the SharedAccessKey of a connection string with a different, valid-looking key.
function withWrongKey(connectionString) {
  return connectionString.split(';').map((part) => {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).toLowerCase() === 'sharedaccesskey') {
      return 'SharedAccessKey=' + crypto.randomBytes(32).toString('base64');
    }
    return part;
  }).join(';');
}

function parseConnectionString(cs) {
  const out = {};
  for (const part of cs.split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i)] = part.slice(i + 1);
  }
  return out;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function statusOf(err) {
  return err && err.response ? err.response.statusCode : undefined;
}

// A real client must cope with 429 on a throttled hub/DPS (the Node service SDKs never retry).
// This helper is what a well-behaved caller does: honour Retry-After (seconds) when present,
// else exponential back-off with jitter; bounded. It counts the throttles it saw.
const throttleStats = { count: 0, waitedMs: 0 };
async function retryThrottled(fn, { attempts = 12, label = '' } = {}) {
  let delay = 200;
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (statusOf(err) !== 429 || i >= attempts) throw err;
      const ra = err.response.headers && err.response.headers['retry-after'];
      let wait = ra !== undefined && ra !== '' && !Number.isNaN(Number(ra)) ? Number(ra) * 1000 : delay;
      wait = Math.min(Math.max(wait, 50), 15000) + Math.floor(Math.random() * 100);
      throttleStats.count++;
      throttleStats.waitedMs += wait;
      await sleep(wait);
      delay = Math.min(delay * 2, 4000);
    }
  }
}

// Asserts that promise rejects with an SDK error of the given name and HTTP status; returns it.
async function expectSdkError(promise, { name, status }, context = '') {
  let err;
  try {
    await promise;
  } catch (e) {
    err = e;
  }
  assert.ok(err, `${context}: expected ${name || ''} ${status || ''} but the call succeeded\n${lastExchanges(1)}`);
  if (status !== undefined) {
    assert.equal(statusOf(err), status, `${context}: expected HTTP ${status}, got ${statusOf(err)} (${err.name}: ${err.message})\n${lastExchanges(1)}`);
  }
  if (name !== undefined) {
    assert.equal(err.name, name, `${context}: expected error class ${name}, got ${err.name} (${err.message})\n${lastExchanges(1)}`);
  }
  return err;
}

// Runs promise-returning SDK calls with bounded concurrency.
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function chunk(arr, n) {
  const out = [];
  for (let i = 0; i < arr.length; i += n) out.push(arr.slice(i, i + n));
  return out;
}

function isBase64Key(s, minBytes = 16) {
  return typeof s === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(s) && Buffer.from(s, 'base64').length >= minBytes;
}

module.exports = {
  loadEndpoints, uniqueId, runId, derivedKey, withWrongKey, parseConnectionString, sleep, statusOf,
  retryThrottled, throttleStats, expectSdkError, mapLimit, chunk, isBase64Key, lastExchanges, splitHostPort,
};
