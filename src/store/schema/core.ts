/** Tables every store has: metadata, provenance of every imported file, section status, warnings. */
export const CORE_DDL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- One row per imported file. Every figure in the store points here (source_id) for its provenance.
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  dataset TEXT NOT NULL,          -- onet | onet_ratings | oews | ep | ors
  publisher TEXT NOT NULL,
  title TEXT NOT NULL,            -- e.g. "O*NET 30.1 Database"
  release TEXT NOT NULL,          -- e.g. "30.1", "May 2025", "2024-2034", "2020"
  period TEXT,                    -- reference period, e.g. "December 2025", "May 2025"
  geography TEXT NOT NULL,        -- "U.S."
  file TEXT NOT NULL,             -- path relative to the data folder
  sha256 TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  rows INTEGER NOT NULL DEFAULT 0,
  license TEXT NOT NULL,
  official INTEGER NOT NULL DEFAULT 1  -- 0 for third-party derived extracts
);

-- Which parts of the product have data; "missing" sections are said so in the output.
CREATE TABLE sections (
  name TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'missing')),
  rows INTEGER NOT NULL DEFAULT 0,
  note TEXT
);

CREATE TABLE import_warnings (id INTEGER PRIMARY KEY, file TEXT, line INTEGER, message TEXT NOT NULL);
`;
