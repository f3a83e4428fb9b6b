/**
 * A comparison article: the writer's article for the pair, a "compared as" note with the other readings,
 * server-drawn charts (wage ranges, largest skill gaps), related comparisons for each side, Previous / Next
 * through the catalog, "Back to Job Search", and the sources of every figure. Also the compare form page.
 */
import { correctedTitle } from '../../compare/titles.js';
import type { Comparison, WageFigures } from '../../compare/types.js';
import { foldText } from '../../resolve/normalize.js';
import { compareText } from '../../text-compare.js';
import { type Catalog, neighbors, pairPath, pairTitle } from '../catalog.js';
import { CONTEXT_SCALE, type GapRow, gapChart, type WageRow, wageChart } from '../charts.js';
import { type Html, html, raw } from '../html.js';
import { breadcrumbs, compareForm, layout } from '../layout.js';
import { articleJsonLd, faqJsonLd } from '../seo.js';
import type { Site } from '../site.js';
import { gettingThere } from './moves.js';
import { pairLink } from './parts.js';

/** BLS OEWS top-codes ("#") wages at or above these (May 2024 and May 2025 releases). */
const OEWS_TOP_CODE = { annual: 239_200, hourly: 115 } as const;

export interface Typed {
  a: string;
  b: string;
}

const withTyped = (path: string, typed: Typed | null): string =>
  typed ? `${path}?a=${encodeURIComponent(typed.a)}&b=${encodeURIComponent(typed.b)}` : path;

function wageRows(c: Comparison): { unit: 'annual' | 'hourly'; rows: WageRow[] } | null {
  const sides = [c.salary.wages.a, c.salary.wages.b];
  const has = (w: WageFigures | null, u: 'annual' | 'hourly') =>
    !!w && (w[u].median.value !== null || w[u].p10.value !== null || w[u].median.status === 'top_coded');
  const unit = sides.every((w) => !w || has(w, 'annual')) && sides.some((w) => has(w, 'annual')) ? 'annual' : 'hourly';
  if (!sides.some((w) => has(w, unit))) return null;
  const labels = [c.summary.a.title, c.summary.b.title];
  const rows = sides.map((w, i): WageRow => {
    const set = w?.[unit];
    const v = (f: { value: number | null } | undefined) => f?.value ?? null;
    const top = (f: { status: string } | undefined) => f?.status === 'top_coded';
    return {
      label: `${labels[i]}${w?.broader ? ` (figures for ${w.blsTitle})` : ''}`,
      p10: v(set?.p10),
      p25: v(set?.p25),
      median: v(set?.median),
      p75: v(set?.p75),
      p90: v(set?.p90),
      topCoded: { median: top(set?.median), p75: top(set?.p75), p90: top(set?.p90) },
    };
  });
  // One BLS figure for both sides (one occupation, or two O*NET specialties of one SOC code): one bar, named as
  // BLS publishes it, not the same figures twice under two names.
  const a = c.salary.wages.a;
  if (a && c.salary.wages.b?.soc === a.soc && c.salary.wages.b.period === a.period) {
    const label = c.resolution.a.code === c.resolution.b.code ? labels[0]! : `${a.blsTitle} (${a.soc}, both)`;
    return { unit, rows: [{ ...rows[0]!, label }] };
  }
  return { unit, rows };
}

function gapRows(c: Comparison, n = 8): GapRow[] {
  const rows = [...c.skills.skills.higherInA, ...c.skills.skills.higherInB];
  const seen = new Set<string>();
  return rows
    .filter((r) => r.levelDiff !== null && !seen.has(r.elementId) && seen.add(r.elementId))
    .sort((x, y) => Math.abs(y.levelDiff!) - Math.abs(x.levelDiff!) || compareText(x.name, y.name))
    .slice(0, n)
    .map((r) => ({ name: r.name, a: r.level.a, b: r.level.b }));
}

