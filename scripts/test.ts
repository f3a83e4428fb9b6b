/**
 * The test runner behind `npm test` (all), `npm run test:unit` and `npm run test:data`: it runs the compiled
 * test files under dist/src with `node --test`. The data tier is every test file that imports
 * src/testkit/real-store.ts (the real data folder, the shared real-data store, the browser); the unit tier is
 * all the others and needs neither the data nor Chromium. Extra arguments go to `node --test`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/defaults.js';

type Tier = 'unit' | 'data' | 'all';

const DATA_MARK = /from ['"](?:\.\.?\/)+testkit\/real-store\.js['"]/;

/** The compiled test files of a tier, sorted. */
function testFiles(root: string, tier: Tier): string[] {
  const files = fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(root, f));
  if (tier === 'all') return files;
  return files.filter((f) => DATA_MARK.test(fs.readFileSync(f, 'utf8')) === (tier === 'data'));
}

function main(argv: string[]): number {
  const [tier = 'all', ...rest] = argv;
  if (tier !== 'unit' && tier !== 'data' && tier !== 'all') {
    process.stderr.write(`usage: node dist/scripts/test.js [unit|data|all] [node --test options]\n`);
    return 2;
  }
  const files = testFiles(path.join(PROJECT_ROOT, 'dist/src'), tier);
  if (files.length === 0) {
    process.stderr.write(`no ${tier} test files under dist/src (build first: npm run build)\n`);
    return 1;
  }
  const r = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...rest, ...files], { stdio: 'inherit' });
  return r.status ?? 1;
}

process.exitCode = main(process.argv.slice(2));
