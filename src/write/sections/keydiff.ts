/**
 * The answer first: "Key Differences" right under the title — what each does in one line (O*NET's description),
 * both median wages and the gap (BLS OEWS), both typical entry educations (BLS EP) and the outlook (BLS EP).
 * Equal sides are said once; a side without a figure says so. Shared by the FAQ (faq.ts).
 */
import { broaderThan } from '../../compare/salary.js';
import type { Side, WageFigures } from '../../compare/types.js';
import type { Ctx } from '../context.js';
import type { Block, Inline, Section } from '../doc.js';
import { capitalize, lowerFirst, stripPeriod } from '../grammar.js';
import { epEducation } from '../labels.js';
import { formatMoney, formatPercent, morePhrase, percentMore } from '../numbers.js';
import { wageText } from './salary.js';

type WageKind = 'annual' | 'hourly';

/** Annual figures unless a side with figures has only hourly ones. */
export function wageKind(ctx: Ctx): WageKind {
  const ws = [ctx.c.salary.wages.a, ctx.c.salary.wages.b].filter((w): w is WageFigures => w !== null);
  const hourly = (w: WageFigures) =>
    w.hourlyOnly || (!wageText(w.annual.median, 'annual') && !!wageText(w.hourly.median, 'hourly'));
  return ws.length > 0 && ws.some(hourly) ? 'hourly' : 'annual';
}

/** A side's median in words ("$90,360", "$29.05 an hour", "$239,200 or more"), or null. */
export function medianText(ctx: Ctx, side: Side, k: WageKind = wageKind(ctx)): string | null {
  const w = ctx.c.salary.wages[side];
  if (!w) return null;
  const t = wageText(w[k].median, k);
  return t ? `${t}${k === 'hourly' ? ' an hour' : ''}` : null;
}

interface WageGap {
  higher: Side;
  dollars: number;
  percent: number;
  kind: WageKind;
}

/**
 * " (BLS group 21-1018)" when a side's BLS figure is published for a broader group than its own SOC code: the
 * body and the table say so, and so must every short answer that repeats the figure.
 */
/** BLS's entry requirements are a broader group's (a SOC group, or the SOC code of an O*NET specialisation). */
export const entryBroader = (ctx: Ctx, side: Side): boolean => {
  const e = ctx.c.requirements.entry[side];
  return Boolean(e && broaderThan(e.level, ctx.c.resolution[side].code));
};

export function groupTag(ctx: Ctx, side: Side, what: 'wage' | 'projection' | 'entry'): string {
  const w = ctx.c.salary.wages[side];
  const p = ctx.c.outlook.projections[side];
  const e = ctx.c.requirements.entry[side];
  const soc =
    what === 'wage'
      ? w?.broader
        ? w.soc
        : null
      : what === 'projection'
        ? p?.broader
          ? p.soc
          : null
        : e && entryBroader(ctx, side)
          ? e.soc
          : null;
  return soc ? ` (BLS group ${soc})` : '';
}

/**
 * " for both (one BLS figure for 15-1299, which includes both)": two O*NET occupations under one SOC code get one
 * BLS figure, said as that code's, never as if BLS had measured each and found them equal.
 */
const sharedNote = (soc: string): string => ` for both (one BLS figure for ${soc}, which includes both)`;

/** The gap between the two medians, when both are published numbers of one period (never from top-coded ones). */
export function wageGap(ctx: Ctx): WageGap | null {
  if (ctx.sameBls) return null;
  const { a, b } = ctx.c.salary.wages;
  if (!a || !b || a.period !== b.period) return null;
  const k = wageKind(ctx);
  const fa = a[k].median;
  const fb = b[k].median;
  if (fa.status !== 'ok' || fb.status !== 'ok' || typeof fa.value !== 'number' || typeof fb.value !== 'number')
    return null;
  if (fa.value === fb.value) return null;
  const higher: Side = fa.value > fb.value ? 'a' : 'b';
  const [hi, lo] = higher === 'a' ? [fa.value, fb.value] : [fb.value, fa.value];
  return { higher, dollars: hi - lo, percent: percentMore(hi, lo) ?? 0, kind: k };
}