function comparedAs(site: Site, c: Comparison, typed: Typed | null): Html {
  const cat = site.catalog();
  const side = (s: 'a' | 'b') => {
    const r = c.resolution[s];
    const other = c.resolution[s === 'a' ? 'b' : 'a'];
    const occ = cat.byCode.get(r.code);
    const alts = r.alternatives.filter((x) => x.code !== other.code && cat.byCode.has(x.code)).slice(0, 4);
    const typedHere = typed && r.input.trim().toLowerCase() !== r.title.toLowerCase();
    // A typo the article corrected: what was typed stays visible here, with how it was read.
    const read = correctedTitle(r.input, r);
    const readAs = foldText(read) !== foldText(r.input) ? html` (read as “${read}”)` : '';
    return html`<li>${typedHere ? html`“${r.input}”${readAs} was compared as ` : ''}<a href="${occ?.path ?? '#'}">${r.title}</a> <span class="code">${r.code}</span>${
      r.matched && r.matched.toLowerCase() !== r.title.toLowerCase()
        ? html` <span class="muted">(matched the title “${r.matched}”)</span>`
        : ''
    }${
      alts.length
        ? html`<br><span class="muted">Other readings:</span> ${alts.map((x, i) => {
            const href = withTyped(
              pairPath(cat, x.code, other.code),
              typed && orderTyped(x.code, other.code, s, typed),
            );
            return html`${i ? ', ' : ''}<a href="${href}">${x.title}</a>`;
          })}`
        : ''
    }</li>`;
  };
  return html`<aside class="compared-as" aria-labelledby="compared-as-h">
  <h2 id="compared-as-h" class="aside-title">Compared as</h2>
  <ul>${side('a')}${side('b')}</ul>
</aside>`;
}

/** Keeps each typed text with its side when a link swaps the canonical order. */
function orderTyped(altCode: string, otherCode: string, s: 'a' | 'b', t: Typed): Typed {
  const mine = s === 'a' ? t.a : t.b;
  const theirs = s === 'a' ? t.b : t.a;
  return altCode <= otherCode ? { a: mine, b: theirs } : { a: theirs, b: mine };
}

function relatedFor(site: Site, code: string, exclude: string): Html {
  const cat = site.catalog();
  const occ = cat.byCode.get(code)!;
  const rel = (cat.relatedOf.get(code) ?? []).filter((r) => r.code !== exclude).slice(0, site.opts.relatedLinks);
  const conf = (cat.confusableOf.get(code) ?? []).filter((p) => p.a !== exclude && p.b !== exclude).slice(0, 2);
  if (rel.length === 0 && conf.length === 0) return html``;
  return html`<div class="related-col">
  <h3>More comparisons with ${occ.title}</h3>
  <ul>${rel.map((r) => html`<li><a href="${pairPath(cat, code, r.code)}">${occ.title} vs. ${cat.byCode.get(r.code)!.title}</a></li>`)}${conf.map(
    (p) => html`<li>${pairLink(site, p)}</li>`,
  )}</ul>
</div>`;
}

function prevNext(cat: Catalog, a: string, b: string): Html {
  const { prev, next } = neighbors(cat, a, b);
  return html`<nav class="prev-next" aria-label="More comparisons">
  ${prev ? html`<a class="pn pn-prev" href="${prev.path}" rel="prev"><span class="pn-label">Previous</span><span class="pn-title">${pairTitle(cat, prev)}</span></a>` : html`<span></span>`}
  <a class="pn pn-back" href="/">Back to Job Search</a>
  ${next ? html`<a class="pn pn-next" href="${next.path}" rel="next"><span class="pn-label">Next</span><span class="pn-title">${pairTitle(cat, next)}</span></a>` : html`<span></span>`}
</nav>`;
}

/** Inserts markup just before the closing tag of the writer's section `id` (a leaf section); null if absent. */
function atSectionEnd(frag: string, id: string, markup: string): string | null {
  const open = frag.indexOf(`<section class="cd-section cd-${id}"`);
  if (open < 0) return null;
  const close = frag.indexOf('</section>', open);
  const nested = frag.indexOf('<section', open + 8);
  if (close < 0 || (nested >= 0 && nested < close)) return null;
  return `${frag.slice(0, close)}${markup}\n${frag.slice(close)}`;
}

