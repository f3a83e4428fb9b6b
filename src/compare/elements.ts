/**
 * Side-by-side rated elements (skills, knowledge, abilities) and scored elements (work styles, values,
 * interests): what matters to both, and the largest level gaps each way. Pure functions over profiles.
 */
import type { RatedElement, ScoredElement } from '../store/profile.js';
import type { CompareOptions } from './config.js';
import type { ElementComparison, ElementGap, ElementRow, ScoredRow } from './types.js';

/** Union of both sides' elements, in content-model (element id) order. */
export function elementRows(a: RatedElement[], b: RatedElement[]): ElementRow[] {
  const ma = new Map(a.map((e) => [e.elementId, e]));
  const mb = new Map(b.map((e) => [e.elementId, e]));
  const ids = [...new Set([...ma.keys(), ...mb.keys()])].sort(compareElementIds);
  return ids.map((id) => {
    const x = ma.get(id);
    const y = mb.get(id);
    const la = x?.level ?? null;
    const lb = y?.level ?? null;
    return {
      elementId: id,
      name: (x ?? y)!.name,
      importance: { a: x?.importance ?? null, b: y?.importance ?? null },
      level: { a: la, b: lb },
      levelDiff: la !== null && lb !== null ? lb - la : null,
      sourceIds: { a: x?.sourceId ?? null, b: y?.sourceId ?? null },
    };
  });
}

const idKeys = new Map<string, (number | string)[]>();

function idKey(id: string): (number | string)[] {
  let k = idKeys.get(id);
  if (!k) {
    k = id.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    idKeys.set(id, k);
  }
  return k;
}

/** "2.A.1.b" < "2.A.1.10": numeric parts compared as numbers (parsed keys are memoised). */
export function compareElementIds(x: string, y: string): number {
  if (x === y) return 0;
  const px = idKey(x);
  const py = idKey(y);
  for (let i = 0; i < Math.max(px.length, py.length); i++) {
    const a = px[i];
    const b = py[i];
    if (a === undefined) return -1;
    if (b === undefined) return 1;
    if (a === b) continue;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a) < String(b) ? -1 : 1;
  }
  return 0;
}

/** How much an element matters to a side, on the importance scale (1–5); level stands in when unrated. */
function salience(importance: number | null, level: number | null, o: CompareOptions): number | null {
  if (importance !== null) return importance;
  if (level !== null) return (level / o.levelThreshold) * o.importanceThreshold;
  return null;
}

export function compareElements(a: RatedElement[], b: RatedElement[], o: CompareOptions): ElementComparison {
  const all = elementRows(a, b);
  const sal = (r: ElementRow, s: 'a' | 'b') => salience(r.importance[s], r.level[s], o);
  const shared = all
    .filter((r) => (sal(r, 'a') ?? 0) >= o.importanceThreshold && (sal(r, 'b') ?? 0) >= o.importanceThreshold)
    .sort((x, y) => (sal(y, 'a') ?? 0) + (sal(y, 'b') ?? 0) - ((sal(x, 'a') ?? 0) + (sal(x, 'b') ?? 0)))
    .slice(0, o.elementList);
  const higher = (side: 'a' | 'b') =>
    all
      .filter((r) => r.levelDiff !== null && (side === 'b' ? r.levelDiff : -r.levelDiff) >= o.minLevelGap)
      .filter((r) => (sal(r, side) ?? 0) >= o.importanceThreshold * 0.8)
      .sort((x, y) => Math.abs(y.levelDiff!) - Math.abs(x.levelDiff!) || compareElementIds(x.elementId, y.elementId))
      .slice(0, o.elementList);
  return { shared, higherInB: higher('b'), higherInA: higher('a'), all, importanceThreshold: o.importanceThreshold };
}

/** What moving from `from` to `to` needs: elements whose level on `to` exceeds `from`'s, where they matter on `to`. */
export function elementGaps(c: ElementComparison, to: 'a' | 'b', o: CompareOptions): ElementGap[] {
  const list = to === 'b' ? c.higherInB : c.higherInA;
  const from = to === 'b' ? 'a' : 'b';
  return list
    .map((r) => ({
      elementId: r.elementId,
      name: r.name,
      from: r.level[from]!,
      to: r.level[to]!,
      gap: r.level[to]! - r.level[from]!,
      importance: r.importance[to],
    }))
    .slice(0, o.elementList);
}

/** Scored elements side by side, in the order of the larger value on either side. */
export function scoredRows(a: ScoredElement[], b: ScoredElement[]): ScoredRow[] {
  const ma = new Map(a.map((e) => [e.elementId, e]));
  const mb = new Map(b.map((e) => [e.elementId, e]));
  const ids = [...new Set([...ma.keys(), ...mb.keys()])];
  return ids
    .map((id) => {
      const x = ma.get(id);
      const y = mb.get(id);
      return {
        elementId: id,
        name: (x ?? y)!.name,
        value: { a: x?.value ?? null, b: y?.value ?? null },
        scaleId: (x ?? y)!.scaleId,
        sourceIds: { a: x?.sourceId ?? null, b: y?.sourceId ?? null },
      };
    })
    .sort(
      (p, q) =>
        Math.max(q.value.a ?? 0, q.value.b ?? 0) - Math.max(p.value.a ?? 0, p.value.b ?? 0) ||
        compareElementIds(p.elementId, q.elementId),
    );
}
