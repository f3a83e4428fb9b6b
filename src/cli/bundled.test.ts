/**
 * The command bundles' loader (src/cli/bundled.ts) on a hand-made bundle in a temporary folder: a current bundle
 * loads, one whose input or own file changed (or a manifest of another format, or CAREERDIFF_NO_BUNDLE=1) is not
 * used, and the code cache written after a first run is taken by the next process.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { currentBundle, loadBundled } from './bundled.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-bundled-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A bundle folder under root/dist/src/cli/bundled with one bundle `name` made from root/input.js. */
function makeBundle(name: string, source: string, format = 'careerdiff-cli-bundle/2') {
  const root = fs.mkdtempSync(path.join(tmp, 'root-'));
  const dir = path.join(root, 'dist/src/cli/bundled');
  fs.mkdirSync(dir, { recursive: true });
  const input = path.join(root, 'input.js');
  fs.writeFileSync(input, '// an input\n');
  fs.writeFileSync(path.join(dir, `${name}.cjs`), source);
  const stat = (f: string) => fs.statSync(f);
  const b = stat(path.join(dir, `${name}.cjs`));
  const i = stat(input);
  const manifest = {
    format,
    bundle: {
      file: `${name}.cjs`,
      hash: 'abc',
      size: b.size,
      mtimeMs: b.mtimeMs,
      inputs: [['input.js', i.size, i.mtimeMs]],
    },
  };
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(manifest));
  return { root, dir, input };
}

describe('command bundles', () => {
  it('a current bundle runs as CommonJS with its own require, __dirname and module', () => {
    const { root, dir } = makeBundle(
      'one',
      "const path = require('node:path'); exports.answer = 42; exports.dir = path.basename(__dirname); module.exports.same = exports === module.exports;",
    );
    const m = loadBundled('one', dir, root);
    assert.deepEqual(m, { answer: 42, dir: 'bundled', same: true });
    assert.equal(loadBundled('one', dir, root), m, 'loaded once per process');
  });

  it('is not used when an input changed, its own file changed, or the manifest is of another format', () => {
    const a = makeBundle('two', 'exports.x = 1;');
    assert.ok(currentBundle('two', a.dir, a.root));
    fs.appendFileSync(a.input, '// edited\n');
    assert.equal(currentBundle('two', a.dir, a.root), null);
    assert.equal(loadBundled('two', a.dir, a.root), null);

    const b = makeBundle('three', 'exports.x = 1;');
    fs.writeFileSync(path.join(b.dir, 'three.cjs'), 'exports.x = 2;');
    assert.equal(currentBundle('three', b.dir, b.root), null);

    const c = makeBundle('four', 'exports.x = 1;', 'careerdiff-cli-bundle/1');
    assert.equal(currentBundle('four', c.dir, c.root), null);
    assert.equal(currentBundle('absent', c.dir, c.root), null);
    assert.equal(currentBundle('four', path.join(tmp, 'no-such-folder'), c.root), null);
  });

  it('CAREERDIFF_NO_BUNDLE=1 turns bundles off', () => {
    const { root, dir } = makeBundle('five', 'exports.x = 5;');
    process.env.CAREERDIFF_NO_BUNDLE = '1';
    try {
      assert.equal(loadBundled('five', dir, root), null);
    } finally {
      delete process.env.CAREERDIFF_NO_BUNDLE;
    }
    assert.deepEqual(loadBundled('five', dir, root), { x: 5 });
  });

  it('writes a code cache when the first process ends (not one that built the store), and the next process compiles with it', () => {
    const { root, dir } = makeBundle(
      'six',
      'exports.sum = (n) => { let s = 0; for (let i = 0; i < n; i++) s += i; return s; };',
    );
    const loader = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bundled.js');
    const child = `
      import vm from 'node:vm';
      const { loadBundled } = await import(${JSON.stringify(loader)});
      let rejected = null;
      const Script = vm.Script;
      vm.Script = class extends Script { constructor(s, o) { super(s, o); if (o.cachedData) rejected = this.cachedDataRejected; } };
      const m = loadBundled('six', ${JSON.stringify(dir)}, ${JSON.stringify(root)});
      if (process.env.BUILT === '1') process.emit('careerdiff:store-built');
      console.log(JSON.stringify({ sum: m.sum(10), rejected }));`;
    const run = (built = false) => {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], {
        encoding: 'utf8',
        env: { ...process.env, BUILT: built ? '1' : '0' },
      });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout) as { sum: number; rejected: boolean | null };
    };
    assert.deepEqual(run(true), { sum: 45, rejected: null }, 'a run that built the store: no cache yet');
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.endsWith('.cache')),
      [],
      'and none written by it',
    );
    assert.deepEqual(run(), { sum: 45, rejected: null }, 'first run: no cache yet');
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.endsWith('.cache')),
      ['six-abc.cache'],
    );
    assert.deepEqual(run(), { sum: 45, rejected: false }, 'second run: the cache is taken');
  });
});
