/**
 * Questions readers ask — "Which pays more?", "Which needs more education?", "Can a Y move into X?", "Which has
 * the better outlook?" — each answered from the Comparison's figures (BLS OEWS and EP, O*NET job zones, the
 * similarity ranks and the directional gap), or left out when the data cannot answer it. The same list becomes
 * the article's FAQ section and the page's schema.org FAQPage markup.
 */
import { readAsOne } from '../../compare/same.js';
import type { Side } from '../../compare/types.js';
import { type Ctx, other } from '../context.js';
import type { Faq, Section } from '../doc.js';
import { capitalize, joinList, withArticle } from '../grammar.js';
import { ordinalWord } from '../numbers.js';
import { changeWords, entryEducation, gapText, groupTag, medianText, wageGap, wageKind } from './keydiff.js';

/** BLS EP typical entry-level education categories, lowest first. */
const EP_ORDER = [
  'no formal educational credential',
  'high school diploma or equivalent',
  'some college, no degree',
  'postsecondary nondegree award',
  "associate's degree",
  "bachelor's degree",
  "master's degree",
  'doctoral or professional degree',
];

/** Rank of a BLS EP education label (0 lowest), or null when unknown. */
export function epRank(label: string | null | undefined): number | null {
  if (!label) return null;
  const i = EP_ORDER.indexOf(label.trim().toLowerCase().replace(/’/g, "'"));
  return i < 0 ? null : i;
}

/** "Going by the occupations compared, " when a reader's title stands for a broader occupation. */
function proxy(ctx: Ctx): string {
  const stands = (n: ReturnType<Ctx['names']>) => !n.fromCode && !n.matchesOccupation;
  return stands(ctx.a) || stands(ctx.b) ? 'Going by the occupations compared, ' : '';
}

/** The subject of an answer, after `proxy` when there is one. */
function subject(ctx: Ctx, side: Side): string {
  const p = proxy(ctx);
  return p ? `${p}${ctx.names(side).many}` : capitalize(ctx.names(side).many);
}

/** "an associate producer" / "producers and directors" (a typed code has no singular). */
const one = (ctx: Ctx, side: Side): string => ctx.names(side).oneWithArticle ?? ctx.names(side).many;

function pays(ctx: Ctx): Faq | null {
  const q = `Which pays more, ${one(ctx, 'a')} or ${one(ctx, 'b')}?`;
  const k = wageKind(ctx);
  const what = k === 'annual' ? 'median annual wage' : 'median wage';
  const tag = (side: Side) => (ctx.sameBls ? '' : groupTag(ctx, side, 'wage'));
  const ma0 = medianText(ctx, 'a', k);
  const mb0 = medianText(ctx, 'b', k);
  const ma = ma0 && `${ma0}${tag('a')}`;
  const mb = mb0 && `${mb0}${tag('b')}`;
  const w = ctx.c.salary.wages.a ?? ctx.c.salary.wages.b;
  if (ctx.sameBls) {
    if (!ma || !w) return null;
    return {
      question: q,
      answer: ctx.sharedBls
        ? `The data cannot tell: BLS publishes one ${what} for ${w.soc}, the BLS occupation both belong to, ${ma} in ${w.period}.`
        : `The data cannot tell: BLS publishes one ${what} for the occupation both titles belong to, ${ma} in ${w.period}.`,
    };
  }
  if (!ma || !mb) return null;
  const g = wageGap(ctx);
  const wa = ctx.c.salary.wages.a!;
  const wb = ctx.c.salary.wages.b!;
  const figures =
    wa.period === wb.period
      ? `a ${what} of ${ma} for ${ctx.names('a').short} against ${mb} for ${ctx.names('b').short} (BLS, ${wa.period})`
      : `a ${what} of ${ma} for ${ctx.names('a').short} (${wa.period}) against ${mb} for ${ctx.names('b').short} (${wb.period})`;
  if (!g) {
    // Equal medians, or figures of two releases (which are not set against each other).
    return {
      question: q,
      answer:
        wa.period === wb.period
          ? `Neither: BLS reports ${figures}.`
          : `BLS reports ${figures}; figures from two releases are not set against each other here.`,
    };
  }
  return {
    question: q,
    answer: `${subject(ctx, g.higher)} do, by ${gapText(g)} at the median: BLS reports ${figures}.`,
  };
}

