/** The ORS import on small workbooks in the official layouts: values, thresholds, crosswalk, bad input. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { CareerdiffError } from '../../errors.js';
import { importStore } from '../run.js';
import {
  type Cell,
  HEADER_2020,
  SCENARIO_2018,
  SCENARIO_2020,
  SCENARIO_CROSSWALK,
  SCENARIO_OCCUPATIONS,
  fakeOccupations,
  row2018,
  row2020,
  tempDir,
  write2018,
  write2020,
  writeCrosswalk,
  writeScenario,
} from './fixtures.js';
import { orsIngester } from './index.js';

const ingesters = [fakeOccupations(SCENARIO_OCCUPATIONS), orsIngester];

function build(dataDir: string) {
  const dbFile = path.join(tempDir(), 'store.sqlite');
  const summary = importStore({ dataDir, dbFile, ingesters });
  return { summary, db: new Database(dbFile, { readonly: true }) };
}

/** Imports and returns the CareerdiffError it must fail with; checks that no store was left behind. */
function failure(dataDir: string): CareerdiffError {
  const dbFile = path.join(tempDir(), 'store.sqlite');
  let caught: unknown;
  try {
    importStore({ dataDir, dbFile, ingesters });
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof CareerdiffError, `expected a CareerdiffError, got ${String(caught)}`);
  assert.equal(caught.kind, 'data');
  assert.equal(fs.existsSync(dbFile), false, 'a failed import leaves no store');
  assert.deepEqual(
    fs.readdirSync(path.dirname(dbFile)).filter((f) => f.includes('.tmp-')),
    [],
  );
  return caught;
}

/** A data folder with only a 2020-layout workbook of the given rows. */
function with2020(rows: Cell[][], opts: Parameters<typeof write2020>[2] = {}): string {
  const dir = tempDir();
  write2020(path.join(dir, 'ors'), rows, opts);
  return dir;
}

const good2020 = () => SCENARIO_2020.map(row2020);

