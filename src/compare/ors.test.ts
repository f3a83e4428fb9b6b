/** The ORS rows of the Comparison from structured profiles: one label per item, sides and baseline, gaps. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ORS_ITEMS, type OrsItem, type OrsProfile } from '../store/ors.js';
import { emptyOrs, type OrsData, orsGaps, orsRows } from './ors.js';
import { ORS_LABELS } from './ors-labels.js';

const leaves = (spec: unknown, path: string[] = []): string[] =>
  typeof spec === 'string'
    ? [path.join('.')]
    : Object.entries(spec as Record<string, unknown>).flatMap(([k, v]) => leaves(v, [...path, k]));

/** A profile with every item null (the shape of ORS_ITEMS). */
const blank = (spec: unknown = ORS_ITEMS): unknown =>
  typeof spec === 'string'
    ? null
    : Object.fromEntries(Object.entries(spec as Record<string, unknown>).map(([k, v]) => [k, blank(v)]));

function item(value: number | null, release: string, text: string, over: Partial<OrsItem> = {}): OrsItem {
  return {
    code: '00000',
    text,
    value,
    unit: 'percent_of_workers',
    belowThreshold: value === null ? '< 0.5%' : null,
    se: 1.2,
    seBelowThreshold: null,
    mode: false,
    release,
    preliminary: release === '2020',
    soc: '47-2061',
    level: 'detailed',
    publishedCode: '472061',
    publishedTitle: 'Construction Laborers',
    mapping: 'published',
    mappingNote: '',
    sourceId: release === '2020' ? 30 : 29,
    alternatives: [],
    ...over,
  };
}

function data(code: string, set: (p: OrsProfile) => void): OrsData {
  const p = blank() as OrsProfile;
  set(p);
  const base = blank() as OrsProfile;
  base.environment.outdoors.exposed = item(33.8, '2020', 'Percent of workers, exposed to outdoors', { level: 'all' });
  return { occCode: code, links: [], profile: p, baseline: base };
}

describe('ORS rows', () => {
  it('labels every profile item once, and nothing else', () => {
    const keys = ORS_LABELS.map((l) => l.key);
    assert.deepEqual([...keys].sort(), leaves(ORS_ITEMS).sort());
    assert.equal(new Set(keys).size, keys.length);
  });

  it('gives one label per item whichever release published it, with both sides and the baseline', () => {
    const a = data('47-2061.00', (p) => {
      p.environment.outdoors.exposed = item(100, '2020', 'Percent of workers, exposed to outdoors');
      p.requirements.svp.upTo1Month = item(45.6, '2020', 'Percent of workers, specific vocational preparation is …', {
        mode: true,
      });
    });
    const b = data('15-1252.00', (p) => {
      p.requirements.svp.upTo1Month = item(9.5, '2018', 'svp is beyond short demonstration, up to & including 1 month');
      p.requirements.credentials.any = item(4.2, '2018', 'pre-employment training is required');
    });
    const req = orsRows({ a, b }, 'requirements');
    assert.deepEqual(
      req.map((r) => [r.key, r.group, r.requirement, r.category]),
      [
        [
          'requirements.credentials.any',
          'Education, training, and experience',
          'Credentials',
          'License, certification or educational certificate required',
        ],
        [
          'requirements.svp.upTo1Month',
          'Education, training, and experience',
          'Specific vocational preparation (SVP)',
          'Beyond a short demonstration, up to 1 month',
        ],
      ],
    );
    const svp = req[1]!;
    assert.equal(svp.values.a?.release, '2020');
    assert.equal(svp.values.a?.mode, true);
    assert.equal(svp.values.b?.release, '2018');
    assert.equal(svp.values.b?.preliminary, false);
    assert.equal(req[0]!.values.a, null);
    const env = orsRows({ a, b }, 'workEnvironment');
    assert.deepEqual(
      env.map((r) => [r.key, r.category, r.values.a?.value, r.values.b, r.baseline?.value, r.baseline?.level]),
      [['environment.outdoors.exposed', 'Exposed to outdoor conditions', 100, null, 33.8, 'all']],
    );
  });

  it('reports a gap for each side without estimates of a part', () => {
    const a = data('47-2061.00', (p) => {
      p.physical.sittingPctOfDay = item(7.7, '2020', 'Percent of day where sitting is required, mean');
    });
    const b = emptyOrs('27-4012.00');
    assert.deepEqual(
      orsGaps({ a, b }, 'workEnvironment').map((g) => [g.section, g.side]),
      [['workEnvironment', 'b']],
    );
    assert.deepEqual(
      orsGaps({ a, b }, 'requirements').map((g) => [g.section, g.side]),
      [
        ['requirements', 'a'],
        ['requirements', 'b'],
      ],
    );
    assert.deepEqual(orsRows({ a: b, b }, 'workEnvironment'), []);
  });
});
