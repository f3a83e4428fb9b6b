/**
 * Server-drawn, accessible SVG charts (no client JS): wage ranges (10th–90th percentile bars with the
 * 25th–75th box and a median mark) and skill-level gaps (two marks per skill on O*NET's 0–7 level scale).
 * Each chart is a <figure> with an SVG (role="img", <title>/<desc>) and the same numbers as a table.
 * Colours come from classes in site.css (the CSP allows no inline styles); the two sides also differ in
 * shape (circle / diamond), not only in colour. Ids come from the caller (unique per page, deterministic).
 */
import { scaleLinear } from 'd3-scale';
import { escapeHtml } from '../escape.js';
import { formatDecimal } from '../number-format.js';
import { type Html, html, raw } from './html.js';

export interface WageRow {
  label: string;
  p10: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
  /** Percentiles BLS top-coded ("#": at or above `topCode`). */
  topCoded: { p75?: boolean; p90?: boolean; median?: boolean };
  note?: string;
}

interface WageChartInput {
  unit: 'annual' | 'hourly';
  rows: WageRow[];
  /** The release's top-code threshold, used to draw top-coded percentiles. */
  topCode: number | null;
  caption: string;
}

/** Chart width in SVG units: narrow enough that text stays legible when a phone scales the chart down. */
const CHART_WIDTH = 440;

const money = (n: number, unit: 'annual' | 'hourly'): string =>
  unit === 'hourly' ? `$${n.toFixed(2)}` : `$${formatDecimal(Math.round(n), 0, 0)}`;
const moneyShort = (n: number, unit: 'annual' | 'hourly'): string =>
  unit === 'hourly' ? `$${n.toFixed(0)}` : n >= 1000 ? `$${Math.round(n / 1000)}k` : `$${n}`;

/** Value or the top-code (for drawing); null when neither exists. */
const drawn = (v: number | null, top: boolean | undefined, topCode: number | null): number | null =>
  v ?? (top && topCode ? topCode : null);

const fmtCell = (v: number | null, top: boolean | undefined, unit: 'annual' | 'hourly', topCode: number | null) =>
  v !== null ? money(v, unit) : top ? `≥ ${topCode ? money(topCode, unit) : 'top-coded'}` : '—';

