import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileMap, MAP_END, MAP_START } from '../scripts/filemap-lib.js';
import { PROJECT_ROOT } from './defaults.js';

test('DESIGN.md lists every source file with its summary (run "npm run filemap" after adding files)', () => {
  const design = fs.readFileSync(path.join(PROJECT_ROOT, 'DESIGN.md'), 'utf8');
  const a = design.indexOf(MAP_START);
  const b = design.indexOf(MAP_END);
  assert.ok(a >= 0 && b > a, 'DESIGN.md has no file map section');
  assert.equal(design.slice(a + MAP_START.length, b).trim(), fileMap(PROJECT_ROOT).trim());
});

test('every source file opens with a comment saying what it is for', () => {
  const missing = fileMap(PROJECT_ROOT)
    .split('\n')
    .filter((l) => l.endsWith('(no summary comment)'));
  assert.deepEqual(missing, []);
});
