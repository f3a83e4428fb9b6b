/**
 * Rewrites src/schemas/generated.ts (npm run schemas, and npm run filemap before every landing); with --check it
 * only verifies that the file is current and fails otherwise (part of npm run lint, so npm test checks it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/defaults.js';
import { generatedSource } from './schemas-lib.js';

const file = path.join(PROJECT_ROOT, 'src/schemas/generated.ts');
const text = generatedSource(PROJECT_ROOT);
if (process.argv.includes('--check')) {
  if (fs.readFileSync(file, 'utf8') !== text) {
    console.error(`${file} is out of date with src/schemas/types.ts: run "npm run schemas"`);
    process.exitCode = 1;
  }
} else {
  fs.writeFileSync(file, text);
  console.log(`updated ${file}`);
}
