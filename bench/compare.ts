/**
 * Comparison-engine benchmark: vectors for all occupations (one pass over the store), all-pairs similarity,
 * then 1,000 seeded random pairs compared warm (profiles cached after a first pass), by code and by title, and
 * compared and written as the Markdown article.
 * Prints a Markdown table with median / p99 latency, all-pairs time and peak RSS.
 *
 *   npx tsc -p . && node dist/bench/compare.js [--db FILE] [--n 1000] [--seed 7]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { compare } from '../src/compare/compare.js';
import { buildFeatures, SimilarityModel, useSimilarityModel } from '../src/compare/similarity.js';
import { resolveDataDir, resolveDbFile } from '../src/defaults.js';
import { ensureStore } from '../src/ingest/ensure.js';
import { openStore } from '../src/store/open.js';
import { renderMarkdown } from '../src/write/index.js';
import { loadRawOccupationData } from '../src/store/vectors.js';
import { rng } from './lib/resolve-sets.js';
import { StoreCache } from '../src/store/cache.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    data: { type: 'string' },
    n: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '7' },
  },
});
const N = Number(values.n);
const dbFile = resolveDbFile(values.db);
await ensureStore(resolveDataDir(values.data), dbFile, (l) => process.stderr.write(`${l}\n`));
const db = openStore(dbFile);
const store = new StoreCache(db);

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const timed = <T>(f: () => T): [T, number, number] => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = f();
  const cpu = process.cpuUsage(c0);
  return [r, performance.now() - t0, (cpu.user + cpu.system) / 1000];
};

const rows: [string, string, string][] = [];
const [raw, loadMs, loadCpu] = timed(() => loadRawOccupationData(db));
rows.push(['Load vectors (one pass over the store)', `${loadMs.toFixed(0)} ms`, `${loadCpu.toFixed(0)} ms`]);
const [features, featMs, featCpu] = timed(() => buildFeatures(raw));
rows.push(['Build feature vectors', `${featMs.toFixed(0)} ms`, `${featCpu.toFixed(0)} ms`]);
const model = new SimilarityModel(features);
const [, pairsMs, pairsCpu] = timed(() => model.matrix());
const n = model.size;
rows.push([`All-pairs similarity (${n} × ${n})`, `${pairsMs.toFixed(0)} ms`, `${pairsCpu.toFixed(0)} ms`]);
rows.push([
  'Load + vectors + all pairs',
  `${(loadMs + featMs + pairsMs).toFixed(0)} ms`,
  `${(loadCpu + featCpu + pairsCpu).toFixed(0)} ms`,
]);

// compare() uses the per-connection model: hand it this one, all pairs included.
useSimilarityModel(store, model);

const codes = model.features.map((f) => f.code);
const titles = new Map(model.features.map((f) => [f.code, f.title]));
const rand = rng(Number(values.seed));
const pairs = Array.from(
  { length: N },
  () => [codes[Math.floor(rand() * n)]!, codes[Math.floor(rand() * n)]!] as const,
);

const [, coldMs] = timed(() => {
  for (const [a, b] of pairs) compare(store, a, b);
});
rows.push([`First pass, ${N} pairs (loads each occupation once)`, `${coldMs.toFixed(0)} ms`, '']);

function run(label: string, input: (code: string) => string, write = false): void {
  const times: number[] = [];
  for (const [a, b] of pairs) {
    const t0 = performance.now();
    const c = compare(store, input(a), input(b));
    if (write) renderMarkdown(c);
    times.push(performance.now() - t0);
  }
  rows.push([`${label}: median`, `${quantile(times, 0.5).toFixed(3)} ms`, '']);
  rows.push([`${label}: p99`, `${quantile(times, 0.99).toFixed(3)} ms`, '']);
}
run(`Warm compare by code (${N} pairs)`, (c) => c);
run(`Warm compare by title (${N} pairs, incl. title resolution)`, (c) => titles.get(c)!);
run(`Warm compare + write the Markdown article, by code (${N} pairs)`, (c) => c, true);
run(`Warm compare + write the Markdown article, by title (${N} pairs)`, (c) => titles.get(c)!, true);

rows.push(['Peak RSS', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`, '']);
const load = os.loadavg()[0]!.toFixed(1);
console.log(`\nMachine: ${os.cpus().length} cores, load average ${load} (wall times include other processes' load).\n`);
console.log('| Step | Wall | CPU |');
console.log('|---|---:|---:|');
for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
db.close();
