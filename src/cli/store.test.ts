/**
 * Read commands never write over a file that is not a careerdiff store (issue 12), on temporary files: a text
 * file, a folder, another program's SQLite database and an empty --db are refused untouched (exit 5 / 2); a
 * missing path is built and an outdated store of ours rebuilt, each saying so.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { ensureStore } from '../ingest/ensure.js';
import type { Ingester } from '../ingest/ingester.js';
import { importStore } from '../ingest/run.js';
import { isCurrent, storeStatus } from '../store/open.js';
import { fakeOccupations } from '../testkit/fake-occupations.js';
import { runCli } from '../testkit/cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-cli-store-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = runCli;

const tiny: Ingester = {
  name: 'tiny',
  run(ctx) {
    ctx.section('test', 'ok', 1);
  },
};

describe('read commands and the store path', () => {
  it('refuse a text file (exit 5, "not a careerdiff store") and leave it byte for byte', async () => {
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, 'my notes\n');
    for (const cmd of [
      ['show', '29-1141.00'],
      ['resolve', 'nurse'],
      ['compare', 'nurse', 'chef'],
      ['related', '29-1141.00'],
    ]) {
      const r = await run([...cmd, '--db', notes, '--data', dir]);
      assert.equal(r.code, 5, `${cmd[0]}: ${r.err}`);
      assert.match(r.err, /not a careerdiff store \(it is not a SQLite database\)/);
      assert.equal(fs.readFileSync(notes, 'utf8'), 'my notes\n');
    }
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.startsWith('notes')),
      ['notes.txt'],
    );
  });

  it('refuse a folder, an empty file and another program’s SQLite database', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'folder-'));
    const empty = path.join(dir, 'empty.sqlite');
    fs.writeFileSync(empty, '');
    const other = path.join(dir, 'other.sqlite');
    const o = new Database(other);
    o.exec('CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES (1)');
    o.close();
    const otherBytes = fs.readFileSync(other);
    for (const [file, why] of [
      [folder, /it is a folder/],
      [empty, /it is an empty file/],
      [other, /without careerdiff tables/],
    ] as const) {
      const r = await run(['show', '29-1141.00', '--db', file, '--data', dir]);
      assert.equal(r.code, 5, r.err);
      assert.match(r.err, /not a careerdiff store/);
      assert.match(r.err, why);
    }
    assert.deepEqual(fs.readdirSync(folder), []);
    assert.equal(fs.statSync(empty).size, 0);
    assert.deepEqual(fs.readFileSync(other), otherBytes);
  });

  it('`import` refuses them too, instead of replacing them', async () => {
    const notes = path.join(dir, 'notes2.txt');
    fs.writeFileSync(notes, 'keep me');
    assert.throws(() => importStore({ dataDir: dir, dbFile: notes, ingesters: [tiny] }), /not a careerdiff store/);
    assert.throws(() => importStore({ dataDir: dir, dbFile: dir, ingesters: [tiny] }), /it is a folder/);
    assert.equal(fs.readFileSync(notes, 'utf8'), 'keep me');
  });

  it('an empty --db (or CAREERDIFF_DB) is a clear usage error, not the current folder', async () => {
    const r = await run(['show', '29-1141.00', '--db', '']);
    assert.equal(r.code, 2);
    assert.match(r.err, /--db is empty; give a path/);
    assert.doesNotMatch(r.err, /EISDIR|rename/);
    const r2 = await run(['import', '--db', ' ', '--data', dir]);
    assert.equal(r2.code, 2);
    const saved = process.env.CAREERDIFF_DB;
    process.env.CAREERDIFF_DB = '';
    try {
      const r3 = await run(['show', '29-1141.00']);
      assert.equal(r3.code, 2);
      assert.match(r3.err, /CAREERDIFF_DB is empty/);
    } finally {
      if (saved === undefined) delete process.env.CAREERDIFF_DB;
      else process.env.CAREERDIFF_DB = saved;
    }
  });

  it('a missing path is built, saying so; a current store is used as is', async () => {
    const file = path.join(dir, 'new', 'store.sqlite');
    const log: string[] = [];
    assert.ok(await ensureStore(dir, file, (l) => log.push(l), { ingesters: [tiny] }));
    assert.match(log[0]!, /no store at .*store\.sqlite; building a new one/);
    assert.ok(isCurrent(storeStatus(file)));
    assert.equal(await ensureStore(dir, file, (l) => log.push(l), { ingesters: [tiny] }), null);
    assert.equal(log.length, 2, 'nothing more logged for a current store');
  });

  it('an outdated store of ours is rebuilt, saying so', async () => {
    const file = path.join(dir, 'old.sqlite');
    const d = new Database(file);
    d.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('schema_version', '1')");
    d.close();
    assert.equal(storeStatus(file).kind, 'store');
    const log: string[] = [];
    await ensureStore(dir, file, (l) => log.push(l), { ingesters: [tiny] });
    assert.match(log[0]!, /is from schema version 1 .*; rebuilding it/);
    assert.ok(isCurrent(storeStatus(file)));
  });

  it('a damaged (truncated) store is reported (exit 5), not silently rebuilt', async () => {
    const file = path.join(dir, 'cut.sqlite');
    importStore({ dataDir: dir, dbFile: file, ingesters: [tiny] });
    const size = fs.statSync(file).size;
    fs.truncateSync(file, Math.floor(size / 2));
    assert.equal(storeStatus(file).kind, 'damaged');
    const r = await run(['show', '29-1141.00', '--db', file, '--data', dir]);
    assert.equal(r.code, 5, r.err);
    assert.match(r.err, /cannot be read .*careerdiff import/);
    assert.equal(fs.statSync(file).size, Math.floor(size / 2));
    // import replaces a damaged store of ours.
    importStore({ dataDir: dir, dbFile: file, ingesters: [tiny] });
    assert.ok(isCurrent(storeStatus(file)));
  });

  it('a 10 KB --a-code is not echoed back whole', async () => {
    const file = path.join(dir, 'occs.sqlite');
    importStore({
      dataDir: dir,
      dbFile: file,
      ingesters: [
        fakeOccupations([
          ['29-1141.00', 'Registered Nurses'],
          ['35-1011.00', 'Chefs and Head Cooks'],
        ]),
      ],
    });
    const r = await run(['compare', 'nurse', 'chef', '--a-code', '9'.repeat(10_000), '--db', file, '--data', dir]);
    assert.equal(r.code, 4, r.err);
    assert.match(r.err, /no O\*NET occupation has the code 9{100}.*\(\d+ characters\)/);
    assert.ok(r.err.length < 500, `${r.err.length} characters`);
  });
});
