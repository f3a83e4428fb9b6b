import assert from 'node:assert/strict';
import { test } from 'node:test';
import { threadCpuMs } from './thread-cpu.js';

test("the calling thread's CPU time grows with work it does, and not while it sleeps", {
  skip: process.platform !== 'linux',
}, () => {
  const t0 = threadCpuMs();
  assert.ok(t0 !== null && t0 >= 0);
  // Busy until the process has used 200 ms of CPU (whatever the machine's load): this thread did nearly all of it.
  const c0 = process.cpuUsage();
  let x = 0;
  for (let c = c0; (c.user + c.system) / 1000 < 200; c = process.cpuUsage(c0)) x += Math.sqrt(x + 1);
  const t1 = threadCpuMs()!;
  assert.ok(x > 0);
  assert.ok(t1 - t0 >= 150, `busy for 200 ms of CPU, counted ${t1 - t0} ms`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  assert.ok(threadCpuMs()! - t1 <= 40, 'asleep 200 ms');
});
