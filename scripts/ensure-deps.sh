#!/usr/bin/env bash
# Installs what a fresh machine is missing: npm packages (from the lock file) and, with
# --browser, Debian's Chromium (Playwright cannot download its own here), poppler-utils for the
# end-to-end tests and LibreOffice Calc, which opens the BOM workbook in lib/export/xlsx-libreoffice.test.ts.
set -euo pipefail
cd "$(dirname "$0")/.."

# Reinstall when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[ensure] installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

# With --browser: Debian's Chromium, and poppler-utils (pdftotext, pdftoppm) for the print tests,
# which read the printed PDFs back (e2e/print.spec.ts).
if [ "${1:-}" = "--browser" ]; then
  PACKAGES=""
  [ -x /usr/bin/chromium ] || PACKAGES="chromium fonts-dejavu-core"
  command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || PACKAGES="$PACKAGES poppler-utils"
  if [ -n "$PACKAGES" ]; then
    echo "[ensure] installing Debian packages for the end-to-end tests:$PACKAGES"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086 # one word per package
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $PACKAGES >/dev/null
  fi
  # Calc alone, without the recommended desktop parts (about 3 minutes on a fresh machine).
  if ! command -v soffice >/dev/null 2>&1; then
    echo "[ensure] installing LibreOffice Calc (libreoffice-calc-nogui) for the workbook test"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
  fi
fi
