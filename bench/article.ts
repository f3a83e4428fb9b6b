/**
 * Article-length benchmark: seeded random pairs of the kind readers compare (an occupation and one of its ten
 * most related, each typed as one of its own alternate titles and pinned to its code), written as articles.
 * Reports the median and spread of the prose from the title to the key-figures table (without tables and
 * collapsible parts, and with them), the share with both median wages within the first 250 words, and the
 * pairs with repeated sentences.
 *
 *   npx tsc -p . && node dist/bench/article.js [--db FILE] [--n 120] [--seed 11] [--show N]
 */
import { parseArgs } from 'node:util';
import { compare } from '../src/compare/compare.js';
import { relatedOf } from '../src/compare/related.js';
import { similarityModel } from '../src/compare/similarity.js';
import { resolveDataDir, resolveDbFile } from '../src/defaults.js';
import { ensureStore } from '../src/ingest/ensure.js';
import { openStore } from '../src/store/open.js';
import { rng } from '../src/testkit/rng.js';
import { articleOf, renderMarkdown } from '../src/write/index.js';
import { articleLength, repeatedSentences, wordsBefore } from '../src/write/measure.js';
import { medianText } from '../src/write/sections/keydiff.js';
import { makeCtx } from '../src/write/context.js';
import { StoreCache } from '../src/store/cache.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    data: { type: 'string' },
    n: { type: 'string', default: '120' },
    seed: { type: 'string', default: '11' },
    show: { type: 'string', default: '0' },
  },
});
const N = Number(values.n);
const dbFile = resolveDbFile(values.db);
await ensureStore(resolveDataDir(values.data), dbFile, (l) => process.stderr.write(`${l}\n`));
const db = openStore(dbFile);
const store = new StoreCache(db);
const model = similarityModel(store);
const rand = rng(Number(values.seed));
const codes = model.features.map((f) => f.code);
const altTitles = new Map<string, string[]>();
for (const r of db.prepare('SELECT occ_code AS code, title FROM alt_titles ORDER BY occ_code, title').all() as {
  code: string;
  title: string;
}[]) {
  if (r.title.length > 40 || /[(),/]/.test(r.title)) continue;
  const xs = altTitles.get(r.code) ?? [];
  xs.push(r.title);
  altTitles.set(r.code, xs);
}
const titleOf = (code: string) => {
  const xs = altTitles.get(code);
  return xs && xs.length > 0 ? xs[Math.floor(rand() * xs.length)]! : code;
};

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

const prose: number[] = [];
const withDetails: number[] = [];
let wageEarly = 0;
let withWages = 0;
let repeated = 0;
const shown = Number(values.show);
for (let i = 0; i < N; i++) {
  const a = codes[Math.floor(rand() * codes.length)]!;
  const rel = relatedOf(model, a, 10).related;
  const b = rel.length > 0 ? rel[Math.floor(rand() * rel.length)]!.code : codes[Math.floor(rand() * codes.length)]!;
  const ta = titleOf(a);
  const tb = titleOf(b);
  const c = compare(store, ta, tb, { aCode: a, bCode: b });
  const art = articleOf(c);
  const md = renderMarkdown(c);
  const len = articleLength(art);
  prose.push(len.prose);
  withDetails.push(len.withDetails);
  const ctx = makeCtx(c);
  const m = [medianText(ctx, 'a'), medianText(ctx, 'b')].filter((x): x is string => x !== null);
  if (m.length > 0) {
    withWages++;
    const pos = Math.max(...m.map((x) => wordsBefore(md, x.replace(/ an hour$/, '')) ?? Number.POSITIVE_INFINITY));
    if (pos < 250) wageEarly++;
  }
  const rep = repeatedSentences(md);
  if (rep.length > 0) repeated++;
  if (i < shown)
    console.log(
      `${ta} vs ${tb}: ${len.prose} words (${len.withDetails} with details)${rep.length ? `; repeated: ${rep[0]}` : ''}`,
    );
}
console.log(
  `\n${N} seeded pairs (seed ${values.seed}): an occupation and one of its 10 most related, typed as alternate titles.\n`,
);
console.log('| Measure | Value |');
console.log('|---|---:|');
console.log(`| Prose words, title to key figures (no tables, no collapsed parts): median | ${quantile(prose, 0.5)} |`);
console.log(`| … 10th / 90th percentile | ${quantile(prose, 0.1)} / ${quantile(prose, 0.9)} |`);
console.log(`| … max | ${Math.max(...prose)} |`);
console.log(`| Same with collapsible parts opened: median | ${quantile(withDetails, 0.5)} |`);
console.log(`| Both median wages within the first 250 words | ${wageEarly} of ${withWages} pairs with wages |`);
console.log(`| Articles with a repeated sentence | ${repeated} of ${N} |`);
db.close();