/** The full comparison page for codes a < b (canonical order), optionally with the reader's typed titles. */
export function comparePage(site: Site, a: string, b: string, typed: Typed | null): string {
  const cat = site.catalog();
  const A = cat.byCode.get(a)!;
  const B = cat.byCode.get(b)!;
  const path = pairPath(cat, a, b);
  // Without the reader's own titles, the codes are the inputs: the article then names the occupations as O*NET does.
  const c = site.engine.compare(typed?.a ?? a, typed?.b ?? b, { aCode: a, bCode: b });
  const art = site.engine.article(c);
  const wages = wageRows(c);
  const gaps = gapRows(c);
  const labels: [string, string] = [c.summary.a.title, c.summary.b.title];
  const { prev, next } = neighbors(cat, a, b);
  const period = c.salary.wages.a?.period ?? c.salary.wages.b?.period ?? '';
  const wageFig = wages
    ? wageChart(
        {
          unit: wages.unit,
          rows: wages.rows,
          topCode: OEWS_TOP_CODE[wages.unit],
          caption: `${wages.unit === 'annual' ? 'Annual' : 'Hourly'} wages${period ? `, ${period}` : ''}`,
        },
        'wage',
      )
    : null;
  // One O*NET occupation under two titles has one set of ratings: a two-series chart would set it against itself
  // ("circle: Lawyers, diamond: Lawyers", "92 vs. 92"); the article's table already gives the figures once.
  const oneOccupation = c.resolution.a.code === c.resolution.b.code;
  const gapFig = gaps.length && !oneOccupation ? gapChart(gaps, labels, 'Largest skill-level gaps', 'gaps') : null;
  const ctxRows = contextChartRows(c);
  const envFig =
    ctxRows.length && !oneOccupation
      ? gapChart(ctxRows, labels, `Work context (${ctxRows.label})`, 'context', CONTEXT_SCALE)
      : null;
  // The writer's article is trusted HTML: the note goes after its header, each chart at the end of its section.
  let frag = art.html;
  const leftovers: Html[] = [];
  for (const [id, fig] of [
    ['salary', wageFig],
    ['skills', gapFig],
    ['work-environment', envFig],
  ] as const) {
    if (!fig) continue;
    const placed = atSectionEnd(frag, id, fig.value);
    if (placed) frag = placed;
    else leftovers.push(fig);
  }
  const top = html`${comparedAs(site, c, typed)}${
    leftovers.length
      ? html`<section class="glance" aria-labelledby="glance-h"><h2 id="glance-h">At a glance</h2>${leftovers}</section>`
      : ''
  }`;
  const headEnd = frag.indexOf('</header>');
  frag = headEnd >= 0 ? `${frag.slice(0, headEnd + 9)}\n${top.value}${frag.slice(headEnd + 9)}` : `${top.value}${frag}`;
  const sources = c.sources.map((s) => site.cite(s.id) ?? `${s.title}${s.period ? ` (${s.period})` : ''}`);
  const body = html`<div class="wrap page">
  ${breadcrumbs([{ href: '/', label: 'Job Search' }, { href: '/compare', label: 'Compare' }, { label: a === b ? `${A.title}: one occupation, two titles` : `${A.title} vs. ${B.title}` }])}
  <div class="article-layout">
    <div class="article-wrap">${raw(frag)}</div>
    ${tableOfContents(frag)}
  </div>
  ${gettingThere(site, a, b)}
  <section class="related" aria-labelledby="related-h">
    <h2 id="related-h">Related comparisons</h2>
    <div class="related-grid">${relatedFor(site, a, b)}${relatedFor(site, b, a)}</div>
  </section>
  ${prevNext(cat, a, b)}
</div>`;
  return layout(
    site.layout,
    {
      title: `${art.title} | ${site.opts.siteName}`,
      description: art.description,
      canonical: path,
      // A page with the reader's own titles in its headings is not for search engines (issue 12).
      noindex: typed !== null,
      prev: prev?.path ?? null,
      next: next?.path ?? null,
      nav: 'compare',
      jsonLd: [
        articleJsonLd({
          baseUrl: site.opts.baseUrl,
          path,
          headline: art.title,
          description: art.description,
          siteName: site.opts.siteName,
          about: [A, B].map((o) => ({ code: o.code, title: o.title, path: o.path })),
          sources: [...new Set(sources)],
        }),
        faqJsonLd(art.faq),
      ].filter((x) => x !== null),
    },
    body,
  );
}

