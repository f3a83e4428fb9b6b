/**
 * BLS tables: OEWS national wages and employment, Employment Projections, and the SOC links to O*NET.
 * Also the vocabulary of the `flags` JSON: a BLS footnote code is stored as what it means, never as a number.
 */

/** What a NULL figure means, as stored in the `flags` JSON ({column: flag}). */
export type BlsFlag = 'no_estimate' | 'top_coded' | 'not_available' | 'below_half_percent';

export const BLS_FLAG_MEANINGS: Record<BlsFlag, string> = {
  no_estimate: 'wage estimate not available',
  top_coded: 'at or above the highest wage BLS publishes',
  not_available: 'estimate not available',
  below_half_percent: 'less than 0.5 percent',
};

export const BLS_DDL = `
-- OEWS national cross-industry estimates, one row per SOC code (detailed or aggregate), period and O_GROUP.
-- OEWS lists a code it aggregates to the broad level twice ("broad" and "detailed", same figures), hence o_group
-- in the key. A figure BLS did not publish ("*", "**") or top-coded ("#") is NULL and named in flags, never a number.
CREATE TABLE oews (
  soc TEXT NOT NULL,              -- OCC_CODE as published, XX-XXXX (aggregate codes end in 0s)
  period TEXT NOT NULL,           -- "May 2025"
  o_group TEXT NOT NULL,          -- total | major | minor | broad | detailed
  title TEXT NOT NULL,
  tot_emp REAL, emp_prse REAL, jobs_1000 REAL, loc_quotient REAL, pct_total REAL, pct_rpt REAL,
  h_mean REAL, a_mean REAL, mean_prse REAL,
  h_pct10 REAL, h_pct25 REAL, h_median REAL, h_pct75 REAL, h_pct90 REAL,
  a_pct10 REAL, a_pct25 REAL, a_median REAL, a_pct75 REAL, a_pct90 REAL,
  annual_only INTEGER NOT NULL,   -- ANNUAL = TRUE: only annual wages are published (no hourly)
  hourly_only INTEGER NOT NULL,   -- HOURLY = TRUE: only hourly wages are published
  flags TEXT NOT NULL DEFAULT '{}', -- JSON {column: no_estimate | top_coded | not_available | below_half_percent}
  source_id INTEGER NOT NULL,
  PRIMARY KEY (soc, period, o_group)
);

-- One row per imported OEWS release: which is current, and its top-code thresholds ("#" = at or above these),
-- read from the workbook's 'Field Descriptions' sheet (NULL when the sheet does not state them).
CREATE TABLE oews_releases (
  period TEXT PRIMARY KEY,        -- "May 2025"
  year INTEGER NOT NULL,
  is_current INTEGER NOT NULL,    -- 1 for the newest release, 0 for older ones (change over a year)
  top_code_annual REAL,           -- e.g. 239200
  top_code_hourly REAL,           -- e.g. 115.00
  rows INTEGER NOT NULL,
  detailed INTEGER NOT NULL,      -- rows with O_GROUP "detailed"
  source_id INTEGER NOT NULL
);

-- BLS Employment Projections, Table 1.2. Employment, change and openings in thousands, exactly as published.
CREATE TABLE projections (
  soc TEXT NOT NULL,
  period TEXT NOT NULL,           -- "2024-2034"
  base_year INTEGER NOT NULL,     -- 2024
  proj_year INTEGER NOT NULL,     -- 2034
  title TEXT NOT NULL,
  occ_type TEXT NOT NULL,         -- Line item | Summary
  emp_base_k REAL, emp_proj_k REAL, change_k REAL, change_pct REAL, openings_k REAL,
  self_employed_pct REAL,
  median_wage REAL,               -- median annual wage in the base year; NULL when top-coded or not available
  median_wage_top REAL,           -- the threshold of a top-coded median (">=$239,200" -> 239200), else NULL
  entry_education TEXT, work_experience TEXT, ojt TEXT,
  flags TEXT NOT NULL DEFAULT '{}', -- JSON {column: "top_coded" | "not_available"} for every NULL figure
  source_id INTEGER NOT NULL,
  PRIMARY KEY (soc, period)
);

-- Which published row serves each O*NET occupation, per dataset and period, and whether it is the
-- occupation's own SOC code ("detailed") or a broader group it belongs to.
CREATE TABLE soc_links (
  occ_code TEXT NOT NULL,
  dataset TEXT NOT NULL,          -- oews | ep | ors
  period TEXT NOT NULL,
  soc TEXT NOT NULL,
  level TEXT NOT NULL,            -- detailed | aggregate (OEWS/EP aggregate such as 25-9045) | broad | minor | major
  PRIMARY KEY (occ_code, dataset, period)
);
`;
