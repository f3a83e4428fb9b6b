/**
 * The API schemas (whether generated.ts is current is checked by npm run lint): every reference resolves,
 * the write fixtures are valid Comparisons, and every API answer of the fake engine matches its documented schema.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../defaults.js';
import { testApp } from '../site/testing.js';
import { componentSchemas } from './components.js';
import { DEFINITIONS } from './generated.js';
import { schemaErrors } from './testkit.js';

const refsOf = (v: unknown, out: string[] = []): string[] => {
  if (Array.isArray(v)) for (const x of v) refsOf(x, out);
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) k === '$ref' && typeof x === 'string' ? out.push(x) : refsOf(x, out);
  return out;
};

describe('API schemas', () => {
  it('every reference resolves, in the definitions and in the OpenAPI components', async () => {
    for (const r of refsOf(DEFINITIONS)) assert.ok(r.slice('#/definitions/'.length) in DEFINITIONS, r);
    const doc = (await (await testApp().app.request('/api/openapi.json')).json()) as {
      components: { schemas: Record<string, unknown> };
    };
    const comps = doc.components.schemas;
    for (const name of Object.keys(componentSchemas())) assert.ok(name in comps, name);
    for (const r of refsOf(doc)) {
      const [, kind, name] = /^#\/components\/(schemas|responses)\/([^/]+)/.exec(r) ?? [];
      assert.ok(kind && name && name in (doc.components as Record<string, Record<string, unknown>>)[kind]!, r);
    }
    assert.equal((comps.Comparison as { type?: string }).type, 'object');
    assert.ok(Object.keys((comps.Comparison as { properties: object }).properties).length > 10);
  });

  it('the write fixtures are valid Comparisons, and a broken one is not', () => {
    const dir = path.join(PROJECT_ROOT, 'test/fixtures/write');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
    assert.ok(files.length >= 4);
    for (const f of files) {
      const doc = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      assert.deepEqual(schemaErrors('Comparison', doc), [], f);
      const broken = { ...doc, resolution: { ...doc.resolution, a: { ...doc.resolution.a, score: 'high' } } };
      assert.notDeepEqual(schemaErrors('Comparison', broken), [], `${f} with a text score`);
    }
  });

  it('the documented parameter limits are the ones the API enforces', async () => {
    const { app } = testApp();
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<
        string,
        { get: { parameters: { name: string; schema: { maximum?: number; maxLength?: number } }[] } }
      >;
    };
    const params = doc.paths['/api/resolve']!.get.parameters;
    const max = params.find((p) => p.name === 'limit')!.schema.maximum!;
    const len = params.find((p) => p.name === 'q')!.schema.maxLength!;
    assert.equal((await app.request(`/api/resolve?q=producer&limit=${max}`)).status, 200);
    assert.equal((await app.request(`/api/resolve?q=producer&limit=${max + 1}`)).status, 400);
    assert.equal((await app.request(`/api/resolve?q=${'a'.repeat(len)}`)).status, 200);
    assert.equal((await app.request(`/api/resolve?q=${'a'.repeat(len + 1)}`)).status, 400);
  });

  it("the fake engine's API answers match their documented schemas", async () => {
    const { app } = testApp();
    const cases: [string, string, number][] = [
      ['/api/resolve?q=producer', 'ApiResolution', 200],
      ['/api/resolve?q=zzzzqqq', 'ApiResolution', 200],
      ['/api/occupation/27-2012.00', 'ApiOccupation', 200],
      ['/api/compare?a=producer&b=production%20assistant', 'Comparison', 200],
      ['/api/related/27-2012.00', 'ApiRelated', 200],
      ['/api/resolve', 'ApiError', 400],
      ['/api/occupation/11-1111.11', 'ApiError', 404],
    ];
    for (const [url, schema, status] of cases) {
      const res = await app.request(url);
      assert.equal(res.status, status, url);
      assert.deepEqual(schemaErrors(schema, await res.json()), [], url);
    }
  });
});
