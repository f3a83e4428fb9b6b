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

export const notFound = (message: string, details?: Record<string, unknown>) =>
  new CareerdiffError('not_found', message, {}, details);

export const storeError = (message: string) => new CareerdiffError('store', message);

const EXIT: Record<ErrorKind, number> = { usage: 2, data: 3, not_found: 4, store: 5, internal: 1 };
const HTTP: Record<ErrorKind, number> = { usage: 400, data: 500, not_found: 404, store: 503, internal: 500 };

export function asCareerdiffError(err: unknown): CareerdiffError {
  if (err instanceof CareerdiffError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new CareerdiffError('internal', message);
}

export const exitCode = (err: unknown): number => EXIT[asCareerdiffError(err).kind];
export const httpStatus = (err: unknown): number => HTTP[asCareerdiffError(err).kind];

/** "file:line (column): message" — the form every error takes on a terminal. */
export function formatError(err: unknown): string {
  const e = asCareerdiffError(err);
  const { file, line, column, param } = e.where;
  let at = '';
  if (file) at = `${file}${line !== undefined ? `:${line}` : ''}${column ? ` (column "${column}")` : ''}: `;
  else if (param) at = `${param}: `;
  return `${at}${e.message}`;
}

/** The JSON body of an API error; the same fields for every kind. */
export function errorBody(err: unknown): {
  error: { kind: ErrorKind; message: string; where: ErrorWhere } & Record<string, unknown>;
} {
  const e = asCareerdiffError(err);
  const message = e.kind === 'internal' ? 'Internal error' : e.message;
  return { error: { kind: e.kind, message, where: e.where, ...e.details } };
}
