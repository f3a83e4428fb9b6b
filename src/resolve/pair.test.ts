import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rerankWithContext } from './pair.js';
import type { Resolution as RResolution } from './types.js';

describe('pair-aware resolution', () => {
  const r = (query: string, ambiguous: boolean, cands: [string, number, string?][]): RResolution => ({
    query,
    ambiguous,
    candidates: cands.map(([code, score, matched]) => ({
      code,
      soc: code.slice(0, 7),
      title: code,
      score,
      matched: matched ?? query,
      // A longer title holding the query is a partial match, as the resolver reports it.
      source: matched && matched !== query ? ('partial' as const) : ('alternate' as const),
    })),
  });
  const pa = r('Production Assistant', true, [
    ['43-5061.00', 0.99],
    ['27-4012.00', 0.75, 'Digital Production Assistant'],
    ['27-4011.00', 0.72, 'Video Production Assistant'],
  ]);
  const ap = r('Associate Producer', true, [
    ['27-2012.00', 0.87],
    ['27-4014.00', 0.84],
    ['51-8092.00', 0.6],
  ]);

  it('an ambiguous side takes the field of the other side', () => {
    assert.equal(rerankWithContext(pa, ap).candidates[0]!.code, '27-4012.00');
    assert.equal(rerankWithContext(ap, pa).candidates[0]!.code, '27-2012.00');
  });

  it('keeps every reading and records the stand-alone score', () => {
    const moved = rerankWithContext(pa, ap);
    assert.deepEqual(moved.candidates.map((c) => c.code).sort(), pa.candidates.map((c) => c.code).sort());
    assert.equal(moved.candidates.find((c) => c.code === '43-5061.00')?.baseScore, 0.99);
    assert.match(moved.note ?? '', /next to "Associate Producer"/);
  });

  it("a longer title that also holds the other side's words is a combined job, not a reading in its field", () => {
    const hvac = r('HVAC Mechanic', true, [
      ['49-9021.00', 1],
      ['51-8021.00', 0.69, 'HVAC Mechanic Boiler Operator'],
    ]);
    const boiler = r('Boiler Operator', false, [
      ['51-8021.00', 1],
      ['51-9051.00', 0.84],
    ]);
    assert.equal(rerankWithContext(hvac, boiler).candidates[0]!.code, '49-9021.00');
    // Next to another job of that field, the phrase inside its titles still reads in it.
    const stationary = r('Stationary Engineer', false, [
      ['51-8021.00', 1],
      ['51-9051.00', 0.84],
    ]);
    assert.equal(rerankWithContext(hvac, stationary).candidates[0]!.code, '51-8021.00');
  });

  it('a clear side does not move', () => {
    const clear = { ...pa, ambiguous: false };
    assert.equal(rerankWithContext(clear, ap).candidates[0]!.code, '43-5061.00');
  });

  const mk = (
    query: string,
    cands: [string, number, string, 'occupation' | 'alternate' | 'partial'][],
  ): RResolution => ({
    query,
    ambiguous: true,
    candidates: cands.map(([code, score, matched, source]) => ({
      code,
      soc: code.slice(0, 7),
      title: code,
      score,
      matched,
      source,
    })),
  });
  const web = mk('web designer', [
    ['15-1255.00', 0.997, 'Web Designer', 'alternate'],
    ['15-1254.00', 0.786, 'Web Site Designer', 'partial'],
  ]);

  it('never overrides an occupation title matched exactly', () => {
    const gd = mk('graphic designer', [
      ['27-1024.00', 1, 'Graphic Designers', 'occupation'],
      ['15-1255.00', 0.973, 'Graphics Designer', 'alternate'],
    ]);
    const moved = rerankWithContext(gd, web);
    assert.equal(moved.candidates[0]!.code, '27-1024.00');
    assert.equal(moved, gd);
  });

  it('no clear field on the other side: nothing moves', () => {
    const split = mk('operations manager', [
      ['11-1021.00', 1, 'Operations Manager', 'alternate'],
      ['27-2012.05', 0.96, 'Operations Manager', 'alternate'],
    ]);
    const pm = mk('project manager', [
      ['13-1082.00', 1, 'Project Manager', 'alternate'],
      ['11-9041.00', 1, 'Project Manager', 'alternate'],
    ]);
    assert.equal(rerankWithContext(pm, split).candidates[0]!.code, '13-1082.00');
  });

  it('lifts only readings close on their own (near-tie, or the whole phrase in the matched title)', () => {
    const cab = mk('cabinetmaker', [
      ['51-7011.00', 0.99, 'Cabinetmaker', 'alternate'],
      ['47-3012.00', 0.782, 'Cabinetmaker Helper', 'partial'], // one word: not a phrase reading
    ]);
    const carp = mk('carpenter', [['47-2031.00', 1, 'Carpenters', 'occupation']]);
    assert.equal(rerankWithContext(cab, carp).candidates[0]!.code, '51-7011.00');
    assert.equal(rerankWithContext(cab, carp).candidates[1]!.score, 0.782);
    // A near-tie in the other field does move.
    const tie = mk('cabinetmaker', [
      ['51-7011.00', 0.99, 'Cabinetmaker', 'alternate'],
      ['47-2031.00', 0.98, 'Cabinetmaker', 'alternate'],
    ]);
    assert.equal(rerankWithContext(tie, carp).candidates[0]!.code, '47-2031.00');
    // Far below and not containing the phrase: no lift, whatever the field.
    const far = mk('production assistant', [
      ['43-5061.00', 0.99, 'Production Assistant', 'alternate'],
      ['27-2012.05', 0.607, 'Production Manager', 'partial'],
    ]);
    const prod = mk('associate producer', [['27-2012.00', 0.874, 'Producer', 'alternate']]);
    assert.equal(rerankWithContext(far, prod).candidates[0]!.code, '43-5061.00');
  });

  it('a title matched whole under an alias is the same title, not a longer one ("Certified Nursing Assistant (CNA)")', () => {
    const cna = mk('certified nursing assistant', [
      ['31-1131.00', 1, 'Certified Nursing Assistant (CNA)', 'alternate'],
      ['29-9093.00', 0.96, 'Certified Nursing Assistant (CNA)', 'alternate'],
    ]);
    const lpn = mk('licensed practical nurse', [['29-2061.00', 1, 'Licensed Practical Nurse', 'alternate']]);
    assert.equal(rerankWithContext(cna, lpn).candidates[0]!.code, '31-1131.00');
  });

  it('with ties given, context chooses only among them, and equal lifts keep the stand-alone order', () => {
    // The commonest listing first (src/compare/reading.ts), a higher-scoring listing of the same field behind it.
    const cook = mk('line cook', [
      ['35-2014.00', 0.975, 'Line Cook', 'alternate'],
      ['35-2015.00', 0.98, 'Line Cook', 'alternate'],
      ['51-3011.00', 0.98, 'Line Cook', 'alternate'],
    ]);
    const chef = mk('chef', [['35-1011.00', 1, 'Chef', 'alternate']]);
    assert.equal(rerankWithContext(cook, chef).candidates[0]!.code, '35-2014.00');
    // Outside the ties nothing gains, however close its score.
    const baker = mk('baker', [['51-3011.00', 1, 'Bakers', 'occupation']]);
    assert.equal(rerankWithContext(cook, baker, {}, ['35-2014.00', '35-2015.00']).candidates[0]!.code, '35-2014.00');
    assert.equal(rerankWithContext(cook, baker).candidates[0]!.code, '51-3011.00');
  });
});
