/**
 * Career-moves pages: the moves from one occupation (/occupation/<x>/moves, sorted and filtered by the reader
 * through a plain GET form), "Getting from X to Y" on comparison pages (the direct move, or routes through one
 * or two occupations with each step linked to its comparison, or plainly none), and the line-up of three or
 * four careers (/compare/a-vs-b-vs-c). Every figure is cited from its source id.
 */
import { DEFAULTS, MOVES_DEFAULTS } from '../../defaults.js';
import { notFound, usageError } from '../../errors.js';
import { lineup as buildLineup } from '../../moves/lineup.js';
import { emptyMovesReason, movesFrom } from '../../moves/moves.js';
import { routes } from '../../moves/routes.js';
import type {
  EnvItem,
  Move,
  MoveSort,
  MovesQuery,
  MovesResult,
  Outlook,
  Pay,
  RoutesResult,
} from '../../moves/types.js';
import { JOB_ZONE_NAMES, pairPath } from '../catalog.js';
import { type Html, html } from '../html.js';
import { breadcrumbs, layout } from '../layout.js';
import { exactCode } from '../lookup.js';
import type { Site } from '../site.js';
import { SEP, slugify, slugWords } from '../slug.js';
import { money, num, sourceLine } from './parts.js';

const SORT_LABELS: Record<MoveSort, string> = {
  gap: 'Smallest skill gap',
  pay: 'Pay gain',
  outlook: 'Job outlook',
};

export const movesPath = (occPath: string): string => `${occPath}/moves`;

/** The page of routes from one occupation to another: /occupation/<from>/moves/<to slug>. */
export const routePath = (fromPath: string, toSlug: string): string => `${fromPath}/moves/${toSlug}`;

