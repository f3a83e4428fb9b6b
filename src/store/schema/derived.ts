/**
 * Derived tables: what the data fixes once it is imported, computed by src/derive at the end of every import
 * and read by src/store/derived.ts, so no command or request rebuilds a model over all occupations. They are
 * part of the schema version: a store of an older version (without them, or with other contents) is rebuilt.
 */
export const DERIVED_DDL = `
-- Whole structures read at once (the resolver's title index and priors, the site's catalog), each as one
-- blob in the named format (v8: node:v8 serialize).
CREATE TABLE derived (name TEXT PRIMARY KEY, format TEXT NOT NULL, data BLOB NOT NULL, bytes INTEGER NOT NULL);

-- One row per occupation of the similarity model, in the model's order (idx): its feature vectors (v8 blob of
-- src/compare/similarity.ts OccFeatures), its similarity to every occupation (Float32 little-endian, by idx)
-- and where every occupation ranks among its related occupations (Uint16 by idx; 1 = closest, 0 = not
-- eligible: itself or an occupation without O*NET content).
CREATE TABLE similarity_rows (
  idx INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  has_data INTEGER NOT NULL,
  features BLOB NOT NULL,
  scores BLOB NOT NULL,
  ranks BLOB NOT NULL
);

-- Each occupation's closest related occupations, best first: "other is code's rank-th closest; code is
-- other's other_rank-th closest".
CREATE TABLE neighbours (
  code TEXT NOT NULL,
  rank INTEGER NOT NULL,
  other TEXT NOT NULL,
  score REAL NOT NULL,
  other_rank INTEGER NOT NULL,
  PRIMARY KEY (code, rank)
) WITHOUT ROWID;

-- Every reading of every title of every occupation (occupation, alternate, short, reported), by its
-- comparison key (src/compare/titles.ts titleKey): which occupations list a reader's title, and on which lists.
CREATE TABLE title_keys (
  key TEXT NOT NULL,
  seq INTEGER NOT NULL,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  list TEXT NOT NULL,
  PRIMARY KEY (key, seq)
) WITHOUT ROWID;
CREATE INDEX title_keys_title ON title_keys (code, title);

-- The title index's entries (src/resolve/index-codec.ts), by entry id: a query reads the few it shows, so the
-- index blob in the derived table holds only the numbers scoring reads.
CREATE TABLE title_entries (id INTEGER PRIMARY KEY, code TEXT NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL, weight REAL NOT NULL);

-- The title index read in parts (a one-title CLI run): per token id, its readings with the numbers scoring reads
-- of each (src/resolve/index-codec.ts encodeTokenPostings), beside the head blob in the derived table.
CREATE TABLE title_postings (token INTEGER PRIMARY KEY, data BLOB NOT NULL);

-- Corpus counts (src/compare/tools.ts): how many occupations list each tool commodity and each technology
-- example (lower-cased), so a comparison weighs a tool's rarity without counting over all occupations.
CREATE TABLE corpus_counts (kind TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;
`;
