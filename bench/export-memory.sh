#!/bin/bash
# Memory of `werkbalans serve` during one export from the running server (POST /api/export):
#   bash bench/export-memory.sh DATA-DIR [PORT]
# Starts the server of this checkout (npm run build first) on a copy of DATA-DIR, waits until it
# answers, starts the window of bench/memory-sampler.js, downloads the export with curl and prints one
# JSON line: status, bytes, seconds, RSS before, the window's peaks (MB) and whether the zip tests valid.
# A DATA-DIR with ≈5 000 ideas: a store `serve` filled with the example data, then
# `node bin/werkbalans.js ideas import --data DATA-DIR ideas.csv` of synthetic ideas
# (data/make-synthetic-ideas.ts).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=$1
PORT=${2:-18440}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -r "$DATA" "$WORK/data"
export WERKBALANS_ADMIN_TOKEN=export-memory-token-0123456789
MEMORY_PEAKS=$WORK/peaks.json node --import "$ROOT/bench/memory-sampler.js" "$ROOT/bin/werkbalans.js" serve \
  --port "$PORT" --data "$WORK/data" > "$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/ideeen")" = 200 ] && break
  sleep 1
done
sleep 3
before=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SERVER/status")
kill -USR2 "$SERVER"
sleep 0.2
answer=$(curl -s -X POST -H "Authorization: Bearer $WERKBALANS_ADMIN_TOKEN" -o "$WORK/site.zip" \
  -w '"status":%{http_code},"bytes":%{size_download},"seconds":%{time_total}' \
  "http://127.0.0.1:$PORT/api/export")
sleep 0.2
valid=$(unzip -tq "$WORK/site.zip" > /dev/null 2>&1 && echo true || echo false)
echo "{$answer,\"rssBeforeMB\":$before,\"peaks\":$(cat "$WORK/peaks.json"),\"validZip\":$valid}"
kill "$SERVER"
wait "$SERVER" 2> /dev/null