function school(ctx: Ctx): Faq | null {
  if (ctx.sameOnet) return null; // one occupation: the question would invent a difference
  const q = 'Which needs more education?';
  const la = ctx.c.requirements.entry.a?.education ?? null;
  const lb = ctx.sameBls ? la : (ctx.c.requirements.entry.b?.education ?? null);
  const ra = epRank(la);
  const rb = epRank(lb);
  const za = ctx.c.requirements.jobZone.a?.zone ?? null;
  const zb = ctx.c.requirements.jobZone.b?.zone ?? null;
  const zones =
    !ctx.sameOnet && za !== null && zb !== null && za !== zb
      ? ` O*NET puts ${ctx.names('a').short} in Job Zone ${za} and ${ctx.names('b').short} in Job Zone ${zb} of 5, where 5 means the most preparation.`
      : '';
  if (ra === null || rb === null) return null;
  const ba = entryEducation(ctx, 'a')!;
  const ea = `${ba}${ctx.sameBls ? '' : groupTag(ctx, 'a', 'entry')}`;
  const eb = ctx.sameBls ? ea : `${entryEducation(ctx, 'b') ?? ea}${groupTag(ctx, 'b', 'entry')}`;
  // Which side O*NET's job zones put higher, when they differ.
  const zoneHi: Side | null = za !== null && zb !== null && za !== zb ? (za > zb ? 'a' : 'b') : null;
  if (ctx.sharedBls) {
    // One BLS figure for the SOC code both belong to: BLS cannot rank them; only O*NET's job zones can.
    const soc = ctx.c.requirements.entry.a?.soc ?? ctx.c.resolution.a.soc;
    const bls = `BLS gives one typical entry-level education, ${ba}, for ${soc}, the BLS occupation both belong to.`;
    return {
      question: q,
      answer: zoneHi
        ? `By O*NET's job zones, ${ctx.names(zoneHi).short} do: ${bls}${zones}`
        : `The data cannot tell them apart: ${bls}${zones}`,
    };
  }
  if (ra === rb) {
    const tagged = (['a', 'b'] as const).filter((x) => groupTag(ctx, x, 'entry'));
    const which =
      tagged.length === 0
        ? 'both'
        : `both (${tagged.map((x) => `for ${ctx.names(x).short}, the figure of BLS group ${ctx.c.requirements.entry[x]!.soc}`).join('; ')})`;
    return {
      question: q,
      answer: `${zoneHi ? "By BLS's measure, neither" : 'Neither'}: BLS gives ${ba} as the typical entry-level education for ${which}.${zones}`,
    };
  }
  const hi: Side = ra > rb ? 'a' : 'b';
  const lead =
    zoneHi && zoneHi !== hi ? `By BLS's measure, ${ctx.names(hi).short} do` : `${subject(ctx, hi)} usually do`;
  const against = zoneHi && zoneHi !== hi ? " O*NET's job zones point the other way:" : '';
  return {
    question: q,
    answer: `${lead}: BLS gives ${ea} as the typical entry-level education for ${ctx.names('a').short} and ${eb} for ${ctx.names('b').short}.${against}${zones}`,
  };
}

/** Which way readers usually ask about a move: from the side needing less preparation (or paid less) to the other. */
function moveDirection(ctx: Ctx): { from: Side; to: Side } {
  const za = ctx.c.requirements.jobZone.a?.zone ?? null;
  const zb = ctx.c.requirements.jobZone.b?.zone ?? null;
  if (za !== null && zb !== null && za !== zb) return za < zb ? { from: 'a', to: 'b' } : { from: 'b', to: 'a' };
  const g = wageGap(ctx);
  if (g) return { from: other(g.higher), to: g.higher };
  return { from: 'b', to: 'a' };
}

const level = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

