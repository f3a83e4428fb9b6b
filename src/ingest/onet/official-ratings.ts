/**
 * Official O*NET rating tables, text (.txt) or Excel (.xlsx), found in any folder: Knowledge, Skills,
 * Abilities, Work Activities, Work Context (with its Category column) and Task Ratings. Each keeps the
 * release named by its folder's Read Me. Columns are mapped by header name, so the layouts with and
 * without a Title column both work.
 */
import type { IngestContext } from '../context.js';
import { openWorkbook, readSheet } from '../readers/xlsx.js';
import type { Table } from '../readers/table.js';
import { baseOf, dirOf } from '../files.js';
import {
  CODE,
  INSERT_RATING,
  INSERT_TASK_RATING,
  onetSource,
  ratingColumns,
  ratingValues,
  readOnetText,
} from './common.js';
import type { RatedTarget } from './rated-target.js';
import { type OnetRelease, tryReadRelease } from './release.js';

export interface RatingTableKind {
  /** File name without extension, also the domain in `ratings` (Task Ratings goes to `task_ratings`). */
  name: string;
  section: string;
}

export const RATING_TABLES: readonly RatingTableKind[] = [
  { name: 'Knowledge', section: 'knowledge' },
  { name: 'Skills', section: 'skills' },
  { name: 'Abilities', section: 'abilities' },
  { name: 'Work Activities', section: 'work_activities' },
  { name: 'Work Context', section: 'work_context' },
  { name: 'Task Ratings', section: 'task_ratings' },
];

/** One rating file to import. */
interface RatingFile {
  kind: RatingTableKind;
  rel: string;
  release: OnetRelease;
}

/**
 * Every official rating file in the data folder: a file named exactly like an O*NET rating table in a folder
 * whose Read Me names an O*NET release (so a BLS "skills.xlsx" is not taken for one). A table named so in a
 * folder without such a Read Me is skipped with a warning; with both .txt and .xlsx of a table, the .txt is used.
 */
export function findRatingFiles(ctx: IngestContext): RatingFile[] {
  const byName = new Map(RATING_TABLES.map((k) => [k.name, k]));
  const found = new Map<string, { kind: RatingTableKind; rel: string }>();
  for (const rel of ctx.files) {
    const m = /^(.*)\.(txt|xlsx)$/.exec(baseOf(rel));
    const kind = m ? byName.get(m[1]!) : undefined;
    if (!kind) continue;
    const key = `${dirOf(rel)}\n${kind.name}`;
    const prev = found.get(key);
    if (prev) {
      const [txt, xlsx] = prev.rel.endsWith('.txt') ? [prev.rel, rel] : [rel, prev.rel];
      ctx.warn(`${kind.name}: both ${txt} and ${xlsx} are in the data folder; ${txt} is used`, xlsx);
      found.set(key, { kind, rel: txt });
    } else found.set(key, { kind, rel });
  }
  const releases = new Map<string, OnetRelease | null>();
  const out: RatingFile[] = [];
  for (const { kind, rel } of found.values()) {
    const dir = dirOf(rel);
    if (!releases.has(dir)) releases.set(dir, tryReadRelease(ctx, dir));
    const release = releases.get(dir);
    if (release) out.push({ kind, rel, release });
    else ctx.warn(`${kind.name}: not imported, no "Read Me.txt" naming an O*NET release beside it`, rel);
  }
  return out;
}

function readRatingTable(ctx: IngestContext, f: RatingFile, required: readonly string[]): Table {
  if (/\.txt$/i.test(f.rel)) return readOnetText(ctx, f.rel, required);
  const wb = openWorkbook(ctx.abs(f.rel), f.rel);
  const own = wb.sheetNames.find((s) => s.toLowerCase() === f.kind.name.toLowerCase());
  return readSheet(wb, { required, ...(own ? { sheet: own } : {}) });
}

/** Imports one official rating file; returns the rows stored. */
export function importRatingFile(ctx: IngestContext, target: RatedTarget, f: RatingFile): number {
  const isTasks = f.kind.name === 'Task Ratings';
  const table = readRatingTable(
    ctx,
    f,
    isTasks ? [CODE, 'Task ID', 'Scale ID', 'Data Value'] : [CODE, 'Element ID', 'Scale ID', 'Data Value'],
  );
  const sourceId = ctx.addSource(f.rel, { ...onetSource(f.release, 'onet_ratings') });
  const check = target.checker(ctx, table.label, f.release.version === target.version);
  const cols = ratingColumns(table);
  const { version } = f.release;
  let n: number;
  if (isTasks) {
    n = ctx.insertRows(
      table,
      INSERT_TASK_RATING,
      (row) => {
        const code = row.str(CODE);
        const taskId = row.int('Task ID');
        if (!check.known(row, CODE, code, 'Task ID', taskId)) return null;
        // task_ratings has no not_relevant column: drop it from the shared rating values.
        const [category, value, nn, se, lo, hi, sup, , date, ds] = ratingValues(row, cols);
        return [
          code,
          taskId,
          row.str('Scale ID'),
          category,
          value,
          nn,
          se,
          lo,
          hi,
          sup,
          date,
          ds,
          version,
          1,
          sourceId,
        ];
      },
      'task_ratings',
    );
  } else {
    n = ctx.insertRows(
      table,
      INSERT_RATING,
      (row) => {
        const code = row.str(CODE);
        if (!check.known(row, CODE, code)) return null;
        const [category, ...rest] = ratingValues(row, cols);
        return [code, f.kind.name, row.str('Element ID'), row.str('Scale ID'), category, ...rest, version, 1, sourceId];
      },
      'ratings',
    );
  }
  check.finish();
  ctx.setSourceRows(sourceId, n);
  return n;
}
