/** Provenance: the sources table, and the citation line each figure's source id turns into. */
import type { DB } from './open.js';

export interface Source {
  id: number;
  dataset: string;
  publisher: string;
  title: string;
  release: string;
  period: string | null;
  geography: string;
  file: string;
  official: boolean;
  license: string;
}

export function allSources(db: DB): Map<number, Source> {
  const rows = db.prepare('SELECT * FROM sources ORDER BY id').all() as (Omit<Source, 'official'> & {
    official: number;
  })[];
  return new Map(rows.map((r) => [r.id, { ...r, official: r.official === 1 }]));
}

/** "O*NET 30.1 Database (December 2025), USDOL/ETA" — how a figure's source is cited in text. */
export function citation(s: Source): string {
  const period = s.period && !s.title.includes(s.period) ? ` (${s.period})` : '';
  return `${s.title}${period}${s.official || /third-party/i.test(s.title) ? '' : ', third-party extract'}`;
}