/** "$30,790 (about 52% more)" for the gap. */
export function gapText(g: WageGap): string {
  const money = formatMoney(g.dollars, g.kind === 'hourly');
  const phrase = morePhrase(g.percent);
  return `${money}${g.kind === 'hourly' ? ' an hour' : ''}${phrase === 'about the same' || phrase === 'slightly more' ? '' : ` (${phrase})`}`;
}

/** The first sentence of O*NET's description as a verb phrase: "produce or direct stage … productions". */
function doesLine(description: string): string | null {
  const first = description.split(/(?<=[a-z)]\.)\s+(?=[A-Z])/)[0]?.trim();
  if (!first) return null;
  return lowerFirst(stripPeriod(first));
}

/** "Associate producer" (bold label) for a bullet. */
const label = (ctx: Ctx, side: Side): string => {
  const n = ctx.names(side);
  return n.one ? capitalize(n.heading) : n.heading;
};

function whatTheyDo(ctx: Ctx): Inline[][] {
  const items: Inline[][] = [];
  const sides: Side[] = ctx.sameOnet ? ['a'] : ['a', 'b'];
  for (const side of sides) {
    const n = ctx.names(side);
    const line = doesLine(ctx.c.summary[side].description);
    if (!line) continue;
    const who = ctx.sameOnet ? 'Both titles' : label(ctx, side);
    const as = n.fromCode || n.matchesOccupation ? '' : ` (compared as ${n.occupation})`;
    items.push([{ strong: `${who}${as}:` }, ` ${line}.`]);
  }
  return items;
}

function payLine(ctx: Ctx): Inline[] | null {
  const k = wageKind(ctx);
  const w = ctx.c.salary.wages.a ?? ctx.c.salary.wages.b;
  const what = k === 'annual' ? 'Median annual wage' : 'Median wage';
  if (ctx.sameBls) {
    const m = medianText(ctx, 'a', k);
    if (!m || !w) return null;
    return [
      { strong: `${what} (BLS, ${w.period}):` },
      ctx.sharedBls
        ? ` ${m}${sharedNote(w.soc)}; the data cannot tell their pay apart.`
        : ` ${m} for both; the data cannot tell the two titles' pay apart.`,
    ];
  }
  const ma = medianText(ctx, 'a', k);
  const mb = medianText(ctx, 'b', k);
  if (!ma && !mb) return [{ strong: `${what}:` }, ' BLS publishes no wage estimate for either occupation.'];
  const period = (side: Side) => ctx.c.salary.wages[side]?.period;
  const samePeriod = !ma || !mb || period('a') === period('b');
  const part = (side: Side, m: string | null) =>
    m
      ? `${m}${groupTag(ctx, side, 'wage')} for ${ctx.names(side).short}${samePeriod ? '' : ` (${period(side)})`}`
      : `no BLS estimate for ${ctx.names(side).short}`;
  const g = wageGap(ctx);
  const gap = g ? `, a gap of ${gapText(g)} in favor of ${ctx.names(g.higher).short}` : '';
  const shown = period(ma ? 'a' : 'b');
  const src = samePeriod && shown ? ` (BLS, ${shown})` : ' (BLS)';
  return [{ strong: `${what}${src}:` }, ` ${part('a', ma)} and ${part('b', mb)}${gap}.`];
}

/** The typical entry-level education of a side (BLS EP), in a phrase, or null. */
export function entryEducation(ctx: Ctx, side: Side): string | null {
  const e = ctx.c.requirements.entry[side];
  return e?.education ? epEducation(e.education) : null;
}

