/**
 * What the derived data was computed by: a hash of the compiled code that computes it (the similarity model,
 * the resolver's index, the catalog, this stage) and of the tunables. Stored in the store's meta at import; a
 * store whose key differs from the running code's is rebuilt on first use like one of an older schema
 * version, so a changed model (a new similarity component, other weights) never serves stale derived data.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Folders and files (relative to the compiled src/) whose code computes derived data. */
const DERIVED_FROM = [
  'moves',
  'derive',
  'compare',
  'moves',
  'resolve',
  'store',
  'site/catalog.js',
  'site/slug.js',
  'defaults.js',
];

let key: string | undefined;

/** The hashed files with their size and modification time: a changed file changes this fingerprint. */
function codeFiles(): { rel: string; file: string; stamp: string }[] {
  const out: { rel: string; file: string; stamp: string }[] = [];
  const isCode = (name: string) => /\.(js|ts)$/.test(name) && !name.endsWith('.d.ts') && !name.includes('.test.');
  const addFile = (rel: string) => {
    const file = path.join(SRC, rel);
    try {
      const st = fs.statSync(file);
      // The change time too: any write or rename sets it, and no tool sets it back (unlike the modification time).
      out.push({ rel, file, stamp: `${rel}:${st.size}:${st.mtimeMs}:${st.ctimeMs}` });
    } catch {
      // not there (a source layout without this file)
    }
  };
  const addDir = (rel: string) => {
    for (const e of fs
      .readdirSync(path.join(SRC, rel), { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.includes('.test.')) continue;
      if (e.isDirectory()) addDir(path.join(rel, e.name));
      else if (isCode(e.name)) addFile(path.join(rel, e.name));
    }
  };
  for (const rel of DERIVED_FROM) {
    if (!isCode(rel)) {
      try {
        addDir(rel);
      } catch {
        // no such folder
      }
    } else addFile(rel);
  }
  return out;
}

/**
 * Where the key is kept beside the code, with the fingerprint it was computed for: every command checks the
 * key, and statting the files is cheaper than reading and hashing them. A fingerprint that differs (a rebuilt
 * file) recomputes the key from the contents; a folder that cannot be written just keeps no cache.
 */
const CACHE = path.join(SRC, 'derive', '.derived-key.json');

export function derivedKey(): string {
  if (key) return key;
  const files = codeFiles();
  // Compared as text: no hash to set up on the fast path.
  const fingerprint = files.map((f) => f.stamp).join('\n');
  try {
    const cached = JSON.parse(fs.readFileSync(CACHE, 'utf8')) as { fingerprint?: string; key?: string };
    if (cached.fingerprint === fingerprint && typeof cached.key === 'string') {
      key = cached.key;
      return key;
    }
  } catch {
    // no cache yet
  }
  const h = crypto.createHash('sha256');
  for (const f of files) h.update(f.rel).update(fs.readFileSync(f.file));
  key = h.digest('hex').slice(0, 16);
  try {
    const tmp = `${CACHE}.${process.pid}`;
    fs.writeFileSync(tmp, JSON.stringify({ fingerprint, key }));
    fs.renameSync(tmp, CACHE);
  } catch {
    // a read-only install: the key is computed each time
  }
  return key;
}
