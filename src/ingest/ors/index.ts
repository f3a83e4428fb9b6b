/**
 * BLS Occupational Requirements Survey: work environment, physical demands, cognitive and mental requirements,
 * education, training and experience. Finds every ORS estimates workbook among the data files by name
 * (ors-complete-dataset*.xlsx, YYYY_excel_output*.xlsx) and tells release and layout from its sheets; a
 * 2018-style workbook (O*NET-SOC 2010 codes) needs soc_2010_to_2018_crosswalk*.xlsx in the same folder. Both
 * releases are kept; readers pick the newer (src/store/ors.ts). No ORS files: a warning and a missing section.
 */
import { dataError } from '../../errors.js';
import type { IngestContext } from '../context.js';
import { baseOf, dirOf } from '../files.js';
import type { Ingester } from '../ingester.js';
import { openWorkbook } from '../readers/xlsx.js';
import { readCrosswalk } from './crosswalk.js';
import {
  type Attachment,
  type Crosswalk,
  type OccupationsBySoc,
  type OnetOccupation,
  attachOnetSoc2010,
  attachSoc2018,
} from './mapping.js';
import { type OrsRelease, readOrsRelease } from './release.js';

const SECTION = 'work_environment';

const ESTIMATES = /^(ors-complete-dataset|\d{4}_excel_output)[^/]*\.xlsx$/i;
const CROSSWALK = /^soc_2010_to_2018_crosswalk[^/]*\.xlsx$/i;

/** The ORS estimate workbooks among the data files, and the crosswalk beside each (if any). */
function findOrsFiles(files: readonly string[]): { rel: string; crosswalk: string | null }[] {
  return files
    .filter((f) => ESTIMATES.test(baseOf(f)))
    .map((rel) => ({
      rel,
      crosswalk: files.find((f) => dirOf(f) === dirOf(rel) && CROSSWALK.test(baseOf(f))) ?? null,
    }));
}

export const orsIngester: Ingester = {
  name: 'BLS ORS',
  readAhead: (files) =>
    findOrsFiles(files).flatMap((f) => (f.crosswalk ? [{ rel: f.rel }, { rel: f.crosswalk }] : [{ rel: f.rel }])),
  run(ctx) {
    const found = findOrsFiles(ctx.files);
    if (found.length === 0) {
      const note = 'no BLS Occupational Requirements Survey files (ors-complete-dataset.xlsx, 2018_excel_output.xlsx)';
      ctx.warn(`${note}: work environment, physical demands and credentials are left out`);
      ctx.section(SECTION, 'missing', 0, note);
      return;
    }
    const crosswalks = new Map<string, Crosswalk>();
    const releases = new Map<string, string>();
    const notes: string[] = [];
    let total = 0;
    for (const { rel, crosswalk } of found) {
      const wb = openWorkbook(ctx.abs(rel), rel);
      const rel0 = readOrsRelease(wb);
      const other = releases.get(rel0.release);
      if (other) throw dataError(rel, undefined, `a second file of ORS release ${rel0.release} (the first: ${other})`);
      releases.set(rel0.release, rel);
      let cw: Crosswalk | null = null;
      if (rel0.layout.name === '2018') {
        if (!crosswalk) {
          throw dataError(
            rel,
            undefined,
            'this ORS release uses O*NET-SOC 2010 codes; soc_2010_to_2018_crosswalk.xlsx must be in the same folder',
          );
        }
        cw = crosswalks.get(crosswalk) ?? readCrosswalk(ctx, crosswalk);
        crosswalks.set(crosswalk, cw);
      }
      const n = importRelease(ctx, rel, rel0, cw);
      total += n;
      notes.push(`${rel0.release}${isPreliminary(rel0) ? ' (preliminary)' : ''}: ${n} rows`);
    }
    ctx.section(SECTION, 'ok', total, `BLS ORS ${notes.join('; ')}`);
  },
};

/** The store's O*NET occupations by SOC code (for placing 2018-release O*NET specialisations). */
function occupationsBySoc(ctx: IngestContext): OccupationsBySoc {
  const out = new Map<string, OnetOccupation[]>();
  for (const o of ctx.db.prepare('SELECT code, soc, title FROM occupations').all() as (OnetOccupation & {
    soc: string;
  })[])
    (out.get(o.soc) ?? out.set(o.soc, []).get(o.soc)!).push({ code: o.code, title: o.title });
  return out;
}

const isPreliminary = (r: OrsRelease): boolean => r.records.length > 0 && r.records.every((x) => x.preliminary);

