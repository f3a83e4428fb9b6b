/**
 * The package's public entry (`import { createEngine, openStore } from 'careerdiff'`): the engine over a
 * store, the store opener and importer, the site app, and the types of what they return.
 */
export type { Comparison } from './compare/types.js';
export { createEngine } from './engine/engine.js';
export type {
  Article,
  CompareChoice,
  Engine,
  OccRow,
  Related,
  TitleRow,
} from './engine/types.js';
export { CareerdiffError } from './errors.js';
export { ensureStore } from './ingest/ensure.js';
export type { Resolution } from './resolve/types.js';
export { createApp } from './site/app.js';
export { type DB, openStore } from './store/open.js';
