/**
 * Sending pages: rendered HTML goes through the LRU page cache (src/site/cache.ts) with an ETag (304 on a
 * match) and a gzip copy for clients that accept it; assets likewise from memory.
 */
import type { Context } from 'hono';
import { notFound } from '../errors.js';
import { type CachedPage, etagOf } from './cache.js';
import { safeLocation } from './guards.js';
import { SECURITY_HEADERS } from './security.js';
import type { Site } from './site.js';

/**
 * Responses built here already carry the security headers, as a plain object: @hono/node-server then writes
 * the body straight to the socket. (Touching `res.headers` afterwards would turn its light Response into a
 * full one and stream the body, several times slower.) The security middleware skips these.
 */
export const SECURED = new WeakSet<Response>();

export function respond(body: string | Uint8Array | null, status: number, headers: Record<string, string>): Response {
  const res = new Response(body, { status, headers: { ...SECURITY_HEADERS, ...headers } });
  SECURED.add(res);
  return res;
}

const HTML_TYPE = 'text/html; charset=utf-8';

/** A cached page's answer to a request with these If-None-Match and Accept-Encoding headers (304, gzip or plain). */
export function pageReply(
  site: Site,
  page: CachedPage,
  ifNoneMatch: string | undefined,
  acceptEncoding: string | undefined,
): { status: number; headers: Record<string, string>; body: Buffer | null } {
  const headers: Record<string, string> = { ...page.headers, ETag: page.etag, Vary: 'Accept-Encoding' };
  if (ifNoneMatch === page.etag) return { status: 304, headers, body: null };
  const gz = page.status === 200 && page.body.length > 1024 && /\bgzip\b/.test(acceptEncoding ?? '');
  if (gz) {
    const body = site.cache.gzipOf(page);
    headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = String(body.length);
    return { status: page.status, headers, body };
  }
  headers['Content-Length'] = String(page.body.length);
  return { status: page.status, headers, body: page.body };
}

function send(c: Context, site: Site, page: CachedPage): Response {
  const r = pageReply(site, page, c.req.header('if-none-match'), c.req.header('accept-encoding'));
  return respond(r.body, r.status, r.headers);
}

function makePage(body: string, status = 200, type = HTML_TYPE, maxAge = 300): CachedPage {
  const buf = Buffer.from(body, 'utf8');
  return {
    status,
    body: buf,
    etag: etagOf(buf),
    headers: { 'Content-Type': type, 'Cache-Control': status === 200 ? `public, max-age=${maxAge}` : 'no-store' },
  };
}

/** Serves a page from the cache, rendering (and caching) it on a miss. */
export function cachedPage(c: Context, site: Site, key: string, render: () => string, type = HTML_TYPE): Response {
  let page = site.cache.get(key);
  if (!page) {
    page = makePage(render(), 200, type);
    site.cache.set(key, page);
  }
  return send(c, site, page);
}

/** Serves a page without caching it (search results, error pages). */
export function freshPage(c: Context, site: Site, body: string, status = 200, type = HTML_TYPE): Response {
  const page = makePage(body, status, type);
  if (status !== 200) page.headers['Cache-Control'] = 'no-store';
  return send(c, site, page);
}

/** A redirect inside the site; a target that cannot be made a safe local path is no page (404). */
export function redirect(location: string, status: 301 | 302 | 303 = 301): Response {
  const safe = safeLocation(location);
  if (!safe) throw notFound('no page at this address');
  return respond(null, status, {
    Location: safe,
    'Cache-Control': status === 301 ? 'public, max-age=3600' : 'no-store',
  });
}
