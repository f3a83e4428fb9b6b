/**
 * The CLI as a real process whose reader has gone (`careerdiff show … | head`): the closed pipe ends the
 * output quietly, with exit 0 and nothing on stderr, instead of an unhandled EPIPE 'error' event.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../defaults.js';
import { BOTH, makeDataDir, tempDir } from '../ingest/onet/testkit.js';
import { importStore } from '../ingest/run.js';

const BIN = path.join(PROJECT_ROOT, 'bin/careerdiff.js');

/** Runs the CLI with its stdout pipe closed before it writes; resolves with its exit code and stderr. */
function runClosed(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('CLI with a closed stdout pipe', () => {
  let data = '';
  let db = '';
  before(() => {
    data = makeDataDir();
    db = path.join(tempDir(), 'store.sqlite');
    importStore({ dataDir: data, dbFile: db, ingesters: BOTH });
  });

  for (const args of [
    ['show', '27-2012.00', '--json'],
    ['show', '27-2012.00'],
    ['resolve', 'producer', '--json'],
  ]) {
    it(`careerdiff ${args.join(' ')} | (closed) exits 0 without an error`, async () => {
      const { code, stderr } = await runClosed([...args, '--db', db, '--data', data]);
      assert.equal(stderr, '');
      assert.equal(code, 0);
    });
  }

  it('a usage error still exits 2 with its message when stdout is closed', async () => {
    const { code, stderr } = await runClosed(['show', '27-2012.00', '--bogus', '--db', db, '--data', data]);
    assert.equal(code, 2);
    assert.match(stderr, /Unknown option '--bogus'/);
  });
});
