/**
 * The batch coder's context index (src/resolve/context.ts: TF-IDF of each occupation's title, description and
 * task statements), built once at import and stored packed, so a process coding titles with context reads it
 * instead of re-reading every task statement.
 */
import { buildContextIndex, packContextIndex } from '../resolve/context.js';
import { CONTEXT_INDEX, loadContextTexts } from '../resolve/load.js';
import { encodeDerived } from '../store/derived.js';
import type { DB } from '../store/open.js';

/** Builds and stores the context index; returns the number of occupations in it. */
export function deriveContextIndex(db: DB, put: (db: DB, name: string, data: Buffer) => void): number {
  const index = buildContextIndex(loadContextTexts(db));
  put(db, CONTEXT_INDEX, encodeDerived(packContextIndex(index)));
  return index.codeIndex.size;
}
