/**
 * The O*NET rating tables: official Knowledge, Skills, Abilities, Work Activities, Work Context and Task
 * Ratings files (.txt or .xlsx, any folder, each with its release) and third-party derived extracts.
 * Records one section per table: "ok" when an official table of the text release's own version (or newer)
 * is there, "partial" when only an older release or a derived extract is, "missing" when nothing is.
 */
import type { IngestContext } from '../context.js';
import type { Ingester } from '../ingester.js';
import { derivedFileNames, findDerivedFiles, importDerivedFile } from './derived-ratings.js';
import { findRatingFiles, importRatingFile, RATING_TABLES, type RatingTableKind } from './official-ratings.js';
import { RatedTarget } from './rated-target.js';
import { compareVersions } from './release.js';
import { baseOf } from '../files.js';

export const onetRatingsIngester: Ingester = {
  name: 'O*NET rating tables',
  readAhead: (files) => {
    const names = new Set(RATING_TABLES.map((k) => `${k.name.toLowerCase()}.xlsx`));
    return [
      ...files.filter((rel) => names.has(baseOf(rel).toLowerCase())).map((rel) => ({ rel })),
      ...derivedFileNames(files).map((rel) => ({ rel, delimiter: ',' as const })),
    ];
  },
  run(ctx) {
    const target = new RatedTarget(ctx);
    for (const f of findRatingFiles(ctx)) importRatingFile(ctx, target, f);
    for (const f of findDerivedFiles(ctx)) importDerivedFile(ctx, target, f);
    const parts = ratingParts(ctx);
    for (const kind of RATING_TABLES) recordSection(ctx, target, kind, parts.get(kind.name) ?? []);
  },
};

interface Part {
  release: string;
  official: number;
  scales: string;
  occupations: number;
  rows: number;
}

/**
 * Each rating table's parts (release and official flag) with their scales and counts, newest release first: the
 * ratings grouped in one pass (was one pass per table), the task ratings in another.
 */
function ratingParts(ctx: IngestContext): Map<string, Part[]> {
  const select = `release, official, group_concat(DISTINCT scale_id) AS scales, COUNT(DISTINCT occ_code) AS occupations,
    COUNT(*) AS rows`;
  const order = 'CAST(release AS REAL) DESC, official DESC, release';
  const out = new Map<string, Part[]>();
  for (const r of ctx.db
    .prepare(`SELECT domain, ${select} FROM ratings GROUP BY domain, release, official ORDER BY domain, ${order}`)
    .all() as (Part & { domain: string })[]) {
    const { domain, ...part } = r;
    (out.get(domain) ?? out.set(domain, []).get(domain)!).push(part);
  }
  out.set(
    'Task Ratings',
    ctx.db.prepare(`SELECT ${select} FROM task_ratings GROUP BY release, official ORDER BY ${order}`).all() as Part[],
  );
  return out;
}

function recordSection(ctx: IngestContext, target: RatedTarget, kind: RatingTableKind, parts: Part[]): void {
  if (parts.length === 0) {
    ctx.warn(`${kind.name}: no rating table ("${kind.name}.txt" or "${kind.name}.xlsx") in the data folder`);
    ctx.section(kind.section, 'missing', 0, `${kind.name}: no file in the data folder`);
    return;
  }
  const current = parts.some((p) => p.official === 1 && compareVersions(p.release, target.version) >= 0);
  const described = parts.map(
    (p) =>
      `O*NET ${p.release} ${p.official ? 'official' : 'third-party derived extract'} ` +
      `(${p.scales.split(',').sort().join(', ')}; ${p.occupations} occupations)`,
  );
  const missing = current ? '' : `; no official O*NET ${target.version} file`;
  const rows = parts.reduce((s, p) => s + p.rows, 0);
  ctx.section(kind.section, current ? 'ok' : 'partial', rows, `${kind.name}: ${described.join(' + ')}${missing}`);
}
