#!/usr/bin/env bash
# The main job on the embedded default: build strata, go to the example project
# (examples/neuron-meet, the Neuron Meet schema from the app guides), start the local PostgreSQL (no Docker, no
# DATABASE_URL), validate and format the schema, and print where the database
# is. Run from the repository root: ./scripts/demo.sh
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

proj="$root/examples/neuron-meet"
cd "$proj"
unset DATABASE_URL DIRECT_URL
"$strata" version
"$strata" dev start
"$strata" validate
"$strata" format
"$strata" format --check
echo "The local database is at: $("$strata" dev url)"
echo "Stop it with: (cd examples/neuron-meet && ../../bin/strata dev stop)"
