/**
 * Salary: OEWS medians side by side with the relative difference, means, the middle-half range, an earlier
 * period when both have one, broader-group and hourly-only notes, and plain wording for missing or top-coded
 * figures ("BLS publishes no wage estimate for …", "$239,200 or more"). Same SOC code: one set of figures.
 */
import type { Figure, Side, WageFigures } from '../../compare/types.js';
import type { Ctx } from '../context.js';
import { type Block, blocks, prose, type Section } from '../doc.js';
import { nameBesideGroup } from '../names.js';
import { joinList } from '../grammar.js';
import { dollarsIn, formatMoney, morePhrase, percentMore } from '../numbers.js';

type Kind = 'annual' | 'hourly';

/** "$90,360", "$239,200 or more" (top-coded), or null when BLS published no number. */
export function wageText(f: Figure | undefined, kind: Kind): string | null {
  if (!f) return null;
  if (f.status === 'ok' && typeof f.value === 'number' && Number.isFinite(f.value)) {
    return formatMoney(f.value, kind === 'hourly');
  }
  if (f.status === 'top_coded') {
    const d = dollarsIn(f.meaning);
    return d ? `${d} or more` : null;
  }
  return null;
}

const ok = (f: Figure | undefined): f is Figure & { value: number } =>
  Boolean(f && f.status === 'ok' && typeof f.value === 'number' && Number.isFinite(f.value));

/** Which wage series to talk about: annual unless BLS publishes only hourly figures for a side. */
function kindFor(w: WageFigures): Kind {
  return w.hourlyOnly || (!wageText(w.annual.median, 'annual') && wageText(w.hourly.median, 'hourly'))
    ? 'hourly'
    : 'annual';
}

const per = (k: Kind) => (k === 'hourly' ? ' an hour' : '');
/** "median annual wage" / "median wage" (an hourly figure says "an hour" after the number instead). */
const label = (m: 'median' | 'mean', k: Kind) => (k === 'annual' ? `${m} annual wage` : `${m} wage`);

function broaderNote(ctx: Ctx, side: Side, w: WageFigures): string | null {
  if (!w.broader) return null;
  return `BLS does not publish wages for ${nameBesideGroup(ctx.blsNames(side), w.blsTitle)} separately, so the figures for them are those of the broader group ${w.blsTitle} (${w.soc}).`;
}

/** The side's name where a wage figure is first given, marked when BLS publishes only a broader group. */
function subject(ctx: Ctx, side: Side, w: WageFigures | null): string {
  const n = ctx.names(side).short;
  return w?.broader ? `${n} (figures for the broader group ${w.soc})` : n;
}

function noWage(ctx: Ctx, side: Side, w: WageFigures | null): string {
  const n = ctx.names(side);
  if (!w) return `BLS publishes no wage estimate for ${n.short}.`;
  return `BLS publishes no wage estimate for ${n.short} in ${w.period}.`;
}

function sameSalary(ctx: Ctx): Block[] {
  const w = ctx.c.salary.wages.a ?? ctx.c.salary.wages.b;
  const { a, b } = ctx;
  const both = ctx.blsNames('a');
  if (!w) return blocks(prose([noWage(ctx, 'a', null)]));
  const k = kindFor(w);
  const med = wageText(w[k].median, k);
  const mean = wageText(w[k].mean, k);
  return blocks(
    prose([
      med
        ? `${ctx.bothLabel} share one set of BLS wage figures: in ${w.period}, the ${label('median', k)} for ${both.short} was ${med}${per(k)}${mean ? ` and the mean ${mean}` : ''}.`
        : noWage(ctx, 'a', w),
      ctx.sameInput ? null : `The data cannot show whether ${a.many} and ${b.many} are paid differently.`,
      broaderNote(ctx, 'a', w),
    ]),
  );
}

