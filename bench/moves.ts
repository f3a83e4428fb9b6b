/**
 * Career-moves benchmark and hand check: (1) timings of a moves page, a path (the API's routes, the route page
 * and the "Getting there" block of a comparison page) and a line-up, each URL requested once (page cache
 * cold), in-process through the site's own routes over the real store, after the one-time per-store build; (2)
 * for the sample of
 * test/moves/ooh-similar.json, how many of the occupations BLS's Occupational Outlook Handbook lists as similar
 * are careerdiff moves within reach (and among the 40 most similar at all), with the reasons the others are
 * not; (3) the OOH advancement routes of the same file, as careerdiff routes them.
 * Usage: node dist/bench/moves.js [--db FILE] [--pages N]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MOVES_DEFAULTS, PROJECT_ROOT, resolveDataDir, resolveDbFile } from '../src/defaults.js';
import { createEngine } from '../src/engine/engine.js';
import { ensureStore } from '../src/ingest/ensure.js';
import { buildMove, movesFrom, movesOptions, movesQuery } from '../src/moves/moves.js';
import { routes } from '../src/moves/routes.js';
import { createApp } from '../src/site/app.js';
import { gettingThere } from '../src/site/pages/moves.js';
import { openStore } from '../src/store/open.js';
import { rng as seeded } from '../src/testkit/rng.js';
import { machine, median, percentile } from './lib/stats.js';

const { values } = parseArgs({ options: { db: { type: 'string' }, pages: { type: 'string' } } });
const dbFile = resolveDbFile(values.db);
await ensureStore(resolveDataDir(), dbFile);
const db = openStore(dbFile);
const engine = createEngine(db);
const { app, site } = createApp({ engine, onServerError: (e) => console.error(e) });
const N = Number(values.pages ?? 200);

const t0 = performance.now();
const cat = site.catalog();
const tCatalog = performance.now() - t0;
const t1 = performance.now();
const data = engine.moves();
const tBuild = performance.now() - t1;

const rng = seeded(14);
const occs = cat.occupations.filter((o) => data.occupation(o.code)?.hasData);
const pick = () => occs[Math.floor(rng() * occs.length)]!;

async function time(url: string): Promise<number> {
  const s = performance.now();
  const res = await app.request(url);
  await res.arrayBuffer();
  const ms = performance.now() - s;
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return ms;
}

const seen = new Set<string>();
const fresh = (make: () => string): string => {
  for (;;) {
    const u = make();
    if (!seen.has(u)) {
      seen.add(u);
      return u;
    }
  }
};
const movesMs: number[] = [];
const pathMs: number[] = [];
const thereMs: number[] = [];
const routeMs: number[] = [];
const lineupMs: number[] = [];
for (let i = 0; i < N; i++) {
  movesMs.push(await time(fresh(() => `${pick().path}/moves`)));
  const a = pick();
  let b = pick();
  while (b.code === a.code) b = pick();
  pathMs.push(await time(fresh(() => `/api/path/${a.code}/${b.code}`)));
  routeMs.push(await time(fresh(() => `${a.path}/moves/${b.slug}`)));
  const s = performance.now();
  gettingThere(site, a.code, b.code);
  thereMs.push(performance.now() - s);
  const l = [pick(), pick(), pick()].map((o) => o.code);
  if (new Set(l).size === 3) lineupMs.push(await time(fresh(() => `/api/lineup?codes=${l.join(',')}`)));
}
const row = (name: string, xs: number[]) =>
  `| ${name} | ${xs.length} | ${median(xs).toFixed(2)} | ${percentile(xs, 95).toFixed(2)} | ${Math.max(...xs).toFixed(2)} |`;
console.log(`machine: ${machine()}`);
console.log(`store: ${dbFile}; catalog ${tCatalog.toFixed(0)} ms; moves data built once in ${tBuild.toFixed(0)} ms\n`);
console.log('| request (each URL once, page cache cold) | n | median ms | p95 ms | max ms |');
console.log('|---|---|---|---|---|');
console.log(row('moves page /occupation/<x>/moves', movesMs));
console.log(row('path /api/path/<x>/<y>', pathMs));
console.log(row('route page /occupation/<x>/moves/<y>', routeMs));
console.log(row('"Getting there" block of a comparison page (both directions)', thereMs));
console.log(row('line-up /api/lineup (3 careers)', lineupMs));

// (2) OOH similar occupations against careerdiff's moves.
const ooh = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test/moves/ooh-similar.json'), 'utf8')) as {
  occupations: Record<string, string[]>;
  routes: { pairs: [string, string][] };
};
const o = movesOptions();
const title = (c: string) => data.occupation(c)?.title ?? c;
let hits = 0;
let inTop = 0;
let total = 0;
console.log('\n| occupation | OOH similar | within reach | among 40 most similar | not within reach, and why |');
console.log('|---|---|---|---|---|');
for (const [code, list] of Object.entries(ooh.occupations)) {
  const r = movesFrom(data, code, movesQuery({ limit: MOVES_DEFAULTS.maxLimit }), o);
  const within = new Set(r.moves.map((m) => m.code));
  const nb = data.neighbours(code).slice(0, o.neighbours);
  const rankOf = (c: string) => nb.findIndex((n) => n.code === c) + 1 || null;
  const missing: string[] = [];
  let h = 0;
  let t = 0;
  for (const c of list) {
    if (!data.occupation(c)) {
      missing.push(`${c} (no such O*NET code)`);
      continue;
    }
    if (within.has(c)) h++;
    if (rankOf(c)) t++;
    if (!within.has(c)) {
      const m = buildMove(data, code, c, data.similarity(code, c), rankOf(c), o);
      missing.push(`${title(c)}: ${m.outOfReach.join('; ')}`);
    }
  }
  hits += h;
  inTop += t;
  total += list.length;
  console.log(`| ${title(code)} | ${list.length} | ${h} | ${t} | ${missing.join(' · ')} |`);
}
console.log(
  `| **all** | ${total} | ${hits} (${((hits / total) * 100).toFixed(0)}%) | ${inTop} (${((inTop / total) * 100).toFixed(0)}%) | |`,
);

// (3) OOH advancement routes.
console.log('\n| OOH route | careerdiff | route(s) or why not |');
console.log('|---|---|---|');
for (const [a, b] of ooh.routes.pairs) {
  const r = routes(data, a, b, o);
  const how =
    r.status === 'direct'
      ? `gap ${r.direct.gap.score?.toFixed(2)}`
      : r.status === 'routes'
        ? r.routes.map((x) => x.codes.map(title).join(' → ')).join(' / ')
        : r.direct.outOfReach.join('; ');
  console.log(`| ${title(a)} → ${title(b)} | ${r.status} | ${how} |`);
}
db.close();
