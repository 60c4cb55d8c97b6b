#!/usr/bin/env bash
# Quick start, command 1: install what a fresh Debian machine lacks (Debian's Chromium, the npm
# packages), build the extension and run it (`npm start`: opened on a demo page where a display
# exists; headless, it prints where to load it). `--no-start` stops after installing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Debian's chromium (used by the browser tests and the demo)"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

npm ci --no-audit --no-fund
[ "${1:-}" = "--no-start" ] || npm start
