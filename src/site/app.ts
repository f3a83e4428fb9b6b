/**
 * The website as a hono app: HTML pages (hub, family and job-zone lists, comparisons, profiles, search,
 * compare form), the JSON API under /api, sitemap, robots.txt, the static search index and assets.
 * `createApp({ engine })` builds it around any Engine, so tests call `app.request()` with no sockets and the
 * static export renders the very same routes. Errors go through src/errors.ts (httpStatus / errorBody).
 */
import { Hono } from 'hono';
import { MOVES_DEFAULTS } from '../defaults.js';
import { asCareerdiffError, clip, errorBody, errorHeaders, httpStatus, notFound } from '../errors.js';
import { apiRoutes } from './api.js';
import { pairPath } from './catalog.js';
import type { Engine } from '../engine/types.js';
import { cleanPaths, getAndHeadOnly, storeGuard } from './guards.js';
import { guessProblems } from './did-you-mean.js';
import { codeFromText, lookupPair, readTypedPair, suggestionsFor } from './lookup.js';
import { compareFormPage, comparePage, type FormProblem, type Typed } from './pages/compare.js';
import { familyPage, hubPage, zonePage } from './pages/hub.js';
import {
  lineupPage,
  lookupLineup,
  movesPage,
  movesPath,
  movesQueryString,
  routePath,
  routesPage,
  targetCode,
} from './pages/moves.js';
import { profilePage } from './pages/profile.js';
import { movesQueryFromParams } from '../moves/moves.js';
import { errorPage, searchPage } from './pages/search.js';
import { cachedPage, freshPage, redirect, respond, SECURED } from './respond.js';
import { cleanCode, cleanText, requireText, securityHeaders } from './security.js';
import { robotsTxt, sitemapXml, sitePaths } from './seo.js';
import { searchIndex } from './search-index.js';
import { createSite, type Site, type SiteOptions } from './site.js';
import type { StoreWatch } from './store-watch.js';
import { slugify } from './slug.js';

export interface AppDeps extends Partial<SiteOptions> {
  engine: Engine;
  /** Called with unexpected (5xx) errors; default: console.error. */
  onServerError?: (err: unknown) => void;
  /** The store's health under a running server (src/site/store-watch.ts): unhealthy → 503 everywhere but assets. */
  store?: Pick<StoreWatch, 'health' | 'check'>;
}

export interface SiteApp {
  app: Hono;
  site: Site;
}

const typedQuery = (t: Typed | null): string => (t ? `?a=${encodeURIComponent(t.a)}&b=${encodeURIComponent(t.b)}` : '');

/**
 * Typed titles worth keeping: not simply the occupations' own titles, and each one read by the resolver as
 * that very occupation. Text that matches nothing (or matches other occupations) is never shown as a heading:
 * that side falls back to the occupation's own title.
 */
function keepTyped(site: Site, a: string, b: string, t: Typed | null): Typed | null {
  if (!t?.a || !t.b) return null;
  const cat = site.catalog();
  const title = (code: string) => cat.byCode.get(code)?.title ?? code;
  const side = (code: string, text: string): string | null =>
    text.toLowerCase() === title(code).toLowerCase() ||
    !site.engine.resolve(text, TYPED_CANDIDATES).candidates.some((x) => x.code === code)
      ? null
      : text;
  const ta = side(a, t.a);
  const tb = side(b, t.b);
  return ta || tb ? { a: ta ?? title(a), b: tb ?? title(b) } : null;
}

/** A typed title must be among this many of the resolver's readings (pair-aware resolution looks at as many). */
const TYPED_CANDIDATES = 8;

/** Puts a pair (and its typed titles) into canonical order. */
function canonical(site: Site, x: string, y: string, t: Typed | null): { a: string; b: string; typed: Typed | null } {
  const swap = x > y;
  const [a, b] = swap ? [y, x] : [x, y];
  const typed = t ? (swap ? { a: t.b, b: t.a } : t) : null;
  return { a, b, typed: keepTyped(site, a, b, typed) };
}

