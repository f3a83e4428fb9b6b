/**
 * "Only X's" duties and tools: a duty is one side's only when the other side has no close counterpart (same
 * detailed or intermediate work activity, a nearly identical title, or an important rated communicating
 * activity); near-duplicates are merged. Tools go by O*NET example names, the trade's own tools first.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareOptions } from './config.js';
import { compareDuties, iwaSays, mergeNearDuplicates, nearSame, sharesKeyWords } from './duties.js';
import { activity, profile, rated, task } from './testkit.js';
import { distinctTech } from './skills.js';
import { distinctiveTools, type Rarity, titleStems } from './tools.js';

const o = compareOptions();
const act = (dwaId: string, iwaId: string, title: string, weight = 0.2) => ({
  ...activity(dwaId, iwaId, weight),
  title,
});

test('a duty reached only through supplemental tasks does not set a job apart', () => {
  // Fact check (truck driver vs delivery driver): "operate green energy production equipment" came from 53-3032.00's
  // supplemental task on idle-reduction power units.
  const a = profile('53-3032.00', {
    tasks: [task(1, 'Drive trucks to deliver goods'), task(2, 'Operate idle reduction systems', 'Supplemental')],
    activities: [
      act('4.A.3.a.4.I01.D01', '4.A.3.a.4.I01', 'Operate vehicles or material-moving equipment.'),
      act('4.A.3.a.3.I07.D04', '4.A.3.a.3.I07', 'Operate green energy production equipment.'),
    ],
  });
  const b = profile('53-3033.00', {
    activities: [act('4.A.2.a.1.I05.D09', '4.A.2.a.1.I05', 'Monitor patient conditions during treatments.')],
  });
  const links = new Map([
    [1, [{ dwaId: '4.A.3.a.4.I01.D01', title: 'Operate vehicles or material-moving equipment.' }]],
    [2, [{ dwaId: '4.A.3.a.3.I07.D04', title: 'Operate green energy production equipment.' }]],
  ]);
  const d = compareDuties({ a, b }, { a: links, b: new Map() }, o);
  assert.deepEqual(
    d.distinctActivities.a.map((x) => x.title),
    ['Operate vehicles or material-moving equipment.'],
  );
  // Without task links (nothing to tell core from supplemental by), every activity may count.
  const none = compareDuties({ a, b }, { a: new Map(), b: new Map() }, o);
  assert.equal(none.distinctActivities.a.length, 2);
});

test('near-duplicate activity titles are one duty', () => {
  assert.ok(nearSame('Examine financial records.', 'Examine financial records or processes.'));
  assert.ok(!nearSame('Examine financial records.', 'Operate welding equipment.'));
  assert.deepEqual(
    mergeNearDuplicates([
      { title: 'Examine financial records or processes.' },
      { title: 'Examine financial records.' },
      { title: 'Prepare tax returns.' },
    ]).map((x) => x.title),
    ['Examine financial records or processes.', 'Prepare tax returns.'],
  );
});

test('only-one-side duties exclude same-IWA, near-identical and rated-communication counterparts', () => {
  const a = profile('29-1141.00', {
    tasks: [task(1, 'Monitor patients')],
    activities: [
      act('4.A.2.a.1.I05.D01', '4.A.2.a.1.I05', 'Monitor patient progress or responses to treatments.'),
      act('4.A.3.b.6.I01.D01', '4.A.3.b.6.I01', 'Examine financial records.'),
      act('4.A.3.b.6.I01.D02', '4.A.3.b.6.I01', 'Examine financial records or processes.'),
      act('4.A.4.a.2.I03.D20', '4.A.4.a.2.I03', 'Exchange information with colleagues.'),
      act('4.A.3.a.2.I35.D05', '4.A.3.a.2.I35', 'Operate welding equipment.'),
      act('4.A.2.b.3.I01.D12', '4.A.2.b.3.I01', 'Maintain medical or professional knowledge.'),
    ],
  });
  const b = profile('29-1171.00', {
    activities: [act('4.A.2.a.1.I05.D09', '4.A.2.a.1.I05', 'Monitor patient conditions during treatments.')],
    workActivitiesRated: [
      rated('4.A.4.a.2', 'Communicating with Supervisors, Peers, or Subordinates', 3.2, 4),
      rated('4.A.2.b.3', 'Updating and Using Relevant Knowledge', 4.1, 5),
      // Rated important on the other side: welding (Handling and Moving Objects) is no difference either.
      rated('4.A.3.a.2', 'Handling and Moving Objects', 4.5, 5),
      // Rated, and not important: the data shows no counterpart for the financial-records duty.
      rated('4.A.3.b.6', 'Documenting/Recording Information', 2.0, 2),
    ],
  });
  const d = compareDuties({ a, b }, { a: new Map(), b: new Map() }, o);
  assert.deepEqual(
    d.distinctActivities.a.map((x) => x.title),
    ['Examine financial records.'],
  );
  // Not important enough on the other side: then it is a difference.
  b.workActivitiesRated = [rated('4.A.4.a.2', 'Communicating', 2.1, 2)];
  const d2 = compareDuties({ a, b }, { a: new Map(), b: new Map() }, o);
  assert.ok(d2.distinctActivities.a.some((x) => x.title === 'Exchange information with colleagues.'));
});

test('tools by example name: shared means the same name on both lists, the trade word first, no commodity titles', () => {
  const tool = (example: string, commodityTitle: string) => ({ example, commodityTitle });
  const a = profile('51-4121.00', {
    tools: [
      tool('Desktop computers', 'Desktop computer'),
      tool('Metal inert gas MIG welders', 'Metal inert gas welding machine'),
      tool('Current converters', 'Frequency converters'),
      tool('Hacksaws', 'Hacksaw'),
    ],
  });
  const b = profile('51-4041.00', {
    tools: [tool('Desktop computers', 'Desktop computer'), tool('Band saws', 'Hacksaw'), tool('Lathes', 'Lathe')],
  });
  const r: Rarity = {
    occupations: 1000,
    toolCommodity: new Map([
      ['Desktop computer', 700],
      ['Metal inert gas welding machine', 30],
      ['Frequency converters', 1],
      ['Hacksaw', 70],
      ['Lathe', 20],
    ]),
    techExample: new Map(),
  };
  const t = distinctiveTools({ a, b }, r, 3, {
    a: ['Welders, Cutters, Solderers, and Brazers', 'welder'],
    b: ['Machinists'],
  });
  assert.deepEqual(t.shared, ['Desktop computers']);
  // Hacksaws have a counterpart (band saws, the same kind of tool): not only the welders'.
  assert.deepEqual(t.distinct.a, ['Metal inert gas MIG welders', 'Current converters']);
  assert.deepEqual(t.distinct.b, ['Lathes']);
  assert.ok(titleStems(['Welders']).has('weld'));
  // Two commodities of one UNSPSC class (Computers, 432115): personal computers are not "only" one side's when the
  // other lists desktop computers (the session-4 leftover, judged by commodity).
  a.tools.push(tool('Personal computers', 'Personal computer'));
  const byCommodity = distinctiveTools({ a, b }, r, 5, { a: ['Welders'], b: ['Machinists'] });
  assert.ok(byCommodity.distinct.a.includes('Personal computers'));
  const classes = new Map([
    ['Desktop computer', '432115'],
    ['Personal computer', '432115'],
  ]);
  const byClass = distinctiveTools({ a, b }, r, 5, { a: ['Welders'], b: ['Machinists'] }, classes);
  assert.ok(!byClass.distinct.a.includes('Personal computers'));
  assert.deepEqual(byClass.distinct.b, ['Lathes']);
});

test('missing data is not absence: no "only X" when the other side lacks the rating or the list', () => {
  const a = profile('29-1171.00', {
    activities: [
      act('4.A.2.b.3.I01.D12', '4.A.2.b.3.I01', 'Maintain medical or professional knowledge.'),
      act('4.A.2.b.2.I10.D03', '4.A.2.b.2.I10', 'Develop medical treatment plans.'),
    ],
    tools: [{ example: 'Tympanometers', commodityTitle: 'Tympanometers' }],
  });
  // Registered nurses in this data: DWAs, but no importance rating for "Updating and Using Relevant Knowledge".
  const b = profile('29-1141.00', {
    activities: [act('4.A.2.a.1.I05.D09', '4.A.2.a.1.I05', 'Monitor patient conditions during treatments.')],
    workActivitiesRated: [rated('4.A.4.a.2', 'Communicating with Supervisors, Peers, or Subordinates', 3.2, 4)],
  });
  const d = compareDuties({ a, b }, { a: new Map(), b: new Map() }, o);
  assert.deepEqual(
    d.distinctActivities.a.map((x) => x.title),
    ['Develop medical treatment plans.'],
  );
  // With the rating present and low, the data shows no counterpart: then it is one side's.
  b.workActivitiesRated = [rated('4.A.2.b.3', 'Updating and Using Relevant Knowledge', 2.0, 2)];
  const d2 = compareDuties({ a, b }, { a: new Map(), b: new Map() }, o);
  assert.ok(d2.distinctActivities.a.some((x) => x.title === 'Maintain medical or professional knowledge.'));
  // No DWAs on the other side at all: nothing is only one side's.
  const none = profile('29-9999.00', {});
  const d3 = compareDuties({ a, b: none }, { a: new Map(), b: new Map() }, o);
  assert.deepEqual(d3.distinctActivities.a, []);
  // No tool list (or technology list) on the other side: no tool is only one side's.
  const r: Rarity = { occupations: 1000, toolCommodity: new Map([['Tympanometers', 3]]), techExample: new Map() };
  const t = distinctiveTools({ a, b }, r, 3, { a: ['Nurse Practitioners'], b: ['Registered Nurses'] });
  assert.deepEqual(t.distinct.a, []);
  b.tools = [{ example: 'Stethoscopes', commodityTitle: 'Stethoscopes' }];
  const t2 = distinctiveTools({ a, b }, r, 3, { a: ['Nurse Practitioners'], b: ['Registered Nurses'] });
  assert.deepEqual(t2.distinct.a, ['Tympanometers']);
  assert.deepEqual(
    distinctTech([], [{ example: 'Epic Systems', commodityTitle: 'Medical software', hot: true, inDemand: false }], 3),
    [],
  );
});

test('counterparts by key words: two shared, the same object, or one side’s verb as the other’s subject', () => {
  assert.ok(sharesKeyWords('Test software performance.', 'Develop testing routines or procedures.'));
  assert.ok(sharesKeyWords('Develop medical treatment plans.', 'Develop and implement nursing care plans.'));
  assert.ok(sharesKeyWords('Schedule instructional activities.', 'Plan educational activities.'));
  assert.ok(
    sharesKeyWords(
      'Monitor clients to evaluate treatment progress.',
      'Confer with clients to discuss treatment plans or progress.',
    ),
  );
  // One shared word elsewhere, or only generic words, is no counterpart.
  assert.ok(!sharesKeyWords('Develop medical treatment plans.', 'Monitor patient conditions during treatments.'));
  assert.ok(!sharesKeyWords('Repair electrical equipment.', 'Clean food preparation equipment.'));
});

test('“only X’s” is re-checked against the other side’s task statements and its O*NET activity ratings', () => {
  // Legal secretaries (43-6012.00) have the DWA "Operate office equipment." (Controlling Machines and Processes);
  // paralegals (23-2011.00) lack the link, but O*NET rates that activity 1.6 for both: no difference.
  const a = profile('43-6012.00', {
    activities: [
      act('4.A.3.a.3.I01.D01', '4.A.3.a.3.I01', 'Operate office equipment.'),
      act('4.A.2.a.1.I01.D01', '4.A.2.a.1.I01', 'Proofread documents, records, or other files to ensure accuracy.'),
      act('4.A.1.b.2.I05.D08', '4.A.1.b.2.I05', 'Inspect facilities or equipment to ensure specifications are met.'),
    ],
    workActivitiesRated: [rated('4.A.3.a.3', 'Controlling Machines and Processes', 1.6, 1)],
  });
  const b = profile('23-2011.00', {
    tasks: [task(9, 'Inspect facilities and equipment of clients for compliance with lease terms.')],
    activities: [
      act('4.A.2.a.4.I09.D01', '4.A.2.a.4.I09', 'Research relevant legal materials to aid decision making.'),
    ],
    workActivitiesRated: [rated('4.A.3.a.3', 'Controlling Machines and Processes', 1.6, 1)],
  });
  const d = compareDuties({ a, b }, { a: new Map(), b: new Map() }, o);
  // The inspection duty is said in one of b's task statements (no DWA link needed).
  assert.deepEqual(
    d.distinctActivities.a.map((x) => x.title),
    ['Proofread documents, records, or other files to ensure accuracy.'],
  );
  // Far less important on the other side (and under "important"): then it is a difference.
  b.workActivitiesRated = [rated('4.A.3.a.3', 'Controlling Machines and Processes', 1.0, 0)];
  a.workActivitiesRated = [rated('4.A.3.a.3', 'Controlling Machines and Processes', 2.6, 2)];
  const d2 = compareDuties({ a, b }, { a: new Map(), b: new Map() }, o);
  assert.ok(d2.distinctActivities.a.some((x) => x.title === 'Operate office equipment.'));
  // Rated important for the other side (chefs against restaurant cooks: inspecting 3.3 and 3.8): no difference.
  b.workActivitiesRated = [rated('4.A.1.b.2', 'Inspecting Equipment, Structures, or Material', 3.8, 3)];
  b.tasks = [];
  const d3 = compareDuties({ a, b }, { a: new Map(), b: new Map() }, o);
  assert.ok(!d3.distinctActivities.a.some((x) => x.title.startsWith('Inspect')));
});

test('an activity whose intermediate activity says the other side’s duty is no difference (fact check: data scientists)', () => {
  // "Write computer programming code" (IWA "Program computer systems or production equipment") against software
  // developers' "Modify software programs to improve performance": not only data scientists'.
  assert.ok(
    iwaSays('Program computer systems or production equipment.', 'Modify software programs to improve performance.'),
  );
  // The other side's verb in the IWA title is not enough: designing software is not creating visual displays.
  assert.ok(!iwaSays('Create visual designs or displays.', 'Design software applications.'));
  // "programming" is the word "program" (no "programm" stem).
  assert.ok(sharesKeyWords('Write computer programming code.', 'Program computer systems.'));
  const a = profile('15-2051.00', {
    activities: [
      {
        ...act('4.A.3.b.1.I01.D03', '4.A.3.b.1.I01', 'Write computer programming code.'),
        iwaTitle: 'Program computer systems or production equipment.',
      },
      {
        ...act(
          '4.A.2.b.2.I18.D14',
          '4.A.2.b.2.I18',
          'Prepare graphics or other visual representations of information.',
        ),
        iwaTitle: 'Create visual designs or displays.',
      },
    ],
  });
  const b = profile('15-1252.00', {
    activities: [
      act('4.A.2.b.2.I02.D07', '4.A.2.b.2.I02', 'Modify software programs to improve performance.'),
      act('4.A.2.b.2.I02.D10', '4.A.2.b.2.I02', 'Design software applications.'),
    ],
  });
  const d = compareDuties({ a, b }, { a: new Map(), b: new Map() }, o);
  assert.deepEqual(
    d.distinctActivities.a.map((x) => x.title),
    ['Prepare graphics or other visual representations of information.'],
  );
});
