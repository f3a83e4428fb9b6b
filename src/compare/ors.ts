/**
 * BLS Occupational Requirements Survey rows of the Comparison, one per item, from the structured profiles.
 * The profiles come from src/store/ors.ts workEnvironmentFor (a distribution always from one release; null means
 * not published); each row has one label (ors-labels.ts), each side's value and the all-workers baseline. Pure.
 */
import type { OrsItem, OrsProfile, WorkEnvironment as OrsData } from '../store/ors.js';
import { ORS_LABELS, type OrsLabel } from './ors-labels.js';
import type { DataGap, OrsRow, OrsFigure, Pair, Side } from './types.js';

export type { OrsData };

/** A workEnvironmentFor result with nothing in it (a store without ORS tables). */
export const emptyOrs = (occCode: string): OrsData => ({ occCode, links: [], profile: null, baseline: null });

/** The item at a label's key ("environment.outdoors.exposed"), or null. */
function itemAt(p: OrsProfile | null, key: string): OrsItem | null {
  let v: unknown = p;
  for (const k of key.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : null;
  return (v as OrsItem | null | undefined) ?? null;
}

export function orsValue(i: OrsItem | null): OrsFigure | null {
  if (!i) return null;
  return {
    value: i.value,
    unit: i.unit,
    belowThreshold: i.belowThreshold,
    release: i.release,
    preliminary: i.preliminary,
    soc: i.soc,
    level: i.level,
    sourceId: i.sourceId,
    se: i.se,
    mode: i.mode,
    publishedTitle: i.publishedTitle,
  };
}

/** Both sides' items of one part, one row per item either side has, in reading order. */
export function orsRows(p: Pair<OrsData>, part: OrsLabel['part']): OrsRow[] {
  const out: OrsRow[] = [];
  for (const l of ORS_LABELS) {
    if (l.part !== part) continue;
    const a = orsValue(itemAt(p.a.profile, l.key));
    const b = orsValue(itemAt(p.b.profile, l.key));
    if (!a && !b) continue;
    out.push({
      key: l.key,
      group: l.group,
      requirement: l.requirement,
      category: l.category,
      values: { a, b },
      baseline: orsValue(itemAt(p.a.baseline ?? p.b.baseline, l.key)),
    });
  }
  return out;
}

/** True when the side has at least one published item of the part. */
const hasOrs = (d: OrsData, part: OrsLabel['part']): boolean =>
  ORS_LABELS.some((l) => l.part === part && itemAt(d.profile, l.key) !== null);

const WHAT: Record<OrsLabel['part'], string> = {
  workEnvironment: 'BLS Occupational Requirements Survey estimates (physical demands, environmental conditions)',
  requirements: 'BLS Occupational Requirements Survey estimates of education, training and experience',
};

/** A gap for each side without any ORS item of the part. */
export function orsGaps(p: Pair<OrsData>, part: OrsLabel['part']): DataGap[] {
  return (['a', 'b'] as Side[])
    .filter((s) => !hasOrs(p[s], part))
    .map((s) => ({
      section: part,
      side: s,
      what: WHAT[part],
      reason: 'ORS 2018/2020 published no such estimates for the SOC code or a broader group below the major group',
    }));
}
