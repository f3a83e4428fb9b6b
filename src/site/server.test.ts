/**
 * The server's cached-page fast path (src/site/server.ts cachedReply) on a real loopback socket over the fake
 * engine: a page answered from the cache before the app has the same status, headers and bytes as the app's
 * own answer (plain, gzip, 304), and requests the app must see (a query, HEAD, a sick store) still reach it.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { fakeEngine } from './fake-engine.js';
import { type RunningServer, startServer } from './server.js';

const PAGE = '/compare/producers-and-directors-vs-audio-and-video-technicians';

interface Raw {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

function get(srv: RunningServer, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${srv.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const h: [string, string][] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2)
          if (res.rawHeaders[i] !== 'Date') h.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
        resolve({ status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('cached pages answered before the app', () => {
  let srv: RunningServer;
  let healthy = true;
  const store = { health: () => (healthy ? { ok: true } : { ok: false, reason: 'test' }), check: () => {} };

  before(async () => {
    srv = await startServer({ engine: fakeEngine(), onServerError: () => {}, store: store as never }, 0, '127.0.0.1');
  });
  after(() => srv.close());

  it('sends what the app sends: plain, gzip and 304', async () => {
    const first = await get(srv, PAGE); // rendered by the app, now cached
    assert.equal(first.status, 200);
    const hits = srv.site.cache.hits;
    // An app that knows no route: only the fast path can answer now.
    const { app, site } = srv;
    srv.use({ app: new Hono(), site });
    const again = await get(srv, PAGE);
    assert.equal((await get(srv, `${PAGE}?x=1`)).status, 404, 'the app itself is out of the way');
    srv.use({ app, site });
    assert.equal(srv.site.cache.hits, hits + 1, 'answered from the cache');
    assert.deepEqual(again, first);
    const etag = first.headers.find(([k]) => k === 'ETag')![1];
    // The same request through the app (a query makes it skip the fast path; the page ignores it).
    const variants: Record<string, string>[] = [{ 'Accept-Encoding': 'gzip' }, { 'If-None-Match': etag }, {}];
    for (const headers of variants) {
      const fast = await get(srv, PAGE, headers);
      const viaApp = await get(srv, `${PAGE}?x=1`, headers);
      assert.deepEqual(fast, viaApp, JSON.stringify(headers));
    }
    assert.equal((await get(srv, PAGE, { 'If-None-Match': etag })).status, 304);
  });

  it('leaves HEAD, queries and a sick store to the app', async () => {
    await get(srv, PAGE);
    const hits = srv.site.cache.hits;
    const head = await get(srv, PAGE, {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    healthy = false;
    const sick = await get(srv, PAGE);
    healthy = true;
    assert.equal(sick.status, 503);
    assert.equal(srv.site.cache.hits, hits + 1, 'only HEAD reached the cache (through the app)');
  });
});
