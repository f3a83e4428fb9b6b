/**
 * The search page (/search?q=): the resolver's candidates, each linking to its profile and to "compare
 * with…"; and the error pages (404 with suggestions from the words of the path, 400 for bad input).
 */
import type { Candidate, Resolution } from '../../resolve/types.js';
import { type Html, html } from '../html.js';
import { breadcrumbs, layout, searchForm } from '../layout.js';
import type { Site } from '../site.js';

const KIND: Record<string, string> = {
  occupation: 'occupation title',
  alternate: 'alternate title',
  short: 'short title',
  reported: 'title reported by workers',
  code: 'code',
  partial: 'partial match',
  fuzzy: 'approximate match',
};

function candidateList(site: Site, cands: readonly Candidate[]): Html {
  const cat = site.catalog();
  return html`<ol class="results">${cands.map((c) => {
    const occ = cat.byCode.get(c.code);
    if (!occ) return '';
    const matched = c.matched && c.matched.toLowerCase() !== c.title.toLowerCase();
    return html`<li class="result">
  <a class="result-title" href="${occ.path}">${c.title}</a> <span class="code">${c.code}</span>
  <p class="result-meta">${matched ? html`Matched “${c.matched}” · ` : ''}${KIND[c.source] ?? c.source} · ${Math.round(c.score * 100)}% match</p>
  <p class="result-actions"><a href="${occ.path}">Profile</a> · <a href="/compare?a=${encodeURIComponent(c.title)}">Compare with…</a></p>
</li>`;
  })}</ol>`;
}

export function searchPage(site: Site, q: string, r: Resolution | null): string {
  const friendly = r?.ambiguous
    ? html`<p class="notice">“${q}” can mean different occupations. Pick the one you mean:</p>`
    : '';
  const none =
    r && r.candidates.length === 0
      ? html`<div class="notice"><p>No occupation matches “${q}”.</p>${
          r.suggestions?.length
            ? html`<p>Try: ${r.suggestions.map((s, i) => html`${i ? ', ' : ''}<a href="/search?q=${encodeURIComponent(s.replace(/^\d{2}-\d{4}\.\d{2} /, ''))}">${s}</a>`)}</p>`
            : ''
        }</div>`
      : '';
  const body = html`<div class="wrap page narrow">
  ${breadcrumbs([{ href: '/', label: 'Job Search' }, { label: 'Search' }])}
  <h1>${q ? html`Results for “${q}”` : 'Search a job title'}</h1>
  ${searchForm(q, 'search-q')}
  <div id="results" class="search-results" data-q="${q}" aria-live="polite">
    ${friendly}${none}${r?.candidates.length ? candidateList(site, r.candidates) : ''}
  </div>
</div>`;
  return layout(
    site.layout,
    {
      title: q ? `“${q}” — job title search | ${site.opts.siteName}` : `Search a job title | ${site.opts.siteName}`,
      description: 'Find the O*NET occupation behind any job title, then compare it with another career.',
      canonical: '/search',
      noindex: true,
      nav: 'search',
    },
    body,
  );
}

export interface Suggestion {
  label: string;
  href: string;
  note?: string;
}

export function errorPage(site: Site, status: number, message: string, suggestions: Suggestion[] = []): string {
  const title =
    status === 404 ? 'Page not found' : status === 400 ? 'That request did not work' : 'Something went wrong';
  const body = html`<div class="wrap page narrow">
  <h1>${title}</h1>
  <p class="lead">${message}</p>
  ${
    suggestions.length
      ? html`<h2>Were you looking for…</h2><ul class="link-list suggestions">${suggestions.map(
          (s) =>
            html`<li><a href="${s.href}">${s.label}</a>${s.note ? html` <span class="muted">${s.note}</span>` : ''}</li>`,
        )}</ul>`
      : ''
  }
  ${searchForm('', 'err-q')}
  <p><a class="back" href="/">Back to Job Search</a></p>
</div>`;
  return layout(
    site.layout,
    { title: `${title} | ${site.opts.siteName}`, description: message, canonical: '/', noindex: true },
    body,
  );
}
