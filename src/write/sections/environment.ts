/**
 * Work Environment: BLS Occupational Requirements Survey estimates in prose (outdoors, sitting, strength,
 * telework, public contact) plus a side-by-side table of the published shares; O*NET's interest profile and
 * tools as context; and a plain list of what the data does not cover.
 */
import type { OrsRow, OrsValue, ScoredRow, Side } from '../../compare/types.js';
import type { Ctx } from '../context.js';
import { type Block, blocks, prose, type Section, type TableRow } from '../doc.js';
import { capitalize, joinList, lowerFirst } from '../grammar.js';
import { formatPercent } from '../numbers.js';
import { gapWho, mergeSides } from './sources.js';

/** One ORS estimate we know how to say in words. */
interface Fact {
  key: string;
  /** The ORS category ("Outdoors") and the estimate's core text ("exposed to outdoors"), both exact. */
  requirement: RegExp;
  core: RegExp;
  /** Table row label. */
  label: string;
  /** Sentence for one side's value, given "77.6%" and the name; never starts with the number. */
  say: (pct: string, who: string) => string;
  /** How the other side's value is attached: "compared with 40% of X" or "… 40% for X" (shares of a day). */
  of: 'of' | 'for';
  /** Facts that say the same thing from the other side; only the first one found is used. */
  group?: string;
}

const FACTS: Fact[] = [
  {
    key: 'outdoors',
    requirement: /^outdoors$/i,
    core: /^exposed to outdoors$/,
    label: 'Exposed to outdoor conditions',
    say: (p, w) => `among ${w}, ${p} work outdoors at least some of the time`,
    of: 'of',
    group: 'outdoors',
  },
  {
    key: 'outdoors-not',
    requirement: /^outdoors$/i,
    core: /^not exposed to outdoors$/,
    label: 'Never exposed to outdoor conditions',
    say: (p, w) => `among ${w}, ${p} are never exposed to outdoor conditions`,
    of: 'of',
    group: 'outdoors',
  },
  {
    key: 'sitting',
    requirement: /^sitting$/i,
    core: /^percent of day where sitting is required, mean$/,
    label: 'Share of the workday spent sitting (mean)',
    say: (p, w) => `${w} spend ${p} of the workday sitting, on average`,
    of: 'for',
  },
  {
    key: 'telework',
    requirement: /^telework$/i,
    core: /^(with )?telework( is)? available$/,
    label: 'Telework available',
    say: (p, w) => `telework is available to ${p} of ${w}`,
    of: 'of',
  },
  {
    key: 'public',
    requirement: /^interaction with general public$/i,
    core: /^interaction with general public is required$/,
    label: 'Must deal with the general public',
    say: (p, w) => `among ${w}, ${p} must deal with the general public`,
    of: 'of',
  },
  {
    key: 'loud',
    requirement: /^noise intensity level$/i,
    core: /^exposed to loud noise$/,
    label: 'Exposed to loud noise',
    say: (p, w) => `among ${w}, ${p} are exposed to loud noise`,
    of: 'of',
  },
  {
    key: 'heavy',
    requirement: /^strength$/i,
    core: /^strength required is heavy work$/,
    label: 'Strength: heavy work',
    say: (p, w) => `among ${w}, ${p} do heavy work`,
    of: 'of',
  },
  {
    key: 'sedentary',
    requirement: /^strength$/i,
    core: /^strength required is sedentary$/,
    label: 'Strength: sedentary work',
    say: (p, w) => `among ${w}, ${p} do sedentary work`,
    of: 'of',
  },
  {
    key: 'driving',
    requirement: /^driving$/i,
    core: /^driving is required$/,
    label: 'Driving required',
    say: (p, w) => `driving is part of the job for ${p} of ${w}`,
    of: 'of',
  },
];

/** "Percent of workers, exposed to outdoors, Not additive" → "exposed to outdoors". */
export function orsCore(r: OrsRow): string {
  const req = r.requirement.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return r.category
    .replace(/^percent of workers,\s*/i, '')
    .replace(new RegExp(`,\\s*(not additive|${req})$`, 'i'), '')
    .trim()
    .toLowerCase();
}

function pctOf(v: OrsValue | null): string | null {
  if (!v) return null;
  if (typeof v.value === 'number' && Number.isFinite(v.value)) return formatPercent(v.value);
  return null;
}

/** Table cell: "77.6%", "less than 0.5%" for a below-threshold estimate, "not published" otherwise. */
function cell(v: OrsValue | null): string {
  if (!v) return 'not published';
  const p = pctOf(v);
  if (p) return p;
  if (v.belowThreshold) return v.belowThreshold.replace(/^</, 'less than').replace(/\s+/, ' ').trim();
  return 'not published';
}

function facts(ctx: Ctx): { fact: Fact; row: OrsRow }[] {
  const rows = ctx.c.workEnvironment.ors;
  const out: { fact: Fact; row: OrsRow }[] = [];
  const groups = new Set<string>();
  for (const f of FACTS) {
    if (f.group && groups.has(f.group)) continue;
    const row = rows.find((r) => f.requirement.test(r.requirement) && f.core.test(orsCore(r)));
    if (row && (pctOf(row.values.a) || pctOf(row.values.b))) {
      out.push({ fact: f, row });
      if (f.group) groups.add(f.group);
    }
  }
  return out;
}

