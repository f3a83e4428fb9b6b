/**
 * careerdiff's command line: a table of commands, each parsed strictly by util.parseArgs. Errors of every
 * kind are printed once, here, and turned into the exit code of their kind (src/errors.ts).
 */
import { parseArgs } from 'node:util';
import { exitCode, formatError, usageError } from '../errors.js';
import type { CliIO, Command } from './command.js';
import { compareCommand } from './commands/compare.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { serveCommand } from './commands/serve.js';
import { resolveCommand } from './commands/resolve.js';
import { relatedCommand } from './commands/related.js';
import { showCommand } from './commands/show.js';

export const COMMANDS: readonly Command[] = [
  importCommand,
  resolveCommand,
  showCommand,
  compareCommand,
  relatedCommand,
  serveCommand,
  exportCommand,
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
    io.stdout.write(`${help(COMMANDS.find((c) => c.name === rest[0]))}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('careerdiff 0.1.0\n');
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  try {
    if (!cmd) {
      throw usageError(`unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    }
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
    io.stderr.write(`careerdiff${cmd ? ` ${cmd.name}` : ''}: ${formatError(err)}\n`);
    return exitCode(err);
  }
}
