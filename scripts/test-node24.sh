#!/usr/bin/env bash
# The fast unit tests (vitest project `unit`: core, charts, importers, renderers) on Node 24 LTS, from
# the npm registry's `node` package; run after scripts/test.sh, which installs and builds.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC LC_ALL=C.UTF-8
npx -y node@24 --version
npx -y node@24 node_modules/vitest/vitest.mjs run --project unit
