/**
 * Does context help? Unseen held-out titles coded alone and with a description: one task statement of the
 * title's own occupation, held out of the context index (a quarter of all task statements, by hash, are kept
 * out of it), so the description is text the coder has never seen. Industry is not evaluated (no data here
 * says which industry a title came from).
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
}

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
  const out: ContextResult = { n: 0, alone: 0, withContext: 0 };
  for (const q of queries) {
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
