/**
 * careerdiff's command line: a table of commands, each parsed strictly by util.parseArgs. Errors of every
 * kind are printed once, here, and turned into the exit code of their kind (src/errors.ts).
 */
import { parseArgs } from 'node:util';
import { exitCode, formatError, usageError } from '../errors.js';
import type { CliIO, Command } from './command.js';

/**
 * The commands, each loaded only when it runs (or its --help is asked): `careerdiff --help` loads none of them,
 * and a command loads only its own code. `summary` is the command's own (a test checks they agree).
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/**
 * A fast command's exports from its one-file bundle (src/cli/bundled.ts), or undefined when it has no current
 * bundle and loads its modules as usual.
 */
async function bundled(name: string): Promise<Record<string, Command> | undefined> {
  return ((await import('./bundled.js')).loadBundled(name) as Record<string, Command> | null) ?? undefined;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'import',
    summary: 'Build the store from the O*NET and BLS data folder',
    load: async () => (await import('./commands/import.js')).importCommand,
  },
  {
    name: 'resolve',
    summary: 'Turn a job title (or an O*NET / SOC code) into ranked O*NET occupations',
    load: async () =>
      (await bundled('resolve'))?.resolveCommand ?? (await import('./commands/resolve.js')).resolveCommand,
  },
  {
    name: 'show',
    summary: 'Show the profile of one occupation: tasks, requirements, skills, wages, outlook, environment',
    load: async () => (await bundled('show'))?.showCommand ?? (await import('./commands/show.js')).showCommand,
  },
  {
    name: 'compare',
    summary: 'Compare two careers: duties, requirements, environment, skills, salary, outlook, similarity',
    load: async () =>
      (await bundled('compare'))?.compareCommand ?? (await import('./commands/compare.js')).compareCommand,
  },
  {
    name: 'related',
    summary: 'List the occupations most related to one, or to every occupation (--all)',
    load: async () =>
      (await bundled('related'))?.relatedCommand ?? (await import('./commands/related.js')).relatedCommand,
  },
  {
    name: 'moves',
    summary: 'Career moves within reach of one occupation, or routes to another (--to)',
    load: async () => (await bundled('moves'))?.movesCommand ?? (await import('./commands/moves.js')).movesCommand,
  },
  {
    name: 'lineup',
    summary: 'Three or four careers side by side: pay, education, outlook, work environment, top skills',
    load: async () => (await bundled('moves'))?.lineupCommand ?? (await import('./commands/moves.js')).lineupCommand,
  },
  {
    name: 'serve',
    summary: 'Run the website and JSON API (http://127.0.0.1:8080 by default)',
    load: async () => (await import('./commands/serve.js')).serveCommand,
  },
  {
    name: 'export',
    summary: 'Write the website as static files (hub, every profile, the catalog comparisons)',
    load: async () => (await import('./commands/export.js')).exportCommand,
  },
];

const defaultIO: CliIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

function help(cmd?: Command): string {
  if (cmd) {
    return [
      `careerdiff ${cmd.name} ${cmd.usage}`,
      '',
      cmd.summary,
      '',
      'Examples:',
      ...cmd.examples.map((e) => `  ${e}`),
      '',
      'The store is built on first use. Data folder: --data, CAREERDIFF_DATA, or ../shared/data; store: --db, CAREERDIFF_DB, or .careerdiff/careerdiff.sqlite.',
    ].join('\n');
  }
  return [
    'careerdiff — "X vs. Y: What Are the Differences?" for any two careers, from O*NET and BLS data.',
    '',
    'Usage: careerdiff <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'Run "careerdiff <command> --help" for a command\'s options and examples.',
  ].join('\n');
}

export async function main(argv: readonly string[], io: CliIO = defaultIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const entry = COMMANDS.find((c) => c.name === rest[0]);
    io.stdout.write(`${help(entry ? await entry.load() : undefined)}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('careerdiff 0.1.0\n');
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  try {
    if (!entry) {
      throw usageError(`unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    }
    const cmd = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`${help(cmd)}\n`);
      return 0;
    }
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: [...rest], options: cmd.options, allowPositionals: true, strict: true });
    } catch (err) {
      throw usageError(`${(err as Error).message.replace(/\. To specify a positional.*$/s, '')}\n\n${help(cmd)}`);
    }
    const { positionals } = parsed;
    if (positionals.length < cmd.positionals.min || positionals.length > cmd.positionals.max) {
      throw usageError(
        `"${cmd.name}" takes ${cmd.positionals.min === cmd.positionals.max ? cmd.positionals.min : `${cmd.positionals.min} to ${cmd.positionals.max}`} argument(s), got ${positionals.length}\n\nUsage: careerdiff ${cmd.name} ${cmd.usage}`,
      );
    }
    return await cmd.run({ values: parsed.values as Record<string, string | boolean | undefined>, positionals, io });
  } catch (err) {
    io.stderr.write(`careerdiff${entry ? ` ${entry.name}` : ''}: ${formatError(err)}\n`);
    return exitCode(err);
  }
}
