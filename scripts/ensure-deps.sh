#!/usr/bin/env bash
# Installs what a fresh machine is missing: npm packages (from the lock file) and, with
# --browser, Debian's Chromium for the end-to-end tests (Playwright cannot download its own here).
set -euo pipefail
cd "$(dirname "$0")/.."

# Reinstall when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[ensure] installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  echo "[ensure] installing Debian Chromium for the end-to-end tests"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
