#!/usr/bin/env bash
# `npm test`: typecheck, lint, unit tests, then e2e. Stops at the first failing step.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s ==\n' "$1"; }
start=$(date +%s)
step typecheck; npx tsc --noEmit -p .
step lint; npx eslint .
step 'unit tests'; npx vitest run
step 'firefox lint'; npx wxt build -b firefox --mv3 >/dev/null; npm run -s lint:firefox
step 'content-script size'; npx tsx scripts/content-bundle/check-size.ts .output/firefox-mv3
step 'e2e tests'; bash scripts/e2e.sh
step 'firefox e2e'; bash scripts/firefox-e2e.sh --no-build
printf '\nAll checks passed in %ss.\n' "$(( $(date +%s) - start ))"
