/** The OpenAPI 3.1 description of the JSON API (served at /api/openapi.json). */

const errorRef = { $ref: '#/components/responses/Error' };

const param = (name: string, where: 'query' | 'path', description: string, required: boolean, schema: object) => ({
  name,
  in: where,
  description,
  required,
  schema,
});

const text = { type: 'string', maxLength: 120 };
const code = { type: 'string', pattern: '^\\d{2}-\\d{4}(\\.\\d{2})?$', examples: ['27-2012.00'] };
const limit = { type: 'integer', minimum: 1, maximum: 50, default: 10 };

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
          parameters: [
            param('q', 'query', 'A job title as people say it, or an O*NET-SOC / SOC code', true, text),
            param('with', 'query', 'The other title of a comparison, for pair-aware re-ranking', false, text),
            param('limit', 'query', 'Candidates to return', false, limit),
          ],
          responses: {
            200: {
              description: 'Candidates, best first (empty with suggestions when nothing matches)',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Resolution' } } },
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
            200: { description: 'The profile', content: { 'application/json': { schema: { type: 'object' } } } },
            400: errorRef,
            404: errorRef,
          },
        },
      },
      '/api/compare': {
        get: {
          summary: 'Compare two careers',
          parameters: [
            param('a', 'query', 'First title (or give aCode)', false, text),
            param('b', 'query', 'Second title (or give bCode)', false, text),
            param('aCode', 'query', 'Pick the reading of a by O*NET-SOC code', false, code),
            param('bCode', 'query', 'Pick the reading of b by O*NET-SOC code', false, code),
          ],
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
            param('limit', 'query', 'How many', false, limit),
          ],
          responses: {
            200: {
              description: 'Related occupations, best first',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      code: { type: 'string' },
                      title: { type: 'string' },
                      related: {
                        type: 'array',
                        items: {
                          type: 'object',
                          properties: {
                            code: { type: 'string' },
                            title: { type: 'string' },
                            score: { type: 'number' },
                            path: { type: 'string' },
                            comparePath: { type: 'string' },
                          },
                        },
                      },
                    },
                  },
                },
              },
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
        Candidate: {
          type: 'object',
          required: ['code', 'soc', 'title', 'score', 'matched', 'source'],
          properties: {
            code: { type: 'string' },
            soc: { type: 'string' },
            title: { type: 'string' },
            score: { type: 'number', minimum: 0, maximum: 1 },
            matched: { type: 'string' },
            source: {
              type: 'string',
              enum: ['occupation', 'alternate', 'short', 'reported', 'code', 'partial', 'fuzzy'],
            },
            path: { type: ['string', 'null'], description: 'The HTML profile' },
          },
        },
        Resolution: {
          type: 'object',
          required: ['query', 'candidates', 'ambiguous'],
          properties: {
            query: { type: 'string' },
            candidates: { type: 'array', items: { $ref: '#/components/schemas/Candidate' } },
            ambiguous: { type: 'boolean' },
            note: { type: 'string' },
            suggestions: { type: 'array', items: { type: 'string' } },
          },
        },
        Comparison: {
          type: 'object',
          description:
            'See src/compare/types.ts: input, resolution, summary, duties, requirements, workEnvironment, skills, salary, outlook, similarity, gap, missing, sources.',
          required: ['schemaVersion', 'input', 'resolution', 'summary', 'sources'],
          properties: { schemaVersion: { type: 'integer', const: comparisonVersion } },
        },
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['kind', 'message', 'where'],
              properties: {
                kind: { type: 'string', enum: ['usage', 'data', 'not_found', 'store', 'method', 'internal'] },
                message: { type: 'string' },
                where: { type: 'object', properties: { param: { type: 'string' } } },
              },
            },
          },
        },
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
