/** careerdiff import: build the store from a data folder. */
import { resolveDataDir, resolveDbFile } from '../../defaults.js';
import { silentProgress, terminalProgress } from '../../ingest/progress.js';
import { importStore } from '../../ingest/run.js';
import { type Command, STORE_OPTIONS, str } from '../command.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'Build the store from the O*NET and BLS data folder',
  usage: '[--data DIR] [--db FILE] [--json]',
  examples: ['careerdiff import', 'careerdiff import --data ../shared/data --db /tmp/cd.sqlite --json'],
  options: { ...STORE_OPTIONS, json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  run({ values, io }) {
    const json = values.json === true;
    const summary = importStore({
      dataDir: resolveDataDir(str(values.data)),
      dbFile: resolveDbFile(str(values.db)),
      progress: json ? silentProgress : terminalProgress(io.stderr as NodeJS.WriteStream),
      cleanupOnKill: true,
    });
    if (json) {
      io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      return 0;
    }
    const out: string[] = [
      `Imported ${summary.dataDir} into ${summary.dbFile} in ${summary.seconds.toFixed(1)} s.`,
      '',
    ];
    for (const [table, n] of Object.entries(summary.counts))
      out.push(`  ${table.padEnd(24)} ${n.toLocaleString('en-US').padStart(9)}`);
    const gaps = summary.sections.filter((s) => s.status !== 'ok');
    if (gaps.length > 0) {
      out.push('', 'Sections without full data:');
      for (const s of gaps) out.push(`  ${s.name}: ${s.status}${s.note ? ` (${s.note})` : ''}`);
    }
    if (summary.warnings.length > 0) {
      out.push('', `${summary.warnings.length} warning(s):`);
      for (const w of summary.warnings)
        out.push(`  ${w.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : ''}${w.message}`);
    }
    io.stdout.write(`${out.join('\n')}\n`);
    return 0;
  },
};
