/**
 * What the rating-table importers check rows against: the occupations and tasks of the imported text
 * release, and its version. A rating file of that same release must only name its occupations and tasks
 * (anything else is an error); a file of another release or a third-party extract may name occupations
 * the text release no longer has, which are skipped with one warning per file.
 */
import { dataError } from '../../errors.js';
import type { IngestContext } from '../context.js';
import type { Row } from '../readers/table.js';

export class RatedTarget {
  readonly occupations: Set<string>;
  readonly tasks: Set<string>;
  readonly version: string;

  constructor(ctx: IngestContext) {
    const src = ctx.db
      .prepare("SELECT release FROM sources WHERE dataset = 'onet' AND file LIKE '%Occupation Data.txt' LIMIT 1")
      .get() as { release: string } | undefined;
    if (!src) {
      throw dataError(
        'Occupation Data.txt',
        undefined,
        'the O*NET rating tables need the O*NET text release imported first',
      );
    }
    this.version = src.release;
    const codes = ctx.db.prepare('SELECT code FROM occupations').pluck().all() as string[];
    this.occupations = new Set(codes);
    const tasks = ctx.db.prepare('SELECT occ_code || char(9) || task_id FROM tasks').pluck().all() as string[];
    this.tasks = new Set(tasks);
  }

  /** A checker for one file: strict for the text release's own version, skipping (with a warning) otherwise. */
  checker(ctx: IngestContext, label: string, strict: boolean): RowChecker {
    return new RowChecker(ctx, this, label, strict);
  }
}

class RowChecker {
  private skipped = 0;
  private firstLine = 0;
  private readonly codes = new Set<string>();
  private readonly tasksMissing = new Set<string>();

  constructor(
    private readonly ctx: IngestContext,
    private readonly target: RatedTarget,
    private readonly label: string,
    private readonly strict: boolean,
  ) {}

  /** True when the row's occupation (and task, if given) are known; otherwise fails or counts a skip. */
  known(row: Row, codeColumn: string, code: string, taskColumn?: string, taskId?: number): boolean {
    if (!this.target.occupations.has(code)) {
      if (this.strict) row.fail(codeColumn, `unknown occupation code "${code}": not in Occupation Data`);
      this.skip(row, code);
      return false;
    }
    if (taskColumn !== undefined && !this.target.tasks.has(`${code}\t${taskId}`)) {
      if (this.strict) row.fail(taskColumn, `unknown task ${taskId} of ${code}: not in Task Statements`);
      this.tasksMissing.add(`${code} ${taskId}`);
      this.skip(row, code);
      return false;
    }
    return true;
  }

  private skip(row: Row, code: string): void {
    if (this.skipped === 0) this.firstLine = row.line;
    this.skipped++;
    this.codes.add(code);
  }

  /** Records the one warning about skipped rows, if any. */
  finish(): void {
    if (this.skipped === 0) return;
    const tasks =
      this.tasksMissing.size > 0 ? ` (${this.tasksMissing.size} of them name tasks not in Task Statements)` : '';
    const eg = [...this.codes].slice(0, 3).join(', ');
    this.ctx.warn(
      `${this.skipped} rows skipped: ${this.codes.size} occupation codes or tasks not in the O*NET ${this.target.version} ` +
        `text release${tasks}, e.g. ${eg}`,
      this.label,
      this.firstLine,
    );
  }
}
