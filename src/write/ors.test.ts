/**
 * Job Requirements and Work Environment from the ORS rows of the fixtures (test/fixtures/write/): ORS
 * requirement sentences with their reference periods, disagreement between EP, O*NET and ORS said plainly, a
 * side without ORS said so, sitting vs standing in words, the table with all workers, and days as readers say them.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Comparison } from '../compare/types.js';
import { PROJECT_ROOT } from '../defaults.js';
import { renderMarkdown } from './index.js';
import { daysText } from './ors.js';
import { pounds } from './sections/environment-ors.js';

const load = (name: string): Comparison =>
  JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/write', `${name}.json`), 'utf8'));

/** The text of one ### section of the Markdown. */
function section(md: string, heading: string): string {
  const start = md.indexOf(`### ${heading}`);
  assert.ok(start >= 0, heading);
  const end = md.indexOf('\n### ', start + 4);
  return md.slice(start, end < 0 ? undefined : end).replace(/\\\*/g, '*');
}

test('Job Requirements says the ORS figures with their reference periods', () => {
  const req = section(renderMarkdown(load('ors-pair')), 'Job Requirements');
  assert.match(req, /Occupational Requirements Survey \(ORS, 2020, preliminary\)/);
  assert.match(req, /66\.8% of construction laborers have no minimum education requirement/);
  assert.match(req, /The most common minimum education for software developers is a bachelor's degree \(90\.9%\)/);
  assert.match(
    req,
    /A license, a certification or an educational certificate is required for 39\.2% of construction laborers\. In the ORS 2018 estimates, a license, a certification or an educational certificate is required for 4\.2% of software developers \(BLS publishes it for applications software developers\)\./,
  );
  // One release per statement: a 2018 figure is never set beside a 2020 one in a sentence.
  for (const sentence of req.split(/(?<=\.) (?=[A-Z])/))
    assert.ok(!(/2018/.test(sentence) && /\d% of construction laborers/.test(sentence)), sentence);
  assert.match(
    req,
    /Prior work experience is required for 20\.1% of construction laborers and 80\.9% of software developers/,
  );
  assert.match(req, /median prior work experience at 1,825 days \(about 5 years\) for software developers/);
  assert.match(req, /On-the-job training is required for 80\.7% of construction laborers/);
  assert.match(
    req,
    /specific vocational preparation \(SVP[^)]*\) for construction laborers is more than a short demonstration and up to 1 month \(45\.6%\); for software developers it is more than 4 years and up to 10 years \(52\.2%\)/,
  );
  // The 2018 SVP band of construction laborers is not mixed into the 2020 distribution.
  assert.doesNotMatch(req, /9\.5%/);
});

test('Job Requirements says where EP, O*NET and ORS disagree, and why', () => {
  const c = load('ors-pair');
  const req = section(renderMarkdown(c), 'Job Requirements');
  assert.match(
    req,
    /The sources differ on the education construction laborers need: BLS Employment Projections lists no formal educational credential as the typical entry-level education, the most common answer in O\*NET's survey is a high school diploma or equivalent,? and the ORS finds no minimum education requirement for 66\.8% of them\./,
  );
  assert.match(req, /They measure different things: .*different surveys and definitions can give different answers\./);
  assert.match(req, /For software developers, .* point to the same level of education/);
  assert.doesNotMatch(req, /The sources differ on the education software developers need/);
  // Make EP disagree for software developers too.
  c.requirements.entry.b!.education = 'High school diploma or equivalent';
  const changed = section(renderMarkdown(c), 'Job Requirements');
  assert.match(
    changed,
    /The sources differ on the education software developers need: BLS Employment Projections lists a high school diploma/,
  );
  assert.equal((changed.match(/They measure different things/g) ?? []).length, 1);
});

test('a side without ORS estimates is said so, and nothing is filled in', () => {
  const req = section(renderMarkdown(load('seed-pair')), 'Job Requirements');
  assert.match(
    req,
    /The survey publishes no education, training or experience estimates for broadcast technicians, so what is said here about their requirements comes from BLS Employment Projections and O\*NET only\./,
  );
  assert.match(
    req,
    /the most common minimum education for producers and directors is a bachelor's degree \(45\.2%; ORS 2018 is not the main period|the most common minimum education for producers and directors is a bachelor's degree \(45\.2%; BLS publishes it for producers\)/,
  );
  assert.doesNotMatch(req, /of broadcast technicians (have|need)|for broadcast technicians is/);
  const none = section(renderMarkdown(load('hourly-only')), 'Job Requirements');
  assert.match(
    none,
    /BLS's Occupational Requirements Survey publishes no education, training or experience estimates for either occupation/,
  );
  const env = section(renderMarkdown(load('seed-pair')), 'Work Environment');
  assert.doesNotMatch(env, /\| All workers \|/);
  assert.match(
    env,
    /no BLS Occupational Requirements Survey estimates \(physical demands, environmental conditions\) for either occupation/,
  );
});

