/**
 * Work Environment from BLS's Occupational Requirements Survey, said in words a reader uses: outdoors, sitting
 * vs standing, strength and lifting, hazards, noise and protective equipment, driving, telework, pace and
 * public contact, both sides side by side with the reference period; and the table of those items with the
 * all-workers figure. "Indoors" is only ever BLS's published "not exposed to outdoor conditions".
 */
import type { OrsRow, OrsFigure, Side } from '../../compare/types.js';
import type { Ctx } from '../context.js';
import type { Block, TableRow } from '../doc.js';
import { capitalize, joinList } from '../grammar.js';
import { finite, formatPercent } from '../numbers.js';
import {
  basisNote,
  byRelease,
  type Dated,
  mainPeriod,
  modal,
  modalLead,
  orsAt,
  paren,
  pctText,
  periodNote,
  periodOf,
} from '../ors.js';

const HAZARDS: [string, string][] = [
  ['environment.heights', 'are exposed to heights'],
  ['environment.movingMechanicalParts', 'work near moving mechanical parts'],
  ['environment.hazardousContaminants', 'are exposed to hazardous contaminants'],
  ['environment.wetness', 'are exposed to wetness'],
  ['environment.heavyVibrations', 'are exposed to heavy vibrations'],
  ['environment.extremeHeat', 'are exposed to extreme heat'],
  ['environment.extremeCold', 'are exposed to extreme cold'],
  ['environment.humidity', 'are exposed to humidity'],
];

const PPE: [string, string][] = [
  ['environment.noise.ppe', 'for noise'],
  ['environment.heights.ppe', 'at heights'],
  ['environment.movingMechanicalParts.ppe', 'near moving mechanical parts'],
  ['environment.hazardousContaminants.ppe', 'for hazardous contaminants'],
];

const LABELS: Record<string, string> = {
  sedentary: 'sedentary work',
  light: 'light work',
  medium: 'medium work',
  heavy: 'heavy work',
  veryHeavy: 'very heavy work',
  quiet: 'quiet',
  moderate: 'moderate',
  loud: 'loud',
  veryLoud: 'very loud',
  consistentFast: 'consistently fast',
  consistentSlow: 'consistently slow',
  varying: 'varying',
};

/** The items of the table, in reading order. */
const TABLE_KEYS = [
  'environment.outdoors.exposed',
  'environment.outdoors.notExposed',
  'physical.sittingPctOfDay',
  'physical.standingPctOfDay',
  'physical.strength.sedentary',
  'physical.strength.light',
  'physical.strength.medium',
  'physical.strength.heavy',
  'physical.strength.veryHeavy',
  'physical.maxWeightLifted.median',
  ...HAZARDS.map(([k]) => `${k}.exposed`),
  'environment.noise.quiet',
  'environment.noise.moderate',
  'environment.noise.loud',
  'environment.noise.veryLoud',
  ...PPE.map(([k]) => k),
  'physical.driving.required',
  'cognitive.telework.available',
  'cognitive.telework.notAvailable',
  'cognitive.pace.consistentFast',
  'cognitive.pace.consistentSlow',
  'cognitive.pace.varying',
  'cognitive.publicContact.required',
];

const tail = (key: string) => key.slice(key.lastIndexOf('.') + 1);

interface W {
  ctx: Ctx;
  rows: OrsRow[];
  sides: Side[];
  main: string | null;
}

const who = (w: W, s: Side) => w.ctx.orsNames(s).short;
const note = (w: W, v: OrsFigure | null) => periodNote(v, w.main);

/**
 * "the most common strength level for X is medium work (48.6%); for Y it is sedentary work (99%)": "most common"
 * only where BLS flags the mode, else "the largest published share"; one release per sentence.
 */
function modalSentence(w: W, prefix: string, what: string): string | null {
  const ms = w.sides.flatMap((s) => {
    const m = modal(w.rows, prefix, s);
    return m ? [{ s, m, label: LABELS[tail(m.row.key)] ?? m.row.category.toLowerCase() }] : [];
  });
  const [x, y] = ms;
  if (!x) return null;
  const p = (e: typeof x) => formatPercent(e.m.value.value);
  const lead = (e: typeof x) => modalLead(what, e.m);
  const sameTerms = y && x.m.flagged === y.m.flagged && periodOf(x.m.value) === periodOf(y.m.value);
  if (y && sameTerms && x.label === y.label) {
    return `${capitalize(lead(x))} is ${x.label} for both ${who(w, x.s)}${paren(p(x), note(w, x.m.value))} and ${who(w, y.s)}${paren(p(y), note(w, y.m.value))}.`;
  }
  const first = `${capitalize(lead(x))} for ${who(w, x.s)} is ${x.label}${paren(p(x), note(w, x.m.value))}`;
  if (!y) return `${first}.`;
  if (sameTerms) return `${first}; for ${who(w, y.s)} it is ${y.label}${paren(p(y), note(w, y.m.value))}.`;
  return `${first}. ${capitalize(lead(y))} for ${who(w, y.s)} is ${y.label}${paren(p(y), note(w, y.m.value))}.`;
}

