#!/usr/bin/env bash
# `npm test`: install what is missing (npm packages, Debian Chromium), then every check in order:
# lint, type-check, unit and property tests, production build, end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh --browser

step() { echo; echo "=== $1 ==="; }
step "lint (biome)";        npx biome check .
step "type-check (tsc)";    npx tsc --noEmit
step "unit tests (vitest)"; npx vitest run
step "CLI smoke";           npm run --silent plan -- --nodes 48 > /dev/null
step "build (next)";        npx next build
step "e2e (playwright)";    npx playwright test
