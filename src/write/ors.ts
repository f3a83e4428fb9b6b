/**
 * Reading the Comparison's BLS Occupational Requirements Survey rows for the article: rows by stable key,
 * a value as "77.6%" / "less than 0.5%", its reference period ("2020, preliminary"), days as readers say them,
 * and the modal category of a distribution ("most common" only where BLS flags the mode, footnote 7; otherwise
 * "the largest published share"). Every number said comes from a row of the JSON.
 */
import type { OrsFigure, OrsRow, Side } from '../compare/types.js';
import { capitalize, lowerFirst } from './grammar.js';
import { occupationPhrase } from './names.js';
import { finite, formatInt, formatPercent } from './numbers.js';
import { compareText } from '../text-compare.js';

/** The row of an item key ("environment.outdoors.exposed"), or undefined. */
export const rowOf = (rows: readonly OrsRow[], key: string): OrsRow | undefined => rows.find((r) => r.key === key);

/** A side's value of an item, or null (not published). */
export const orsAt = (rows: readonly OrsRow[], key: string, side: Side): OrsFigure | null =>
  rowOf(rows, key)?.values[side] ?? null;

/** A side's published number of an item (null when not published or below the threshold). */
export function numberOf(rows: readonly OrsRow[], key: string, side: Side): number | null {
  const v = orsAt(rows, key, side)?.value;
  return finite(v) ? v : null;
}

/** "77.6%", "less than 0.5%" for a below-threshold estimate, or null. */
export function pctText(v: OrsFigure | null): string | null {
  if (!v) return null;
  if (finite(v.value)) return formatPercent(v.value);
  return v.belowThreshold ? v.belowThreshold.replace(/^<\s*/, 'less than ').replace(/\s+/g, ' ').trim() : null;
}

/** "2020, preliminary" or "2018". */
export const periodOf = (v: Pick<OrsFigure, 'release' | 'preliminary'>): string =>
  `${v.release}${v.preliminary ? ', preliminary' : ''}`;

/** The period most of the values use (ties: the newer), or null when there are none. */
export function mainPeriod(values: readonly (OrsFigure | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(periodOf(v), (counts.get(periodOf(v)) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || compareText(y[0], x[0]))[0]?.[0] ?? null;
}

/** "ORS 2018" when a value's period is not the paragraph's main one, else null. */
export const periodNote = (v: OrsFigure | null, main: string | null): string | null =>
  v && periodOf(v) !== main ? `ORS ${periodOf(v)}` : null;

/** One side's clause of a statement about both sides, and the release period of the figure it says. */
export interface Dated {
  text: string;
  period: string | null;
}

/**
 * One release per statement: the clauses of each release in a sentence of their own (`say` builds it from the
 * clause texts, which carry no release note), the paragraph's main release first and unnamed (its lead names it),
 * any other named up front: "In the ORS 2018 estimates, prior work experience is required for 77.3% of legal
 * secretaries." Figures of two releases are never compared in one sentence.
 */
export function byRelease(
  clauses: readonly (Dated | null)[],
  main: string | null,
  say: (texts: string[]) => string,
): string[] {
  const groups = new Map<string | null, string[]>();
  for (const c of clauses) if (c) groups.set(c.period, [...(groups.get(c.period) ?? []), c.text]);
  const order = [...groups.keys()].sort((x, y) => Number(y === main) - Number(x === main));
  return order.map((p) => {
    const s = say(groups.get(p)!);
    if (p === main || p === null) return capitalize(s);
    // "2020, preliminary" → "In the ORS 2020 estimates (preliminary), …"
    const [year, ...more] = p.split(', ');
    return `In the ORS ${year} estimates${more.length > 0 ? ` (${more.join(', ')})` : ''}, ${lowerFirst(s)}`;
  });
}

/** " (a; b)" from the parts there are, or "". */
export function paren(...parts: (string | null | undefined)[]): string {
  const kept = parts.filter((p): p is string => Boolean(p));
  return kept.length > 0 ? ` (${kept.join('; ')})` : '';
}

/** Days as readers say them: "27 days"; "1,825 days (about 5 years)"; "90 days (about 3 months)". */
export function daysText(days: number): string {
  const d = `${formatInt(days)} ${Math.round(days) === 1 ? 'day' : 'days'}`;
  if (days >= 365) {
    const y = Math.round(days / 365);
    return `${d} (about ${y} ${y === 1 ? 'year' : 'years'})`;
  }
  if (days >= 60) return `${d} (about ${Math.round(days / 30.4)} months)`;
  return Number.isInteger(days) ? d : `${Number(days.toFixed(2))} days`;
}

/** A distribution's category for one side: BLS's flagged mode, else the largest published share. */
export interface Modal {
  row: OrsRow;
  value: OrsFigure & { value: number };
  /** BLS flagged this category as the mode (ORS footnote 7): only then may the text say "most common". */
  flagged: boolean;
}

/**
 * The modal category of a distribution (keys under a prefix) for one side: BLS's flagged mode when it is among
 * the published rows, else the largest published share (flagged false: never call it "most common").
 */
export function modal(rows: readonly OrsRow[], prefix: string, side: Side): Modal | null {
  let best: Modal | null = null;
  let published = 0;
  for (const r of rows) {
    const v = r.values[side];
    if (!r.key.startsWith(`${prefix}.`) || NOT_A_CATEGORY.has(r.key) || !v || !finite(v.value)) continue;
    if (v.unit === 'percent_of_workers') published += v.value;
    const cand = { row: r, value: v as OrsFigure & { value: number }, flagged: v.mode };
    if (!best || (v.mode && !best.flagged) || (v.mode === best.flagged && v.value > best.value.value)) best = cand;
  }
  // Unflagged, and the shares BLS does not publish could hold a larger category (gambling surveillance officers'
  // work pace: only "consistently slow", 12.1%, is published): the largest published share says nothing, so nothing.
  if (best && !best.flagged && best.value.unit === 'percent_of_workers' && best.value.value < 100 - published)
    return null;
  return best;
}

/** ORS items filed under a distribution's key that are no category of it ("uses protective equipment for noise"). */
const NOT_A_CATEGORY = new Set(['environment.noise.ppe']);

/** "the most common strength level" when BLS flags the mode, else "the strength level with the largest published share". */
export const modalLead = (what: string, m: Pick<Modal, 'flagged'>): string =>
  m.flagged ? `the most common ${what}` : `the ${what} with the largest published share`;

/** "BLS publishes it for producers" when a value is published under another title or for a broader group. */
export function basisNote(v: OrsFigure | null, occupationTitle: string): string | null {
  if (!v) return null;
  if (v.level !== 'detailed' && v.level !== 'all') return `BLS publishes it for the broader group ${v.soc}`;
  const t = (v.publishedTitle ?? '').trim();
  return t && t.toLowerCase() !== occupationTitle.toLowerCase() ? `BLS publishes it for ${occupationPhrase(t)}` : null;
}