export function salary(ctx: Ctx): Section {
  const s = ctx.c.salary;
  const { a, b } = ctx;
  const wa = s.wages.a;
  const wb = s.wages.b;
  if (ctx.sameBls || s.sameFigures) return { id: 'salary', level: 3, heading: 'Salary', blocks: sameSalary(ctx) };
  const out: (Block | null)[] = [];
  // Annual figures unless every side with figures has only hourly ones (actors, dancers …).
  const present = [wa, wb].filter((w): w is WageFigures => w !== null);
  const k: Kind = present.length > 0 && present.every((w) => kindFor(w) === 'hourly') ? 'hourly' : 'annual';
  const ma = wa ? wageText(wa[k].median, k) : null;
  const mb = wb ? wageText(wb[k].median, k) : null;
  const samePeriod = wa && wb && wa.period === wb.period;
  const first: (string | null)[] = [];
  if (ma && mb && wa && wb) {
    first.push(
      samePeriod
        ? ctx.pick('salary-lead', [
            `In ${wa.period}, BLS put the ${label('median', k)} of ${subject(ctx, 'a', wa)} at ${ma}${per(k)} and that of ${subject(ctx, 'b', wb)} at ${mb}${per(k)}.`,
            `The ${label('median', k)} was ${ma}${per(k)} for ${subject(ctx, 'a', wa)} and ${mb}${per(k)} for ${subject(ctx, 'b', wb)} in ${wa.period}, according to BLS.`,
          ])
        : `The ${label('median', k)} was ${ma}${per(k)} for ${subject(ctx, 'a', wa)} in ${wa.period} and ${mb}${per(k)} for ${subject(ctx, 'b', wb)} in ${wb.period}, according to BLS.`,
    );
    const fa = wa[k].median;
    const fb = wb[k].median;
    if (samePeriod && ok(fa) && ok(fb) && fa.value !== fb.value) {
      const aHigher = fa.value > fb.value;
      const hi = aHigher ? a : b;
      const pct = aHigher ? percentMore(fa.value, fb.value) : percentMore(fb.value, fa.value);
      if (pct !== null) {
        const phrase = morePhrase(pct);
        first.push(
          phrase === 'about the same'
            ? 'That is about the same pay at the median.'
            : wa.broader || wb.broader
              ? `On these figures, ${hi.short} earn ${phrase} at the median.`
              : `That means ${hi.short} earn ${phrase} at the median.`,
        );
      }
    } else if (samePeriod && ok(fa) && ok(fb)) {
      first.push('The two medians are the same.');
    } else if (wa[k].median.status === 'top_coded' || wb[k].median.status === 'top_coded') {
      first.push('BLS does not publish exact medians at that level, so the exact gap is unknown.');
    }
  } else {
    if (ma && wa) first.push(`In ${wa.period}, BLS put the ${label('median', k)} of ${a.short} at ${ma}${per(k)}.`);
    else first.push(noWage(ctx, 'a', wa));
    if (mb && wb)
      first.push(
        `For ${b.short}, the median was ${mb}${per(k)}${wa && wb.period === wa.period ? '' : ` in ${wb.period}`}.`,
      );
    else first.push(noWage(ctx, 'b', wb));
  }
  const notMatching = [ma ? a : null, mb ? b : null].filter(
    (n): n is typeof a => n !== null && !n.matchesOccupation && !n.fromCode,
  );
  if (notMatching.length > 0 && (ma || mb)) {
    first.push(
      notMatching.length === 2
        ? `These are figures for the occupations the two titles are compared as, not for ${a.many} and ${b.many} alone.`
        : `These are figures for the whole occupation, not for ${notMatching[0]!.many} alone.`,
    );
  }
  out.push(prose(first));
  const second: (string | null)[] = [];
  const meanA = wa ? wageText(wa[k].mean, k) : null;
  const meanB = wb ? wageText(wb[k].mean, k) : null;
  if (meanA && meanB)
    second.push(
      `The average (mean) ${k === 'annual' ? 'annual wage' : 'wage'} is ${meanA}${per(k)} for ${a.short} and ${meanB}${per(k)} for ${b.short}.`,
    );
  for (const [side, w] of [
    ['a', wa],
    ['b', wb],
  ] as const) {
    if (!w) continue;
    const lo = wageText(w[k].p25, k);
    const hi = wageText(w[k].p75, k);
    if (lo && hi && w[k].p75.status === 'top_coded') {
      second.push(`At least a quarter of ${ctx.names(side).short} earn ${hi}${per(k)}.`);
    } else if (lo && hi) {
      second.push(
        side === 'a'
          ? `The middle half of ${a.short} earn between ${lo} and ${hi}${per(k)}.`
          : `For ${b.short}, the middle half earn between ${lo} and ${hi}${per(k)}.`,
      );
    }
  }
  const notes: (string | null)[] = [];
  const later: (string | null)[] = [];
  if (wa) notes.push(broaderNote(ctx, 'a', wa));
  if (wb) notes.push(broaderNote(ctx, 'b', wb));
  const hourlyOnly = [wa?.hourlyOnly ? a : null, wb?.hourlyOnly ? b : null].filter((n) => n !== null);
  if (hourlyOnly.length > 0) {
    notes.push(
      `BLS publishes only hourly wages for ${joinList(hourlyOnly.map((n) => n.short))}, usually because the work is not year-round and full-time.`,
    );
  }
  for (const [side, w] of [
    ['a', wa],
    ['b', wb],
  ] as const) {
    if (w?.annualOnly && k === 'hourly') notes.push(`BLS publishes only annual wages for ${ctx.names(side).short}.`);
  }
  const ea = s.earlier.a[0];
  const eb = s.earlier.b[0];
  if (ea && eb && ea.period === eb.period && wageText(ea[k].median, k) && wageText(eb[k].median, k)) {
    later.push(
      `In ${ea.period}, the medians were ${wageText(ea[k].median, k)} and ${wageText(eb[k].median, k)}${per(k)}.`,
    );
  }
  out.push(prose(notes));
  const more = blocks(prose(second), prose(later));
  if (more.length > 0)
    out.push({ type: 'details', summary: 'More wage figures: means, middle half, earlier year', blocks: more });
  return { id: 'salary', level: 3, heading: 'Salary', blocks: blocks(...out) };
}
