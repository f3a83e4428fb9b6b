/** The Work Context rows and work-activity importance rows of a comparison, from hand-made profiles. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RatedFigure } from '../store/work-context.js';
import { profile } from './testkit.js';
import { activityImportanceRows, contextRows } from './work-context.js';

const f = (value: number): RatedFigure => ({
  value,
  release: '24.2',
  label: 'O*NET 24.2, 2020',
  official: false,
  crosswalk: null,
  crosswalkFrom: null,
  sourceId: 7,
});
const ctx = (elementId: string, value: number) => ({ elementId, name: `E ${elementId}`, ...f(value) });
const act = (elementId: string, im: number | null) => ({
  elementId,
  name: `A ${elementId}`,
  importance: im === null ? null : f(im),
  level: null,
});

test('context rows follow the fixed item order, keep one-sided items and drop items neither side has', () => {
  const a = profile('11-1011.00', { workContext: [ctx('4.C.1.a.2.h', 90), ctx('4.C.1.a.4', 80)] });
  const b = profile('47-2061.00', { workContext: [ctx('4.C.1.a.4', 70), ctx('4.C.9.z', 1)] });
  const rows = contextRows({ a, b });
  assert.deepEqual(
    rows.map((r) => [r.elementId, r.group, r.values.a?.value ?? null, r.values.b?.value ?? null]),
    [
      ['4.C.1.a.4', 'people', 80, 70],
      ['4.C.1.a.2.h', 'communication', 90, null],
    ],
  );
  assert.equal(rows[0]!.label, 'contact with others');
  assert.equal(rows[0]!.values.a!.sourceId, 7);
});

test('activity rows: largest importance difference first, one-sided rows last', () => {
  const a = profile('11-1011.00', {
    workActivityRatings: [act('4.A.4.b.1', 90), act('4.A.3.b.5', 20), act('4.A.4.a.8', 50)],
  });
  const b = profile('47-2061.00', { workActivityRatings: [act('4.A.4.b.1', 40), act('4.A.3.b.5', 30)] });
  const rows = activityImportanceRows({ a, b });
  assert.deepEqual(
    rows.map((r) => [r.elementId, r.diff]),
    [
      ['4.A.4.b.1', 50],
      ['4.A.3.b.5', -10],
      ['4.A.4.a.8', null],
    ],
  );
});
