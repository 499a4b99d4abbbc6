#!/usr/bin/env bash
# Touchpoint's browser tests and demo drive Debian's Chromium at /usr/bin/chromium, never a
# downloaded browser. Install it when missing and we can (root with apt); otherwise say how.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is missing at /usr/bin/chromium. Install Debian's package, then run this again:" >&2
echo "  sudo apt-get install -y chromium" >&2
exit 1
