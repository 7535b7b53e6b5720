#!/usr/bin/env bash
# prisma-migrate.sh - time strata beside the real Prisma 7 (peer harness) on the
# same work, in the same run, on the same loopback PostgreSQL:
#   (a) migrate diff --from-empty --to-schema <trycompai/comp, 55 files> --script
#   (b) db pull --print of a 300-table database
#   (c) migrate dev when nothing changed (same project, same database)
# Prints a Markdown table (medians, ratio Prisma/strata) and writes it to $OUT.
# Uses hyperfine when installed, else a loop timed with date +%s%N.
#
# A strata command that is not there yet is replaced by the closest measure, and the
# table says so: (a) bench/diffempty.go (the same pipeline as the command); (b) go test
# -bench BenchmarkInspect300 ./postgres (in-process catalog read only); (c) none.
#
# Env: PG_PORT [55620]  RUNS [10]  STRATA [built from ./cmd/strata]  SHARED  PRISMA_PEER_DIR
#      OUT [none: a file to write the table to]
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
PEER="$SHARED/peers/prisma"
WORK="${PRISMA_PEER_DIR:-/tmp/prisma-peer}"
PG_PORT="${PG_PORT:-55620}"
RUNS="${RUNS:-10}"
OUT="${OUT:-/dev/null}"
BASE="postgresql://postgres@127.0.0.1:$PG_PORT"
[ -f "$WORK/env.sh" ] || { echo "run $PEER/setup.sh first" >&2; exit 1; }
# shellcheck disable=SC1091
source "$WORK/env.sh"
PRISMA="$WORK/node_modules/.bin/prisma"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
psqlc() { "$PEER/pg.sh" psql "$PG_PORT" -v ON_ERROR_STOP=1 -qX "$@"; }
"$PEER/pg.sh" status "$PG_PORT" 2>/dev/null | grep -q 'server is running' || "$PEER/pg.sh" start "$PG_PORT" >/dev/null

if [ -z "${STRATA:-}" ]; then
  STRATA="$tmp/strata"
  (cd "$ROOT" && go build -o "$STRATA" ./cmd/strata) || { echo "cannot build strata" >&2; exit 1; }
fi
has() { "$STRATA" "$1" --help 2>/dev/null | grep -qE "^  $2 +"; }

rows=()
# measure LABEL STRATA_CMD PRISMA_CMD: medians of both commands, each run $RUNS times
# after one warm-up run. Commands are words (no shell); env -C sets the folder.
measure() {
  local label="$1" s="$2" p="$3" sm pm
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$tmp/h.json" -n strata "$s" -n prisma "$p" >&2 || return 1
    read -r sm pm < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(r[0]["median"], r[1]["median"])' "$tmp/h.json")
  else
    sm=$(loop_median "$s") && pm=$(loop_median "$p") || return 1
  fi
  rows+=("$(python3 -c 'import sys; s,p=float(sys.argv[2]),float(sys.argv[3]); print(f"| {sys.argv[1]} | {s*1000:.0f} ms | {p*1000:.0f} ms | {p/s:.1f}x |")' "$label" "$sm" "$pm")")
  echo "${rows[-1]}" >&2
}
loop_median() { # median seconds of $RUNS runs of a command, after one warm-up
  local t=() i a b
  $1 >/dev/null 2>&1 || return 1
  for ((i = 0; i < RUNS; i++)); do a=$(date +%s%N); $1 >/dev/null 2>&1; b=$(date +%s%N); t+=($((b - a))); done
  printf '%s\n' "${t[@]}" | sort -n | awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%.6f\n", m/1e9}'
}

# (a) diff from empty, largest corpus schema, the copy Prisma 7 accepts (url lines removed)
A="$tmp/comp"; mkdir -p "$A"
(cd "$SHARED/corpus/schemas/trycompai__comp" && find . -name '*.prisma' -print) | while read -r f; do
  mkdir -p "$A/$(dirname "$f")"; grep -vE '^\s*(url|directUrl|shadowDatabaseUrl)\s*=' "$SHARED/corpus/schemas/trycompai__comp/$f" >"$A/$f"
done
export DATABASE_URL="$BASE/prisma_peer?schema=public"
if has migrate diff; then
  sa="env -C $A $STRATA migrate diff --from-empty --to-schema $A --script"; anote=""
else
  (cd "$ROOT" && go build -o "$tmp/diffempty" bench/diffempty.go) || exit 1
  sa="$tmp/diffempty $A"; anote=" ¹"
fi
pa="env -C $WORK $PRISMA migrate diff --from-empty --to-schema $A --script"
$sa >"$tmp/a-strata.sql" 2>/dev/null; $pa 2>/dev/null | grep -v '^Loaded Prisma config' >"$tmp/a-prisma.sql"
if cmp -s "$tmp/a-strata.sql" "$tmp/a-prisma.sql"; then same="identical output"
elif cmp -s <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$tmp/a-strata.sql") <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$tmp/a-prisma.sql"); then
  same="same SQL; Prisma's CLI prints one more newline at the end"
