/**
 * Parameter-driven rebuild attack (issue 12, row 3): four clients ask a running server for /sitemap.xml and
 * /search-index.json with a new ?pairs=N each time, while a reader fetches one cached comparison page every
 * 100 ms; prints the attack rate and the reader's latency. Usage: node dist/bench/param-attack.js PORT [SECONDS]
 * (start `careerdiff serve --port PORT` first; pin it and this to different CPUs with taskset).
 */
const port = Number(process.argv[2]);
const secs = Number(process.argv[3] ?? 15);
if (!port) {
  process.stderr.write('usage: node dist/bench/param-attack.js PORT [SECONDS]\n');
  process.exit(2);
}
const base = `http://127.0.0.1:${port}`;
const page = '/compare/registered-nurses-vs-chefs-and-head-cooks';
await (await fetch(base + page)).text();
const end = Date.now() + secs * 1000;
let n = 0;
let bytes = 0;
let non200 = 0;
const attacker = async (k: number) => {
  while (Date.now() < end) {
    const path = `${n % 2 ? '/sitemap.xml' : '/search-index.json'}?pairs=${1000 + n * 4 + k}`;
    n++;
    const r = await fetch(base + path);
    bytes += (await r.arrayBuffer()).byteLength;
    if (r.status !== 200) non200++;
  }
};
const lat: number[] = [];
const reader = async () => {
  while (Date.now() < end) {
    const t = performance.now();
    await (await fetch(base + page)).text();
    lat.push(performance.now() - t);
    await new Promise((res) => setTimeout(res, 100));
  }
};
await Promise.all([attacker(0), attacker(1), attacker(2), attacker(3), reader()]);
lat.sort((a, b) => a - b);
const q = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))]!.toFixed(1);
process.stdout.write(
  `${n} attack requests in ${secs} s (${(n / secs).toFixed(0)}/s, ${(bytes / 1e6).toFixed(0)} MB, non-200 ${non200}); ` +
    `cached page: ${lat.length} requests, p50 ${q(0.5)} ms, p99 ${q(0.99)} ms, max ${lat.at(-1)!.toFixed(1)} ms\n`,
);
