#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine as root: installs what the tests need
# (Debian's chromium and postgresql with contrib, npm packages), then what `npm test` runs.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -f /usr/share/postgresql/15/extension/pg_trgm.control ] || need+=(postgresql postgresql-contrib)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing Debian packages: ${need[*]} (run as root, or install them first)" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# A cluster started by the Debian package is not ours; tests start their own throwaway servers.
npm ci --no-audit --no-fund
# `npm ci` has built the package (its `prepare` script), so this runs `npm test` without building twice:
# the static checks, then vitest. Only where npm is set to skip scripts does it build here.
if [ "$(npm config get ignore-scripts)" = "true" ]; then npm run build; fi
npm run test:static
WERKBALANS_REQUIRE_POSTGRES=1 WERKBALANS_REQUIRE_CHROMIUM=1 npm run test:unit
