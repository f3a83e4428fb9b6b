/**
 * The API's input checked by the generated schema: the query parameters of each /api route are described once
 * as TypeScript types (src/schemas/types.ts, ApiResolveQuery and the others), turned into JSON Schema
 * (src/schemas/generated.ts) and compiled with Ajv once per route (on its first request), with the tunable limits
 * filled in from the site options. A value is cleaned like any typed text (src/site/security.ts), an empty
 * one counts as missing, and text becomes a number where the schema says number; a failure is a usage error
 * (400) naming the parameter in where.param, with a message made from its schema. The OpenAPI document
 * describes the parameters from the same schemas (queryParameters).
 */
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { DEFAULTS, MOVES_DEFAULTS } from '../defaults.js';
import { usageError } from '../errors.js';
import { DEFINITIONS } from '../schemas/generated.js';
import type {
  ApiCodeQuery,
  ApiCompareQuery,
  ApiLineupQuery,
  ApiMovesQuery,
  ApiRelatedQuery,
  ApiResolveQuery,
} from '../schemas/types.js';
import { cleanText } from './security.js';
import type { Site } from './site.js';

const require = createRequire(import.meta.url);

/** The query type of each route, by the name the routes use. */
interface ApiQueries {
  resolve: ApiResolveQuery;
  compare: ApiCompareQuery;
  related: ApiRelatedQuery;
  moves: ApiMovesQuery;
  lineup: ApiLineupQuery;
  code: ApiCodeQuery;
}
export type ApiRoute = keyof ApiQueries;

const ROOTS: Record<ApiRoute, string> = {
  resolve: 'ApiResolveQuery',
  compare: 'ApiCompareQuery',
  related: 'ApiRelatedQuery',
  moves: 'ApiMovesQuery',
  lineup: 'ApiLineupQuery',
  code: 'ApiCodeQuery',
};

/** The limits that are tunables (src/defaults.ts), written into the schemas before they are compiled. */
interface InputLimits {
  /** Longest typed text, after cleaning. */
  maxText: number;
  /** Default and largest `limit` of resolve, related and code. */
  defaultLimit: number;
  maxLimit: number;
  /** Default and largest `limit` of moves. */
  movesDefaultLimit: number;
  movesMaxLimit: number;
}

/** The limits of a site's options (the defaults of src/defaults.ts when none are given). */
export const inputLimits = (
  opts: Pick<Site['opts'], 'apiDefaultLimit' | 'apiMaxLimit'> = DEFAULTS.site,
): InputLimits => ({
  maxText: DEFAULTS.site.maxQueryLength,
  defaultLimit: opts.apiDefaultLimit,
  maxLimit: opts.apiMaxLimit,
  movesDefaultLimit: MOVES_DEFAULTS.limit,
  movesMaxLimit: MOVES_DEFAULTS.maxLimit,
});

type Schema = Record<string, unknown> & {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
};

/** The definitions the query types use, copied, with the limits filled in. */
function querySchemas(limits: InputLimits): Record<string, Schema> {
  const defs: Record<string, Schema> = {};
  const add = (name: string) => {
    if (defs[name]) return;
    const def = DEFINITIONS[name];
    if (!def) throw new Error(`src/schemas/generated.ts has no ${name}: run "npm run schemas"`);
    defs[name] = structuredClone(def) as Schema;
    JSON.stringify(def, (k, v) => {
      if (k === '$ref' && typeof v === 'string') add(v.slice('#/definitions/'.length));
      return v;
    });
  };
  for (const root of Object.values(ROOTS)) add(root);
  Object.assign(defs.QueryText!, { maxLength: limits.maxText });
  Object.assign(defs.QueryLimit!, { maximum: limits.maxLimit, default: limits.defaultLimit });
  Object.assign(defs.ApiMovesQuery!.properties!.limit!, {
    maximum: limits.movesMaxLimit,
    default: limits.movesDefaultLimit,
  });
  return defs;
}