export function wageChart(input: WageChartInput, idPrefix = 'wage'): Html {
  const { unit, rows, topCode } = input;
  const id = idPrefix;
  const values = rows.flatMap((r) =>
    [
      drawn(r.p10, false, topCode),
      drawn(r.p90, r.topCoded.p90, topCode),
      drawn(r.median, r.topCoded.median, topCode),
    ].filter((v): v is number => v !== null),
  );
  if (values.length === 0) return html``;
  const W = CHART_WIDTH;
  const left = 14;
  const right = 22;
  const rowH = 74;
  const top = 8;
  const axisH = 34;
  const H = top + rows.length * rowH + axisH;
  const x = scaleLinear()
    .domain([0, Math.max(...values) * 1.05])
    .nice()
    .range([left, W - right]);
  const ticks = x.ticks(4);
  const parts: string[] = [];
  for (const t of ticks) {
    const tx = x(t).toFixed(1);
    parts.push(`<line class="grid" x1="${tx}" x2="${tx}" y1="${top}" y2="${H - axisH + 4}"/>`);
    parts.push(`<text class="tick" x="${tx}" y="${H - 12}" text-anchor="middle">${moneyShort(t, unit)}</text>`);
  }
  rows.forEach((r, i) => {
    const side = i === 0 ? 'a' : 'b';
    const y0 = top + i * rowH;
    const barY = y0 + 30;
    parts.push(`<text class="row-label" x="${left}" y="${y0 + 18}">${escapeHtml(truncate(r.label, 52))}</text>`);
    const lo = drawn(r.p10, false, topCode);
    const hi = drawn(r.p90, r.topCoded.p90, topCode);
    const q1 = drawn(r.p25, false, topCode);
    const q3 = drawn(r.p75, r.topCoded.p75, topCode);
    const med = drawn(r.median, r.topCoded.median, topCode);
    if (lo === null && hi === null && med === null) {
      parts.push(`<text class="muted" x="${left}" y="${barY + 14}">No wage estimate published</text>`);
      return;
    }
    if (lo !== null && hi !== null) {
      parts.push(
        `<rect class="range range-${side}" x="${x(lo).toFixed(1)}" y="${barY + 6}" width="${Math.max(2, x(hi) - x(lo)).toFixed(1)}" height="12" rx="6"/>`,
      );
      if (r.topCoded.p90) {
        const ax = x(hi);
        parts.push(`<path class="mark-${side}" d="M${(ax + 2).toFixed(1)} ${barY + 4} l8 8 l-8 8 z"/>`);
      }
    }
    if (q1 !== null && q3 !== null) {
      parts.push(
        `<rect class="iqr iqr-${side}" x="${x(q1).toFixed(1)}" y="${barY}" width="${Math.max(2, x(q3) - x(q1)).toFixed(1)}" height="24" rx="4"/>`,
      );
    }
    if (med !== null) {
      const mx = x(med).toFixed(1);
      parts.push(`<line class="median" x1="${mx}" x2="${mx}" y1="${barY - 4}" y2="${barY + 28}"/>`);
      const anchor = x(med) > W * 0.75 ? 'end' : x(med) < W * 0.25 ? 'start' : 'middle';
      parts.push(
        `<text class="value" x="${mx}" y="${barY + 44}" text-anchor="${anchor}">median ${r.median !== null ? money(r.median, unit) : `≥ ${money(med, unit)}`}</text>`,
      );
    }
  });
  const desc = rows
    .map(
      (r) =>
        `${r.label}: 10th percentile ${fmtCell(r.p10, false, unit, topCode)}, median ${fmtCell(r.median, r.topCoded.median, unit, topCode)}, 90th percentile ${fmtCell(r.p90, r.topCoded.p90, unit, topCode)}`,
    )
    .join('; ');
  const svg = `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d" focusable="false"><title id="${id}-t">${escapeHtml(input.caption)}</title><desc id="${id}-d">${escapeHtml(desc)}.</desc>${parts.join('')}</svg>`;
  return html`<figure class="chart-figure">
  ${raw(svg)}
  <figcaption>${input.caption}. Bars span the 10th to 90th percentile, the box the 25th to 75th, the line marks the median.${rows.some((r) => r.topCoded.p90 || r.topCoded.p75 || r.topCoded.median) ? ' An arrow means BLS top-codes the figure (at or above the ceiling it publishes).' : ''}</figcaption>
  <details class="chart-data"><summary>Chart data</summary>
  <table><caption class="visually-hidden">${input.caption}</caption>
  <thead><tr><th scope="col">Occupation</th><th scope="col">10th</th><th scope="col">25th</th><th scope="col">Median</th><th scope="col">75th</th><th scope="col">90th</th></tr></thead>
  <tbody>${rows.map(
    (r) =>
      html`<tr><th scope="row">${r.label}</th><td>${fmtCell(r.p10, false, unit, topCode)}</td><td>${fmtCell(r.p25, false, unit, topCode)}</td><td>${fmtCell(r.median, r.topCoded.median, unit, topCode)}</td><td>${fmtCell(r.p75, r.topCoded.p75, unit, topCode)}</td><td>${fmtCell(r.p90, r.topCoded.p90, unit, topCode)}</td></tr>`,
  )}</tbody></table></details>
</figure>`;
}

export interface GapRow {
  name: string;
  a: number | null;
  b: number | null;
}

/** The scale a gap chart draws on: O*NET's 0–7 level scale by default, or e.g. the 0–100 work-context scale. */
interface GapScale {
  max: number;
  ticks: readonly number[];
  /** "Skill levels on O*NET's 0–7 scale" (SVG description) and "Level on O*NET's 0–7 scale" (caption). */
  desc: string;
  unit: string;
  digits: number;
}

const LEVEL_SCALE: GapScale = {
  max: 7,
  ticks: [0, 1, 2, 3, 4, 5, 6, 7],
  desc: "Skill levels on O*NET's 0–7 scale",
  unit: "Level on O*NET's 0–7 scale",
  digits: 1,
};

