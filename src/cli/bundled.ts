/**
 * Loads a command from its one-file bundle (scripts/bundle-cli.mjs writes dist/src/cli/bundled/) with a V8 code
 * cache beside it, so a run neither resolves and links 60–110 ES modules nor compiles the functions the last run
 * compiled. The bundle is used only while it is current: every file it was made from must still have the size and
 * modification time its manifest (<command>.json) lists (a `tsc` after an edit makes it stale, and the command then loads its
 * modules as usual, answering the same). The code cache is written after the first run of a bundle (one file per
 * bundle content; V8 rejects it after a Node upgrade or with other V8 flags, and it is then written anew); a folder
 * that cannot be written just keeps no cache. CAREERDIFF_NO_BUNDLE=1 turns bundles off (the unbundled modules answer).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as errors from '../errors.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bundled');
const ROOT = path.resolve(DIR, '../../../..');
const MANIFEST_FORMAT = 'careerdiff-cli-bundle/2';

interface BundleInfo {
  file: string;
  hash: string;
  size: number;
  mtimeMs: number;
  /** [path from the project root, size, modification time] of every file bundled */
  inputs: [string, number, number][];
}

const loaded = new Map<string, Record<string, unknown>>();

function sameStat(file: string, size: number, mtimeMs: number): boolean {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  return st !== undefined && st.size === size && st.mtimeMs === mtimeMs;
}

/** The manifest's entry for a bundle when the bundle and everything it was made from are unchanged, else null. */
export function currentBundle(name: string, dir = DIR, root = ROOT): BundleInfo | null {
  let info: BundleInfo | undefined;
  try {
    const m = JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')) as {
      format?: string;
      bundle?: BundleInfo;
    };
    if (m.format !== MANIFEST_FORMAT) return null;
    info = m.bundle;
  } catch {
    return null; // not bundled (no esbuild, or a build without the bundle step)
  }
  if (!info || !sameStat(path.join(dir, info.file), info.size, info.mtimeMs)) return null;
  // Paths joined as text (the manifest's are relative, '/'-separated, normalised): path.join for each of ~150
  // inputs cost about as much as their stat calls.
  const base = root.endsWith(path.sep) ? root : root + path.sep;
  for (const [rel, size, mtimeMs] of info.inputs) if (!sameStat(base + rel, size, mtimeMs)) return null;
  return info;
}

/** Where a bundle requires the module it shares with main.js (scripts/bundle-cli.mjs SHARED). */
const SHARED_ERRORS = '../../errors.js';

/**
 * A bundle's require: the error module main.js already imported is handed over as it is (require() of that ES
 * module resolved its path and package type anew, ~3 ms); everything else is Node's require from the bundle's folder.
 */
function bundleRequire(file: string): NodeJS.Require {
  const req = createRequire(file);
  const shared = ((id: string) => (id === SHARED_ERRORS ? errors : req(id))) as NodeJS.Require;
  return Object.assign(shared, { resolve: req.resolve, cache: req.cache, main: req.main, extensions: req.extensions });
}

/** The process event a command emits after building the store (a literal in src/cli/store.ts too: no import there). */
export const STORE_BUILT = 'careerdiff:store-built';

/**
 * The exports of the named bundle, or null when there is no current one. The bundle runs as CommonJS in this
 * context, compiled with its code cache when one was written for this content.
 */
export function loadBundled(name: string, dir = DIR, root = ROOT): Record<string, unknown> | null {
  if (process.env.CAREERDIFF_NO_BUNDLE === '1') return null;
  const key = path.join(dir, name);
  const done = loaded.get(key);
  if (done) return done;
  const info = currentBundle(name, dir, root);
  if (!info) return null;
  const file = path.join(dir, info.file);
  const cacheFile = path.join(dir, `${name}-${info.hash}.cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // first run of this bundle: the cache is written when it ends
  }
  // The bundle is ASCII (scripts/bundle-cli.mjs escapes the rest): read as one-byte text, not decoded as UTF-8.
  const source = fs.readFileSync(file, 'latin1');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const mod = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...a: unknown[]) => void)(mod.exports, bundleRequire(file), mod, file, dir);
  if (!cachedData || script.cachedDataRejected) {
    // A run that built the store (src/cli/store.ts emits STORE_BUILT) writes no cache: the import's seconds of work
    // had V8 flush the command's compiled functions, and its cache (145 kB against 194 kB) made every later
    // `resolve` compile them again (about 10 ms of CPU a run, measured).
    let built = false;
    process.once(STORE_BUILT, () => {
      built = true;
    });
    process.once('beforeExit', () => {
      // After the run: the cache then holds the functions this run compiled, not only the top level.
      if (built) return;
      try {
        const tmp = `${cacheFile}.${process.pid}`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        // a read-only install: no cache
      }
    });
  }
  loaded.set(key, mod.exports);
  return mod.exports;
}
