#!/usr/bin/env bash
# sweep.sh - compare strata with the real Prisma 7 on a folder of real-world schemas.
#
# For every SCHEMAS_DIR/<name>/ (one schema.prisma, or a multi-file folder of *.prisma
# files, sub-folders kept) it checks, strata against Prisma 7 from the offline peer harness:
#   a. validity: Prisma's schema oracle vs `strata validate`, on the original files and on a
#      "p7" copy with datasource url/directUrl/shadowDatabaseUrl and the removed "metrics"
#      preview feature stripped (Prisma 7 rejects those; strata accepts them by design), and on
#      a shared rejection whether the first error line is the same;
#   b. format: Prisma's oracle format vs `strata format` on a copy, byte for byte (original files);
#   c. `migrate diff --from-empty --to-schema P7 --script`: the real Prisma CLI vs strata,
#      byte for byte, and again without the leading `-- CreateSchema` block and trailing blank
#      lines;
#   d. `strata generate` (generators replaced by strata-client-go, preview features kept) of the
#      p7 copy, then `go build ./...` and `go vet ./...` of the generated client, whose go.mod
#      points at this checkout with a `replace`;
#   e. panics and timeouts (each strata command runs under `timeout`).
# The last column, verdict, is "agree" when the p7 verdicts, the first error, format, the
# diff script, generate/build/vet all match Prisma (or succeed) and nothing panicked;
# the script exits 1 if any schema does not agree. (On a schema both reject, format shows
# "differ": strata does not rewrite a file with errors, a documented difference.)
#
# Usage: compat/sweep.sh SCHEMAS_DIR [name...]          (default: every folder in SCHEMAS_DIR)
# Env:   SWEEP_OUT       [/tmp/strata-sweep]  outputs: results.tsv, <name>/ per schema,
#                                             gen/<name>/ generated clients, bin/strata
#        PEER_DIR        [<repo>/../shared/peers/prisma]  the offline Prisma 7 peer harness
#        PRISMA_PEER_DIR [/tmp/prisma-peer]   the peer's work folder (set up on first use)
#        PORT            [55520]   throwaway PostgreSQL on 127.0.0.1 (started, and stopped at
#                                  the end, only if not already running)
#        TIMEOUT         [120]     seconds per strata command
#
# The schemas themselves belong to other projects and are not in this repository:
# compat/sweep-sources.tsv lists the 63 used so far (name, repo, path, commit), so the folder
# can be rebuilt as <name>/schema.prisma (or <name>/<files> for a folder path).
# The 2026-11-23 run on the first 32 schemas agreed with Prisma 7.10.1 on all of them (validity,
# format, migrate diff byte for byte, generate + build + vet, no panics), after the fixes
# committed that day (partial indexes with an object where:, WHERE in parentheses, explicit
# sort: Asc, the CLI's trailing newline, whitespace-only files in format). A second sweep the
# same day (the other 31, chosen for rare features: views, multiSchema, relationMode, native
# types) agreed on 30; the last one formats a comment written after "{" differently, a
# deliberate difference (COMPATIBILITY.md).
set -uo pipefail

usage() { sed -n '2,/^set -uo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 1 ] || usage
case "$1" in -h|--help) usage ;; esac
SCHEMAS="$(cd "$1" && pwd)" || { echo "no such folder: $1" >&2; exit 2; }
shift

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PEER="${PEER_DIR:-$ROOT/../shared/peers/prisma}"
WORK="${PRISMA_PEER_DIR:-/tmp/prisma-peer}"
OUT="${SWEEP_OUT:-/tmp/strata-sweep}"
PORT="${PORT:-55520}"
T="${TIMEOUT:-120}"
STRATA="$OUT/bin/strata"
export PRISMA_PEER_DIR="$WORK"
export DATABASE_URL="postgresql://postgres@127.0.0.1:$PORT/prisma_peer?schema=public"
export GOWORK=off GOFLAGS=-mod=mod

[ -d "$PEER" ] || { echo "peer harness not found: $PEER (set PEER_DIR)" >&2; exit 2; }
if [ ! -f "$WORK/env.sh" ]; then
  bash "$PEER/setup.sh" || { echo "peer setup failed" >&2; exit 2; }
fi
# shellcheck disable=SC1091
source "$WORK/env.sh"
export DATABASE_URL="postgresql://postgres@127.0.0.1:$PORT/prisma_peer?schema=public"