test('Work Environment says sitting vs standing in words and shows both sides with all workers', () => {
  const env = section(renderMarkdown(load('ors-pair')), 'Work Environment');
  assert.match(env, /Occupational Requirements Survey \(ORS, 2020, preliminary\)/);
  assert.match(
    env,
    /Construction laborers spend most of the workday standing or walking \(92\.3% on average\), while software developers spend most of the workday sitting \(92\.4% on average\)/,
  );
  assert.match(
    env,
    /Among construction laborers, 100% work outdoors at least some of the time \(79% constantly\), while among software developers, 99\.1% are never exposed to outdoor conditions/,
  );
  assert.match(
    env,
    /The most common strength level for construction laborers is medium work \(48\.6%\); for software developers it is sedentary work \(99%\)/,
  );
  assert.match(
    env,
    /BLS finds telework available to none of the construction laborers, while telework is available to 73\.9% of software developers/,
  );
  assert.match(env, /Among construction laborers, 62\.3% are exposed to heights/);
  assert.match(env, /62\.8% use personal protective equipment for noise/);
  assert.match(env, /\| Measure \| Construction Laborer \| Software Developer \| All workers \|/);
  assert.match(
    env,
    /\| Share of the workday spent sitting \(mean\) \| 7\.7% of the day \| 92\.4% of the day \| 42\.7% of the day \|/,
  );
  assert.match(
    env,
    /\*\*Work environment \(BLS Occupational Requirements Survey, 2020, preliminary; other years marked\)\*\*/,
  );
  assert.doesNotMatch(env, /indoors/i);
  // A value from another release is marked with its year.
  assert.match(
    section(renderMarkdown(load('same-input')), 'Work Environment'),
    /\| Strength: medium work \| 63\.2% \(2018\) \|/,
  );
});

test('days are said as readers expect', () => {
  assert.equal(daysText(1825), '1,825 days (about 5 years)');
  assert.equal(daysText(365), '365 days (about 1 year)');
  assert.equal(daysText(90), '90 days (about 3 months)');
  assert.equal(daysText(27), '27 days');
  assert.equal(daysText(8.25), '8.25 days');
  assert.equal(daysText(1), '1 day');
});

/** One side's ORS estimate (a share of workers) for the modal-category tests. */
const orsValue = (value: number, mode: boolean, publishedTitle: string) => ({
  value,
  unit: 'percent_of_workers' as const,
  belowThreshold: null,
  release: '2020',
  preliminary: true,
  soc: '53-3033',
  level: 'detailed' as const,
  sourceId: 1,
  se: null,
  mode,
  publishedTitle,
});
const orsRow = (key: string, a: ReturnType<typeof orsValue>) => ({
  key,
  group: 'g',
  requirement: 'r',
  category: key.slice(key.lastIndexOf('.') + 1),
  values: { a, b: null },
  baseline: null,
});

test('"most common" only where BLS flags the mode; otherwise "the largest published share"', async () => {
  const { modal, modalLead } = await import('./ors.js');
  const v = (value: number, mode: boolean) => orsValue(value, mode, 'Light Truck Drivers');
  const row = (key: string, a: ReturnType<typeof v>) => orsRow(`cognitive.pace.${key}`, a);
  // BLS flags "varying" although "consistentFast" has the larger published share: the flag wins.
  const flagged = modal([row('consistentFast', v(40, false)), row('varying', v(35, true))], 'cognitive.pace', 'a');
  assert.deepEqual([flagged?.row.key, flagged?.flagged], ['cognitive.pace.varying', true]);
  assert.equal(modalLead('work pace', flagged!), 'the most common work pace');
  // No flag among the published rows, and the unpublished rest (100 − 62 = 38%) cannot hold a larger category:
  // the largest share, never called "most common".
  const largest = modal([row('consistentFast', v(42, false)), row('varying', v(20, false))], 'cognitive.pace', 'a');
  assert.deepEqual([largest?.row.key, largest?.flagged], ['cognitive.pace.consistentFast', false]);
  assert.equal(modalLead('work pace', largest!), 'the work pace with the largest published share');
  // Unflagged and smaller than the unpublished rest: no claim at all (gambling surveillance officers' pace was
  // "the work pace with the largest published share … consistently slow (12.1%)", the only share published).
  assert.equal(modal([row('consistentSlow', v(12.1, false))], 'cognitive.pace', 'a'), null);
  assert.equal(modal([row('consistentFast', v(26, false)), row('varying', v(20, false))], 'cognitive.pace', 'a'), null);
});

