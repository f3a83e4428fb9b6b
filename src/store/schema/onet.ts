/**
 * O*NET tables: occupations, tasks, work activities, titles, job zones, ETE, technology, tools, ratings.
 * Filled by src/ingest/onet. Every table has a key, so a duplicated row in a data file is an import error.
 */
export const ONET_DDL = `
CREATE TABLE occupations (
  code TEXT PRIMARY KEY,          -- O*NET-SOC code, XX-XXXX.YY
  soc TEXT NOT NULL,              -- SOC 2018 code, XX-XXXX
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  source_id INTEGER NOT NULL REFERENCES sources(id)
);
CREATE INDEX occupations_soc ON occupations(soc);

CREATE TABLE content_model (element_id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, source_id INTEGER NOT NULL);
CREATE TABLE scales (scale_id TEXT PRIMARY KEY, name TEXT NOT NULL, minimum REAL NOT NULL, maximum REAL NOT NULL, source_id INTEGER NOT NULL);

CREATE TABLE tasks (
  occ_code TEXT NOT NULL, task_id INTEGER NOT NULL, task TEXT NOT NULL,
  task_type TEXT,                 -- Core | Supplemental | NULL (n/a)
  incumbents_responding INTEGER, date TEXT, domain_source TEXT,
  source_id INTEGER NOT NULL,
  PRIMARY KEY (occ_code, task_id)
);

CREATE TABLE iwas (iwa_id TEXT PRIMARY KEY, element_id TEXT NOT NULL, title TEXT NOT NULL, source_id INTEGER NOT NULL);
CREATE TABLE dwas (dwa_id TEXT PRIMARY KEY, iwa_id TEXT NOT NULL, element_id TEXT NOT NULL, title TEXT NOT NULL, source_id INTEGER NOT NULL);
CREATE TABLE task_dwas (
  occ_code TEXT NOT NULL, task_id INTEGER NOT NULL, dwa_id TEXT NOT NULL, date TEXT, domain_source TEXT,
  source_id INTEGER NOT NULL,
  PRIMARY KEY (occ_code, task_id, dwa_id)
);
CREATE INDEX task_dwas_dwa ON task_dwas(dwa_id);

CREATE TABLE emerging_tasks (
  occ_code TEXT NOT NULL, task TEXT NOT NULL, category TEXT NOT NULL,
  original_task_id INTEGER, original_task TEXT, date TEXT, domain_source TEXT, source_id INTEGER NOT NULL,
  PRIMARY KEY (occ_code, task)
);

CREATE TABLE alt_titles (
  occ_code TEXT NOT NULL, title TEXT NOT NULL, short_title TEXT,
  sources TEXT NOT NULL,          -- O*NET source codes, comma-separated as published (e.g. "02,04")
  source_id INTEGER NOT NULL,
  PRIMARY KEY (occ_code, title)
);

CREATE TABLE reported_titles (
  occ_code TEXT NOT NULL, title TEXT NOT NULL, shown_in_my_next_move INTEGER NOT NULL, source_id INTEGER NOT NULL,
  PRIMARY KEY (occ_code, title)
);

CREATE TABLE job_zone_ref (
  job_zone INTEGER PRIMARY KEY, name TEXT NOT NULL, experience TEXT NOT NULL, education TEXT NOT NULL,
  job_training TEXT NOT NULL, examples TEXT NOT NULL, svp_range TEXT NOT NULL, source_id INTEGER NOT NULL
);
CREATE TABLE job_zones (occ_code TEXT PRIMARY KEY, job_zone INTEGER NOT NULL, date TEXT, domain_source TEXT, source_id INTEGER NOT NULL);

-- Occupation Level Metadata, one row per occupation O*NET's survey covered in the release (src/ingest/onet/metadata.ts).
CREATE TABLE onet_metadata (
  occ_code TEXT PRIMARY KEY,
  questionnaires INTEGER,         -- Total Completed Questionnaires; NULL when the release gives none
  data_date TEXT,                 -- newest month of its data, as published ("08/2025")
  release TEXT NOT NULL,          -- the O*NET release the metadata belongs to ("30.1")
  source_id INTEGER NOT NULL
);

-- Education, Training, and Experience: the whole category distribution (RL, RW, PT, OJ), not one label.
CREATE TABLE ete_categories (
  element_id TEXT NOT NULL, element_name TEXT NOT NULL, scale_id TEXT NOT NULL, category INTEGER NOT NULL,
  description TEXT NOT NULL, source_id INTEGER NOT NULL,
  PRIMARY KEY (element_id, scale_id, category)
);
CREATE TABLE ete (
  occ_code TEXT NOT NULL, element_id TEXT NOT NULL, scale_id TEXT NOT NULL, category INTEGER NOT NULL,
  value REAL NOT NULL,            -- percent of respondents in this category
  n INTEGER, se REAL, lower REAL, upper REAL, suppress INTEGER, date TEXT, domain_source TEXT,
  source_id INTEGER NOT NULL,
  PRIMARY KEY (occ_code, element_id, scale_id, category)
);

CREATE TABLE technology_skills (
  occ_code TEXT NOT NULL, example TEXT NOT NULL, commodity_code INTEGER NOT NULL, commodity_title TEXT NOT NULL,
  hot INTEGER NOT NULL, in_demand INTEGER NOT NULL, source_id INTEGER NOT NULL,
  PRIMARY KEY (occ_code, example, commodity_code)
);

CREATE TABLE tools_used (
  occ_code TEXT NOT NULL, example TEXT NOT NULL, commodity_code INTEGER NOT NULL, commodity_title TEXT NOT NULL,
  source_id INTEGER NOT NULL,
  PRIMARY KEY (occ_code, example, commodity_code)
);

-- Every element rating of every rating table and release: Knowledge, Skills, Abilities, Work Activities,
-- Work Context, Work Styles, Work Values, Interests. category is 0 where the scale has no categories.
CREATE TABLE ratings (
  occ_code TEXT NOT NULL,
  domain TEXT NOT NULL,           -- Knowledge | Skills | Abilities | Work Activities | Work Context | Work Styles | Work Values | Interests
  element_id TEXT NOT NULL,
  scale_id TEXT NOT NULL,         -- IM, LV, CX, CXP, OI, EX, DR, ...
  category INTEGER NOT NULL DEFAULT 0,
  value REAL NOT NULL,
  n INTEGER, se REAL, lower REAL, upper REAL, suppress INTEGER, not_relevant INTEGER,
  date TEXT, domain_source TEXT,
  release TEXT NOT NULL,          -- O*NET release the value came from, e.g. "29.0", "30.1"
  official INTEGER NOT NULL,      -- 0 for third-party derived extracts
  source_id INTEGER NOT NULL,
  -- Values carried from O*NET-SOC 2010 codes (src/ingest/onet-online): NULL for the same code; 'carried' (one
  -- 2010 code, new code), 'split' (the 2010 code's value passed to each of its successors), 'merged' (mean of
  -- several 2010 codes). crosswalk_from lists the 2010 codes whose values were used, comma-separated.
  crosswalk TEXT, crosswalk_from TEXT,
  PRIMARY KEY (occ_code, domain, element_id, scale_id, category, release, official)
);

-- The value to use, materialised at import (src/ingest/onet/best.ts): for every occupation, element, scale and
-- category, the newest release, an official file before a derived extract of the same release.
CREATE TABLE ratings_best (
  occ_code TEXT NOT NULL, domain TEXT NOT NULL, element_id TEXT NOT NULL, scale_id TEXT NOT NULL,
  category INTEGER NOT NULL, value REAL NOT NULL,
  n INTEGER, se REAL, lower REAL, upper REAL, suppress INTEGER, not_relevant INTEGER, date TEXT, domain_source TEXT,
  release TEXT NOT NULL, official INTEGER NOT NULL, source_id INTEGER NOT NULL, crosswalk TEXT, crosswalk_from TEXT,
  PRIMARY KEY (occ_code, domain, element_id, scale_id, category)
) WITHOUT ROWID;

CREATE TABLE task_ratings (
  occ_code TEXT NOT NULL, task_id INTEGER NOT NULL, scale_id TEXT NOT NULL, category INTEGER NOT NULL DEFAULT 0,
  value REAL NOT NULL, n INTEGER, se REAL, lower REAL, upper REAL, suppress INTEGER, date TEXT, domain_source TEXT,
  release TEXT NOT NULL, official INTEGER NOT NULL, source_id INTEGER NOT NULL,
  PRIMARY KEY (occ_code, task_id, scale_id, category, release, official)
);
`;
