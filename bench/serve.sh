#!/usr/bin/env bash
# careerdiff server benchmark (issue 10), every figure beside its baseline from the same run:
#   1. start: seconds from `careerdiff serve` to its first 200 on an existing store (3 starts each of
#      --workers 1 and the default, a worker per core);
#   2. uncached comparison pages: `serve` with the default workers, 32 connections, wrk rotating over N
#      distinct random pairs of occupations (each page asked once: the page cache never hits), req/s, p50/p99,
#      errors and timeouts, and the RSS of every process of the server (primary + workers) before and after;
#   3. cached comparison pages: `serve --workers 1` against nginx serving the static export of the same pages,
#      each pinned to CPU 0 (taskset), wrk on CPU 1, 32 connections, after a warm-up that caches every page.
# Usage: bench/serve.sh DB [SECONDS] [CACHED_PAGES]     Needs wrk, nginx, curl and a built project.
#   PARTS="start uncached cached" (the default) picks the parts to run; WORKERS=N the uncached run's workers.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:?store file}
SECS=${2:-20}
CACHED=${3:-300}
WORK=$(mktemp -d /tmp/cd-serve.XXXXXX)
chmod 755 "$WORK"
PORT=${PORT_BASE:-18300}
NGINX_PORT=$((PORT + 1))
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2> /dev/null || true; done
  wait 2> /dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
