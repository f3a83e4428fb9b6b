#!/usr/bin/env bash
# CLI speed against the CLI's own `--help` in the same hyperfine run (issue 10): resolve, show (by code and by
# title) and compare (RN vs NP and the seed pair) on an existing, current store, each run as a fresh process.
# Wall = median, CPU = mean user+system (steadier on a busy machine). Usage: bench/cli.sh DB [RUNS]   Needs hyperfine.
set -euo pipefail
cd "$(dirname "$0")/.."
export CAREERDIFF_DB=${1:?store file}
RUNS=${2:-10}
# The fast commands run from their one-file bundles when these are current (npm run build makes them).
node --input-type=module -e "const { currentBundle } = await import('./dist/src/cli/bundled.js'); console.log('bundles:', ['resolve', 'show', 'compare'].map((b) => b + (currentBundle(b) ? ' current' : ' STALE (unbundled)')).join(', '))"
node -e "console.log('machine:', require('os').cpus().length, 'x', require('os').cpus()[0].model, '| node', process.version, '| load', require('os').loadavg().map(x => x.toFixed(1)).join(' '))"
hyperfine -N -w 2 -r "$RUNS" --export-json "${OUT:-/tmp/careerdiff-cli.json}" \
  'node bin/careerdiff.js --help' \
  'node bin/careerdiff.js resolve "registered nurse"' \
  'node bin/careerdiff.js show 29-1141.00' \
  'node bin/careerdiff.js show "production assistant"' \
  'node bin/careerdiff.js compare "registered nurse" "nurse practitioner"' \
  'node bin/careerdiff.js compare "associate producer" "production assistant"'
node -e '
const r = require(process.argv[1]).results;
const help = r[0].median;
const cpu = (x) => x.user + x.system;
for (const x of r)
  console.log(`${x.command.padEnd(76)} median ${(x.median * 1000).toFixed(0)} ms  ${(x.median / help).toFixed(2)}x --help  | CPU ${(cpu(x) * 1000).toFixed(0)} ms  ${(cpu(x) / cpu(r[0])).toFixed(2)}x`);
' "${OUT:-/tmp/careerdiff-cli.json}"
