/**
 * BLS Occupational Requirements Survey tables (filled by src/ingest/ors, read by src/store/ors.ts).
 *
 * ors_occupations: every occupation code an ORS release publishes, after mapping to SOC 2018. A 2018-release
 * O*NET-SOC 2010 code that the 2010→2018 crosswalk splits appears once per 2018 code (mapping 'split');
 * several 2010 codes that merge into one 2018 code each keep their own row (mapping 'merge').
 * ors_estimates: one row per published estimate and SOC 2018 code it was attached to. A value BLS published as
 * "-" with a threshold footnote (1–4) is NULL plus below_threshold; an estimate BLS did not publish has no row.
 * ors_links (view): which ORS code serves each O*NET occupation, per release, at what SOC level. It is a view
 * so it follows the occupations table at read time.
 */
export const ORS_DDL = `
CREATE TABLE ors_footnotes (
  release TEXT NOT NULL,          -- "2020" | "2018"
  code TEXT NOT NULL,             -- "1", "7", "P"
  text TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('below_threshold', 'se_below_threshold', 'mode', 'preliminary', 'note')),
  threshold TEXT,                 -- "< 0.5%", "< 0.05 hours", "< 0.5" (standard error) for threshold kinds
  in_file INTEGER NOT NULL,       -- 0: used by the file but not defined in it; BLS's standard meaning applies
  source_id INTEGER NOT NULL,
  PRIMARY KEY (release, code)
);

CREATE TABLE ors_occupations (
  release TEXT NOT NULL,
  soc TEXT NOT NULL,              -- SOC 2018, XX-XXXX; "00-0000" = all workers
  published_code TEXT NOT NULL,   -- as in the file: "472061" (SOC 2018) or "47206101" (O*NET-SOC 2010)
  published_title TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('all', 'major', 'minor', 'broad', 'detailed')),
  mapping TEXT NOT NULL CHECK (mapping IN ('published', 'same', 'split', 'merge', 'split_merge')),
  specialisation INTEGER NOT NULL, -- 1: an O*NET-SOC 2010 specialisation (.01, .02, ...) of its SOC code
  occ_code TEXT,                  -- the one O*NET occupation a specialisation serves; NULL: all occupations of soc
  targets INTEGER NOT NULL,       -- how many SOC 2018 codes the published code was attached to
  mapping_rank INTEGER NOT NULL,  -- 0 = the code itself; higher = looser fit (see src/ingest/ors/mapping.ts)
  mapping_note TEXT NOT NULL,     -- e.g. "O*NET-SOC 2010 15-1132.00 → SOC 2018 15-1252 (split into 15-1252, 15-1253)"
  source_id INTEGER NOT NULL,
  PRIMARY KEY (release, soc, published_code)
);
CREATE INDEX ors_occupations_soc ON ors_occupations(soc);

CREATE TABLE ors_estimates (
  release TEXT NOT NULL,
  preliminary INTEGER NOT NULL,   -- series footnote P
  soc TEXT NOT NULL,
  published_code TEXT NOT NULL,
  estimate_code TEXT NOT NULL,    -- 5 digits, the end of the series id; same code = same estimate in every release
  series_id TEXT NOT NULL,
  requirement TEXT NOT NULL,      -- Physical demands | Environmental conditions | ...
  category TEXT NOT NULL,         -- as published ("Heights" in 2020, "High, exposed places" in 2018)
  category_code TEXT,             -- 2020 only
  additive_code TEXT,
  additive TEXT,                  -- 2020 only
  estimate_text TEXT NOT NULL,    -- 2020 ESTIMATE TEXT; 2018: the last part of the series title
  unit TEXT NOT NULL CHECK (unit IN ('percent_of_workers', 'percent_of_day', 'hours', 'days', 'pounds')),
  value REAL,                     -- rounded (percentages to 1 decimal, others to 2); NULL only when below threshold
  below_threshold TEXT,           -- "< 0.5%" etc. when BLS published "-" with footnote 1-4
  se REAL,                        -- standard error; NULL when below its threshold
  se_below_threshold TEXT,        -- "< 0.05" / "< 0.5" when BLS published "-" with footnote 5/6
  mode INTEGER NOT NULL,          -- footnote 7: the mode of its category group
  data_footnotes TEXT,            -- footnote codes as published, "7,8"
  se_footnotes TEXT,
  series_footnotes TEXT,
  line INTEGER NOT NULL,          -- sheet row of the estimate
  source_id INTEGER NOT NULL,
  PRIMARY KEY (release, soc, estimate_code, published_code),
  CHECK ((value IS NULL) = (below_threshold IS NOT NULL))
);
CREATE INDEX ors_estimates_code ON ors_estimates(estimate_code, soc);

-- The ORS codes that can serve each O*NET occupation: its own SOC (detailed; a specialisation only its one
-- occ_code), else the broad, minor or major group containing it. exact = 1 when a 2018 O*NET-SOC 2010 code is
-- the occupation itself (same title).
CREATE VIEW ors_links AS
  SELECT o.code AS occ_code, c.release, c.soc, c.published_code, c.published_title,
         c.level, CASE c.level WHEN 'detailed' THEN 0 WHEN 'broad' THEN 1 WHEN 'minor' THEN 2 ELSE 3 END AS level_rank,
         c.mapping, c.mapping_rank, c.mapping_note, c.targets,
         (c.specialisation = 1 AND c.occ_code = o.code AND lower(c.published_title) = lower(o.title)) AS exact
  FROM occupations o
  JOIN ors_occupations c
    ON (c.soc = o.soc AND c.level = 'detailed' AND (c.occ_code IS NULL OR c.occ_code = o.code))
    OR (c.level = 'broad' AND c.soc = substr(o.soc, 1, 6) || '0')
    OR (c.level = 'minor' AND c.soc = substr(o.soc, 1, 5) || '00')
    OR (c.level = 'major' AND c.soc = substr(o.soc, 1, 2) || '-0000');
`;

/** SOC level of an ORS code: "00-0000" all workers, XX-0000 major, XX-XX00 minor, XX-XXX0 broad, else detailed. */
export type OrsLevel = 'all' | 'major' | 'minor' | 'broad' | 'detailed';
/** How a published code reached its SOC 2018 code (see src/ingest/ors/mapping.ts). */
export type OrsMapping = 'published' | 'same' | 'split' | 'merge' | 'split_merge';
/** What an ORS value measures. */
export type OrsUnit = 'percent_of_workers' | 'percent_of_day' | 'hours' | 'days' | 'pounds';
