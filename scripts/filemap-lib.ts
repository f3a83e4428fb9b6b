/** Builds DESIGN.md's one-line-per-file map from each source file's opening comment. */
import fs from 'node:fs';
import path from 'node:path';

export const MAP_START = '<!-- filemap:start -->';
export const MAP_END = '<!-- filemap:end -->';
const ROOTS = ['src', 'bench', 'scripts'];

function walk(root: string, rel: string, out: string[]): void {
  const dir = path.join(root, rel);
  if (!fs.existsSync(dir)) return;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const r = rel ? `${rel}/${ent.name}` : ent.name;
    if (ent.isDirectory()) walk(root, r, out);
    else if (/\.(ts|js|css)$/.test(ent.name) && !/\.test\.ts$/.test(ent.name) && !ent.name.endsWith('.d.ts'))
      out.push(r);
  }
}

/**
 * First sentence of the file's leading comment ("/** … *\/" or "// …"), or a note that it has none. A sentence
 * ends at ".", "!" or "?" followed by the end or by a space and a capital letter, outside `code` and not after
 * an abbreviation (e.g., i.e., vs., cf.); colons and semicolons do not end it. Long sentences are clipped.
 */
function summaryOf(text: string): string {
  const block = /^\s*(?:#![^\n]*\n)?\s*\/\*\*?([\s\S]*?)\*\//.exec(text);
  const line = /^\s*(?:#![^\n]*\n)?\s*((?:\/\/[^\n]*\n)+)/.exec(text);
  const raw = block?.[1] ?? line?.[1]?.replace(/^\s*\/\/ ?/gm, '') ?? '';
  const flat = raw
    .replace(/^\s*\* ?/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat === '') return '(no summary comment)';
  let inCode = false;
  for (let i = 0; i < flat.length; i++) {
    const ch = flat[i]!;
    if (ch === '`') inCode = !inCode;
    if (inCode || (ch !== '.' && ch !== '!' && ch !== '?')) continue;
    const rest = flat.slice(i + 1);
    if (rest !== '' && !/^\s+[A-Z(`"']/.test(rest)) continue;
    if (ch === '.' && /(?:\b(?:e\.g|i\.e|vs|cf))$/i.test(flat.slice(0, i))) continue;
    return clip(flat.slice(0, i + 1));
  }
  return clip(/[.!?]$/.test(flat) ? flat : `${flat}.`);
}

/** A summary longer than MAX_SUMMARY characters, cut at a word boundary and marked with an ellipsis. */
const MAX_SUMMARY = 220;
function clip(s: string): string {
  if (s.length <= MAX_SUMMARY) return s;
  const cut = s.slice(0, MAX_SUMMARY - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:(—-]+$/, '')}…`;
}

export function fileMap(projectRoot: string): string {
  const files: string[] = [];
  for (const r of ROOTS) walk(projectRoot, r, files);
  files.sort();
  return files.map((f) => `- \`${f}\` — ${summaryOf(fs.readFileSync(path.join(projectRoot, f), 'utf8'))}`).join('\n');
}

/** DESIGN.md with its map section replaced by the current map. */
export function withMap(design: string, map: string): string {
  const a = design.indexOf(MAP_START);
  const b = design.indexOf(MAP_END);
  if (a < 0 || b < a) return `${design.trimEnd()}\n\n## File map\n\n${MAP_START}\n${map}\n${MAP_END}\n`;
  return `${design.slice(0, a + MAP_START.length)}\n${map}\n${design.slice(b)}`;
}
