/**
 * Article length and shape on the real store (the test run's shared one): over 40 seeded pairs of related
 * occupations, the prose from the title to the key-figures table stays readable (median at most 1,300 words,
 * each at most 1,500), both median wages sit within the first 250 words, no sentence repeats, the title
 * claims never say "does not list", and the pairs readers search read right.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { compare } from '../compare/compare.js';
import { titleFacts, titleLists } from '../compare/titles.js';
import { relatedOf } from '../compare/related.js';
import { similarityModel } from '../compare/similarity.js';
import { type DB, openStore } from '../store/open.js';
import { needsRealData, realStorePath } from '../testkit/real-store.js';
import { rng } from '../testkit/rng.js';
import { makeCtx } from './context.js';
import { articleOf, renderMarkdown } from './index.js';
import { articleLength, repeatedSentences, wordsBefore } from './measure.js';
import { medianText } from './sections/keydiff.js';
import { StoreCache } from '../store/cache.js';

let db: DB;
let store: StoreCache;
const skip = needsRealData();
before(() => {
  if (!skip) {
    db = openStore(realStorePath());
    store = new StoreCache(db);
  }
});
after(() => db?.close());

describe('articles on the real store', { skip, timeout: 600_000 }, () => {
  it('40 seeded related pairs: readable length, wages first, no repeats', () => {
    const model = similarityModel(store);
    const codes = model.features.map((f) => f.code);
    const rand = rng(5);
    const lengths: number[] = [];
    for (let i = 0; i < 40; i++) {
      const a = codes[Math.floor(rand() * codes.length)]!;
      const rel = relatedOf(model, a, 10).related;
      const b = rel[Math.floor(rand() * rel.length)]!.code;
      const c = compare(store, a, b);
      const md = renderMarkdown(c);
      const len = articleLength(articleOf(c)).prose;
      lengths.push(len);
      assert.ok(len <= 1500, `${a} vs ${b}: ${len} words`);
      const ctx = makeCtx(c);
      for (const m of [medianText(ctx, 'a'), medianText(ctx, 'b')]) {
        if (!m) continue;
        const at = wordsBefore(md, m.replace(/ an hour$/, ''));
        assert.ok(at !== null && at < 250, `${a} vs ${b}: wage ${m} after ${at} words`);
      }
      assert.deepEqual(repeatedSentences(md), [], `${a} vs ${b}`);
      assert.doesNotMatch(md, /does not list/);
    }
    lengths.sort((x, y) => x - y);
    assert.ok(lengths[20]! <= 1300, `median ${lengths[20]}`);
  });

  it('the well-known pairs read right', () => {
    // The seed pair's title facts, from every title list of the real store (the sentence is tested on fixtures).
    const c = compare(store, '27-2012.00', '27-4012.00');
    const facts = titleFacts(
      titleLists(store),
      { ...c.resolution.b, matched: 'Digital Production Assistant', source: 'alternate' },
      'production assistant',
    );
    assert.equal(facts.listedByChosen, false);
    assert.deepEqual(
      facts.listedBy.map((l) => [l.code, l.title, l.lists.join('+')]),
      [['43-5061.00', 'Production Assistant', 'alternate+reported']],
    );
    assert.deepEqual(facts.chosenMatch?.lists, ['alternate']);
    assert.deepEqual(titleFacts(titleLists(store), c.resolution.a, 'associate producer').listedBy, []);
    const seed = renderMarkdown(compare(store, 'associate producer', 'production assistant'));
    assert.match(
      seed,
      /lists “Production Assistant” as a title of Production, Planning, and Expediting Clerks\. Next to/,
    );
    assert.match(seed, /No O\\\*NET title list .* has “associate producer”/);
    const gd = articleOf(compare(store, 'graphic designer', 'graphics designer'));
    if (gd.title.includes('One Occupation')) {
      assert.equal(gd.title, 'Graphic Designer and Graphics Designer: One Occupation, Two Titles');
    }
    const typo = compare(store, 'softwear enginer', 'web developer');
    assert.equal(articleOf(typo).title, 'Software Engineer vs. Web Developer: What Are the Differences?');
    const md = renderMarkdown(typo);
    assert.equal((md.match(/softwear/g) ?? []).length, 1, 'the typed text once, in the note');
    const rn = renderMarkdown(compare(store, 'registered nurse', 'nurse practitioner'));
    assert.doesNotMatch(rn, /unlike nurse practitioners, monitor patient/);
    // Registered nurses have no rating of "Updating and Using Relevant Knowledge" here: missing, not absent.
    assert.doesNotMatch(rn, /maintain medical or professional knowledge/);
    // The work-activity figures follow a colon: no parenthesis right after a name.
    assert.doesNotMatch(rn, /\) \(\d+ against/);
    const chef = renderMarkdown(compare(store, 'chef', 'cook'));
    assert.doesNotMatch(chef, /apple corer/i);
    const welder = renderMarkdown(compare(store, 'welder', 'machinist'));
    // The welders' own tools are named, by O*NET's example names.
    assert.match(welder, /Tools O\\\*NET lists[^\n]*weld/i);
    // Tools are said once, in Skills (where the article talks about tools), not in Work Environment.
    assert.equal((welder.match(/Tools O\\\*NET lists/g) ?? []).length, 1);
    const skills = welder.slice(welder.indexOf('### Skills'), welder.indexOf('### Salary'));
    assert.match(skills, /Tools O\\\*NET lists/);
  });
});
