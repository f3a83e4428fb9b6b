/**
 * Every tunable of careerdiff, in one place. Modules take these as defaults and accept overrides,
 * so tests and benchmarks can vary them without editing code.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository (or installed package) root: two levels above dist/src or src. */
export const PROJECT_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  import.meta.url.includes('/dist/') ? '../..' : '..',
);

export const DEFAULTS = {
  /** Data folder when neither --data nor CAREERDIFF_DATA is given: ../shared/data beside the repository. */
  dataDir: path.resolve(PROJECT_ROOT, '../shared/data'),
  /** Store file when neither --db nor CAREERDIFF_DB is given (git-ignored). */
  dbFile: path.resolve(PROJECT_ROOT, '.careerdiff/careerdiff.sqlite'),
  /** Geography of every figure imported so far (national files only). */
  geography: 'U.S.',
  /** Rows per SQLite transaction chunk during import (progress granularity). */
  importChunkRows: 5000,
  /** The website (src/site), its JSON API and the static export (src/export). */
  site: {
    /** Port of `careerdiff serve` when neither --port nor PORT is given. */
    port: 8080,
    /** Interface `careerdiff serve` listens on when neither --host nor HOST is given. */
    host: '127.0.0.1',
    /** Absolute origin used in canonical links, JSON-LD and the sitemap (--base-url, CAREERDIFF_BASE_URL). */
    baseUrl: 'http://localhost:8080',
    siteName: 'careerdiff',
    /** Rendered comparison/profile pages kept in memory (LRU), by count and by total bytes. */
    pageCacheEntries: 4000,
    pageCacheBytes: 96 * 1024 * 1024,
    /** Longest accepted user text (q, a, b) and path segment (slug), in characters. */
    maxQueryLength: 120,
    maxSlugLength: 300,
    /** Catalog: closest related occupations per occupation that become catalog comparisons. */
    catalogRelatedPerOccupation: 8,
    /** Catalog: "titles people confuse" pairs kept per occupation. */
    catalogConfusionsPerOccupation: 2,
    /** Related comparisons listed for each side of a comparison page. */
    relatedLinks: 5,
    /** Results on the search page and default/maximum `limit` of the API. */
    searchResults: 10,
    apiDefaultLimit: 10,
    apiMaxLimit: 50,
    /** Alternate titles per occupation put into the static search index (besides title and reported titles). */
    searchIndexAltTitles: 6,
    /** Comparisons on the hub: these code pairs first (when they exist), then the catalog's confusable titles. */
    featured: [
      ['27-2012.00', '27-4011.00'],
      ['15-1252.00', '15-1253.00'],
      ['29-1141.00', '29-2061.00'],
      ['13-2011.00', '13-2051.00'],
      ['11-3071.00', '13-1081.00'],
      ['17-2112.00', '17-2141.00'],
    ] as readonly (readonly [string, string])[],
    featuredCount: 9,
    /** A misspelt comparison/profile URL redirects to the resolver's top reading only at or above this score. */
    slugRedirectMinScore: 0.5,
    /** Rows shown per list on profile pages (tasks, technology, skills, ...). */
    profileListRows: 12,
  },
} as const;

/** Data folder: --data, then CAREERDIFF_DATA, then the default. */
export function resolveDataDir(flag?: string): string {
  return path.resolve(flag ?? process.env.CAREERDIFF_DATA ?? DEFAULTS.dataDir);
}

/** Store file: --db, then CAREERDIFF_DB, then the default. */
export function resolveDbFile(flag?: string): string {
  return path.resolve(flag ?? process.env.CAREERDIFF_DB ?? DEFAULTS.dbFile);
}
