/** careerdiff show: the profile of one occupation, by code or title. */
import { createEngine } from '../../engine/engine.js';
import { renderReport } from '../render-report.js';
import { pickOccupation } from '../resolve-one.js';
import { type Command, STORE_OPTIONS } from '../command.js';
import { storeFor } from '../store.js';

export const showCommand: Command = {
  name: 'show',
  summary: 'Show the profile of one occupation: tasks, requirements, skills, wages, outlook, environment',
  usage: '<code|title> [--json] [--data DIR] [--db FILE]',
  examples: [
    'careerdiff show 27-2012.00',
    'careerdiff show "film producer"',
    'careerdiff show "registered nurse" --json',
  ],
  options: { ...STORE_OPTIONS, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals, io }) {
    const db = await storeFor({ values, positionals, io });
    try {
      const engine = createEngine(db);
      const { code, resolution } = pickOccupation(engine, positionals[0]!);
      const report = engine.occupation(code);
      if (values.json === true) {
        io.stdout.write(`${JSON.stringify({ ...report, resolution }, null, 2)}\n`);
        return 0;
      }
      const top = resolution.candidates[0]!;
      const note =
        top.source === 'code'
          ? undefined
          : `"${resolution.query}" read as ${top.title} (${top.source} match "${top.matched}", confidence ${top.score.toFixed(2)})${
              resolution.ambiguous
                ? `; other readings: ${resolution.candidates
                    .slice(1, 4)
                    .map((c) => `${c.code} ${c.title}`)
                    .join('; ')}`
                : ''
            }`;
      io.stdout.write(`${renderReport(report, note ? { note } : {})}\n`);
      return 0;
    } finally {
      db.close();
    }
  },
};
