/**
 * Plain-text lines of an occupation's O*NET work context and work activities (0–100) for `careerdiff show`:
 * the Work Environment items and the most important activities, each with its release and, when carried
 * through the O*NET-SOC 2010→2019 crosswalk, where from.
 */
import { CONTEXT_ITEMS } from '../compare/work-context.js';
import type { OnetProfile } from '../store/profile.js';
import { crosswalkText, type RatedFigure } from '../store/work-context.js';
import { compareText } from '../text-compare.js';

const from = (f: RatedFigure) => (f.crosswalk ? `; ${crosswalkText(f)}` : '');

const line = (label: string, f: RatedFigure) =>
  `  ${label.padEnd(46)} ${String(Math.round(f.value)).padStart(3)}  [${f.label}${from(f)}]`;

export function renderWorkContext(o: OnetProfile, activities = 8): string[] {
  const out: string[] = [];
  const by = new Map((o.workContext ?? []).map((c) => [c.elementId, c]));
  const ctx = CONTEXT_ITEMS.flatMap((s) => {
    const c = by.get(s.elementId);
    return c ? [line(s.label, c)] : [];
  });
  out.push('');
  if (ctx.length) out.push('Work context (O*NET, 0–100 scale)', ...ctx);
  else out.push('Work context: no O*NET Work Context ratings for this occupation.');
  const acts = (o.workActivityRatings ?? [])
    .filter((a) => a.importance)
    .sort((x, y) => y.importance!.value - x.importance!.value || compareText(x.name, y.name))
    .slice(0, activities);
  if (acts.length) {
    out.push('', 'Work activities by importance (O*NET, 0–100 scale)');
    for (const a of acts) out.push(line(a.name.length > 46 ? `${a.name.slice(0, 45)}…` : a.name, a.importance!));
  }
  return out;
}
