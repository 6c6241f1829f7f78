#!/usr/bin/env bash
# Finds the Chromium the tests drive, shared by `npm test` and .ci/run. When it is missing and we
# are root on Debian/Ubuntu, installs Debian's chromium with apt (saying so); otherwise explains
# in one line how to get one and exits non-zero. Playwright never downloads a browser here.
set -euo pipefail

path="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ ! -x "$path" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && [ -z "${CHROMIUM_PATH:-}" ]; then
    echo "ensure-browser: Chromium not found; installing Debian's chromium with apt-get." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq chromium >&2
  else
    echo "ensure-browser: no Chromium at $path. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium." >&2
    exit 1
  fi
fi

if "$path" --version 2>/dev/null | grep -qi 'google chrome'; then
  echo "ensure-browser: $path is Google Chrome, which ignores --load-extension since version 137. Use Chromium (apt-get install chromium) or point CHROMIUM_PATH at it." >&2
  exit 1
fi
echo "$path"
