/**
 * API input benchmark: the cost per request of checking the query with the generated schema (src/site/api-input.ts)
 * next to the hand-written checks it replaced (src/site/security.ts cleanText/cleanCode/cleanInt), on the same
 * queries in the same run, and the one-off cost of a route's first request (loading Ajv, compiling its validator).
 *   npx tsc -p . && node dist/bench/api-input.js [--n 200000]
 */
import { parseArgs } from 'node:util';
import { apiInput, inputLimits } from '../src/site/api-input.js';
import { cleanCode, cleanInt, cleanText, requireText } from '../src/site/security.js';

const { values } = parseArgs({ options: { n: { type: 'string' } } });
const n = Number(values.n ?? 200_000);

const input = apiInput(inputLimits());
// The first request of a route loads Ajv (first route only) and compiles the route's validator.
const t0 = process.hrtime.bigint();
input('compare', () => undefined as unknown as string);
const t1 = process.hrtime.bigint();
input('resolve', (k) => (k === 'q' ? 'nurse' : undefined) as string);
const t2 = process.hrtime.bigint();
const firstMs = Number(t1 - t0) / 1e6;
const secondRouteMs = Number(t2 - t1) / 1e6;

const queries: Record<string, string>[] = [
  { a: 'registered nurse', b: 'nurse practitioner' },
  { a: 'associate producer', b: 'production assistant', bCode: '27-2012.00' },
  { q: 'data analyst', limit: '5' },
];
const get = (q: Record<string, string>) => (k: string) => q[k];

function schemaWay(q: Record<string, string>): unknown {
  return 'q' in q ? input('resolve', get(q)) : input('compare', get(q));
}
function handWay(q: Record<string, string>): unknown {
  if ('q' in q) return { q: requireText(q.q, 'q'), limit: cleanInt(q.limit, 'limit', 10, 1, 50) };
  return {
    a: cleanText(q.a, 'a'),
    b: cleanText(q.b, 'b'),
    aCode: cleanCode(q.aCode, 'aCode'),
    bCode: cleanCode(q.bCode, 'bCode'),
  };
}

function time(f: (q: Record<string, string>) => unknown): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) f(queries[i % queries.length]!);
  return Number(process.hrtime.bigint() - start) / n; // ns per request
}

const runs: { schema: number; hand: number }[] = [];
for (let r = 0; r < 5; r++) runs.push({ hand: time(handWay), schema: time(schemaWay) });
const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const schema = median(runs.map((r) => r.schema));
const hand = median(runs.map((r) => r.hand));
console.log(
  JSON.stringify({
    requests: n,
    firstRequestMs: Math.round(firstMs * 10) / 10,
    secondRouteFirstMs: Math.round(secondRouteMs * 10) / 10,
    schemaNsPerRequest: Math.round(schema),
    handNsPerRequest: Math.round(hand),
    ratio: Math.round((schema / hand) * 100) / 100,
  }),
);
