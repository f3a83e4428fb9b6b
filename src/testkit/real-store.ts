/**
 * The data tier's support: the real data folder (CAREERDIFF_DATA or DEFAULTS.dataDir) and one store built from
 * it, shared by every data-tier test of a run: built once (guarded by a lock file, so parallel test processes
 * wait instead of building twice), keyed by the data folder and a hash of the compiled import code, so a
 * changed importer never reuses an old store; its import summary is kept beside it. A test file that imports
 * this module belongs to the data tier (scripts/test.ts). Without the data (or Chromium) such tests skip with
 * a message, except under CI=true, where the absence is a failure.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveDataDir } from '../defaults.js';
import { derivedKey } from '../derive/key.js';
import { type ImportSummary, importStore } from '../ingest/run.js';
import { after, before } from 'node:test';
import { type DB, isCurrent, openStore, storeStatus } from '../store/open.js';

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
  // The derived data (src/derive) depends on the model code too.
  return h.update(derivedKey()).update(realDataDir()).digest('hex').slice(0, 16);
}

/** The real data folder the data tier reads: CAREERDIFF_DATA, else DEFAULTS.dataDir. */
export const realDataDir = (): string => resolveDataDir();

/** True when the environment says this is CI, where the data tier must not skip. */
const inCi = (): boolean => /^(1|true)$/i.test(process.env.CI ?? '');

/**
 * The `skip` option of a data-tier test that needs `what` (a path): false when it exists; otherwise a skip
 * message, or, under CI=true, an error (so a CI without the data or the browser fails instead of going green).
 */
export function needs(what: string, hint = ''): string | false {
  if (fs.existsSync(what)) return false;
  const msg = `${what} is missing${hint ? ` (${hint})` : ''}`;
  if (inCi()) throw new Error(`CI=true: ${msg}; the data-tier tests cannot run`);
  return `${msg}; skipping`;
}

/** The `skip` option of a test that needs the real data folder (its O*NET 30.1 release marks it). */
export const needsRealData = (): string | false =>
  needs(path.join(realDataDir(), 'onet_30_1'), 'set CAREERDIFF_DATA to the data folder');

/** The shared real-data store and the summary of the import that built it. */
export function realStore(): { file: string; summary: ImportSummary } {
  const file = realStorePath();
  return { file, summary: JSON.parse(fs.readFileSync(`${file}.summary.json`, 'utf8')) as ImportSummary };
}

/** Path of the shared real-data store, building it if needed. */
export function realStorePath(): string {
  const file = path.join(os.tmpdir(), `careerdiff-test-store-${codeHash()}.sqlite`);
  const ready = () => isCurrent(storeStatus(file)) && fs.existsSync(`${file}.summary.json`);
  if (ready()) return file;
  const lock = `${file}.lock`;
  let fd: number | null = null;
  try {
    fd = fs.openSync(lock, 'wx');
  } catch {
    // Another test process is building it: wait (up to 5 minutes), then build ourselves if it never came.
    const until = Date.now() + 300_000;
    while (Date.now() < until && !ready() && fs.existsSync(lock)) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
    if (ready()) return file;
  }
  try {
    const summary = importStore({ dataDir: realDataDir(), dbFile: file });
    fs.writeFileSync(`${file}.summary.json.tmp`, JSON.stringify(summary));
    fs.renameSync(`${file}.summary.json.tmp`, `${file}.summary.json`);
  } finally {
    if (fd !== null) {
      fs.closeSync(fd);
      fs.rmSync(lock, { force: true });
    }
  }
  return file;
}

/**
 * The shared real store opened for one test file (before its tests, closed after): `file` and `db` are set unless
 * `skip` says why the data tier skips.
 */
export function useRealStore(): { skip: string | false; db: () => DB; file: () => string } {
  const skip = needsRealData();
  let db: DB | undefined;
  let file = '';
  before(() => {
    if (skip) return;
    file = realStorePath();
    db = openStore(file);
  });
  after(() => db?.close());
  return { skip, db: () => db!, file: () => file };
}
