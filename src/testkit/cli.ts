/** Runs the CLI in-process for tests: argv in (and stdin text), exit code, stdout and stderr out. */
import { PassThrough } from 'node:stream';
import { main } from '../cli/main.js';

export async function runCli(argv: string[], input = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += d;
  });
  stderr.on('data', (d) => {
    err += d;
  });
  stdin.end(input);
  const code = await main(argv, { stdout, stderr, stdin });
  return { code, out, err };
}
