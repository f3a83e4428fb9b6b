/**
 * ORS occupation codes → SOC 2018. The 2020 release publishes SOC 2018 codes as 6 digits ("472061"); the 2018
 * release publishes O*NET-SOC 2010 codes as 8 digits ("47206101"), mapped here with the BLS 2010→2018 SOC
 * crosswalk: a split attaches the estimate to every 2018 code, a merge keeps each 2010 code's estimate, and
 * every attachment records how it was made (mapping, mapping_rank, mapping_note).
 */

import type { OrsLevel, OrsMapping } from '../../store/schema/ors.js';

export type { OrsLevel, OrsMapping };

/** "472061" → "47-2061". */
export const dashed = (six: string): string => `${six.slice(0, 2)}-${six.slice(2, 6)}`;

/** The SOC level of a 6-digit code: 000000 all workers, XX0000 major, XXXX00 minor, XXXXX0 broad. */
export function levelOf(six: string): OrsLevel {
  if (six === '000000') return 'all';
  if (six.endsWith('0000')) return 'major';
  if (six.endsWith('00')) return 'minor';
  if (six.endsWith('0')) return 'broad';
  return 'detailed';
}

/** The 2010→2018 crosswalk: both directions, SOC codes with dashes. */
export interface Crosswalk {
  forward: Map<string, string[]>;
  backward: Map<string, string[]>;
  sourceId: number;
}

export interface Attachment {
  soc: string;
  level: OrsLevel;
  mapping: OrsMapping;
  specialisation: boolean;
  targets: number;
  rank: number;
  note: string;
}

/** A 2020-style code, published in SOC 2018: attached to itself. */
export function attachSoc2018(six: string): Attachment {
  const level = levelOf(six);
  return {
    soc: dashed(six),
    level,
    mapping: 'published',
    specialisation: false,
    targets: 1,
    rank: 0,
    note: `SOC 2018 ${dashed(six)} as published`,
  };
}

/**
 * A 2018-style O*NET-SOC 2010 code. Group codes (all workers, major groups) are kept as published: their
 * codes did not change in 2018. Detailed codes go through the crosswalk; null when it does not list the code.
 *
 * mapping_rank (lower = closer fit): 0 a 2010 code that is exactly one 2018 code; +1 when the 2018 code also
 * takes other 2010 codes (merge: the estimate covers part of it); +1 when the 2010 code split into several
 * 2018 codes (the estimate covers more than it); +2 for an O*NET specialisation (.01…), which covers one part
 * of its SOC code.
 */
export function attachOnetSoc2010(eight: string, cw: Crosswalk): Attachment[] | null {
  const six = eight.slice(0, 6);
  const level = levelOf(six);
  const onet = `${dashed(six)}.${eight.slice(6, 8)}`;
  if (level !== 'detailed') {
    return [
      {
        soc: dashed(six),
        level,
        mapping: 'published',
        specialisation: false,
        targets: 1,
        rank: 0,
        note: `SOC 2010 group ${dashed(six)} as published (group codes are the same in SOC 2018)`,
      },
    ];
  }
  const to = cw.forward.get(dashed(six));
  if (!to || to.length === 0) return null;
  const specialisation = !eight.endsWith('00');
  const split = to.length > 1;
  return to.map((soc) => {
    const merged = (cw.backward.get(soc) ?? []).length > 1;
    const mapping: OrsMapping = split && merged ? 'split_merge' : split ? 'split' : merged ? 'merge' : 'same';
    const parts = [`O*NET-SOC 2010 ${onet} → SOC 2018 ${soc}`];
    if (specialisation) parts.push(`an O*NET specialisation of SOC 2010 ${dashed(six)}`);
    if (split) parts.push(`SOC 2010 ${dashed(six)} split into ${to.join(', ')}; the estimate is attached to each`);
    if (merged) parts.push(`SOC 2018 ${soc} merges SOC 2010 ${(cw.backward.get(soc) ?? []).join(', ')}`);
    return {
      soc,
      level: 'detailed' as const,
      mapping,
      specialisation,
      targets: to.length,
      rank: (merged ? 1 : 0) + (split ? 1 : 0) + (specialisation ? 2 : 0),
      note: parts.join('; '),
    };
  });
}
