#!/usr/bin/env bash
# The main job: install, build the web app and the server (compiled JavaScript, not tsx),
# open (or create) the embedded SQLite database with the 1934 scenario, start the server
# and print its URL and the demo accounts. Each build runs only when its sources are
# newer than its output; the first start from a fresh clone says how long it took.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
bash scripts/ensure-deps.sh
newer() { [ ! -e "$1" ] || [ -n "$(find "${@:2}" -newer "$1" -type f -print -quit)" ]; }
if newer packages/web/dist/index.html packages/web/src packages/web/index.html packages/web/vite.config.ts package-lock.json; then
  echo "› building the web app"
  npm run build -w @politburo/web --silent
fi
if newer packages/cli/dist/.built packages/*/src package-lock.json scripts/build-server.mjs; then
  echo "› compiling the server to JavaScript (packages/*/dist)"
  node scripts/build-server.mjs
fi
mkdir -p .data
echo "› ready to serve after $(($(date +%s) - started)) s"
exec node --import ./scripts/dist-loader.mjs packages/cli/dist/main.js serve --db "${POLITBURO_DB:-.data/politburo.db}" --port "${PORT:-8080}" "$@"
