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
# PostGIS lets the corpus's PostGIS schema be checked rather than skipped
# (compat's catalog test, gen's client smoke test). Best effort: without it
# those tests skip that schema and say why.
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then
  for v in $(ls /usr/lib/postgresql 2>/dev/null); do
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$v-postgis-3" >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$v-postgis-3" >/dev/null 2>&1; } ||
      echo "test: could not install PostGIS for PostgreSQL $v; its schema's checks will be skipped"
  done
fi
exec go test -race "$@" ./...
