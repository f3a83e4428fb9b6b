/**
 * The article as a small document tree, rendered to Markdown (markdown.ts) and HTML (html.ts). Sections build
 * blocks of plain strings; only the renderers escape, so every interpolated string is escaped exactly once.
 */

/** Inline content: plain text, or text with a role the renderers mark up. */
export type Inline = string | { strong: string } | { em: string } | { code: string };

export type Block =
  | { type: 'p'; parts: Inline[]; cls?: string }
  | { type: 'ul'; items: Inline[][]; cls?: string }
  | { type: 'table'; cls?: string; caption: string; columns: string[]; rows: TableRow[]; notes?: string[] }
  /** A collapsible part (HTML <details>): details a reader opens on demand, outside the running prose. */
  | { type: 'details'; summary: string; blocks: Block[]; cls?: string };

export interface TableRow {
  /** The row header (th scope="row"). */
  head: string;
  cells: string[];
}

export interface Section {
  /** Stable HTML id / anchor, e.g. "job-duties". */
  id: string;
  level: 2 | 3;
  heading: string;
  blocks: Block[];
  sections?: Section[];
}

/** One question a reader asks, answered from the data (also published as schema.org FAQPage markup). */
export interface Faq {
  question: string;
  /** Plain sentences. */
  answer: string;
}

export interface Article {
  title: string;
  dek: string;
  /** The answer first: "key differences" bullets right under the title. */
  keyDifferences: Section | null;
  /** One or two sentences for meta description tags. */
  description: string;
  /** The intro paragraphs, before the first heading. */
  intro: Block[];
  sections: Section[];
  /** Questions readers ask, answered from the data; rendered as the "faq" section and as FAQPage JSON-LD. */
  faq: Faq[];
}

/** A paragraph from parts; empty strings are dropped, and a paragraph with no text becomes null. */
export function para(parts: (Inline | null | undefined | false)[], cls?: string): Block | null {
  const kept = parts.filter((p): p is Inline => p !== null && p !== undefined && p !== false && p !== '');
  if (kept.length === 0) return null;
  return cls ? { type: 'p', parts: kept, cls } : { type: 'p', parts: kept };
}

/** Sentences joined by single spaces into one paragraph of plain text (nulls skipped). */
export function prose(sentences: (string | null | undefined | false)[], cls?: string): Block | null {
  const text = sentences
    .filter((s): s is string => typeof s === 'string' && s.trim().length > 0)
    .map((s) => s.trim())
    .join(' ');
  return text ? para([text], cls) : null;
}

/** Drop nulls from a block list. */
export function blocks(...xs: (Block | null | undefined | false)[]): Block[] {
  return xs.filter((b): b is Block => Boolean(b));
}

/** Plain text of inline parts (for descriptions and checks). */
export function inlineText(parts: Inline[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : 'strong' in p ? p.strong : 'em' in p ? p.em : p.code)).join('');
}
