/** OEWS import: footnote codes as meanings, top-code thresholds, aggregate codes, scope, and every bad input. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { importStore } from '../run.js';
import { assertDataError, buildStore, OEWS_HEADER, oewsRow, tempDataDir, writeOews } from './fixtures.js';
import { findOewsFiles, oewsIngester } from './oews.js';

const F25 = 'bls_oews_may2025/national_M2025_dl.xlsx';
const L25 = `${F25} [national_M2025_dl]`;

function goodRows() {
  return [
    oewsRow('00-0000', 'All Occupations', 'total', { TOT_EMP: 155495730 }),
    oewsRow('13-0000', 'Business and Financial Operations Occupations', 'major'),
    oewsRow('13-1000', 'Business Operations Specialists', 'minor'),
    oewsRow('13-1020', 'Buyers and Purchasing Agents', 'broad', { TOT_EMP: 491430, A_MEAN: 83770 }),
    oewsRow('13-1020', 'Buyers and Purchasing Agents', 'detailed', { TOT_EMP: 491430, A_MEAN: 83770 }),
    oewsRow('11-1011', 'Chief Executives', 'detailed', {
      TOT_EMP: 204350,
      A_MEDIAN: '#',
      A_PCT75: '#',
      A_PCT90: '#',
      H_MEDIAN: '#',
      H_PCT75: '#',
      H_PCT90: '#',
    }),
    oewsRow('25-2021', 'Elementary School Teachers', 'detailed', {
      ANNUAL: 'TRUE',
      H_MEAN: '*',
      H_PCT10: '*',
      H_PCT25: '*',
      H_MEDIAN: '*',
      H_PCT75: '*',
      H_PCT90: '*',
    }),
    oewsRow('27-2042', 'Musicians and Singers', 'detailed', {
      HOURLY: 'TRUE',
      A_MEAN: '*',
      A_MEDIAN: '*',
      TOT_EMP: '**',
    }),
    oewsRow('45-3031', 'Fishing and Hunting Workers', 'detailed', { PCT_RPT: '~', EMP_PRSE: '**' }),
  ];
}

describe('OEWS national files', () => {
  it('finds national_MYYYY_dl.xlsx anywhere, newest first', () => {
    const found = findOewsFiles(['a/national_M2024_dl.xlsx', 'b/c/national_M2025_dl.xlsx', 'x/state_M2025_dl.xlsx']);
    assert.deepEqual(
      found.map((f) => [f.rel, f.period]),
      [
        ['b/c/national_M2025_dl.xlsx', 'May 2025'],
        ['a/national_M2024_dl.xlsx', 'May 2024'],
      ],
    );
    assertDataError(() => findOewsFiles(['a/national_M2025_dl.xlsx', 'b/national_M2025_dl.xlsx']), {
      file: 'b/national_M2025_dl.xlsx',
      message: /second OEWS file for May 2025 \(the first is a\/national_M2025_dl\.xlsx\)/,
    });
  });

  it('stores figures, footnote meanings (never numbers), indicators and thresholds', () => {
    const dir = tempDataDir();
    writeOews(dir, 2025, goodRows());
    writeOews(dir, 2024, [oewsRow('11-1011', 'Chief Executives', 'detailed', { A_MEAN: 250000 })]);
    const { summary, db } = buildStore(dir, [oewsIngester]);
    assert.equal(summary.counts.oews, 10);
    const row = (soc: string, group = 'detailed') =>
      db.prepare("SELECT * FROM oews WHERE soc = ? AND o_group = ? AND period = 'May 2025'").get(soc, group) as Record<
        string,
        unknown
      >;
    const ceo = row('11-1011');
    assert.equal(ceo.tot_emp, 204350);
    assert.equal(ceo.a_median, null);
    assert.equal(ceo.a_pct90, null);
    assert.equal(ceo.a_mean, 62400);
    assert.deepEqual(JSON.parse(String(ceo.flags)), {
      a_median: 'top_coded',
      a_pct75: 'top_coded',
      a_pct90: 'top_coded',
      h_median: 'top_coded',
      h_pct75: 'top_coded',
      h_pct90: 'top_coded',
    });
    const teacher = row('25-2021');
    assert.equal(teacher.annual_only, 1);
    assert.equal(teacher.hourly_only, 0);
    assert.equal(teacher.h_mean, null);
    assert.equal(JSON.parse(String(teacher.flags)).h_mean, 'no_estimate');
    const musician = row('27-2042');
    assert.equal(musician.hourly_only, 1);
    assert.equal(musician.tot_emp, null);
    assert.deepEqual(JSON.parse(String(musician.flags)), {
      tot_emp: 'not_available',
      a_mean: 'no_estimate',
      a_median: 'no_estimate',
    });
    assert.deepEqual(JSON.parse(String(row('45-3031').flags)), {
      emp_prse: 'not_available',
      pct_rpt: 'below_half_percent',
    });
    // The aggregate code is kept at both levels, as OEWS lists it.
    assert.equal(row('13-1020', 'broad').tot_emp, 491430);
    assert.equal(row('13-1020', 'detailed').a_mean, 83770);
    const releases = db.prepare('SELECT * FROM oews_releases ORDER BY year DESC').all() as Record<string, unknown>[];
    assert.deepEqual(
      releases.map((r) => [r.period, r.is_current, r.top_code_annual, r.top_code_hourly, r.rows, r.detailed]),
      [
        ['May 2025', 1, 239200, 115, 9, 5],
        ['May 2024', 0, 239200, 115, 1, 1],
      ],
    );
    const src = db.prepare("SELECT * FROM sources WHERE dataset = 'oews' ORDER BY id").all() as Record<
      string,
      unknown
    >[];
    assert.deepEqual(
      src.map((s) => [s.file, s.release, s.rows]),
      [
        [F25, 'May 2025', 9],
        ['bls_oews_may2024/national_M2024_dl.xlsx', 'May 2024', 1],
      ],
    );
    const sections = Object.fromEntries(summary.sections.map((s) => [s.name, [s.status, s.rows]]));
    assert.deepEqual(sections, { wages: ['ok', 9], wages_prior: ['ok', 1] });
    db.close();
  });

  it('skips rows that are not national cross-industry, with a warning', () => {
    const dir = tempDataDir();
    writeOews(dir, 2025, [
      oewsRow('11-1011', 'Chief Executives', 'detailed'),
      oewsRow('11-1011', 'Chief Executives', 'detailed', { AREA_TYPE: '2', AREA: '01' }),
      oewsRow('11-1011', 'Chief Executives', 'detailed', { NAICS: '211000' }),
    ]);
    const { summary, db } = buildStore(dir, [oewsIngester]);
    assert.equal(summary.counts.oews, 1);
    assert.ok(summary.warnings.some((w) => w.file === F25 && /2 rows skipped.*line 3: AREA_TYPE 2/.test(w.message)));
    assert.ok(summary.warnings.some((w) => /only one OEWS release/.test(w.message)));
    assert.deepEqual(
      summary.sections.find((s) => s.name === 'wages_prior'),
      { name: 'wages_prior', status: 'missing', rows: 0, note: 'no earlier OEWS national file' },
    );
    db.close();
  });

  it('warns when the Field Descriptions sheet has no threshold, storing NULL', () => {
    const dir = tempDataDir();
    writeOews(dir, 2025, [oewsRow('11-1011', 'Chief Executives', 'detailed')], { fieldDescriptions: null });
    const { summary, db } = buildStore(dir, [oewsIngester]);
    assert.deepEqual(db.prepare('SELECT top_code_annual, top_code_hourly FROM oews_releases').get(), {
      top_code_annual: null,
      top_code_hourly: null,
    });
    assert.ok(summary.warnings.some((w) => w.file === F25 && /no top-code threshold/.test(w.message)));
    db.close();
  });
});

describe('OEWS bad input', () => {
  const failWith = (rows: ReturnType<typeof oewsRow>[], opts: Parameters<typeof writeOews>[3] = {}) => {
    const dir = tempDataDir();
    writeOews(dir, 2025, rows, opts);
    return () => importStore({ dataDir: dir, dbFile: path.join(dir, 'out.sqlite'), ingesters: [oewsIngester] });
  };

  it('requires an OEWS national file', () => {
    const dir = tempDataDir();
    fs.writeFileSync(path.join(dir, 'readme.txt'), 'nothing here');
    assertDataError(
      () => importStore({ dataDir: dir, dbFile: path.join(dir, 'out.sqlite'), ingesters: [oewsIngester] }),
      { file: dir, message: /no OEWS national file \(national_MYYYY_dl\.xlsx.*wages are required/ },
    );
    assert.equal(fs.existsSync(path.join(dir, 'out.sqlite')), false);
  });

  it('rejects a non-numeric value that is not a footnote code', () => {
    const rows = goodRows();
    rows[6] = oewsRow('25-2021', 'Elementary School Teachers', 'detailed', { A_MEAN: 'abc' });
    assertDataError(failWith(rows), { file: L25, line: 8, column: 'A_MEAN', message: /not a number: "abc"/ });
  });

  it('rejects a footnote code in a column where it has no meaning', () => {
    const rows = [oewsRow('11-1011', 'Chief Executives', 'detailed', { TOT_EMP: '#' })];
    assertDataError(failWith(rows), {
      file: L25,
      line: 2,
      column: 'TOT_EMP',
      message: /footnote code "#" is not valid in this column \(allowed: "\*\*"\)/,
    });
  });

  it('rejects the same OCC_CODE twice', () => {
    const rows = [
      oewsRow('11-1011', 'Chief Executives', 'detailed'),
      oewsRow('11-1011', 'Chief Executives', 'detailed'),
    ];
    assertDataError(failWith(rows), {
      file: L25,
      line: 3,
      column: 'OCC_CODE',
      message: /duplicated key: OCC_CODE 11-1011 is already on line 2/,
    });
    const minor = [oewsRow('13-1000', 'Business Operations', 'minor'), oewsRow('13-1000', 'Business Ops', 'broad')];
    assertDataError(failWith(minor), { file: L25, line: 3, column: 'OCC_CODE', message: /duplicated key/ });
  });

  it('rejects a bad SOC code and an unknown O_GROUP', () => {
    assertDataError(failWith([oewsRow('111011', 'Chief Executives', 'detailed')]), {
      file: L25,
      line: 2,
      column: 'OCC_CODE',
      message: /not a SOC code \(XX-XXXX\): "111011"/,
    });
    assertDataError(failWith([oewsRow('11-1011', 'Chief Executives', 'specific')]), {
      file: L25,
      line: 2,
      column: 'O_GROUP',
      message: /unknown occupation level "specific"/,
    });
  });

  it('rejects a wrong header', () => {
    const header = OEWS_HEADER.map((h) => (h === 'A_MEDIAN' ? 'A_MED' : h));
    assertDataError(failWith([oewsRow('11-1011', 'Chief Executives', 'detailed')], { header }), {
      file: L25,
      line: 1,
      message: /wrong header: missing column "A_MEDIAN"/,
    });
    const noCode = OEWS_HEADER.map((h) => (h === 'OCC_CODE' ? 'SOC' : h));
    assertDataError(failWith([oewsRow('11-1011', 'Chief Executives', 'detailed')], { header: noCode }), {
      file: L25,
      line: 1,
      message: /wrong header: no row among the first \d+ has the columns "OCC_CODE", "OCC_TITLE"/,
    });
  });

  it('rejects a header without data rows, an empty file and an unreadable workbook', () => {
    assertDataError(failWith([]), { file: L25, line: 2, message: /has a header but no data rows/ });
    const dir = tempDataDir();
    const file = path.join(dir, 'bls_oews_may2025', 'national_M2025_dl.xlsx');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, '');
    const run = () => importStore({ dataDir: dir, dbFile: path.join(dir, 'out.sqlite'), ingesters: [oewsIngester] });
    assertDataError(run, { file: F25, message: /the file is empty/ });
    fs.writeFileSync(file, Buffer.from('PK\x03\x04 this is not a zip archive at all', 'latin1'));
    assertDataError(run, { file: F25, message: /not a readable Excel workbook/ });
  });
});
