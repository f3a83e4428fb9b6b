/**
 * Route fuzzing for the site tests (issue 12): seeded random requests built from real routes and hostile pieces
 * (slashes, backslashes, percent escapes, control and bidi characters, text outside Latin-1, long values,
 * other methods), for a time budget. Every answer must be below 500, every Location a local path, every
 * method other than GET/HEAD a 405. CAREERDIFF_FUZZ_SEED / CAREERDIFF_FUZZ_MS replay a seed or run longer.
 */
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { isLocalLocation } from '../site/guards.js';
import { rng } from './rng.js';

export const FUZZ_SEED = Number(process.env.CAREERDIFF_FUZZ_SEED ?? 12);
export const FUZZ_MS = Number(process.env.CAREERDIFF_FUZZ_MS ?? 3000);
const MAX_REQUESTS = 20_000;
const PREFIXES = [
  '/',
  '/compare',
  '/compare/',
  '/occupation/',
  '/search',
  '/family/',
  '/job-zone/',
  '/assets/',
  '/sitemap.xml',
  '/search-index.json',
  '/robots.txt',
  '/favicon.ico',
  '/api/resolve',
  '/api/compare',
  '/api/occupation/',
  '/api/related/',
  '/api/moves/',
  '/api/path/',
  '/api/lineup',
  '/occupation/producers-and-directors/moves',
  '/api/openapi.json',
  '/api/health',
  '/api/',
  '//',
  '/./',
  '/../',
];
const PIECES = [
  '/',
  '//',
  '///',
  '\\',
  '%5C',
  '%5c%5c',
  '%2F',
  '%2f%2f',
  '%09',
  '%0d%0a',
  '%00',
  '%7F',
  '%C2%85',
  '%',
  '%zz',
  '%E2%80%AE',
  '%E2%80%8B',
  '%D7%90',
  '%F0%9F%98%80',
  '%ED%A0%80',
  '%FF',
  '..',
  '.',
  'evil.example',
  '@evil.example',
  ':',
  '-vs-',
  '-vs-vs-',
  '/moves',
  '/27-4011.00',
  'producers-and-directors',
  'audio-and-video-technicians',
  'software-developers',
  'nurse',
  'associate producer',
  'video%20production%20assistant',
  '27-2012.00',
  '27-2012',
  '99-9999.00',
  '1',
  '6',
  'site.css',
  'é',
  'ß',
  ' ',
  '"',
  "'",
  '<script>alert(1)</script>',
  '?',
  '#',
  '&',
  '=',
  '+',
];
const KEYS = [
  'a',
  'b',
  'q',
  'aCode',
  'bCode',
  'limit',
  'pairs',
  'with',
  'v',
  'codes',
  'sort',
  'noMoreSchooling',
  'paysMore',
  'x',
  'a[]',
  '',
];
const VALUES = [
  '',
  'nurse',
  'producer',
  'associate%20producer',
  'video+production+assistant',
  '27-2012.00',
  '27-4011',
  '11-1111.11',
  'nonsense',
  '0',
  '1',
  '50',
  '51',
  '-1',
  '99999999',
  '1e3',
  '%00',
  '%0d%0aSet-Cookie:x',
  '%E2%80%AE',
  '%F0%9F%98%80',
  '%',
  '//evil.example',
  '<script>',
  '27-2012.00,27-4011.00',
  '27-2012.00,27-4011.00,15-1252.00,43-5061.00,27-4012.00',
  'similarity',
  'pay',
  'true',
];
const ENCODINGS = ['gzip', 'gzip, deflate, br', '*', 'identity;q=0', 'gzip;q=0', '\u00ff', 'x'.repeat(500)];
const ETAGS = ['*', '"x"', 'W/"abc"', '""', '"', 'x'.repeat(300)];
const METHODS = ['HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

interface FuzzResult {
  requests: number;
  statuses: Map<number, number>;
}

/** Sends seeded random requests to `app` for `budgetMs`, asserting on each answer; `real` are paths that exist. */
export async function fuzzRoutes(
  app: Hono,
  real: readonly string[],
  seed: number = FUZZ_SEED,
  budgetMs: number = FUZZ_MS,
): Promise<FuzzResult> {
  const SEED = seed;
  const BUDGET_MS = budgetMs;
  const random = rng(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const t0 = performance.now();
  const statuses = new Map<number, number>();
  let n = 0;
  while (performance.now() - t0 < BUDGET_MS && n < MAX_REQUESTS) {
    let path = random() < 0.3 ? pick(real) : pick(PREFIXES);
    const pieces = Math.floor(random() * 5);
    for (let i = 0; i < pieces; i++) path += pick(PIECES);
    if (random() < 0.05) path += 'x'.repeat(Math.floor(random() * 2000));
    if (random() < 0.3) path += '/';
    if (random() < 0.6) {
      const params = 1 + Math.floor(random() * 4);
      const parts: string[] = [];
      for (let i = 0; i < params; i++) parts.push(`${pick(KEYS)}=${pick(VALUES)}${random() < 0.1 ? pick(VALUES) : ''}`);
      path += `?${parts.join('&')}`;
    }
    const method = random() < 0.8 ? 'GET' : pick(METHODS);
    let url: string;
    try {
      // As a request target: appended to the origin, so '//x' stays a path (as it is on the wire).
      const u = new URL(`http://localhost${path}`);
      if (u.host !== 'localhost' || u.username || u.password) continue;
      url = u.toString();
    } catch {
      continue; // not a URL a client could send
    }
    n++;
    const headers: Record<string, string> = {};
    if (random() < 0.3) headers['accept-encoding'] = pick(ENCODINGS);
    if (random() < 0.1) headers['if-none-match'] = pick(ETAGS);
    const res = await app.request(url, { method, headers });
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    const what = `${method} ${path.slice(0, 300)} (seed ${SEED}, request ${n})`;
    assert.ok(res.status < 500, `${what} → ${res.status}`);
    const loc = res.headers.get('location');
    if (loc !== null) assert.ok(isLocalLocation(loc), `${what} → Location ${loc}`);
    if (method !== 'GET' && method !== 'HEAD') assert.equal(res.status, 405, what);
    await res.arrayBuffer();
  }
  return { requests: n, statuses };
}

/** "n requests; statuses {...}" for a test's diagnostic line. */
export const fuzzSummary = (r: FuzzResult): string =>
  `${r.requests} requests; statuses ${JSON.stringify(Object.fromEntries([...r.statuses].sort((a, b) => a[0] - b[0])))}`;
