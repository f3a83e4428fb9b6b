/**
 * Does context help? Unseen held-out titles coded alone and with a description: one task statement of the
 * title's own occupation, held out of the context index (a quarter of all task statements, by hash, are kept
 * out of it), so the description is text the coder has never seen. Industry: no data here says which
 * industry a title came from, so the titles are also coded with the NAICS sector their occupation's SOC major
 * group mostly works in (a best case, written below), against the same index.
 */
import path from 'node:path';
import { readDelimited } from '../../src/ingest/readers/delimited.js';
import { codeRow } from '../../src/resolve/batch.js';
import { buildContextIndex } from '../../src/resolve/context.js';
import type { Resolver } from '../../src/resolve/resolver.js';
import { correctAt } from './resolve-eval.js';
import type { EvalQuery } from './resolve-sets.js';

/** A stable quarter (0–3) of a text: the held-out tasks are quarter 0. */
function quarter(text: string): number {
  let h = 7;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) >>> 0;
  return (h >>> 7) % 4;
}

interface ContextResult {
  n: number;
  alone: number;
  withContext: number;
  /** The same titles with only an industry (the NAICS sector of their SOC major group, where it has one). */
  industry: { n: number; alone: number; withContext: number };
}

/**
 * The NAICS sector most of a SOC major group works in, written here for this evaluation (a best case: the
 * industry is derived from the truth's own group). Groups spread over every industry (management, business,
 * office, sales… 11, 13, 41, 43) have none.
 */
const SECTOR_OF_MAJOR: Record<string, string> = {
  '15': '51',
  '17': '54',
  '19': '54',
  '21': '62',
  '23': '54',
  '25': '61',
  '27': '71',
  '29': '62',
  '31': '62',
  '33': '92',
  '35': '72',
  '37': '56',
  '39': '81',
  '45': '11',
  '47': '23',
  '49': '81',
  '51': '31',
  '53': '48',
  '55': '92',
};

export function contextEval(resolver: Resolver, onetDir: string, queries: readonly EvalQuery[]): ContextResult {
  const opts = (required: string[]) => ({ delimiter: '\t' as const, quoted: false, required });
  const texts = new Map<string, string[]>();
  const heldTasks = new Map<string, string[]>();
  for (const r of readDelimited(
    path.join(onetDir, 'Occupation Data.txt'),
    opts(['O*NET-SOC Code', 'Title', 'Description']),
  ).rows)
    texts.set(r.str('O*NET-SOC Code'), [r.str('Title'), r.str('Description')]);
  for (const r of readDelimited(path.join(onetDir, 'Task Statements.txt'), opts(['O*NET-SOC Code', 'Task'])).rows) {
    const code = r.str('O*NET-SOC Code');
    const task = r.str('Task');
    if (quarter(task) === 0) heldTasks.set(code, [...(heldTasks.get(code) ?? []), task]);
    else texts.get(code)?.push(task);
  }
  const context = buildContextIndex(texts);
  const out: ContextResult = { n: 0, alone: 0, withContext: 0, industry: { n: 0, alone: 0, withContext: 0 } };
  const o = { limit: 5, minConfidence: 0 };
  for (const q of queries) {
    const sector = q.own ? SECTOR_OF_MAJOR[q.own.slice(0, 2)] : undefined;
    if (sector) {
      const alone = codeRow(resolver, { line: 0, title: q.query }, o);
      const withIndustry = codeRow(resolver, { line: 0, title: q.query, industry: sector }, { ...o, context });
      out.industry.n++;
      if (alone.code && correctAt(q.truth, alone.code, 7)) out.industry.alone++;
      if (withIndustry.code && correctAt(q.truth, withIndustry.code, 7)) out.industry.withContext++;
    }
    const tasks = q.own ? heldTasks.get(q.own) : undefined;
    if (!tasks?.length) continue;
    const description = tasks[q.query.length % tasks.length]!;
    const alone = codeRow(resolver, { line: 0, title: q.query }, { limit: 5, minConfidence: 0 });
    const withCtx = codeRow(
      resolver,
      { line: 0, title: q.query, description },
      { limit: 5, minConfidence: 0, context },
    );
    out.n++;
    if (alone.code && correctAt(q.truth, alone.code, 7)) out.alone++;
    if (withCtx.code && correctAt(q.truth, withCtx.code, 7)) out.withContext++;
  }
  return out;
}
