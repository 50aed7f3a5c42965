#!/usr/bin/env bash
# The checks that read the sources without running them: `tsc --noEmit`, ESLint and the Prettier check,
# side by side (each is one single-threaded process; on two cores the three take about as long as ESLint
# alone). Each one's output is shown whole once it has ended; the status is 1 if any of them failed.
set -uo pipefail
cd "$(dirname "$0")/.."
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
steps=(typecheck lint format:check)
pids=()
for i in "${!steps[@]}"; do
  npm run -s "${steps[$i]}" >"$logs/$i" 2>&1 &
  pids+=($!)
done
status=0
for i in "${!steps[@]}"; do
  if wait "${pids[$i]}"; then
    echo "npm run ${steps[$i]}: passed"
  else
    echo "npm run ${steps[$i]}: FAILED"
    status=1
  fi
  cat "$logs/$i"
done
exit "$status"
