package migrate_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/internal/testcorpus"
	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/schema"
	"github.com/stratadb/strata/sqlschema"
)

const corpusDir = testcorpus.Dir

// loadSchema parses and validates a schema file or a multi-file folder;
// ok is false when it is not a valid PostgreSQL schema.
func loadSchema(t testing.TB, path string) (*schema.Schema, bool) {
	t.Helper()
	s, _, diags := testcorpus.Load(t, path)
	return s, s != nil && !diags.HasErrors()
}

// corpusSchemas lists the PostgreSQL schemas of the corpus: the real
// projects' schemas, the seed apps, and Prisma's own validation cases that
// it accepts on PostgreSQL.
func corpusSchemas(t *testing.T) []string {
	paths := append(testcorpus.Projects(t), testcorpus.Seeds(t)...)
	paths = append(paths, testcorpus.PostgresCases(t)...)
	if len(paths) < 20 {
		t.Fatalf("found only %d corpus schemas under %s; is the corpus complete?", len(paths), corpusDir)
	}
	return paths
}

// TestRoundTripCorpus: for every PostgreSQL schema of the corpus, the
// migration from empty applies to an empty database, and the database it
// makes, read back with Inspect, diffs empty against the wanted schema:
// what `strata migrate diff --from-url U --to-schema S --exit-code` checks.
func TestRoundTripCorpus(t *testing.T) {
	for _, p := range corpusSchemas(t) {
		rel, _ := filepath.Rel(corpusDir, p)
		t.Run(rel, func(t *testing.T) {
			t.Parallel()
			s, ok := loadSchema(t, p)
			if !ok {
				t.Skip("not a valid PostgreSQL schema")
			}
			roundTrip(t, s, setup[filepath.ToSlash(rel)])
		})
	}
}

// cannotApply are corpus schemas whose migration fails on PostgreSQL with
// Prisma too, by test name.
var cannotApply = map[string]string{
	"TestRoundTripCorpus/psl-cases/preview_features/partial_indexes/postgresql_basic.prisma": "its predicate names isActive unquoted, which PostgreSQL folds to isactive (Prisma's migration fails the same way)",
}

// setup is SQL a corpus schema needs in its database before its first
// migration, as its project does by hand: a function its defaults call, an
// extension it uses without declaring it.
var setup = map[string]string{
	"schemas/trycompai__comp":   `CREATE FUNCTION generate_prefixed_cuid(prefix text) RETURNS text LANGUAGE sql AS $$ SELECT prefix || '_' || md5(random()::text) $$;`,
	"schemas/lukevella__rallly": `CREATE EXTENSION IF NOT EXISTS citext;`,
}

func roundTrip(t *testing.T, s *schema.Schema, setupSQL string) {
	t.Helper()
	ctx := context.Background()
	want, err := sqlschema.From(s, sqlschema.FromOptions{})
	if err != nil {
		t.Fatal(err)
	}
	conn := connect(t, pgtest.New(t))
	// Extensions the server does not have (vector, postgis here) are left
	// out, so that the rest of the schema is still checked.
	var exts []*sqlschema.Extension
	for _, e := range want.Extensions {
		var n int
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_available_extensions WHERE name = $1", e.Name).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Logf("the server has no %s extension: left out", e.Name)
			continue
		}
		exts = append(exts, e)
	}
	want.Extensions = exts
	changes, _ := migrate.Diff(nil, want)
	script, err := postgres.Render(changes)
	if err != nil {
		t.Fatal(err)
	}
	if setupSQL != "" {
		if _, err := conn.Exec(ctx, setupSQL); err != nil {
			t.Fatalf("setup: %v", err)
		}
	}
	if err := migrate.RunScript(ctx, conn, []byte(script)); err != nil {
		if reason := cannotApply[t.Name()]; reason != "" {
			t.Skip(reason)
		}
		if msg := err.Error(); strings.Contains(msg, "geography\" does not exist") || strings.Contains(msg, "geometry\" does not exist") {
			t.Skipf("the server has no PostGIS: %v", err)
		}
		if missing := missingExtension(err); missing != "" {
			t.Skipf("the server has no %s extension: %v", missing, err)
		}
		t.Fatalf("the migration from empty does not apply: %v", err)
	}
	got, err := postgres.Inspect(ctx, conn, want.Namespaces)
	if err != nil {
		t.Fatal(err)
	}
	diff, _ := migrate.Diff(got, want)
	if len(diff) > 0 {
		again, _ := postgres.Render(diff)
		t.Errorf("the database diffs against its schema:%s\n%s", migrate.Summary(diff), again)
	}
}

// missingExtension names the extension the server lacks, from the error
// of CREATE EXTENSION.
func missingExtension(err error) string {
	msg := err.Error()
	for _, marker := range []string{`extension "`} {
		if i := strings.Index(msg, marker); i >= 0 && (strings.Contains(msg, "is not available") || strings.Contains(msg, "could not open extension control file")) {
			rest := msg[i+len(marker):]
			if j := strings.IndexByte(rest, '"'); j >= 0 {
				return rest[:j]
			}
		}
	}
	return ""
}

