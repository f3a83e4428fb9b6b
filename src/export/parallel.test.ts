/**
 * Export at scale on a fixture store: `--workers 2` writes the same files, byte for byte, as one thread, and
 * `--shard i/n` parts are disjoint, cover the whole export together, keep their own manifests, and are the
 * same files whatever machine writes them.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { CliIO } from '../cli/command.js';
import { main } from '../cli/main.js';
import { BOTH, makeDataDir, tempDir } from '../ingest/onet/testkit.js';
import { importStore } from '../ingest/run.js';
import { parseShard, partOf } from './export.js';

const quiet = {
  stdout: { write: () => true },
  stderr: { write: () => true },
  stdin: process.stdin,
} as unknown as CliIO;

/** Every file under dir (relative path → bytes), manifests left out. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const p = path.join(dir, rel);
    if (fs.statSync(p).isFile() && !path.basename(rel).startsWith('.careerdiff-export'))
      out.set(rel, fs.readFileSync(p));
  }
  return out;
}

describe('export --workers and --shard', { timeout: 300_000 }, () => {
  let data: string;
  let db: string;
  const run = async (out: string, ...extra: string[]) =>
    main(['export', '--out', out, '--db', db, '--data', data, '--base-url', 'https://example.org', ...extra], quiet);

  before(() => {
    data = makeDataDir();
    db = path.join(tempDir(), 'store.sqlite');
    importStore({ dataDir: data, dbFile: db, ingesters: BOTH });
  });

  it('parts are every n-th job: disjoint, complete, deterministic', () => {
    const jobs = Array.from({ length: 23 }, (_, i) => i);
    const parts = [0, 1, 2].map((index) => partOf(jobs, { index, count: 3 }));
    assert.deepEqual(
      parts.flat().sort((a, b) => a - b),
      jobs,
    );
    assert.equal(new Set(parts.flat()).size, jobs.length);
    assert.deepEqual(parseShard('2/8'), { index: 1, count: 8 });
    for (const bad of ['0/2', '3/2', '1/0', 'x', '1-2']) assert.throws(() => parseShard(bad), /--shard must be i\/n/);
  });

  it('two worker threads write the same files as one thread', async () => {
    const one = path.join(tempDir(), 'one');
    const two = path.join(tempDir(), 'two');
    assert.equal(await run(one), 0);
    assert.equal(await run(two, '--workers', '2'), 0);
    const a = files(one);
    const b = files(two);
    assert.ok(a.size > 10, `${a.size} files`);
    assert.deepEqual([...b.keys()], [...a.keys()]);
    for (const [rel, bytes] of a) assert.ok(bytes.equals(b.get(rel)!), rel);
  });

  it('shards written into one folder add up to the whole export, each with its own manifest', async () => {
    const ref = path.join(tempDir(), 'ref');
    assert.equal(await run(ref), 0);
    const all = files(ref);
    const out = path.join(tempDir(), 'sharded');
    const seen: string[] = [];
    for (const i of [1, 2, 3]) {
      const before = new Set(fs.existsSync(out) ? files(out).keys() : []);
      assert.equal(await run(out, '--shard', `${i}/3`, ...(i === 2 ? ['--workers', '2'] : [])), 0);
      const added = [...files(out).keys()].filter((k) => !before.has(k));
      assert.ok(added.length > 0, `shard ${i} wrote files`);
      seen.push(...added);
    }
    assert.equal(new Set(seen).size, seen.length, 'disjoint');
    const got = files(out);
    assert.deepEqual([...got.keys()], [...all.keys()]);
    for (const [rel, bytes] of all) assert.ok(bytes.equals(got.get(rel)!), rel);
    for (const i of [1, 2, 3]) assert.ok(fs.existsSync(path.join(out, `.careerdiff-export.${i}-of-3.json`)));
    // Re-running one shard leaves the others' files alone.
    assert.equal(await run(out, '--shard', '1/3'), 0);
    assert.equal(files(out).size, all.size);
  });

  it('a worker that fails stops the others: the export fails at once with its error and writes nothing more', async () => {
    const out = path.join(tempDir(), 'failing');
    // The hub page (the first file of the first worker) cannot be written: a folder holds its name.
    fs.mkdirSync(path.join(out, 'index.html', 'blocked'), { recursive: true });
    const err: string[] = [];
    const io = { ...quiet, stderr: { write: (s: string) => err.push(s) > 0 } } as unknown as CliIO;
    const code = await main(
      ['export', '--out', out, '--db', db, '--data', data, '--workers', '3', '--base-url', 'https://example.org'],
      io,
    );
    assert.equal(code, 2, err.join(''));
    const message = err.join('');
    assert.match(
      message,
      /export stopped: worker 1 of 3 failed and the other 2 were stopped, no manifest written: cannot write \S*index\.html \(EISDIR\)/,
    );
    // Every thread had stopped when the command returned: nothing is written after it.
    const after = files(out);
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual([...files(out).keys()], [...after.keys()]);
    assert.ok(!fs.existsSync(path.join(out, '.careerdiff-export.json')));
    const ref = path.join(tempDir(), 'complete');
    assert.equal(await run(ref), 0);
    assert.ok(after.size < files(ref).size, `${after.size} of ${files(ref).size} files written before the stop`);
  });

  it('bad --workers and --shard are usage errors', async () => {
    const out = path.join(tempDir(), 'bad');
    assert.equal(await run(out, '--workers', '0'), 2);
    assert.equal(await run(out, '--shard', '4/3'), 2);
  });
});
