/**
 * Bounded memos of pure functions of a text (the word sets of O*NET activity titles, matched pair by pair in
 * every comparison): each distinct text is worked out once per process. The values are shared, so callers
 * must not change them; an undefined result is kept too. Past `max` texts the memo starts over, so it never grows
 * without bound.
 */
import { COMPARE_DEFAULTS } from '../defaults.js';

export function memoText<T>(
  fn: (text: string) => T,
  max: number = COMPARE_DEFAULTS.textMemoEntries,
): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    const v = fn(text);
    if (known.size >= max) known.clear();
    known.set(text, v);
    return v;
  };
}
