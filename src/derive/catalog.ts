/**
 * Derives the site's catalog once at import, with the site's own code (src/site/catalog.ts) over the
 * similarity ranks just computed: every occupation with slug, family and zone, the catalog's comparisons in
 * Previous/Next order, related lists, confusable titles and featured pairs, under the default options.
 */
import { buildCatalog, type Catalog } from '../site/catalog.js';
import type { TitleEntry } from '../resolve/types.js';
import { encodeDerived } from '../store/derived.js';
import type { DB } from '../store/open.js';
import { occupationsWithZones } from '../store/profile.js';
import type { RankedModel } from './similarity.js';

export function deriveCatalog(db: DB, r: RankedModel, titles: TitleEntry[]): { data: Buffer; pairs: number } {
  const { size: n, matrix: m, order } = r;
  const index = new Map(r.codes.map((c, i) => [c, i]));
  const catalog: Catalog = buildCatalog({
    occupations: () => occupationsWithZones(db),
    titles: () => titles,
    related(code, limit) {
      const i = index.get(code);
      if (i === undefined) return [];
      return [...order[i]!.subarray(0, limit)].map((j) => ({ code: r.codes[j]!, score: m[i * n + j]! }));
    },
  });
  return { data: encodeDerived({ ...catalog, buildMs: 0 }), pairs: catalog.pairs.length };
}
