/**
 * Work Environment: O*NET Work Context in words (the sentences with both figures and the release in the running
 * prose) and a table (environment-onet.ts); BLS Occupational Requirements Survey estimates in prose
 * (environment-ors.ts) and O*NET's interest profile in a collapsible part, the ORS side-by-side table with the
 * all-workers figure and reference period; and a plain list of what the data does not cover. Tools are in Skills.
 */
import type { ScoredRow, Side } from '../../compare/types.js';
import type { Ctx } from '../context.js';
import { type Block, blocks, prose, type Section } from '../doc.js';
import { joinList, lowerFirst } from '../grammar.js';
import { crosswalkNote, onetEnvironment, onetTable } from './environment-onet.js';
import { orsEnvironment, orsTable } from './environment-ors.js';
import { gapWho, mergeSides } from './sources.js';
import { compareText } from '../../text-compare.js';

const RIASEC = new Set(['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional']);

function topInterests(rows: ScoredRow[], side: Side): string[] {
  return rows
    .filter((r) => RIASEC.has(r.name) && typeof r.value[side] === 'number')
    .sort((x, y) => (y.value[side] ?? 0) - (x.value[side] ?? 0) || compareText(x.name, y.name))
    .slice(0, 2)
    .map((r) => r.name);
}

/**
 * O*NET's own high-points when given, all of them (up to three; a 0 high-point means none: web and digital interface
 * designers are Investigative, Artistic and Conventional, not only the first two), else the top two scores.
 */
function interestsOf(ctx: Ctx, side: Side): string[] {
  const hp = ctx.c.workEnvironment.onet.interestHighPoints?.[side];
  return hp && hp.length > 0 ? hp.slice(0, 3) : topInterests(ctx.c.workEnvironment.onet.interests, side);
}

function interests(ctx: Ctx): string | null {
  const ia = interestsOf(ctx, 'a');
  const ib = interestsOf(ctx, 'b');
  const { a, b } = ctx;
  if (ia.length === 0 || ib.length === 0) return null;
  if (ctx.sameOnet) return `O*NET's interest profile for the occupation leans ${joinList(ia)}.`;
  if (ia.join() === ib.join()) return `O*NET's interest profiles for both occupations lean ${joinList(ia)}.`;
  if (ia.length === ib.length && ia.every((x) => ib.includes(x)))
    return `O*NET's interest profiles share the same interests in a different order: ${joinList(ia)} for ${a.short}; ${joinList(ib)} for ${b.short}.`;
  const overlap = ia.some((x) => ib.includes(x));
  return `O*NET's interest profiles ${overlap ? 'overlap only in part' : 'differ'}: ${joinList(ia)} for ${a.short}; ${joinList(ib)} for ${b.short}.`;
}

function gaps(ctx: Ctx): string | null {
  const m = mergeSides(ctx.c.workEnvironment.missing);
  if (m.length === 0) return null;
  return `The data has ${joinList(m.map((g) => `no ${lowerFirst(g.what)}${gapWho(ctx, g)}`))}.`;
}

/** Running prose keeps the O*NET sentences that give both figures; the rest opens on demand. */
const withFigures = (s: string) => /\d+ against \d+/.test(s);

export function environment(ctx: Ctx): Section {
  const out: (Block | null)[] = [];
  const onet = onetEnvironment(ctx);
  out.push(prose(onet.filter(withFigures)));
  const more = blocks(
    prose(onet.filter((s) => !withFigures(s))),
    ...orsEnvironment(ctx).map((p) => prose(p)),
    prose([interests(ctx)]),
  );
  if (more.length > 0)
    out.push({ type: 'details', summary: 'More on the work setting: BLS survey figures and interests', blocks: more });
  out.push(onetTable(ctx));
  out.push(orsTable(ctx));
  out.push(prose([crosswalkNote(ctx), gaps(ctx)], 'cd-note'));
  const body = blocks(...out);
  return { id: 'work-environment', level: 3, heading: 'Work Environment', blocks: body };
}
