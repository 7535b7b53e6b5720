#!/usr/bin/env bash
# Generation and build time of the Go client for the largest corpus schema
# (trycompai/comp: 148 models, 78 enums, 55 files). The generated package is
# written into a fresh folder inside the module, so `go build` compiles it
# from scratch (its dependencies, pgx and strata's runtime, come from the
# build cache, as in a real project after the first build).
# Usage: bench/client-build.sh   (from anywhere; needs ../shared beside the repo)
set -euo pipefail
cd "$(dirname "$0")/.."
go build -o bin/strata ./cmd/strata
go build ./client/...                      # warm the runtime's build cache
work=$(mktemp -d "$PWD/bench/.clientbuild-XXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/prisma"
cp -r ../shared/corpus/schemas/trycompai__comp/. "$work/prisma/"
# The corpus schema has its own generator blocks; add strata's.
printf 'generator strata {\n  provider = "strata-client-go"\n  output   = "../db"\n}\n' > "$work/prisma/zz_strata.prisma"
s=$(date +%s%N); (cd "$work" && "$OLDPWD/bin/strata" generate --schema prisma >/dev/null); e=$(date +%s%N)
echo "generate: $(( (e - s) / 1000000 )) ms ($(cat "$work"/db/*.go | wc -l) lines)"
rel=${work#"$PWD"/}
s=$(date +%s%N); go build "./$rel/db"; e=$(date +%s%N)
echo "go build of the generated package: $(( (e - s) / 1000000 )) ms"
s=$(date +%s%N); go vet "./$rel/db"; e=$(date +%s%N)
echo "go vet of the generated package: $(( (e - s) / 1000000 )) ms"
