/**
 * Deterministic variation: the same pair always gets the same wording. A 32-bit FNV-1a hash of the pair
 * (plus a per-sentence salt) picks among equivalent phrasings; Math.random is never used.
 */

import { internalError } from '../errors.js';

/** 32-bit FNV-1a of a string, as an unsigned integer. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A picker bound to one pair key: pick('salary-lead', [...]) always returns the same option for that key. */
export type Picker = <T>(salt: string, options: readonly T[]) => T;

export function picker(key: string): Picker {
  return <T>(salt: string, options: readonly T[]): T => {
    if (options.length === 0) throw internalError(`pick(${salt}): no options`);
    return options[fnv1a(`${key}#${salt}`) % options.length]!;
  };
}
