/**
 * The O*NET Work Context part of Work Environment and the work-activity sentences of Job Duties, on the seed
 * pair's Comparison fixture with O*NET rows added: words plus both figures, one scale per sentence, the
 * release beside every figure, other releases marked, the crosswalk said, and nothing when a side has no value.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { ActivityImportanceRow, Comparison, ContextFigure, ContextRow } from '../../compare/types.js';
import { CONTEXT_ITEMS } from '../../compare/work-context.js';
import { PROJECT_ROOT } from '../../defaults.js';
import { renderMarkdown } from '../index.js';

const seed = (): Comparison =>
  JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/write/seed-pair.json'), 'utf8'));

const fig = (value: number, over: Partial<ContextFigure> = {}): ContextFigure => ({
  value,
  release: '24.2',
  label: 'O*NET 24.2, 2020',
  official: false,
  crosswalk: null,
  crosswalkFrom: null,
  sourceId: 1,
  ...over,
});
const merged = { crosswalk: 'merged' as const, crosswalkFrom: ['27-2012.01', '27-2012.02'] };
const hazard = { release: '25.1', label: 'O*NET OnLine, 2020 or later' };

/** Producers first: contact 93/80, customers 66/50, face to face 96/95, team 94/88, hands 37/63, … */
const VALUES: Record<string, [number, number]> = {
  '4.C.1.a.4': [93, 80],
  '4.C.1.b.1.f': [66, 50],
  '4.C.1.a.2.l': [96, 95],
  '4.C.1.b.1.e': [94, 88],
  '4.C.2.d.1.g': [37, 63],
  '4.C.2.a.3': [67, 51],
  '4.C.2.c.1.d': [2, 19],
  '4.C.2.c.1.b': [1, 3],
  '4.C.1.a.2.h': [100, 99],
  '4.C.1.a.2.j': [70, 68],
  '4.C.1.a.2.f': [94, 89],
};

function withOnet(c: Comparison, bSide = true): Comparison {
  const rows: ContextRow[] = CONTEXT_ITEMS.map((s) => {
    const [a, b] = VALUES[s.elementId]!;
    const h = s.elementId === '4.C.2.c.1.d' ? hazard : {};
    return {
      elementId: s.elementId,
      name: s.label,
      label: s.label,
      group: s.group,
      values: { a: fig(a, { ...merged, ...h }), b: bSide ? fig(b, h) : null },
    };
  });
  const acts: ActivityImportanceRow[] = [
    {
      elementId: '4.A.4.b.1',
      name: 'Coordinating the Work and Activities of Others',
      importance: { a: fig(88, merged), b: bSide ? fig(55) : null },
      diff: bSide ? 33 : null,
    },
    {
      elementId: '4.A.3.b.5',
      name: 'Repairing and Maintaining Electronic Equipment',
      importance: { a: fig(17, merged), b: bSide ? fig(74) : null },
      diff: bSide ? -57 : null,
    },
  ];
  c.workEnvironment.onet.context = rows;
  c.duties.activityImportance = [...acts].sort((x, y) => Math.abs(y.diff ?? 0) - Math.abs(x.diff ?? 0));
  return c;
}

const section = (md: string, heading: string) => {
  const i = md.indexOf(`### ${heading}`);
  const j = md.indexOf('\n### ', i + 4);
  return md.slice(i, j < 0 ? undefined : j).replace(/\\/g, '');
};
const sentences = (text: string) => text.split(/(?<=[.)])\s+(?=[A-Z])/);

test('Work Environment says each group in words with both figures and the release', () => {
  const env = section(renderMarkdown(withOnet(seed())), 'Work Environment');
  assert.match(
    env,
    /Associate producers deal with customers or the public more than production assistants do \(66 against 50 on O\*NET's 0–100 scale, O\*NET 24\.2, 2020\)\./,
  );
  assert.match(
    env,
    /Production assistants work with their hands far more than associate producers do \(63 against 37 on O\*NET's 0–100 scale, O\*NET 24\.2, 2020\)\./,
  );
  // No item of the communication group differs by 8 points or more.
  assert.match(env, /On email, letters and phone, .* are rated much alike/);
  // The table: every item, the hazard export's release marked.
  assert.match(
    env,
    /\| Exposure to hazardous conditions \| 2 \(O\*NET OnLine, 2020 or later\) \| 19 \(O\*NET OnLine, 2020 or later\) \|/,
  );
  assert.match(env, /\| Contact with others \| 93 \| 80 \|/);
  // The merge through the crosswalk is said.
  assert.match(
    env,
    /as 2 occupations \(O\*NET-SOC 2010 27-2012\.01 and 27-2012\.02\); the work-activity and work-context figures are the mean/,
  );
  // One scale per sentence: no sentence with O*NET's 0–100 scale also carries an ORS percentage.
  for (const s of sentences(env)) assert.ok(!(/0–100/.test(s) && /\d%/.test(s)), s);
});

test('Job Duties gains work-activity importance sentences with both figures', () => {
  const duties = section(renderMarkdown(withOnet(seed())), 'Job Duties');
  assert.match(
    duties,
    /Both coordinate the work of others, but it matters far more for associate producers: 88 against 55 on O\*NET's 0–100 importance scale \(O\*NET 24\.2, 2020\)\./,
  );
  assert.match(
    duties,
    /Repairing and maintaining electronic equipment matters far more for production assistants than for associate producers: 74 against 17/,
  );
  // A name ending in a parenthesis is not followed by another one.
  const c = withOnet(seed());
  const t = 'Teaching Assistants, Except Postsecondary';
  c.resolution.a = { ...c.resolution.a, title: t, input: t };
  c.input.a = t;
  const d2 = section(renderMarkdown(c), 'Job Duties');
  // The exclusion is said with the full title once; after it, the short name.
  assert.match(d2, /matters far more for teaching assistants: 88 against 55/);
  const t3 = 'Engineering Technologists and Technicians, Except Drafters, All Other';
  c.resolution.a = { ...c.resolution.a, title: t3, input: t3 };
  c.input.a = t3;
  const d3 = section(renderMarkdown(c), 'Job Duties');
  assert.match(
    d3,
    /matters far more for other engineering technologists and technicians \(except drafters\): 88 against 55/,
  );
  for (const d of [d2, d3]) {
    assert.doesNotMatch(d, /\)\s*\(/);
    assert.doesNotMatch(d, /[a-z] \(\d+ against/);
  }
});

test('with no O*NET value on one side, no comparison sentence is written', () => {
  const md = renderMarkdown(withOnet(seed(), false));
  const env = section(md, 'Work Environment');
  assert.doesNotMatch(env, /O\*NET's 0–100 scale, O\*NET 24\.2/);
  assert.match(env, /\| Contact with others \| 93 \| — \|/);
  assert.doesNotMatch(section(md, 'Job Duties'), /importance scale/);
});
