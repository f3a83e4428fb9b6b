/**
 * The test runner behind `npm test` (all), `npm run test:unit` and `npm run test:data`: it runs the compiled
 * test files under dist/src with `node --test`. The data tier is every test file that imports
 * src/testkit/real-store.ts (the real data folder, the shared real-data store, the browser); the unit tier is
 * all the others and needs neither the data nor Chromium. The unit files do not get a process each (starting
 * one costs more CPU than most files' tests): they are shared out over one process per core, each process
 * running a generated entry file that imports its share, so node:test still reports every test and failure.
 * `--processes=N` sets how many (default: the cores), `--per-file` gives every file its own process again;
 * other extra arguments go to `node --test`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../src/defaults.js';

const DATA_MARK = /from ['"](?:\.\.?\/)+testkit\/real-store\.js['"]/;

/** The compiled test files under root, sorted, split into the unit and the data tier. */
function testFiles(root: string): { unit: string[]; data: string[] } {
  const unit: string[] = [];
  const data: string[] = [];
  const files = fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(root, f));
  for (const f of files) (DATA_MARK.test(fs.readFileSync(f, 'utf8')) ? data : unit).push(f);
  return { unit, data };
}

/**
 * Shares files out over `n` groups of about equal size in bytes (largest first, each to the lightest group so
 * far); each group keeps the sorted order, so a run is the same every time.
 */
function shareOut(files: { file: string; size: number }[], n: number): string[][] {
  const groups = Array.from({ length: Math.max(1, Math.min(n, files.length)) }, () => ({
    size: 0,
    files: [] as string[],
  }));
  for (const f of [...files].sort((a, b) => b.size - a.size || a.file.localeCompare(b.file))) {
    const lightest = groups.reduce((a, b) => (b.size < a.size ? b : a));
    lightest.size += f.size;
    lightest.files.push(f.file);
  }
  return groups.map((g) => g.files.sort());
}

/** Writes one entry file per group into dir: static imports of the group's test files, in order. */
function writeEntries(dir: string, groups: string[][]): string[] {
  return groups.map((g, i) => {
    const file = path.join(dir, `unit-${i + 1}-of-${groups.length}.mjs`);
    const lines = g.map((f) => `import ${JSON.stringify(pathToFileURL(f).href)};`);
    fs.writeFileSync(file, `// ${g.length} unit test files in one process (scripts/test.ts)\n${lines.join('\n')}\n`);
    return file;
  });
}

function main(argv: string[]): number {
  const [tier = 'all', ...args] = argv;
  if (tier !== 'unit' && tier !== 'data' && tier !== 'all') {
    process.stderr.write(
      `usage: node dist/scripts/test.js [unit|data|all] [--processes=N | --per-file] [node --test options]\n`,
    );
    return 2;
  }
  const perFile = args.includes('--per-file');
  const processes = args.find((a) => a.startsWith('--processes='));
  const rest = args.filter((a) => a !== '--per-file' && a !== processes);
  const cores = os.availableParallelism();
  const n = processes ? Number(processes.slice('--processes='.length)) : cores;
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`${processes}: the number of processes must be a whole number of at least 1\n`);
    return 2;
  }
  const all = testFiles(path.join(PROJECT_ROOT, 'dist/src'));
  const unit = tier === 'data' ? [] : all.unit;
  const data = tier === 'unit' ? [] : all.data;
  if (unit.length + data.length === 0) {
    process.stderr.write(`no ${tier} test files under dist/src (build first: npm run build)\n`);
    return 1;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'careerdiff-test-entries-'));
  try {
    const groups = shareOut(
      unit.map((file) => ({ file, size: fs.statSync(file).size })),
      n,
    );
    const entries = perFile || unit.length === 0 ? unit : writeEntries(tmp, groups);
    const r = spawnSync(process.execPath, ['--test', `--test-concurrency=${cores}`, ...rest, ...entries, ...data], {
      stdio: 'inherit',
    });
    return r.status ?? 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv.slice(2));