/** O*NET Work Context items side by side on O*NET OnLine's 0–100 scale. */
export const CONTEXT_SCALE: GapScale = {
  max: 100,
  ticks: [0, 25, 50, 75, 100],
  desc: "Work context on O*NET's 0–100 scale",
  unit: "Rating on O*NET's 0–100 scale",
  digits: 0,
};

/** Largest skill-level gaps: per skill a line from A's level to B's on the 0–7 scale (or another GapScale). */
export function gapChart(
  rows: readonly GapRow[],
  labels: [string, string],
  caption: string,
  idPrefix = 'gap',
  scale: GapScale = LEVEL_SCALE,
): Html {
  const shown = rows.filter((r) => r.a !== null && r.b !== null);
  if (shown.length === 0) return html``;
  const id = idPrefix;
  const W = CHART_WIDTH;
  const left = 4;
  const right = 16;
  const rowH = 46;
  const legendH = 56;
  const axisH = 30;
  const H = legendH + shown.length * rowH + axisH;
  const x = scaleLinear()
    .domain([0, scale.max])
    .range([left + 6, W - right]);
  const parts: string[] = [];
  // Legend: A circle, B diamond.
  parts.push(`<circle class="dot-a" cx="${left + 8}" cy="12" r="7"/>`);
  parts.push(`<text class="legend" x="${left + 22}" y="17">${escapeHtml(truncate(labels[0], 44))}</text>`);
  parts.push(`<path class="dot-b" d="M${left + 8} 28 l8 8 l-8 8 l-8 -8 z"/>`);
  parts.push(`<text class="legend" x="${left + 22}" y="41">${escapeHtml(truncate(labels[1], 44))}</text>`);
  for (const t of scale.ticks) {
    const tx = x(t).toFixed(1);
    parts.push(`<line class="grid" x1="${tx}" x2="${tx}" y1="${legendH}" y2="${H - axisH + 4}"/>`);
    parts.push(`<text class="tick" x="${tx}" y="${H - 10}" text-anchor="middle">${t}</text>`);
  }
  shown.forEach((r, i) => {
    const y0 = legendH + i * rowH;
    const cy = y0 + 32;
    const ax = x(r.a!);
    const bx = x(r.b!);
    parts.push(`<text class="row-label" x="${left}" y="${y0 + 15}">${escapeHtml(r.name)}</text>`);
    parts.push(
      `<line class="gap-line" x1="${Math.min(ax, bx).toFixed(1)}" x2="${Math.max(ax, bx).toFixed(1)}" y1="${cy}" y2="${cy}"/>`,
    );
    parts.push(`<circle class="dot-a" cx="${ax.toFixed(1)}" cy="${cy}" r="7"/>`);
    parts.push(`<path class="dot-b" d="M${bx.toFixed(1)} ${cy - 8} l8 8 l-8 8 l-8 -8 z"/>`);
  });
  const f = (v: number) => v.toFixed(scale.digits);
  const desc = shown.map((r) => `${r.name}: ${f(r.a!)} vs. ${f(r.b!)}`).join('; ');
  const svg = `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d" focusable="false"><title id="${id}-t">${escapeHtml(caption)}</title><desc id="${id}-d">${scale.desc}, ${escapeHtml(labels[0])} first: ${escapeHtml(desc)}.</desc>${parts.join('')}</svg>`;
  return html`<figure class="chart-figure">
  ${raw(svg)}
  <figcaption>${caption}. ${scale.unit}; circle: ${labels[0]}, diamond: ${labels[1]}.</figcaption>
  <details class="chart-data"><summary>Chart data</summary>
  <table><caption class="visually-hidden">${caption}</caption>
  <thead><tr><th scope="col">${scale === LEVEL_SCALE ? 'Skill' : 'Item'}</th><th scope="col">${labels[0]}</th><th scope="col">${labels[1]}</th></tr></thead>
  <tbody>${shown.map((r) => html`<tr><th scope="row">${r.name}</th><td>${f(r.a!)}</td><td>${f(r.b!)}</td></tr>`)}</tbody></table></details>
</figure>`;
}

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
