/**
 * A tiny HTML template tag: every interpolated value is escaped unless it is already Html (the result of
 * another `html` call or an explicit `raw`). Synchronous and allocation-light, so rendering stays cheap.
 */
import { escapeHtml } from '../escape.js';

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Trusted markup (from the article writer, the chart renderer or this module). */
export const raw = (s: string): Html => new Html(s);

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false || v === true) return '';
  if (v instanceof Html) return v.value;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'string') return escapeHtml(v);
  let out = '';
  for (const x of v) out += render(x);
  return out;
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** JSON for a <script type="application/ld+json"> (or any HTML) context: "</script>" and "<!--" cannot appear. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
