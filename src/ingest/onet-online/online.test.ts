/**
 * The O*NET OnLine exports on fixtures in their real formats (test/fixtures/onet-online): Work Context and Work
 * Activities exports on O*NET-SOC 2010 codes carried through a crosswalk (same code, a merge, a split, a 2010
 * code missing from the crosswalk, a 2019 occupation with no predecessor), a re-saved 2019-code export whose
 * README names no release, an official table winning over an export, and bad values failing with file:line.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../defaults.js';
import { onetIngester } from '../onet/index.js';
import { onetRatingsIngester } from '../onet/ratings.js';
import { assertDataError, fixture, importFails, importInto, makeDataDir, TEXT } from '../onet/testkit.js';
import { carry, crosswalkOf, mean } from './carry.js';
import { onetOnlineIngester } from './index.js';
import { importStore } from '../run.js';
import { workActivitiesOf, workContextOf } from '../../store/work-context.js';

const HERE = path.join(PROJECT_ROOT, 'test/fixtures/onet-online');
const INGESTERS = [onetIngester, onetRatingsIngester, onetOnlineIngester];
const CONTACT = 'online/exports/work_context/Contact_With_Others.csv';

/** The fixture files under online/, plus a fifth occupation (no 2010 predecessor) and the elements they name. */
function dataDir(changes: Record<string, string | null> = {}): string {
  const files: Record<string, string | null> = {};
  for (const f of fs.readdirSync(HERE, { recursive: true, encoding: 'utf8' })) {
    const abs = path.join(HERE, f);
    if (fs.statSync(abs).isFile()) files[`online/${f.split(path.sep).join('/')}`] = fs.readFileSync(abs, 'utf8');
  }
  files[`${TEXT}/Occupation Data.txt`] =
    `${fixture(`${TEXT}/Occupation Data.txt`)}15-1252.00\tSoftware Developers\tResearch, design, and develop software.\r\n`;
  files[`${TEXT}/Content Model Reference.txt`] =
    `${fixture(`${TEXT}/Content Model Reference.txt`)}` +
    '4.C.1.a.4\tContact With Others\tHow much contact with others is required?\r\n' +
    '4.A.4.b.1\tCoordinating the Work and Activities of Others\tGetting members of a group to work together.\r\n' +
    '4.C.2.c.1.d\tExposed to Hazardous Conditions\tHow often does this job require exposure to hazardous conditions?\r\n';
  return makeDataDir({ changes: { ...files, ...changes } });
}

