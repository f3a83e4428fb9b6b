/**
 * Request guards that run before any route: only GET and HEAD are answered (others are a 405 with `Allow`),
 * one URL per page (a trailing slash redirects to the path without it), and every redirect stays inside the
 * site — a Location is always a single-slash local path of printable ASCII, whatever the request held
 * (`//evil.example/`, `/%5Cevil.example/`, control characters, text outside Latin-1); and while the store
 * cannot be read, a 503 rather than a 500 or a wrong page.
 */
import type { MiddlewareHandler } from 'hono';
import { methodNotAllowed, notFound, storeError } from '../errors.js';
import type { StoreWatch } from './store-watch.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_G = new RegExp(CONTROL.source, 'g');
/** Characters a path may carry unencoded (RFC 3986 pchar plus '/'); everything else is percent-encoded. */
const NOT_PATH_CHAR = /[^A-Za-z0-9\-._~!$&'()*+,;=:@%/]/gu;
const NOT_QUERY_CHAR = /[^A-Za-z0-9\-._~!$&'()*+,;=:@%/?]/gu;

const encodeChars = (s: string, re: RegExp): string =>
  s.replace(/%(?![0-9A-Fa-f]{2})/g, '%25').replace(re, (ch) => {
    try {
      return encodeURIComponent(ch);
    } catch {
      return ''; // a lone surrogate: nothing sensible to encode
    }
  });

/**
 * A redirect target made safe, or null when no safe one exists. The path is collapsed (backslashes become
 * slashes, runs of slashes one slash), refused when it holds control characters, and percent-encoded; the
 * query is percent-encoded. The result starts with exactly one '/', so browsers cannot read it as another host.
 */
export function safeLocation(location: string): string | null {
  const q = location.indexOf('?');
  const rawPath = q === -1 ? location : location.slice(0, q);
  const rawQuery = q === -1 ? '' : location.slice(q + 1);
  if (!rawPath.startsWith('/') || CONTROL.test(rawPath)) return null;
  let path = encodeChars(rawPath.replace(/\\/g, '/').replace(/\/{2,}/g, '/'), NOT_PATH_CHAR);
  // Encoded slashes and backslashes at the start could still be read as a host by a lenient client.
  path = path.replace(/^\/(?:%2f|%5c)+/i, '/');
  const query = rawQuery ? `?${encodeChars(rawQuery.replace(CONTROL_G, ''), NOT_QUERY_CHAR)}` : '';
  const out = `${path}${query}`;
  return isLocalLocation(out) ? out : null;
}

/** A Location that can only mean a page of this site: one leading '/', then printable ASCII without '\'. */
export const isLocalLocation = (loc: string): boolean => /^\/(?![/\\])[\x21-\x5b\x5d-\x7e]*$/.test(loc);

/** Only GET and HEAD: any other method is a 405 naming the allowed ones (src/errors.ts). */
export const getAndHeadOnly: MiddlewareHandler = async (c, next) => {
  const m = c.req.method;
  // The one POST route: batch coding takes its titles in the body (src/site/api.ts).
  if (m === 'POST' && c.req.path === '/api/code') return next();
  if (m !== 'GET' && m !== 'HEAD') throw methodNotAllowed(m);
  await next();
};

/**
 * One URL per page: a path with a trailing slash (or doubled slashes or backslashes) redirects to its clean
 * form; a path with control characters in it is no page (404). The API is left alone (its 404s say why).
 */
export const cleanPaths =
  (redirect: (location: string) => Response): MiddlewareHandler =>
  async (c, next) => {
    const p = c.req.path;
    if (p.startsWith('/api/')) return next();
    const messy = (p.length > 1 && p.endsWith('/')) || p.includes('//') || p.includes('\\');
    if (!messy && !CONTROL.test(p)) return next();
    if (CONTROL.test(p)) throw notFound('no page at this address');
    const trimmed =
      p
        .replace(/\\/g, '/')
        .replace(/\/{2,}/g, '/')
        .replace(/\/+$/, '') || '/';
    const target = safeLocation(`${trimmed}${new URL(c.req.url).search}`);
    if (!target) throw notFound('no page at this address');
    return redirect(target);
  };

/**
 * While the store cannot be read (damaged, cut short, deleted: src/site/store-watch.ts), every page and API
 * route is a 503 naming the problem; assets still load and /api/health answers for itself.
 */
export const storeGuard =
  (store: Pick<StoreWatch, 'health'>): MiddlewareHandler =>
  async (c, next) => {
    const h = store.health();
    if (h.ok || c.req.path.startsWith('/assets/') || c.req.path === '/api/health') return next();
    throw storeError(h.reason ?? 'the store cannot be read');
  };