/**
 * "both X and Y", or "X as well as Y" when a name holds "and" itself ("legal secretaries and administrative
 * assistants as well as paralegals and legal assistants", not "both … and … and … and …").
 */
const bothOf = (na: string, nb: string): string =>
  / and /.test(na) || / and /.test(nb) ? `${na} as well as ${nb}` : `both ${na} and ${nb}`;

/**
 * Both sides' clauses said once when they say the same thing but for the name ("among both X and Y, 100% are
 * never exposed to outdoor conditions"), else null. Each clause names its side once (who()).
 */
function sayOnce(w: W, cs: readonly string[]): string | null {
  if (w.sides.length !== 2 || cs.length !== 2) return null;
  const [na, nb] = w.sides.map((s) => who(w, s)) as [string, string];
  const pa = cs[0]!.split(na);
  const pb = cs[1]!.split(nb);
  if (pa.length !== 2 || pb.length !== 2 || pa.join('\u0000') !== pb.join('\u0000')) return null;
  return pa.join(bothOf(na, nb));
}

/**
 * Each side's clause joined with "while", one release per sentence (byRelease); said once when both say the same.
 * `equal` words a statement both sides make with the same figure in plain words ("Neither job can be done remotely").
 */
function pairSentences(w: W, clause: (s: Side) => Dated | null, equal?: (cs: Dated[]) => string | null): string[] {
  const all = w.sides.map(clause);
  if (equal && all.length === 2 && all[0] && all[1] && all[0].period === all[1].period) {
    const plain = equal(all as Dated[]);
    if (plain) return byRelease([{ text: plain, period: all[0].period }], w.main, (cs) => cs[0]!);
  }
  return byRelease(all, w.main, (cs) => `${sayOnce(w, cs) ?? sameWords(w, cs) ?? cs.join(', while ')}.`);
}

/**
 * Two clauses that say the same but for the name and the figure, said once with both figures: "telework is
 * available to 60.2% of X and 50.6% of Y" (not "…, while telework is available to 50.6% of Y"); "both X and Y spend
 * most of the workday sitting (80.8% and 70.3% on average)". Null when they say different things.
 */
function sameWords(w: W, cs: readonly string[]): string | null {
  if (w.sides.length !== 2 || cs.length !== 2) return null;
  const [x, y] = cs as [string, string];
  const [na, nb] = w.sides.map((s) => who(w, s)) as [string, string];
  // The same lead up to the figure: "telework is available to " + "60.2% of X" / "50.6% of Y".
  let i = 0;
  while (i < x.length && x[i] === y[i] && !/\d/.test(x[i]!)) i++;
  const lead = x.slice(0, x.lastIndexOf(' ', i) + 1);
  const ra = x.slice(lead.length);
  const rb = y.slice(lead.length);
  if (lead.length > 0 && /^\d/.test(ra) && /^\d/.test(rb) && ra.endsWith(na) && rb.endsWith(nb))
    return `${lead}${ra} and ${rb}`;
  // The name first, a figure in parentheses last: "X spend most of the workday sitting (80.8% on average)".
  const tail = /^(.*) \(([\d.]+%)( on average)?\)$/;
  const mx = tail.exec(x.startsWith(na) ? x.slice(na.length) : '');
  const my = tail.exec(y.startsWith(nb) ? y.slice(nb.length) : '');
  if (mx && my && mx[1] === my[1] && mx[3] === my[3])
    return `${bothOf(na, nb)}${mx[1]} (${mx[2]} and ${my[2]}${mx[3] ?? ''})`;
  return null;
}

