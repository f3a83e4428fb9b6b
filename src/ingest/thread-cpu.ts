/**
 * CPU time of the calling thread (user + system, in milliseconds, at the kernel's clock-tick resolution), read
 * from /proc/thread-self/stat; null where the system has no such file. The import times its stages with it, so
 * that a stage's cost can be told apart from the load of a shared machine.
 */
import fs from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on every Linux the project runs on

let available = process.platform === 'linux';

export function threadCpuMs(): number | null {
  if (!available) return null;
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'latin1');
    // Fields after the command name (which may hold spaces) start after the last ')': state is field 3.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * TICK_MS; // utime, stime: fields 14 and 15
  } catch {
    available = false;
    return null;
  }
}
