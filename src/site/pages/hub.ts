/**
 * The hub ("Job Search"): search box, the compare-two-careers form, featured comparisons, titles people
 * confuse, and the catalog by job family (SOC major group) and by job zone; plus the family and zone pages.
 */
import { pairPath } from '../catalog.js';
import { formatDecimal } from '../../number-format.js';
import { compareText } from '../../text-compare.js';
import { html } from '../html.js';
import { breadcrumbs, compareForm, layout, searchForm } from '../layout.js';
import type { Site } from '../site.js';
import { pairCard } from './parts.js';

export function hubPage(site: Site): string {
  const cat = site.catalog();
  // Distinct confusable titles (one card per label), strongest first, none already featured.
  const seenLabel = new Set<string>();
  const confusions = [...new Map([...cat.confusableOf.values()].flat().map((p) => [p.key, p])).values()]
    .sort((x, y) => y.score - x.score || compareText(x.key, y.key))
    .filter((p) => {
      const label = (p.labels ?? [])
        .map((l) => l.toLowerCase())
        .sort()
        .join('|');
      if (cat.featured.some((f) => f.key === p.key) || seenLabel.has(label)) return false;
      seenLabel.add(label);
      return true;
    })
    .slice(0, 6);
  const body = html`<div class="hero">
  <div class="wrap">
    <p class="eyebrow">Job Search</p>
    <h1>Compare any two careers</h1>
    <p class="lead">What does each job involve, what does it take, and what does it pay? Side-by-side answers for ${formatDecimal(cat.occupations.length, 0, 0)} occupations, from official O*NET and Bureau of Labor Statistics data.</p>
    <div class="hero-forms">
      <section class="panel" aria-labelledby="compare-h"><h2 id="compare-h">Compare two careers</h2>${compareForm('', '', 'hub')}</section>
      <section class="panel" aria-labelledby="search-h"><h2 id="search-h">Look up one career</h2>${searchForm('', 'hub-q')}</section>
    </div>
  </div>
</div>
<div class="wrap">
  <section aria-labelledby="featured-h">
    <h2 id="featured-h">Featured comparisons</h2>
    <ul class="cards">${cat.featured.map((p) => pairCard(site, p))}</ul>
  </section>
  ${
    confusions.length
      ? html`<section aria-labelledby="confuse-h">
    <h2 id="confuse-h">Titles people confuse</h2>
    <p class="section-intro">Job titles that share their words but belong to different occupations.</p>
    <ul class="cards">${confusions.map((p) => pairCard(site, p))}</ul>
  </section>`
      : ''
  }
  <section aria-labelledby="families-h">
    <h2 id="families-h">Browse by job family</h2>
    <ul class="chips">${cat.families.map((f) => html`<li><a href="${f.path}">${f.name} <span class="count">${f.occupations.length}</span></a></li>`)}</ul>
  </section>
  <section aria-labelledby="zones-h">
    <h2 id="zones-h">Browse by preparation needed (job zone)</h2>
    <ol class="zones">${cat.zones
      .filter((z) => z.occupations.length > 0)
      .map(
        (z) =>
          html`<li><a href="${z.path}"><span class="zone-n">${z.zone}</span><span class="zone-name">${z.name}</span><span class="count">${z.occupations.length} occupations</span></a></li>`,
      )}</ol>
  </section>
</div>`;
  return layout(
    site.layout,
    {
      title: `Job Search: compare any two careers | ${site.opts.siteName}`,
      description:
        'Compare any two careers side by side: duties, education, skills, work environment, wages and outlook, from O*NET and BLS data.',
      canonical: '/',
      nav: 'search',
    },
    body,
  );
}

function occList(site: Site, codes: readonly string[]) {
  const cat = site.catalog();
  return html`<ul class="occ-list">${codes.map((code) => {
    const o = cat.byCode.get(code)!;
    const rel = (cat.relatedOf.get(code) ?? []).slice(0, 3);
    return html`<li><a class="occ-title" href="${o.path}">${o.title}</a> <span class="code">${o.code}</span>
    ${
      rel.length
        ? html`<span class="occ-rel">Compare with: ${rel.map((r, i) => {
            const other = cat.byCode.get(r.code)!;
            return html`${i ? ', ' : ''}<a href="${pairPath(cat, o.code, other.code)}">${other.title}</a>`;
          })}</span>`
        : ''
    }</li>`;
  })}</ul>`;
}

export function familyPage(site: Site, slug: string): string | null {
  const f = site.catalog().families.find((x) => x.slug === slug);
  if (!f) return null;
  const body = html`<div class="wrap page">
  ${breadcrumbs([{ href: '/', label: 'Job Search' }, { label: f.name }])}
  <h1>${f.name} occupations</h1>
  <p class="lead">${f.occupations.length} occupations in SOC major group ${f.code}. Open a profile, or compare one with its closest related careers.</p>
  ${occList(
    site,
    f.occupations.map((o) => o.code),
  )}
  <p><a class="back" href="/">Back to Job Search</a></p>
</div>`;
  return layout(
    site.layout,
    {
      title: `${f.name} occupations | ${site.opts.siteName}`,
      description: `${f.occupations.length} ${f.name.toLowerCase()} occupations with profiles and side-by-side comparisons.`,
      canonical: f.path,
      nav: 'search',
    },
    body,
  );
}

export function zonePage(site: Site, n: number): string | null {
  const z = site.catalog().zones.find((x) => x.zone === n);
  if (!z || z.occupations.length === 0) return null;
  const body = html`<div class="wrap page">
  ${breadcrumbs([{ href: '/', label: 'Job Search' }, { label: `Job zone ${z.zone}` }])}
  <h1>Job zone ${z.zone}: ${z.name}</h1>
  <p class="lead">O*NET groups occupations into five job zones by how much education, experience and training they need. ${z.occupations.length} occupations are in zone ${z.zone}.</p>
  ${occList(
    site,
    z.occupations.map((o) => o.code),
  )}
  <p><a class="back" href="/">Back to Job Search</a></p>
</div>`;
  return layout(
    site.layout,
    {
      title: `Job zone ${z.zone} (${z.name}) occupations | ${site.opts.siteName}`,
      description: `${z.occupations.length} occupations in O*NET job zone ${z.zone}: ${z.name.toLowerCase()}.`,
      canonical: z.path,
      nav: 'search',
    },
    body,
  );
}