describe('ORS import', () => {
  it('imports both releases with release, preliminary flag, standard error and footnotes', () => {
    const { summary, db } = build(writeScenario());
    // 15 rows of 2020; 2018: 8 rows, 15113200 split into 2 codes → 9.
    assert.equal(summary.counts.ors_estimates, 15 + 9);
    const sec = summary.sections.find((s) => s.name === 'work_environment');
    assert.equal(sec?.status, 'ok');
    assert.equal(sec?.rows, 24);
    const r = db
      .prepare(
        `SELECT release, preliminary, value, below_threshold, se, se_below_threshold, mode, data_footnotes, unit, line
         FROM ors_estimates WHERE soc = '47-2061' AND estimate_code = ? ORDER BY release DESC`,
      )
      .all('00815') as Record<string, unknown>[];
    assert.deepEqual(r, [
      {
        release: '2020',
        preliminary: 1,
        value: 100,
        below_threshold: null,
        se: null,
        se_below_threshold: '< 0.5',
        mode: 0,
        data_footnotes: null,
        unit: 'percent_of_workers',
        line: 6,
      },
      {
        release: '2018',
        preliminary: 0,
        value: 95.8,
        below_threshold: null,
        se: 2,
        se_below_threshold: null,
        mode: 0,
        data_footnotes: '8',
        unit: 'percent_of_workers',
        line: 3,
      },
    ]);
    const sources = db.prepare("SELECT release, title, rows FROM sources WHERE dataset = 'ors' ORDER BY release").all();
    assert.deepEqual(sources, [
      {
        release: '2018',
        title: '2018 Occupational Requirements Survey Estimates; Estimates released February 21, 2019',
        rows: 8,
      },
      { release: '2018 SOC', title: '2010 to 2018 SOC crosswalk', rows: 6 },
      {
        release: '2020',
        title: '2020 Occupational Requirements Survey Estimates (preliminary); Release date: 12/22/2020',
        rows: 15,
      },
    ]);
  });

  it('stores "-" with a threshold footnote as NULL plus the threshold, and rounds float noise', () => {
    const { db } = build(writeScenario());
    const get = (soc: string, code: string, release: string) =>
      db
        .prepare(
          `SELECT value, below_threshold, se, se_below_threshold, unit FROM ors_estimates
           WHERE soc = ? AND estimate_code = ? AND release = ?`,
        )
        .get(soc, code, release);
    assert.deepEqual(get('47-2061', '00132', '2020'), {
      value: null,
      below_threshold: '< 0.05 hours',
      se: null,
      se_below_threshold: '< 0.05',
      unit: 'hours',
    });
    // 2018 uses footnote 3 without defining it: BLS's standard meaning, recorded as not in the file.
    assert.deepEqual(get('47-2061', '00236', '2018'), {
      value: null,
      below_threshold: '< 0.05 pounds',
      se: 1,
      se_below_threshold: null,
      unit: 'pounds',
    });
    assert.deepEqual(
      db.prepare("SELECT kind, in_file FROM ors_footnotes WHERE release = '2018' AND code = '3'").get(),
      {
        kind: 'below_threshold',
        in_file: 0,
      },
    );
    assert.equal((get('15-1252', '01205', '2020') as { value: number }).value, 73.9);
    assert.equal((get('15-1252', '00997', '2020') as { unit: string }).unit, 'percent_of_day');
    // Not published → no row (never a zero).
    assert.equal(get('15-1252', '00815', '2020'), undefined);
  });

  it('maps 2018 O*NET-SOC 2010 codes through the crosswalk, recording splits, merges and specialisations', () => {
    const { db } = build(writeScenario());
    const occ = db
      .prepare(
        `SELECT release, soc, published_code, level, mapping, specialisation, targets, mapping_rank, mapping_note
         FROM ors_occupations WHERE release = '2018' ORDER BY soc, published_code`,
      )
      .all() as { soc: string; published_code: string; mapping: string; level: string; mapping_rank: number }[];
    const m = Object.fromEntries(occ.map((o) => [`${o.published_code}>${o.soc}`, o]));
    assert.equal(m['00000000>00-0000']?.level, 'all');
    assert.equal(m['47206100>47-2061']?.mapping, 'same');
    assert.equal(m['47206100>47-2061']?.mapping_rank, 0);
    assert.equal(m['15113200>15-1252']?.mapping, 'split_merge');
    assert.equal(m['15113200>15-1253']?.mapping, 'split');
    assert.equal(m['15113300>15-1252']?.mapping, 'merge');
    assert.equal(m['13201101>13-2011']?.mapping_rank, 2);
    assert.match(
      String((m['15113200>15-1253'] as unknown as { mapping_note: string }).mapping_note),
      /split into 15-1252, 15-1253; the estimate is attached to each/,
    );
    assert.match(
      String((m['13201102>13-2011'] as unknown as { mapping_note: string }).mapping_note),
      /O\*NET-SOC 2010 13-2011\.02 → SOC 2018 13-2011; serves O\*NET 13-2011\.02, the occupation of the same title/,
    );
    // The split estimate is attached to both 2018 codes.
    const split = db
      .prepare("SELECT soc, value FROM ors_estimates WHERE published_code = '15113200' ORDER BY soc")
      .all();
    assert.deepEqual(split, [
      { soc: '15-1252', value: 95.3 },
      { soc: '15-1253', value: 95.3 },
    ]);
    // Levels of 2020 codes: all workers, major group, broad group, detailed.
    const levels = db
      .prepare("SELECT published_code, level FROM ors_occupations WHERE release = '2020' ORDER BY 1")
      .all();
    assert.deepEqual(levels, [
      { published_code: '000000', level: 'all' },
      { published_code: '131020', level: 'broad' },
      { published_code: '151252', level: 'detailed' },
      { published_code: '470000', level: 'major' },
      { published_code: '472061', level: 'detailed' },
    ]);
  });

  it('links O*NET occupations to ORS codes at their level (view ors_links)', () => {
    const { db } = build(writeScenario());
    const links = db
      .prepare('SELECT occ_code, release, published_code, level, exact FROM ors_links ORDER BY 1, 2, 3')
      .all();
    assert.deepEqual(links, [
      { occ_code: '13-1022.00', release: '2020', published_code: '131020', level: 'broad', exact: 0 },
      // A specialisation serves only its own occupation (Auditors), or its SOC code's .00 (Accountants).
      { occ_code: '13-2011.00', release: '2018', published_code: '13201101', level: 'detailed', exact: 0 },
      { occ_code: '13-2011.02', release: '2018', published_code: '13201102', level: 'detailed', exact: 1 },
      { occ_code: '15-1252.00', release: '2018', published_code: '15113200', level: 'detailed', exact: 0 },
      { occ_code: '15-1252.00', release: '2018', published_code: '15113300', level: 'detailed', exact: 0 },
      { occ_code: '15-1252.00', release: '2020', published_code: '151252', level: 'detailed', exact: 0 },
      { occ_code: '15-1253.00', release: '2018', published_code: '15113200', level: 'detailed', exact: 0 },
      { occ_code: '47-2061.00', release: '2018', published_code: '47206100', level: 'detailed', exact: 0 },
      { occ_code: '47-2061.00', release: '2020', published_code: '470000', level: 'major', exact: 0 },
      { occ_code: '47-2061.00', release: '2020', published_code: '472061', level: 'detailed', exact: 0 },
      { occ_code: '47-2071.00', release: '2020', published_code: '470000', level: 'major', exact: 0 },
    ]);
  });

  it('warns and marks the section missing when there are no ORS files', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'other.txt'), 'x');
    const { summary } = build(dir);
    assert.deepEqual(
      summary.sections.find((s) => s.name === 'work_environment'),
      {
        name: 'work_environment',
        status: 'missing',
        rows: 0,
        note: 'no BLS Occupational Requirements Survey files (ors-complete-dataset.xlsx, 2018_excel_output.xlsx)',
      },
    );
    assert.equal(summary.warnings.length, 1);
    assert.match(summary.warnings[0]!.message, /work environment, physical demands and credentials are left out/);
  });

  it('imports a 2020 file alone (no crosswalk needed)', () => {
    const { summary } = build(with2020(good2020()));
    assert.equal(summary.counts.ors_estimates, 15);
  });
});

