/**
 * careerdiff related: the occupations most related to one (by the similarity model of src/compare, as stored at
 * import), or for every occupation at once (--all) as JSON lines or the whole matrix as CSV.
 */
import { createEngine } from '../../engine/engine.js';
import { usageError } from '../../errors.js';
import { allRelatedJsonl, relatedOf, similarityCsv } from '../../compare/related.js';
import { pickOccupation } from '../resolve-one.js';
import { type Command, STORE_OPTIONS, str } from '../command.js';
import { storeFor } from '../store.js';

export const relatedCommand: Command = {
  name: 'related',
  summary: 'List the occupations most related to one, or to every occupation (--all)',
  usage: '<code|title> [--limit N] [--json] | --all [--limit N] [--format jsonl|csv] [--data DIR] [--db FILE]',
  examples: [
    'careerdiff related 27-2012.00',
    'careerdiff related "registered nurse" --limit 20 --json',
    'careerdiff related --all --limit 10 --format jsonl > related.jsonl',
    'careerdiff related --all --format csv > similarity.csv',
  ],
  options: {
    ...STORE_OPTIONS,
    limit: { type: 'string' },
    json: { type: 'boolean' },
    all: { type: 'boolean' },
    format: { type: 'string' },
  },
  positionals: { min: 0, max: 1 },
  async run({ values, positionals, io }) {
    const limitText = str(values.limit) ?? '10';
    const limit = Number(limitText);
    if (!Number.isInteger(limit) || limit < 1) throw usageError('--limit must be a positive whole number', 'limit');
    const all = values.all === true;
    if (all === (positionals.length === 1))
      throw usageError('give either one occupation (code or title) or --all', all ? 'all' : undefined);
    const format = str(values.format) ?? (all ? 'jsonl' : undefined);
    if (format !== undefined && (!all || (format !== 'jsonl' && format !== 'csv')))
      throw usageError('--format jsonl|csv goes with --all (use --json for one occupation)', 'format');
    const db = await storeFor({ values, positionals, io });
    try {
      const engine = createEngine(db);
      const model = engine.similarity!();
      if (all) {
        // A closed pipe (`| head`) is not an error: stop caring about output once it happens.
        let closed = false;
        if (typeof io.stdout.on === 'function')
          io.stdout.on('error', (err: NodeJS.ErrnoException) => {
            if (err.code === 'EPIPE') closed = true;
            else throw err;
          });
        const write = (line: string) => {
          if (!closed) io.stdout.write(line);
        };
        if (format === 'csv') similarityCsv(model, write);
        else allRelatedJsonl(model, limit, write);
        return 0;
      }
      const { code, resolution } = pickOccupation(engine, positionals[0]!);
      const result = relatedOf(model, code, limit);
      if (values.json === true) {
        io.stdout.write(`${JSON.stringify({ ...result, input: resolution.query }, null, 2)}\n`);
        return 0;
      }
      const lines = [`Most related to ${result.code} ${result.title}:`, ''];
      for (const [i, r] of result.related.entries())
        lines.push(`${String(i + 1).padStart(3)}. ${r.code}  ${r.score.toFixed(3)}  ${r.title}`);
      io.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
