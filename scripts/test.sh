#!/usr/bin/env bash
# Runs every test with the race detector. Tests that need a database start
# their own throwaway PostgreSQL, so the server binaries must be installed:
# on a fresh Debian/Ubuntu machine (as root) this installs them first.
# Run from anywhere: ./scripts/test.sh [extra go test flags]
set -euo pipefail
cd "$(dirname "$0")/.."
have_server() {
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && return 0
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1
}
if ! have_server; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test: the PostgreSQL server binaries are missing; installing them"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
  else
    echo "test: the PostgreSQL server binaries are missing; install them (apt-get install -y postgresql, dnf install postgresql-server, brew install postgresql@17) or set STRATA_PG_BIN" >&2
  fi
fi
exec go test -race "$@" ./...
