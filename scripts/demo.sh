#!/usr/bin/env bash
# The main job on the embedded default: build strata, make a project from the
# Neuron Meet example (examples/neuron-meet, the schema of the first app
# guide) in .demo/, start the local PostgreSQL (no Docker, no DATABASE_URL),
# validate and format the schema, create and apply the first migration with
# migrate dev, check the history, and print where the database is.
# Run from anywhere: ./scripts/demo.sh
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
step migrate status
echo
echo "The project is in .demo/neuron-meet; its local database is at: $("$strata" dev url)"
echo "Stop it with: (cd .demo/neuron-meet && ../../bin/strata dev stop)"
