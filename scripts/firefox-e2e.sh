#!/usr/bin/env bash
# Firefox e2e: builds the Firefox add-on and checks on firefox-esr that managed policy from
# policies.json reaches it (e2e/firefox/managed-policy.ts) and that a managed block policy is
# enforced on a chatbot page, with the on-demand dialog (e2e/firefox/enforcement.ts). Writing
# Firefox's policies.json is machine-wide and needs root, so the run is skipped, visibly, otherwise. `--no-build` reuses
# .output/firefox-mv3 (npm test has just built and linted it).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" != 0 ]; then
  echo "firefox-e2e: SKIPPED: needs root to write firefox-esr's distribution/policies.json."
  exit 0
fi
bash scripts/ensure-browser.sh >/dev/null
export FIREFOX_PATH="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
if [ ! -x "$FIREFOX_PATH" ]; then
  echo "firefox-e2e: FAIL: no Firefox at $FIREFOX_PATH. Install it (apt-get install firefox-esr) or set FIREFOX_PATH." >&2
  exit 1
fi
[ "${1:-}" = --no-build ] || npx wxt build -b firefox --mv3 >/dev/null
# The site fixtures' bundles (e2e.sh builds them too; a Firefox-only run must not depend on it).
[ -f e2e/fixtures/sites/deepseek/vendor/app.js ] || npx tsx scripts/build-fixtures.ts
npx tsx e2e/firefox/managed-policy.ts
npx tsx e2e/firefox/enforcement.ts