/** "<What> is required for 31.1% of X and 5% of Y."; "… for 100% of both X and Y." One release per sentence. */
function shareSentences(w: W, key: string, what: string): string[] {
  const all = w.sides.map((s): Dated | null => {
    const v = orsAt(w.rows, key, s);
    const p = pctText(v);
    return p && v ? { text: `${p} of ${who(w, s)}`, period: periodOf(v) } : null;
  });
  return byRelease(all, w.main, (cs) => `${what} for ${sayOnce(w, cs) ?? joinList(cs)}.`);
}

const dated = (text: string, v: OrsFigure): Dated => ({ text, period: periodOf(v) });

function outdoors(w: W, s: Side): Dated | null {
  const yes = orsAt(w.rows, 'environment.outdoors.exposed', s);
  const always = orsAt(w.rows, 'environment.outdoors.constantly', s);
  if (yes && pctText(yes)) {
    const c = pctText(always) && always?.release === yes.release ? `${pctText(always)} constantly` : null;
    return dated(`among ${who(w, s)}, ${pctText(yes)} work outdoors at least some of the time${paren(c)}`, yes);
  }
  const no = orsAt(w.rows, 'environment.outdoors.notExposed', s);
  return no && pctText(no)
    ? dated(`among ${who(w, s)}, ${pctText(no)} are never exposed to outdoor conditions`, no)
    : null;
}

/** Both never outdoors: "Neither job is done outdoors: …" (the figure said once). */
function neverOutdoors(w: W, cs: Dated[]): string | null {
  const vs = w.sides.map((s) => orsAt(w.rows, 'environment.outdoors.notExposed', s));
  return vs.every((v) => v?.value === 100) && cs.every((c) => c.text.includes('never exposed'))
    ? 'Neither job is done outdoors: BLS finds 100% of workers in both occupations never exposed to outdoor conditions.'
    : null;
}

function sitStand(w: W, s: Side): Dated | null {
  const sv = orsAt(w.rows, 'physical.sittingPctOfDay', s);
  const tv = orsAt(w.rows, 'physical.standingPctOfDay', s);
  const sit = sv && finite(sv.value) ? sv.value : null;
  const stand = tv && finite(tv.value) ? tv.value : null;
  const n = who(w, s);
  if (sit !== null && sit >= 50)
    return dated(`${n} spend most of the workday sitting (${formatPercent(sit)} on average)`, sv!);
  if (stand !== null && stand >= 50)
    return dated(`${n} spend most of the workday standing or walking (${formatPercent(stand)} on average)`, tv!);
  if (sit !== null && stand !== null && periodOf(sv!) === periodOf(tv!))
    return dated(
      `${n} divide the workday between sitting (${formatPercent(sit)} on average) and standing or walking (${formatPercent(stand)})`,
      sv!,
    );
  if (sit !== null) return dated(`${n} spend ${formatPercent(sit)} of the workday sitting, on average`, sv!);
  return stand !== null
    ? dated(`${n} spend ${formatPercent(stand)} of the workday standing or walking, on average`, tv!)
    : null;
}

function lifting(w: W): string[] {
  const all = w.sides.map((s): Dated | null => {
    const v = orsAt(w.rows, 'physical.maxWeightLifted.median', s);
    return v && finite(v.value) ? dated(`${pounds(v.value)} for ${who(w, s)}`, v) : null;
  });
  return byRelease(
    all,
    w.main,
    (cs) => `BLS puts the median maximum weight lifted or carried at ${sayOnce(w, cs) ?? joinList(cs)}.`,
  );
}

/** Items of one side grouped by release, in their order: one sentence per release (byRelease). */
function perRelease<T extends { val: OrsFigure }>(items: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const i of items) groups.set(periodOf(i.val), [...(groups.get(periodOf(i.val)) ?? []), i]);
  return [...groups.values()];
}

/** A side's hazards, one sentence per ORS release. */
function hazards(w: W, s: Side): string[] {
  const items = HAZARDS.flatMap(([k, phrase]) => {
    const v = orsAt(w.rows, `${k}.exposed`, s);
    return v && finite(v.value) && v.value > 0
      ? [{ v: v.value, val: v, text: `${formatPercent(v.value)} ${phrase}` }]
      : [];
  }).sort((x, y) => y.v - x.v);
  if (items.length > 0)
    return perRelease(items).flatMap((g) =>
      byRelease([dated(joinList(g.map((i) => i.text)), g[0]!.val)], w.main, (cs) => `among ${who(w, s)}, ${cs[0]}.`),
    );
  const none = HAZARDS.flatMap(([k, phrase]) => {
    const v = orsAt(w.rows, `${k}.notExposed`, s);
    return v && v.value === 100 ? [{ val: v, text: phrase.replace(/^(are exposed to|work near) /, '') }] : [];
  });
  return perRelease(none).flatMap((g) =>
    byRelease(
      [dated(joinList(g.map((i) => i.text)), g[0]!.val)],
      w.main,
      (cs) => `BLS reports 100% of ${who(w, s)} not exposed to ${cs[0]}.`,
    ),
  );
}