function educationLine(ctx: Ctx): Inline[] | null {
  const ea = entryEducation(ctx, 'a');
  const eb = ctx.sameBls ? ea : entryEducation(ctx, 'b');
  if (!ea && !eb) return null;
  const head: Inline = { strong: 'Typical entry-level education (BLS):' };
  const tagged = !ctx.sameBls && (groupTag(ctx, 'a', 'entry') || groupTag(ctx, 'b', 'entry'));
  const soc = ctx.c.requirements.entry.a?.soc;
  if (ea && ctx.sharedBls && soc) return [head, ` ${ea}${sharedNote(soc)}.`];
  if (ea && ea === eb && !tagged) return [head, ` ${ea} for both.`];
  const part = (side: Side, e: string | null) =>
    e
      ? `${e}${groupTag(ctx, side, 'entry')} for ${ctx.names(side).short}`
      : `none published for ${ctx.names(side).short}`;
  return [head, ` ${part('a', ea)}; ${part('b', eb)}.`];
}

/** "grow 4.9%" / "decline 2.8%" / "stay about the same". */
export function changeWords(pct: number): string {
  const r = Number(pct.toFixed(1));
  if (r === 0) return 'stay about the same';
  return r > 0 ? `grow ${formatPercent(r)}` : `decline ${formatPercent(-r)}`;
}

function outlookLine(ctx: Ctx): Inline[] | null {
  const { a, b } = ctx.c.outlook.projections;
  const pa = a?.changePercent;
  const pb = b?.changePercent;
  const period = (a ?? b)?.period.replace(/(\d{4})\D+(\d{4})/, '$1–$2');
  if (typeof pa !== 'number' && typeof pb !== 'number') return null;
  const head: Inline = { strong: `Outlook${period ? `, ${period}` : ''} (BLS):` };
  if (ctx.sameBls && typeof pa === 'number')
    return [head, ` employment projected to ${changeWords(pa)}${ctx.sharedBls && a ? sharedNote(a.soc) : ''}.`];
  const tagged = groupTag(ctx, 'a', 'projection') || groupTag(ctx, 'b', 'projection');
  if (!tagged && typeof pa === 'number' && typeof pb === 'number' && Number(pa.toFixed(1)) === Number(pb.toFixed(1)))
    return [head, ` employment of both projected to ${changeWords(pa)}.`];
  const part = (side: Side, p: number | null | undefined) =>
    typeof p === 'number'
      ? `to ${changeWords(p)}${groupTag(ctx, side, 'projection')} for ${ctx.names(side).short}`
      : `no BLS projection for ${ctx.names(side).short}`;
  if (typeof pa === 'number' && typeof pb === 'number') {
    // The same direction: the verb once ("to grow 4.9% for … and 40.1% for …").
    const va = changeWords(pa).split(' ')[0];
    const vb = changeWords(pb).split(' ')[0];
    const second =
      va === vb && va !== 'stay'
        ? `${changeWords(pb).slice(vb!.length + 1)}${groupTag(ctx, 'b', 'projection')} for ${ctx.names('b').short}`
        : part('b', pb);
    return [head, ` employment projected ${part('a', pa)} and ${second}.`];
  }
  const one: Side = typeof pa === 'number' ? 'a' : 'b';
  return [head, ` employment projected ${part(one, one === 'a' ? pa : pb)}; ${part(one === 'a' ? 'b' : 'a', null)}.`];
}

export function keyDifferences(ctx: Ctx): Section | null {
  const items = [...whatTheyDo(ctx), payLine(ctx), educationLine(ctx), outlookLine(ctx)].filter(
    (x): x is Inline[] => x !== null,
  );
  if (items.length === 0) return null;
  const blocksOut: Block[] = [{ type: 'ul', items }];
  return {
    id: 'key-differences',
    level: 2,
    heading: ctx.sameOnet ? 'At a Glance' : 'Key Differences',
    blocks: blocksOut,
  };
}
