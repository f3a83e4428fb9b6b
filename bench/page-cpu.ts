/**
 * CPU per uncached comparison page, in-process (issue 10): an app over the real store answers `app.request`
 * for seeded random pairs of occupations (the pairs bench/serve.sh asks for, never the same page twice), after
 * a warm-up; prints CPU (user + system) and wall time per page. `--hash FILE` instead writes a SHA-1 of every
 * page's HTML and of its /api/compare JSON (plus the seed pair), so two builds can be diffed byte for byte.
 *
 * `--profile FILE` writes a V8 CPU profile (.cpuprofile) of the measured pages only.
 *
 *   npx tsc -p . && node dist/bench/page-cpu.js --db FILE [--n 400] [--warm 50] [--seed 7] [--api] [--hash FILE]
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../src/defaults.js';
import { createEngine } from '../src/engine/engine.js';
import { ensureStore } from '../src/ingest/ensure.js';
import { createApp } from '../src/site/app.js';
import { comparePath } from '../src/site/slug.js';
import { openStore } from '../src/store/open.js';
import { rng } from '../src/testkit/rng.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    n: { type: 'string', default: '400' },
    warm: { type: 'string', default: '50' },
    seed: { type: 'string', default: '7' },
    api: { type: 'boolean', default: false },
    hash: { type: 'string' },
    profile: { type: 'string' },
  },
});
if (!values.db) throw new Error('--db FILE is required');
const N = Number(values.n);
const WARM = Number(values.warm);
// The store is built or rebuilt first when its derived data is not this code's (src/ingest/ensure.ts).
await ensureStore(resolveDataDir(undefined), values.db, (l) => process.stderr.write(`${l}\n`));
const { app, site } = createApp({ engine: createEngine(openStore(values.db)), onServerError: () => {} });
const occ = site.catalog().occupations;

/** Distinct random pairs in catalog order, as bench/serve.sh draws them. */
function pairs(seed: number, n: number): [number, number][] {
  const r = rng(seed);
  const seen = new Set<number>();
  const out: [number, number][] = [];
  while (out.length < n) {
    let i = Math.floor(r() * occ.length);
    let j = Math.floor(r() * occ.length);
    if (i === j) continue;
    if (i > j) [i, j] = [j, i];
    if (seen.has(i * 4096 + j)) continue;
    seen.add(i * 4096 + j);
    out.push([i, j]);
  }
  return out;
}

const sha = (s: string) => createHash('sha1').update(s).digest('hex');
async function get(path: string): Promise<string> {
  const res = await app.request(path);
  if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
  return res.text();
}
const pagePath = ([i, j]: [number, number]) => comparePath(occ[i]!.slug, occ[j]!.slug);
const apiPath = ([i, j]: [number, number]) => `/api/compare?aCode=${occ[i]!.code}&bCode=${occ[j]!.code}`;

if (values.hash) {
  const lines: string[] = [];
  const seedPage = await app.request('/compare?a=associate%20producer&b=production%20assistant');
  const typed = seedPage.headers.get('location') ?? '';
  lines.push(`seed-page ${typed} ${sha(await get(typed))}`);
  lines.push(`seed-api ${sha(await get('/api/compare?a=associate%20producer&b=production%20assistant'))}`);
  for (const p of pairs(Number(values.seed), N))
    lines.push(`${pagePath(p)} ${sha(await get(pagePath(p)))} ${sha(await get(apiPath(p)))}`);
  // Routes both ways and the moves pages of the first pairs' occupations (the route search and moves data).
  for (const [i, j] of pairs(Number(values.seed), Math.min(N, 100))) {
    const [a, b] = [occ[i]!, occ[j]!];
    lines.push(
      `routes ${a.code} ${b.code} ${sha(await get(`/api/path/${a.code}/${b.code}`))} ${sha(await get(`/api/path/${b.code}/${a.code}`))}`,
    );
    lines.push(
      `moves ${a.code} ${sha(await get(`/occupation/${a.slug}/moves`))} ${sha(await get(`/api/moves/${a.code}`))}`,
    );
  }
  fs.writeFileSync(values.hash, `${lines.join('\n')}\n`);
  console.log(`wrote ${lines.length} hashes to ${values.hash}`);
} else {
  const all = pairs(Number(values.seed), WARM + N);
  const path = values.api ? apiPath : pagePath;
  for (const p of all.slice(0, WARM)) await get(path(p));
  const session = values.profile ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let bytes = 0;
  for (const p of all.slice(WARM)) bytes += (await get(path(p))).length;
  const cpu = process.cpuUsage(c0);
  const wall = performance.now() - t0;
  if (session && values.profile) {
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(values.profile, JSON.stringify(profile));
  }
  const mem = process.memoryUsage();
  console.log(
    `${values.api ? 'api' : 'page'}: ${N} pairs, CPU ${((cpu.user + cpu.system) / 1000 / N).toFixed(2)} ms/page ` +
      `(user ${(cpu.user / 1000 / N).toFixed(2)}, sys ${(cpu.system / 1000 / N).toFixed(2)}), wall ${(wall / N).toFixed(2)} ms/page, ` +
      `${Math.round(bytes / N)} B/page; RSS ${Math.round(mem.rss / 2 ** 20)} MB, heap ${Math.round(mem.heapUsed / 2 ** 20)} MB`,
  );
}
