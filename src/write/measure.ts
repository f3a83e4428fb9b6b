/**
 * How long an article reads: words of prose from the title to the key-figures table (tables and collapsible
 * <details> parts left out, as a reader skims past them), the same with the collapsible parts, and how many
 * words come before a given text (where the wage answer sits). Used by tests and bench/article.ts.
 */
import { type Article, type Block, inlineText, type Section } from './doc.js';

const words = (text: string): number => text.split(/\s+/).filter((w) => /[A-Za-z0-9$]/.test(w)).length;

function blockWords(b: Block, withDetails: boolean): number {
  switch (b.type) {
    case 'p':
      return words(inlineText(b.parts));
    case 'ul':
      return b.items.reduce((s, it) => s + words(inlineText(it)), 0);
    case 'table':
      return 0;
    case 'details':
      return withDetails ? words(b.summary) + b.blocks.reduce((s, x) => s + blockWords(x, true), 0) : 0;
  }
}

function sectionWords(s: Section, withDetails: boolean): number {
  return (
    words(s.heading) +
    s.blocks.reduce((n, b) => n + blockWords(b, withDetails), 0) +
    (s.sections ?? []).reduce((n, x) => n + sectionWords(x, withDetails), 0)
  );
}

interface Length {
  /** Prose from the title to the key-figures table, without tables and collapsible parts. */
  prose: number;
  /** The same, with the collapsible parts opened. */
  withDetails: number;
}

export function articleLength(a: Article): Length {
  const count = (withDetails: boolean) => {
    let n = words(a.title) + words(a.dek);
    if (a.keyDifferences) n += sectionWords(a.keyDifferences, withDetails);
    n += a.intro.reduce((s, b) => s + blockWords(b, withDetails), 0);
    for (const s of a.sections) {
      if (s.id === 'key-figures') break;
      n += sectionWords(s, withDetails);
    }
    return n;
  };
  return { prose: count(false), withDetails: count(true) };
}

/** Words of the Markdown before the first occurrence of `needle` (markup ignored), or null when absent. */
export function wordsBefore(markdown: string, needle: string): number | null {
  const i = markdown.indexOf(needle);
  if (i < 0) return null;
  return words(markdown.slice(0, i).replace(/[#*_|\\]/g, ' '));
}

/**
 * Sentences of 6 or more words that appear more than once in the article's running text (headings, table rows
 * and list items are not sentences here), as a reader would notice them.
 */
export function repeatedSentences(markdown: string): string[] {
  const seen = new Map<string, number>();
  for (const para of markdown.split('\n\n')) {
    if (/^(#|\||- |<|\*\*)/.test(para.trim())) continue;
    for (const s of para.replace(/\\/g, '').split(/(?<=[.!?])\s+(?=[A-Z“])/)) {
      const key = s.trim().toLowerCase();
      if (key.split(/\s+/).length < 6) continue;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  return [...seen].filter(([, n]) => n > 1).map(([s]) => s);
}