function move(ctx: Ctx): Faq | null {
  if (ctx.sameOnet) return null;
  const { from, to } = moveDirection(ctx);
  const f = ctx.names(from);
  const t = ctx.names(to);
  const gap = from === 'a' ? ctx.c.gap.aToB : ctx.c.gap.bToA;
  const q = `Can ${one(ctx, from)} move into work as ${t.oneWithArticle ?? t.many}?`;
  const parts: string[] = [];
  // rank.a is B's rank among A's closest occupations: the destination's rank seen from the origin.
  const rank = ctx.c.similarity.rank[from];
  if (rank !== null && rank > 0)
    parts.push(
      rank === 1
        ? `${t.short} are the occupation closest to ${f.short} on careerdiff's similarity score`
        : `${t.short} rank ${ordinalWord(rank)} of all occupations by closeness to ${f.short} on careerdiff's similarity score`,
    );
  const skills = gap.skills.slice(0, 2).map((g) => `${g.name.toLowerCase()} (${level(g.from)} to ${level(g.to)})`);
  if (skills.length > 0) parts.push(`the largest skill gaps on O*NET's 0–7 level scale are ${joinList(skills)}`);
  else {
    // No skill gap to name because a side has no skill ratings here: said, not left out silently.
    const unrated = ([from, to] as const).filter(
      (s) => !ctx.c.skills.skills.all.some((r) => (s === 'a' ? r.level.a : r.level.b) !== null),
    );
    if (unrated.length > 0)
      parts.push(
        `skill gaps cannot be measured, as the data here has no O*NET skill ratings for ${joinList(unrated.map((s) => ctx.names(s).short))}`,
      );
  }
  const z = gap.jobZone;
  if (z.step !== null && z.step !== 0 && z.from !== null && z.to !== null)
    parts.push(`the O*NET job zone goes ${z.step > 0 ? 'up' : 'down'} from ${z.from} to ${z.to}`);
  else if (z.step === 0 && z.from !== null) parts.push(`both sit in O*NET Job Zone ${z.from}`);
  if (parts.length === 0) return null;
  const body = parts.join('; ');
  return {
    question: q,
    answer: `The data does not track who moves between jobs, but it shows what the step involves: ${body}.`,
  };
}

function outlookFaq(ctx: Ctx): Faq | null {
  if (ctx.sameBls) return null;
  const pa = ctx.c.outlook.projections.a;
  const pb = ctx.c.outlook.projections.b;
  if (!pa || !pb || pa.changePercent === null || pb.changePercent === null || pa.period !== pb.period) return null;
  const ra = Number(pa.changePercent.toFixed(1));
  const rb = Number(pb.changePercent.toFixed(1));
  const period = pa.period.replace(/(\d{4})\D+(\d{4})/, '$1–$2');
  const q = 'Which has the better job outlook?';
  const figures = `BLS projects employment of ${ctx.names('a').short} to ${changeWords(ra)}${groupTag(ctx, 'a', 'projection')} and of ${ctx.names('b').short} to ${changeWords(rb)}${groupTag(ctx, 'b', 'projection')} over ${period}`;
  if (ra === rb) return { question: q, answer: `Neither: ${figures}.` };
  const hi: Side = ra > rb ? 'a' : 'b';
  return { question: q, answer: `${subject(ctx, hi)}, by this measure: ${figures}.` };
}

function sameJob(ctx: Ctx): Faq | null {
  if (!ctx.sameOnet || ctx.sameInput) return null;
  const { a, b } = ctx;
  return {
    question: `Are ${withArticle(a.one ?? a.input)} and ${withArticle(b.one ?? b.input)} the same job?`,
    answer: ctx.sameListed
      ? `In the official data, yes: both titles belong to one O*NET occupation, ${a.occupation} (${a.code}), with one set of duties, requirements, wages and projections.`
      : `Not by O*NET's title lists: ${ctx.c.titles ? readAsOne(ctx.c.resolution, ctx.c.titles) : ''} careerdiff reads both as ${a.occupation} (${a.code}), so the figures here are the same for both.`,
  };
}

/** The questions the data can answer for this pair, in the order readers ask them. */
export function faqs(ctx: Ctx): Faq[] {
  return [sameJob(ctx), pays(ctx), school(ctx), move(ctx), outlookFaq(ctx)].filter((f): f is Faq => f !== null);
}

export function faqSection(list: Faq[]): Section | null {
  if (list.length === 0) return null;
  return {
    id: 'faq',
    level: 2,
    heading: 'Questions Readers Ask',
    blocks: [],
    sections: list.map((f, i) => ({
      id: `faq-${i + 1}`,
      level: 3 as const,
      heading: f.question,
      blocks: [{ type: 'p' as const, parts: [f.answer] }],
    })),
  };
}
