/**
 * The one error model of careerdiff. Every failure a user can cause is a CareerdiffError with a kind;
 * the kind alone decides the CLI exit code and the HTTP status (see exitCode / httpStatus below), so
 * the mapping lives in exactly one place.
 */

export type ErrorKind =
  | 'usage' // bad command line or bad API parameter
  | 'data' // a data file is missing, malformed or inconsistent
  | 'not_found' // a title, code or page that does not exist
  | 'store' // the store is missing, from another schema version, or corrupt
  | 'method' // an HTTP method a route does not answer (only GET and HEAD are served)
  | 'internal'; // a bug: never caused by user input

/** Where in an input the problem is: a file (with line and column) or a request parameter. */
export interface ErrorWhere {
  file?: string;
  line?: number;
  column?: string;
  param?: string;
}

export class CareerdiffError extends Error {
  readonly kind: ErrorKind;
  readonly where: ErrorWhere;
  /** Extra machine-readable detail (e.g. suggestions for a title that matched nothing). */
  readonly details: Record<string, unknown>;

  constructor(kind: ErrorKind, message: string, where: ErrorWhere = {}, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'CareerdiffError';
    this.kind = kind;
    this.where = where;
    this.details = details;
  }
}

export const usageError = (message: string, param?: string, details?: Record<string, unknown>) =>
  new CareerdiffError('usage', message, param ? { param } : {}, details);

export const dataError = (file: string, line: number | undefined, message: string, column?: string) =>
  new CareerdiffError('data', message, {
    file,
    ...(line !== undefined ? { line } : {}),
    ...(column ? { column } : {}),
  });

/** A not_found error; a `param` in details names the request parameter (where.param, as for usage errors). */
export function notFound(message: string, details: Record<string, unknown> = {}): CareerdiffError {
  const { param, ...rest } = details;
  return new CareerdiffError('not_found', message, typeof param === 'string' ? { param } : {}, rest);
}

/** A bug or a broken invariant (never caused by input): exit 1, HTTP 500, message not shown to API clients. */
export const internalError = (message: string) => new CareerdiffError('internal', message);

export const storeError = (message: string) => new CareerdiffError('store', message);

/** The only methods the site and API answer; anything else is a 405 with this `Allow` header. */
const ALLOWED_METHODS = 'GET, HEAD';
export const methodNotAllowed = (method: string) =>
  new CareerdiffError(
    'method',
    `${clip(method, 20)} is not allowed here; use ${ALLOWED_METHODS}`,
    {},
    {
      allow: ALLOWED_METHODS,
    },
  );

const EXIT: Record<ErrorKind, number> = { usage: 2, data: 3, not_found: 4, store: 5, method: 2, internal: 1 };
const HTTP: Record<ErrorKind, number> = {
  usage: 400,
  data: 500,
  not_found: 404,
  store: 503,
  method: 405,
  internal: 500,
};

/** Longest piece of user input echoed back in an error, longest line and longest error message, in characters. */
const ECHO_MAX = 120;
const LINE_MAX = 300;
const MESSAGE_MAX = 2000;

/** User input as echoed in a message: at most `max` characters, saying how long it really was. */
export function clip(text: string, max: number = ECHO_MAX): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}… (${chars.length} characters)`;
}

/** A message as shown: each line at most LINE_MAX characters, the whole at most MESSAGE_MAX (echoed input). */
const clipMessage = (message: string): string =>
  clip(
    message
      .split('\n')
      .map((l) => clip(l, LINE_MAX))
      .join('\n'),
    MESSAGE_MAX,
  );

/**
 * SQLite result codes that mean the store file itself is damaged, truncated, replaced or unreadable (not a bug
 * in a query): these are store errors (exit 5, HTTP 503), not internal ones.
 */
const STORE_DAMAGE = /^SQLITE_(CORRUPT|NOTADB|IOERR|CANTOPEN|FULL|READONLY_DBMOVED|PROTOCOL|BUSY|LOCKED)/;

export function asCareerdiffError(err: unknown): CareerdiffError {
  if (err instanceof CareerdiffError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && STORE_DAMAGE.test(code))
    return storeError(
      `the store could not be read (${code}: ${clip(message, 200)}); it may be damaged or was replaced: run "careerdiff import" to rebuild it`,
    );
  return new CareerdiffError('internal', message);
}

export const exitCode = (err: unknown): number => EXIT[asCareerdiffError(err).kind];
export const httpStatus = (err: unknown): number => HTTP[asCareerdiffError(err).kind];

/** Seconds a client is asked to wait before retrying when the store cannot be read (503). */
const STORE_RETRY_AFTER = 30;

/** HTTP headers an error's kind calls for: `Allow` on a 405, `Retry-After` on a 503 store error. */
export function errorHeaders(err: unknown): Record<string, string> {
  const kind = asCareerdiffError(err).kind;
  if (kind === 'method') return { Allow: ALLOWED_METHODS };
  if (kind === 'store') return { 'Retry-After': String(STORE_RETRY_AFTER) };
  return {};
}

/** "file:line (column): message" — the form every error takes on a terminal. */
export function formatError(err: unknown): string {
  const e = asCareerdiffError(err);
  const { file, line, column, param } = e.where;
  let at = '';
  if (file) at = `${file}${line !== undefined ? `:${line}` : ''}${column ? ` (column "${column}")` : ''}: `;
  else if (param) at = `${param}: `;
  return clipMessage(`${at}${e.message}`);
}

/** The JSON body of an API error; the same fields for every kind. */
export function errorBody(err: unknown): {
  error: { kind: ErrorKind; message: string; where: ErrorWhere } & Record<string, unknown>;
} {
  const e = asCareerdiffError(err);
  const message = e.kind === 'internal' ? 'Internal error' : clipMessage(e.message);
  return { error: { kind: e.kind, message, where: e.where, ...e.details } };
}
