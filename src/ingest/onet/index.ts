/**
 * The O*NET text release: finds it by its files (a folder holding "Occupation Data.txt"), reads its
 * version from "Read Me.txt" and imports occupations, tasks, work activities, titles, job zones,
 * occupation level metadata, education/training/experience, technology, tools, work styles/values, interests and the references.
 * With several text releases in the data folder, the newest is imported and the others are named in a warning.
 */
import { dataError } from '../../errors.js';
import type { Ingester } from '../ingester.js';
import { TextRelease } from './common.js';
import { importEte } from './ete.js';
import { importJobZones } from './job-zones.js';
import { importOccupationMetadata } from './metadata.js';
import { importOccupations } from './occupations.js';
import { importProfiles } from './profiles.js';
import { importContentModel, importScales } from './reference.js';
import { compareVersions, foldersWith, readRelease } from './release.js';
import { importTechnologySkills, importToolsUsed } from './technology.js';
import { importAlternateTitles, importReportedTitles } from './titles.js';
import { importEmergingTasks, importTaskStatements, importWorkActivities } from './tasks.js';

export const onetIngester: Ingester = {
  name: 'O*NET text release',
  run(ctx) {
    const dirs = foldersWith(ctx, ['Occupation Data.txt']);
    if (dirs.length === 0) {
      throw dataError(
        'Occupation Data.txt',
        undefined,
        `missing required file: no O*NET text release in ${ctx.dataDir} (no folder holds "Occupation Data.txt")`,
      );
    }
    const releases = dirs.map((d) => readRelease(ctx, d, 'the O*NET text release'));
    const newest = releases.reduce((a, b) => (compareVersions(b.version, a.version) > 0 ? b : a));
    for (const other of releases) {
      if (other === newest) continue;
      ctx.warn(
        `O*NET text release ${other.version} in ${other.dir || 'the data folder'} not imported: ` +
          `the newer release ${newest.version} in ${newest.dir || 'the data folder'} is used`,
        other.readme,
      );
    }
    importTextRelease(new TextRelease(ctx, newest));
  },
};

/** The order matters: occupations first (every other file is checked against them), tasks before links. */
function importTextRelease(r: TextRelease): void {
  importOccupations(r);
  importContentModel(r);
  importScales(r);
  importTaskStatements(r);
  importWorkActivities(r);
  importEmergingTasks(r);
  importAlternateTitles(r);
  importReportedTitles(r);
  importJobZones(r);
  importOccupationMetadata(r);
  importEte(r);
  importTechnologySkills(r);
  importToolsUsed(r);
  importProfiles(r);
}
