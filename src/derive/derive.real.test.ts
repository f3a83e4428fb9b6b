/**
 * The derived data of the real store equals what the model code computes from the raw tables: for a seeded
 * sample of occupations, the stored feature vectors, matrix rows, ranks and neighbours against a similarity
 * model rebuilt here from the raw tables; the stored title index against one built from the titles; the
 * stored catalog against one built from the rebuilt model; and what the readers answer.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildFeatures, SimilarityModel } from '../compare/similarity.js';
import { buildOnetCoverage } from '../compare/gaps.js';
import { StoredSimilarity } from '../compare/stored-similarity.js';
import { buildTitleLists, listingsOf, titleLists } from '../compare/titles.js';
import { buildRarity, rarity } from '../compare/tools.js';
import {
  decodeTitleIndex,
  decodeTitleIndexParts,
  TITLE_INDEX_FORMAT,
  TITLE_INDEX_HEAD_FORMAT,
} from '../resolve/index-codec.js';
import { createResolver } from '../resolve/resolver.js';
import { loadPriors, loadTitles, storedEntryRows, storedIndexParts, storeResolver } from '../resolve/load.js';
import { buildIndex, type TitleIndex } from '../resolve/title-index.js';
import { buildCatalog, type Catalog } from '../site/catalog.js';
import {
  DERIVED,
  decodeDerived,
  neighboursOf,
  pairSimilarity,
  readDerived,
  readDerivedBlob,
  similarityRow,
} from '../store/derived.js';
import { type DB, openStore } from '../store/open.js';
import { occupationsWithZones } from '../store/profile.js';
import { loadRawOccupationData } from '../store/vectors.js';
import { needsRealData, realStorePath } from '../testkit/real-store.js';
import { rng } from '../testkit/rng.js';
import { DERIVE_DEFAULTS } from '../defaults.js';
import { StoreCache } from '../store/cache.js';

const skip = needsRealData();
let db: DB;
let store: StoreCache;
let model: SimilarityModel;
let sample: string[];

before(() => {
  if (skip) return;
  db = openStore(realStorePath());
  store = new StoreCache(db);
  model = new SimilarityModel(buildFeatures(loadRawOccupationData(db)));
  const codes = model.codes();
  const r = rng(10);
  sample = Array.from({ length: 25 }, () => codes[Math.floor(r() * codes.length)]!);
  sample.push('29-1141.00', '27-2012.00');
});

after(() => db?.close());

describe('derived data on the real store', { skip, timeout: 600_000 }, () => {
  it('stores each sampled occupation feature vectors, matrix row and ranks as the model computes them', () => {
    const m = model.matrix();
    const n = model.size;
    for (const code of sample) {
      const i = model.index.get(code)!;
      const row = similarityRow(store, code)!;
      assert.equal(row.idx, i);
      assert.deepStrictEqual(decodeDerived(row.features, code), model.features[i]);
      assert.deepStrictEqual(row.scores, m.slice(i * n, i * n + n), `matrix row of ${code}`);
      for (const other of sample) {
        const j = model.index.get(other)!;
        assert.equal(row.ranks[j]! || null, model.rank(code, other), `rank of ${other} for ${code}`);
      }
    }
  });

  it('stores each occupation closest neighbours with both ranks, as the model lists them', () => {
    for (const code of sample.slice(0, 8)) {
      const stored = neighboursOf(store, code, DERIVE_DEFAULTS.neighbours);
      const fresh = model.related(code, DERIVE_DEFAULTS.neighbours);
      assert.equal(stored.length, fresh.length);
      stored.forEach((s, k) => {
        assert.equal(s.code, fresh[k]!.code);
        assert.equal(s.rank, k + 1);
        assert.equal(Math.fround(s.score), fresh[k]!.score);
        assert.equal(s.otherRank, model.rank(s.code, code), `${code} among ${s.code}'s related`);
      });
    }
  });

  it('answers pair questions from the stored rows exactly as the model does', () => {
    const stored = new StoredSimilarity(store);
    const [a, b] = ['29-1141.00', '27-2012.00'];
    assert.deepStrictEqual(stored.components(a, b), model.components(a, b));
    assert.equal(stored.rank(a, b), model.rank(a, b));
    assert.equal(stored.rank(b, a), model.rank(b, a));
    assert.deepStrictEqual(stored.related(a, 12), model.related(a, 12));
    const p = pairSimilarity(store, a, b)!;
    assert.equal(p.score, model.score(a, b));
    assert.equal(p.rankOfBForA, model.rank(a, b));
    assert.equal(p.rankOfAForB, model.rank(b, a));
  });

  it('stores the title index the resolver would build from the titles and priors', () => {
    const stored = decodeTitleIndex(
      readDerivedBlob(store, DERIVED.titleIndex, TITLE_INDEX_FORMAT)!,
      storedEntryRows(store),
    );
    const built = buildIndex(loadTitles(db), loadPriors(db));
    // The decoded index reads its titles, reading keys and typo index lazily: compare them as plain values.
    const plain = (x: TitleIndex) => ({
      ...x,
      entries: x.entries.map((e) => ({ code: e.code, title: e.title, kind: e.kind, weight: e.weight })),
      readKey: [...x.readKey],
      typo: x.typo,
      buildMs: 0,
    });
    assert.deepStrictEqual(plain(stored), plain(built));
    assert.equal(stored.readKey.length, built.readKey.length);
    assert.equal(storeResolver(store).resolve('registered nurse', 1).candidates[0]!.code, '29-1141.00');
  });

  it('resolves 2,000 titles exactly as the index built from the titles does', () => {
    const built = createResolver(buildIndex(loadTitles(db), loadPriors(db)));
    const stored = createResolver(
      decodeTitleIndex(readDerivedBlob(store, DERIVED.titleIndex, TITLE_INDEX_FORMAT)!, storedEntryRows(store)),
    );
    const titles = built.index.entries;
    const r = rng(2000);
    const pick = () => titles[Math.floor(r() * titles.length)]!.title;
    // Titles as listed, lower-cased with a level word, with a typo, cut to their first words, and codes.
    const queries: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const t = pick();
      const k = i % 5;
      if (k === 0) queries.push(t);
      else if (k === 1) queries.push(`senior ${t.toLowerCase()}`);
      else if (k === 2) {
        const at = 1 + Math.floor(r() * Math.max(1, t.length - 2));
        queries.push(t.slice(0, at) + t.slice(at + 1, at + 2) + t.slice(at, at + 1) + t.slice(at + 2));
      } else if (k === 3) queries.push(t.split(' ').slice(0, 2).join(' '));
      else queries.push(built.index.occupations[Math.floor(r() * built.index.occupations.length)]!.code);
    }
    // The index read in parts (as a one-title CLI run reads it), never read whole here: every query's tokens' rows.
    const parts = storedIndexParts(store);
    let wholeReads = 0;
    const inParts = createResolver(
      decodeTitleIndexParts(
        readDerivedBlob(store, DERIVED.titleIndexHead, TITLE_INDEX_HEAD_FORMAT)!,
        storedEntryRows(store),
        {
          token: parts.token,
          whole: () => {
            wholeReads++;
            return parts.whole();
          },
        },
        Number.POSITIVE_INFINITY,
      ),
    );
    let differ = 0;
    for (const q of queries) {
      const a = JSON.stringify(built.resolve(q, 5));
      const b = JSON.stringify(stored.resolve(q, 5));
      if (a !== b) differ++;
      assert.equal(b, a, q);
      if (!/sales/i.test(q)) assert.equal(JSON.stringify(inParts.resolve(q, 5)), a, `${q} (read in parts)`);
    }
    assert.equal(differ, 0);
    assert.equal(wholeReads, 0, 'no whole read');
    assert.equal(new Set(queries).size > 1500, true, 'varied queries');
  });

  it('stores the title lists the comparison would build from the title tables', () => {
    const built = buildTitleLists(db);
    const stored = titleLists(store);
    assert.notEqual(stored, built);
    for (const title of ['Production Assistant', 'registered nurses', 'RN', 'Film Producer', 'Data Scientist']) {
      assert.deepStrictEqual(listingsOf(stored, title), listingsOf(built, title), title);
      assert.ok(listingsOf(stored, title).length > 0, title);
    }
    assert.equal(stored.byKey.get('no such title at all'), undefined);
    assert.deepStrictEqual(
      stored.lists.get('29-1141.00\tRegistered Nurse'),
      built.lists.get('29-1141.00\tRegistered Nurse'),
    );
    let n = 0;
    for (const entries of built.byKey.values()) n += entries.length;
    assert.equal((db.prepare('SELECT COUNT(*) AS n FROM title_keys').get() as { n: number }).n, n);
  });

  it('stores the corpus counts of tools and technology that the comparison would count', () => {
    const built = buildRarity(db);
    const stored = rarity(store);
    assert.notEqual(stored, built);
    assert.equal(stored.occupations, built.occupations);
    const sample = (m: Map<string, number>) => [...m.keys()].filter((_, i) => i % 97 === 0);
    for (const k of sample(built.toolCommodity))
      assert.equal(stored.toolCommodity.get(k), built.toolCommodity.get(k), k);
    for (const k of sample(built.techExample)) assert.equal(stored.techExample.get(k), built.techExample.get(k), k);
    assert.equal(stored.toolCommodity.get('no such commodity'), undefined);
    const n = (db.prepare('SELECT COUNT(*) AS n FROM corpus_counts').get() as { n: number }).n;
    assert.equal(n, built.toolCommodity.size + built.techExample.size);
  });

  it('stores the O*NET coverage the gaps would read from the tables', () => {
    assert.deepStrictEqual(readDerived(store, DERIVED.onetCoverage), buildOnetCoverage(db));
  });

  it('stores the catalog the site would build from the model', () => {
    model.matrix();
    const fresh = buildCatalog({
      occupations: () => occupationsWithZones(db),
      titles: () => loadTitles(db),
      related: (code, limit) => model.related(code, limit).map((r) => ({ code: r.code, score: r.score })),
    });
    const stored = readDerived<Catalog>(store, DERIVED.catalog)!;
    assert.deepStrictEqual({ ...stored, buildMs: 0 }, { ...fresh, buildMs: 0 });
    assert.ok(stored.pairs.length > 1000);
  });
});
