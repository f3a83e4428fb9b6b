/**
 * The static search index (/search-index.json): occupations with slugs, the titles people use for them, and
 * the catalog's comparisons, so the exported site's search page and autocomplete work without a server.
 * Compact arrays: occupations [code, title, slug]; titles [text, occupation index]; pairs [i, j].
 */
import { compareText } from '../text-compare.js';
import type { Site } from './site.js';

interface SearchIndex {
  version: 1;
  occupations: [string, string, string][];
  titles: [string, number][];
  pairs: [number, number][];
}

export function searchIndex(site: Site, pairLimit = Number.POSITIVE_INFINITY): SearchIndex {
  const cat = site.catalog();
  const idx = new Map(cat.occupations.map((o, i) => [o.code, i]));
  const perOcc = new Map<number, number>();
  const seen = new Set<string>();
  const titles: [string, number][] = [];
  const entries = [...site.engine.titles()].sort(
    (x, y) => (x.kind === 'reported' ? 0 : 1) - (y.kind === 'reported' ? 0 : 1) || y.weight - x.weight,
  );
  for (const t of entries) {
    const i = idx.get(t.code);
    if (i === undefined || t.kind === 'occupation') continue;
    const key = `${i}|${t.title.toLowerCase()}`;
    if (seen.has(key) || t.title.toLowerCase() === cat.occupations[i]!.title.toLowerCase()) continue;
    if (t.kind !== 'reported') {
      const n = perOcc.get(i) ?? 0;
      if (n >= site.opts.searchIndexAltTitles) continue;
      perOcc.set(i, n + 1);
    }
    seen.add(key);
    titles.push([t.title, i]);
  }
  titles.sort((x, y) => x[1] - y[1] || compareText(x[0], y[0]));
  return {
    version: 1,
    occupations: cat.occupations.map((o) => [o.code, o.title, o.slug]),
    titles,
    pairs: cat.pairs.slice(0, pairLimit).map((p) => [idx.get(p.a)!, idx.get(p.b)!]),
  };
}
