/**
 * Related occupations from the similarity model: one occupation's list (with each score's components), every
 * occupation's list as JSON lines, and the whole similarity matrix as CSV. The model is built once per store.
 */
import { internalError } from '../errors.js';
import type { RelatedEntry, SimilarityModel } from './similarity.js';
import type { SimilarityComponent } from './types.js';

export interface RelatedResult {
  code: string;
  title: string;
  method: string;
  related: (RelatedEntry & { components: SimilarityComponent[] })[];
}

/** Scores are stored as 32-bit floats: four decimals are all they hold meaningfully. */
const round = (x: number) => Math.round(x * 10000) / 10000;

export function relatedOf(model: SimilarityModel, code: string, limit: number): RelatedResult {
  const i = model.index.get(code);
  const f = i === undefined ? undefined : model.features[i];
  if (!f) throw internalError(`similarity model has no occupation ${code}`);
  return {
    code,
    title: f.title,
    method:
      'score 0–1: weighted blend of shared work activities, task wording, knowledge/skill/ability/interest profiles, job zone, SOC family, titles and technology',
    related: model
      .related(code, limit)
      .map((r) => ({ ...r, score: round(r.score), components: model.components(code, r.code) })),
  };
}

/** One line per occupation: {"code": ..., "related": [{"code": ..., "score": ...}]}. */
export function allRelatedJsonl(model: SimilarityModel, limit: number, write: (s: string) => void): void {
  model.matrix();
  for (const f of model.features) {
    const related = model.related(f.code, limit).map((r) => ({ code: r.code, score: round(r.score) }));
    write(`${JSON.stringify({ code: f.code, related })}\n`);
  }
}

/** The whole matrix: a header row of codes, then one row per occupation (4 decimals). */
export function similarityCsv(model: SimilarityModel, write: (s: string) => void): void {
  const m = model.matrix();
  const n = model.size;
  const codes = model.features.map((f) => f.code);
  write(`code,${codes.join(',')}\n`);
  for (let i = 0; i < n; i++) {
    const cells = new Array<string>(n);
    for (let j = 0; j < n; j++) cells[j] = String(round(m[i * n + j]!));
    write(`${codes[i]},${cells.join(',')}\n`);
  }
}
