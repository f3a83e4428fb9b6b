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
export const DERIVED_FROM = [
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

export function derivedKey(): string {
  if (key) return key;
  const h = crypto.createHash('sha256');
  const add = (rel: string) => {
    const p = path.join(SRC, rel);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) if (!name.includes('.test.')) add(path.join(rel, name));
    } else if (/\.(js|ts)$/.test(p) && !p.endsWith('.d.ts') && !p.endsWith('.map')) {
      h.update(rel).update(fs.readFileSync(p));
    }
  };
  for (const rel of DERIVED_FROM) add(rel);
  key = h.digest('hex').slice(0, 16);
  return key;
}
