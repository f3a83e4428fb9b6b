/**
 * careerdiff resolve: what people type (a job title or a code) → ranked O*NET occupations.
 * --batch reads one title per line on stdin and writes one JSON object per line, in order; a blank or
 * overlong line gives an object with empty candidates (and an "error" for overlong), and the run goes on.
 */
import readline from 'node:readline';
import { notFound, usageError } from '../../errors.js';
import { storeResolver } from '../../resolve/load.js';
import type { Resolver } from '../../resolve/resolver.js';
import type { Resolution } from '../../resolve/types.js';
import { type CommandArgs, type Command, STORE_OPTIONS } from '../command.js';
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

async function batch(resolver: Resolver, limit: number, args: CommandArgs): Promise<number> {
  const rl = readline.createInterface({ input: args.io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let buf: string[] = [];
  const flush = async () => {
    if (buf.length === 0) return;
    const ok = args.io.stdout.write(`${buf.join('\n')}\n`);
    buf = [];
    if (!ok) await new Promise<void>((done) => args.io.stdout.once('drain', () => done()));
  };
  for await (const line of rl) {
    let obj: Record<string, unknown>;
    if (line.trim() === '') obj = { query: line, candidates: [], ambiguous: false };
    else {
      try {
        obj = { ...resolver.resolve(line, limit) };
      } catch (err) {
        obj = { query: line, candidates: [], ambiguous: false, error: (err as Error).message };
      }
    }
    buf.push(JSON.stringify(obj));
    if (buf.length >= 512) await flush();
  }
  await flush();
  return 0;
}

export const resolveCommand: Command = {
  name: 'resolve',
  summary: 'Turn a job title (or an O*NET / SOC code) into ranked O*NET occupations',
  usage:
    '"<title or code>" [--limit K] [--json] | --batch [--limit K] < titles.txt  [--onet DIR] [--data DIR] [--db FILE]',
  examples: [
    'careerdiff resolve "associate producer"',
    'careerdiff resolve "sr software engr" --limit 3 --json',
    'careerdiff resolve 27-2012',
    'printf "RN\\nprodcer\\n" | careerdiff resolve --batch',
  ],
  options: {
    ...STORE_OPTIONS,
    limit: { type: 'string' },
    json: { type: 'boolean' },
    batch: { type: 'boolean' },
  },
  positionals: { min: 0, max: 1 },
  async run(args) {
    const { values, positionals, io } = args;
    const limit = parseLimit(values.limit);
    const isBatch = values.batch === true;
    if (isBatch && positionals.length > 0) throw usageError('--batch reads titles from stdin; give no title argument');
    if (!isBatch && positionals.length === 0) throw usageError('give a title, e.g. careerdiff resolve "data analyst"');
    const db = storeFor(args);
    const resolver = storeResolver(db);
    db.close();
    if (isBatch) return batch(resolver, limit, args);
    const r = resolver.resolve(positionals[0]!, limit);
    if (values.json === true) io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    else if (r.candidates.length > 0) io.stdout.write(`${human(r)}\n`);
    if (r.candidates.length === 0) {
      const hint = r.suggestions?.length ? `; did you mean: ${r.suggestions.join(', ')}?` : '';
      throw notFound(`${r.note ?? 'no match'}${hint}`, { suggestions: r.suggestions ?? [] });
    }
    return 0;
  },
};
