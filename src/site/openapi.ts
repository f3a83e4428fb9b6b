/**
 * The OpenAPI 3.1 description of the JSON API (served at /api/openapi.json); its document schemas and query
 * parameters are generated (src/schemas, src/site/api-input.ts).
 */
import { componentSchemas } from '../schemas/components.js';
import { inputLimits, queryParameters } from './api-input.js';

const errorRef = { $ref: '#/components/responses/Error' };

const param = (name: string, where: 'query' | 'path', description: string, required: boolean, schema: object) => ({
  name,
  in: where,
  description,
  required,
  schema,
});

// The query parameters come from the schemas the API validates them with (src/site/api-input.ts).
const LIMITS = inputLimits();

export function openApiDocument(baseUrl: string, comparisonVersion: number): unknown {
  return {
    openapi: '3.1.0',
    info: {
      title: 'careerdiff API',
      version: '1.0.0',
      description:
        'Data-grounded comparisons of any two careers from O*NET 30.1 (CC BY 4.0, USDOL/ETA) and BLS data. ' +
        `Comparison documents carry schemaVersion ${comparisonVersion}. Errors are JSON {error: {kind, message, where}}: ` +
        'kind "usage" → 400, "not_found" → 404, "method" → 405 (only GET and HEAD; `Allow: GET, HEAD`), "store" → 503.',
    },
    servers: [{ url: baseUrl }],
    paths: {
      '/api/resolve': {
        get: {
          summary: 'Resolve a job title (or code) to ranked O*NET occupations',
          parameters: [...queryParameters(LIMITS, 'resolve')],
          responses: {
            200: {
              description: 'Candidates, best first (empty with suggestions when nothing matches)',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiResolution' } } },
            },
            400: errorRef,
          },
        },
      },
      '/api/code': {
        post: {
          summary:
            'Batch coding: job titles (one per line, or CSV/TSV with title, optional industry, description, id) to O*NET-SOC codes with calibrated confidence, one row per input row',
          parameters: [...queryParameters(LIMITS, 'code')],
          requestBody: {
            required: true,
            content: {
              'text/plain': { schema: { type: 'string' } },
              'text/csv': { schema: { type: 'string' } },
              'text/tab-separated-values': { schema: { type: 'string' } },
            },
          },
          responses: {
            200: {
              description:
                'One row per input row, in order (line, query, code, soc, title, confidence, status, candidates)',
              content: {
                'application/json': { schema: { type: 'object' } },
                'application/x-ndjson': { schema: { type: 'string' } },
                'text/csv': { schema: { type: 'string' } },
              },
            },
            400: errorRef,
          },
        },
      },
      '/api/occupation/{code}': {
        get: {
          summary: "One occupation's profile: O*NET descriptors, OEWS wages, projections, work environment",
          parameters: [
            param('code', 'path', 'O*NET-SOC code (27-2012.00) or occupation slug', true, { type: 'string' }),
          ],
          responses: {
            200: {
              description:
                'The profile. onet.workContext (O*NET Work Context) and onet.workActivityRatings (Work Activities ' +
                'importance and level) are on the 0–100 scale, each with release, label ("O*NET 24.2, 2020"), ' +
                'official, crosswalk (null | carried | split | merged: how an O*NET-SOC 2010 value reached the code), ' +
                'crosswalkFrom and sourceId.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiOccupation' } } },
            },
            400: errorRef,
            404: errorRef,
          },
        },
      },
      '/api/compare': {
        get: {
          summary: 'Compare two careers',
          parameters: [...queryParameters(LIMITS, 'compare')],
          responses: {
            200: {
              description: `A Comparison (schemaVersion ${comparisonVersion}); Link header points to the HTML article`,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Comparison' } } },
            },
            400: errorRef,
            404: errorRef,
          },
        },
      },
      '/api/related/{code}': {
        get: {
          summary: 'The most related occupations',
          parameters: [
            param('code', 'path', 'O*NET-SOC code or slug', true, { type: 'string' }),
            ...queryParameters(LIMITS, 'related'),
          ],
          responses: {
            200: {
              description: 'Related occupations, best first',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiRelated' } } },
            },
            400: errorRef,
            404: errorRef,
          },
        },
      },
      '/api/moves/{code}': {
        get: {
          summary: 'Career moves from one occupation: the occupations within reach, with gap, pay and outlook',
          description:
            "Within reach: among the occupation's most similar occupations, similarity and skill gap within the thresholds, at most one job zone and one education step up (the `threshold` object says it in numbers and words).",
          parameters: [
            param('code', 'path', 'O*NET-SOC code or occupation slug', true, { type: 'string' }),
            ...queryParameters(LIMITS, 'moves'),
          ],
          responses: {
            200: {
              description:
                'The moves, sorted; each with similarity, gap (skills and knowledge to build, new activities, job-zone and education steps), pay and outlook, and source ids',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiMoves' } } },
            },
            400: errorRef,
            404: errorRef,
          },
        },
      },
      '/api/path/{from}/{to}': {
        get: {
          summary: 'Routes from one occupation to another through at most two intermediate occupations',
          parameters: [
            param('from', 'path', 'O*NET-SOC code or slug of the starting occupation', true, { type: 'string' }),
            param('to', 'path', 'O*NET-SOC code or slug of the target occupation', true, { type: 'string' }),
          ],
          responses: {
            200: {
              description:
                'status direct (the move itself is within reach), routes (best routes by total skill gap, every step within reach), none (no route stays within reach) or same',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiRoutes' } } },
            },
            400: errorRef,
            404: errorRef,
          },
        },
      },
      '/api/lineup': {
        get: {
          summary:
            'Three or four careers side by side: pay, education, job zone, outlook, work environment, top skills',
          parameters: [...queryParameters(LIMITS, 'lineup')],
          responses: {
            200: {
              description: 'One entry per career in the order given, every pair with its comparison path, and sources',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiLineup' } } },
            },
            400: errorRef,
            404: errorRef,
          },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
      '/api/health': {
        get: {
          summary: 'Health check for load balancers: is the store readable?',
          description:
            'Checks the store file on every call (not cached). 200 while it can be read; 503 with the reason when it ' +
            'is missing, cut short, changed in place or unreadable (the site then answers 503 too). A store ' +
            'replaced by `careerdiff import` is reopened by the running server.',
          responses: {
            200: {
              description: 'The store is readable',
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['ok'], properties: { ok: { type: 'boolean', const: true } } },
                },
              },
            },
            503: {
              description: 'The store cannot be read',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['ok', 'error'],
                    properties: {
                      ok: { type: 'boolean', const: false },
                      error: { $ref: '#/components/schemas/Error/properties/error' },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        // The API's own documents, generated from their TypeScript types (src/schemas/types.ts).
        ...componentSchemas(),
      },
      responses: {
        Error: {
          description: 'An error',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    },
  };
}
