/**
 * Carries values on O*NET-SOC 2010 codes to O*NET-SOC 2019 codes through the crosswalk. Pure.
 *   - one 2010 code → one 2019 code: the value passes unchanged ('carried' when the code changed, null when not);
 *   - one 2010 code → several 2019 codes (a split): each successor gets the value, marked 'split';
 *   - several 2010 codes with values → one 2019 code (a merge): the mean of their values, marked 'merged';
 *   - a 2019 code with no 2010 predecessor, or none with a value, gets nothing (never guessed).
 */

type CrosswalkHow = 'carried' | 'split' | 'merged' | null;

export interface Crosswalk {
  /** 2010 code → its 2019 codes. */
  forward: Map<string, string[]>;
  /** 2019 code → its 2010 codes. */
  back: Map<string, string[]>;
}

export function crosswalkOf(pairs: readonly (readonly [string, string])[]): Crosswalk {
  const forward = new Map<string, string[]>();
  const back = new Map<string, string[]>();
  for (const [from, to] of pairs) {
    const f = forward.get(from) ?? [];
    if (!f.includes(to)) f.push(to);
    forward.set(from, f);
    const b = back.get(to) ?? [];
    if (!b.includes(from)) b.push(from);
    back.set(to, b);
  }
  return { forward, back };
}

interface Carried<V> {
  value: V;
  how: CrosswalkHow;
  /** The 2010 codes whose values were used, sorted. */
  from: string[];
}

/**
 * The value of each 2019 code in `targets`, from the values of 2010 codes. `combine` folds the values of a
 * merge (e.g. their mean).
 */
export function carry<V>(
  values: ReadonlyMap<string, V>,
  cw: Crosswalk,
  targets: Iterable<string>,
  combine: (vs: V[]) => V,
): Map<string, Carried<V>> {
  const out = new Map<string, Carried<V>>();
  for (const code of targets) {
    const from = (cw.back.get(code) ?? []).filter((p) => values.has(p)).sort();
    if (from.length === 0) continue;
    if (from.length > 1) {
      out.set(code, { value: combine(from.map((p) => values.get(p)!)), how: 'merged', from });
      continue;
    }
    const p = from[0]!;
    const succ = cw.forward.get(p) ?? [];
    const how: CrosswalkHow = succ.length > 1 ? 'split' : p === code ? null : 'carried';
    out.set(code, { value: values.get(p)!, how, from });
  }
  return out;
}

export const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
