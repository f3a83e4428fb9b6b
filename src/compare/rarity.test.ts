/**
 * The tool and technology counts a comparison ranks by come with each occupation's row (src/compare/tools.ts
 * occupationCounts, stored at import): aligned with the profile's lists, and read back by sidesRarity as the
 * store's own counts would be, any other name still from the store.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { profile } from './testkit.js';
import { occupationCounts, type Rarity, sidesRarity } from './tools.js';

const tool = (example: string, commodityTitle: string) => ({ example, commodityTitle });
const tech = (example: string) => ({ example, commodityTitle: 'Software', hot: false, inDemand: false });

test("each side's stored counts answer as the store's counts do", () => {
  const store: Rarity = {
    occupations: 1000,
    toolCommodity: new Map([
      ['Desktop computer', 700],
      ['Hacksaw', 70],
      ['Lathe', 20],
    ]),
    techExample: new Map([
      ['microsoft excel', 650],
      ['autodesk autocad', 90],
    ]),
  };
  const a = profile('51-4121.00', {
    tools: [tool('Desktop computers', 'Desktop computer'), tool('Hacksaws', 'Hacksaw'), tool('Oddities', 'Unlisted')],
    technology: [tech('Microsoft Excel'), tech('Autodesk AutoCAD')],
  });
  const b = profile('51-4041.00', { tools: [tool('Lathes', 'Lathe')], technology: [tech('Microsoft Excel')] });
  const counts = { a: occupationCounts(a, store), b: occupationCounts(b, store) };
  assert.deepEqual(counts.a, { tools: [700, 70, undefined], technology: [650, 90] });
  assert.deepEqual(counts.b, { tools: [20], technology: [650] });

  // Answers come from the rows alone: the store's maps are not asked for the sides' names.
  let asked = 0;
  const counting: Rarity = {
    occupations: 1000,
    toolCommodity: {
      get: (k) => {
        asked++;
        return store.toolCommodity.get(k);
      },
    },
    techExample: {
      get: (k) => {
        asked++;
        return store.techExample.get(k);
      },
    },
  };
  const r = sidesRarity(counting, [
    { profile: a, counts: counts.a },
    { profile: b, counts: counts.b },
  ]);
  assert.equal(r.occupations, 1000);
  for (const k of ['Desktop computer', 'Hacksaw', 'Lathe', 'Unlisted'])
    assert.equal(r.toolCommodity.get(k), store.toolCommodity.get(k), k);
  for (const k of ['microsoft excel', 'autodesk autocad'])
    assert.equal(r.techExample.get(k), store.techExample.get(k), k);
  assert.equal(asked, 0);
  // A name neither side lists is the store's.
  assert.equal(r.toolCommodity.get('Hacksaw blade'), undefined);
  assert.equal(r.techExample.get('python'), undefined);
  assert.equal(asked, 2);
});
