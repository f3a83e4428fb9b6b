/**
 * The generated API schemas (src/schemas/generated.ts) as OpenAPI components: the same definitions, with
 * references pointing at #/components/schemas/ and the error document under the name "Error".
 */
import { DEFINITIONS } from './generated.js';

const NAMES: Record<string, string> = { ApiError: 'Error' };

function pointAtComponents(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(pointAtComponents);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(
    Object.entries(v).map(([k, x]) => {
      if (k === '$ref' && typeof x === 'string' && x.startsWith('#/definitions/')) {
        const name = x.slice('#/definitions/'.length);
        return [k, `#/components/schemas/${NAMES[name] ?? name}`];
      }
      return [k, pointAtComponents(x)];
    }),
  );
}

let cached: Record<string, unknown> | null = null;

/** Every generated definition as an OpenAPI component schema, by name (built once, then shared). */
export function componentSchemas(): Record<string, unknown> {
  cached ??= Object.fromEntries(
    Object.entries(DEFINITIONS).map(([name, def]) => [NAMES[name] ?? name, pointAtComponents(def)]),
  );
  return cached;
}
