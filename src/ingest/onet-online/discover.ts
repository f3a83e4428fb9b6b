/**
 * Finds O*NET OnLine per-element exports and O*NET-SOC crosswalks in the data folder by their headers (never by
 * folder names), and learns each export's element and release from the README beside it: a line naming the
 * file together with an element id ("work_context/Contact_With_Others.csv | … | 4.C.1.a.4"), or the one element
 * id a README mentions; the release from "O*NET 24.2" in that README. Without a README naming an element, the
 * file name must equal an element name of the Content Model.
 */
import fs from 'node:fs';
import type { IngestContext } from '../context.js';
import { baseOf, dirOf } from '../files.js';
import { decodeUtf8 } from '../readers/delimited.js';

/** 'context': one Work Context value (CX rescaled); 'activity': Work Activity importance and level. */
type ExportKind = 'context' | 'activity';

export interface ExportFile {
  rel: string;
  kind: ExportKind;
  delimiter: ',' | ';' | '\t';
  /** Column holding the O*NET-SOC code. */
  codeColumn: string;
  /** Value columns by scale: CX for context; IM and LV for activities. */
  valueColumns: Partial<Record<'CX' | 'IM' | 'LV', string>>;
}

export interface Crosswalk2010File {
  rel: string;
  delimiter: ',' | ';' | '\t';
  from: string;
  to: string;
}

const norm = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^"|"$/g, '')
    .toLowerCase();
const squash = (h: string) => norm(h).replace(/[^a-z0-9]/g, '');

/** The first line of a file (reads at most 4 KB). */
function firstLine(ctx: IngestContext, rel: string): string {
  const fd = fs.openSync(ctx.abs(rel), 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, n).toString('utf8');
    return text.split(/\r?\n/)[0] ?? '';
  } finally {
    fs.closeSync(fd);
  }
}

function splitHeader(line: string): { cells: string[]; delimiter: ',' | ';' | '\t' } {
  const delimiter = line.includes('\t') ? '\t' : line.includes(';') && !line.includes(',') ? ';' : ',';
  return {
    cells: line.split(delimiter).map((c) =>
      c
        .replace(/^\uFEFF/, '')
        .trim()
        .replace(/^"|"$/g, ''),
    ),
    delimiter,
  };
}

/** Exports and crosswalks among the data folder's delimited files, recognised by their header. */
export function findOnlineFiles(ctx: IngestContext): { exports: ExportFile[]; crosswalks: Crosswalk2010File[] } {
  const exports: ExportFile[] = [];
  const crosswalks: Crosswalk2010File[] = [];
  for (const rel of ctx.files) {
    if (!/\.(csv|txt|tsv)$/i.test(rel)) continue;
    const { cells, delimiter } = splitHeader(firstLine(ctx, rel));
    const lower = cells.map(norm);
    const has = (c: string) => lower.includes(c);
    const find = (re: RegExp) => cells.find((c) => re.test(squash(c)));
    if (has('code') && has('occupation') && has('context') && cells.length === 3) {
      exports.push({ rel, kind: 'context', delimiter, codeColumn: 'Code', valueColumns: { CX: 'Context' } });
      continue;
    }
    if (has('code') && has('occupation') && has('importance') && has('level') && cells.length === 4) {
      exports.push({
        rel,
        kind: 'activity',
        delimiter,
        codeColumn: 'Code',
        valueColumns: { IM: 'Importance', LV: 'Level' },
      });
      continue;
    }
    // A re-saved single Work Context export: "<element>_context" next to an O*NET-SOC code column.
    const ctxCol = cells.find((c) => /^[a-z0-9_]+_context$/i.test(c));
    const codeCol = find(/^onetsoc\d{4}code$/) ?? find(/^onetsoccode$/);
    if (ctxCol && codeCol) {
      exports.push({ rel, kind: 'context', delimiter, codeColumn: codeCol, valueColumns: { CX: ctxCol } });
      continue;
    }
    const from = find(/2010code$/);
    const to = find(/2019code$/);
    if (from && to) crosswalks.push({ rel, delimiter, from, to });
  }
  return { exports, crosswalks };
}

interface ReadmeFacts {
  readme: string | null;
  /** Element id named for this file, or null. */
  elementId: string | null;
  /** O*NET release ("24.2") and the period beside it ("March 2020"), or null. */
  release: string | null;
  period: string | null;
}

const ELEMENT_ID = /\b4\.[AC](?:\.[0-9a-z]+)+\b/g;
const cache = new Map<string, string | null>();

function readmeText(ctx: IngestContext, dir: string): { rel: string; text: string } | null {
  const rel = ctx.files.find((f) => dirOf(f) === dir && /^read ?me\.(md|txt)$/i.test(baseOf(f).replace(/_/g, ' ')));
  if (!rel) return null;
  const key = `${ctx.dataDir}\n${rel}`;
  if (!cache.has(key)) cache.set(key, decodeUtf8(fs.readFileSync(ctx.abs(rel)), rel));
  const text = cache.get(key);
  return text ? { rel, text } : null;
}

/** What the nearest README (the file's folder, then its parents) says about an export file. */
export function readmeFacts(ctx: IngestContext, rel: string): ReadmeFacts {
  const out: ReadmeFacts = { readme: null, elementId: null, release: null, period: null };
  let dir = dirOf(rel);
  for (;;) {
    const r = readmeText(ctx, dir);
    if (r) {
      const inDir = dir === '' ? rel : rel.slice(dir.length + 1);
      if (out.elementId === null) {
        const line = r.text.split(/\r?\n/).find((l) => l.includes(inDir) || l.includes(baseOf(rel)));
        const onLine = line?.match(ELEMENT_ID);
        const all = [...new Set(r.text.match(ELEMENT_ID) ?? [])];
        if (onLine && onLine.length === 1) out.elementId = onLine[0]!;
        else if (all.length === 1) out.elementId = all[0]!;
        if (out.elementId) out.readme = r.rel;
      }
      if (out.release === null) {
        const m = /O\*NET\s+(\d+\.\d+)\b(?:\s+Database)?[,)]?\s*(?:\(?\s*([A-Z][a-z]+\s+\d{4}|\d{4}))?/.exec(r.text);
        if (m) {
          out.release = m[1]!;
          out.period = m[2] ?? null;
          out.readme ??= r.rel;
        }
      }
    }
    if (dir === '' || (out.elementId && out.release)) break;
    dir = dirOf(dir);
  }
  return out;
}

/** Words of a name for matching a file name to an element name ("E-Mail" ~ "E_Mail"). */
export const nameKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\.[a-z]+$/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
