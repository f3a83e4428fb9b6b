/** The shape of one CLI command. Parsing is node's util.parseArgs (strict: unknown options are errors). */
import type { ParseArgsConfig } from 'node:util';

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
}

export interface CommandArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
  io: CliIO;
}

export interface Command {
  name: string;
  summary: string;
  /** Usage line after "careerdiff <name>". */
  usage: string;
  /** Examples shown by --help. */
  examples: string[];
  options: OptionSpec;
  /** Allowed number of positionals. */
  positionals: { min: number; max: number };
  run(args: CommandArgs): Promise<number> | number;
}

/** Options every command that reads the store takes. */
export const STORE_OPTIONS: OptionSpec = {
  data: { type: 'string' },
  db: { type: 'string' },
};

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
