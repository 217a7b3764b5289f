#!/usr/bin/env bash
# Every test: typecheck, lint, unit, integration (real SQLite and PostgreSQL), end-to-end (real chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --browser
bash scripts/ensure-postgres.sh
echo "› typecheck"; npx tsc -p tsconfig.json
if [ -f packages/web/tsconfig.json ]; then npx tsc -p packages/web/tsconfig.json; fi
echo "› lint"; npx biome check .
echo "› package arrows (docs/architecture.md)"; npx depcruise packages --config .dependency-cruiser.cjs
echo "› copy-paste (10+ lines, tests excluded; .jscpd.json)"; npx jscpd packages/*/src
echo "› build the web app (the browser tests drive it)"; npm run build -w @politburo/web --silent
echo "› tests"; npx vitest run "$@"
