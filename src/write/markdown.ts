/**
 * Markdown rendering of the article tree: ATX headings, an italic dek, paragraphs, bullet lists and pipe
 * tables (caption as a bold line above). All text is escaped so O*NET's asterisk and the like stay literal.
 */
import type { Article, Block, Inline, Section } from './doc.js';
import { escapeHtml } from '../escape.js';

/** Escape Markdown syntax in running text ("O*NET" → "O\*NET"). */
function escapeMd(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([*_`[\]<>|])/g, '\\$1')
    .replace(/^(\s*)([#+-]|\d+\.)(\s)/, '$1\\$2$3');
}

function inline(parts: Inline[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return escapeMd(p);
      if ('strong' in p) return `**${escapeMd(p.strong)}**`;
      if ('em' in p) return `_${escapeMd(p.em)}_`;
      return `\`${p.code.replace(/`/g, '')}\``;
    })
    .join('');
}

function block(b: Block): string {
  switch (b.type) {
    case 'p':
      return inline(b.parts);
    case 'ul':
      return b.items.map((it) => `- ${inline(it)}`).join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.map((c) => escapeMd(c) || ' ').join(' | ')} |`;
      const lines = [
        `**${escapeMd(b.caption)}**`,
        '',
        row(b.columns),
        `|${b.columns.map(() => ' --- ').join('|')}|`,
        ...b.rows.map((r) => row([r.head, ...r.cells])),
      ];
      for (const n of b.notes ?? []) lines.push('', escapeMd(n));
      return lines.join('\n');
    }
    case 'details':
      // GitHub-flavoured Markdown keeps <details> collapsible; the blank lines let the inside render as Markdown.
      return [
        `<details>`,
        `<summary>${escapeHtml(b.summary).replace(/&#39;/g, "'")}</summary>`,
        '',
        ...b.blocks.map(block),
        '',
        '</details>',
      ]
        .join('\n\n')
        .replace(/\n{3,}/g, '\n\n');
  }
}

function section(s: Section): string {
  const parts = [`${'#'.repeat(s.level)} ${escapeMd(s.heading)}`, ...s.blocks.map(block)];
  for (const sub of s.sections ?? []) parts.push(section(sub));
  return parts.join('\n\n');
}

export function articleToMarkdown(a: Article): string {
  const parts = [
    `# ${escapeMd(a.title)}`,
    `_${escapeMd(a.dek)}_`,
    ...(a.keyDifferences ? [section(a.keyDifferences)] : []),
    ...a.intro.map(block),
    ...a.sections.map(section),
  ];
  return `${parts.join('\n\n')}\n`;
}
