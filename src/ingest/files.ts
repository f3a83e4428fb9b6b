/** Lists the data folder once; ingesters find their releases among these paths by file name. */
import fs from 'node:fs';
import path from 'node:path';
import { CareerdiffError } from '../errors.js';

export function listDataFiles(dataDir: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dataDir);
  } catch {
    throw new CareerdiffError('data', `the data folder ${dataDir} does not exist (set --data or CAREERDIFF_DATA)`, {
      file: dataDir,
    });
  }
  if (!stat.isDirectory()) throw new CareerdiffError('data', `${dataDir} is not a folder`, { file: dataDir });
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const ent of fs.readdirSync(path.join(dataDir, rel), { withFileTypes: true })) {
      if (ent.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) walk(r);
      else if (ent.isFile()) out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/** The folder part of a relative path ("" at the top). */
export const dirOf = (rel: string): string => (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '');
/** The file name part of a relative path. */
export const baseOf = (rel: string): string => rel.slice(rel.lastIndexOf('/') + 1);
