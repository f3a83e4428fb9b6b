/**
 * Outlook: OEWS employment, BLS Employment Projections' percent change over the projection decade and average
 * openings a year, and which side is projected to grow faster. Same SOC code: one set of figures.
 */
import type { Projection, Side } from '../../compare/types.js';
import type { Ctx } from '../context.js';
import { type Block, blocks, prose, type Section } from '../doc.js';
import { nameBesideGroup } from '../names.js';
import { approxCount, formatInt, formatPercent } from '../numbers.js';

/** "2024 to 2034" from the projection's years or its period string "2024-2034". */
function span(p: Projection): string {
  if (p.baseYear && p.projectedYear) return `${p.baseYear} to ${p.projectedYear}`;
  const m = p.period.match(/(\d{4})\D+(\d{4})/);
  return m ? `${m[1]} to ${m[2]}` : p.period;
}

function change(pct: number): string {
  const r = Number(pct.toFixed(1));
  if (r === 0) return 'to stay about the same';
  return r > 0 ? `to grow ${formatPercent(r)}` : `to decline ${formatPercent(-r)}`;
}

function projectionSentence(ctx: Ctx, side: Side, first: boolean): string | null {
  const p = ctx.c.outlook.projections[side];
  const n = ctx.blsNames(side);
  if (!p || p.changePercent === null) return null;
  const openings =
    p.openingsThousands !== null && p.openingsThousands > 0
      ? `, with ${approxCount(Math.round(p.openingsThousands * 10) * 100)} openings a year on average`
      : '';
  const broader = p.broader ? ` (BLS projects the broader group ${p.blsTitle}, ${p.soc})` : '';
  return first
    ? `BLS projects employment of ${n.short}${broader} ${change(p.changePercent)} from ${span(p)}${openings}.`
    : `For ${n.short}${broader}, BLS projects employment ${change(p.changePercent)}${openings}.`;
}

function employment(ctx: Ctx): string | null {
  const wa = ctx.c.salary.wages.a;
  const wb = ctx.c.salary.wages.b;
  const ea = wa?.employment.status === 'ok' ? wa.employment.value : null;
  const eb = wb?.employment.status === 'ok' ? wb.employment.value : null;
  const a = {
    short: wa?.broader
      ? `the broader group ${wa.blsTitle} (${wa.soc}), which includes ${nameBesideGroup(ctx.a, wa.blsTitle)},`
      : ctx.a.short,
  };
  const b = {
    short: wb?.broader
      ? `the broader group ${wb.blsTitle} (${wb.soc}), which includes ${nameBesideGroup(ctx.b, wb.blsTitle)},`
      : ctx.b.short,
  };
  if (ctx.sameBls) {
    if (ea === null || !wa) return null;
    return ctx.sharedBls && wa.broader
      ? `BLS counted ${formatInt(ea)} jobs in ${wa.blsTitle} (${wa.soc}), which includes both, in ${wa.period}.`
      : `BLS counted ${formatInt(ea)} jobs in the occupation in ${wa.period}.`;
  }
  if (ea !== null && eb !== null && wa && wb && wa.period === wb.period) {
    return `BLS counted ${formatInt(ea)} jobs for ${a.short} and ${formatInt(eb)} for ${b.short} in ${wa.period}.`;
  }
  if (ea !== null && wa) return `BLS counted ${formatInt(ea)} jobs for ${a.short} in ${wa.period}.`;
  if (eb !== null && wb) return `BLS counted ${formatInt(eb)} jobs for ${b.short} in ${wb.period}.`;
  return null;
}

function faster(ctx: Ctx): string | null {
  const pa = ctx.c.outlook.projections.a?.changePercent;
  const pb = ctx.c.outlook.projections.b?.changePercent;
  if (typeof pa !== 'number' || typeof pb !== 'number' || ctx.sameBls) return null;
  const ra = Number(pa.toFixed(1));
  const rb = Number(pb.toFixed(1));
  if (ra === rb) return 'Both are projected to change at the same rate.';
  const hi = ra > rb ? ctx.a : ctx.b;
  const [x, y] = ra > rb ? [ra, rb] : [rb, ra];
  if (x > 0 && y > 0) return `Employment of ${hi.short} is projected to grow faster.`;
  if (x > 0 && y <= 0) return null; // one grows, one shrinks or holds: the sentences already say it
  return `Employment of ${hi.short} is projected to shrink less.`;
}

export function outlook(ctx: Ctx): Section {
  const o = ctx.c.outlook;
  const out: (Block | null)[] = [];
  const pa = projectionSentence(ctx, 'a', true);
  const pb = ctx.sameBls ? null : projectionSentence(ctx, 'b', pa === null);
  const missing = (['a', 'b'] as const)
    .filter((s) => !o.projections[s] && !(ctx.sameBls && s === 'b'))
    .map((s) => `BLS publishes no employment projection for ${ctx.names(s).short}.`);
  out.push(prose([employment(ctx), pa, pb, faster(ctx), ...missing]));
  if (ctx.sameBls && pa && !ctx.sameInput)
    out.push(prose([`The projection covers both ${ctx.sharedBls ? 'occupations' : 'titles'} alike.`]));
  return { id: 'outlook', level: 3, heading: 'Outlook', blocks: blocks(...out) };
}
