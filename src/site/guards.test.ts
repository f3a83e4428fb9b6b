/**
 * Regression tests for what an outside attacker found (issue 12), in-process: redirects stay inside the site,
 * odd characters in redirected paths are never a 500, query parameters cannot force new cached variants,
 * other methods are a 405 with Allow, echoed input is clipped.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLocalLocation, safeLocation } from './guards.js';
import { testApp } from './testing.js';

const { app, site } = testApp();

describe('redirects only ever point inside the site', () => {
  const tricks = [
    '//evil.example/',
    '//evil.example',
    '/.//evil.example/',
    '/%09/evil.example/',
    '/%5Cevil.example/',
    '/%5C%5Cevil.example/',
    '/\\evil.example/',
    '/%2F%2Fevil.example/',
    '/%2f/evil.example/',
    '///evil.example//',
    '/%0d%0aSet-Cookie:%20x=1/',
    '/occupation/%D7%90/',
    '/%F0%9F%98%80/',
    '/compare/%E2%80%AE/',
    '/%00/',
    '/search/?q=%0d%0aX:1',
  ];
  for (const url of tricks) {
    it(url, async () => {
      const res = await app.request(url);
      assert.ok(res.status < 500, `${url} → ${res.status}`);
      const loc = res.headers.get('location');
      if (loc !== null) {
        assert.ok([301, 302, 303].includes(res.status), url);
        assert.ok(isLocalLocation(loc), `${url} → Location ${loc}`);
      } else {
        assert.equal(res.status, 404, url);
      }
    });
  }
  it('keeps the plain trailing-slash redirect of a real page, query and all', async () => {
    const res = await app.request('/occupation/producers-and-directors/?x=%C3%A9');
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), '/occupation/producers-and-directors?x=%C3%A9');
  });
  it('encodes a path outside Latin-1 instead of failing on the header (301 to an encoded path)', async () => {
    const res = await app.request('/occupation/%D7%90/');
    assert.equal(res.status, 301);
    assert.equal(res.headers.get('location'), '/occupation/%D7%90');
  });
  it('collapses slashes and backslashes to a local path', async () => {
    for (const [url, to] of [
      ['//evil.example/', '/evil.example'],
      ['/%5Cevil.example/', '/evil.example'],
      ['/.//evil.example/', '/evil.example'],
    ] as const)
      assert.equal((await app.request(url)).headers.get('location'), to, url);
  });
  it('answers 404 for a path with control characters', async () => {
    for (const url of ['/%09/evil.example/', '/%0d%0aX:1/', '/a%00b'])
      assert.equal((await app.request(url)).status, 404, url);
  });
  it('safeLocation refuses or repairs every off-site form', () => {
    assert.equal(safeLocation('https://evil.example/'), null);
    assert.equal(safeLocation('//evil.example'), '/evil.example');
    assert.equal(safeLocation('/\\evil.example'), '/evil.example');
    assert.equal(safeLocation('/%5C%5Cevil.example'), '/evil.example');
    assert.equal(safeLocation('/a\tb'), null);
    assert.equal(safeLocation('/a?b=c d\r\n'), '/a?b=c%20d');
    assert.equal(safeLocation('/é?q=😀'), '/%C3%A9?q=%F0%9F%98%80');
    assert.equal(safeLocation('/100%'), '/100%25');
    assert.ok(!isLocalLocation('//x') && !isLocalLocation('/\\x') && !isLocalLocation('/a b') && isLocalLocation('/'));
  });
});

describe('parameters cannot force rebuilds of the sitemap and search index', () => {
  it('ignores ?pairs=N on a live server: one cache entry for every N', async () => {
    const { app, site } = testApp();
    const full = await (await app.request('/sitemap.xml')).text();
    const before = site.cache.size;
    for (let n = 0; n < 30; n++) {
      assert.equal(await (await app.request(`/sitemap.xml?pairs=${n}`)).text(), full);
      await app.request(`/search-index.json?pairs=${n}&x=${n}`);
    }
    assert.equal(site.cache.size, before + 1, 'one more entry: the search index');
  });
  it('honours it for the static export (pairsParam), clamped to the catalog', async () => {
    const { app, site } = testApp({ pairsParam: true });
    const ix = async (n: string) =>
      (await (await app.request(`/search-index.json?pairs=${n}`)).json()) as { pairs: unknown[] };
    assert.equal((await ix('1')).pairs.length, 1);
    const all = site.catalog().pairs.length;
    assert.equal((await ix('9999999')).pairs.length, all);
    const before = site.cache.size;
    await ix(String(all + 5));
    assert.equal(site.cache.size, before, 'values above the catalog size share the full entry');
  });
});

describe('only GET and HEAD', () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
    it(`${method} → 405 with Allow: GET, HEAD`, async () => {
      for (const url of ['/api/resolve?q=nurse', '/api/nope', '/', '/compare/x-vs-y']) {
        const res = await app.request(url, { method });
        assert.equal(res.status, 405, `${method} ${url}`);
        assert.equal(res.headers.get('allow'), 'GET, HEAD');
        if (url.startsWith('/api/'))
          assert.equal(((await res.json()) as { error: { kind: string } }).error.kind, 'method');
      }
    });
  }
  it('HEAD still works', async () => {
    assert.equal((await app.request('/api/health', { method: 'HEAD' })).status, 200);
  });
});

describe('echoed input is clipped', () => {
  it('in API and page errors', async () => {
    const long = 'x'.repeat(10_000);
    for (const url of [`/api/occupation/${long}`, `/api/compare?a=nurse&b=chef&aCode=${long}`, `/occupation/${long}`]) {
      const res = await app.request(url);
      assert.ok(res.status >= 400 && res.status < 500, `${url.slice(0, 30)} → ${res.status}`);
      const body = await res.text();
      assert.ok(body.length < 20_000, `${url.slice(0, 30)}: ${body.length} characters`);
      assert.ok(!body.includes('x'.repeat(1000)));
    }
    assert.ok(site.catalog().occupations.length > 0);
  });
});

describe('pages with typed titles', () => {
  const PD_AV = '/compare/producers-and-directors-vs-audio-and-video-technicians';
  it('show text that matches nothing nowhere: not in H1, title, og:title or JSON-LD', async () => {
    const { app, site } = testApp();
    const before = site.cache.size;
    const res = await app.request(`${PD_AV}?a=Free%20money%20call%20555-0100&b=scam`);
    assert.equal(res.status, 200);
    const body = await res.text();
    assert.doesNotMatch(body, /Free money|555-0100|scam/i);
    assert.match(body, new RegExp(`<link rel="canonical" href="https://careers.test${PD_AV}">`));
    assert.ok(site.cache.size <= before + 1, 'at most the canonical page is cached');
  });
  it('are noindex, canonical to the occupations’ page, and kept out of shared caches', async () => {
    const { app, site } = testApp();
    const before = site.cache.size;
    const res = await app.request(`${PD_AV}?a=associate%20producer&b=video%20production%20assistant`);
    assert.equal(res.status, 200);
    const body = await res.text();
    assert.match(body, /<h1>associate producer vs\. video production assistant/);
    assert.match(body, /<meta name="robots" content="noindex">/);
    assert.match(body, new RegExp(`<link rel="canonical" href="https://careers.test${PD_AV}">`));
    assert.equal(res.headers.get('cache-control'), 'private, max-age=300');
    assert.equal(site.cache.size, before, 'not in the page cache');
    const plain = await (await app.request(PD_AV)).text();
    assert.doesNotMatch(plain, /noindex/);
  });
  it('keep a typed title only for the occupation it reads as', async () => {
    const { app } = testApp();
    // "associate producer" reads as Producers and Directors, not as the technicians on side b.
    const body = await (
      await app.request(`${PD_AV}?a=audio%20and%20video%20technicians&b=associate%20producer`)
    ).text();
    assert.doesNotMatch(body, /<h1>[^<]*associate producer/i);
  });
});

describe('OpenAPI', () => {
  it('documents /api/health (200 and 503) and the 405 kind', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, unknown> };
    };
    assert.deepEqual(Object.keys(doc.paths['/api/health']!.get.responses).sort(), ['200', '503']);
    // The error kinds, wherever the schema keeps them: the enum that lists "not_found" lists "method" too.
    const kinds = [...JSON.stringify(doc.components.schemas).matchAll(/"enum":\[([^\]]*"not_found"[^\]]*)\]/g)];
    assert.ok(kinds.length > 0, 'an enum of error kinds');
    for (const k of kinds) assert.match(k[1]!, /"method"/);
  });
});
