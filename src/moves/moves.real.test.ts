/**
 * Career moves on the real store: the snapshot stored at import equals one computed from the tables; every
 * move listed is within reach by each threshold of MOVES_DEFAULTS; routes chain moves within reach; and a few
 * moves the Occupational Outlook Handbook names (registered nurses → licensed practical nurses and nurse
 * practitioners; software developers → computer programmers) are there.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MOVES_DEFAULTS } from '../defaults.js';
import { main } from '../cli/main.js';
import { readDerived } from '../store/derived.js';
import { type DB, openStore } from '../store/open.js';
import { needsRealData, realStorePath } from '../testkit/real-store.js';
import { rng } from '../testkit/rng.js';
import { educationStep } from './gap.js';
import { movesFrom, movesQuery } from './moves.js';
import { routes } from './routes.js';
import { buildStoreMovesData, MOVES_SNAPSHOT, type MovesSnapshot, movesSnapshot } from './store-data.js';
import type { MovesData } from './types.js';
import { StoreCache } from '../store/cache.js';

const skip = needsRealData();
let db: DB;
let store: StoreCache;
let data: MovesData;
let sample: string[];

before(() => {
  if (skip) return;
  db = openStore(realStorePath());
  store = new StoreCache(db);
  data = buildStoreMovesData(store);
  const codes = (db.prepare('SELECT code FROM occupations ORDER BY code').all() as { code: string }[]).map(
    (r) => r.code,
  );
  const r = rng(14);
  sample = Array.from({ length: 30 }, () => codes[Math.floor(r() * codes.length)]!);
});

after(() => db?.close());

describe('career moves on the real store', { skip, timeout: 300_000 }, () => {
  it('reads the snapshot stored at import, equal to one computed from the tables', () => {
    const stored = readDerived<MovesSnapshot>(store, MOVES_SNAPSHOT);
    assert.ok(stored, 'the import stores the moves snapshot');
    assert.deepStrictEqual(stored, movesSnapshot(db));
  });
  it('lists only moves within reach by every threshold', () => {
    const o = MOVES_DEFAULTS;
    for (const code of sample) {
      const r = movesFrom(data, code, movesQuery({ limit: o.maxLimit }));
      for (const m of r.moves) {
        assert.ok(m.similarity !== null && m.similarity >= o.minSimilarity, `${code} → ${m.code} similarity`);
        assert.ok(m.gap.score !== null && m.gap.score <= o.maxGap, `${code} → ${m.code} gap`);
        assert.ok((m.gap.jobZone.step ?? 0) <= o.maxJobZoneStep, `${code} → ${m.code} job zone`);
        const e = educationStep(m.gap.education.from, m.gap.education.to).step;
        assert.ok((e ?? 0) <= o.maxEducationStep, `${code} → ${m.code} education`);
        assert.ok(m.rank !== null && m.rank <= o.neighbours);
        assert.ok(m.sourceIds.length > 0);
      }
    }
  });
  it('routes chain moves within reach, cheapest total gap first', () => {
    for (let i = 0; i + 1 < sample.length; i += 2) {
      const r = routes(data, sample[i]!, sample[i + 1]!);
      for (const route of r.routes) {
        assert.equal(route.codes[0], sample[i]);
        assert.equal(route.codes.at(-1), sample[i + 1]);
        assert.ok(route.codes.length <= 2 + MOVES_DEFAULTS.maxIntermediates);
        assert.ok(route.steps.every((s) => s.outOfReach.length === 0));
      }
      for (let k = 1; k < r.routes.length; k++) assert.ok(r.routes[k - 1]!.totalGap <= r.routes[k]!.totalGap);
      if (r.status === 'none') assert.ok(r.direct.outOfReach.length > 0);
    }
  });
  it('has moves the Occupational Outlook Handbook names', () => {
    const codes = (c: string) => movesFrom(data, c, movesQuery({ limit: 40 })).moves.map((m) => m.code);
    const rn = codes('29-1141.00');
    assert.ok(rn.includes('29-2061.00'), 'registered nurses → licensed practical nurses');
    assert.ok(rn.includes('29-1171.00'), 'registered nurses → nurse practitioners');
    assert.ok(codes('15-1252.00').includes('15-1251.00'), 'software developers → computer programmers');
    assert.equal(routes(data, '29-1141.00', '29-1171.00').status, 'direct');
  });
  it('careerdiff moves and lineup print moves, routes and line-ups, and reject bad input', async () => {
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
    const run = async (...args: string[]) => {
      out = '';
      return main([...args, '--db', realStorePath()], io as never);
    };
    assert.equal(await run('moves', 'registered nurse', '--limit', '3'), 0);
    assert.match(out, /^Career moves from 29-1141\.00 Registered Nurses/);
    assert.match(out, /Sources: .*Occupational Employment and Wage Statistics/);
    assert.equal(await run('moves', '29-1141.00', '--sort', 'pay', '--pays-more', '--json'), 0);
    const r = JSON.parse(out) as { moves: { pay: { change: { dollars: number } | null } }[] };
    assert.ok(r.moves.every((m) => m.pay.change !== null && m.pay.change.dollars > 0));
    assert.equal(await run('moves', 'registered nurse', '--to', 'nurse practitioner'), 0);
    assert.match(out, /Within reach in one move/);
    assert.equal(await run('lineup', '29-1141.00', '29-2061.00', '31-9092.00'), 0);
    assert.match(out, /top skills: /);
    assert.equal(await run('moves', 'registered nurse', '--sort', 'fame'), 2);
    assert.equal(await run('moves', 'registered nurse', '--to', 'x', '--sort', 'pay'), 2);
    assert.equal(await run('lineup', '29-1141.00', '29-2061.00'), 2);
    assert.equal(await run('lineup', '29-1141.00', '29-1141.00', '29-2061.00'), 2);
  });
});
