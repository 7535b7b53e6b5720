#!/usr/bin/env bash
# The main job on the embedded default: build strata, make a project from the
# Neuron Meet example (examples/neuron-meet, the schema of the first app
# guide) in .demo/, start the local PostgreSQL (no Docker, no DATABASE_URL),
# validate and format the schema, create and apply the first migration with
# migrate dev (which also generates the Go client), generate it again, check
# that it is the client committed in examples/neuron-meet/db, check the
# history, then run the example app against that database and print what it
# did. Run from anywhere: ./scripts/demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "demo: installing the PostgreSQL server binaries"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
fi
mkdir -p bin
go build -o bin/strata ./cmd/strata
strata="$root/bin/strata"

proj="$root/.demo/neuron-meet"
if [ -d "$proj/.strata" ]; then
  (cd "$proj" && "$strata" dev stop >/dev/null 2>&1 || true)
fi
rm -rf "$proj"
mkdir -p "$proj/prisma"
cp examples/neuron-meet/prisma/schema.prisma "$proj/prisma/schema.prisma"
cd "$proj"
unset DATABASE_URL DIRECT_URL SHADOW_DATABASE_URL

step() { printf '\n\033[1m$ strata %s\033[0m\n' "$*"; "$strata" "$@"; }
step version
step dev start
step validate
step format --check
step migrate dev --name init
step generate
if diff -r db "$root/examples/neuron-meet/db" >/dev/null; then
  echo "The generated client is the one committed in examples/neuron-meet/db, which the app imports."
else
  echo "demo: the generated client differs from examples/neuron-meet/db; regenerate it there with strata generate" >&2
  diff -r db "$root/examples/neuron-meet/db" >&2 || true
  exit 1
fi
step migrate status

url=$("$strata" dev url)
printf '\n\033[1m$ DATABASE_URL=$(strata dev url) go run ./examples/neuron-meet/cmd/neuron-meet\033[0m\n'
(cd "$root" && DATABASE_URL="$url" go run ./examples/neuron-meet/cmd/neuron-meet)
echo
echo "The project is in .demo/neuron-meet; its local database is at: $url"
echo "Run the app again (add -trace to see its SQL): DATABASE_URL=$url go run ./examples/neuron-meet/cmd/neuron-meet"
echo "The client's tutorial: examples/neuron-meet/README.md"
echo "Stop it with: (cd .demo/neuron-meet && ../../bin/strata dev stop)"
