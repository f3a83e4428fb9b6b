/**
 * Temporary folders for tests: each call makes a new one (fs.mkdtempSync), and every one made in the process is
 * removed when it exits, not after one test file, since the unit tier runs many files in one process
 * (scripts/test.ts) and one file must not remove another's folders.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];

export function tempDir(prefix: string): string {
  if (made.length === 0)
    process.once('exit', () => {
      for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
    });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
