/** Rewrites the file map in DESIGN.md (npm run filemap, which also runs npm run schemas); src/design.test.ts fails when it is out of date. */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/defaults.js';
import { fileMap, withMap } from './filemap-lib.js';

const file = path.join(PROJECT_ROOT, 'DESIGN.md');
fs.writeFileSync(file, withMap(fs.readFileSync(file, 'utf8'), fileMap(PROJECT_ROOT)));
console.log(`updated ${file}`);
