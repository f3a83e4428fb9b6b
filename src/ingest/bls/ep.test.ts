/** EP Table 1.2 import: sheet found by title, period from it, top-coded wage as a flag, and every bad input. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { importStore } from '../run.js';
import { epIngester } from './ep.js';
import { assertDataError, buildStore, EP_HEADER, EP_TITLE, epRow, tempDataDir, writeEp } from './fixtures.js';

const F = 'bls_ep_2024_2034/occupation.xlsx';
const L = `${F} [Table 1.2]`;

const rows = () => [
  epRow('Total, all occupations', '00-0000', 'Summary', [169956.1, 175167.9, 5211.8, 3.1, 18863.3], 49500, '—'),
  epRow(
    '  Buyers and purchasing agents',
    '13-1020',
    'Line item',
    [522.2, 552.3, 30.1, 5.8, 52.2],
    75650,
    "Bachelor's degree",
  ),
  epRow(
    '    Producers and directors',
    '27-2012',
    'Line item',
    [167, 175.2, 8.3, 4.9, 12.8],
    83480,
    "Bachelor's degree",
  ),
  epRow(
    '    Chief executives',
    '11-1011',
    'Line item',
    [211.2, 200, -11.2, -5.3, 15.6],
    '>=$239,200',
    "Bachelor's degree",
  ),
  epRow(
    '    Clerks',
    '43-5061',
    'Line item',
    [388.8, 381.7, -7.1, -1.8, 34.1],
    '—',
    'High school diploma or equivalent',
    {
      9: '—',
    },
  ),
];

const runIn = (dir: string) => () =>
  importStore({ dataDir: dir, dbFile: path.join(dir, 'out.sqlite'), ingesters: [epIngester] });

describe('EP Table 1.2', () => {
  it('finds the table by its title below an index sheet, reads the period and stores figures as published', () => {
    const dir = tempDataDir();
    writeEp(dir, rows());
    const { summary, db } = buildStore(dir, [epIngester]);
    assert.equal(summary.counts.projections, 5);
    const get = (soc: string) =>
      db.prepare('SELECT * FROM projections WHERE soc = ?').get(soc) as Record<string, unknown>;
    const p = get('27-2012');
    assert.deepEqual(
      [p.period, p.base_year, p.proj_year, p.title, p.occ_type, p.emp_base_k, p.emp_proj_k, p.change_k, p.change_pct],
      ['2024-2034', 2024, 2034, 'Producers and directors', 'Line item', 167, 175.2, 8.3, 4.9],
    );
    assert.deepEqual(
      [p.openings_k, p.median_wage, p.entry_education, p.work_experience, p.ojt],
      [12.8, 83480, "Bachelor's degree", 'None', 'None'],
    );
    const ceo = get('11-1011');
    assert.equal(ceo.median_wage, null);
    assert.equal(ceo.median_wage_top, 239200);
    assert.deepEqual(JSON.parse(String(ceo.flags)), { median_wage: 'top_coded' });
    const clerk = get('43-5061');
    assert.equal(clerk.median_wage, null);
    assert.equal(clerk.median_wage_top, null);
    assert.deepEqual(JSON.parse(String(clerk.flags)), {
      median_wage: 'not_available',
      self_employed_pct: 'not_available',
    });
    assert.equal(get('00-0000').entry_education, null);
    assert.equal(get('13-1020').occ_type, 'Line item');
    const src = db.prepare("SELECT file, release, rows, title FROM sources WHERE dataset = 'ep'").get() as Record<
      string,
      unknown
    >;
    assert.deepEqual(src, {
      file: F,
      release: '2024-2034',
      rows: 5,
      title: `Employment Projections, ${EP_TITLE.replace(' (Employment in thousands)', '')}`,
    });
    assert.deepEqual(summary.sections, [
      { name: 'projections', status: 'ok', rows: 5, note: 'Employment Projections 2024-2034' },
    ]);
    db.close();
  });

  it('is optional: without occupation.xlsx a warning and a missing section', () => {
    const { summary, db } = buildStore(tempDataDir(), [epIngester]);
    assert.deepEqual(summary.sections, [
      { name: 'projections', status: 'missing', rows: 0, note: 'no Employment Projections file (occupation.xlsx)' },
    ]);
    assert.match(summary.warnings[0]!.message, /no BLS Employment Projections table/);
    db.close();
  });
});

describe('EP bad input', () => {
  it('rejects a workbook without Table 1.2', () => {
    const dir = tempDataDir();
    writeEp(dir, rows(), { title: 'Table 1.10 Occupational separations and openings, projected 2024–34' });
    assertDataError(runIn(dir), {
      file: F,
      message: /no sheet titled "Occupational projections.*sheets: Index, Table 1\.1, Table 1\.2/,
    });
  });

  it('rejects a header without the projected-year employment column', () => {
    const dir = tempDataDir();
    writeEp(dir, rows(), { header: EP_HEADER.map((h) => (h === 'Employment, 2034' ? 'Employment, 2033' : h)) });
    assertDataError(runIn(dir), {
      file: L,
      line: 2,
      column: 'Employment, 2034',
      message: /wrong header: no column "Employment, 2034"/,
    });
  });

  it('rejects a non-numeric figure, naming file, row and column', () => {
    const dir = tempDataDir();
    const r = rows();
    r[2] = epRow('Producers and directors', '27-2012', 'Line item', [167, 'abc', 8.3, 4.9, 12.8], 83480, 'x');
    writeEp(dir, r);
    assertDataError(runIn(dir), { file: L, line: 5, column: 'Employment, 2034', message: /not a number: "abc"/ });
  });

  it('rejects a duplicated SOC code and an unknown occupation type', () => {
    const dir = tempDataDir();
    writeEp(dir, [...rows(), rows()[2]!]);
    assertDataError(runIn(dir), {
      file: L,
      line: 8,
      column: '2024 National Employment Matrix code',
      message: /duplicated key: SOC code 27-2012 is already on line 5/,
    });
    const dir2 = tempDataDir();
    writeEp(dir2, [epRow('Producers', '27-2012', 'Detail', [1, 2, 1, 100, 0.1], 1, 'x')]);
    assertDataError(runIn(dir2), {
      file: L,
      line: 3,
      column: 'Occupation type',
      message: /unknown occupation type "Detail"/,
    });
  });
});
