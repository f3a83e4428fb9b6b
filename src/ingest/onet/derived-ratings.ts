/**
 * Third-party extracts derived from an O*NET release (not official files), recognised by file name:
 * `*__Abilities__LV__long.csv` / `*__Skills__LV__long.csv` (one scale of one domain, elements named by
 * Element Name and joined to Element IDs through the Content Model Reference) and `tasks_for_pca_base.csv`
 * (`rt` = Task Ratings RT). Stored with official = 0. Extra columns (xi, chi, value_norm01_global,
 * rle_mean, Job Family) are ignored. Rows of occupations not in the text release are skipped with a warning.
 */
import type { IngestContext, SourceMeta } from '../context.js';
import { baseOf, dirOf } from '../files.js';
import { readDelimited } from '../readers/delimited.js';
import { INSERT_RATING, INSERT_TASK_RATING, ONET_LICENSE } from './common.js';
import type { RatedTarget } from './rated-target.js';
import { fileIn, readRelease } from './release.js';

/**
 * The release these extracts were built from when their folder has no Read Me: the known extracts
 * (geometry-of-work, see SOURCES.md) were derived from the O*NET 30.1 text files.
 */
const DERIVED_DEFAULT_RELEASE = '30.1';

const LONG_FILE = /__([A-Za-z ]+)__([A-Z]{2})__long\.csv$/;
const TASK_FILE = 'tasks_for_pca_base.csv';

/** Domain → the column naming the element, and the Content Model branches its elements live in. */
const DOMAINS: Record<string, { nameColumn: string; prefixes: readonly string[] }> = {
  Abilities: { nameColumn: 'ability', prefixes: ['1.A.'] },
  Skills: { nameColumn: 'skill', prefixes: ['2.A.', '2.B.'] },
  Knowledge: { nameColumn: 'knowledge', prefixes: ['2.C.'] },
};

interface DerivedFile {
  rel: string;
  /** Domain in `ratings`, or 'Task Ratings'. */
  domain: string;
  scale: string;
}

/** The data files named like a derived extract (findDerivedFiles decides which of them it imports). */
export function derivedFileNames(files: readonly string[]): string[] {
  return files.filter((rel) => LONG_FILE.test(baseOf(rel)) || baseOf(rel).toLowerCase() === TASK_FILE);
}

export function findDerivedFiles(ctx: IngestContext): DerivedFile[] {
  const out: DerivedFile[] = [];
  for (const rel of ctx.files) {
    const base = baseOf(rel);
    const m = LONG_FILE.exec(base);
    if (m) {
      const domain = Object.keys(DOMAINS).find((d) => d.toLowerCase() === m[1]!.toLowerCase());
      if (domain) out.push({ rel, domain, scale: m[2]! });
      else
        ctx.warn(
          `third-party extract of "${m[1]}" not imported: careerdiff reads only ${Object.keys(DOMAINS).join(', ')}`,
          rel,
        );
    } else if (base.toLowerCase() === TASK_FILE) out.push({ rel, domain: 'Task Ratings', scale: 'RT' });
  }
  return out;
}

function derivedSource(ctx: IngestContext, target: RatedTarget, f: DerivedFile): { meta: SourceMeta; version: string } {
  const dir = dirOf(f.rel);
  const release = fileIn(ctx, dir, 'Read Me.txt') ? readRelease(ctx, dir, f.rel) : null;
  const version = release?.version ?? DERIVED_DEFAULT_RELEASE;
  const meta: SourceMeta = {
    dataset: 'onet_ratings',
    publisher: `Third party (research extract derived from the O*NET ${version} Database by USDOL/ETA)`,
    title: `O*NET ${version} ${f.domain} ${f.scale} values, third-party derived extract (not an official O*NET file)`,
    release: version,
    period: release?.period ?? null,
    license: ONET_LICENSE,
    official: false,
  };
  if (version !== target.version && !release) {
    ctx.warn(`assumed to be derived from O*NET ${version} (no Read Me beside it)`, f.rel);
  }
  return { meta, version };
}

/** Element Name → Element ID within a domain's branches of the Content Model. */
function elementIds(ctx: IngestContext, domain: string): Map<string, string[]> {
  const { prefixes } = DOMAINS[domain]!;
  const rows = ctx.db.prepare('SELECT element_id AS id, name FROM content_model').all() as {
    id: string;
    name: string;
  }[];
  const map = new Map<string, string[]>();
  for (const r of rows) {
    if (!prefixes.some((p) => r.id.startsWith(p))) continue;
    const key = r.name.toLowerCase();
    map.set(key, [...(map.get(key) ?? []), r.id]);
  }
  return map;
}

export function importDerivedFile(ctx: IngestContext, target: RatedTarget, f: DerivedFile): number {
  const { meta, version } = derivedSource(ctx, target, f);
  const isTasks = f.domain === 'Task Ratings';
  const nameColumn = isTasks ? '' : DOMAINS[f.domain]!.nameColumn;
  const required = isTasks ? ['onet_code', 'Task ID', 'rt'] : ['onet_code', nameColumn, 'value'];
  const table = readDelimited(ctx.abs(f.rel), { delimiter: ',', quoted: true, required, label: f.rel });
  const sourceId = ctx.addSource(f.rel, meta);
  const check = target.checker(ctx, f.rel, false);
  let n: number;
  if (isTasks) {
    n = ctx.insertRows(
      table,
      INSERT_TASK_RATING,
      (row) => {
        const code = row.str('onet_code');
        const taskId = row.int('Task ID');
        if (!check.known(row, 'onet_code', code, 'Task ID', taskId)) return null;
        const v = row.num('rt');
        return [code, taskId, 'RT', 0, v, null, null, null, null, null, null, null, version, 0, sourceId];
      },
      'task_ratings',
    );
  } else {
    const ids = elementIds(ctx, f.domain);
    n = ctx.insertRows(
      table,
      INSERT_RATING,
      (row) => {
        const code = row.str('onet_code');
        const name = row.str(nameColumn);
        const id =
          ids.get(name.toLowerCase()) ??
          row.fail(nameColumn, `unknown ${f.domain} element "${name}": not in the Content Model Reference`);
        if (id.length > 1) row.fail(nameColumn, `ambiguous ${f.domain} element "${name}": ${id.join(', ')}`);
        if (!check.known(row, 'onet_code', code)) return null;
        const v = row.num('value');
        return [
          code,
          f.domain,
          id[0],
          f.scale,
          0,
          v,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          version,
          0,
          sourceId,
        ];
      },
      'ratings',
    );
  }
  check.finish();
  ctx.setSourceRows(sourceId, n);
  return n;
}
