/** BLS Occupational Requirements Survey tables (filled by src/ingest/ors). */
export const ORS_DDL = `
CREATE TABLE ors_estimates (
  id INTEGER PRIMARY KEY,
  soc TEXT NOT NULL,              -- SOC 2018, XX-XXXX
  release TEXT NOT NULL,          -- "2020" | "2018"
  preliminary INTEGER NOT NULL,
  series_id TEXT NOT NULL,
  requirement TEXT NOT NULL,
  category TEXT NOT NULL,
  estimate_text TEXT,
  additive TEXT,
  datatype TEXT,
  value REAL,                     -- NULL when below the publication threshold
  below_threshold TEXT,           -- e.g. "< 0.5%" when BLS published "-" with footnote 1-4
  se REAL,
  footnotes TEXT,
  mapping TEXT NOT NULL,          -- how the published code reached this SOC 2018 code
  source_id INTEGER NOT NULL
);
CREATE INDEX ors_estimates_soc ON ors_estimates(soc);
`;
