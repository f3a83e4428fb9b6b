/**
 * Request hygiene: validation of every user-typed value (length, control characters, shape) and the
 * security headers sent with every response (strict CSP: scripts and styles only from our own files).
 */
import type { MiddlewareHandler } from 'hono';
import { DEFAULTS } from '../defaults.js';
import { usageError } from '../errors.js';

/** The Content-Security-Policy of every page: no inline script or style, nothing from other origins. */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** Adds the security headers to every response (pages, API, assets, errors) not built with them (`respond`). */
export const securityHeaders =
  (secured: WeakSet<Response>): MiddlewareHandler =>
  async (c, next) => {
    await next();
    if (secured.has(c.res)) return;
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  };

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A user-typed text value (q, a, b): trimmed, control and bidi characters removed, inner whitespace
 * collapsed; too long → usage error (400). Returns '' for a missing value.
 */
export function cleanText(
  value: string | undefined | null,
  param: string,
  max: number = DEFAULTS.site.maxQueryLength,
): string {
  if (value === undefined || value === null) return '';
  if (value.length > max * 4) throw usageError(`"${param}" is too long (at most ${max} characters)`, param);
  const s = value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (s.length > max) throw usageError(`"${param}" is too long (at most ${max} characters)`, param);
  return s;
}

/** A required text value. */
export function requireText(value: string | undefined | null, param: string, max?: number): string {
  const s = cleanText(value, param, max);
  if (!s) throw usageError(`"${param}" is required`, param);
  return s;
}

/** An O*NET-SOC code parameter ("27-2012.00"); a SOC code ("27-2012") is accepted and returned as is. */
export function cleanCode(value: string | undefined | null, param: string): string | undefined {
  const s = cleanText(value, param, 20);
  if (!s) return undefined;
  if (!/^\d{2}-\d{4}(\.\d{2})?$/.test(s))
    throw usageError(`"${param}" must be an O*NET-SOC code like 27-2012.00`, param);
  return s;
}

/** A small positive integer parameter (limit); missing → fallback; out of range or not a number → 400. */
export function cleanInt(
  value: string | undefined | null,
  param: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined || value === null || value === '') return fallback;
  if (!/^\d{1,6}$/.test(value)) throw usageError(`"${param}" must be a whole number from ${min} to ${max}`, param);
  const n = Number(value);
  if (n < min || n > max) throw usageError(`"${param}" must be a whole number from ${min} to ${max}`, param);
  return n;
}
