#!/usr/bin/env bash
# Builds the test build of the extension and runs the Playwright suite against Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM_PATH="$(bash scripts/ensure-browser.sh)"
export CHROMIUM_PATH PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
SIGHTLINE_TEST_BUILD=1 npx wxt build -b chrome --mv3 --mode test >/dev/null
npx tsx scripts/build-fixtures.ts
npx playwright test -c e2e/playwright.config.ts "$@"
