/**
 * careerdiff resolve: what people type (a job title or a code) → ranked O*NET occupations.
 * --batch codes many titles from stdin: one title per line, or CSV/TSV with a header (`title`, optional
 * `industry`, `description`, `id`) whose context breaks near-ties; one JSONL or CSV row per input row, in
 * order, with a calibrated confidence; below --min-confidence a row gets no code and says so. A blank,
 * overlong or malformed row is answered in place and the run goes on.
 */
import { notFound, usageError } from '../../errors.js';
import { createEngine } from '../../engine/engine.js';
import type { InputKind, OutputFormat } from '../../resolve/batch.js';
import type { Resolution } from '../../resolve/types.js';
import { type Command, STORE_OPTIONS } from '../command.js';
import { storeFor } from '../store.js';

function parseLimit(v: unknown): number {
  if (v === undefined) return 5;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 100)
    throw usageError('--limit must be a whole number from 1 to 100', 'limit');
  return n;
}

function human(r: Resolution): string {
  const out = [`${r.query}${r.ambiguous ? ' (ambiguous)' : ''}`];
  r.candidates.forEach((c, i) => {
    const extra = [
      c.levelWords ? `level: ${c.levelWords.join(' ')}` : '',
      c.corrected
        ? `read as: ${Object.entries(c.corrected)
            .map(([a, b]) => `${a}→${b}`)
            .join(' ')}`
        : '',
    ].filter(Boolean);
    out.push(
      `  ${String(i + 1).padStart(2)}. ${c.code}  ${c.score.toFixed(2)}  ${c.title}  [${c.source}: ${c.matched}]${extra.length ? ` (${extra.join('; ')})` : ''}`,
    );
  });
  if (r.note) out.push(`  note: ${r.note}`);
  return out.join('\n');
}

function parseMinConfidence(v: unknown): number {
  if (v === undefined) return 0;
  const n = Number(v);
  if (typeof v !== 'string' || v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
    throw usageError('--min-confidence must be a number from 0 to 1', 'min-confidence');
  return n;
}

function parseChoice<T extends string>(v: unknown, name: string, allowed: readonly T[], fallback: T): T {
  if (v === undefined) return fallback;
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  throw usageError(`--${name} must be one of ${allowed.join(', ')}`, name);
}

/**
 * Codes stdin row by row (src/cli/resolve-batch.ts, loaded only for --batch: its CSV reader is not needed to
 * resolve one title).
 */
export const batch: typeof import('../resolve-batch.js').batch = async (...args) =>
  (await import('../resolve-batch.js')).batch(...args);

export const resolveCommand: Command = {
  name: 'resolve',
  summary: 'Turn a job title (or an O*NET / SOC code) into ranked O*NET occupations',
  usage:
    '"<title or code>" [--limit K] [--json] | --batch [--input auto|lines|csv|tsv] [--format jsonl|csv] [--min-confidence P] [--limit K] < titles  [--data DIR] [--db FILE]',
  examples: [
    'careerdiff resolve "associate producer"',
    'careerdiff resolve "sr software engr" --limit 3 --json',
    'careerdiff resolve 27-2012',
    'printf "RN\\nprodcer\\n" | careerdiff resolve --batch',
    'careerdiff resolve --batch --format csv --min-confidence 0.7 < jobs.csv   # header: title,industry,description',
  ],
  options: {
    ...STORE_OPTIONS,
    limit: { type: 'string' },
    json: { type: 'boolean' },
    batch: { type: 'boolean' },
    format: { type: 'string' },
    input: { type: 'string' },
    'min-confidence': { type: 'string' },
  },
  positionals: { min: 0, max: 1 },
  async run(args) {
    const { values, positionals, io } = args;
    const limit = parseLimit(values.limit);
    const isBatch = values.batch === true;
    if (isBatch && positionals.length > 0) throw usageError('--batch reads titles from stdin; give no title argument');
    if (!isBatch && positionals.length === 0) throw usageError('give a title, e.g. careerdiff resolve "data analyst"');
    if (!isBatch)
      for (const o of ['format', 'input', 'min-confidence'])
        if (values[o] !== undefined) throw usageError(`--${o} is a --batch option`, o);
    const minConfidence = parseMinConfidence(values['min-confidence']);
    const format = parseChoice<OutputFormat>(values.format, 'format', ['jsonl', 'csv'], 'jsonl');
    const input = parseChoice<InputKind | 'auto'>(values.input, 'input', ['auto', 'lines', 'csv', 'tsv'], 'auto');
    const db = await storeFor(args);
    const engine = createEngine(db);
    if (isBatch) {
      // The context index is built only if a row brings context; the store stays open until the run ends.
      try {
        return await batch((row) => engine.codeRow!(row, { limit, minConfidence }), format, input, io);
      } finally {
        db.close();
      }
    }
    let r: Resolution;
    try {
      r = engine.resolve(positionals[0]!, limit);
    } finally {
      db.close();
    }
    if (values.json === true) io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    else if (r.candidates.length > 0) io.stdout.write(`${human(r)}\n`);
    if (r.candidates.length === 0) {
      const hint = r.suggestions?.length ? `; did you mean: ${r.suggestions.join(', ')}?` : '';
      throw notFound(`${r.note ?? 'no match'}${hint}`, { suggestions: r.suggestions ?? [] });
    }
    return 0;
  },
};
