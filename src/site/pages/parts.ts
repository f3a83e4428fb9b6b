/** Small pieces shared by the pages: number formats, source lines, share bars, pair links. */
import { formatDecimal } from '../../number-format.js';
import { type CatalogPair, pairTitle } from '../catalog.js';
import { type Html, html, raw } from '../html.js';
import type { Site } from '../site.js';

export const money = (n: number | null | undefined, hourly = false): string =>
  n === null || n === undefined ? '—' : hourly ? `$${n.toFixed(2)}` : `$${formatDecimal(Math.round(n), 0, 0)}`;

export const pct = (n: number | null | undefined, digits = 0): string =>
  n === null || n === undefined ? '—' : `${n.toFixed(digits)}%`;

export const num = (n: number | null | undefined): string =>
  n === null || n === undefined ? '—' : formatDecimal(Math.round(n), 0, 0);

/** "Source: O*NET 30.1 Database (December 2025)" for the distinct source ids given. */
export function sourceLine(site: Site, ids: readonly (number | null | undefined)[]): Html {
  const names = [...new Set(ids.map((i) => site.cite(i)).filter((s): s is string => s !== null))];
  if (names.length === 0) return html``;
  return html`<p class="source">Source: ${names.join('; ')}</p>`;
}

/** A 0–100 share drawn as a bar (SVG, so the CSP needs no inline style). */
export function shareBar(value: number, max = 100): Html {
  const w = Math.max(0, Math.min(100, (value / max) * 100));
  return raw(
    `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="bar-track" x="0" y="0" width="100" height="10" rx="2"/><rect class="bar-fill" x="0" y="0" width="${w.toFixed(1)}" height="10" rx="2"/></svg>`,
  );
}

/**
 * A title in two occupations is labelled "two of the occupations that list it": O*NET lists "Control Operator" under
 * six, "Charge Nurse" under three; the card shows two of them, never "two occupations" as if that were all.
 */
export function pairLink(site: Site, p: CatalogPair): Html {
  const cat = site.catalog();
  const same = p.labels && p.labels[0].toLowerCase() === p.labels[1].toLowerCase();
  const label = p.labels
    ? same
      ? `“${p.labels[0]}” in two of the occupations that list it`
      : `${p.labels[0]} vs. ${p.labels[1]}`
    : pairTitle(cat, p);
  const sub = p.labels ? pairTitle(cat, p) : null;
  return html`<a href="${p.path}">${label}</a>${sub ? html` <span class="muted">(${sub})</span>` : ''}`;
}

export function pairCard(site: Site, p: CatalogPair): Html {
  const cat = site.catalog();
  const a = cat.byCode.get(p.a)!;
  const b = cat.byCode.get(p.b)!;
  const [la, lb] = p.labels ?? [a.title, b.title];
  const same = la.toLowerCase() === lb.toLowerCase();
  const title = same
    ? html`“${la}”: <span class="vs-inline">two of the occupations that list it</span>`
    : html`${la} <span class="vs-inline">vs.</span> ${lb}`;
  return html`<li class="card pair-card"><a href="${p.path}"><span class="card-title">${title}</span>
  ${p.labels ? html`<span class="card-sub">${a.title} · ${b.title}</span>` : html`<span class="card-sub">${a.code} · ${b.code}</span>`}</a></li>`;
}
