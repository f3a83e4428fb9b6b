/**
 * The temporary files of an import (`<store>.tmp-<pid>-<ms>` and SQLite's `-journal`, `-wal`, `-shm` beside
 * it): a watchdog that deletes them if the importing process dies (the import is synchronous, so no signal
 * handler of ours could run in time), and removal of stale ones left by an import that was killed earlier.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** A temporary store and the SQLite side files that may sit beside it. */
export const tempFamily = (tmp: string): string[] => [tmp, `${tmp}-journal`, `${tmp}-wal`, `${tmp}-shm`];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary files older than this are stale even if their process id is in use again (ids are reused). */
const STALE_AFTER_MS = 24 * 3600 * 1000;

/**
 * Deletes the temporary files of earlier imports into `dbFile` whose process is gone (or that are older than a
 * day); returns what it removed. Files of an import still running in another process are left alone.
 */
export function removeStaleTemps(dbFile: string, now = Date.now()): string[] {
  const dir = path.dirname(dbFile);
  const re = new RegExp(`^${escapeRe(path.basename(dbFile))}\\.tmp-(\\d+)-(\\d+)(?:-journal|-wal|-shm)?$`);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = re.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    const started = Number(m[2]);
    if (pid === process.pid && now - started < STALE_AFTER_MS) continue;
    if (pid !== process.pid && alive(pid) && now - started < STALE_AFTER_MS) continue;
    const file = path.join(dir, name);
    fs.rmSync(file, { force: true });
    removed.push(file);
  }
  return removed;
}

/** What the watchdog runs: poll the parent; once it is gone, delete the temporary files, then exit. */
const WATCHDOG = `
const fs = require('node:fs');
const [pid, ...files] = process.argv.slice(1);
const alive = () => { try { process.kill(Number(pid), 0); return true; } catch (e) { return e.code === 'EPERM'; } };
const t = setInterval(() => {
  if (alive()) return;
  clearInterval(t);
  for (const f of files) { try { fs.rmSync(f, { force: true }); } catch {} }
}, 200);
process.on('SIGTERM', () => process.exit(0));
`;

/**
 * Starts a detached watchdog (its own process group, so a Ctrl-C on the terminal does not reach it) that
 * deletes `tmp` and its side files once this process has exited, however it ended. Returns a function that
 * stops the watchdog once the import has finished (renamed or cleaned up itself).
 */
export function tempWatchdog(tmp: string): () => void {
  let child: ReturnType<typeof spawn> | null = null;
  try {
    child = spawn(process.execPath, ['-e', WATCHDOG, String(process.pid), ...tempFamily(tmp)], {
      detached: true,
      stdio: 'ignore',
    });
    child.on('error', () => {}); // no watchdog: the next import still removes stale files
    child.unref();
  } catch {
    child = null;
  }
  return () => {
    if (child && child.exitCode === null) child.kill('SIGTERM');
  };
}
