/**
 * HTML rendering of the article tree: a semantic fragment (<article>, <header>, <section>, <h1>–<h3>, <table>
 * with <caption> and scoped <th>) with class names and no inline styles or scripts, and a standalone page that
 * wraps it with minimal embedded CSS. Every interpolated string goes through escapeHtml.
 */
import { escapeHtml } from '../escape.js';
import type { Article, Block, Inline, Section } from './doc.js';

const cls = (c: string | undefined) => (c ? ` class="${escapeHtml(c)}"` : '');

function inline(parts: Inline[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return escapeHtml(p);
      if ('strong' in p) return `<strong>${escapeHtml(p.strong)}</strong>`;
      if ('em' in p) return `<em>${escapeHtml(p.em)}</em>`;
      return `<code>${escapeHtml(p.code)}</code>`;
    })
    .join('');
}

function block(b: Block): string {
  switch (b.type) {
    case 'p':
      return `<p${cls(b.cls)}>${inline(b.parts)}</p>`;
    case 'ul':
      return `<ul${cls(b.cls)}>\n${b.items.map((it) => `<li>${inline(it)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const head = `<thead><tr>${b.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
      const body = b.rows
        .map(
          (r) =>
            `<tr><th scope="row">${escapeHtml(r.head)}</th>${r.cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`,
        )
        .join('\n');
      const notes = (b.notes ?? []).map((n) => `<p class="cd-table-note">${escapeHtml(n)}</p>`).join('\n');
      return `<table${cls(['cd-table', b.cls].filter(Boolean).join(' '))}>\n<caption>${escapeHtml(b.caption)}</caption>\n${head}\n<tbody>\n${body}\n</tbody>\n</table>${notes ? `\n${notes}` : ''}`;
    }
    case 'details':
      return `<details${cls(['cd-details', b.cls].filter(Boolean).join(' '))}>\n<summary>${escapeHtml(b.summary)}</summary>\n${b.blocks.map(block).join('\n')}\n</details>`;
  }
}

function section(s: Section): string {
  const h = `<h${s.level} id="${escapeHtml(s.id)}">${escapeHtml(s.heading)}</h${s.level}>`;
  const inner = [h, ...s.blocks.map(block), ...(s.sections ?? []).map(section)].join('\n');
  return `<section class="cd-section cd-${escapeHtml(s.id)}" aria-labelledby="${escapeHtml(s.id)}">\n${inner}\n</section>`;
}

export function articleToHtml(a: Article): string {
  const header = `<header class="cd-header">\n<h1>${escapeHtml(a.title)}</h1>\n<p class="cd-dek">${escapeHtml(a.dek)}</p>\n</header>`;
  const key = a.keyDifferences ? section(a.keyDifferences) : '';
  const intro = a.intro.length > 0 ? `<div class="cd-intro">\n${a.intro.map(block).join('\n')}\n</div>` : '';
  return `<article class="cd-article">\n${[header, key, intro, ...a.sections.map(section)].filter(Boolean).join('\n')}\n</article>\n`;
}

const CSS = `body{font:17px/1.6 Georgia,'Times New Roman',serif;color:#1d1d1f;margin:0;background:#fff}
.cd-article{max-width:44rem;margin:0 auto;padding:2rem 1.25rem 4rem}
h1,h2,h3{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.25}
h1{font-size:2rem;margin:0 0 .5rem}h2{font-size:1.45rem;margin-top:2.2rem}h3{font-size:1.15rem;margin-top:1.6rem}
.cd-dek{font-style:italic;color:#555;margin-top:0}
.cd-table{border-collapse:collapse;width:100%;margin:1rem 0;font:15px/1.4 system-ui,sans-serif}
.cd-table caption{text-align:left;font-weight:600;padding-bottom:.4rem}
.cd-table th,.cd-table td{border-bottom:1px solid #ddd;padding:.4rem .5rem;text-align:left;vertical-align:top}
.cd-table thead th{border-bottom:2px solid #999}
.cd-key-differences{background:#f4f7fb;padding:.2rem 1rem;border-radius:6px}
.cd-details summary{cursor:pointer;font-weight:600}
.cd-sources,.cd-gaps,.cd-attribution,.cd-note{font-size:.9rem;color:#444}`;

export function articleToPage(a: Article): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(a.title)}</title>
<meta name="description" content="${escapeHtml(a.description)}">
<style>
${CSS}
</style>
</head>
<body>
${articleToHtml(a)}</body>
</html>
`;
}
