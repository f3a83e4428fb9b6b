/**
 * The O*NET rating tables on the fixtures: official text tables of the 30.1 fixture release (Knowledge,
 * Abilities, Work Activities, Work Context, Task Ratings), official 29.0 Excel workbooks written at test
 * time, third-party derived extracts, ratings_best, sections, warnings and bad input.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  DERIVED,
  EXCEL,
  EXCEL_ROWS,
  TEXT,
  assertDataError,
  editLine,
  fixture,
  importFails,
  importInto,
  makeDataDir,
  writeWorkbook,
} from './testkit.js';

describe('O*NET rating tables', () => {
  const { summary, db } = importInto(makeDataDir());
  const all = (sql: string, ...args: unknown[]) => db.prepare(sql).all(...args);
  const one = (sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as Record<string, unknown>;

  it('imports each table with its release and official flag', () => {
    const rows = all(
      `SELECT domain, release, official, COUNT(*) AS n FROM ratings
       WHERE domain NOT IN ('Work Styles', 'Work Values', 'Interests') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    );
    assert.deepEqual(rows, [
      { domain: 'Abilities', release: '30.1', official: 0, n: 2 },
      { domain: 'Abilities', release: '30.1', official: 1, n: 2 },
      { domain: 'Knowledge', release: '29.0', official: 1, n: 3 }, // 11-9999.00 is not in 30.1: skipped
      { domain: 'Knowledge', release: '30.1', official: 1, n: 4 },
      { domain: 'Skills', release: '29.0', official: 1, n: 2 },
      { domain: 'Skills', release: '30.1', official: 0, n: 2 }, // 99-9999.00 skipped
      { domain: 'Work Activities', release: '30.1', official: 1, n: 2 },
      { domain: 'Work Context', release: '30.1', official: 1, n: 6 },
    ]);
    const xlsx = one('SELECT release, period, official, rows FROM sources WHERE file = ?', `${EXCEL}/Knowledge.xlsx`);
    assert.deepEqual(xlsx, { release: '29.0', period: 'August 2024', official: 1, rows: 3 });
    const derived = one('SELECT release, official FROM sources WHERE file = ?', `${DERIVED}/tasks_for_pca_base.csv`);
    assert.deepEqual(derived, { release: '30.1', official: 0 });
  });

  it('reads every column of an official row, with the Title column or without', () => {
    const r = one(
      `SELECT value, n, se, lower, upper, suppress, not_relevant, date, domain_source FROM ratings
       WHERE occ_code = '11-1011.00' AND domain = 'Knowledge' AND scale_id = 'LV' AND release = '30.1'`,
    );
    assert.deepEqual(r, {
      value: 6.5,
      n: 28,
      se: 0.213,
      lower: 6.0666,
      upper: 6.9409,
      suppress: 0,
      not_relevant: 0,
      date: '08/2023',
      domain_source: 'Incumbent',
    });
    assert.equal(
      one("SELECT not_relevant FROM ratings WHERE domain = 'Work Activities' AND scale_id = 'LV'").not_relevant,
      1,
    );
    const x = one("SELECT value, not_relevant FROM ratings WHERE occ_code = '43-5061.00' AND element_id = '2.C.4.a'");
    assert.deepEqual(x, { value: 3.4, not_relevant: 0 });
  });

  it('keeps Work Context categories, with category 0 where there is none', () => {
    const rows = all(
      "SELECT scale_id, category, value FROM ratings WHERE domain = 'Work Context' ORDER BY scale_id, category",
    );
    assert.deepEqual(rows, [
      { scale_id: 'CX', category: 0, value: 3.2 },
      { scale_id: 'CXP', category: 1, value: 10 },
      { scale_id: 'CXP', category: 2, value: 20 },
      { scale_id: 'CXP', category: 3, value: 30 },
      { scale_id: 'CXP', category: 4, value: 25 },
      { scale_id: 'CXP', category: 5, value: 15 },
    ]);
  });

  it('imports official task ratings and the derived RT values', () => {
    const rows = all(
      'SELECT occ_code, task_id, scale_id, category, value, official FROM task_ratings ORDER BY 1, 2, 3, 4',
    );
    assert.deepEqual(rows, [
      { occ_code: '11-1011.00', task_id: 8823, scale_id: 'FT', category: 1, value: 5, official: 1 },
      { occ_code: '11-1011.00', task_id: 8823, scale_id: 'FT', category: 2, value: 95, official: 1 },
      { occ_code: '11-1011.00', task_id: 8823, scale_id: 'IM', category: 0, value: 4.52, official: 1 },
      { occ_code: '11-1011.00', task_id: 8823, scale_id: 'RT', category: 0, value: 88, official: 1 },
      { occ_code: '11-1011.00', task_id: 8824, scale_id: 'RT', category: 0, value: 61.5, official: 0 },
      { occ_code: '27-2012.00', task_id: 100, scale_id: 'RT', category: 0, value: 90.1, official: 0 },
    ]);
  });

  it('joins derived values to element IDs by name within their domain (Mathematics is a skill here)', () => {
    const r = all("SELECT element_id, value FROM ratings WHERE domain = 'Skills' AND official = 0 ORDER BY element_id");
    assert.deepEqual(r, [
      { element_id: '2.A.1.a', value: 4.62 },
      { element_id: '2.A.1.e', value: 3.12 },
    ]);
  });

  it('ratings_best takes the newest release, and an official value before a derived one', () => {
    const best = (occ: string, domain: string, el: string, scale: string) =>
      one(
        'SELECT value, release, official FROM ratings_best WHERE occ_code = ? AND domain = ? AND element_id = ? AND scale_id = ?',
        occ,
        domain,
        el,
        scale,
      );
    assert.deepEqual(best('11-1011.00', 'Knowledge', '2.C.1.a', 'IM'), { value: 4.78, release: '30.1', official: 1 });
    assert.deepEqual(best('43-5061.00', 'Knowledge', '2.C.1.a', 'IM'), { value: 3.1, release: '29.0', official: 1 });
    assert.deepEqual(best('11-1011.00', 'Abilities', '1.A.1.a.1', 'LV'), { value: 4.88, release: '30.1', official: 1 });
    assert.deepEqual(best('27-2012.00', 'Abilities', '1.A.1.a.1', 'LV'), { value: 4, release: '30.1', official: 0 });
    assert.deepEqual(best('11-1011.00', 'Skills', '2.A.1.a', 'LV'), { value: 4.62, release: '30.1', official: 0 });
    assert.deepEqual(best('11-1011.00', 'Skills', '2.A.1.a', 'IM'), { value: 4.12, release: '29.0', official: 1 });
  });

  it('records sections: ok for official 30.1 tables, partial for older or derived ones', () => {
    const s = new Map(summary.sections.map((x) => [x.name, x]));
    assert.equal(s.get('knowledge')?.status, 'ok');
    assert.equal(s.get('knowledge')?.rows, 7);
    assert.equal(s.get('work_context')?.status, 'ok');
    assert.equal(s.get('task_ratings')?.status, 'ok');
    assert.equal(s.get('skills')?.status, 'partial');
    assert.equal(
      s.get('skills')?.note,
      'Skills: O*NET 30.1 third-party derived extract (LV; 1 occupations) + O*NET 29.0 official (IM, LV; 1 occupations); no official O*NET 30.1 file',
    );
  });

  it('warns once per file about rows of occupations the text release does not have', () => {
    const w = summary.warnings.map((x) => `${x.file}:${x.line} ${x.message}`);
    assert.equal(w.length, 2);
    assert.match(w[0]!, /^excel_29_0\/Knowledge\.xlsx \[Knowledge\]:5 1 rows skipped: .*e\.g\. 11-9999\.00$/);
    assert.match(w[1]!, /^derived\/mini__Skills__LV__long\.csv:4 1 rows skipped: .*e\.g\. 99-9999\.00$/);
  });
});

describe('O*NET rating tables: missing tables', () => {
  it('records missing sections with a note and a warning when no rating table is there', () => {
    const gone = ['Knowledge.txt', 'Abilities.txt', 'Work Activities.txt', 'Work Context.txt', 'Task Ratings.txt'];
    const dir = makeDataDir({
      without: [EXCEL, DERIVED],
      changes: Object.fromEntries(gone.map((g) => [`${TEXT}/${g}`, null])),
    });
    const { summary } = importInto(dir);
    const wc = summary.sections.find((x) => x.name === 'work_context');
    assert.deepEqual(wc, {
      name: 'work_context',
      status: 'missing',
      rows: 0,
      note: 'Work Context: no file in the data folder',
    });
    assert.equal(summary.warnings.length, 6);
    assert.ok(summary.warnings.some((x) => /^Task Ratings: no rating table/.test(x.message)));
  });

  it('does not take a Skills.xlsx without an O*NET Read Me beside it for a rating table', () => {
    const dir = makeDataDir({ without: [DERIVED] });
    writeWorkbook(path.join(dir, 'bls', 'Skills.xlsx'), 'Skills', EXCEL_ROWS.Skills);
    const { summary, db } = importInto(dir);
    assert.equal((db.prepare("SELECT COUNT(*) AS n FROM ratings WHERE domain = 'Skills'").get() as { n: number }).n, 2);
    assert.ok(
      summary.warnings.some((w) => w.file === 'bls/Skills.xlsx' && /not imported, no "Read Me.txt"/.test(w.message)),
    );
  });

  it('prefers the .txt when a folder has both the .txt and the .xlsx of a table', () => {
    const dir = makeDataDir({ without: [DERIVED] });
    writeWorkbook(path.join(dir, TEXT, 'Knowledge.xlsx'), 'Knowledge', EXCEL_ROWS.Knowledge.slice(0, 1));
    const { summary, db } = importInto(dir);
    assert.equal(
      (
        db.prepare("SELECT COUNT(*) AS n FROM ratings WHERE domain = 'Knowledge' AND release = '30.1'").get() as {
          n: number;
        }
      ).n,
      4,
    );
    assert.ok(
      summary.warnings.some((w) =>
        /Knowledge: both text_30_1\/Knowledge.txt and text_30_1\/Knowledge.xlsx/.test(w.message),
      ),
    );
  });
});

describe('O*NET rating tables: bad input', () => {
  const f = (name: string) => `${TEXT}/${name}`;
  const fails = (
    changes: Record<string, string | Buffer | null>,
    expected: { file: string; line?: number; column?: string; message: RegExp },
  ) => assertDataError(importFails(makeDataDir({ changes })), expected);

  it('unknown occupation code in an official table of the text release', () => {
    fails(
      { [f('Work Context.txt')]: editLine(f('Work Context.txt'), 4, (l) => l.replace('11-1011.00', '11-1011.05')) },
      {
        file: f('Work Context.txt'),
        line: 4,
        column: 'O*NET-SOC Code',
        message: /unknown occupation code "11-1011\.05"/,
      },
    );
  });

  it('unknown task in official Task Ratings', () => {
    fails(
      { [f('Task Ratings.txt')]: editLine(f('Task Ratings.txt'), 2, (l) => l.replace('\t8823\t', '\t7777\t')) },
      { file: f('Task Ratings.txt'), line: 2, column: 'Task ID', message: /unknown task 7777 of 11-1011\.00/ },
    );
  });

  it('wrong header, truncated row, non-numeric value, duplicated key in text tables', () => {
    fails(
      { [f('Abilities.txt')]: editLine(f('Abilities.txt'), 1, (l) => l.replace('Data Value', 'Value')) },
      { file: f('Abilities.txt'), line: 1, message: /wrong header: missing column "Data Value"/ },
    );
    fails(
      {
        [f('Work Activities.txt')]: editLine(f('Work Activities.txt'), 3, (l) => l.split('\t').slice(0, 7).join('\t')),
      },
      { file: f('Work Activities.txt'), line: 3, message: /row has 7 fields where the header has 14/ },
    );
    fails(
      { [f('Work Context.txt')]: editLine(f('Work Context.txt'), 5, (l) => l.replace('\t30.00\t', '\t3O.00\t')) },
      { file: f('Work Context.txt'), line: 5, column: 'Data Value', message: /not a number: "3O\.00"/ },
    );
    const k = fixture(f('Knowledge.txt'));
    const second = k.split('\r\n')[2]!;
    fails(
      { [f('Knowledge.txt')]: `${k}${second}\r\n` },
      { file: f('Knowledge.txt'), line: 6, message: /duplicated key/ },
    );
  });

  it('non-numeric value and wrong header in an Excel table', () => {
    const dir = makeDataDir({ without: [DERIVED] });
    const bad = EXCEL_ROWS.Skills.map((r) => [...r]);
    bad[1]![6] = 'abc';
    writeWorkbook(path.join(dir, EXCEL, 'Skills.xlsx'), 'Skills', bad);
    assertDataError(importFails(dir), {
      file: `${EXCEL}/Skills.xlsx [Skills]`,
      line: 3,
      column: 'Data Value',
      message: /not a number: "abc"/,
    });
    const dir2 = makeDataDir({ without: [DERIVED] });
    writeWorkbook(path.join(dir2, EXCEL, 'Skills.xlsx'), 'Skills', EXCEL_ROWS.Skills, ['Code', 'Element', 'Value']);
    assertDataError(importFails(dir2), { file: `${EXCEL}/Skills.xlsx [Skills]`, line: 1, message: /wrong header/ });
  });

  it('an empty or unreadable workbook', () => {
    fails({ [`${EXCEL}/Knowledge.xlsx`]: '' }, { file: `${EXCEL}/Knowledge.xlsx`, message: /the file is empty/ });
  });

  it('a derived extract naming an element the Content Model does not have', () => {
    const rel = `${DERIVED}/mini__Abilities__LV__long.csv`;
    fails(
      { [rel]: editLine(rel, 3, (l) => l.replace('Oral Comprehension', 'Telepathy')) },
      { file: rel, line: 3, column: 'ability', message: /unknown Abilities element "Telepathy"/ },
    );
  });

  it('a derived extract with a non-numeric value or a truncated row', () => {
    const rel = `${DERIVED}/tasks_for_pca_base.csv`;
    fails(
      { [rel]: editLine(rel, 2, (l) => l.replace(',61.5,', ',n.a.,')) },
      { file: rel, line: 2, column: 'rt', message: /not a number/ },
    );
    const ab = `${DERIVED}/mini__Abilities__LV__long.csv`;
    fails(
      { [ab]: editLine(ab, 2, (l) => l.split(',').slice(0, 4).join(',')) },
      { file: ab, line: 2, message: /truncated or malformed row/ },
    );
  });
});
