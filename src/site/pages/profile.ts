/**
 * An occupation profile (what `careerdiff show` prints): description, tasks (core first), work activities,
 * job zone and education, skills and knowledge, technology (hot marked), work styles, interests, wages,
 * projections and work environment — each with its source — and links to compare with related careers.
 */
import { pairPath } from '../catalog.js';
import { wageChart } from '../charts.js';
import { type Html, html } from '../html.js';
import { breadcrumbs, compareForm, layout } from '../layout.js';
import { occupationJsonLd } from '../seo.js';
import type { Site } from '../site.js';
import { money, num, pairLink, pct, shareBar, sourceLine } from './parts.js';
import { workActivitiesSection, workContextSection } from './profile-context.js';
import { type ProfileData, type WorkEnvRow, workEnvRows } from './profile-ors.js';

const OEWS_TOP_CODE = { annual: 239_200, hourly: 115 } as const;

interface Part {
  id: string;
  title: string;
  html: Html;
}

function section(id: string, title: string, content: Html): Part {
  return {
    id,
    title,
    html: html`<section class="profile-section" id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2>${content}</section>`,
  };
}

function moreList<T>(items: readonly T[], n: number, row: (t: T) => Html, label: string): Html {
  const head = items.slice(0, n);
  const rest = items.slice(n);
  return html`<ul class="plain-list">${head.map(row)}</ul>${
    rest.length
      ? html`<details class="more"><summary>${rest.length} more ${label}</summary><ul class="plain-list">${rest.map(row)}</ul></details>`
      : ''
  }`;
}

