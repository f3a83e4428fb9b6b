/**
 * The engine on the real store (the test run's shared one, src/testkit/real-store.ts): pair-aware resolution
 * of the seed pair, same-occupation flags, errors, an occupation without wages, the CLI, and a fidelity test
 * comparing every BLS figure of 25 seeded random pairs with the source xlsx files read independently.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import XLSX from 'xlsx';
import { main } from '../cli/main.js';
import { CareerdiffError } from '../errors.js';
import { needsRealData, realDataDir, realStorePath } from '../testkit/real-store.js';
import { rng } from '../testkit/rng.js';
import { type DB, openStore } from '../store/open.js';
import { compare } from './compare.js';
import { ORS_LABELS } from './ors-labels.js';
import { similarityModel } from './similarity.js';
import type { Figure, WageFigures } from './types.js';
import { StoreCache } from '../store/cache.js';

let dbFile: string;
let db: DB;
let store: StoreCache;
const skip = needsRealData();

before(() => {
  if (skip) return;
  dbFile = realStorePath();
  db = openStore(dbFile);
  store = new StoreCache(db);
});

after(() => {
  db?.close();
});

const isNotFound = (e: unknown) => e instanceof CareerdiffError && e.kind === 'not_found';

describe('compare on the real store', { skip, timeout: 600_000 }, () => {
  it('reads the seed pair in context: producers vs. the media production assistant', () => {
    const c = compare(store, 'Associate Producer', 'Production Assistant');
    assert.equal(c.resolution.a.code, '27-2012.00');
    assert.ok(['27-4011.00', '27-4012.00'].includes(c.resolution.b.code), c.resolution.b.code);
    assert.equal(c.resolution.b.method, 'pair_context');
    assert.equal(c.resolution.b.pairContext?.alone.code, '43-5061.00');
    assert.equal(c.resolution.b.pairContext?.other, 'Associate Producer');
    assert.equal(c.resolution.a.pairContext, undefined);
    assert.ok(c.resolution.b.alternatives.some((x) => x.code === '43-5061.00'));
    assert.equal(c.resolution.a.input, 'Associate Producer');
    assert.equal(c.sameOccupation, null);
    assert.ok(c.similarity.score > 0 && c.similarity.score < 1);
    assert.ok(c.duties.sharedIwas.length > 0);
    assert.equal(c.salary.wages.a?.soc, '27-2012');
    // Every cited id is in sources, and sources lists each once.
    const ids = new Set(c.sources.map((s) => s.id));
    assert.equal(ids.size, c.sources.length);
    assert.ok(c.sources.some((s) => s.dataset === 'oews') && c.sources.some((s) => s.dataset === 'onet'));
  });

  it('pair context never overrides an exact occupation title', () => {
    const g = compare(store, 'graphic designer', 'web designer');
    assert.deepEqual([g.resolution.a.code, g.resolution.a.method], ['27-1024.00', 'title']);
    assert.equal(g.salary.wages.a?.soc, '27-1024');
    const c = compare(store, 'carpenter', 'cabinetmaker');
    assert.deepEqual([c.resolution.a.code, c.resolution.b.code], ['47-2031.00', '51-7011.00']);
  });

  it('the reader can pick another reading, and an unknown code is not_found', () => {
    const c = compare(store, 'Associate Producer', 'Production Assistant', { bCode: '43-5061.00' });
    assert.equal(c.resolution.b.code, '43-5061.00');
    assert.equal(c.resolution.b.method, 'reader_choice');
    assert.throws(
      () => compare(store, 'Associate Producer', 'Production Assistant', { aCode: '99-9999.99' }),
      isNotFound,
    );
  });

  it('flags the same occupation on both sides, and the same input twice', () => {
    const c = compare(store, 'Film Producer', 'TV Producer');
    assert.equal(c.sameOccupation?.kind, 'same_code');
    assert.equal(c.similarity.score, 1);
    assert.ok(c.sameOccupation!.distinctions.a.relatedTitles.some((t) => /film/i.test(t)));
    assert.equal(compare(store, 'Registered Nurse', 'registered nurse').sameOccupation?.kind, 'same_input');
  });

  it('a title that matches nothing is not_found', () => {
    assert.throws(() => compare(store, 'Qzxv Blorfmonger', 'Registered Nurse'), isNotFound);
  });

  it('ORS rows: one release per distribution, one label per item, a gap for a side without ORS', () => {
    const c = compare(store, 'construction laborer', 'software developer');
    assert.equal(c.resolution.a.code, '47-2061.00');
    assert.equal(c.resolution.b.code, '15-1252.00');
    const rows = [...c.requirements.ors, ...c.workEnvironment.ors];
    const labels = new Map(ORS_LABELS.map((l) => [l.key, l]));
    assert.equal(new Set(rows.map((r) => r.key)).size, rows.length);
    for (const r of rows) {
      const l = labels.get(r.key);
      assert.deepEqual([r.group, r.requirement, r.category], [l?.group, l?.requirement, l?.category], r.key);
    }
    // Each side's distribution (SVP, strength, minimum education, noise) comes from one release.
    for (const prefix of [
      'requirements.svp.',
      'physical.strength.',
      'requirements.minimumEducation.',
      'environment.noise.',
    ])
      for (const s of ['a', 'b'] as const) {
        const rel = new Set(
          rows.filter((r) => r.key.startsWith(prefix) && r.values[s]).map((r) => r.values[s]!.release),
        );
        assert.ok(rel.size <= 1, `${prefix} ${s}: ${[...rel]}`);
      }
    const v = (key: string, s: 'a' | 'b') => rows.find((r) => r.key === key)?.values[s]?.value;
    assert.equal(v('requirements.svp.upTo1Month', 'a'), 45.6);
    assert.equal(v('requirements.svp.upTo3Months', 'a'), undefined, 'the 2018 SVP band is not mixed in');
    assert.equal(v('requirements.minimumEducation.none', 'a'), 66.8);
    assert.equal(v('requirements.minimumEducation.bachelors', 'b'), 90.9);
    assert.equal(v('requirements.priorWorkExperience.medianDays', 'b'), 1825);
    assert.equal(v('requirements.credentials.any', 'a'), 39.2);
    assert.equal(v('physical.standingPctOfDay', 'a'), 92.3);
    assert.equal(v('physical.sittingPctOfDay', 'b'), 92.4);
    assert.equal(rows.find((r) => r.key === 'cognitive.telework.available')?.baseline?.level, 'all');
    assert.deepEqual(c.requirements.missing, []);
    const seed = compare(store, 'Associate Producer', 'Production Assistant', { bCode: '27-4012.00' });
    assert.deepEqual(
      seed.missing.filter((g) => /Occupational Requirements Survey/.test(g.what)).map((g) => [g.section, g.side]),
      [
        ['requirements', 'b'],
        ['workEnvironment', 'a'],
        ['workEnvironment', 'b'],
      ],
    );
    assert.equal(
      seed.requirements.ors.every((r) => r.values.b === null),
      true,
    );
  });

  it('an occupation without wages says so instead of showing numbers', () => {
    const row = db
      .prepare(
        `SELECT o.code FROM occupations o WHERE NOT EXISTS (SELECT 1 FROM soc_links l WHERE l.occ_code = o.code AND l.dataset = 'oews')
         ORDER BY o.code LIMIT 1`,
      )
      .get() as { code: string } | undefined;
    assert.ok(row, 'the store has an occupation without OEWS figures');
    const c = compare(store, row.code, '29-1141.00');
    assert.equal(c.salary.wages.a, null);
    assert.equal(c.salary.difference.annualMedian, null);
    assert.ok(c.missing.some((m) => m.section === 'salary' && m.side === 'a'));
    assert.ok(c.salary.wages.b !== null);
  });

  it('related occupations: all pairs once, each list sorted and without the occupation itself', () => {
    const m = similarityModel(store);
    const t0 = performance.now();
    m.matrix();
    const ms = performance.now() - t0;
    assert.ok(ms < 30_000, `all pairs in ${ms} ms`);
    const r = m.related('29-1141.00', 10);
    assert.equal(r.length, 10);
    assert.ok(r.every((x, i) => x.code !== '29-1141.00' && (i === 0 || r[i - 1]!.score >= x.score)));
  });

  it('the CLI prints the Comparison JSON and the related lists', async () => {
    let out = '';
    const io = {
      stdout: {
        write: (s: string) => {
          out += s;
          return true;
        },
      },
      stderr: { write: () => true },
      stdin: process.stdin,
    };
    const code = await main(
      ['compare', 'Registered Nurse', 'Nurse Practitioner', '--format', 'json', '--db', dbFile],
      io as never,
    );
    assert.equal(code, 0);
    assert.equal(JSON.parse(out).schemaVersion, 2);
    out = '';
    assert.equal(await main(['related', '--all', '--limit', '3', '--format', 'jsonl', '--db', dbFile], io as never), 0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, (db.prepare('SELECT count(*) AS n FROM occupations').get() as { n: number }).n);
    assert.ok(lines.every((l) => typeof l.code === 'string' && l.related.length <= 3));
    out = '';
    assert.equal(
      await main(['compare', 'Qzxv Blorfmonger', 'Nurse', '--format', 'json', '--db', dbFile], io as never),
      4,
    );
  });
});

// ───────────── fidelity: every BLS figure equals the source xlsx, read independently ─────────────

type Row = Record<string, unknown>;

function oewsRows(file: string): Row[] {
  const wb = XLSX.readFile(path.join(realDataDir(), file));
  return XLSX.utils.sheet_to_json<Row>(wb.Sheets[wb.SheetNames[0]!]!);
}

function checkFigure(f: Figure, cell: unknown, what: string): void {
  if (typeof cell === 'number') {
    assert.equal(f.status, 'ok', `${what}: status`);
    assert.equal(f.value, cell, `${what}: value`);
  } else {
    // "*", "#", "**" or empty: never a number in the JSON.
    assert.equal(f.value, null, `${what}: ${String(cell)} must not be a number`);
    assert.notEqual(f.status, 'ok', what);
  }
}

function checkWages(w: WageFigures, rows: Row[], label: string): void {
  const cands = rows.filter((r) => r.OCC_CODE === w.soc);
  const row = cands.find((r) => r.O_GROUP === 'detailed') ?? cands[0];
  assert.ok(row, `${label}: ${w.soc} in the xlsx`);
  checkFigure(w.employment, row.TOT_EMP, `${label} TOT_EMP`);
  const cols = { mean: 'MEAN', p10: 'PCT10', p25: 'PCT25', median: 'MEDIAN', p75: 'PCT75', p90: 'PCT90' } as const;
  for (const [k, col] of Object.entries(cols)) {
    checkFigure(w.annual[k as keyof typeof cols], row[`A_${col}`], `${label} A_${col}`);
    checkFigure(w.hourly[k as keyof typeof cols], row[`H_${col}`], `${label} H_${col}`);
  }
}

describe('fidelity of BLS figures', { skip, timeout: 600_000 }, () => {
  it('25 random pairs: wages, employment and projections equal the source files', () => {
    const byPeriod: Record<string, Row[]> = {
      'May 2025': oewsRows('bls_oews_may2025/national_M2025_dl.xlsx'),
      'May 2024': oewsRows('bls_oews_may2024/national_M2024_dl.xlsx'),
    };
    const ep = XLSX.readFile(path.join(realDataDir(), 'bls_ep_2024_2034/occupation.xlsx'));
    const epRows = XLSX.utils.sheet_to_json<unknown[]>(ep.Sheets['Table 1.2']!, { header: 1 });
    const codes = (db.prepare('SELECT code FROM occupations ORDER BY code').all() as { code: string }[]).map(
      (r) => r.code,
    );
    const rand = rng(20260501);
    let checked = 0;
    for (let k = 0; k < 25; k++) {
      const a = codes[Math.floor(rand() * codes.length)]!;
      const b = codes[Math.floor(rand() * codes.length)]!;
      const c = compare(store, a, b);
      for (const s of ['a', 'b'] as const) {
        const label = `${c.resolution[s].code}`;
        const w = c.salary.wages[s];
        if (w) {
          const rows = byPeriod[w.period];
          assert.ok(rows, `period ${w.period} has a source file`);
          checkWages(w, rows, label);
          assert.ok(c.sources.some((x) => x.id === w.sourceId && x.dataset === 'oews'));
          checked++;
        }
        for (const e of c.salary.earlier[s]) checkWages(e, byPeriod[e.period]!, `${label} ${e.period}`);
        const p = c.outlook.projections[s];
        if (p) {
          const row = epRows.find((r) => r[1] === p.soc);
          assert.ok(row, `${label}: EP row ${p.soc}`);
          const num = (v: unknown) => (typeof v === 'number' ? v : null);
          assert.equal(p.employmentBaseThousands, num(row[3]), `${label} EP base`);
          assert.equal(p.employmentProjectedThousands, num(row[4]), `${label} EP projected`);
          assert.equal(p.changeThousands, num(row[7]), `${label} EP change`);
          assert.equal(p.changePercent, num(row[8]), `${label} EP change %`);
          assert.equal(p.openingsThousands, num(row[10]), `${label} EP openings`);
          checkFigure(p.medianWage, row[11], `${label} EP median wage`);
          const entry = c.requirements.entry[s]!;
          assert.equal(entry.education, row[12] === '—' ? null : row[12], `${label} EP education`);
        }
      }
      const d = c.salary.difference.annualMedian;
      const wa = c.salary.wages.a?.annual.median;
      const wb = c.salary.wages.b?.annual.median;
      if (d && wa?.value && wb?.value) assert.equal(d.dollars, wb.value - wa.value);
    }
    assert.ok(checked >= 25, `checked ${checked} wage sets`);
  });
});
