#!/usr/bin/env bash
# The main job: install, build the web app, open (or create) the embedded SQLite database with
# the 1934 scenario, start the server and print its URL and the demo accounts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
echo "› building the web app"
npm run build -w @politburo/web --silent
mkdir -p .data
exec npx politburo serve --db "${POLITBURO_DB:-.data/politburo.db}" --port "${PORT:-8080}" "$@"
