#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine as root: installs what the tests need
# (Debian's chromium and postgresql with contrib, npm packages), then runs `npm test`.
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
WERKBALANS_REQUIRE_POSTGRES=1 WERKBALANS_REQUIRE_CHROMIUM=1 npm test
