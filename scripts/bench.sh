#!/usr/bin/env bash
# `npm run bench`: planCluster timings in Node, then the browser measurement (node count change ->
# views updated) against a production build. Prints figures; there is no pass/fail.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh --browser
echo "=== planCluster (Node) ==="
npx tsx bench/run.ts
[ -f .next/BUILD_ID ] || npx next build
echo "=== browser: node count change to views updated ==="
npx tsx bench/browser.ts
