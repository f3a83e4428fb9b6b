import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rerankWithContext } from './pair.js';
import type { Resolution as RResolution } from './types.js';

describe('pair-aware resolution', () => {
  const r = (query: string, ambiguous: boolean, cands: [string, number][]): RResolution => ({
    query,
    ambiguous,
    candidates: cands.map(([code, score]) => ({
      code,
      soc: code.slice(0, 7),
      title: code,
      score,
      matched: query,
      source: 'alternate' as const,
    })),
  });
  const pa = r('Production Assistant', true, [
    ['43-5061.00', 0.99],
    ['27-4012.00', 0.75],
    ['27-4011.00', 0.72],
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

  it('a clear side does not move', () => {
    const clear = { ...pa, ambiguous: false };
    assert.equal(rerankWithContext(clear, ap).candidates[0]!.code, '43-5061.00');
  });
});
