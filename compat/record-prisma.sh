#!/usr/bin/env bash
# record-prisma.sh - record Prisma 7's `migrate diff --from-empty --to-schema X --script`
# for every PostgreSQL schema of the shared corpus (and the seeds) into
# compat/testdata/prisma/<name>.sql, with the real Prisma CLI of the peer harness.
#
# Run it by hand when the corpus or the pinned Prisma changes; CI only reads the
# recordings. Needs the peer set up (peers/prisma/setup.sh) and a PostgreSQL the
# engine can connect to (peers/prisma/pg.sh start PORT).
#
# Usage: compat/record-prisma.sh [name...]       (default: every schema)
# Env:   PG_PORT [55620]  SHARED [../shared beside the project]  PRISMA_PEER_DIR
#
# Prisma 7 rejects url/directUrl/shadowDatabaseUrl in the datasource and the
# removed "metrics" preview feature: those are stripped from a copy first,
# nothing else is changed.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SHARED="${SHARED:-$HERE/../../shared}"
PEER="$SHARED/peers/prisma"
WORK="${PRISMA_PEER_DIR:-/tmp/prisma-peer}"
PG_PORT="${PG_PORT:-55620}"
OUT="$HERE/testdata/prisma"
[ -f "$WORK/env.sh" ] || { echo "run $PEER/setup.sh first" >&2; exit 1; }
# shellcheck disable=SC1091
source "$WORK/env.sh"
export DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_PORT/prisma_peer?schema=public"
PRISMA="$WORK/node_modules/.bin/prisma"
"$PEER/pg.sh" status "$PG_PORT" 2>/dev/null | grep -q 'server is running' || "$PEER/pg.sh" start "$PG_PORT" >/dev/null
mkdir -p "$OUT"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

# prepare SRC DEST: copy a schema file or folder for Prisma 7.
prepare() {
  local src="$1" dst="$2"
  mkdir -p "$dst"
  if [ -d "$src" ]; then
    (cd "$src" && find . -name migrations -prune -o -name '*.prisma' -print) | while read -r f; do
      mkdir -p "$dst/$(dirname "$f")"
      clean <"$src/$f" >"$dst/$f"
    done
  else
    clean <"$src" >"$dst/schema.prisma"
  fi
}
clean() {
  grep -vE '^\s*(url|directUrl|shadowDatabaseUrl)\s*=' \
    | sed -E '/previewFeatures/ { s/, *"metrics"//; s/"metrics", *//; }'
}

targets=()
for d in "$SHARED"/corpus/schemas/*/; do
  n="$(basename "$d")"; [ "$n" = other-providers ] && continue
  targets+=("$n=$d")
done
for f in "$SHARED"/corpus/seeds/*.prisma; do targets+=("$(basename "$f" .prisma)=$f"); done

ok=0; bad=0
for t in "${targets[@]}"; do
  n="${t%%=*}"; src="${t#*=}"
  if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qx "$n"; then continue; fi
  dst="$tmp/$n"; prepare "${src%/}" "$dst"
  target="$dst"; [ -d "${src%/}" ] || target="$dst/schema.prisma"
  if (cd "$WORK" && "$PRISMA" migrate diff --from-empty --to-schema "$target" --script) \
      >"$OUT/$n.sql" 2>"$tmp/$n.err"; then
    ok=$((ok+1)); echo "recorded $n ($(grep -c '^-- ' "$OUT/$n.sql") statements)"
  else
    bad=$((bad+1)); rm -f "$OUT/$n.sql"
    { echo "Prisma rejected $n:"; grep -v '^Loaded Prisma config' "$tmp/$n.err" | head -5; } >&2
  fi
done
echo "$ok recorded, $bad rejected"
