/**
 * The whole profile of one occupation, as `careerdiff show --json` prints it and the website's profile page
 * and API serve it: O*NET profile, OEWS wages (current and prior period), EP projections, ORS work
 * environment, and the sources every figure points to. Versioned: bump REPORT_SCHEMA_VERSION on any change
 * that is not purely additive.
 */
import type { StoreCache } from './cache.js';
import { isMissingTable } from './open.js';
import { workEnvironmentFor, type WorkEnvironment } from './ors.js';
import { type OnetProfile, onetProfile } from './profile.js';
import { allSources, type Source } from './sources.js';
import { type OewsWages, type Projections, projectionsFor, wageHistory } from './wages.js';

export const REPORT_SCHEMA_VERSION = 1;

export interface OccupationReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  kind: 'occupation';
  onet: OnetProfile;
  /** Current OEWS period first, then earlier ones. Empty when no OEWS row serves the occupation. */
  wages: OewsWages[];
  projections: Projections | null;
  workEnvironment: WorkEnvironment;
  /** Every source a figure above points to (by sourceId or source.id). */
  sources: Source[];
}

/** Collects every `sourceId` / `source.id` in a value. */
function referencedSourceIds(value: unknown, into = new Set<number>()): Set<number> {
  if (Array.isArray(value)) for (const v of value) referencedSourceIds(v, into);
  else if (value !== null && typeof value === 'object') {
    // Object.keys, not Object.entries: no [key, value] array per property (a profile has some 700 objects).
    for (const k of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[k];
      if (k === 'sourceId' && typeof v === 'number') into.add(v);
      else if (k === 'source' && v !== null && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'number')
        into.add((v as { id: number }).id);
      else referencedSourceIds(v, into);
    }
  }
  return into;
}

/** The ORS work environment; empty for a store built without the ORS tables. */
function workEnvironmentIfAny(store: StoreCache, code: string): WorkEnvironment {
  try {
    return workEnvironmentFor(store, code);
  } catch (err) {
    if (isMissingTable(err)) return { occCode: code, links: [], profile: null, baseline: null };
    throw err;
  }
}

/** The report's parts as read from the raw tables (some thirty queries). */
export function occupationReport(store: StoreCache, code: string): OccupationReport {
  const db = store.db;
  return reportOf(store, {
    onet: onetProfile(db, code),
    wages: wageHistory(db, code),
    projections: projectionsFor(db, code),
    workEnvironment: workEnvironmentIfAny(store, code),
  });
}

/**
 * The report from its parts, read from the raw tables (above) or from the occupation's comparison row derived at
 * import (src/engine/engine.ts: the same profile, wages, projections and ORS estimates, one primary-key read).
 */
export function reportOf(
  store: StoreCache,
  parts: Pick<OccupationReport, 'onet' | 'wages' | 'projections' | 'workEnvironment'>,
): OccupationReport {
  const { onet, wages, projections, workEnvironment } = parts;
  const all = allSources(store.db);
  const ids = referencedSourceIds({ onet, wages, projections, workEnvironment });
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind: 'occupation',
    onet,
    wages,
    projections,
    workEnvironment,
    sources: [...ids].sort((a, b) => a - b).flatMap((id) => all.get(id) ?? []),
  };
}
