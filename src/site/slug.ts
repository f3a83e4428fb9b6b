/**
 * Readable URLs. An occupation's slug is its O*NET title folded to [a-z0-9-] ("producers-and-directors");
 * a comparison is "/compare/<slug A>-vs-<slug B>" with A and B in catalog order (O*NET-SOC code ascending).
 */

/** "Producers & Directors" → "producers-and-directors". Stable: only letters and digits survive. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Slug words back to a query: "associate-producer" → "associate producer". */
export const slugWords = (slug: string): string => slug.replace(/[-_+.]+/g, ' ').trim();

export const SEP = '-vs-';

/** Every way to split "x-vs-y-vs-z" into two non-empty sides, first split first. */
export function splitPair(slug: string): [string, string][] {
  const parts = slug.split(SEP);
  const out: [string, string][] = [];
  for (let k = 1; k < parts.length; k++) {
    const a = parts.slice(0, k).join(SEP);
    const b = parts.slice(k).join(SEP);
    if (a && b) out.push([a, b]);
  }
  return out;
}

/** Canonical order of a pair: by O*NET-SOC code. */
export const orderPair = (a: string, b: string): [string, string] => (a <= b ? [a, b] : [b, a]);

export const pairKey = (a: string, b: string): string => {
  const [x, y] = orderPair(a, b);
  return `${x}|${y}`;
};

export const occupationPath = (slug: string): string => `/occupation/${slug}`;
export const comparePath = (slugA: string, slugB: string): string => `/compare/${slugA}${SEP}${slugB}`;
