/** JSON API tests, in-process: every route, every error case, and "never 500 for user input". */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from './testing.js';

const { app } = testApp();

const get = async (url: string) => {
  const res = await app.request(url);
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return {
    res,
    json: json as Record<string, unknown> & { error?: { kind: string; message: string; where: { param?: string } } },
  };
};

describe('/api/resolve', () => {
  it('returns candidates with profile paths', async () => {
    const { res, json } = await get('/api/resolve?q=associate%20producer&limit=3');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /application\/json/);
    const c = (json.candidates as { code: string; path: string }[])[0]!;
    assert.equal(c.code, '27-2012.00');
    assert.equal(c.path, '/occupation/producers-and-directors');
  });
  it('accepts a pair context', async () => {
    const { res } = await get('/api/resolve?q=video%20production%20assistant&with=producer');
    assert.equal(res.status, 200);
  });
  it('400s a missing, empty or overlong q and a bad limit', async () => {
    for (const url of [
      '/api/resolve',
      '/api/resolve?q=',
      '/api/resolve?q=%20%20',
      `/api/resolve?q=${'a'.repeat(500)}`,
    ]) {
      const { res, json } = await get(url);
      assert.equal(res.status, 400, url);
      assert.equal(json.error!.kind, 'usage');
      assert.equal(json.error!.where.param, 'q');
    }
    for (const limit of ['0', '-1', 'abc', '51', '1e3', '9999999']) {
      const { res, json } = await get(`/api/resolve?q=x&limit=${limit}`);
      assert.equal(res.status, 400, limit);
      assert.equal(json.error!.where.param, 'limit');
    }
  });
});

describe('/api/occupation/:code', () => {
  it('returns the profile by code and by slug', async () => {
    for (const id of ['27-2012.00', '27-2012', 'producers-and-directors']) {
      const { res, json } = await get(`/api/occupation/${id}`);
      assert.equal(res.status, 200, id);
      assert.equal(json.code, '27-2012.00');
      assert.ok((json.onet as { tasks: unknown[] }).tasks.length > 0);
      assert.match(res.headers.get('link')!, /rel="alternate"; type="text\/html"/);
    }
  });
  it('400s a malformed code and 404s an unknown one', async () => {
    assert.equal((await get('/api/occupation/not%20a%20code')).res.status, 400);
    assert.equal((await get(`/api/occupation/${'9'.repeat(300)}`)).res.status, 400);
    const nf = await get('/api/occupation/11-1111.11');
    assert.equal(nf.res.status, 404);
    assert.equal(nf.json.error!.kind, 'not_found');
  });
});

describe('/api/compare', () => {
  it('returns the Comparison with a Link to the article', async () => {
    const { res, json } = await get('/api/compare?a=producer&b=video%20production%20assistant&bCode=27-4011.00');
    assert.equal(res.status, 200);
    assert.equal(json.schemaVersion, 2);
    assert.match(res.headers.get('link')!, /\/compare\/producers-and-directors-vs-audio-and-video-technicians>/);
    const codes = await get('/api/compare?aCode=27-2012.00&bCode=27-4011');
    assert.equal(codes.res.status, 200);
  });
  it('400s missing sides and bad codes, 404s unknown codes and titles', async () => {
    assert.equal((await get('/api/compare')).res.status, 400);
    assert.equal((await get('/api/compare?a=producer')).res.status, 400);
    assert.equal((await get('/api/compare?a=producer&b=x&bCode=abc')).res.status, 400);
    assert.equal((await get(`/api/compare?a=${'p'.repeat(200)}&b=x`)).res.status, 400);
    assert.equal((await get('/api/compare?a=producer&b=x&bCode=11-1111.11')).res.status, 404);
    assert.equal((await get('/api/compare?a=producer&b=zzqx')).res.status, 404);
  });
});

describe('/api/related and the rest', () => {
  it('lists related occupations with compare paths', async () => {
    const { res, json } = await get('/api/related/27-2012.00?limit=2');
    assert.equal(res.status, 200);
    const rel = json.related as { code: string; comparePath: string }[];
    assert.equal(rel.length, 2);
    assert.match(rel[0]!.comparePath, /^\/compare\/.+-vs-.+$/);
    assert.equal((await get('/api/related/27-2012.00?limit=0')).res.status, 400);
    assert.equal((await get('/api/related/11-1111.11')).res.status, 404);
  });
  it('serves an OpenAPI 3 document describing every route', async () => {
    const { res, json } = await get('/api/openapi.json');
    assert.equal(res.status, 200);
    assert.match(String(json.openapi), /^3\./);
    for (const p of ['/api/resolve', '/api/occupation/{code}', '/api/compare', '/api/related/{code}'])
      assert.ok((json.paths as Record<string, unknown>)[p], p);
  });
  it('answers unknown API routes with JSON 404', async () => {
    const { res, json } = await get('/api/nope');
    assert.equal(res.status, 404);
    assert.equal(json.error!.kind, 'not_found');
  });
  it('never answers 500 to user input', async () => {
    const nasty = [
      '%00',
      '%E0%A4%A',
      '%F0%9F%92%A9',
      '<script>',
      "'; DROP TABLE occupations; --",
      '../../etc/passwd',
      '\u202e\u2066',
      '%2F..%2F..',
      'a'.repeat(2000),
      '27-2012.00%0A',
      '{}',
      '[]',
    ];
    const routes = [
      (x: string) => `/api/resolve?q=${x}`,
      (x: string) => `/api/resolve?q=producer&limit=${x}`,
      (x: string) => `/api/occupation/${x}`,
      (x: string) => `/api/compare?a=${x}&b=producer`,
      (x: string) => `/api/compare?a=producer&b=producer&aCode=${x}`,
      (x: string) => `/api/related/${x}`,
      (x: string) => `/api/related/27-2012.00?limit=${x}`,
      (x: string) => `/compare/${x}-vs-producer`,
      (x: string) => `/compare?a=${x}&b=producer`,
      (x: string) => `/occupation/${x}`,
      (x: string) => `/search?q=${x}`,
      (x: string) => `/family/${x}`,
      (x: string) => `/job-zone/${x}`,
      (x: string) => `/${x}`,
    ];
    for (const r of routes)
      for (const x of nasty) {
        const url = r(x);
        const res = await app.request(url);
        assert.ok(res.status < 500, `${url} → ${res.status}`);
      }
  });
});