/**
 * "On this page": the article's section headings (h2 and h3 with ids) as links. It fills the desktop column
 * beside the article and is hidden on narrow screens, where the article reads straight down.
 */
export function tableOfContents(fragment: string): Html {
  const items: { id: string; text: string; level: number }[] = [];
  for (const m of fragment.matchAll(/<h([23]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)) {
    const text = m[3]!.replace(/<[^>]*>/g, '').trim();
    if (m[2]!.endsWith('-h') || text === '') continue; // asides (e.g. "Compared as"), not sections
    items.push({ id: m[2]!, text, level: Number(m[1]) });
  }
  if (items.length < 3) return html``;
  return html`<nav class="page-toc" aria-labelledby="toc-h"><p class="page-toc-title" id="toc-h">On this page</p><ol>${items.map(
    (i) => html`<li class="page-toc-${i.level}"><a href="#${i.id}">${raw(i.text)}</a></li>`,
  )}</ol></nav>`;
}

export interface FormProblem {
  param: 'a' | 'b';
  message: string;
  suggestions: { label: string; href: string }[];
}

/** The compare form on its own page (GET /compare with no pair, or a pair that matched nothing). */
export function compareFormPage(site: Site, a: string, b: string, problems: FormProblem[] = []): string {
  const cat = site.catalog();
  const body = html`<div class="wrap page narrow">
  ${breadcrumbs([{ href: '/', label: 'Job Search' }, { label: 'Compare' }])}
  <h1>Compare two careers</h1>
  <p class="lead">Type two job titles — the words people use are fine (“associate producer”, “production assistant”).</p>
  ${
    problems.length
      ? html`<div class="notice" role="alert">${problems.map(
          (p) =>
            html`<p>${p.message}</p>${p.suggestions.length ? html`<p>Did you mean: ${p.suggestions.map((s, i) => html`${i ? ', ' : ''}<a href="${s.href}">${s.label}</a>`)}?</p>` : ''}`,
        )}</div>`
      : ''
  }
  <div class="panel" data-static-compare>${compareForm(a, b, 'page')}</div>
  <p class="static-result" id="static-result" aria-live="polite" hidden></p>
  <h2>Featured comparisons</h2>
  <ul class="link-list">${cat.featured.map((p) => html`<li>${pairLink(site, p)}</li>`)}</ul>
</div>`;
  return layout(
    site.layout,
    {
      title: `${problems.length ? 'Did you mean…? Compare two careers' : 'Compare two careers'} | ${site.opts.siteName}`,
      description:
        'Compare any two careers side by side: duties, requirements, skills, work environment, wages and outlook.',
      canonical: '/compare',
      nav: 'compare',
      // A "did you mean" (a title nothing matches confidently) is no page for search engines.
      noindex: problems.length > 0,
    },
    body,
  );
}

/** O*NET Work Context items rated on both sides, for the chart; `label` names the releases (items of others marked). */
function contextChartRows(c: Comparison): GapRow[] & { label: string } {
  // Optional chaining: partial comparisons (test fakes, older JSON) may lack the section.
  const rows = (c.workEnvironment?.onet?.context ?? []).filter((r) => r.values.a && r.values.b);
  const out = rows.map((r) => ({
    name: `${r.label[0]!.toUpperCase()}${r.label.slice(1)}`,
    a: r.values.a!.value,
    b: r.values.b!.value,
  })) as GapRow[] & { label: string };
  const count = new Map<string, number>();
  for (const r of rows) for (const f of [r.values.a!, r.values.b!]) count.set(f.label, (count.get(f.label) ?? 0) + 1);
  const main = [...count].sort((x, y) => y[1] - x[1] || compareText(x[0], y[0]))[0]?.[0] ?? 'O*NET';
  const others = rows.flatMap((r) => {
    const l = [...new Set([r.values.a!.label, r.values.b!.label])].filter((x) => x !== main);
    return l.length ? [`${r.label}: ${l.join(', ')}`] : [];
  });
  out.label = [main, ...others].join('; ');
  return out;
}