export function createApp(deps: AppDeps): SiteApp {
  const site = createSite(deps.engine, deps);
  const app = new Hono();
  const logError = deps.onServerError ?? ((err: unknown) => console.error(err));

  app.use('*', securityHeaders(SECURED));

  // Only GET and HEAD (405 otherwise); one URL per page: no trailing slash (the export writes
  // <path>/index.html, which static hosts serve as both); redirects never leave the site (src/site/guards.ts).
  app.use('*', getAndHeadOnly);
  app.use('*', cleanPaths(redirect));
  if (deps.store) app.use('*', storeGuard(deps.store));

  app.get('/', (c) => cachedPage(c, site, '/', () => hubPage(site)));

  app.get('/assets/:name', (c) => {
    const a = site.assets.get(c.req.param('name'));
    if (!a) throw notFound('no such asset');
    const headers = {
      'Content-Type': a.type,
      ETag: a.etag,
      'Cache-Control': c.req.query('v') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
    };
    if (c.req.header('if-none-match') === a.etag) return respond(null, 304, headers);
    return respond(a.body, 200, headers);
  });
  app.get('/favicon.ico', () => redirect('/assets/icon.svg'));

  app.get('/robots.txt', (c) =>
    cachedPage(c, site, '/robots.txt', () => robotsTxt(site.opts.baseUrl), 'text/plain; charset=utf-8'),
  );
  /** ?pairs=N limits the catalog comparisons listed: for the static export only (see SiteOptions.pairsParam). */
  const pairLimit = (raw: string | undefined) => {
    const all = site.catalog().pairs.length;
    if (!site.opts.pairsParam || !raw || !/^\d{1,7}$/.test(raw)) return all;
    return Math.min(Number(raw), all);
  };
  app.get('/sitemap.xml', (c) => {
    const limit = pairLimit(c.req.query('pairs'));
    return cachedPage(
      c,
      site,
      `/sitemap.xml?${limit}`,
      () => sitemapXml(site.opts.baseUrl, sitePaths(site.catalog(), limit)),
      'application/xml; charset=utf-8',
    );
  });
  app.get('/search-index.json', (c) => {
    const limit = pairLimit(c.req.query('pairs'));
    return cachedPage(
      c,
      site,
      `/search-index.json?${limit}`,
      () => JSON.stringify(searchIndex(site, limit)),
      'application/json; charset=utf-8',
    );
  });

  app.get('/family/:slug', (c) => {
    const slug = c.req.param('slug');
    const page = slug.length <= 100 ? familyPage(site, slug) : null;
    if (!page) throw notFound(`no job family "${slug.slice(0, 100)}"`, { suggest: slug });
    return cachedPage(c, site, c.req.path, () => page);
  });
  app.get('/job-zone/:n', (c) => {
    const n = c.req.param('n');
    const page = /^[1-5]$/.test(n) ? zonePage(site, Number(n)) : null;
    if (!page) throw notFound(`no job zone "${n.slice(0, 20)}"; job zones are 1 to 5`);
    return cachedPage(c, site, c.req.path, () => page);
  });

  app.get('/search', (c) => {
    const q = cleanText(c.req.query('q'), 'q');
    const r = q ? site.engine.resolve(q, site.opts.searchResults) : null;
    return freshPage(c, site, searchPage(site, q, r));
  });

  app.get('/occupation/:id', (c) => {
    const id = c.req.param('id');
    const cat = site.catalog();
    if (id.length > 300) throw notFound('no such occupation');
    const occ = cat.bySlug.get(id);
    if (occ) return cachedPage(c, site, occ.path, () => profilePage(site, occ.code));
    const code = codeFromText(cat, id) ?? cat.bySlug.get(slugify(id))?.code;
    if (code) return redirect(cat.byCode.get(code)!.path);
    throw notFound(`no occupation "${id.slice(0, 120)}"`, { suggest: id });
  });

  app.get('/occupation/:id/moves', (c) => {
    const id = c.req.param('id');
    const cat = site.catalog();
    if (id.length > 300) throw notFound('no such occupation');
    const q = movesQueryFromParams((k) => c.req.query(k));
    const qs = movesQueryString(q, MOVES_DEFAULTS.limit);
    const occ = cat.bySlug.get(id);
    if (occ) return cachedPage(c, site, `${movesPath(occ.path)}${qs}`, () => movesPage(site, occ.code, q));
    const code = codeFromText(cat, id) ?? cat.bySlug.get(slugify(id))?.code;
    if (code) return redirect(`${movesPath(cat.byCode.get(code)!.path)}${qs}`);
    throw notFound(`no occupation "${id.slice(0, 120)}"`, { suggest: id });
  });

  /** Routes from one occupation to another: exact slugs render; codes and typed titles redirect there. */
  app.get('/occupation/:id/moves/:target', (c) => {
    const id = c.req.param('id');
    const target = c.req.param('target');
    const cat = site.catalog();
    if (id.length > 300 || target.length > 300) throw notFound('no such route');
    const from = cat.bySlug.get(id)?.code ?? codeFromText(cat, id);
    if (!from) throw notFound(`no occupation "${id.slice(0, 120)}"`, { suggest: id });
    const to = cat.bySlug.get(target)?.code ?? targetCode(site, target);
    if (!to) throw notFound(`no occupation "${target.slice(0, 120)}"`, { suggest: target });
    const path = routePath(cat.byCode.get(from)!.path, cat.byCode.get(to)!.slug);
    if (c.req.path !== path) return redirect(path);
    return cachedPage(c, site, path, () => routesPage(site, from, to));
  });

  /** The moves page's "Getting to another career" form: ?to=<title> → the route page. */
  app.get('/occupation/:id/route', (c) => {
    const id = c.req.param('id');
    const cat = site.catalog();
    const from = cat.bySlug.get(id)?.code ?? (id.length <= 300 ? codeFromText(cat, id) : null);
    if (!from) throw notFound(`no occupation "${id.slice(0, 120)}"`, { suggest: id });
    const text = requireText(c.req.query('to'), 'to');
    const to = targetCode(site, text);
    if (!to) throw notFound(`no occupation matches "${text}"`, { suggest: text });
    return redirect(routePath(cat.byCode.get(from)!.path, cat.byCode.get(to)!.slug), 302);
  });

  app.get('/compare', (c) => {
    const a = cleanText(c.req.query('a'), 'a');
    const b = cleanText(c.req.query('b'), 'b');
    const aCode = cleanCode(c.req.query('aCode'), 'aCode');
    const bCode = cleanCode(c.req.query('bCode'), 'bCode');
    const cat = site.catalog();
    if ((!a && !aCode) || (!b && !bCode)) return freshPage(c, site, compareFormPage(site, a, b));
    const codeOf = (code: string | undefined, param: string) => {
      if (!code) return undefined;
      const full = codeFromText(cat, code);
      if (!full) throw notFound(`no O*NET occupation has the code ${code}`, { param });
      return full;
    };
    const fa = codeOf(aCode, 'aCode');
    const fb = codeOf(bCode, 'bCode');
    let ra = fa;
    let rb = fb;
    const problems: FormProblem[] = [];
    if (!ra || !rb) {
      const {
        resolutions: [xa, xb],
        guess,
      } = readTypedPair(site, a || cat.byCode.get(fa!)!.title, b || cat.byCode.get(fb!)!.title);
      // An input nothing matches confidently gets a "did you mean", not an article (src/site/did-you-mean.ts).
      problems.push(
        ...guessProblems(site, { a, b }, { a: ra ? null : xa, b: rb ? null : xb }, undefined, {
          a: guess[0],
          b: guess[1],
        }),
      );
      ra ??= xa.candidates.find((x) => cat.byCode.has(x.code))?.code;
      rb ??= xb.candidates.find((x) => cat.byCode.has(x.code))?.code;
    }
    if (problems.length || !ra || !rb) return freshPage(c, site, compareFormPage(site, a, b, problems), 404);
    const t = canonical(site, ra, rb, {
      a: a || cat.byCode.get(ra)!.title,
      b: b || cat.byCode.get(rb)!.title,
    });
    return redirect(`${pairPath(cat, t.a, t.b)}${typedQuery(t.typed)}`, 302);
  });

  app.get('/compare/:pair', (c) => {
    const raw = c.req.param('pair');
    if (raw.length > 300) throw notFound('no such comparison');
    const cat = site.catalog();
    const qa = cleanText(c.req.query('a'), 'a');
    const qb = cleanText(c.req.query('b'), 'b');
    const typedIn = qa && qb ? { a: qa, b: qb } : null;
    const line = lookupLineup(site, raw);
    if (line?.kind === 'redirect') return redirect(line.path);
    if (line) return cachedPage(c, site, line.path, () => lineupPage(site, line.codes, line.path));
    const found = lookupPair(site, raw);
    if (found.kind === 'guess') {
      const [ta, tb] = found.sides.map((x) => x.text) as [string, string];
      const problems = guessProblems(
        site,
        { a: ta, b: tb },
        { a: found.resolutions[0], b: found.resolutions[1] },
        undefined,
        { a: found.guess[0], b: found.guess[1] },
      );
      return freshPage(c, site, compareFormPage(site, ta, tb, problems), 404);
    }
    if (found.kind === 'none') {
      throw notFound(`no comparison "${raw.slice(0, 120)}"`, {
        pairSides: found.sides,
      });
    }
    const t = canonical(site, found.a, found.b, found.kind === 'resolved' ? found.typed : typedIn);
    const path = pairPath(cat, t.a, t.b);
    const here = c.req.path;
    if (found.kind === 'resolved' || here !== path) return redirect(`${path}${typedQuery(t.typed)}`);
    if (t.typed) {
      // The reader's own titles: noindex, canonical to the occupations' page, kept out of the shared page cache
      // (every spelling would be an entry) and out of shared caches.
      const res = freshPage(c, site, comparePage(site, t.a, t.b, t.typed));
      res.headers.set('Cache-Control', 'private, max-age=300');
      return res;
    }
    return cachedPage(c, site, path, () => comparePage(site, t.a, t.b, null));
  });

  app.route('/api', apiRoutes(site, deps.store));

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/'))
      return c.json(errorBody(notFound(`no API route ${c.req.path.slice(0, 200)}`)), 404);
    const last = c.req.path.split('/').filter(Boolean).pop() ?? '';
    return freshPage(
      c,
      site,
      errorPage(site, 404, 'There is no page at this address.', last.length <= 200 ? suggestionsFor(site, last) : []),
      404,
    );
  });

  app.onError((err, c) => {
    const status = httpStatus(err) as 400 | 404 | 405 | 500 | 503;
    const e = asCareerdiffError(err);
    // A store problem is logged once by the store watch when it knows; otherwise (first sight) here.
    if (status === 503 && deps.store?.health().ok !== false)
      logError(`careerdiff: ${c.req.method} ${clip(c.req.path)}: ${e.message}`);
    else if (status >= 500 && status !== 503) logError(err);
    const extra = errorHeaders(err);
    if (status === 503) deps.store?.check(); // a query failed: look at the file now, so health and later requests know
    if (c.req.path.startsWith('/api/')) return c.json(errorBody(err), status, extra);
    try {
      const body = errorBody(err).error;
      let suggestions: ReturnType<typeof suggestionsFor> = [];
      if (status === 404 && typeof body.suggest === 'string') suggestions = suggestionsFor(site, body.suggest);
      if (status === 404 && Array.isArray(body.pairSides)) {
        for (const s of body.pairSides as { text: string; found: boolean }[])
          if (!s.found) suggestions.push(...suggestionsFor(site, s.text, 4));
      }
      const message =
        status === 404 || status === 400 || status === 405
          ? `${body.message.charAt(0).toUpperCase()}${body.message.slice(1)}.`
          : status === 503
            ? 'The data behind this site cannot be read at the moment. Please try again later.'
            : 'The server could not show this page. Please try again later.';
      const res = freshPage(c, site, errorPage(site, status, message, suggestions), status);
      for (const [k, v] of Object.entries(extra)) res.headers.set(k, v);
      return res;
    } catch (again) {
      // The error page itself needs the store (suggestions): answer in plain text rather than fail twice.
      logError(again);
      const code = httpStatus(again) === 503 ? 503 : status;
      return c.text(code === 503 ? 'The data behind this site cannot be read at the moment.' : 'Error', code, extra);
    }
  });

  return { app, site };
}
