/**
 * A tiny HTML template tag: every interpolated value is escaped unless it is already Html (the result of
 * another `html` call or an explicit `raw`). Synchronous and allocation-light, so rendering stays cheap.
 */

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const ESC_RE = /[&<>"']/g;
const HAS_ESC = /[&<>"']/;

/** Escapes text for element content and double- or single-quoted attribute values. */
export function esc(s: string): string {
  return HAS_ESC.test(s) ? s.replace(ESC_RE, (c) => ESC[c]!) : s;
}

/** Trusted markup (from the article writer, the chart renderer or this module). */
export const raw = (s: string): Html => new Html(s);

type Value = Html | string | number | boolean | null | undefined | readonly Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false || v === true) return '';
  if (v instanceof Html) return v.value;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'string') return esc(v);
  let out = '';
  for (const x of v) out += render(x);
  return out;
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Joins a list of fragments. */
export const join = (items: readonly Html[], sep = ''): Html => new Html(items.map((i) => i.value).join(sep));

/** JSON for a <script type="application/ld+json"> (or any HTML) context: "</script>" and "<!--" cannot appear. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