/** The query string of a moves page ("" for the defaults), in one fixed order so each page has one cache key. */
export function movesQueryString(q: MovesQuery, defaultLimit: number): string {
  const parts: string[] = [];
  if (q.sort !== 'gap') parts.push(`sort=${q.sort}`);
  if (q.noMoreSchooling) parts.push('noMoreSchooling=1');
  if (q.paysMore) parts.push('paysMore=1');
  if (q.limit !== defaultLimit) parts.push(`limit=${q.limit}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

const signed = (n: number, digits = 1) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n).toFixed(digits)}`;

function payText(p: Pay | null): string {
  if (!p) return 'no OEWS wage figure';
  if (p.status === 'top_coded' && p.topCode !== null) return `${money(p.topCode)} or more a year`;
  if (p.median !== null) return `${money(p.median)} a year`;
  if (p.hourlyMedian !== null) return `${money(p.hourlyMedian, true)} an hour (no annual figure)`;
  return 'not published';
}

function payChangeText(m: Move): string {
  const c = m.pay.change;
  if (!c) return 'not comparable';
  if (c.sameFigures) return `the same BLS figures (SOC ${m.pay.to?.soc})`;
  const d = `${c.dollars >= 0 ? '+' : '−'}${money(Math.abs(c.dollars))}`;
  return `${c.atLeast ? 'at least ' : ''}${d} (${c.atLeast ? 'at least ' : ''}${signed(c.percent, 0)}%)`;
}

/**
 * " (BLS figures for Registered Nurses, 29-1141)" when a figure is not the occupation's own: a broader SOC group's,
 * or the SOC code an O*NET specialisation (not .00) shares with its siblings (Critical Care Nurses, 29-1141.03).
 */
function sharedFigure(code: string, f: Pay | Outlook | null): Html {
  return f && (f.broader || !code.endsWith('.00'))
    ? html` <span class="muted">(BLS figures for ${f.blsTitle}, ${f.soc})</span>`
    : html``;
}

function outlookText(m: Move): Html {
  const o = m.outlook;
  if (!o || (o.changePercent === null && o.openingsThousands === null)) return html`no projection`;
  const ch = o.changePercent !== null ? `${signed(o.changePercent)}% by ${o.period.slice(-4)}` : 'change not published';
  const op = o.openingsThousands !== null ? `, ${num(o.openingsThousands * 1000)} openings a year` : '';
  return html`${ch}${op}${sharedFigure(m.code, o)}`;
}

const zoneText = (z: number | null) => (z === null ? 'unknown' : `${z} (${JOB_ZONE_NAMES[z] ?? ''})`);

function stepsText(m: Move): Html {
  const z = m.gap.jobZone;
  const e = m.gap.education;
  const zone =
    z.step === null
      ? html`job zone unknown`
      : z.step > 0
        ? html`<strong>job zone up</strong> from ${z.from} to ${z.to}`
        : html`job zone ${z.to}${z.step < 0 ? html` (down from ${z.from})` : ''}`;
  const edu =
    e.step === null
      ? html`typical entry education ${e.to ?? 'unknown'}`
      : e.step > 0
        ? html`<strong>more schooling</strong>: ${e.from} → ${e.to}`
        : html`no more schooling (${e.to})`;
  return html`${zone}; ${edu}`;
}

/** One move's details: similarity, gap, what to build, new activities, steps, pay and outlook. */
function moveDetails(m: Move): Html {
  const build = [...m.gap.skills, ...m.gap.knowledge];
  const broaderPay = sharedFigure(m.code, m.pay.to);
  return html`<dl class="move-facts">
  <div><dt>Similarity</dt><dd>${m.similarity === null ? '—' : m.similarity.toFixed(2)}${m.rank ? html` <span class="muted">(#${m.rank} most similar)</span>` : ''}</dd></div>
  <div><dt>Skill gap</dt><dd>${m.gap.score === null ? 'not measurable' : m.gap.score.toFixed(2)}</dd></div>
  <div><dt>Median pay${m.pay.to ? ` (OEWS ${m.pay.to.period})` : ''}</dt><dd>${payText(m.pay.to)}${broaderPay} · ${payChangeText(m)}</dd></div>
  <div><dt>Outlook${m.outlook ? ` (BLS EP ${m.outlook.period})` : ''}</dt><dd>${outlookText(m)}</dd></div>
  <div><dt>Preparation</dt><dd>${stepsText(m)}</dd></div>
  <div><dt>To build</dt><dd>${
    build.length
      ? build.map(
          (b, i) =>
            html`${i ? ', ' : ''}${b.name} <span class="muted">(level ${b.from.toFixed(1)} → ${b.to.toFixed(1)})</span>`,
        )
      : 'nothing: no important skill or knowledge area is rated half a level or more higher'
  }</dd></div>
  ${m.gap.newActivities.length ? html`<div><dt>New activities</dt><dd>${m.gap.newActivities.map((a, i) => html`${i ? '; ' : ''}${a.title.replace(/\.$/, '')}`)}</dd></div>` : ''}
</dl>`;
}

function movesForm(path: string, q: MovesQuery): Html {
  return html`<form class="moves-form panel" method="get" action="${path}">
  <label for="moves-sort">Sort by</label>
  <select id="moves-sort" name="sort">${(Object.keys(SORT_LABELS) as MoveSort[]).map((s) =>
    s === q.sort
      ? html`<option value="${s}" selected>${SORT_LABELS[s]}</option>`
      : html`<option value="${s}">${SORT_LABELS[s]}</option>`,
  )}</select>
  <label><input type="checkbox" name="noMoreSchooling" value="1"${q.noMoreSchooling ? html` checked` : ''}> No more schooling</label>
  <label><input type="checkbox" name="paysMore" value="1"${q.paysMore ? html` checked` : ''}> Pays more</label>
  <button type="submit">Show</button>
</form>`;
}

function originFacts(r: MovesResult): Html {
  return html`<dl class="facts small">
  <div><dt>Median pay</dt><dd>${payText(r.pay)}${sharedFigure(r.code, r.pay)}</dd></div>
  <div><dt>Job zone</dt><dd>${zoneText(r.jobZone)}</dd></div>
  <div><dt>Typical entry education</dt><dd>${r.outlook?.entryEducation ?? '—'}</dd></div>
</dl>`;
}

/** The page of moves from one occupation. */
export function movesPage(site: Site, code: string, q: MovesQuery): string {
  const cat = site.catalog();
  const occ = cat.byCode.get(code)!;
  const r = movesFrom(site.engine.moves(), code, q);
  const path = movesPath(occ.path);
  const items = r.moves.filter((m) => cat.byCode.has(m.code));
  const body = html`<div class="wrap page">
  ${breadcrumbs([{ href: '/', label: 'Job Search' }, { href: occ.path, label: occ.title }, { label: 'Career moves' }])}
  <article class="moves" aria-labelledby="moves-h">
    <header class="article-head">
      <p class="eyebrow">Career moves · <span class="code">${occ.code}</span></p>
      <h1 id="moves-h">Career moves from ${occ.title}</h1>
      <p class="lead">Occupations within reach of ${occ.title}: similar work, a small skill gap, and at most one step up in preparation. ${r.counts.withinReach} of the ${r.counts.considered} most similar occupations are within reach${
        q.noMoreSchooling || q.paysMore ? `; ${r.counts.afterFilters} pass the filters` : ''
      }.</p>
      ${originFacts(r)}
    </header>
    <details class="method"><summary>How “within reach” is decided</summary><p>${r.threshold.explanation}</p>
    <p>Pay is the BLS OEWS national annual median; outlook is the BLS Employment Projections change and average annual openings; job zones, skills, knowledge and work activities are O*NET’s. “No more schooling” keeps moves whose typical entry education is the same or lower, “pays more” those with a higher published median; both keep only moves where both figures are known. Routes to any other career are on its comparison page and through the form below.</p></details>
    ${movesForm(path, q)}
    <form class="moves-form panel" method="get" action="${occ.path}/route"><label for="route-to">Getting to another career</label> <input id="route-to" name="to" type="text" maxlength="120" required placeholder="e.g. a job title"> <button type="submit">Find routes</button></form>
    <h2>${SORT_LABELS[q.sort]}${q.noMoreSchooling ? ', no more schooling' : ''}${q.paysMore ? ', pays more' : ''}</h2>
    ${
      items.length
        ? html`<ol class="move-list">${items.map((m) => {
            const to = cat.byCode.get(m.code)!;
            return html`<li class="move"><h3><a href="${to.path}">${m.title}</a> <span class="code">${m.code}</span></h3>
  ${moveDetails(m)}
  <p class="move-links"><a href="${pairPath(cat, code, m.code)}">${occ.title} vs. ${m.title}</a> · <a href="${movesPath(to.path)}">Moves from ${m.title}</a></p></li>`;
          })}</ol>`
        : html`<p class="notice">${emptyMovesReason(site.engine.moves(), r).replace('the rule below', 'the rule above')}</p>`
    }
    ${
      r.unmeasured.length
        ? html`<p class="muted">Also similar, but O*NET publishes no skill and knowledge ratings to measure the gap: ${r.unmeasured
            .filter((u) => cat.byCode.has(u.code))
            .map((u, i) => html`${i ? ', ' : ''}<a href="${pairPath(cat, code, u.code)}">${u.title}</a>`)}.</p>`
        : ''
    }
    ${sourceLine(site, r.sourceIds)}
  </article>
  <p><a class="back" href="${occ.path}">Back to ${occ.title}</a></p>
</div>`;
  return layout(
    site.layout,
    {
      title: `Career moves from ${occ.title} | ${site.opts.siteName}`,
      description: `Occupations within reach of ${occ.title}, with the skills to build, pay and outlook, from O*NET and BLS data.`,
      canonical: path,
      nav: 'search',
    },
    body,
  );
}

function routeBlock(site: Site, r: RoutesResult, level: 2 | 3 = 3): Html {
  const cat = site.catalog();
  const A = r.from.title;
  const B = r.to.title;
  // No link to the route page here: route pages are served, not exported (one per ordered pair).
  const head = level === 2 ? html`` : html`<h3>Getting from ${A} to ${B}</h3>`;
  if (r.status === 'direct')
    return html`${head}<p>${B} is within reach of ${A} in one move (similarity ${(r.direct.similarity ?? 0).toFixed(2)}, skill gap ${
      r.direct.gap.score === null ? '—' : r.direct.gap.score.toFixed(2)
    }).</p>${moveDetails(r.direct)}`;
  const why = r.direct.outOfReach.join('; ');
  if (r.status === 'none')
    return html`${head}<p class="notice">No route from ${A} to ${B} stays within reach, directly or through up to ${r.maxIntermediates} other occupations. The direct move is out of reach: ${why}.</p>`;
  return html`${head}<p>The direct move is out of reach (${why}). ${r.routes.length === 1 ? 'One route' : `The ${r.routes.length} best routes`} in which every step is within reach, by total skill gap:</p>
<ol class="route-list">${r.routes.map(
    (route) => html`<li><p class="route">${route.codes.map((c, i) => {
      const o = cat.byCode.get(c);
      const name = o ? html`<a href="${o.path}">${o.title}</a>` : html`${c}`;
      if (i === 0) return name;
      const prev = route.codes[i - 1]!;
      const link = cat.byCode.has(prev) && o ? pairPath(cat, prev, c) : null;
      return html` → ${link ? html`<a class="route-step" href="${link}" title="Compare">(compare)</a> ` : ''}${name}`;
    })} <span class="muted">total skill gap ${route.totalGap.toFixed(2)}</span></p>
  <details><summary>Each step</summary>${route.steps.map(
    (s) => html`<h4>${cat.byCode.get(s.from)?.title ?? s.from} → ${s.title}</h4>${moveDetails(s)}`,
  )}</details></li>`,
  )}</ol>`;
}

/** "Getting there" on a comparison page: each direction, with the rule and sources. */
export function gettingThere(site: Site, a: string, b: string): Html {
  if (a === b) return html``;
  const data = site.engine.moves();
  if (!data.occupation(a) || !data.occupation(b)) return html``;
  const ab = routes(data, a, b);
  const ba = routes(data, b, a);
  return html`<section class="getting-there" id="getting-there" aria-labelledby="getting-there-h">
  <h2 id="getting-there-h">Getting from one to the other</h2>
  ${routeBlock(site, ab)}
  ${routeBlock(site, ba)}
  <p class="move-links">${[a, b].map((c, i) => {
    const o = site.catalog().byCode.get(c);
    return o ? html`${i ? ' · ' : ''}<a href="${movesPath(o.path)}">Career moves from ${o.title}</a>` : '';
  })}</p>
  <details class="method"><summary>How routes are found</summary><p>${ab.threshold.explanation} A route may pass through up to ${ab.maxIntermediates} other occupations; routes are ranked by the sum of their steps’ skill gaps.</p></details>
  ${sourceLine(site, [...new Set([...ab.sourceIds, ...ba.sourceIds])])}
</section>`;
}

/** The page of routes from one occupation to another (one direction), with the rule and sources. */
export function routesPage(site: Site, from: string, to: string): string {
  const cat = site.catalog();
  const A = cat.byCode.get(from)!;
  const B = cat.byCode.get(to)!;
  const r = routes(site.engine.moves(), from, to);
  const path = routePath(A.path, B.slug);
  const body = html`<div class="wrap page">
  ${breadcrumbs([
    { href: '/', label: 'Job Search' },
    { href: A.path, label: A.title },
    { href: movesPath(A.path), label: 'Career moves' },
    { label: B.title },
  ])}
  <article class="moves" aria-labelledby="route-h">
    <header class="article-head"><p class="eyebrow">Career route</p><h1 id="route-h">Getting from ${A.title} to ${B.title}</h1></header>
    ${routeBlock(site, r, 2)}
    <p class="move-links"><a href="${pairPath(cat, from, to)}">${A.title} vs. ${B.title}</a> · <a href="${routePath(B.path, A.slug)}">The other way</a> · <a href="${movesPath(A.path)}">All moves from ${A.title}</a></p>
    <details class="method"><summary>How routes are found</summary><p>${r.threshold.explanation} A route may pass through up to ${r.maxIntermediates} other occupations; routes are ranked by the sum of their steps’ skill gaps.</p></details>
    ${sourceLine(site, r.sourceIds)}
  </article>
</div>`;
  return layout(
    site.layout,
    {
      title: `Getting from ${A.title} to ${B.title} | ${site.opts.siteName}`,
      description: `Routes from ${A.title} to ${B.title} through similar occupations, each step within reach, from O*NET and BLS data.`,
      canonical: path,
      nav: 'search',
      noindex: true,
    },
    body,
  );
}

/** A target for routes as the reader typed it: an exact slug or code, else the resolver's confident top reading. */
export function targetCode(site: Site, text: string): string | null {
  const cat = site.catalog();
  const exact = exactCode(cat, text) ?? exactCode(cat, slugify(text));
  if (exact) return exact;
  const q = slugWords(slugify(text)).slice(0, DEFAULTS.site.maxQueryLength);
  const top = q ? site.engine.resolve(q, 1).candidates[0] : undefined;
  return top && top.score >= DEFAULTS.site.slugRedirectMinScore && cat.byCode.has(top.code) ? top.code : null;
}

function envText(e: EnvItem | undefined): string {
  if (!e) return '—';
  const v = e.value === null ? (e.belowThreshold ?? '—') : `${e.value.toFixed(e.value < 10 ? 1 : 0)}%`;
  return `${v}${e.preliminary ? ' (preliminary)' : ''}${e.level !== 'detailed' ? ` (SOC ${e.soc})` : ''}`;
}

/** The line-up page for three or four codes, in the order given. */
export function lineupPage(site: Site, codes: string[], path: string): string {
  const cat = site.catalog();
  const l = buildLineup(site.engine.moves(), codes);
  const occs = codes.map((c) => cat.byCode.get(c)!);
  const names = occs.map((o) => o.title);
  const title = names.join(' vs. ');
  const row = (label: string, cell: (i: number) => Html | string) =>
    html`<tr><th scope="row">${label}</th>${l.entries.map((_, i) => html`<td>${cell(i)}</td>`)}</tr>`;
  const pay = l.entries.find((e) => e.pay)?.pay;
  const out = l.entries.find((e) => e.outlook)?.outlook;
  const body = html`<div class="wrap page">
  ${breadcrumbs([{ href: '/', label: 'Job Search' }, { href: '/compare', label: 'Compare' }, { label: title }])}
  <article class="lineup" aria-labelledby="lineup-h">
    <header class="article-head"><p class="eyebrow">${codes.length} careers side by side</p><h1 id="lineup-h">${title}</h1>
    <p class="lead">Pay, education, outlook, work environment and top skills of ${codes.length} careers in one table, from O*NET and BLS data.</p></header>
    <div class="table-scroll"><table class="data lineup-table">
      <thead><tr><th scope="col">Occupation</th>${occs.map((o) => html`<th scope="col"><a href="${o.path}">${o.title}</a> <span class="code">${o.code}</span></th>`)}</tr></thead>
      <tbody>
        ${row(`Median annual pay${pay ? ` (OEWS ${pay.period})` : ''}`, (i) => {
          const p = l.entries[i]!.pay;
          return html`${payText(p)}${sharedFigure(occs[i]!.code, p ?? null)}`;
        })}
        ${row(`Typical entry education${out ? ` (BLS EP ${out.period})` : ''}`, (i) => html`${l.entries[i]!.outlook?.entryEducation ?? '—'}${sharedFigure(occs[i]!.code, l.entries[i]!.outlook ?? null)}`)}
        ${row('O*NET job zone', (i) => zoneText(l.entries[i]!.jobZone))}
        ${row(`Employment change${out ? ` (BLS EP ${out.period})` : ''}`, (i) => {
          const c = l.entries[i]!.outlook?.changePercent;
          return c === null || c === undefined ? '—' : `${signed(c)}%`;
        })}
        ${row('Openings per year', (i) => {
          const x = l.entries[i]!.outlook?.openingsThousands;
          return x === null || x === undefined ? '—' : num(x * 1000);
        })}
        ${l.environmentRows.map((er) => row(er.label, (i) => envText(l.entries[i]!.environment.find((e) => e.key === er.key))))}
        ${row('Top skills (O*NET importance)', (i) => l.entries[i]!.topSkills.map((s) => s.name).join(', ') || '—')}
      </tbody>
    </table></div>
    <h2>Compare two at a time</h2>
    <ul class="link-list">${l.pairs.map(([x, y]) => html`<li><a href="${pairPath(cat, x, y)}">${cat.byCode.get(x)!.title} vs. ${cat.byCode.get(y)!.title}</a></li>`)}</ul>
    ${sourceLine(site, l.sourceIds)}
  </article>
</div>`;
  return layout(
    site.layout,
    {
      title: `${title} | ${site.opts.siteName}`,
      description: `${title}: pay, education, outlook, work environment and top skills side by side.`,
      canonical: path,
      nav: 'compare',
    },
    body,
  );
}

type LineupLookup = { kind: 'page'; codes: string[]; path: string } | { kind: 'redirect'; path: string };

/**
 * "/compare/a-vs-b-vs-c": three or four sides, each an exact slug or code or else the resolver's confident top
 * reading. Null for anything that is not a line-up (two sides); the canonical path lists the codes in O*NET
 * order, so other orders and spellings redirect there.
 */
export function lookupLineup(site: Site, rawSlug: string): LineupLookup | null {
  const parts = rawSlug.toLowerCase().split(SEP);
  if (parts.length < 3) return null;
  const { lineupMin, lineupMax } = MOVES_DEFAULTS;
  if (parts.length > lineupMax)
    throw usageError(`a line-up compares ${lineupMin} to ${lineupMax} careers, this address has ${parts.length}`);
  const cat = site.catalog();
  const sides = parts.map((p) => {
    const exact = exactCode(cat, p) ?? exactCode(cat, slugify(p));
    if (exact) return { text: p, code: exact };
    const q = slugWords(slugify(p)).slice(0, DEFAULTS.site.maxQueryLength);
    const top = q ? site.engine.resolve(q, 1).candidates[0] : undefined;
    const ok = top && top.score >= DEFAULTS.site.slugRedirectMinScore && cat.byCode.has(top.code);
    return { text: q || p, code: ok ? top.code : null };
  });
  if (sides.some((s) => s.code === null))
    throw notFound(`no line-up "${rawSlug.slice(0, 120)}"`, {
      pairSides: sides.map((s) => ({ text: s.text, found: s.code !== null })),
    });
  const codes = [...new Set(sides.map((s) => s.code!))].sort();
  if (codes.length < lineupMin)
    throw usageError(
      `a line-up compares ${lineupMin} to ${lineupMax} different careers; this address names ${codes.length}`,
    );
  const path = `/compare/${codes.map((c) => cat.byCode.get(c)!.slug).join(SEP)}`;
  return `/compare/${rawSlug}` === path ? { kind: 'page', codes, path } : { kind: 'redirect', path };
}
