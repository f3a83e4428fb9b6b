#!/usr/bin/env bash
# careerdiff website benchmark: comparison pages from `careerdiff serve` (hono on node) vs. nginx serving the
# static export of the same pages, 64 connections on loopback with wrk; server RSS before/after; export speed.
# Usage: bench/site.sh [DB] [SECONDS] [EXPORT_LIMIT] [PAGES]
# The server runs as `npm start` runs it: with a 384 MB old-space cap, so V8 collects before RSS climbs.
# Needs: wrk and nginx (apt-get install -y wrk nginx), a built project (npx tsc -p .).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-/tmp/site.sqlite}
SECS=${2:-60}
LIMIT=${3:-5000}
PAGES=${4:-1000}
WORK=$(mktemp -d /tmp/cd-bench.XXXXXX)
chmod 755 "$WORK" # nginx workers run as another user
# Pin the servers to CPU 0 and wrk to CPU 1 (when there are two or more CPUs) so they do not fight for a core.
if [ "$(nproc)" -ge 2 ] && command -v taskset > /dev/null; then SRV_CPU="taskset -c 0"; WRK_CPU="taskset -c 1"; else SRV_CPU=""; WRK_CPU=""; fi
OUT=$WORK/export
NODE_PORT=${NODE_PORT:-18090}
NGINX_PORT=${NGINX_PORT:-18091}
SRV_PID=""
NGX_PID=""
cleanup() {
  [ -n "$SRV_PID" ] && kill "$SRV_PID" 2>/dev/null || true
  [ -n "$NGX_PID" ] && kill "$NGX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$1/status"; }

echo "== export (hub + all profiles + $LIMIT comparisons)"
node bin/careerdiff.js export --db "$DB" --out "$OUT" --limit "$LIMIT" --json > "$WORK/export.json"
chmod -R a+rX "$OUT"
node -e 'const s=require(process.argv[1]); console.log(`files ${s.files}, pages hub ${s.pages.hub} profiles ${s.pages.profiles} comparisons ${s.pages.comparisons} lists ${s.pages.lists}; ${s.seconds.toFixed(1)} s including start-up; ${s.pagesPerSecond.toFixed(0)} pages/s`)' "$WORK/export.json"

# The comparison pages both servers are asked for.
find "$OUT/compare" -mindepth 2 -name index.html | sed "s#^$OUT##; s#/index.html\$##" | sort > "$WORK/all-paths.txt"
head -n "$PAGES" "$WORK/all-paths.txt" > "$WORK/paths.txt"
echo "pages in the rotation: $(wc -l < "$WORK/paths.txt")"
cat > "$WORK/rotate.lua" <<LUA
local paths = {}
for line in io.lines("$WORK/paths.txt") do paths[#paths + 1] = line end
local i = math.random(#paths)
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA

echo "== start careerdiff serve"
$SRV_CPU node --max-old-space-size=384 bin/careerdiff.js serve --db "$DB" --port "$NODE_PORT" > "$WORK/serve.log" 2>&1 &
SRV_PID=$!
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$NODE_PORT/api/health" > /dev/null && break; sleep 0.5; done
echo "RSS after start (catalog built): $(rss $SRV_PID) MB"

cat > "$WORK/nginx.conf" <<NGX
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
$SRV_CPU nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
NGX_PID=$!
sleep 1

echo "== warm-up (every page once, 10 s)"
$WRK_CPU wrk -t1 -c16 -d10s -s "$WORK/rotate.lua" "http://127.0.0.1:$NODE_PORT" > /dev/null
RSS_BEFORE=$(rss $SRV_PID)
echo "RSS after warm-up: $RSS_BEFORE MB"

echo "== careerdiff serve: ${SECS}s, 64 connections"
$WRK_CPU wrk -t1 -c64 -d"${SECS}s" --latency -s "$WORK/rotate.lua" "http://127.0.0.1:$NODE_PORT" | tee "$WORK/node.txt"
RSS_AFTER=$(rss $SRV_PID)
echo "== nginx (static export): ${SECS}s, 64 connections"
$WRK_CPU wrk -t1 -c64 -d"${SECS}s" --latency -s "$WORK/rotate.lua" "http://127.0.0.1:$NGINX_PORT" | tee "$WORK/nginx.txt"

summ() {
  local f=$1
  local rps p50 p99 errs non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' "$f")
  p50=$(awk '$1=="50%" {print $2}' "$f")
  p99=$(awk '$1=="99%" {print $2}' "$f")
  errs=$(awk '/Socket errors/ {print $0}' "$f")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$f")
  echo "$rps|$p50|$p99|${non2xx:-0}|${errs:-none}"
}
IFS='|' read -r N_RPS N_P50 N_P99 N_NON N_ERR <<< "$(summ "$WORK/node.txt")"
IFS='|' read -r X_RPS X_P50 X_P99 X_NON X_ERR <<< "$(summ "$WORK/nginx.txt")"
echo
echo "== summary (comparison pages, ${SECS}s, 64 connections, loopback)"
printf '%-22s %12s %10s %10s %8s  %s\n' server req/s p50 p99 non-2xx socket-errors
printf '%-22s %12s %10s %10s %8s  %s\n' "careerdiff serve" "$N_RPS" "$N_P50" "$N_P99" "$N_NON" "$N_ERR"
printf '%-22s %12s %10s %10s %8s  %s\n' "nginx static export" "$X_RPS" "$X_P50" "$X_P99" "$X_NON" "$X_ERR"
node -e 'const [a,b]=process.argv.slice(1).map(Number); console.log(`ratio serve/nginx: ${(a/b).toFixed(3)}`)' "$N_RPS" "$X_RPS"
echo "server RSS: $RSS_BEFORE MB before, $RSS_AFTER MB after the ${SECS}s run (growth $((RSS_AFTER - RSS_BEFORE)) MB)"
curl -s "http://127.0.0.1:$NODE_PORT/api/health"; echo
rm -rf "$WORK"
