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

# npm packages: `npm ci` deletes node_modules and installs it again, which is needed on a fresh clone
# (CI) and after package-lock.json or Node changed, but not on a second run. After a successful
# `npm ci` a marker in node_modules holds a hash of package-lock.json and `node --version`; when it
# matches, the packages stay and only the build runs. `npm ci` removes the marker with node_modules,
# so an interrupted install is never taken for a complete one.
marker=node_modules/.werkbalans-installed
installed_for() { { cat package-lock.json; node --version; } | sha256sum | cut -d' ' -f1; }
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$(installed_for)" ]; then
  echo "node_modules matches package-lock.json and Node $(node --version): no reinstall"
  npm run build
else
  npm ci --no-audit --no-fund
  # `npm ci` has built the package (its `prepare` script); only where npm is set to skip scripts does
  # it build here.
  if [ "$(npm config get ignore-scripts)" = "true" ]; then npm run build; fi
  installed_for >"$marker"
fi
# Then what `npm test` runs after its build: the static checks, then vitest.
npm run test:static
WERKBALANS_REQUIRE_POSTGRES=1 WERKBALANS_REQUIRE_CHROMIUM=1 npm run test:unit
