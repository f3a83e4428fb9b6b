/** careerdiff compare: "X vs. Y" for two careers, as an article (Markdown or HTML) or as the Comparison JSON. */
import { createEngine } from '../../engine/engine.js';
import { usageError } from '../../errors.js';
import { renderHtmlPage, renderMarkdown } from '../../write/index.js';
import { type Command, STORE_OPTIONS, str } from '../command.js';
import { storeFor } from '../store.js';

const FORMATS = ['md', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];

export const compareCommand: Command = {
  name: 'compare',
  summary: 'Compare two careers: duties, requirements, environment, skills, salary, outlook, similarity',
  usage: '"<A>" "<B>" [--format md|html|json] [--a-code CODE] [--b-code CODE] [--data DIR] [--db FILE]',
  examples: [
    'careerdiff compare "Associate Producer" "Production Assistant"',
    'careerdiff compare "Production Assistant" "Associate Producer" --b-code 27-2012.00 --format json',
    'careerdiff compare 29-1141.00 "Nurse Practitioner" --format html > rn-vs-np.html',
  ],
  options: {
    ...STORE_OPTIONS,
    format: { type: 'string' },
    'a-code': { type: 'string' },
    'b-code': { type: 'string' },
  },
  positionals: { min: 2, max: 2 },
  async run({ values, positionals, io }) {
    const format = (str(values.format) ?? 'md') as Format;
    if (!FORMATS.includes(format)) throw usageError(`--format must be one of ${FORMATS.join(', ')}`, 'format');
    const db = await storeFor({ values, positionals, io });
    try {
      const aCode = str(values['a-code']);
      const bCode = str(values['b-code']);
      const c = createEngine(db).compare(positionals[0]!, positionals[1]!, {
        ...(aCode !== undefined ? { aCode } : {}),
        ...(bCode !== undefined ? { bCode } : {}),
      });
      const out =
        format === 'json' ? JSON.stringify(c, null, 2) : format === 'html' ? renderHtmlPage(c) : renderMarkdown(c);
      io.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