describe('ORS import errors name file, row and column', () => {
  const LABEL = 'ors/ors-complete-dataset.xlsx [ORS 2020 dataset]';

  it('wrong header', () => {
    const e = failure(
      with2020(good2020(), { header: HEADER_2020.map((h) => (h === 'STANDARD ERROR' ? 'STD ERR' : h)) }),
    );
    assert.equal(e.where.file, LABEL);
    assert.equal(e.where.line, 1);
    assert.match(e.message, /wrong header.*"STANDARD ERROR"/);
  });

  it('a header of neither layout', () => {
    const e = failure(with2020(good2020(), { header: HEADER_2020.map((h) => (h === 'SOC 2018 CODE' ? 'SOC' : h)) }));
    assert.match(e.message, /wrong header: no "SOC 2018 CODE" \(2020 layout\) or "O\*NET-SOC 2010 CODE"/);
  });

  it('non-numeric estimate', () => {
    const rows = good2020();
    rows[2]![13] = 'n.a.x';
    const e = failure(with2020(rows));
    assert.deepEqual([e.where.file, e.where.line, e.where.column], [LABEL, 4, 'ESTIMATE']);
    assert.match(e.message, /not a number: "n\.a\.x"/);
  });

  it('"-" without a threshold footnote', () => {
    const rows = good2020();
    rows[0]![13] = '-';
    rows[0]![15] = '7';
    const e = failure(with2020(rows));
    assert.deepEqual([e.where.line, e.where.column], [2, 'ESTIMATE']);
    assert.match(e.message, /without a below-threshold data footnote/);
  });

  it('a threshold footnote of the wrong unit', () => {
    const rows = good2020();
    rows[0]![13] = '-';
    rows[0]![15] = '2';
    const e = failure(with2020(rows));
    assert.deepEqual([e.where.line, e.where.column], [2, 'DATA FOOTNOTE']);
    assert.match(e.message, /footnote 2 \(< 0\.05 hours\) does not fit a percent_of_workers estimate/);
  });

  it('unknown footnote code', () => {
    const rows = good2020();
    rows[1]![15] = '7,42';
    const e = failure(with2020(rows));
    assert.deepEqual([e.where.line, e.where.column], [3, 'DATA FOOTNOTE']);
    assert.match(e.message, /unknown footnote code "42"/);
  });

  it('duplicated series', () => {
    const rows = good2020();
    rows.push([...rows[4]!]);
    const e = failure(with2020(rows));
    assert.deepEqual([e.where.line, e.where.column], [rows.length + 1, 'SERIES_ID']);
    assert.match(e.message, /duplicated series .* \(first on line 6\)/);
  });

  it('the same estimate twice under another series id', () => {
    const rows = good2020();
    const copy = [...rows[4]!];
    copy[0] = 'ORUE1000000000X00815';
    rows.push(copy);
    const e = failure(with2020(rows));
    assert.match(e.message, /duplicated estimate 00815 for occupation 472061 \(first on line 6\)/);
  });

  it('a series id that does not end in the estimate code', () => {
    const rows = good2020();
    rows[0]![5] = '00816';
    const e = failure(with2020(rows));
    assert.deepEqual([e.where.line, e.where.column], [2, 'ESTIMATE CODE']);
  });

  it('empty workbook (header only)', () => {
    const e = failure(with2020([]));
    assert.deepEqual([e.where.file, e.where.line], [LABEL, 2]);
    assert.match(e.message, /header but no data rows/);
  });

  it('an empty file', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'ors'));
    fs.writeFileSync(path.join(dir, 'ors', 'ors-complete-dataset.xlsx'), '');
    const e = failure(dir);
    assert.equal(e.where.file, 'ors/ors-complete-dataset.xlsx');
    assert.match(e.message, /empty/);
  });

  it('a workbook without an ORS data sheet', () => {
    const e = failure(with2020(good2020(), { dataSheet: 'Sheet1' }));
    assert.match(e.message, /no ORS data sheet/);
  });

  it('a bad occupation code in the 2018 layout', () => {
    const dir = tempDir();
    const rows = SCENARIO_2018.map(row2018);
    rows[1]![2] = '4720610';
    write2018(path.join(dir, 'ors'), rows);
    writeCrosswalk(path.join(dir, 'ors'), SCENARIO_CROSSWALK);
    const e = failure(dir);
    assert.deepEqual(
      [e.where.file, e.where.line, e.where.column],
      ['ors/2018_excel_output.xlsx [ORS_2018]', 3, 'O*NET-SOC 2010 CODE'],
    );
  });

  it('a 2018-layout file without the crosswalk', () => {
    const dir = tempDir();
    write2018(path.join(dir, 'ors'), SCENARIO_2018.map(row2018));
    const e = failure(dir);
    assert.equal(e.where.file, 'ors/2018_excel_output.xlsx');
    assert.match(e.message, /soc_2010_to_2018_crosswalk\.xlsx must be in the same folder/);
  });

  it('a malformed crosswalk code', () => {
    const dir = tempDir();
    write2018(path.join(dir, 'ors'), SCENARIO_2018.map(row2018));
    writeCrosswalk(path.join(dir, 'ors'), [...SCENARIO_CROSSWALK, ['15-113', '15-1252']]);
    const e = failure(dir);
    assert.deepEqual(
      [e.where.file, e.where.line, e.where.column],
      ['ors/soc_2010_to_2018_crosswalk.xlsx [Sorted by 2010]', 16, '2010 SOC Code'],
    );
  });
});