function factSentence(ctx: Ctx, f: Fact, row: OrsRow): string {
  const pa = pctOf(row.values.a);
  const pb = pctOf(row.values.b);
  const { a, b } = ctx;
  if (pa && pb && !ctx.sameBls) {
    return `${capitalize(f.say(pa, a.occupationText))}, compared with ${pb} ${f.of} ${b.occupationText}.`;
  }
  if (pa) return `${capitalize(f.say(pa, a.occupationText))}.`;
  return `${capitalize(f.say(pb!, b.occupationText))}.`;
}

const RIASEC = new Set(['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional']);

function topInterests(rows: ScoredRow[], side: Side): string[] {
  return rows
    .filter((r) => RIASEC.has(r.name) && typeof r.value[side] === 'number')
    .sort((x, y) => (y.value[side] ?? 0) - (x.value[side] ?? 0) || x.name.localeCompare(y.name))
    .slice(0, 2)
    .map((r) => r.name);
}

function interests(ctx: Ctx): string | null {
  const rows = ctx.c.workEnvironment.onet.interests;
  const ia = topInterests(rows, 'a');
  const ib = topInterests(rows, 'b');
  const { a, b } = ctx;
  if (ia.length === 0 || ib.length === 0) return null;
  if (ctx.sameOnet) return `O*NET's interest profile for the occupation leans ${joinList(ia)}.`;
  if (ia.join() === ib.join()) return `O*NET's interest profiles for both occupations lean ${joinList(ia)}.`;
  const overlap = ia.some((x) => ib.includes(x));
  return `O*NET's interest profiles ${overlap ? 'overlap only in part' : 'differ'}: ${joinList(ia)} for ${a.occupationText}, ${joinList(ib)} for ${b.occupationText}.`;
}

function tools(ctx: Ctx): string | null {
  const t = ctx.c.workEnvironment.onet.tools;
  const { a, b } = ctx;
  const lc = (xs: string[]) => xs.slice(0, 3).map(lowerFirst);
  if (ctx.sameOnet) return null;
  const parts: string[] = [];
  if (t.shared.length > 0) parts.push(`Tools O*NET lists for both include ${joinList(lc(t.shared))}.`);
  if (t.distinct.a.length > 0 && t.distinct.b.length > 0) {
    parts.push(
      `Among the tools O*NET lists for only one of them, ${a.many} use ${joinList(lc(t.distinct.a))}, while ${b.many} use ${joinList(lc(t.distinct.b))}.`,
    );
  } else if (t.distinct.a.length > 0) {
    parts.push(`Only ${a.many} are listed with ${joinList(lc(t.distinct.a))}.`);
  } else if (t.distinct.b.length > 0) {
    parts.push(`Only ${b.many} are listed with ${joinList(lc(t.distinct.b))}.`);
  }
  return parts.join(' ') || null;
}

function gaps(ctx: Ctx): string | null {
  const m = mergeSides(ctx.c.workEnvironment.missing);
  if (m.length === 0) return null;
  return `The data has ${joinList(m.map((g) => `no ${lowerFirst(g.what)}${gapWho(ctx, g)}`))}.`;
}

export function environment(ctx: Ctx): Section {
  const fs = facts(ctx);
  const out: (Block | null)[] = [];
  if (fs.length > 0) {
    const lead = ctx.sameBls
      ? `BLS's Occupational Requirements Survey publishes one set of estimates for the occupation.`
      : `BLS's Occupational Requirements Survey measures the physical and environmental side of each job.`;
    out.push(prose([lead, ...fs.slice(0, 4).map(({ fact, row }) => factSentence(ctx, fact, row))]));
  }
  out.push(prose([tools(ctx), interests(ctx)]));
  if (fs.length > 1) {
    const rows: TableRow[] = fs.map(({ fact, row }) => ({
      head: fact.label,
      cells: ctx.sameBls ? [cell(row.values.a ?? row.values.b)] : [cell(row.values.a), cell(row.values.b)],
    }));
    const release = fs[0]?.row.values.a?.release ?? fs[0]?.row.values.b?.release;
    const prelim = fs.some(({ row }) => row.values.a?.preliminary || row.values.b?.preliminary);
    out.push({
      type: 'table',
      cls: 'cd-ors',
      caption: `Work environment (BLS Occupational Requirements Survey${release ? `, ${release}` : ''}${prelim ? ', preliminary estimates' : ''})`,
      columns: ctx.sameBls ? ['Measure', 'Both titles'] : ['Measure', ctx.a.heading, ctx.b.heading],
      rows,
    });
  }
  out.push(prose([gaps(ctx)], 'cd-note'));
  const body = blocks(...out);
  return { id: 'work-environment', level: 3, heading: 'Work Environment', blocks: body };
}