test('protective equipment for noise is no noise level', async () => {
  const { modal } = await import('./ors.js');
  const v = (value: number, mode: boolean) => orsValue(value, mode, 'Metal-Refining Furnace Operators and Tenders');
  const row = (key: string, a: ReturnType<typeof v>) => orsRow(`environment.noise.${key}`, a);
  // "The noise level with the largest published share … is uses personal protective equipment for noise (90%)".
  const m = modal([row('ppe', v(90, false)), row('loud', v(55, true))], 'environment.noise', 'a');
  assert.equal(m?.row.key, 'environment.noise.loud');
  assert.equal(modal([row('ppe', v(90, false))], 'environment.noise', 'a'), null);
});

test('when both sides publish the same figure, Work Environment says it once', () => {
  const c = load('ors-pair');
  const row = (key: string) => c.workEnvironment.ors.find((r) => r.key === key)!;
  // Neither side can telework; both lift 50 pounds at the median.
  row('cognitive.telework.available').values.b = null;
  row('cognitive.telework.notAvailable').values.b = { ...row('cognitive.telework.notAvailable').values.a! };
  row('physical.maxWeightLifted.median').values.b = { ...row('physical.maxWeightLifted.median').values.a! };
  const env = section(renderMarkdown(c), 'Work Environment');
  assert.match(
    env,
    /Neither job can be done remotely: BLS finds telework not available to 100% of workers in either occupation\./,
  );
  assert.doesNotMatch(env, /Telework is not available/);
  assert.doesNotMatch(env, /while telework/);
  assert.match(env, /at 50 pounds for both construction laborers and software developers\./);
  // Different figures stay side by side.
  const env2 = section(renderMarkdown(load('ors-pair')), 'Work Environment');
  assert.match(env2, /at 50 pounds for construction laborers and 5 pounds for software developers/);
});

test('two sides’ figures of different ORS releases are never set side by side in one sentence', () => {
  const c = load('ors-pair');
  const row = (key: string) => c.workEnvironment.ors.find((r) => r.key === key)!;
  const b = row('physical.sittingPctOfDay').values.b!;
  row('physical.sittingPctOfDay').values.b = { ...b, release: '2018', preliminary: false };
  row('physical.standingPctOfDay').values.b = {
    ...row('physical.standingPctOfDay').values.b!,
    release: '2018',
    preliminary: false,
  };
  const env = section(renderMarkdown(c), 'Work Environment');
  assert.match(env, /Construction laborers spend most of the workday standing or walking \(92\.3% on average\)\./);
  assert.match(
    env,
    /In the ORS 2018 estimates, software developers spend most of the workday sitting \(92\.4% on average\)\./,
  );
  assert.doesNotMatch(env, /standing or walking \(92\.3% on average\), while/);
});

test('Moving Between Them: “also” only after something else the move asks for', () => {
  const c = load('ors-pair');
  const g = c.gap.aToB;
  g.skills = [];
  g.knowledge = [];
  g.education = { ...g.education, from: null, to: null };
  g.jobZone = { ...g.jobZone, from: null, to: null };
  c.requirements.entry.a = null;
  g.activities = [{ dwaId: '4.A.1.a.1.I01.D01', title: 'Test software performance.', iwaTitle: 'Test', weight: 0.3 }];
  const md = renderMarkdown(c).replace(/\\\*/g, '*');
  assert.match(md, /The new job would mean learning to test software performance\./);
  assert.doesNotMatch(md, /would also mean learning to test software performance/);
});

test('one pound is singular', () => {
  assert.equal(pounds(1), '1 pound');
  assert.equal(pounds(50), '50 pounds');
  assert.equal(pounds(0.5), '0.5 pounds');
});