mkdir -p "$OUT/bin" "$OUT/gen"
(cd "$ROOT" && go build -o "$STRATA" ./cmd/strata) || { echo "strata build failed" >&2; exit 2; }

started=0
if ! "$PEER/pg.sh" status "$PORT" 2>/dev/null | grep -q 'server is running'; then
  "$PEER/pg.sh" start "$PORT" >/dev/null || { echo "could not start PostgreSQL on 127.0.0.1:$PORT" >&2; exit 2; }
  started=1
fi
stop_pg() { if [ "$started" = 1 ]; then "$PEER/pg.sh" stop "$PORT" >/dev/null 2>&1; fi; }
trap stop_pg EXIT

# clean: the Prisma 7 copy of a schema file (stdin to stdout).
clean() {
  grep -vE '^\s*(url|directUrl|shadowDatabaseUrl)\s*=' \
    | sed -E '/previewFeatures/ { s/, *"metrics"//; s/"metrics", *//; s/"metrics"//; }'
}
# nogen: drop every generator block (stdin to stdout).
nogen() { awk '/^[ \t]*generator[ \t]+[A-Za-z0-9_]+[ \t]*\{/ {skip=1} !skip {print} skip && /^[ \t]*\}/ {skip=0}'; }
# files DIR: the .prisma files of DIR, sorted, one a line.
files() { find "$1" -name '*.prisma' | sort; }
# copy SRC DST [FILTER]: copy every .prisma file of SRC into DST, keeping sub-folders.
copy() {
  local src=$1 dst=$2 f=${3:-cat} p
  (cd "$src" && find . -name '*.prisma' | sort) | while read -r p; do
    mkdir -p "$dst/$(dirname "$p")"
    "$f" <"$src/$p" >"$dst/$p"
  done
}
# target DIR: what to pass as --schema (the file when there is one, else the folder).
target() {
  local fs
  mapfile -t fs < <(files "$1")
  if [ "${#fs[@]}" = 1 ]; then echo "${fs[0]}"; else echo "$1"; fi
}
# status RC: ok, TIMEOUT or rej.
status() { if [ "$1" = 0 ]; then echo ok; elif [ "$1" = 124 ]; then echo TIMEOUT; else echo rej; fi; }
# perr / serr: the first error line of Prisma's oracle JSON / of strata's output (stdin).
perr() {
  node -e 'let j=JSON.parse(require("fs").readFileSync(0,"utf8"));if(j.ok){process.exit(0)}
    let m=(j.message||"").split("\n").find(l=>/^error:/.test(l.trim()))||(j.message||"").split("\n")[0];console.log(m.trim())' 2>/dev/null
}
serr() { grep -m1 -E '^(error|Error)' | sed -E 's/^\s+//'; }
# norm: a script without its leading `-- CreateSchema` block and trailing blank lines.
norm() { awk 'NR==1 && /^-- CreateSchema$/ {skip=1} skip==1 && /^$/ {skip=2; next} skip!=1 {print}' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'; }
# oracle CMD FILE...: run Prisma's schema oracle from the peer's work folder.
oracle() { (cd "$WORK" && node schema-oracle.cjs "$@"); }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
secs() { printf '%d.%02d' $(( $1 / 1000 )) $(( $1 % 1000 / 10 )); }
count() { local kind=$1; shift; cat "$@" | grep -cE "^\s*$kind\s+\w+\s*\{"; }

RES="$OUT/results.tsv"
printf 'name\tfiles\tmodels\tviews\tenums\tP_orig\tS_orig\tP_p7\tS_p7\tfirst_err_same\tformat\tdiff_raw\tdiff_noCreateSchema\tgen\tbuild\tvet\tgen_s\tbuild_s\tpanic_or_timeout\tverdict\n' >"$RES"

n_all=0; n_agree=0; n_dirs=0
for d in "$SCHEMAS"/*/; do
  n=$(basename "$d")
  if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qxF "$n"; then continue; fi
  n_dirs=$((n_dirs + 1))
  mapfile -t src_files < <(files "$d")
  if [ "${#src_files[@]}" = 0 ]; then echo "== $n: no .prisma files, skipped" >&2; continue; fi
  o=$OUT/$n; rm -rf "$o"; mkdir -p "$o/orig" "$o/p7" "$o/fmt-strata" "$o/fmt-prisma"
  copy "$d" "$o/orig"; copy "$d" "$o/p7" clean; copy "$d" "$o/fmt-strata"
  ORIG=$(target "$o/orig"); P7=$(target "$o/p7")
  mapfile -t of < <(files "$o/orig")
  mapfile -t pf < <(files "$o/p7")
  nf=${#of[@]}
  models=$(count model "${of[@]}"); views=$(count view "${of[@]}"); enums=$(count enum "${of[@]}")
  echo "== $n ($nf files, $models models)"

  # a. validity
  oracle validate "${of[@]}" >"$o/prisma-validate-orig.json" 2>&1; P_orig=$(status $?)
  oracle validate "${pf[@]}" >"$o/prisma-validate-p7.json" 2>&1; P_p7=$(status $?)
  timeout "$T" "$STRATA" validate --schema "$ORIG" >"$o/strata-validate-orig.out" 2>&1; S_orig=$(status $?)
  timeout "$T" "$STRATA" validate --schema "$P7" >"$o/strata-validate-p7.out" 2>&1; S_p7=$(status $?)
  same=-
  if [ "$P_p7" = rej ] && [ "$S_p7" = rej ]; then
    pe=$(perr <"$o/prisma-validate-p7.json"); se=$(serr <"$o/strata-validate-p7.out")
    printf 'prisma: %s\nstrata: %s\n' "$pe" "$se" >"$o/first-errors-p7.txt"
    if [ "$pe" = "$se" ]; then same=same; else same=differ; fi
  fi
  if [ "$P_orig" = rej ] && [ "$S_orig" = rej ]; then
    printf 'prisma: %s\nstrata: %s\n' "$(perr <"$o/prisma-validate-orig.json")" "$(serr <"$o/strata-validate-orig.out")" >"$o/first-errors-orig.txt"
  fi

  # b. format (original files)
  oracle format "${of[@]}" >"$o/prisma-format.json" 2>"$o/prisma-format.err"
  node -e '
    const fs=require("fs"),path=require("path");const [json,orig,dst,single]=process.argv.slice(1);
    let j=JSON.parse(fs.readFileSync(json,"utf8"));
    if(typeof j==="string"){fs.writeFileSync(path.join(dst,path.relative(orig,single)),j);process.exit(0)}
    for(const [p,t] of j){const rel=path.relative(orig,p.replace(/^file:\/\//,""));
      fs.mkdirSync(path.dirname(path.join(dst,rel)),{recursive:true});fs.writeFileSync(path.join(dst,rel),t)}
  ' "$o/prisma-format.json" "$o/orig" "$o/fmt-prisma" "${of[0]}" 2>>"$o/prisma-format.err"
  timeout "$T" "$STRATA" format --schema "$(target "$o/fmt-strata")" >"$o/strata-format.out" 2>&1; rc=$?
  if [ "$rc" = 124 ]; then fmt=TIMEOUT
  elif [ "$rc" != 0 ]; then fmt="strata-exit$rc"
  elif diff -r "$o/fmt-prisma" "$o/fmt-strata" >"$o/format.diff" 2>&1; then fmt=same
  else fmt=differ; fi

  # c. migrate diff (p7 copy)
  (cd "$WORK" && timeout 300 node_modules/.bin/prisma migrate diff --from-empty --to-schema "$P7" --script) >"$o/prisma.sql" 2>"$o/prisma-diff.err"; prc=$?
  timeout "$T" "$STRATA" migrate diff --from-empty --to-schema "$P7" --script >"$o/strata.sql" 2>"$o/strata-diff.err"; src=$?
  if [ "$prc" != 0 ] && [ "$src" != 0 ]; then draw=both-fail; dns=both-fail
  elif [ "$prc" != 0 ]; then draw=prisma-fail; dns=prisma-fail
  elif [ "$src" != 0 ]; then draw="strata-fail$src"; dns="strata-fail$src"
  else
    if cmp -s "$o/prisma.sql" "$o/strata.sql"; then draw=same; else draw=differ; diff "$o/prisma.sql" "$o/strata.sql" >"$o/sql-raw.diff"; fi
    norm <"$o/prisma.sql" >"$o/prisma-nocs.sql"
    norm <"$o/strata.sql" >"$o/strata-nocs.sql"
    if cmp -s "$o/prisma-nocs.sql" "$o/strata-nocs.sql"; then dns=same
    else dns=differ; diff "$o/prisma-nocs.sql" "$o/strata-nocs.sql" >"$o/sql.diff"; fi
  fi

  # d. generate + build + vet (p7 copy, only when Prisma accepts it)
  g=$OUT/gen/$n; rm -rf "$g"; mkdir -p "$g"
  gen=- build=- vet=- gs=- bs=-
  if [ "$P_p7" = ok ]; then
    if [ "$nf" = 1 ]; then
      nogen <"${pf[0]}" >"$g/schema.prisma"; GS="$g/schema.prisma"; main="$GS"
    else
      mkdir -p "$g/schema"; copy "$o/p7" "$g/schema" nogen; GS="$g/schema"
      mapfile -t gf < <(files "$g/schema")
      main=$(grep -lE '^\s*datasource' "${gf[@]}" | head -1)
      [ -n "$main" ] || main="${gf[0]}"
    fi
    # keep the preview features of the removed generators (postgresqlExtensions, views, ...)
    feats=$(cat "${pf[@]}" | grep -oE 'previewFeatures\s*=\s*\[[^]]*\]' | grep -oE '"[A-Za-z]+"' | sort -u | paste -sd, -)
    printf '\ngenerator strata {\n  provider        = "strata-client-go"\n  output          = "./db"\n  previewFeatures = [%s]\n}\n' "$feats" >>"$main"
    mod=$(printf '%s' "$n" | tr '[:upper:]' '[:lower:]' | tr . _)
    printf 'module sweep/%s\n\ngo 1.26\n\nrequire github.com/stratadb/strata v0.0.0\n\nreplace github.com/stratadb/strata => %s\n' "$mod" "$ROOT" >"$g/go.mod"
    cp "$ROOT/go.sum" "$g/go.sum"
    t0=$(now_ms)
    timeout "$T" "$STRATA" generate --schema "$GS" >"$o/generate.out" 2>&1; rc=$?
    gs=$(secs $(( $(now_ms) - t0 )))
    if [ "$rc" = 0 ]; then
      gen=ok
      (cd "$g" && go mod tidy) >"$o/tidy.out" 2>&1
      t0=$(now_ms)
      if (cd "$g" && go build ./...) >"$o/build.out" 2>&1; then build=ok; else build=FAIL; fi
      bs=$(secs $(( $(now_ms) - t0 )))
      if (cd "$g" && go vet ./...) >"$o/vet.out" 2>&1; then vet=ok; else vet=FAIL; fi
    elif [ "$rc" = 124 ]; then gen=TIMEOUT
    else gen=FAIL; fi
  fi

  # e. panics / timeouts
  if grep -qE '^panic:|goroutine [0-9]+ \[' "$o"/strata-*.out "$o"/strata-*.err "$o"/generate.out 2>/dev/null; then pt=yes; else pt=no; fi
  if grep -q TIMEOUT <<<"$S_orig $S_p7 $fmt $gen"; then pt="$pt+timeout"; fi

  verdict=agree
  { [ "$P_p7" = "$S_p7" ] && [ "$same" != differ ] && [ "$fmt" = same ] && [ "$pt" = no ]; } || verdict=DIFFER
  { [ "$draw" = same ] || [ "$draw" = both-fail ]; } || verdict=DIFFER
  { [ "$gen" = - ] || { [ "$gen" = ok ] && [ "$build" = ok ] && [ "$vet" = ok ]; }; } || verdict=DIFFER
  n_all=$((n_all + 1)); [ "$verdict" = agree ] && n_agree=$((n_agree + 1))

  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$n" "$nf" "$models" "$views" "$enums" "$P_orig" "$S_orig" "$P_p7" "$S_p7" "$same" "$fmt" \
    "$draw" "$dns" "$gen" "$build" "$vet" "$gs" "$bs" "$pt" "$verdict" | tee -a "$RES"
done

if [ $# -gt 0 ] && [ "$n_dirs" -lt $# ]; then echo "warning: $(( $# - n_dirs )) name(s) not found in $SCHEMAS" >&2; fi
echo "results: $RES ($n_agree of $n_all schemas agree with Prisma)"
[ "$n_agree" = "$n_all" ]
