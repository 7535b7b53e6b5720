#!/usr/bin/env bash
# prisma-interop.sh - migration histories cross over between strata and the real
# Prisma 7 (peer harness), on a loopback PostgreSQL:
#   1. strata writes a migrations folder (init, then add_nickname) and deploys it;
#      Prisma's `migrate status` says up to date, `migrate deploy` has nothing to do,
#      and Prisma's `migrate diff` finds the database equal to the schema.
#   2. Prisma deploys strata's folder into another database; strata's status accepts it.
#   3. Prisma deploys its own recorded folder (testdata/prisma-migrations); strata's
#      `migrate status` says in sync and `migrate deploy` has nothing to do.
# Prints PASS/FAIL lines and "N passed, N failed"; exit 1 on any failure.
# Runs here with the peer (Node), not in CI.
#
# Env: STRATA [built from ./cmd/strata]  PG_PORT [55620]  SHARED [../shared beside the project]  PRISMA_PEER_DIR
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
PEER="$SHARED/peers/prisma"
WORK="${PRISMA_PEER_DIR:-/tmp/prisma-peer}"
PG_PORT="${PG_PORT:-55620}"
REC="$HERE/testdata/prisma-migrations"
BASE="postgresql://postgres@127.0.0.1:$PG_PORT"
[ -f "$WORK/env.sh" ] || { echo "run $PEER/setup.sh first" >&2; exit 1; }
# shellcheck disable=SC1091
source "$WORK/env.sh"
PRISMA="$WORK/node_modules/.bin/prisma"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
if [ -z "${STRATA:-}" ]; then  # STRATA=path uses a strata binary already built
  STRATA="$tmp/strata"
  (cd "$ROOT" && go build -o "$STRATA" ./cmd/strata) || { echo "cannot build strata" >&2; exit 1; }
fi
"$PEER/pg.sh" status "$PG_PORT" 2>/dev/null | grep -q 'server is running' || "$PEER/pg.sh" start "$PG_PORT" >/dev/null
psqlc() { "$PEER/pg.sh" psql "$PG_PORT" -v ON_ERROR_STOP=1 -qX "$@"; }
for db in interop_strata interop_prisma_deploys_strata interop_prisma; do
  psqlc -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" 2>/dev/null
done
pass=0; fail=0
ok() { echo "PASS $1"; pass=$((pass+1)); }
ko() { echo "FAIL $1"; fail=$((fail+1)); sed 's/^/     | /' "$2"; }
# run NAME EXPECTED_RC GREP CMD...: run CMD, check its exit code and (if GREP) its output
run() {
  local name="$1" want="$2" pat="$3"; shift 3
  "$@" >"$tmp/out" 2>&1; local rc=$?
  grep -v -e '^Loaded Prisma config' -e 'Unknown user config' "$tmp/out" >"$tmp/log"
  if [ "$rc" = "$want" ] && { [ -z "$pat" ] || grep -q -- "$pat" "$tmp/log"; }; then ok "$name (exit $rc)"
  else ko "$name (exit $rc, want $want${pat:+, output with \"$pat\"})" "$tmp/log"; fi
}
project() { # a project folder shaped for both tools: prisma/schema.prisma, prisma/migrations
  mkdir -p "$1/prisma"; cp "$WORK/prisma.config.ts" "$1/"; ln -s "$WORK/node_modules" "$1/node_modules"
}

echo "== 1. strata writes and deploys, Prisma accepts"
S="$tmp/strata-project"; project "$S"
cp "$REC/schema.prisma" "$S/prisma/schema.prisma"
if "$STRATA" migrate --help 2>/dev/null | grep -qE '^  dev +'; then
  cp "$REC/schema-init.prisma" "$S/prisma/schema.prisma"
  run "strata migrate dev --name init" 0 "" env -C "$S" DATABASE_URL="$BASE/interop_strata?schema=public" "$STRATA" migrate dev --name init
  cp "$REC/schema.prisma" "$S/prisma/schema.prisma"
  run "strata migrate dev --name add_nickname" 0 "" env -C "$S" DATABASE_URL="$BASE/interop_strata?schema=public" "$STRATA" migrate dev --name add_nickname
else
  echo "(strata migrate dev is not there yet: the folder is written with compat/mkmigrations.go, strata's diff and renderer)"
  run "strata writes migrations init + add_nickname" 0 "" \
    env -C "$ROOT" go run compat/mkmigrations.go "$S/prisma/migrations" init="$REC/schema-init.prisma" add_nickname="$REC/schema.prisma"
fi
(cd "$S/prisma/migrations" && find . -type f | sort | sed 's/^/     /')
export DATABASE_URL="$BASE/interop_strata?schema=public"
run "strata migrate deploy" 0 "2 migrations" env -C "$S" "$STRATA" migrate deploy
run "strata migrate status" 0 "Database schema is up to date" env -C "$S" "$STRATA" migrate status
run "prisma migrate status on strata's database" 0 "Database schema is up to date" env -C "$S" "$PRISMA" migrate status
run "prisma migrate deploy on strata's database" 0 "No pending migrations to apply" env -C "$S" "$PRISMA" migrate deploy
run "prisma migrate dev on strata's database (no drift, nothing to do)" 0 "Already in sync" env -C "$S" "$PRISMA" migrate dev
run "prisma migrate diff --from-config-datasource --to-schema --exit-code (no difference)" 0 "" \
  env -C "$S" "$PRISMA" migrate diff --from-config-datasource --to-schema prisma/schema.prisma --exit-code
psqlc -d interop_strata -c "SELECT migration_name, checksum, applied_steps_count, finished_at IS NOT NULL AS finished, logs IS NULL AS no_logs FROM _prisma_migrations ORDER BY started_at" | sed 's/^/     /'

echo "== 2. Prisma deploys strata's folder, strata accepts"
export DATABASE_URL="$BASE/interop_prisma_deploys_strata?schema=public"
run "prisma migrate deploy of strata's folder" 0 "successfully applied" env -C "$S" "$PRISMA" migrate deploy
run "strata migrate status on that database" 0 "Database schema is up to date" env -C "$S" "$STRATA" migrate status
run "strata migrate deploy on that database (nothing to do)" 0 "" env -C "$S" "$STRATA" migrate deploy

echo "== 3. Prisma deploys its own folder, strata accepts"
P="$tmp/prisma-project"; project "$P"
cp "$REC/schema.prisma" "$P/prisma/schema.prisma"; cp -r "$REC/migrations" "$P/prisma/migrations"
export DATABASE_URL="$BASE/interop_prisma?schema=public"
run "prisma migrate deploy (Prisma's recorded folder)" 0 "successfully applied" env -C "$P" "$PRISMA" migrate deploy
run "strata migrate status on Prisma's database" 0 "Database schema is up to date" env -C "$P" "$STRATA" migrate status
run "strata migrate deploy on Prisma's database (nothing to do)" 0 "" env -C "$P" "$STRATA" migrate deploy
run "strata migrate dev on Prisma's database (no drift, nothing to do)" 0 "Already in sync" env -C "$P" "$STRATA" migrate dev
echo "     strata migrate dev said:"; sed 's/^/       /' "$tmp/log"
run "prisma migrate status after strata's deploy and dev" 0 "Database schema is up to date" env -C "$P" "$PRISMA" migrate status
echo "== strata's own words on Prisma's database:"; env -C "$P" "$STRATA" migrate status 2>&1 | sed 's/^/     /'

for db in interop_strata interop_prisma_deploys_strata interop_prisma; do
  psqlc -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
