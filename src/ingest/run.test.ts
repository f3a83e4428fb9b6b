import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { dataError } from '../errors.js';
import { isCurrent, storeStatus } from '../store/open.js';
import type { Ingester } from './ingester.js';
import { importStore } from './run.js';

const okIngester: Ingester = {
  name: 'ok',
  run(ctx) {
    ctx.section('test', 'ok', 1);
    ctx.count('things', 1);
  },
};
const failing: Ingester = {
  name: 'failing',
  run() {
    throw dataError('x/Bad File.txt', 7, 'not a number: "abc"', 'Data Value');
  },
};

test('an import writes a complete, current store and reports counts', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-run-'));
  const db = path.join(dir, 'store.sqlite');
  const s = importStore({ dataDir: dir, dbFile: db, ingesters: [okIngester] });
  assert.equal(s.counts.things, 1);
  assert.ok(isCurrent(storeStatus(db)));
  // Each stage is timed, and on Linux its CPU on the importing thread too.
  assert.ok('ok' in s.stageMs && 'close and rename' in s.stageMs);
  if (process.platform === 'linux') assert.deepEqual(Object.keys(s.stageCpuMs), Object.keys(s.stageMs));
  const d = new Database(db, { readonly: true });
  assert.equal((d.prepare("SELECT value FROM meta WHERE key='complete'").get() as { value: string }).value, '1');
  d.close();
  fs.rmSync(dir, { recursive: true });
});

test('a failed import leaves the existing store byte-for-byte untouched and no temporary file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-run-'));
  const db = path.join(dir, 'store.sqlite');
  importStore({ dataDir: dir, dbFile: db, ingesters: [okIngester] });
  const before = fs.readFileSync(db);
  assert.throws(() => importStore({ dataDir: dir, dbFile: db, ingesters: [okIngester, failing] }), /not a number/);
  assert.deepEqual(fs.readFileSync(db), before);
  assert.deepEqual(fs.readdirSync(dir), ['store.sqlite']);
  fs.rmSync(dir, { recursive: true });
});

test('a missing data folder is a data error naming the folder', () => {
  assert.throws(
    () =>
      importStore({
        dataDir: '/nonexistent/careerdiff-data',
        dbFile: path.join(os.tmpdir(), 'x.sqlite'),
        ingesters: [],
      }),
    /nonexistent\/careerdiff-data does not exist/,
  );
});
