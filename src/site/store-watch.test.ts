/**
 * A store damaged, deleted or replaced under a running site (issue 12): 503 with a clear message and an
 * honest /api/health instead of 500 "internal"; a store replaced by an import is reopened. On temporary stores.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createEngine } from '../engine/engine.js';
import { importStore } from '../ingest/run.js';
import { type DB, openStore } from '../store/open.js';
import { fakeOccupations } from '../testkit/fake-occupations.js';
import { createApp } from './app.js';
import { type RunningServer, startServer } from './server.js';
import { type StoreHealth, watchStore } from './store-watch.js';
import { testApp } from './testing.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-watch-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const OCCS = [
  ['29-1141.00', 'Registered Nurses'],
  ['35-1011.00', 'Chefs and Head Cooks'],
  ['25-2021.00', 'Elementary School Teachers, Except Special Education'],
] as const;

function tinyStore(name: string, occs: readonly (readonly [string, string])[] = OCCS): string {
  const file = path.join(dir, name);
  importStore({ dataDir: dir, dbFile: file, ingesters: [fakeOccupations(occs)] });
  return file;
}

/**
 * A store to damage: the tiny store is already about 80 pages (every table and index of the schema has its
 * own), so cutting it in half really cuts tables. (Padding it with 3,000 occupations made each of these
 * tests import and derive for 10–20 s.)
 */
function padded(name: string): string {
  const file = tinyStore(name);
  assert.ok(fs.statSync(file).size > 64 * 4096, `${file} is too small to cut tables`);
  return file;
}

describe('store watch', () => {
  it('reports a truncated store, and the site answers 503 with the reason (health too), assets still load', async () => {
    const file = padded('cut.sqlite');
    const db = openStore(file);
    const logs: string[] = [];
    const watch = watchStore({ file, db, intervalMs: 0, log: (l) => logs.push(l) });
    const { app } = testApp({ store: watch });
    assert.deepEqual(watch.check(), { ok: true });
    assert.equal((await app.request('/api/health')).status, 200);
    assert.deepEqual(await (await app.request('/api/health')).json(), { ok: true });

    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    const h = watch.check();
    assert.equal(h.ok, false);
    assert.match(h.reason!, /damaged|truncated|malformed/);
    assert.match(logs.join('\n'), /store is unavailable/);

    const health = await app.request('/api/health');
    assert.equal(health.status, 503);
    assert.equal(health.headers.get('retry-after'), '30');
    const body = (await health.json()) as { ok: boolean; error: { kind: string; message: string } };
    assert.equal(body.ok, false);
    assert.equal(body.error.kind, 'store');
    assert.match(body.error.message, /careerdiff import/);
    for (const url of ['/', '/occupation/registered-nurses', '/api/resolve?q=nurse']) {
      const res = await app.request(url);
      assert.equal(res.status, 503, url);
      assert.equal(res.headers.get('retry-after'), '30');
      assert.match(await res.text(), /cannot be read|careerdiff import/);
    }
    assert.equal((await app.request('/assets/site.css')).status, 200);
    watch.stop();
    db.close();
  });

  it('maps SQLite damage met inside a route to 503 "store", never 500 "internal"', async () => {
    const file = padded('cut2.sqlite');
    const db = openStore(file);
    const errors: unknown[] = [];
    const { app } = createAppOver(db, errors);
    fs.truncateSync(file, 4096 * 2);
    // Every uncached page or API call that reads the store now meets SQLITE_CORRUPT / IOERR.
    const statuses = new Set<number>();
    for (const url of ['/api/occupation/29-1141.00', '/occupation/registered-nurses', '/api/resolve?q=nurse'])
      statuses.add((await app.request(url)).status);
    assert.ok(!statuses.has(500), `statuses ${[...statuses]}`);
    assert.ok(statuses.has(503), `statuses ${[...statuses]}`);
    db.close();
  });

  it('notices a store replaced by an import and reopens it; a deleted one is reported', () => {
    const file = tinyStore('live.sqlite');
    const db = openStore(file);
    const opened: DB[] = [];
    const logs: string[] = [];
    const watch = watchStore({ file, db, intervalMs: 0, log: (l) => logs.push(l), onReplaced: (d) => opened.push(d) });
    tinyStore('live.sqlite', OCCS.slice(0, 2));
    assert.deepEqual(watch.check(), { ok: true });
    assert.equal(opened.length, 1);
    assert.equal(watch.db(), opened[0]);
    assert.equal(db.open, false, 'the old connection is closed');
    assert.equal((watch.db().prepare('SELECT count(*) AS n FROM occupations').get() as { n: number }).n, 2);
    assert.match(logs.join('\n'), /was replaced \(careerdiff import\); reopened/);
    assert.deepEqual(watch.check(), { ok: true });
    assert.equal(opened.length, 1, 'reopened once');

    fs.rmSync(file);
    const gone: StoreHealth = watch.check();
    assert.equal(gone.ok, false);
    assert.match(gone.reason!, /is gone/);
    fs.writeFileSync(file, 'not a store');
    assert.match(watch.check().reason!, /not a usable store/);
    watch.db().close();
  });

  it('checks on a timer when asked to', async () => {
    const file = tinyStore('timer.sqlite');
    const db = openStore(file);
    const watch = watchStore({ file, db, intervalMs: 20, log: () => {} });
    fs.rmSync(file);
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(watch.health().ok, false);
    watch.stop();
    db.close();
  });
});

function createAppOver(db: DB, errors: unknown[]) {
  return createApp({ engine: createEngine(db), baseUrl: 'https://careers.test', onServerError: (e) => errors.push(e) });
}

describe('a running server over a replaced store', () => {
  it('serves the new store once the watch has reopened it (RunningServer.use)', async () => {
    const file = tinyStore('served.sqlite');
    const db = openStore(file);
    let srv: RunningServer | null = null;
    const appFor = (d: DB) => createApp({ engine: createEngine(d), onServerError: () => {}, store: watch });
    const watch = watchStore({ file, db, intervalMs: 0, log: () => {}, onReplaced: (d) => srv?.use(appFor(d)) });
    srv = await startServer({ engine: createEngine(db), onServerError: () => {}, store: watch }, 0, '127.0.0.1');
    try {
      const status = async (p: string) => {
        const r = await fetch(`${srv!.url}${p}`);
        await r.arrayBuffer();
        return r.status;
      };
      assert.equal(await status('/api/occupation/25-2021.00'), 200);
      tinyStore('served.sqlite', [...OCCS.slice(0, 2), ['51-3011.00', 'Bakers']]);
      assert.deepEqual(watch.check(), { ok: true });
      assert.equal(await status('/api/occupation/51-3011.00'), 200, 'the new occupation is served');
      assert.equal(await status('/api/occupation/25-2021.00'), 404, 'the old one is gone');
      assert.equal(await status('/api/health'), 200);
    } finally {
      await srv.close();
      watch.db().close();
    }
  });
});
