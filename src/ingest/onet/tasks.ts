/**
 * O*NET task files: Task Statements, the Detailed and Intermediate Work Activity references, the
 * Tasks to DWAs links (every link checked against its task and DWA) and Emerging Tasks.
 */
import { CODE, maybeStr, type TextRelease } from './common.js';

const TASK_TYPES = new Set(['Core', 'Supplemental']);

export function importTaskStatements(r: TextRelease): void {
  const rel = r.required('Task Statements.txt');
  const table = r.read(rel, [CODE, 'Task ID', 'Task', 'Task Type']);
  const sourceId = r.source(rel);
  const incumbents = table.hasColumn('Incumbents Responding');
  const n = r.ctx.insertRows(
    table,
    `INSERT INTO tasks (occ_code, task_id, task, task_type, incumbents_responding, date, domain_source, source_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    (row) => {
      const code = r.occ(row);
      const taskId = row.int('Task ID');
      const type = row.optStr('Task Type');
      if (type !== null && !TASK_TYPES.has(type)) {
        row.fail('Task Type', `expected Core, Supplemental or n/a, found "${type.slice(0, 30)}"`);
      }
      r.tasks.add(`${code}\t${taskId}`);
      return [
        code,
        taskId,
        row.str('Task'),
        type,
        incumbents ? row.optInt('Incumbents Responding') : null,
        maybeStr(row, 'Date'),
        maybeStr(row, 'Domain Source'),
        sourceId,
      ];
    },
    'tasks',
  );
  r.finish(sourceId, 'tasks', n, `O*NET ${r.release.version} Task Statements: ${n} tasks`);
}

/** IWA and DWA references and the task → DWA links; skipped with a warning when Tasks to DWAs is absent. */
export function importWorkActivities(r: TextRelease): void {
  const links = r.optional('Tasks to DWAs.txt', 'dwas', 'Detailed work activities');
  if (!links) return;
  const { ctx } = r;

  const iwaRel = r.required('IWA Reference.txt', 'Tasks to DWAs.txt');
  const iwaSource = r.source(iwaRel);
  const iwas = new Set<string>();
  const nIwa = ctx.insertRows(
    r.read(iwaRel, ['Element ID', 'IWA ID', 'IWA Title']),
    'INSERT INTO iwas (iwa_id, element_id, title, source_id) VALUES (?, ?, ?, ?)',
    (row) => {
      const id = row.str('IWA ID');
      iwas.add(id);
      return [id, row.str('Element ID'), row.str('IWA Title'), iwaSource];
    },
    'iwas',
  );
  ctx.setSourceRows(iwaSource, nIwa);

  const dwaRel = r.required('DWA Reference.txt', 'Tasks to DWAs.txt');
  const dwaSource = r.source(dwaRel);
  const dwas = new Set<string>();
  const nDwa = ctx.insertRows(
    r.read(dwaRel, ['Element ID', 'IWA ID', 'DWA ID', 'DWA Title']),
    'INSERT INTO dwas (dwa_id, iwa_id, element_id, title, source_id) VALUES (?, ?, ?, ?, ?)',
    (row) => {
      const id = row.str('DWA ID');
      const iwa = row.str('IWA ID');
      if (!iwas.has(iwa)) row.fail('IWA ID', `unknown IWA ID "${iwa}": not in IWA Reference`);
      dwas.add(id);
      return [id, iwa, row.str('Element ID'), row.str('DWA Title'), dwaSource];
    },
    'dwas',
  );
  ctx.setSourceRows(dwaSource, nDwa);

  const sourceId = r.source(links);
  const n = ctx.insertRows(
    r.read(links, [CODE, 'Task ID', 'DWA ID']),
    'INSERT INTO task_dwas (occ_code, task_id, dwa_id, date, domain_source, source_id) VALUES (?, ?, ?, ?, ?, ?)',
    (row) => {
      const code = r.occ(row);
      const taskId = row.int('Task ID');
      if (!r.tasks.has(`${code}\t${taskId}`)) {
        row.fail('Task ID', `unknown task ${taskId} of ${code}: not in Task Statements`);
      }
      const dwa = row.str('DWA ID');
      if (!dwas.has(dwa)) row.fail('DWA ID', `unknown DWA ID "${dwa}": not in DWA Reference`);
      return [code, taskId, dwa, maybeStr(row, 'Date'), maybeStr(row, 'Domain Source'), sourceId];
    },
    'task_dwas',
  );
  r.finish(sourceId, 'dwas', n, `O*NET ${r.release.version}: ${n} task-DWA links, ${nDwa} DWAs, ${nIwa} IWAs`);
}

export function importEmergingTasks(r: TextRelease): void {
  const rel = r.optional('Emerging Tasks.txt', 'emerging_tasks', 'Emerging tasks');
  if (!rel) return;
  const sourceId = r.source(rel);
  const n = r.ctx.insertRows(
    r.read(rel, [CODE, 'Task', 'Category']),
    `INSERT INTO emerging_tasks (occ_code, task, category, original_task_id, original_task, date, domain_source, source_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    (row) => [
      r.occ(row),
      row.str('Task'),
      row.str('Category'),
      row.has('Original Task ID') ? row.optInt('Original Task ID') : null,
      maybeStr(row, 'Original Task'),
      maybeStr(row, 'Date'),
      maybeStr(row, 'Domain Source'),
      sourceId,
    ],
    'emerging_tasks',
  );
  r.finish(sourceId, 'emerging_tasks', n, `O*NET ${r.release.version} Emerging Tasks: ${n} tasks`);
}
