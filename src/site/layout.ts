/**
 * The page shell every HTML page shares: head (title, description, canonical, prev/next, JSON-LD, our one
 * stylesheet and one deferred script), skip link, header with search, main landmark, and the sources footer
 * with the attribution O*NET's licence asks for.
 */
import type { Source } from '../store/sources.js';
import { type Html, html, jsonForHtml, raw } from './html.js';

interface PageMeta {
  title: string;
  description: string;
  /** Path of this page's canonical URL ("/compare/a-vs-b"); absolute with the site's base URL. */
  canonical: string;
  prev?: string | null;
  next?: string | null;
  /** One JSON-LD object, or several (each gets its own script block). */
  jsonLd?: unknown;
  noindex?: boolean;
  /** Shown as the current item in the header navigation. */
  nav?: 'search' | 'compare' | 'api';
}

export interface LayoutContext {
  baseUrl: string;
  siteName: string;
  /** Pre-rendered sources footer (same on every page). */
  footer: Html;
  /** Asset version for cache-busting query strings. */
  assetVersion: string;
}

const ATTRIBUTION =
  'This product includes information from the O*NET 30.1 Database by the U.S. Department of Labor, Employment ' +
  'and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.';

/** The footer: what the figures come from, and the attribution. */
export function renderFooter(sources: readonly Source[]): Html {
  const seen = new Set<string>();
  const items: Html[] = [];
  for (const s of sources) {
    const label = `${s.title}${s.period && !s.title.includes(s.period) ? ` (${s.period})` : ''}`;
    const key = `${s.publisher}|${label}|${s.official}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(html`<li>${label} — ${s.publisher}${s.official ? '' : ' (third-party extract)'}; ${s.license}</li>`);
  }
  return html`<footer class="site-footer" role="contentinfo">
  <div class="wrap">
    <h2 class="footer-title">Sources</h2>
    <p>${ATTRIBUTION}</p>
    <p>Wages: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025 (and May 2024).
    Projections: BLS Employment Projections 2024–2034. Work environment: BLS Occupational Requirements Survey.</p>
    ${items.length ? html`<details><summary>Every data file behind these pages (${items.length})</summary><ul class="sources">${items}</ul></details>` : ''}
    <p class="footer-links"><a href="/">Job Search</a> · <a href="/compare">Compare two careers</a> · <a href="/api/openapi.json">JSON API</a> · <a href="/sitemap.xml">Sitemap</a></p>
  </div>
</footer>`;
}

const navItem = (href: string, label: string, current: boolean): Html =>
  current ? html`<a href="${href}" aria-current="page">${label}</a>` : html`<a href="${href}">${label}</a>`;

export function layout(ctx: LayoutContext, meta: PageMeta, body: Html): string {
  const url = (p: string) => `${ctx.baseUrl}${p}`;
  const v = ctx.assetVersion;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title}</title>
<meta name="description" content="${meta.description}">
<link rel="canonical" href="${url(meta.canonical)}">
${meta.prev ? html`<link rel="prev" href="${url(meta.prev)}">` : ''}
${meta.next ? html`<link rel="next" href="${url(meta.next)}">` : ''}
${meta.noindex ? html`<meta name="robots" content="noindex">` : ''}
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:type" content="${meta.jsonLd ? 'article' : 'website'}">
<meta property="og:url" content="${url(meta.canonical)}">
<meta name="theme-color" content="#1f4e79">
<link rel="stylesheet" href="/assets/site.css?v=${v}">
<link rel="icon" href="/assets/icon.svg?v=${v}" type="image/svg+xml">
<script src="/assets/site.js?v=${v}" defer></script>
${raw(
  (Array.isArray(meta.jsonLd) ? meta.jsonLd : meta.jsonLd ? [meta.jsonLd] : [])
    .map((ld) => `<script type="application/ld+json">${jsonForHtml(ld)}</script>`)
    .join('\n'),
)}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="/"><span class="brand-mark" aria-hidden="true">⇄</span> ${ctx.siteName}</a>
    <nav aria-label="Main">
      ${navItem('/', 'Job Search', meta.nav === 'search')}
      ${navItem('/compare', 'Compare', meta.nav === 'compare')}
      ${navItem('/api/openapi.json', 'API', meta.nav === 'api')}
    </nav>
  </div>
</header>
<main id="main" tabindex="-1">
${body}
</main>
${ctx.footer}
</body>
</html>
`.value;
}

/** A breadcrumb trail (nav landmark with its own label). */
export function breadcrumbs(items: readonly { href?: string; label: string }[]): Html {
  return html`<nav class="crumbs" aria-label="Breadcrumb"><ol>${items.map((i) =>
    i.href ? html`<li><a href="${i.href}">${i.label}</a></li>` : html`<li aria-current="page">${i.label}</li>`,
  )}</ol></nav>`;
}

/** The search box (used in the hub and the search page); autocomplete is added by site.js. */
export function searchForm(q = '', id = 'q'): Html {
  return html`<form class="search-form" action="/search" method="get" role="search">
  <label for="${id}">Search a job title</label>
  <div class="field-row">
    <input id="${id}" name="q" type="search" value="${q}" maxlength="120" autocomplete="off" placeholder="e.g. associate producer" data-autocomplete="occupation" required>
    <button type="submit">Search</button>
  </div>
</form>`;
}

/** The "compare two careers" form; GET /compare?a=&b= redirects to the canonical comparison. */
export function compareForm(a = '', b = '', prefix = 'cmp'): Html {
  return html`<form class="compare-form" action="/compare" method="get">
  <div class="compare-fields">
    <div class="field"><label for="${prefix}-a">First career</label>
      <input id="${prefix}-a" name="a" type="text" value="${a}" maxlength="120" autocomplete="off" placeholder="e.g. associate producer" data-autocomplete="occupation" required></div>
    <span class="vs" aria-hidden="true">vs.</span>
    <div class="field"><label for="${prefix}-b">Second career</label>
      <input id="${prefix}-b" name="b" type="text" value="${b}" maxlength="120" autocomplete="off" placeholder="e.g. production assistant" data-autocomplete="occupation" required></div>
  </div>
  <button type="submit">Compare</button>
</form>`;
}
