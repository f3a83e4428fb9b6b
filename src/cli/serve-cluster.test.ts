/**
 * `careerdiff serve --workers 2` as a real process tree over a fixture store: it announces one address, both
 * workers answer, a worker killed with SIGKILL is replaced by a new one, a worker that cannot start (port in
 * use) stops the server with an error instead of a restart loop, and SIGTERM stops everything with exit 0.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../defaults.js';
import { BOTH, makeDataDir, tempDir } from '../ingest/onet/testkit.js';
import { importStore } from '../ingest/run.js';

const BIN = path.join(PROJECT_ROOT, 'bin/careerdiff.js');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Child process ids of a process (ps exits 1 when there are none). */
function children(pid: number): number[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  } catch {
    return [];
  }
  return out
    .split('\n')
    .map((l) => Number(l.trim()))
    .filter((n) => n > 0);
}

async function until<T>(what: string, f: () => T | undefined | false | Promise<T | undefined | false>, ms = 60_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Proc {
  child: ChildProcess;
  out: string;
  err: string;
  exit: Promise<number | null>;
}

function serve(args: string[]): Proc {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const p: Proc = { child, out: '', err: '', exit: new Promise((r) => child.on('exit', (code) => r(code))) };
  child.stdout!.on('data', (d) => {
    p.out += d;
  });
  child.stderr!.on('data', (d) => {
    p.err += d;
  });
  return p;
}

describe('serve with workers', { timeout: 240_000 }, () => {
  let data: string;
  let db: string;
  before(() => {
    data = makeDataDir();
    db = path.join(tempDir(), 'store.sqlite');
    importStore({ dataDir: data, dbFile: db, ingesters: BOTH });
  });

  it('serves from two workers, replaces a killed one, and stops on SIGTERM', async () => {
    const port = await freePort();
    const p = serve(['--workers', '2', '--port', String(port), '--db', db, '--data', data]);
    try {
      await until('the address', () => p.out.includes(`serving on http://127.0.0.1:${port} with 2 workers`));
      // A new connection per request (no keep-alive pool that could hold a socket of the killed worker).
      const health = () =>
        new Promise<number>((resolve, reject) =>
          http
            .get({ host: '127.0.0.1', port, path: '/api/health', agent: false }, (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            })
            .on('error', reject),
        );
      assert.equal(await health(), 200);
      // Both workers listening (each says so once ready), so the one killed below was serving.
      await until('both workers ready', () => p.err.split('ready in').length >= 3);
      await new Promise((r) => setTimeout(r, 500)); // the primary hears of each listening worker on its own channel
      const first = await until('two workers', () => {
        const c = children(p.child.pid!);
        return c.length === 2 && c;
      });
      process.kill(first[0]!, 'SIGKILL');
      await until('the replacement', () => {
        const c = children(p.child.pid!);
        return c.length === 2 && !c.includes(first[0]!) && p.err.includes('starting another') && c;
      });
      await until('a worker listening again', () => p.err.split('ready in').length >= 4);
      for (let i = 0; i < 6; i++) assert.equal(await health(), 200);
      p.child.kill('SIGTERM');
      assert.equal(await p.exit, 0);
      assert.deepEqual(children(p.child.pid!), []);
      assert.equal(p.out.match(/serving on/g)?.length, 1, 'one announcement');
    } finally {
      for (const c of children(p.child.pid!)) process.kill(c, 'SIGKILL');
      p.child.kill('SIGKILL');
    }
  });

  it('a worker that cannot listen stops the server with an error instead of restarting', async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((r) =>
      blocker.listen(0, '127.0.0.1', () => r((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const p = serve(['--workers', '2', '--port', String(port), '--db', db, '--data', data]);
      const code = await p.exit;
      assert.notEqual(code, 0);
      assert.match(p.err, /stopped before it could serve/);
      assert.doesNotMatch(p.out, /serving on/);
    } finally {
      blocker.close();
    }
  });
});
