#!/usr/bin/env bash
# Quick start, command 1: install what a fresh Debian machine lacks (Debian's Chromium and Firefox
# ESR, the npm packages), build the extension and run it (`npm start`: opened on a demo page where a
# display exists; headless, it prints where to load it). `--no-start` stops after installing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Only what is missing: Chromium for the Chrome e2e tests and the demo, firefox-esr and its Arabic
# language pack for the Firefox e2e tests (scripts/e2e-firefox.mjs; the Arabic popup test needs
# Firefox's UI in Arabic). One apt-get update for all.
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
packages=()
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then packages+=(chromium); fi
if [ -z "${FIREFOX_PATH:-}" ]; then
  [ -x /usr/bin/firefox-esr ] || packages+=(firefox-esr)
  installed firefox-esr-l10n-ar || packages+=(firefox-esr-l10n-ar)
fi
if [ "${#packages[@]}" -gt 0 ]; then
  echo "setup: installing Debian's ${packages[*]} (used by the browser tests and the demo)"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${packages[@]}" >/dev/null
fi

# The Firefox manifest asks for Firefox ≥ 142 (strict_min_version): Debian's security updates have
# 153, plain bookworm has 140, which refuses to install the add-on.
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
if [ -x "$firefox" ]; then
  major="$("$firefox" --version 2>/dev/null | sed -n 's/^Mozilla Firefox \([0-9]*\).*/\1/p')"
  if [ -n "$major" ] && [ "$major" -lt 142 ]; then
    echo "setup: $firefox is Firefox $major; the add-on needs ≥ 142 (Debian's security updates have it)" >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund
[ "${1:-}" = "--no-start" ] || npm start
