/**
 * A store built from the real data folder, shared by the integration tests of one test run: built once
 * (guarded by a lock file, so parallel test processes wait instead of building twice), keyed by the data
 * folder and a hash of the compiled import code, so a changed importer never reuses an old store.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULTS } from '../defaults.js';
import { importStore } from '../ingest/run.js';
import { isCurrent, storeStatus } from '../store/open.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function codeHash(): string {
  const h = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const ent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, ent.name);
      if (ent.isDirectory()) walk(p);
      else if (ent.name.endsWith('.js') && !ent.name.endsWith('.test.js'))
        h.update(ent.name).update(fs.readFileSync(p));
    }
  };
  walk(path.join(here, '../ingest'));
  walk(path.join(here, '../store'));
  return h.update(DEFAULTS.dataDir).digest('hex').slice(0, 16);
}

/** True when the real data folder is there (integration tests skip without it). */
export const hasRealData = (): boolean => fs.existsSync(path.join(DEFAULTS.dataDir, 'onet_30_1'));

/** Path of the shared real-data store, building it if needed. */
export function realStorePath(): string {
  const file = path.join(os.tmpdir(), `careerdiff-test-store-${codeHash()}.sqlite`);
  if (isCurrent(storeStatus(file))) return file;
  const lock = `${file}.lock`;
  let fd: number | null = null;
  try {
    fd = fs.openSync(lock, 'wx');
  } catch {
    // Another test process is building it: wait (up to 5 minutes), then build ourselves if it never came.
    const until = Date.now() + 300_000;
    while (Date.now() < until && !isCurrent(storeStatus(file)) && fs.existsSync(lock)) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
    if (isCurrent(storeStatus(file))) return file;
  }
  try {
    importStore({ dataDir: DEFAULTS.dataDir, dbFile: file });
  } finally {
    if (fd !== null) {
      fs.closeSync(fd);
      fs.rmSync(lock, { force: true });
    }
  }
  return file;
}