else same="OUTPUTS DIFFER"; fi
echo "(a) outputs: $same ($(wc -l <"$tmp/a-prisma.sql") lines)" >&2
measure "(a) \`migrate diff --from-empty --to-schema … --script\`, trycompai/comp (55 files, 148 models)$anote" "$sa" "$pa"

# (b) introspection of a 300-table database
psqlc -d postgres -c "DROP DATABASE IF EXISTS bench_pull300 WITH (FORCE)" -c "CREATE DATABASE bench_pull300"
"$HERE/gen-300-tables.sh" 300 | psqlc -d bench_pull300
B="$tmp/pull"; mkdir -p "$B/prisma"; cp "$WORK/prisma.config.ts" "$B/"; ln -s "$WORK/node_modules" "$B/node_modules"
printf 'datasource db {\n  provider = "postgresql"\n}\n' >"$B/prisma/schema.prisma"
export DATABASE_URL="$BASE/bench_pull300?schema=public"
pb="env -C $B $PRISMA db pull --print"
if has db pull; then
  measure "(b) \`db pull --print\`, 300 tables" "env -C $B $STRATA db pull --print" "$pb"
else
  # Prisma alone, then strata's catalog read in-process
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$tmp/h.json" -n prisma "$pb" >&2
    pm=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$tmp/h.json")
  else pm=$(loop_median "$pb"); fi
  ns=$(cd "$ROOT" && go test -run XXX -bench 'BenchmarkInspect300$' -benchtime 20x -count 5 ./postgres | awk '/^BenchmarkInspect300/ {print $3}' | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
  rows+=("$(python3 -c 'import sys; s,p=float(sys.argv[2])/1e9,float(sys.argv[3]); print(f"| {sys.argv[1]} | {s*1000:.0f} ms | {p*1000:.0f} ms | {p/s:.1f}x |")' "(b) introspection, 300 tables ²" "$ns" "$pm")")
  echo "${rows[-1]}" >&2
fi

# (c) migrate dev when nothing changed: Prisma's recorded project, deployed, schema unchanged
psqlc -d postgres -c "DROP DATABASE IF EXISTS bench_dev WITH (FORCE)" -c "CREATE DATABASE bench_dev"
C="$tmp/dev"; mkdir -p "$C/prisma"; cp "$WORK/prisma.config.ts" "$C/"; ln -s "$WORK/node_modules" "$C/node_modules"
cp "$ROOT/compat/testdata/prisma-migrations/schema.prisma" "$C/prisma/"
cp -r "$ROOT/compat/testdata/prisma-migrations/migrations" "$C/prisma/"
export DATABASE_URL="$BASE/bench_dev?schema=public"
env -C "$C" "$PRISMA" migrate deploy >/dev/null 2>&1 || { echo "prisma migrate deploy failed" >&2; exit 1; }
pc="env -C $C $PRISMA migrate dev"
env -C "$C" "$PRISMA" migrate dev 2>&1 | grep -q 'Already in sync' || echo "warning: prisma migrate dev did not say 'Already in sync'" >&2
if has migrate dev; then
  env -C "$C" "$STRATA" migrate dev >"$tmp/c.log" 2>&1 || { echo "strata migrate dev failed:" >&2; cat "$tmp/c.log" >&2; }
  measure "(c) \`migrate dev\`, nothing changed (2 migrations, 5 tables)" "env -C $C $STRATA migrate dev" "$pc"
else
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$tmp/h.json" -n prisma "$pc" >&2
    pm=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$tmp/h.json")
  else pm=$(loop_median "$pc"); fi
  rows+=("$(python3 -c 'import sys; p=float(sys.argv[2]); print(f"| {sys.argv[1]} | not there yet | {p*1000:.0f} ms | – |")' "(c) \`migrate dev\`, nothing changed" "$pm")")
  echo "${rows[-1]}" >&2
fi
psqlc -d postgres -c "DROP DATABASE IF EXISTS bench_pull300 WITH (FORCE)" -c "DROP DATABASE IF EXISTS bench_dev WITH (FORCE)"

{
  echo "| work | strata (median) | Prisma 7 (median) | Prisma / strata |"
  echo "|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  case "$anote" in *¹*) echo; echo "¹ \`strata migrate diff\` was not there yet: bench/diffempty.go, the same pipeline (parse, validate, map, diff, render) as one process.";; esac
  has db pull || { echo; echo "² \`strata db pull\` was not there yet: \`go test -bench BenchmarkInspect300 ./postgres\` (postgres.Inspect in-process, no process start, no schema rendering), median of 5."; }
  echo
  echo "Output of (a), strata vs Prisma: $same."
  echo
  echo "$(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), PostgreSQL $(psqlc -d postgres -tAc 'show server_version'), $RUNS runs each after one warm-up ($(command -v hyperfine >/dev/null && hyperfine --version || echo 'date +%s%N loop'))."
} | tee "$OUT"
