/**
 * O*NET Work Context items of the Work Environment section, in a reader's words, grouped as people-facing,
 * physical and communication, and the work-activity importance rows of Job Duties. Pure: from the two
 * profiles' 0–100 ratings (src/store/work-context.ts).
 */
import type { ActivityItem, ContextItem } from '../store/work-context.js';
import type { OnetProfile } from '../store/profile.js';
import type { ActivityImportanceRow, ContextFigure, ContextRow, Pair } from './types.js';
import { compareText } from '../text-compare.js';

interface ContextItemSpec {
  elementId: string;
  group: ContextRow['group'];
  /** Noun phrase: "dealing with customers or the public". */
  label: string;
  /** Verb phrase after a plural subject: "deal with customers or the public". */
  verb: string;
}

/** The Work Context items shown, in order (O*NET element ids). */
export const CONTEXT_ITEMS: readonly ContextItemSpec[] = [
  { elementId: '4.C.1.a.4', group: 'people', label: 'contact with others', verb: 'deal with other people' },
  {
    elementId: '4.C.1.b.1.f',
    group: 'people',
    label: 'dealing with customers or the public',
    verb: 'deal with customers or the public',
  },
  { elementId: '4.C.1.a.2.l', group: 'people', label: 'face-to-face discussions', verb: 'talk face to face' },
  { elementId: '4.C.1.b.1.e', group: 'people', label: 'working in a team', verb: 'work in a group or team' },
  { elementId: '4.C.2.d.1.g', group: 'physical', label: 'using their hands', verb: 'work with their hands' },
  {
    elementId: '4.C.2.a.3',
    group: 'physical',
    label: 'physical closeness to others',
    verb: 'work physically close to others',
  },
  {
    elementId: '4.C.2.c.1.d',
    group: 'physical',
    label: 'exposure to hazardous conditions',
    verb: 'are exposed to hazardous conditions',
  },
  {
    elementId: '4.C.2.c.1.b',
    group: 'physical',
    label: 'exposure to disease or infection',
    verb: 'are exposed to disease or infection',
  },
  { elementId: '4.C.1.a.2.h', group: 'communication', label: 'email', verb: 'use email' },
  { elementId: '4.C.1.a.2.j', group: 'communication', label: 'letters and memos', verb: 'write letters and memos' },
  { elementId: '4.C.1.a.2.f', group: 'communication', label: 'telephone', verb: 'talk on the phone' },
];

const SPEC = new Map(CONTEXT_ITEMS.map((s) => [s.elementId, s]));
export const contextSpec = (elementId: string): ContextItemSpec | undefined => SPEC.get(elementId);

function fig(x: ContextItem | ActivityItem['importance'] | undefined | null): ContextFigure | null {
  if (!x) return null;
  const { value, release, label, official, crosswalk, crosswalkFrom, sourceId } = x;
  return { value, release, label, official, crosswalk, crosswalkFrom, sourceId };
}

/** The shown Work Context items; a row is kept when at least one side has a value. */
export function contextRows(p: Pair<OnetProfile>): ContextRow[] {
  const by = (x: OnetProfile) => new Map(x.workContext.map((c) => [c.elementId, c]));
  const a = by(p.a);
  const b = by(p.b);
  return CONTEXT_ITEMS.flatMap((s) => {
    const va = a.get(s.elementId);
    const vb = b.get(s.elementId);
    if (!va && !vb) return [];
    return [
      {
        elementId: s.elementId,
        name: (va ?? vb)!.name,
        label: s.label,
        group: s.group,
        values: { a: fig(va), b: fig(vb) },
      },
    ];
  });
}

/** Work activities rated on both sides by importance (0–100), the largest difference first. */
export function activityImportanceRows(p: Pair<OnetProfile>): ActivityImportanceRow[] {
  const b = new Map(p.b.workActivityRatings.map((x) => [x.elementId, x]));
  const rows: ActivityImportanceRow[] = [];
  for (const x of p.a.workActivityRatings) {
    const y = b.get(x.elementId);
    const ia = fig(x.importance);
    const ib = fig(y?.importance);
    if (!ia && !ib) continue;
    rows.push({
      elementId: x.elementId,
      name: x.name,
      importance: { a: ia, b: ib },
      diff: ia && ib ? Math.round((ia.value - ib.value) * 10) / 10 : null,
    });
  }
  return rows.sort((r, s) => Math.abs(s.diff ?? -1) - Math.abs(r.diff ?? -1) || compareText(r.elementId, s.elementId));
}