function facts(p: ProfileData): Html {
  const w = p.wages;
  const pr = p.projections;
  const items: [string, string][] = [];
  if (p.onet.jobZone) items.push(['Job zone', `${p.onet.jobZone.zone} — ${p.onet.jobZone.name}`]);
  if (pr?.entryEducation) items.push(['Typical entry education', pr.entryEducation]);
  if (w) {
    const med = w.annual.median ?? null;
    items.push([
      'Median annual wage',
      med !== null
        ? money(med)
        : w.flags['annual.median']?.code === 'top_coded'
          ? `≥ ${money(w.topCode.annual ?? OEWS_TOP_CODE.annual)}`
          : w.hourly.median !== null
            ? `${money(w.hourly.median, true)} per hour`
            : '—',
    ]);
    if (w.employment !== null) items.push(['Employment', num(w.employment)]);
  }
  if (pr?.changePct !== null && pr?.changePct !== undefined)
    items.push([
      `Projected change ${pr.baseYear}–${pr.projYear}`,
      `${pr.changePct > 0 ? '+' : ''}${pr.changePct.toFixed(1)}%`,
    ]);
  if (items.length === 0) return html``;
  return html`<dl class="facts">${items.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
}

function workEnv(rows: readonly WorkEnvRow[]): Html {
  const groups = new Map<string, WorkEnvRow[]>();
  for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  const fmt = (r: WorkEnvRow) =>
    r.value === null
      ? (r.belowThreshold ?? '—')
      : r.unit === 'percent' || r.unit === '%' || r.unit === null
        ? pct(r.value, 1)
        : `${Number(r.value.toFixed(2))} ${r.unit}`;
  return html`${[...groups].map(
    ([
      g,
      list,
    ]) => html`<h3>${g}</h3><table class="data"><thead><tr><th scope="col">Requirement</th><th scope="col">Estimate</th></tr></thead>
    <tbody>${list.map((r) => html`<tr><th scope="row">${r.requirement}${r.category && r.category !== r.requirement ? html`: <span class="muted">${r.category}</span>` : ''}</th><td>${fmt(r)}${r.preliminary ? html` <abbr title="preliminary estimate">p</abbr>` : ''}</td></tr>`)}</tbody></table>`,
  )}`;
}

export function profilePage(site: Site, code: string): string {
  const cat = site.catalog();
  const occ = cat.byCode.get(code)!;
  const report = site.engine.occupation(code);
  const p: ProfileData = {
    onet: report.onet,
    wages: report.wages.find((w) => w.isCurrent) ?? null,
    projections: report.projections,
    workEnvironment: workEnvRows(report.workEnvironment),
  };
  const o = p.onet;
  const N = site.opts.profileListRows;
  const parts: Part[] = [];

  if (o.tasks.length)
    parts.push(
      section(
        'tasks',
        'What they do',
        html`${moreList(o.tasks, N, (t) => html`<li>${t.text}${t.type === 'Core' ? html` <span class="tag">Core</span>` : ''}</li>`, 'tasks')}${sourceLine(site, [o.tasks[0]!.sourceId])}`,
      ),
    );
  if (o.activities.length)
    parts.push(
      section(
        'activities',
        'Work activities',
        html`<p class="section-intro">Detailed work activities, most central first (share of this occupation's tasks).</p>${moreList(
          o.activities,
          N,
          (a) => html`<li>${a.title} <span class="muted">(${pct(a.weight * 100)})</span></li>`,
          'activities',
        )}${sourceLine(site, [o.occupation.sourceId])}`,
      ),
    );
  const edu = o.education;
  if (o.jobZone || edu || p.projections)
    parts.push(
      section(
        'education',
        'Education and preparation',
        html`${
          o.jobZone
            ? html`<p><strong>Job zone ${o.jobZone.zone}: ${o.jobZone.name}.</strong> ${o.jobZone.education}</p><p class="muted">${o.jobZone.experience}</p>`
            : ''
        }${
          p.projections
            ? html`<dl class="facts small"><div><dt>Typical entry education</dt><dd>${p.projections.entryEducation ?? '—'}</dd></div><div><dt>Work experience</dt><dd>${p.projections.workExperience ?? '—'}</dd></div><div><dt>On-the-job training</dt><dd>${p.projections.ojt ?? '—'}</dd></div></dl>`
            : ''
        }${
          edu
            ? html`<h3>Education of people in the job</h3><table class="data shares"><thead><tr><th scope="col">Required level of education</th><th scope="col">Respondents</th></tr></thead><tbody>${edu.categories
                .filter((c) => c.pct >= 0.5)
                .map(
                  (c) =>
                    html`<tr><th scope="row">${c.label}</th><td><span class="share">${shareBar(c.pct)}<span>${pct(c.pct)}</span></span></td></tr>`,
                )}</tbody></table>`
            : ''
        }${sourceLine(site, [o.jobZone?.sourceId, edu?.sourceId, p.projections?.source.id])}`,
      ),
    );
  const rated = (list: typeof o.skills, label: string) =>
    list.length
      ? html`<h3>${label}</h3><table class="data"><thead><tr><th scope="col">${label.replace(/s$/, '')}</th><th scope="col">Importance (1–5)</th><th scope="col">Level (0–7)</th></tr></thead><tbody>${list
          .slice(0, N)
          .map(
            (e) =>
              html`<tr><th scope="row">${e.name}</th><td>${e.importance?.toFixed(1) ?? '—'}</td><td>${e.level?.toFixed(1) ?? '—'}</td></tr>`,
          )}</tbody></table>`
      : html``;
  if (o.skills.length || o.knowledge.length)
    parts.push(
      section(
        'skills',
        'Skills and knowledge',
        html`${rated(o.skills, 'Skills')}${rated(o.knowledge, 'Knowledge areas')}${sourceLine(site, [o.skills[0]?.sourceId, o.knowledge[0]?.sourceId])}`,
      ),
    );
  if (o.technology.length)
    parts.push(
      section(
        'technology',
        'Technology',
        html`<p class="section-intro"><span class="tag hot">Hot</span> marks technologies employers ask for most often.</p>${moreList(
          o.technology,
          N * 2,
          (t) =>
            html`<li>${t.example} <span class="muted">(${t.commodityTitle})</span>${t.hot ? html` <span class="tag hot">Hot</span>` : ''}</li>`,
          'technologies',
        )}${sourceLine(site, [o.occupation.sourceId])}`,
      ),
    );
  if (o.workStyles.length)
    parts.push(
      section(
        'styles',
        'Work styles',
        html`<ul class="chips static">${o.workStyles.slice(0, N).map((s) => html`<li>${s.name}</li>`)}</ul>${sourceLine(site, [o.workStyles[0]!.sourceId])}`,
      ),
    );
  if (o.interests.length)
    parts.push(
      section(
        'interests',
        'Interests',
        html`<table class="data shares"><thead><tr><th scope="col">Interest</th><th scope="col">Score (1–7)</th></tr></thead><tbody>${o.interests.map(
          (i) =>
            html`<tr><th scope="row">${i.name}</th><td><span class="share">${shareBar(i.value - 1, 6)}<span>${i.value.toFixed(1)}</span></span></td></tr>`,
        )}</tbody></table>${sourceLine(site, [o.interests[0]!.sourceId])}`,
      ),
    );
  const w = p.wages;
  if (w) {
    const unit = w.annual.median !== null || w.annual.p10 !== null ? 'annual' : 'hourly';
    const set = w[unit];
    const top = (k: string) => w.flags[`${unit}.${k}`]?.code === 'top_coded';
    parts.push(
      section(
        'wages',
        'Wages',
        html`${wageChart(
          {
            unit,
            topCode: w.topCode[unit] ?? OEWS_TOP_CODE[unit],
            caption: `${unit === 'annual' ? 'Annual' : 'Hourly'} wages, ${w.period}`,
            rows: [
              {
                label: w.level === 'detailed' ? o.occupation.title : `${w.title} (the group BLS publishes)`,
                p10: set.p10,
                p25: set.p25,
                median: set.median,
                p75: set.p75,
                p90: set.p90,
                topCoded: { median: top('median'), p75: top('p75'), p90: top('p90') },
              },
            ],
          },
          'pwage',
        )}<p>${w.employment !== null ? `${num(w.employment)} people were employed in ${w.period}` : 'BLS publishes no employment figure'}${
          w.annual.mean !== null ? `; the mean annual wage was ${money(w.annual.mean)}` : ''
        }.${w.level !== 'detailed' ? ` Figures are for ${w.title} (SOC ${w.soc}), the group BLS publishes for this occupation.` : ''}</p>${sourceLine(site, [w.source.id])}`,
      ),
    );
  }
  const pr = p.projections;
  if (pr)
    parts.push(
      section(
        'outlook',
        'Job outlook',
        html`<dl class="facts small">
  <div><dt>Employment ${pr.baseYear}</dt><dd>${pr.employmentBaseK !== null ? `${num(pr.employmentBaseK * 1000)}` : '—'}</dd></div>
  <div><dt>Projected ${pr.projYear}</dt><dd>${pr.employmentProjK !== null ? `${num(pr.employmentProjK * 1000)}` : '—'}</dd></div>
  <div><dt>Change</dt><dd>${pr.changePct !== null ? `${pr.changePct > 0 ? '+' : ''}${pr.changePct.toFixed(1)}%` : '—'}</dd></div>
  <div><dt>Openings per year</dt><dd>${pr.openingsK !== null ? num(pr.openingsK * 1000) : '—'}</dd></div>
