#!/usr/bin/env bash
# gen-300-tables.sh - print the DDL of a 300-table database for the introspection
# benchmark: the shape of postgres.BenchmarkInspect300 (an enum; per table eight
# columns of several types, a primary key, a unique and a two-column index, and a
# foreign key to the previous table).
set -euo pipefail
N="${1:-300}"
echo 'CREATE TYPE "Status" AS ENUM ('"'A', 'B', 'C'"');'
for ((i = 0; i < N; i++)); do
  cat <<SQL
CREATE TABLE "t$i" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "email" TEXT NOT NULL DEFAULT '',
    "status" "Status" NOT NULL DEFAULT 'A',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "amount" DECIMAL(65,30),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "parent_id" INTEGER,
    CONSTRAINT "t${i}_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "t${i}_email_key" ON "t$i"("email");
CREATE INDEX "t${i}_name_created_at_idx" ON "t$i"("name", "created_at" DESC);
SQL
  if ((i > 0)); then
    echo "ALTER TABLE \"t$i\" ADD CONSTRAINT \"t${i}_parent_id_fkey\" FOREIGN KEY (\"parent_id\") REFERENCES \"t$((i-1))\"(\"id\") ON DELETE SET NULL ON UPDATE CASCADE;"
  fi
done