/** Each side's hazards; two identical "not exposed" sentences said once for both. */
function hazardSentences(w: W): string[] {
  const each = w.sides.map((s) => hazards(w, s));
  if (each.length === 2 && each[0]!.length === 1 && each[1]!.length === 1) {
    const [x, y] = [each[0]![0]!, each[1]![0]!];
    const [na, nb] = w.sides.map((s) => who(w, s)) as [string, string];
    if (/BLS reports 100% of/.test(x) && x.replace(na, '\u0000') === y.replace(nb, '\u0000'))
      return [x.replace(na, bothOf(na, nb))];
  }
  return each.flat();
}

/** A side's protective equipment shares, one sentence per ORS release. */
function ppe(w: W, s: Side): string[] {
  const items = PPE.flatMap(([k, where]) => {
    const v = orsAt(w.rows, k, s);
    return v && finite(v.value) ? [{ v: v.value, where, val: v }] : [];
  }).sort((x, y) => y.v - x.v);
  return perRelease(items).flatMap((g) => {
    const [first, ...rest] = g;
    const parts = [
      `${formatPercent(first!.v)} use personal protective equipment ${first!.where}`,
      ...rest.map((i) => `${formatPercent(i.v)} ${i.where}`),
    ];
    return byRelease([dated(joinList(parts), first!.val)], w.main, (cs) => `among ${who(w, s)}, ${cs[0]}.`);
  });
}

function telework(w: W, s: Side): Dated | null {
  const yes = orsAt(w.rows, 'cognitive.telework.available', s);
  if (yes && pctText(yes)) return dated(`telework is available to ${pctText(yes)} of ${who(w, s)}`, yes);
  const no = orsAt(w.rows, 'cognitive.telework.notAvailable', s);
  // "Telework is not available to 100% of animal caretakers" said in plain words.
  if (no?.value === 100) return dated(`BLS finds telework available to none of the ${who(w, s)}`, no);
  return no && pctText(no) ? dated(`telework is not available to ${pctText(no)} of ${who(w, s)}`, no) : null;
}

/** Telework available to neither: said once, in plain words. */
function neverRemote(w: W): string | null {
  const vs = w.sides.map((s) => orsAt(w.rows, 'cognitive.telework.notAvailable', s));
  return vs.every((v) => v?.value === 100)
    ? 'Neither job can be done remotely: BLS finds telework not available to 100% of workers in either occupation.'
    : null;
}

const hasAny = (w: W, s: Side) => w.rows.some((r) => r.values[s] !== null);

function context(ctx: Ctx): W {
  const rows = ctx.c.workEnvironment.ors;
  const sides: Side[] = (ctx.sameOrs ? ['a'] : ['a', 'b']) as Side[];
  const main = mainPeriod(rows.flatMap((r) => sides.map((s) => r.values[s])));
  return { ctx, rows, sides, main };
}

/**
 * Where a side's estimates come from another published occupation (an ORS 2018 code carried through the SOC
 * crosswalk, or a broader group), say so once, before any of its figures: "For first-line supervisors of passenger
 * attendants, BLS publishes these estimates for first-line supervisors of personal service workers."
 */
function basisSentence(w: W, s: Side): string | null {
  const notes = new Set<string>();
  let own = 0;
  for (const r of w.rows) {
    if (!r.values[s]) continue;
    const n = basisNote(r.values[s], w.ctx.orsNames(s).occupation);
    if (n) notes.add(n.replace(/^BLS publishes it for /, ''));
    else own++;
  }
  if (notes.size === 0) return null;
  const itself = w.ctx.sharedBls && w.ctx.sameOrs ? 'either occupation itself' : 'the occupation itself';
  // Some rows the occupation's own, some another's: "some of these estimates", never all of them.
  const which = own > 0 ? 'some of these estimates' : 'these estimates';
  return `For ${who(w, s)}, BLS publishes ${which} for ${joinList([...notes])}, not for ${itself}.`;
}

