/**
 * The site's shared state, built once per app: options, the engine, the catalog (built on first use and
 * kept), the sources footer, the static assets (read from src/site/assets under the project root, since tsc
 * does not copy them) and the page cache.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULTS, PROJECT_ROOT } from '../defaults.js';
import { citation, type Source } from '../store/sources.js';
import { PageCache } from './cache.js';
import { buildCatalog, type Catalog, type CatalogOptions } from './catalog.js';
import type { Engine } from '../engine/types.js';
import type { LayoutContext } from './layout.js';
import { renderFooter } from './layout.js';

export interface SiteOptions {
  baseUrl: string;
  siteName: string;
  pageCacheEntries: number;
  pageCacheBytes: number;
  relatedLinks: number;
  searchResults: number;
  apiDefaultLimit: number;
  apiMaxLimit: number;
  profileListRows: number;
  searchIndexAltTitles: number;
  catalog: Partial<CatalogOptions>;
  assetsDir: string;
  /**
   * Whether `?pairs=N` on /sitemap.xml and /search-index.json is honoured. Only the static export sets it (it
   * lists only the comparisons it wrote); on a live server the parameter is ignored, so nobody can make the
   * server build and cache a new variant per N.
   */
  pairsParam: boolean;
}

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

export interface Site {
  engine: Engine;
  opts: SiteOptions;
  catalog(): Catalog;
  layout: LayoutContext;
  sources: Map<number, Source>;
  cite(id: number | null | undefined): string | null;
  assets: Map<string, Asset>;
  cache: PageCache;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

function siteOptions(o: Partial<SiteOptions> = {}): SiteOptions {
  const s = DEFAULTS.site;
  return {
    baseUrl: (o.baseUrl ?? process.env.CAREERDIFF_BASE_URL ?? s.baseUrl).replace(/\/+$/, ''),
    siteName: s.siteName,
    pageCacheEntries: s.pageCacheEntries,
    pageCacheBytes: s.pageCacheBytes,
    relatedLinks: s.relatedLinks,
    searchResults: s.searchResults,
    apiDefaultLimit: s.apiDefaultLimit,
    apiMaxLimit: s.apiMaxLimit,
    profileListRows: s.profileListRows,
    searchIndexAltTitles: s.searchIndexAltTitles,
    catalog: {},
    assetsDir: path.join(PROJECT_ROOT, 'src/site/assets'),
    pairsParam: false,
    ...o,
  };
}

function loadAssets(dir: string): Map<string, Asset> {
  const out = new Map<string, Asset>();
  for (const name of fs.readdirSync(dir).sort()) {
    const type = TYPES[path.extname(name)];
    if (!type) continue;
    const body = fs.readFileSync(path.join(dir, name));
    out.set(name, { body, type, etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"` });
  }
  return out;
}

export function createSite(engine: Engine, o: Partial<SiteOptions> = {}): Site {
  const opts = siteOptions(o);
  const assets = loadAssets(opts.assetsDir);
  const version = createHash('sha1')
    .update([...assets.values()].map((a) => a.etag).join(''))
    .digest('hex')
    .slice(0, 8);
  const list = engine.sources();
  const sources = new Map(list.map((s) => [s.id, s]));
  let catalog: Catalog | null = null;
  return {
    engine,
    opts,
    catalog: () => {
      if (!catalog) {
        // The catalog stored at import serves the default options; other options build it here.
        const stored = Object.keys(opts.catalog).length === 0 ? engine.storedCatalog?.() : undefined;
        catalog = stored ?? buildCatalog(engine, opts.catalog);
      }
      return catalog;
    },
    layout: { baseUrl: opts.baseUrl, siteName: opts.siteName, footer: renderFooter(list), assetVersion: version },
    sources,
    cite: (id) => {
      const s = id === null || id === undefined ? undefined : sources.get(id);
      return s ? citation(s) : null;
    },
    assets,
    cache: new PageCache(opts.pageCacheEntries, opts.pageCacheBytes),
  };
}
