/**
 * Work Environment: O*NET Work Context in words and a table (environment-onet.ts), BLS Occupational
 * Requirements Survey estimates in prose (environment-ors.ts) and a side-by-side table with the all-workers figure and reference period; O*NET's interest profile and tools as
 * context; and a plain list of what the data does not cover.
 */
import type { ScoredRow, Side } from '../../compare/types.js';
import type { Ctx } from '../context.js';
import { type Block, blocks, prose, type Section } from '../doc.js';
import { joinList, lowerFirst } from '../grammar.js';
import { crosswalkNote, onetEnvironment, onetTable } from './environment-onet.js';
import { orsEnvironment, orsTable } from './environment-ors.js';
import { gapWho, mergeSides } from './sources.js';

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
  const out: (Block | null)[] = [];
  out.push(prose(onetEnvironment(ctx)));
  out.push(...orsEnvironment(ctx).map((p) => prose(p)));
  out.push(prose([tools(ctx), interests(ctx)]));
  out.push(onetTable(ctx));
  out.push(orsTable(ctx));
  out.push(prose([crosswalkNote(ctx), gaps(ctx)], 'cd-note'));
  const body = blocks(...out);
  return { id: 'work-environment', level: 3, heading: 'Work Environment', blocks: body };
}
