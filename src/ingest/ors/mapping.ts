/**
 * ORS occupation codes → SOC 2018. The 2020 release publishes SOC 2018 codes as 6 digits ("472061"); the 2018
 * release publishes O*NET-SOC 2010 codes as 8 digits ("47206101"), mapped here with the BLS 2010→2018 SOC
 * crosswalk: a split attaches the estimate to every 2018 code, except that a catch-all ("All Other", XX-XXX9)
 * is never lent to the specific codes carved out of it, and an O*NET specialisation (.01…) serves only the O*NET
 * occupation it is (same title under a 2018 successor) or, when its code did not split, its SOC code's own .00
 * occupation; a merge keeps each 2010 code's estimate; every attachment records how it was made (mapping,
 * mapping_rank, mapping_note, occ_code).
 */

import type { OrsLevel, OrsMapping } from '../../store/schema/ors.js';

export type { OrsLevel, OrsMapping };

/** "472061" → "47-2061". */
const dashed = (six: string): string => `${six.slice(0, 2)}-${six.slice(2, 6)}`;

/** The SOC level of a 6-digit code: 000000 all workers, XX0000 major, XXXX00 minor, XXXXX0 broad. */
function levelOf(six: string): OrsLevel {
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
  /** The one O*NET occupation this estimate may serve (specialisations), or null: every occupation of `soc`. */
  occCode: string | null;
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
    occCode: null,
    level,
    mapping: 'published',
    specialisation: false,
    targets: 1,
    rank: 0,
    note: `SOC 2018 ${dashed(six)} as published`,
  };
}

/** An O*NET occupation of the store (code XX-XXXX.YY, title), to place O*NET specialisations. */
export interface OnetOccupation {
  code: string;
  title: string;
}

/** O*NET occupations by SOC code. */
export type OccupationsBySoc = ReadonlyMap<string, readonly OnetOccupation[]>;

const isCatchAll = (soc: string): boolean => soc.endsWith('9');

/**
 * A 2018-style O*NET-SOC 2010 code. Group codes (all workers, major groups) are kept as published: their
 * codes did not change in 2018. Detailed codes go through the crosswalk; null when it does not list the code,
 * [] when it lists it but no 2018 occupation is certainly covered by it:
 * - a catch-all (XX-XXX9 "All Other") that split goes only to the 2018 catch-all(s) among its successors: the
 *   specific codes carved out of it (15-1199 → 15-1255) were never what its estimates describe;
 * - an O*NET specialisation (.01…) serves only the O*NET occupation with its title under one of its
 *   successors (15-1199.09 → 15-1299.09 Information Technology Project Managers), else, when its SOC code did
 *   not split, the SOC code's own .00 occupation (27-2012.01 Producers → 27-2012.00), which contains it; a
 *   split specialisation without a same-title successor goes nowhere (the crosswalk cannot say where it went).
 *
 * mapping_rank (lower = closer fit): 0 a 2010 code that is exactly one 2018 code; +1 when the 2018 code also
 * takes other 2010 codes (merge: the estimate covers part of it); +1 when the 2010 code split into several
 * 2018 codes (the estimate covers more than it); +2 for an O*NET specialisation (.01…) placed on its SOC
 * code's .00 occupation (it covers one part of it); a specialisation placed by its own title ranks 0.
 */
export function attachOnetSoc2010(
  eight: string,
  cw: Crosswalk,
  title = '',
  occupations: OccupationsBySoc = new Map(),
): Attachment[] | null {
  const six = eight.slice(0, 6);
  const level = levelOf(six);
  const onet = `${dashed(six)}.${eight.slice(6, 8)}`;
  if (level !== 'detailed') {
    return [
      {
        soc: dashed(six),
        occCode: null,
        level,
        mapping: 'published',
        specialisation: false,
        targets: 1,
        rank: 0,
        note: `SOC 2010 group ${dashed(six)} as published (group codes are the same in SOC 2018)`,
      },
    ];
  }
  const all = cw.forward.get(dashed(six));
  if (!all || all.length === 0) return null;
  const specialisation = !eight.endsWith('00');
  const split = all.length > 1;
  let to = all;
  const placed = new Map<string, string>(); // 2018 SOC → the O*NET occupation a specialisation serves there
  if (specialisation) {
    const t = title.trim().toLowerCase();
    for (const soc of all) {
      const hit = (occupations.get(soc) ?? []).find((o) => o.title.trim().toLowerCase() === t);
      if (hit) placed.set(soc, hit.code);
    }
    to = placed.size > 0 ? all.filter((soc) => placed.has(soc)) : split ? [] : all;
  } else if (split && isCatchAll(dashed(six))) {
    to = all.filter(isCatchAll);
  }
  return to.map((soc) => {
    const merged = (cw.backward.get(soc) ?? []).length > 1;
    const mapping: OrsMapping = split && merged ? 'split_merge' : split ? 'split' : merged ? 'merge' : 'same';
    const occCode = specialisation ? (placed.get(soc) ?? `${soc}.00`) : null;
    const parts = [`O*NET-SOC 2010 ${onet} → SOC 2018 ${soc}`];
    if (specialisation && placed.has(soc)) parts.push(`serves O*NET ${occCode}, the occupation of the same title`);
    else if (specialisation) parts.push(`an O*NET specialisation of SOC 2010 ${dashed(six)}; serves ${occCode} only`);
    if (split)
      parts.push(
        to.length < all.length
          ? `SOC 2010 ${dashed(six)} split into ${all.join(', ')}; the estimate is attached to ${to.join(', ')} only`
          : `SOC 2010 ${dashed(six)} split into ${all.join(', ')}; the estimate is attached to each`,
      );
    if (merged) parts.push(`SOC 2018 ${soc} merges SOC 2010 ${(cw.backward.get(soc) ?? []).join(', ')}`);
    return {
      soc,
      occCode,
      level: 'detailed' as const,
      mapping,
      specialisation,
      targets: to.length,
      rank: (merged ? 1 : 0) + (split ? 1 : 0) + (specialisation && !placed.has(soc) ? 2 : 0),
      note: parts.join('; '),
    };
  });
}