/** Inserts one release: its footnotes, its occupation codes mapped to SOC 2018, and its estimates. */
function importRelease(ctx: IngestContext, rel: string, r: OrsRelease, cw: Crosswalk | null): number {
  const preliminary = isPreliminary(r);
  const sourceId = ctx.addSource(rel, {
    dataset: 'ors',
    publisher: 'U.S. Bureau of Labor Statistics, Occupational Requirements Survey',
    title: [
      `${r.title ?? `${r.release} Occupational Requirements Survey Estimates`}${preliminary ? ' (preliminary)' : ''}`,
      r.released,
    ]
      .filter(Boolean)
      .join('; '),
    release: r.release,
    period: r.release,
    license: 'Public domain (U.S. federal government work)',
  });

  // Occupation codes → SOC 2018 attachments; codes the crosswalk does not know are left out with a warning.
  const attachments = new Map<string, Attachment[]>();
  const insertOcc = ctx.db.prepare(
    `INSERT INTO ors_occupations (release, soc, published_code, published_title, level, mapping, specialisation,
       occ_code, targets, mapping_rank, mapping_note, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const occupations = cw ? occupationsBySoc(ctx) : new Map();
  let skipped = 0;
  let unplaced = 0;
  for (const rec of r.records) {
    if (attachments.has(rec.code)) continue;
    const att = cw ? attachOnetSoc2010(rec.code, cw, rec.occupation, occupations) : [attachSoc2018(rec.code)];
    if (!att) {
      ctx.warn(
        `O*NET-SOC 2010 code ${rec.code} (${rec.occupation}) is not in the 2010→2018 crosswalk: estimates left out`,
        r.label,
        rec.line,
      );
      attachments.set(rec.code, []);
      continue;
    }
    attachments.set(rec.code, att);
    if (att.length === 0) unplaced++;
    for (const a of att) {
      insertOcc.run(
        r.release,
        a.soc,
        rec.code,
        rec.occupation,
        a.level,
        a.mapping,
        a.specialisation ? 1 : 0,
        a.occCode,
        a.targets,
        a.rank,
        a.note,
        sourceId,
      );
    }
  }

  const insert = ctx.db.prepare(
    `INSERT INTO ors_estimates (release, preliminary, soc, published_code, estimate_code, series_id, requirement,
       category, category_code, additive_code, additive, estimate_text, unit, value, below_threshold, se,
       se_below_threshold, mode, data_footnotes, se_footnotes, series_footnotes, line, source_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  ctx.progress.start(r.label, r.records.length);
  let n = 0;
  r.records.forEach((rec, i) => {
    const att = attachments.get(rec.code) ?? [];
    if (att.length === 0) skipped++;
    for (const a of att) {
      try {
        insert.run(
          r.release,
          rec.preliminary ? 1 : 0,
          a.soc,
          rec.code,
          rec.estimateCode,
          rec.seriesId,
          rec.requirement,
          rec.category,
          rec.categoryCode,
          rec.additiveCode,
          rec.additive,
          rec.estimateText,
          rec.unit,
          rec.value,
          rec.belowThreshold,
          rec.se,
          rec.seBelowThreshold,
          rec.mode ? 1 : 0,
          rec.dataFootnotes,
          rec.seFootnotes,
          rec.seriesFootnotes,
          rec.line,
          sourceId,
        );
      } catch (err) {
        const e = err as { code?: string; message?: string };
        if (e.code?.startsWith('SQLITE_CONSTRAINT'))
          throw dataError(r.label, rec.line, `invalid or duplicated estimate (${e.message})`);
        throw err;
      }
      n++;
    }
    if ((i & 4095) === 4095) ctx.progress.tick(4096);
  });
  ctx.progress.done();

  const insertFn = ctx.db.prepare(
    'INSERT INTO ors_footnotes (release, code, text, kind, threshold, in_file, source_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const fn of r.footnotes.values()) {
    insertFn.run(r.release, fn.code, fn.text, fn.kind, fn.threshold, fn.inFile ? 1 : 0, sourceId);
  }
  if (skipped > 0)
    ctx.warn(
      `${skipped} ORS ${r.release} estimates left out: occupation code not in the crosswalk` +
        (unplaced > 0
          ? ` or (${unplaced} codes) not mapped to any single 2018 occupation (a split catch-all or specialisation)`
          : ''),
      r.label,
    );
  ctx.setSourceRows(sourceId, r.records.length);
  ctx.count('ors_estimates', n);
  ctx.count(
    'ors_occupations',
    [...attachments.values()].reduce((s, a) => s + a.length, 0),
  );
  return n;
}
