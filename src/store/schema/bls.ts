/** BLS tables: OEWS national wages and employment, Employment Projections, and the SOC links to O*NET. */
export const BLS_DDL = `
-- OEWS national cross-industry estimates, one row per SOC code (detailed or aggregate) and period.
-- A figure BLS did not publish ("*") or top-coded ("#") is NULL here and named in flags, never a number.
CREATE TABLE oews (
  soc TEXT NOT NULL,              -- OCC_CODE as published, XX-XXXX (aggregate codes end in 0s)
  period TEXT NOT NULL,           -- "May 2025"
  title TEXT NOT NULL,
  o_group TEXT NOT NULL,          -- total | major | minor | broad | detailed
  tot_emp REAL, emp_prse REAL, jobs_1000 REAL, loc_quotient REAL, pct_total REAL, pct_rpt REAL,
  h_mean REAL, a_mean REAL, mean_prse REAL,
  h_pct10 REAL, h_pct25 REAL, h_median REAL, h_pct75 REAL, h_pct90 REAL,
  a_pct10 REAL, a_pct25 REAL, a_median REAL, a_pct75 REAL, a_pct90 REAL,
  annual_only INTEGER NOT NULL,   -- BLS: only annual wages are published (no hourly)
  hourly_only INTEGER NOT NULL,   -- BLS: only hourly wages are published
  flags TEXT NOT NULL DEFAULT '{}', -- JSON {column: "no_estimate" | "top_coded" | "suppressed"}
  source_id INTEGER NOT NULL,
  PRIMARY KEY (soc, period)
);

-- BLS Employment Projections, Table 1.2. Employment and openings in thousands, as published.
CREATE TABLE projections (
  soc TEXT NOT NULL,
  period TEXT NOT NULL,           -- "2024-2034"
  title TEXT NOT NULL,
  occ_type TEXT,                  -- Line item | Summary
  emp_base_k REAL, emp_proj_k REAL, change_k REAL, change_pct REAL, openings_k REAL,
  median_wage REAL,               -- median annual wage in the base year
  median_wage_flag TEXT,          -- top_coded | no_estimate when median_wage is NULL
  entry_education TEXT, work_experience TEXT, ojt TEXT,
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
  level TEXT NOT NULL,            -- detailed | broad | minor | major
  PRIMARY KEY (occ_code, dataset, period)
);
`;
