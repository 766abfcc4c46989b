#!/usr/bin/env bash
# `npm run bench`: planCluster and BOM workbook timings in Node, then the browser measurement
# (node count change -> views updated) against a production build. Prints figures; there is no pass/fail.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh --browser
echo "=== planCluster (Node) ==="
npx tsx bench/run.ts
echo "=== BOM workbook (Node) ==="
npx tsx bench/xlsx.ts
# Rebuild when there is no build or any source is newer than it (a stale build measures old code).
if [ ! -f .next/BUILD_ID ] || [ -n "$(find app components lib state public next.config.ts package-lock.json -newer .next/BUILD_ID -type f -print -quit 2>/dev/null)" ]; then
  npx next build
fi
echo "=== first-load JavaScript: planner page vs a bare Next.js page ==="
npx tsx bench/first-load.ts
echo "=== browser: node count change to views updated ==="
npx tsx bench/browser.ts
