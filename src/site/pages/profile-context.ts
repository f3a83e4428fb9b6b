/**
 * The profile page's O*NET work context and work activities: the Work Environment items of the comparison
 * (people-facing, physical, communication) and the work activities by importance, each on O*NET's 0–100
 * scale with its release ("O*NET 24.2, 2020") and a note when the value came through the 2010→2019 crosswalk.
 */
import type { OnetProfile } from '../../store/profile.js';
import { crosswalkText, type RatedFigure } from '../../store/work-context.js';
import { CONTEXT_ITEMS } from '../../compare/work-context.js';
import { compareText } from '../../text-compare.js';
import { type Html, html } from '../html.js';
import type { Site } from '../site.js';
import { sourceLine } from './parts.js';

const GROUP_TITLE = { people: 'With people', physical: 'Physical', communication: 'Email, letters and phone' } as const;

const cell = (f: RatedFigure) => {
  const x = crosswalkText(f);
  return html`<td>${String(Math.round(f.value))}</td><td class="muted">${f.label}${x ? `; ${x}` : ''}</td>`;
};

/** Work context items on 0–100, or null when O*NET has none for the occupation. */
export function workContextSection(site: Site, o: OnetProfile): Html | null {
  const by = new Map((o.workContext ?? []).map((c) => [c.elementId, c]));
  const rows = CONTEXT_ITEMS.flatMap((s) => {
    const c = by.get(s.elementId);
    return c ? [{ s, c }] : [];
  });
  if (rows.length === 0) return null;
  return html`<p class="section-intro">How O*NET rates the setting of the work, on its 0–100 scale (100 = most, or every day).</p>
<table class="data"><thead><tr><th scope="col">Item</th><th scope="col">Rating</th><th scope="col">Release</th></tr></thead>
<tbody>${rows.map(({ s, c }) => html`<tr><th scope="row">${GROUP_TITLE[s.group]}: ${s.label}</th>${cell(c)}</tr>`)}</tbody></table>${sourceLine(
    site,
    rows.map((r) => r.c.sourceId),
  )}`;
}

/** Work activities by importance (0–100), or null when none are rated. */
export function workActivitiesSection(site: Site, o: OnetProfile): Html | null {
  const rows = (o.workActivityRatings ?? [])
    .filter((a) => a.importance)
    .sort((x, y) => y.importance!.value - x.importance!.value || compareText(x.name, y.name));
  if (rows.length === 0) return null;
  return html`<p class="section-intro">How important each activity is to the work, on O*NET's 0–100 scale.</p>
<table class="data"><thead><tr><th scope="col">Activity</th><th scope="col">Importance</th><th scope="col">Release</th></tr></thead>
<tbody>${rows.map((a) => html`<tr><th scope="row">${a.name}</th>${cell(a.importance!)}</tr>`)}</tbody></table>${sourceLine(
    site,
    rows.map((a) => a.importance!.sourceId),
  )}`;
}