/** A property's schema with its reference followed (siblings such as its description kept). */
function resolved(defs: Record<string, Schema>, s: Schema): Schema {
  if (!s.$ref) return s;
  const { $ref, ...rest } = s;
  return { ...resolved(defs, defs[$ref.slice('#/definitions/'.length)]!), ...rest };
}

/** The OpenAPI parameters of a route's query, from its schema. */
export function queryParameters(limits: InputLimits, route: ApiRoute): object[] {
  const defs = querySchemas(limits);
  const root = defs[ROOTS[route]]!;
  return Object.entries(root.properties ?? {}).map(([name, prop]) => {
    const { description, errorMessage: _, ...schema } = resolved(defs, prop);
    return { name, in: 'query', description, required: root.required?.includes(name) ?? false, schema };
  });
}

const or = (xs: readonly unknown[]): string =>
  xs.length < 2 ? String(xs[0]) : `${xs.slice(0, -1).join(', ')} or ${String(xs.at(-1))}`;

/** The message of a failed check, made from the schema that failed: "\"limit\" must be a whole number from 1 to 50". */
function message(e: ErrorObject): { param: string; text: string } {
  if (e.keyword === 'required') {
    const param = String((e.params as { missingProperty: string }).missingProperty);
    return { param, text: `"${param}" is required` };
  }
  const param = e.instancePath.slice(1);
  const s = (e.parentSchema ?? {}) as Schema & {
    errorMessage?: string;
    maxLength?: number;
    minimum?: number;
    maximum?: number;
    enum?: unknown[];
  };
  const p = `"${param}"`;
  if (s.errorMessage) return { param, text: `${p} must be ${s.errorMessage}` };
  if (e.keyword === 'maxLength') return { param, text: `${p} is too long (at most ${s.maxLength} characters)` };
  if (s.type === 'integer') return { param, text: `${p} must be a whole number from ${s.minimum} to ${s.maximum}` };
  if (s.type === 'number') return { param, text: `${p} must be a number from ${s.minimum} to ${s.maximum}` };
  if (s.enum) return { param, text: `${p} must be ${or(s.enum)}` };
  return { param, text: `${p} ${e.message ?? 'is not valid'}` };
}

type ApiInput = <R extends ApiRoute>(route: R, get: (name: string) => string | undefined) => ApiQueries[R];

/**
 * The function the routes read their query with. Each route's validator is compiled once, on the route's first
 * request: loading and compiling Ajv for every route at startup costs about 120 ms under load (BENCHMARKS.md),
 * more than the server's whole start budget allows for it.
 */
export function apiInput(limits: InputLimits): ApiInput {
  const defs = querySchemas(limits);
  let ajv: Ajv | undefined;
  const routes = new Map<ApiRoute, { validate: ValidateFunction; props: [string, string | undefined][] }>();
  const compiled = (route: ApiRoute) => {
    let r = routes.get(route);
    if (!r) {
      if (!ajv) {
        const { Ajv } = require('ajv') as typeof import('ajv');
        ajv = new Ajv({ verbose: true });
        ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
      }
      const root = ROOTS[route];
      const props = Object.entries(defs[root]!.properties ?? {}).map(
        ([name, s]) => [name, resolved(defs, s).type] as [string, string | undefined],
      );
      r = { validate: ajv.compile({ $ref: `#/definitions/${root}`, definitions: defs }), props };
      routes.set(route, r);
    }
    return r;
  };
  return (route, get) => {
    const { validate, props } = compiled(route);
    const out: Record<string, unknown> = {};
    for (const [name, type] of props) {
      const raw = get(name);
      if (raw === undefined) continue;
      const s = cleanText(raw, name, Number.POSITIVE_INFINITY);
      if (s === '') continue;
      const n = Number(s);
      out[name] =
        type === 'integer' ? (/^\d{1,9}$/.test(s) ? n : s) : type === 'number' ? (Number.isFinite(n) ? n : s) : s;
    }
    if (!validate(out)) {
      const { param, text } = message(validate.errors![0]!);
      throw usageError(text, param);
    }
    return out as unknown as ApiQueries[typeof route];
  };
}
