/**
 * Test helper (not a test file): validators for the generated API schemas (src/schemas/generated.ts) with
 * Ajv, so fixtures, the fake engine and real results are checked against the same types the API documents.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { DEFINITIONS } from './generated.js';

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema({ $id: 'careerdiff', definitions: DEFINITIONS });
const compiled = new Map<string, ValidateFunction>();

/** The schema problems of `value` as the named document ([] when it conforms), each "path: message". */
export function schemaErrors(name: string, value: unknown): string[] {
  if (!(name in DEFINITIONS)) throw new Error(`no schema named ${name}`);
  let v = compiled.get(name);
  if (!v) {
    v = ajv.compile({ $ref: `careerdiff#/definitions/${name}` });
    compiled.set(name, v);
  }
  if (v(value)) return [];
  return (v.errors ?? []).slice(0, 10).map((e: ErrorObject) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}
