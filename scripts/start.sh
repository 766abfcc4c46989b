#!/usr/bin/env bash
# `npm start`: install what is missing, build, and serve the planner on http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh
npx next build
exec npx next start -p "${PORT:-3000}"