/** The ORS paragraphs (each a list of sentences); none when ORS has nothing for either side. */
export function orsEnvironment(ctx: Ctx): string[][] {
  const w0 = context(ctx);
  const w = { ...w0, sides: w0.sides.filter((s) => hasAny(w0, s)) };
  if (w.sides.length === 0) return [];
  const lead = ctx.sameOrs
    ? `BLS's Occupational Requirements Survey (ORS, ${w.main}) publishes one set of estimates for ${ctx.sharedBls ? 'both occupations' : 'the occupation'}.`
    : `BLS's Occupational Requirements Survey (ORS, ${w.main}) measures the physical and environmental side of each job.`;
  const without = w0.sides.filter((s) => !hasAny(w0, s));
  const physical = [
    lead,
    ...without.map((s) => `It publishes no such estimates for ${who(w, s)}.`),
    ...w.sides.map((s) => basisSentence(w, s)),
    ...pairSentences(
      w,
      (s) => outdoors(w, s),
      (cs) => neverOutdoors(w, cs),
    ),
    ...pairSentences(w, (s) => sitStand(w, s)),
    modalSentence(w, 'physical.strength', 'strength level'),
    ...lifting(w),
    ...hazardSentences(w),
  ];
  const setting = [
    modalSentence(w, 'environment.noise', 'noise level'),
    ...w.sides.flatMap((s) => ppe(w, s)),
    ...shareSentences(w, 'physical.driving.required', 'driving is part of the job'),
    ...pairSentences(
      w,
      (s) => telework(w, s),
      () => neverRemote(w),
    ),
    modalSentence(w, 'cognitive.pace', 'work pace'),
    ...shareSentences(w, 'cognitive.publicContact.required', 'dealing with the general public is required'),
  ];
  return [physical, setting].map((p) => p.filter((x): x is string => Boolean(x))).filter((p) => p.length > 0);
}

/** "50 pounds", "1 pound" (fact check: "at 1 pounds for medical secretaries"). */
export function pounds(value: number): string {
  const n = Number(value.toFixed(2));
  return `${n} ${n === 1 ? 'pound' : 'pounds'}`;
}

/** A table cell: "92.4% of the day", "50 pounds", "less than 0.5%", "not published"; other years marked. */
function cell(v: OrsFigure | null, main: string | null): string {
  if (!v) return 'not published';
  let text: string | null = null;
  if (finite(v.value)) {
    const n = Number(v.value.toFixed(2));
    text =
      v.unit === 'percent_of_day'
        ? `${formatPercent(v.value)} of the day`
        : v.unit === 'pounds'
          ? pounds(v.value)
          : v.unit === 'hours' || v.unit === 'days'
            ? `${n} ${n === 1 ? v.unit.slice(0, -1) : v.unit}`
            : formatPercent(v.value);
  } else text = pctText(v);
  if (!text) return 'not published';
  return periodOf(v) === main ? text : `${text} (${periodOf(v)})`;
}

const tableLabel = (r: OrsRow): string =>
  /^(Strength|Noise level|Work pace)$/.test(r.requirement) && !r.key.endsWith('.ppe')
    ? `${r.requirement}: ${r.category.charAt(0).toLowerCase()}${r.category.slice(1)}`
    : r.key === 'physical.maxWeightLifted.median'
      ? 'Maximum weight lifted or carried (median)'
      : r.category;

/** The side-by-side table of the items said above and a few more, with all workers; null for fewer than 2 rows. */
export function orsTable(ctx: Ctx): Block | null {
  const w = context(ctx);
  const rows = TABLE_KEYS.flatMap((k) => {
    const r = w.rows.find((x) => x.key === k);
    return r && w.sides.some((s) => r.values[s]) ? [r] : [];
  });
  if (rows.length < 2) return null;
  const withBase = rows.some((r) => r.baseline);
  const out: TableRow[] = rows.map((r) => ({
    head: tableLabel(r),
    cells: [...w.sides.map((s) => cell(r.values[s], w.main)), ...(withBase ? [cell(r.baseline, w.main)] : [])],
  }));
  const columns = [
    'Measure',
    ...(ctx.sameOrs ? [ctx.bothLabel] : [ctx.a.heading, ctx.b.heading]),
    ...(withBase ? ['All workers'] : []),
  ];
  return {
    type: 'table',
    cls: 'cd-ors',
    caption: `Work environment (BLS Occupational Requirements Survey, ${w.main ?? 'no estimates'}; other years marked)`,
    columns,
    rows: out,
  };
}
