/**
 * Related occupations from the similarity model: one occupation's list (with each score's components), every
 * occupation's list as JSON lines, and the whole similarity matrix as CSV. Read from the model stored at
 * import (src/compare/stored-similarity.ts) or from a model built in memory: both are a SimilaritySource.
 */
import { internalError } from '../errors.js';
import type { RelatedEntry } from './similarity.js';
import type { SimilaritySource } from './stored-similarity.js';
import type { SimilarityComponent } from './types.js';

interface RelatedResult {
  code: string;
  title: string;
  method: string;
  related: (RelatedEntry & { components: SimilarityComponent[] })[];
}

/** Scores are stored as 32-bit floats: four decimals are all they hold meaningfully. */
const round = (x: number) => Math.round(x * 10000) / 10000;

export function relatedOf(model: SimilaritySource, code: string, limit: number): RelatedResult {
  const title = model.title(code);
  if (title === undefined) throw internalError(`similarity model has no occupation ${code}`);
  return {
    code,
    title,
    method:
      'score 0–1: weighted blend of shared work activities, task wording, knowledge/skill/ability/interest profiles, job zone, SOC family, titles and technology',
    related: model
      .related(code, limit)
      .map((r) => ({ ...r, score: round(r.score), components: model.components(code, r.code) })),
  };
}

/** One line per occupation: {"code": ..., "related": [{"code": ..., "score": ...}]}. */
export function allRelatedJsonl(model: SimilaritySource, limit: number, write: (s: string) => void): void {
  for (const code of model.codes()) {
    const related = model.related(code, limit).map((r) => ({ code: r.code, score: round(r.score) }));
    write(`${JSON.stringify({ code, related })}\n`);
  }
}

/** The whole matrix: a header row of codes, then one row per occupation (4 decimals). */
export function similarityCsv(model: SimilaritySource, write: (s: string) => void): void {
  const codes = model.codes();
  const n = codes.length;
  write(`code,${codes.join(',')}\n`);
  for (const code of codes) {
    const row = model.row(code);
    const cells = new Array<string>(n);
    for (let j = 0; j < n; j++) cells[j] = String(round(row[j]!));
    write(`${code},${cells.join(',')}\n`);
  }
}
