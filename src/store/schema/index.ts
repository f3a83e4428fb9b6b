/**
 * The store's schema. SCHEMA_VERSION changes whenever a table changes; a store of another version is
 * rebuilt (the commands that need a store do so on first use) rather than read wrongly.
 */
import { BLS_DDL } from './bls.js';
import { CORE_DDL } from './core.js';
import { DERIVED_DDL } from './derived.js';
import { ONET_DDL } from './onet.js';
import { ORS_DDL } from './ors.js';

export const SCHEMA_VERSION = 5;

export const SCHEMA_DDL = [CORE_DDL, ONET_DDL, BLS_DDL, ORS_DDL, DERIVED_DDL].join('\n');
