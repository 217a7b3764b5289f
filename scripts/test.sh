#!/usr/bin/env bash
# Every test: typecheck, lint, unit, integration (real SQLite and PostgreSQL), end-to-end (real chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --browser
bash scripts/ensure-postgres.sh
# The other Node lines are fetched and better-sqlite3 built for them while the checks below run
# (mostly network and one compiler): their test legs at the end then start at once.
prepared=""
other_nodes=${POLITBURO_OTHER_NODES:-22.23.3 24.9.0}
if [ $# -eq 0 ] && [ "${POLITBURO_SKIP_OTHER_NODES:-}" != 1 ]; then
  prepare_log=$(mktemp "${TMPDIR:-/tmp}/politburo-other-nodes-XXXXXX.log")
  (for v in $other_nodes; do bash scripts/test-other-node.sh --prepare "$v" || exit 1; done) >"$prepare_log" 2>&1 &
  prepared=$!
fi
echo "› typecheck"; npx tsc -p tsconfig.json
if [ -f packages/web/tsconfig.json ]; then npx tsc -p packages/web/tsconfig.json; fi
echo "› lint"; npx biome check .
echo "› package arrows (docs/architecture.md)"; npx depcruise packages --config .dependency-cruiser.cjs
echo "› copy-paste (10+ lines, tests excluded; .jscpd.json)"; npx jscpd packages/*/src
echo "› engines: every locked package admits the Node lines tested"; node scripts/check-engines.mjs
echo "› the API contract: /api/openapi.json dumped without a server, linted (redocly, recommended rules: 0 errors)"
contract=$(mktemp -d "${TMPDIR:-/tmp}/politburo-contract-XXXXXX")
npx tsx packages/server/scripts/dump-openapi.ts "$contract/openapi.json"
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx redocly lint "$contract/openapi.json" --extends recommended --format=summary
rm -rf "$contract"
echo "› build the web app (the browser tests drive it)"; npm run build -w @politburo/web --silent
echo "› tests"; npx vitest run "$@"
# The unit and integration suites again on Node 22 and 24 (from the npm registry), on a full run only:
# the project supports 20, 22 and 24 (package.json engines; scripts/check-engines.mjs).
if [ -n "$prepared" ]; then
  wait "$prepared" || {
    cat "$prepare_log"
    exit 1
  }
  for v in $other_nodes; do bash scripts/test-other-node.sh "$v"; done
fi
