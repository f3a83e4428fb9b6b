/**
 * Runs the TypeScript build (`tsc -p tsconfig.json`) only when dist is older than a source: a TypeScript file
 * under src, bench or scripts, tsconfig.json or package.json newer than dist/.tsbuildinfo (the incremental
 * build's record, touched here after every build). `npm run test:unit` and `npm run test:data` start with it, so a
 * test run right after a build does not pay the about 4 s of CPU (12 s under load) of a no-op `tsc`.
 * Plain JavaScript: it runs before anything is compiled.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const mtime = (f) => {
  try {
    return fs.statSync(f).mtimeMs;
  } catch {
    return -1;
  }
};

function newestSource() {
  let newest = Math.max(mtime(path.join(root, 'tsconfig.json')), mtime(path.join(root, 'package.json')));
  for (const dir of ['src', 'bench', 'scripts'])
    for (const f of fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }))
      if (f.endsWith('.ts')) newest = Math.max(newest, mtime(path.join(root, dir, f)));
  return newest;
}

const built = mtime(path.join(root, 'dist/.tsbuildinfo'));
if (built < 0 || newestSource() > built) {
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.json')], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
  // tsc leaves its record untouched when nothing changed: mark the build as current.
  const now = new Date();
  if (r.status === 0) fs.utimesSync(path.join(root, 'dist/.tsbuildinfo'), now, now);
  // The fast commands' one-file bundles are made from the compiled code (as `npm run build` does).
  if (r.status === 0)
    process.exitCode =
      spawnSync(process.execPath, [path.join(root, 'scripts/bundle-cli.mjs')], { stdio: 'inherit' }).status ?? 1;
}
