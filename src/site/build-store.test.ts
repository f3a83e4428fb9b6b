/**
 * buildStoreApart (src/site/build-store.ts): the store is made current in a child process, which exits; a current
 * store is left as it is, and the child's refusals and data errors come back as the same CareerdiffError (kind,
 * message, where) that building in this process gives.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { CareerdiffError } from '../errors.js';
import { ensureStore } from '../ingest/ensure.js';
import { BOTH, makeDataDir, tempDir } from '../ingest/onet/testkit.js';
import { importStore } from '../ingest/run.js';
import { buildStoreApart } from './build-store.js';

const quiet = () => {};

/** The error an in-process ensureStore throws, for comparison. */
async function inProcess(data: string, db: string): Promise<CareerdiffError> {
  try {
    await ensureStore(data, db, quiet);
  } catch (err) {
    return err as CareerdiffError;
  }
  throw new Error('ensureStore did not fail');
}

describe('buildStoreApart', { timeout: 120_000 }, () => {
  let data: string;
  before(() => {
    data = makeDataDir();
  });

  it('leaves a current store as it is, in a child process that has exited', async () => {
    const db = path.join(tempDir(), 'store.sqlite');
    importStore({ dataDir: data, dbFile: db, ingesters: BOTH });
    const before = fs.statSync(db).mtimeMs;
    const log: string[] = [];
    assert.equal(await buildStoreApart(data, db, (l) => log.push(l)), false);
    assert.equal(fs.statSync(db).mtimeMs, before);
    const pid = Number(/in process (\d+)/.exec(log.join('\n'))?.[1]);
    assert.ok(pid > 0 && pid !== process.pid, log.join('\n'));
    assert.throws(() => process.kill(pid, 0), /ESRCH/, 'the child has exited');
  });

  it("reports the child's refusal (a folder) as the same store error", async () => {
    const folder = tempDir();
    const err = await buildStoreApart(data, folder, quiet).then(
      () => assert.fail('a folder was accepted'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof CareerdiffError);
    const here = await inProcess(data, folder);
    assert.deepEqual([err.kind, err.message, err.where], [here.kind, here.message, here.where]);
    assert.equal(err.kind, 'store');
  });

  it("reports the child's data error (no OEWS file in the fixtures) with its kind and file", async () => {
    const db = path.join(tempDir(), 'new.sqlite');
    const err = await buildStoreApart(data, db, quiet).then(
      () => assert.fail('built without wages'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof CareerdiffError);
    assert.equal(err.kind, 'data');
    assert.match(err.message, /OEWS/);
    assert.equal(err.where.file, data);
    assert.equal(fs.existsSync(db), false, 'nothing left behind');
  });
});
