#!/usr/bin/env bash
# record-migrations.sh - record a migrations folder written by the real Prisma 7
# (`migrate dev --name init`, then a schema change and `migrate dev --name
# add_nickname`) and the _prisma_migrations rows Prisma wrote while applying it,
# into compat/testdata/prisma-migrations/. The Go tests check that strata
# deploys this folder and reads these rows as in sync.
#
# Run by hand (needs the peer harness: peers/prisma/setup.sh and pg.sh start PORT).
# Env: PG_PORT [55620]  SHARED [../shared beside the project]  PRISMA_PEER_DIR
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SHARED="${SHARED:-$HERE/../../shared}"
PEER="$SHARED/peers/prisma"
WORK="${PRISMA_PEER_DIR:-/tmp/prisma-peer}"
PG_PORT="${PG_PORT:-55620}"
OUT="$HERE/testdata/prisma-migrations"
DB=compat_record
[ -f "$WORK/env.sh" ] || { echo "run $PEER/setup.sh first" >&2; exit 1; }
# shellcheck disable=SC1091
source "$WORK/env.sh"
export DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_PORT/$DB?schema=public"
PRISMA="$WORK/node_modules/.bin/prisma"
"$PEER/pg.sh" status "$PG_PORT" 2>/dev/null | grep -q 'server is running' || "$PEER/pg.sh" start "$PG_PORT" >/dev/null
psqlc() { "$PEER/pg.sh" psql "$PG_PORT" -v ON_ERROR_STOP=1 -qX "$@"; }
p() { "$PRISMA" "$@" 2>&1 | grep -v -e '^Loaded Prisma config' -e 'Unknown user config'; return "${PIPESTATUS[0]}"; }

psqlc -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
proj="$(mktemp -d)"; trap 'rm -rf "$proj"' EXIT
mkdir -p "$proj/prisma"
cp "$WORK/prisma.config.ts" "$proj/"
ln -s "$WORK/node_modules" "$proj/node_modules"
# the reference schema without its generator: migrate dev has nothing to generate
sed '/^generator client {/,/^}/d' "$PEER/schema.prisma" >"$proj/prisma/schema.prisma"
cd "$proj"

rm -rf "$OUT"; mkdir -p "$OUT"
cp prisma/schema.prisma "$OUT/schema-init.prisma"
p migrate dev --name init
sed -i 's/^  image         String?$/  image         String?\n  nickname      String?   @db.VarChar(40)\n\n  @@index([name])/' prisma/schema.prisma
grep -q nickname prisma/schema.prisma || { echo "schema edit failed" >&2; exit 1; }
cp prisma/schema.prisma "$OUT/schema.prisma"
p migrate dev --name add_nickname
p migrate status
cp -r prisma/migrations "$OUT/migrations"
psqlc -d "$DB" -c "COPY (SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count FROM _prisma_migrations ORDER BY started_at) TO STDOUT WITH (FORMAT csv, HEADER)" >"$OUT/_prisma_migrations.csv"
psqlc -d postgres -c "DROP DATABASE $DB WITH (FORCE)"
echo "recorded into $OUT:"; (cd "$OUT" && find . -type f | sort); cat "$OUT/_prisma_migrations.csv"
