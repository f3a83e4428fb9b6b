/** Rewrites src/schemas/generated.ts (npm run schemas, and npm run filemap before every landing); src/schemas/schemas.test.ts fails when it is out of date. */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/defaults.js';
import { generatedSource } from './schemas-lib.js';

const file = path.join(PROJECT_ROOT, 'src/schemas/generated.ts');
fs.writeFileSync(file, generatedSource(PROJECT_ROOT));
console.log(`updated ${file}`);