PARTS=${PARTS:-start uncached cached}
has() { [[ " $PARTS " == *" $1 "* ]]; }
# RSS (MB) of each process: "primary+worker+worker".
each_rss() {
  local out="" p
  for p in $1 $(ps -o pid= --ppid "$1"); do out="$out+$(($(awk '/VmRSS/ {print $2}' "/proc/$p/status") / 1024))"; done
  echo "${out#+}"
}
# PSS (MB) of a process and all its children: shared pages (the node binary's text, ~48 MB resident in
# each process) split between the processes that map them, instead of counted once per process as RSS does.
tree_pss() {
  local total=0 p
  for p in $1 $(ps -o pid= --ppid "$1"); do total=$((total + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup"))); done
  echo $((total / 1024))
}
# RSS (MB) of a process and all its children.
tree_rss() {
  local total=0 p
  for p in $1 $(ps -o pid= --ppid "$1"); do total=$((total + $(awk '/VmRSS/ {print $2}' "/proc/$p/status"))); done
  echo $((total / 1024))
}
start() { # start WORKERS CPU_PREFIX -> sets SRV_PID and STARTED (seconds to the first answer)
  local t0 t1
  t0=$(date +%s.%N)
  $2 node bin/careerdiff.js serve --db "$DB" --port "$PORT" --workers "$1" > "$WORK/serve.log" 2>&1 &
  SRV_PID=$!
  PIDS+=("$SRV_PID")
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/health"; do sleep 0.01; done
  t1=$(date +%s.%N)
  STARTED=$(node -e 'console.log((Number(process.argv[2]) - Number(process.argv[1])).toFixed(2))' "$t0" "$t1")
}
stop() {
  kill "$SRV_PID"
  wait "$SRV_PID" 2> /dev/null || true
}
summ() { # wrk output -> "req/s p50 p99 errors"
  awk '/Requests\/sec/ {r=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2} /Socket errors/ {e=$0} /Non-2xx/ {n=$NF}
       END {printf "%s req/s, p50 %s, p99 %s, non-2xx %s, %s\n", r, p50, p99, n ? n : 0, e ? e : "no socket errors"}' "$1"
}

node -e "console.log('machine:', require('os').cpus().length, 'x', require('os').cpus()[0].model, '| node', process.version, '| load', require('os').loadavg().map(x => x.toFixed(1)).join(' '))"

echo "== 1. start to first answer (s)"
has start && for w in 1 "$(nproc)"; do
  for _ in 1 2 3; do
    start "$w" ""
    echo "workers $w: $STARTED"
    stop
  done
done

# Distinct random pairs (canonical paths), seeded; and the pages of the cached test.
node --input-type=module -e "
  const { openStore } = await import('./dist/src/store/open.js');
  const { readDerived, DERIVED } = await import('./dist/src/store/derived.js');
  const { StoreCache } = await import('./dist/src/store/cache.js');
  const { comparePath } = await import('./dist/src/site/slug.js');
  const { rng } = await import('./dist/src/testkit/rng.js');
  const occ = readDerived(new StoreCache(openStore(process.argv[1])), DERIVED.catalog).occupations;
  const r = rng(7), seen = new Set(), out = [];
  while (out.length < 60000) {
    let i = Math.floor(r() * occ.length), j = Math.floor(r() * occ.length);
    if (i === j) continue;
    if (i > j) [i, j] = [j, i];
    if (seen.has(i * 4096 + j)) continue;
    seen.add(i * 4096 + j);
    out.push(comparePath(occ[i].slug, occ[j].slug));
  }
  process.stdout.write(out.join('\n') + '\n');
" "$DB" > "$WORK/pairs.txt"
cat > "$WORK/seq.lua" << LUA
local paths = {}
for line in io.lines("$WORK/pairs.txt") do paths[#paths + 1] = line end
local n, tid = 0, 0
setup = function(thread) thread:set("tid", tid); tid = tid + 1 end
init = function() n = tid * 30000 end
request = function() n = n + 1; return wrk.format("GET", paths[(n % #paths) + 1]) end
LUA

if has uncached; then
  W=${WORKERS:-$(nproc)}
  echo "== 2. uncached comparison pages of random pairs, $W workers, 32 connections, ${SECS}s"
  start "$W" ""
  echo "start: $STARTED s"
  echo "RSS of all server processes after start: $(tree_rss "$SRV_PID") MB ($(each_rss "$SRV_PID"))"
  wrk -t2 -c32 -d"${SECS}s" --timeout 5s --latency -s "$WORK/seq.lua" "http://127.0.0.1:$PORT" > "$WORK/uncached.txt"
  echo "uncached: $(summ "$WORK/uncached.txt")"
  echo "RSS of all server processes after the run: $(tree_rss "$SRV_PID") MB ($(each_rss "$SRV_PID"); $(ps -o pid= --ppid "$SRV_PID" | wc -l) workers + primary); PSS $(tree_pss "$SRV_PID") MB"
  echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  stop
fi
has cached || exit 0

echo "== 3. cached pages: serve --workers 1 vs nginx (static export), each on CPU 0; wrk on CPU 1; 32 connections, ${SECS}s"
head -n "$CACHED" "$WORK/pairs.txt" > "$WORK/cached.txt"
OUT=$WORK/site
mkdir -p "$OUT"
start 1 "taskset -c 0"
echo "start: $STARTED s"
while read -r p; do
  mkdir -p "$OUT$p"
  curl -sf "http://127.0.0.1:$PORT$p" -o "$OUT$p/index.html"
done < "$WORK/cached.txt"
chmod -R a+rX "$OUT"
cat > "$WORK/rot.lua" << LUA
local paths = {}
for line in io.lines("$WORK/cached.txt") do paths[#paths + 1] = line end
local i = 0
request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end
LUA
cat > "$WORK/nginx.conf" << NGX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  sendfile on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $OUT;
    location / { try_files \$uri \$uri/index.html =404; }
  }
}
NGX
taskset -c 0 nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
PIDS+=($!)
sleep 0.5
taskset -c 1 wrk -t1 -c32 -d5s -s "$WORK/rot.lua" "http://127.0.0.1:$PORT" > /dev/null # warm-up: every page cached
for round in 1 2; do
  taskset -c 1 wrk -t1 -c32 -d"${SECS}s" --latency -s "$WORK/rot.lua" "http://127.0.0.1:$PORT" > "$WORK/node-$round.txt"
  taskset -c 1 wrk -t1 -c32 -d"${SECS}s" --latency -s "$WORK/rot.lua" "http://127.0.0.1:$NGINX_PORT" > "$WORK/nginx-$round.txt"
  N=$(awk '/Requests\/sec/ {print $2}' "$WORK/node-$round.txt")
  X=$(awk '/Requests\/sec/ {print $2}' "$WORK/nginx-$round.txt")
  echo "round $round: serve $(summ "$WORK/node-$round.txt")"
  echo "round $round: nginx $(summ "$WORK/nginx-$round.txt")"
  node -e 'console.log(`round ${process.argv[3]}: ratio serve/nginx ${(process.argv[1] / process.argv[2]).toFixed(3)}`)' "$N" "$X" "$round"
done
echo "RSS of serve --workers 1 after the cached runs: $(tree_rss "$SRV_PID") MB"