// TestRoundTripNormalisation: schemas written to hit what PostgreSQL
// spells its own way (defaults, predicates, operator classes, extension
// versions) diff empty against the database their migration makes.
func TestRoundTripNormalisation(t *testing.T) {
	const head = "generator client {\n  provider = \"prisma-client-js\"\n  previewFeatures = [\"postgresqlExtensions\", \"partialIndexes\"]\n}\n\ndatasource db {\n  provider = \"postgresql\"\n  extensions = [citext(version: \"1.6\"), pgcrypto]\n}\n\n"
	tests := []struct{ name, src string }{
		{"json defaults", `model T {
  id Int @id
  a Json @default("{\"b\": 2, \"a\": [1, 2,3]}")
  b Json @default("[]")
  c Json? @default("{\"x\":{\"y\":null}}") @db.Json
  d Json[] @default([])
}`},
		{"dbgenerated", `model T {
  id String @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  a DateTime @default(dbgenerated("CLOCK_TIMESTAMP()"))
  b String @default(dbgenerated("'abc'"))
  c Int @default(dbgenerated("(1 + 2)"))
  d String @default(dbgenerated("LOWER('X')"))
  e DateTime @default(dbgenerated("NOW() + interval '1 day'")) @db.Timestamptz(6)
  f String @default(dbgenerated("encode(gen_random_bytes(6), 'hex')"))
  g BigInt @default(dbgenerated("(EXTRACT(epoch FROM now()) * 1000)::bigint"))
}`},
		{"time defaults", `model T {
  id Int @id
  a DateTime @default("2024-01-02T03:04:05Z") @db.Time(6)
  b DateTime @default("2024-01-02T03:04:05.123Z")
  c DateTime @default("2024-01-02T00:00:00Z") @db.Date
  d DateTime @default("2024-01-02T03:04:05+02:00") @db.Timetz(3)
  e DateTime @default(now()) @db.Timestamptz(3)
  f DateTime[] @default(["2024-01-02T03:04:05Z"])
}`},
		{"scalar defaults", `enum Color {
  RED
  GREEN
}

model T {
  id Int @id @default(autoincrement())
  a String @default("it's")
  b Decimal @default(1.50)
  c Float @default(-0.5)
  d BigInt @default(-9007199254740993)
  e Boolean @default(false)
  f Color @default(GREEN)
  g Color[] @default([RED, GREEN])
  h String[] @default(["a", "b c"])
  i Bytes @default("aGVsbG8=")
  j String @default("x") @db.VarChar(10)
  k String @default("y") @db.Char(1)
  l String @default("z") @db.Citext
  m Int @default(3) @db.SmallInt
}`},
		{"indexes", `model T {
  id Int @id
  tags String[]
  data Json
  s String
  deleted DateTime?
  n Int

  @@index([tags], type: Gin)
  @@index([tags(ops: ArrayOps)], type: Gin, map: "t_tags_ops")
  @@index([data(ops: JsonbOps)], type: Gin)
  @@index([data(ops: JsonbPathOps)], type: Gin, map: "t_data_path")
  @@index([s], type: Hash)
  @@index([s(sort: Desc), n])
  @@index([n], type: Brin)
  @@index([s], where: raw("deleted IS NULL"), map: "t_s_live")
  @@unique([s, n], where: raw("(\"deleted\" IS NULL) AND n > 0 AND s <> 'x'"), map: "t_s_n_live")
}`},
		// Object where: as Prisma renders it ("prio" = -1, "role" != 'USER')
		// and as the catalog keeps it ((prio = '-1'::integer), (role <>
		// 'USER'::"Role")); explicit sort: Asc, which the catalog cannot
		// tell from no order; raw text with and without parentheses.
		{"partial indexes and sort Asc", `model Task {
  id        Int       @id
  name      String    @unique(where: { deletedAt: null })
  title     String    @unique(sort: Asc)
  status    String
  prio      Int
  score     Float
  active    Boolean   @map("is_active")
  role      Role
  deletedAt DateTime?
  amount    Decimal
  big       BigInt

  @@unique([title], where: { active: true, deletedAt: { not: null } }, map: "t_title_live")
  @@index([status], where: { status: { not: "it's" }, prio: -1 })
  @@index([prio], where: { role: "ADMIN", score: 1.5 })
  @@index([score], where: { active: { not: false }, amount: 2.50, big: 10 })
  @@index([name, prio], where: { role: { not: "USER" }, deletedAt: { not: null } })
  @@index([status, prio(sort: Asc)], where: raw("prio > 3"))
  @@index([title, prio], where: raw("(prio > 3)"))
  @@index([title(sort: Asc), score])
}

enum Role {
  ADMIN
  USER
}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(t.TempDir(), "schema.prisma")
			if err := os.WriteFile(path, []byte(head+tt.src+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			s, ok := loadSchema(t, path)
			if !ok {
				t.Fatalf("the schema does not validate")
			}
			roundTrip(t, s, "")
		})
	}
}
