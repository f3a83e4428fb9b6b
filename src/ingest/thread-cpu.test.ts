import assert from 'node:assert/strict';
import { test } from 'node:test';
import { threadCpuMs } from './thread-cpu.js';

test("the calling thread's CPU time grows with work it does, and not while it sleeps", {
  skip: process.platform !== 'linux',
}, () => {
  const t0 = threadCpuMs();
  assert.ok(t0 !== null && t0 >= 0);
  // Busy until this thread has used 200 ms of CPU by its own count (no wall clock, so the machine's load does not
  // matter); the whole process's CPU over the same span bounds it from above (1 clock tick of slack each side), and
  // this thread did most of it (the rest is V8's helper threads).
  const c0 = process.cpuUsage();
  let x = 0;
  while (threadCpuMs()! - t0 < 200) for (let i = 0; i < 1e5; i++) x += Math.sqrt(x + 1);
  const t1 = threadCpuMs()!;
  const c = process.cpuUsage(c0);
  const processMs = (c.user + c.system) / 1000;
  assert.ok(x > 0);
  assert.ok(t1 - t0 <= processMs + 20, `thread counted ${t1 - t0} ms, the process ${processMs} ms`);
  assert.ok(t1 - t0 >= 0.5 * processMs, `thread counted ${t1 - t0} ms of the process's ${processMs} ms`);
  // Asleep: the thread's count barely moves (a clock tick or two).
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  assert.ok(threadCpuMs()! - t1 <= 40, 'asleep 200 ms');
});