</dl>${pr.level !== 'detailed' ? html`<p class="muted">Projections are for ${pr.title} (SOC ${pr.soc}).</p>` : ''}${sourceLine(site, [pr.source.id])}`,
      ),
    );
  if (p.workEnvironment.length)
    parts.push(
      section(
        'environment',
        'Work environment',
        html`<p class="section-intro">Share of workers, from the BLS Occupational Requirements Survey${
          p.workEnvironment[0]!.level !== 'detailed' ? ` (estimates for SOC ${p.workEnvironment[0]!.soc})` : ''
        }.</p>${workEnv(p.workEnvironment)}${sourceLine(
          site,
          p.workEnvironment.map((r) => r.sourceId),
        )}`,
      ),
    );
  const ctxHtml = workContextSection(site, o);
  if (ctxHtml) parts.push(section('work-context', 'Work context (O*NET)', ctxHtml));
  const actHtml = workActivitiesSection(site, o);
  if (actHtml) parts.push(section('activity-importance', 'Work activities by importance (O*NET)', actHtml));
  const rel = (cat.relatedOf.get(code) ?? []).slice(0, 8);
  const conf = cat.confusableOf.get(code) ?? [];
  parts.push(
    section(
      'compare',
      `Compare ${occ.title} with…`,
      html`${
        rel.length
          ? html`<ul class="link-list">${rel.map((r) => html`<li><a href="${pairPath(cat, code, r.code)}">${occ.title} vs. ${cat.byCode.get(r.code)!.title}</a></li>`)}</ul>`
          : ''
      }${conf.length ? html`<h3>Titles people confuse</h3><ul class="link-list">${conf.map((c) => html`<li>${pairLink(site, c)}</li>`)}</ul>` : ''}
      <h3>Or any other career</h3>${compareForm(occ.title, '', 'prof')}
      <p><a href="${occ.path}/moves">Career moves from ${occ.title}</a>: the occupations within reach, with the skills to build, pay and outlook.</p>`,
    ),
  );

  const family = cat.families.find((f) => f.code === occ.family);
  const alt = o.alternateTitles.slice(0, 8);
  const desc = o.occupation.description;
  const body = html`<div class="wrap page">
  ${breadcrumbs([
    { href: '/', label: 'Job Search' },
    ...(family ? [{ href: family.path, label: family.name }] : []),
    { label: occ.title },
  ])}
  <article class="profile" aria-labelledby="profile-h">
    <header class="article-head">
      <p class="eyebrow">Occupation profile · <span class="code">${occ.code}</span></p>
      <h1 id="profile-h">${occ.title}</h1>
      <p class="lead">${desc}</p>
      ${alt.length ? html`<p class="also">Also called: ${alt.join(', ')}</p>` : ''}
      ${facts(p)}
    </header>
    <nav class="toc" aria-label="On this page"><ul>${parts.map((x) => html`<li><a href="#${x.id}">${x.title}</a></li>`)}</ul></nav>
    ${parts.map((x) => x.html)}
  </article>
  <p><a class="back" href="/">Back to Job Search</a></p>
</div>`;
  return layout(
    site.layout,
    {
      title: `${occ.title}: duties, skills, pay and outlook | ${site.opts.siteName}`,
      description: desc.length > 155 ? `${desc.slice(0, desc.lastIndexOf(' ', 152))}…` : desc,
      canonical: occ.path,
      nav: 'search',
      jsonLd: occupationJsonLd(site.opts.baseUrl, occ.path, p),
    },
    body,
  );
}
