/**
 * An interrupted import leaves nothing behind (issue 12): a killed importer's temporary store is deleted by
 * the watchdog (SIGINT and SIGKILL, in a real child process), and stale temporary files of dead imports are
 * removed by the next import. On temporary folders.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { fakeOccupations } from '../testkit/fake-occupations.js';
import { importStore } from './run.js';
import { removeStaleTemps } from './temp-files.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-temps-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A process id that surely belongs to no running process: one that has just exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await sleep(50);
  }
  return cond();
}

describe('temporary files of an import', () => {
  it('stale ones (dead process, or older than a day) are removed; a running import’s are kept', () => {
    const db = path.join(dir, 'a.sqlite');
    const now = Date.now();
    const dead = `${db}.tmp-${deadPid()}-${now}`;
    const old = `${db}.tmp-${process.ppid}-${now - 2 * 86_400_000}`;
    const running = `${db}.tmp-${process.ppid}-${now}`;
    const other = path.join(dir, 'b.sqlite.tmp-1-1');
    for (const f of [dead, `${dead}-journal`, old, running, other]) fs.writeFileSync(f, 'x');
    const removed = removeStaleTemps(db, now).sort();
    assert.deepEqual(removed, [dead, `${dead}-journal`, old].sort());
    assert.ok(fs.existsSync(running) && fs.existsSync(other));
    fs.rmSync(running);
    fs.rmSync(other);
  });

  it('the next import removes what a killed one left', () => {
    const db = path.join(dir, 'next.sqlite');
    const stale = `${db}.tmp-${deadPid()}-${Date.now()}`;
    fs.writeFileSync(stale, 'half a store');
    fs.writeFileSync(`${stale}-journal`, 'x');
    importStore({ dataDir: dir, dbFile: db, ingesters: [fakeOccupations([['29-1141.00', 'Registered Nurses']])] });
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.startsWith('next.sqlite')),
      ['next.sqlite'],
    );
  });

  for (const signal of ['SIGINT', 'SIGKILL'] as const) {
    it(`a ${signal} in the middle of an import leaves no temporary store`, { timeout: 30_000 }, async () => {
      const sub = fs.mkdtempSync(path.join(dir, `${signal}-`));
      const db = path.join(sub, 'store.sqlite');
      const runUrl = pathToFileURL(fileURLToPath(new URL('./run.js', import.meta.url))).href;
      // An import whose one ingester blocks for a minute: killed while the temporary store exists.
      const script = `
        import { importStore } from ${JSON.stringify(runUrl)};
        const slow = { name: 'slow', run() { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000); } };
        importStore({ dataDir: ${JSON.stringify(sub)}, dbFile: ${JSON.stringify(db)}, ingesters: [slow], cleanupOnKill: true });
      `;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
      const tmps = () => fs.readdirSync(sub).filter((f) => f.includes('.tmp-'));
      assert.ok(await until(() => tmps().length > 0, 10_000), 'the import started');
      await sleep(300); // the watchdog is up
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      await exited;
      assert.ok(await until(() => tmps().length === 0, 5_000), `left behind: ${tmps().join(', ')}`);
      assert.ok(!fs.existsSync(db), 'no store was made');
    });
  }
});
