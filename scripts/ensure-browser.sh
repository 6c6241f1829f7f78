#!/usr/bin/env bash
# Finds the Chromium the tests drive, shared by `npm test` and .ci/run, and prints its path. When it
# is missing and we are root on Debian/Ubuntu, installs Debian's chromium with apt (saying so);
# otherwise explains in one line how to get one and exits non-zero. Playwright never downloads a
# browser here. As root with apt it also installs firefox-esr for the Firefox e2e
# (scripts/firefox-e2e.sh) when FIREFOX_PATH / /usr/bin/firefox-esr is missing.
set -euo pipefail

path="${CHROMIUM_PATH:-/usr/bin/chromium}"
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }
apt_updated=
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  [ -n "$apt_updated" ] || { apt-get update -qq >&2; apt_updated=1; }
  apt-get install -y -qq "$1" >&2
}

if [ ! -x "$path" ]; then
  if can_apt && [ -z "${CHROMIUM_PATH:-}" ]; then
    echo "ensure-browser: Chromium not found; installing Debian's chromium with apt-get." >&2
    apt_install chromium
  else
    echo "ensure-browser: no Chromium at $path. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium." >&2
    exit 1
  fi
fi

if [ ! -x "$firefox" ] && can_apt && [ -z "${FIREFOX_PATH:-}" ]; then
  echo "ensure-browser: firefox-esr not found; installing Debian's firefox-esr with apt-get." >&2
  apt_install firefox-esr
fi

if "$path" --version 2>/dev/null | grep -qi 'google chrome'; then
  echo "ensure-browser: $path is Google Chrome, which ignores --load-extension since version 137. Use Chromium (apt-get install chromium) or point CHROMIUM_PATH at it." >&2
  exit 1
fi
echo "$path"