const line = (rel: string, n: number, text: string) => {
  const lines = fs.readFileSync(path.join(HERE, rel.replace(/^online\//, '')), 'utf8').split('\n');
  lines[n - 1] = text;
  return lines.join('\n');
};

describe('O*NET OnLine exports', () => {
  const { summary, db } = importInto(dataDir(), INGESTERS);
  const rows = (element: string, scale: string) =>
    db
      .prepare(
        `SELECT occ_code AS code, round(value, 4) AS value, not_relevant AS nr, crosswalk, crosswalk_from AS "from", release
         FROM ratings WHERE element_id = ? AND scale_id = ? AND official = 0 ORDER BY occ_code`,
      )
      .all(element, scale);

  it('carries 2010 values through the crosswalk: same code, merge (mean), split; no predecessor → no value', () => {
    // CX on 1–5 from the 0–100 export: 1 + 4 × value / 100.
    assert.deepEqual(rows('4.C.1.a.4', 'CX'), [
      { code: '11-1011.00', value: 4.2, nr: null, crosswalk: null, from: '11-1011.00', release: '24.2' },
      { code: '27-2012.00', value: 4.2, nr: null, crosswalk: 'merged', from: '27-2012.01,27-2012.02', release: '24.2' },
      { code: '27-2012.03', value: 2.6, nr: null, crosswalk: 'split', from: '27-2012.99', release: '24.2' },
      { code: '43-5061.00', value: 2.6, nr: null, crosswalk: 'split', from: '27-2012.99', release: '24.2' },
    ]);
  });

  it('reads importance and level, with "Not available" left out and "Not relevant" flagged', () => {
    assert.deepEqual(rows('4.A.4.b.1', 'IM'), [
      { code: '11-1011.00', value: 4.88, nr: null, crosswalk: null, from: '11-1011.00', release: '24.2' },
      { code: '27-2012.00', value: 3, nr: null, crosswalk: 'merged', from: '27-2012.01,27-2012.02', release: '24.2' },
      { code: '27-2012.03', value: 1.2, nr: null, crosswalk: 'split', from: '27-2012.99', release: '24.2' },
      { code: '43-5061.00', value: 1.2, nr: null, crosswalk: 'split', from: '27-2012.99', release: '24.2' },
    ]);
    // LV 0–7: 88 → 6.16. The producers' level is "Not available": only the directors' "Not relevant" is left.
    assert.deepEqual(rows('4.A.4.b.1', 'LV'), [
      { code: '11-1011.00', value: 6.16, nr: 0, crosswalk: null, from: '11-1011.00', release: '24.2' },
      { code: '27-2012.00', value: 0, nr: 1, crosswalk: 'carried', from: '27-2012.02', release: '24.2' },
      { code: '27-2012.03', value: 0, nr: 1, crosswalk: 'split', from: '27-2012.99', release: '24.2' },
      { code: '43-5061.00', value: 0, nr: 1, crosswalk: 'split', from: '27-2012.99', release: '24.2' },
    ]);
  });

  it('imports a 2019-code export whose README names no release as "25.1 or later", with the element its README names', () => {
    assert.deepEqual(rows('4.C.2.c.1.d', 'CX'), [
      { code: '27-2012.00', value: 1, nr: null, crosswalk: null, from: null, release: '25.1' },
      { code: '43-5061.00', value: 3.8, nr: null, crosswalk: null, from: null, release: '25.1' },
    ]);
    const src = db
      .prepare(
        "SELECT release, period, official, rows, title FROM sources WHERE file = 'online/hazard/source_hazard_cond.csv'",
      )
      .get() as Record<string, unknown>;
    assert.equal(src.release, '25.1 or later');
    assert.equal(src.period, '2020 or later');
    assert.equal(src.official, 0);
    assert.equal(src.rows, 2);
    assert.match(String(src.title), /release not stated/);
  });

  it('records provenance: release, period, third-party copy, element id, the 0–100 scale, and the crosswalk', () => {
    const src = db
      .prepare('SELECT dataset, release, period, official, rows, title FROM sources WHERE file = ?')
      .get(CONTACT) as Record<string, unknown>;
    assert.deepEqual(
      { ...src, title: undefined },
      { dataset: 'onet_online', release: '24.2', period: 'March 2020', official: 0, rows: 4, title: undefined },
    );
    assert.match(
      String(src.title),
      /O\*NET 24\.2 Work Context "Contact With Others" \(4\.C\.1\.a\.4\).*0–100.*third-party/,
    );
    const cw = db
      .prepare("SELECT dataset FROM sources WHERE file = 'online/crosswalk/2010_to_2019_Crosswalk.csv'")
      .get();
    assert.deepEqual(cw, { dataset: 'onet_crosswalk' });
  });

  it('says which 2010 codes the crosswalk does not know, and that 15-1252.00 has no value', () => {
    const w = summary.warnings.find((x) => x.file === CONTACT);
    assert.match(w?.message ?? '', /1 occupation codes skipped: not in the 2010→2019 crosswalk, e.g\. 99-9999\.01/);
    assert.equal(db.prepare("SELECT COUNT(*) FROM ratings WHERE occ_code = '15-1252.00'").pluck().get(), 0);
    const s = db.prepare("SELECT status, note FROM sections WHERE name = 'onet_online'").get() as { note: string };
    assert.match(s.note, /of 5 occupations/);
  });

  it('lets an official Work Context table win over the export in ratings_best', () => {
    const best = db
      .prepare(
        "SELECT value, release, official FROM ratings_best WHERE occ_code = '11-1011.00' AND element_id = '4.C.1.a.2.c' AND scale_id = 'CX'",
      )
      .get();
    assert.deepEqual(best, { value: 3.2, release: '30.1', official: 1 });
    // The export's value is kept in ratings, stepped back.
    assert.equal(
      db.prepare("SELECT COUNT(*) FROM ratings WHERE element_id = '4.C.1.a.2.c' AND official = 0").pluck().get(),
      1,
    );
    const carried = db
      .prepare("SELECT crosswalk FROM ratings_best WHERE occ_code = '27-2012.00' AND element_id = '4.C.1.a.4'")
      .pluck()
      .get();
    assert.equal(carried, 'merged');
  });

  it('reads back on the 0–100 scale with a label for text and the crosswalk marks', () => {
    const wc = workContextOf(db, '27-2012.00');
    assert.deepEqual(
      wc.map((x) => [x.elementId, x.value, x.label, x.crosswalk, x.crosswalkFrom]),
      [
        ['4.C.1.a.4', 80, 'O*NET 24.2, 2020', 'merged', ['27-2012.01', '27-2012.02']],
        ['4.C.2.c.1.d', 0, 'O*NET OnLine, 2020 or later', null, null],
      ],
    );
    const wa = workActivitiesOf(db, '27-2012.00');
    assert.equal(wa[0]?.importance?.value, 50);
    assert.deepEqual([wa[0]?.level?.value, wa[0]?.level?.notRelevant], [0, true]);
    // The official 30.1 value wins and reads as such.
    const ps = workContextOf(db, '11-1011.00').find((x) => x.elementId === '4.C.1.a.2.c');
    assert.deepEqual([ps?.value, ps?.label, ps?.official], [55, 'O*NET 30.1, 2025', true]);
  });

  it('fails on a value outside 0–100, a non-number or a bad code, naming file, line and column', () => {
    assertDataError(importFails(dataDir({ [CONTACT]: line(CONTACT, 3, '120,27-2012.01,Producers') }), INGESTERS), {
      file: CONTACT,
      line: 3,
      column: 'Context',
      message: /120 is outside O\*NET OnLine's 0–100 scale/,
    });
    assertDataError(
      importFails(dataDir({ [CONTACT]: line(CONTACT, 2, 'high,11-1011.00,Chief Executives') }), INGESTERS),
      {
        file: CONTACT,
        line: 2,
        column: 'Context',
        message: /not a number: "high"/,
      },
    );
    assertDataError(importFails(dataDir({ [CONTACT]: line(CONTACT, 2, '80,11-1011,Chief Executives') }), INGESTERS), {
      file: CONTACT,
      line: 2,
      column: 'Code',
      message: /not an O\*NET-SOC code/,
    });
    const wa = 'online/exports/work_activities/Coordinating_the_Work_and_Activities_of_Others.csv';
    assertDataError(
      importFails(dataDir({ [wa]: line(wa, 2, 'Not relevant,88,11-1011.00,Chief Executives') }), INGESTERS),
      {
        file: wa,
        line: 2,
        column: 'Importance',
        message: /only used for a level/,
      },
    );
  });

  it('is atomic: a bad export row leaves the existing store untouched', () => {
    const dbFile = path.join(path.dirname(dataDir()), 'atomic.sqlite');
    importStore({ dataDir: dataDir(), dbFile, ingesters: INGESTERS });
    const before = fs.readFileSync(dbFile);
    const bad = dataDir({ [CONTACT]: line(CONTACT, 2, '101,11-1011.00,Chief Executives') });
    assert.throws(
      () => importStore({ dataDir: bad, dbFile, ingesters: INGESTERS }),
      /outside O\*NET OnLine's 0–100 scale/,
    );
    assert.ok(fs.readFileSync(dbFile).equals(before));
    assert.deepEqual(
      fs.readdirSync(path.dirname(dbFile)).filter((f) => f.startsWith('atomic.sqlite.tmp')),
      [],
    );
  });

  it('does not guess: without the crosswalk the 2010-code exports are left out (with a warning), the 2019 one stays', () => {
    const { summary: s, db: d } = importInto(
      dataDir({ 'online/crosswalk/2010_to_2019_Crosswalk.csv': null }),
      INGESTERS,
    );
    assert.ok(s.warnings.some((w) => w.file === CONTACT && /no 2010→2019 crosswalk/.test(w.message)));
    assert.deepEqual(
      d.prepare("SELECT DISTINCT release FROM ratings WHERE official = 0 AND domain = 'Work Context'").pluck().all(),
      ['25.1'],
    );
  });

  it('without a README: no undated 2010 codes, and a file named like no element is left out', () => {
    const mystery = 'online/exports/work_context/Mystery.csv';
    const { summary: s, db: d } = importInto(
      dataDir({
        'online/exports/README.md': null,
        [mystery]: 'Context,Code,Occupation\n50,11-1011.00,Chief Executives\n',
      }),
      INGESTERS,
    );
    assert.ok(s.warnings.some((w) => w.file === CONTACT && /names the O\*NET release/.test(w.message)));
    assert.ok(s.warnings.some((w) => w.file === mystery && /cannot tell which Work Context element/.test(w.message)));
    assert.equal(d.prepare("SELECT COUNT(*) FROM ratings WHERE official = 0 AND release = '24.2'").pluck().get(), 0);
  });
});

describe('carry (pure)', () => {
  const cw = crosswalkOf([
    ['a', 'A'],
    ['b', 'B'],
    ['b', 'C'],
    ['c', 'D'],
    ['d', 'D'],
    ['e', 'E'],
  ]);
  it('passes, splits, merges and leaves out', () => {
    const got = carry(
      new Map([
        ['a', 1],
        ['b', 2],
        ['c', 3],
        ['d', 5],
      ]),
      cw,
      ['A', 'B', 'C', 'D', 'E', 'F'],
      mean,
    );
    assert.deepEqual(Object.fromEntries(got), {
      A: { value: 1, how: 'carried', from: ['a'] },
      B: { value: 2, how: 'split', from: ['b'] },
      C: { value: 2, how: 'split', from: ['b'] },
      D: { value: 4, how: 'merged', from: ['c', 'd'] },
    });
  });
});
