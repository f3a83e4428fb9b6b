/** The static export over the fake engine: files, parity with the app, idempotence, path safety, cleanup. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { testApp } from '../site/testing.js';
import { exportSite, fileFor } from './export.js';

describe('careerdiff export', () => {
  it('writes every page, equal to what the app serves, and is idempotent', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-export-'));
    try {
      const sa = testApp({ pageCacheEntries: 0, pairsParam: true });
      const s1 = await exportSite(sa, { outDir: dir });
      const cat = sa.site.catalog();
      assert.equal(s1.pages.hub, 1);
      assert.equal(s1.pages.profiles, cat.occupations.length);
      assert.equal(s1.pages.moves, cat.occupations.length);
      assert.equal(s1.pages.comparisons, cat.pairs.length);
      for (const f of [
        'index.html',
        'compare/index.html',
        'search/index.html',
        'sitemap.xml',
        'robots.txt',
        'search-index.json',
        '404.html',
        'assets/site.css',
        'assets/site.js',
        'api/openapi.json',
      ])
        assert.ok(fs.existsSync(path.join(dir, f)), f);
      const p = cat.pairs[0]!.path;
      const served = await (await sa.app.request(p)).text();
      assert.equal(fs.readFileSync(path.join(dir, p, 'index.html'), 'utf8'), served);
      const s2 = await exportSite(sa, { outDir: dir });
      assert.equal(s2.written, 0);
      assert.equal(s2.unchanged, s1.files);
      // A smaller export removes the comparisons it no longer produces.
      const s3 = await exportSite(sa, { outDir: dir, limit: 1 });
      assert.equal(s3.pages.comparisons, 1);
      assert.equal(s3.removed, cat.pairs.length - 1);
      assert.ok(!fs.existsSync(path.join(dir, cat.pairs[1]!.path, 'index.html')));
      const index = JSON.parse(fs.readFileSync(path.join(dir, 'search-index.json'), 'utf8')) as { pairs: unknown[] };
      assert.equal(index.pairs.length, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses paths that could leave the output folder', () => {
    const dir = path.join(os.tmpdir(), 'cd-out');
    assert.equal(fileFor(dir, '/compare/a-vs-b', true), path.join(dir, 'compare/a-vs-b/index.html'));
    assert.equal(fileFor(dir, '/', true), path.join(dir, 'index.html'));
    for (const bad of ['/../etc/passwd', '/a/../../b', '/A', '/a b', 'relative', '/x/./y', '/%2e%2e/x'])
      assert.throws(() => fileFor(dir, bad, true), /refusing/, bad);
  });
});
