package compat_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/internal/testcorpus"
	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/sqlschema"
)

// corpusDir is the shared corpus of real schemas, beside the project.
const corpusDir = testcorpus.Dir

// prismaDir holds Prisma 7's `migrate diff --from-empty --to-schema X
// --script` output for each corpus schema, recorded by record-prisma.sh.
const prismaDir = "testdata/prisma"

// rejectedByPrisma are corpus schemas that Prisma 7 itself rejects, so there
// is nothing of Prisma's to compare with.
var rejectedByPrisma = map[string]string{
	"webstudio-is__webstudio": "Error validating: Views cannot have primary keys.",
}

// needsExtension are schemas whose SQL needs an extension that the test
// server may not have; they are skipped (with the reason) when the server
// does not offer it, and checked when it does.
var needsExtension = map[string]struct{ ext, why string }{
	"formbricks__formbricks":                   {"vector", "CREATE EXTENSION vector (pgvector) and vector(…) columns"},
	"prisma__prisma-examples__postgis-express": {"postgis", `Unsupported("\"public\".geography") columns`},
}

// prelude is SQL run on both databases before the scripts, for objects a
// schema uses but does not declare (the projects create them in a
// hand-written migration): the same prelude for Prisma's script and strata's.
var prelude = map[string]struct{ sql, why string }{
	"trycompai__comp": {
		`CREATE FUNCTION generate_prefixed_cuid(prefix text) RETURNS text LANGUAGE sql AS $$ SELECT prefix || '_' || md5(random()::text) $$;`,
		`dbgenerated("generate_prefixed_cuid('acc'::text)") calls a function the project defines in a migration`,
	},
	"lukevella__rallly": {
		`CREATE EXTENSION citext;`,
		"@db.Citext columns without the citext extension in the datasource",
	},
	"prisma__prisma-examples__postgis-express": {
		`CREATE EXTENSION postgis;`,
		`Unsupported("\"public\".geography") columns without the postgis extension in the datasource`,
	},
}

// corpusSchema is one schema of the corpus: a file or a multi-file folder.
type corpusSchema struct {
	name string // the recording's name: the folder name, or the seed's file name
	path string
}

// corpusSchemas lists every PostgreSQL schema and seed of the corpus.
func corpusSchemas(t *testing.T) []corpusSchema {
	t.Helper()
	var out []corpusSchema
	for _, d := range testcorpus.Projects(t) {
		out = append(out, corpusSchema{filepath.Base(d), d})
	}
	for _, s := range testcorpus.Seeds(t) {
		out = append(out, corpusSchema{strings.TrimSuffix(filepath.Base(s), ".prisma"), s})
	}
	if len(out) < 30 {
		t.Fatalf("found only %d corpus schemas under %s (the shared corpus sits beside the project)", len(out), corpusDir)
	}
	return out
}

// load parses and validates a schema file or folder (every *.prisma below
// it, migrations/ excluded) and maps it to the database schema it wants.
func load(t *testing.T, path string) *sqlschema.Schema {
	t.Helper()
	return testcorpus.Wanted(t, path)
}

// strataScript is strata's migration from an empty database to the schema.
func strataScript(t *testing.T, want *sqlschema.Schema) string {
	t.Helper()
	changes, _ := migrate.Diff(nil, want)
	sql, err := postgres.Render(changes)
	if err != nil {
		t.Fatal(err)
	}
	return sql
}

// prismaScript reads Prisma's recorded script. The CLI prints the script
// and one more newline; that newline is not part of the script.
func prismaScript(t *testing.T, name string) (string, bool) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(prismaDir, name+".sql"))
	if os.IsNotExist(err) {
		return "", false
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(string(b), "\n"), true
}

// TestRecordingsComplete: every corpus schema that Prisma accepts has a
// recording, and every recording belongs to a corpus schema.
func TestRecordingsComplete(t *testing.T) {
	have := map[string]bool{}
	for _, c := range corpusSchemas(t) {
		_, ok := prismaScript(t, c.name)
		_, rejected := rejectedByPrisma[c.name]
		switch {
		case ok && rejected:
			t.Errorf("%s: recorded, but listed as rejected by Prisma", c.name)
		case !ok && !rejected:
			t.Errorf("%s: no recording of Prisma's output (run compat/record-prisma.sh %s)", c.name, c.name)
		}
		have[c.name] = true
	}
	recs, _ := filepath.Glob(prismaDir + "/*.sql")
	for _, r := range recs {
		if n := strings.TrimSuffix(filepath.Base(r), ".sql"); !have[n] {
			t.Errorf("%s: recording of a schema that is not in the corpus", r)
		}
	}
}

// TestScriptsLikePrisma: for every corpus schema, strata's migration from
// an empty database is byte for byte the script Prisma 7 prints.
func TestScriptsLikePrisma(t *testing.T) {
	same := 0
	for _, c := range corpusSchemas(t) {
		want, ok := prismaScript(t, c.name)
		if !ok {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			got := strataScript(t, load(t, c.path))
			if got != want {
				t.Errorf("differs from Prisma's script at %s", firstDifference(want, got))
				return
			}
			same++
		})
	}
	t.Logf("%d schemas: strata's script is byte-identical to Prisma's", same)
}

// TestCatalogsLikePrisma applies Prisma's recorded script to one fresh
// database and strata's own script to another, reads both catalogs, and
// reports every difference per schema. It fails on any difference.
//
// Two readings are compared: postgres.Inspect's (normalised, the one strata
// diffs with), and a raw one straight from pg_catalog with PostgreSQL's own
// deparsers (format_type, pg_get_expr, pg_get_indexdef,
// pg_get_constraintdef), which owes nothing to strata's normalisation.
func TestCatalogsLikePrisma(t *testing.T) {
	var report []string
	type result struct {
		name  string
		diffs int
	}
	results := make(chan result, 64)
	t.Run("schemas", func(t *testing.T) {
		for _, c := range corpusSchemas(t) {
			prismaSQL, ok := prismaScript(t, c.name)
			if !ok {
				continue
			}
			t.Run(c.name, func(t *testing.T) {
				t.Parallel()
				want := load(t, c.path)
				strataSQL := strataScript(t, want)
				ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
				defer cancel()
				pconn := connect(ctx, t, pgtest.New(t))
				sconn := connect(ctx, t, pgtest.New(t))
				if x, ok := needsExtension[c.name]; ok && !available(ctx, t, pconn, x.ext) {
					results <- result{c.name, -1}
					t.Skipf("needs the %s extension (%s), which this server does not have", x.ext, x.why)
				}
				if p, ok := prelude[c.name]; ok {
					t.Logf("prelude on both databases (%s): %s", p.why, p.sql)
					for _, conn := range []*pgx.Conn{pconn, sconn} {
						if _, err := conn.Exec(ctx, p.sql); err != nil {
							t.Fatalf("prelude: %v", err)
						}
					}
				}
				if err := migrate.RunScript(ctx, pconn, []byte(prismaSQL)); err != nil {
					t.Fatalf("applying Prisma's script: %v", err)
				}
				if err := migrate.RunScript(ctx, sconn, []byte(strataSQL)); err != nil {
					t.Fatalf("applying strata's script: %v", err)
				}
				namespaces := want.Namespaces
				pi, err := postgres.Inspect(ctx, pconn, namespaces)
				if err != nil {
					t.Fatal(err)
				}
				si, err := postgres.Inspect(ctx, sconn, namespaces)
				if err != nil {
					t.Fatal(err)
				}
				diffs := compareLines(inspectLines(pi), inspectLines(si))
				diffs = append(diffs, compareLines(rawCatalog(ctx, t, pconn, namespaces), rawCatalog(ctx, t, sconn, namespaces))...)
				for _, d := range diffs {
					t.Error(d)
				}
				results <- result{c.name, len(diffs)}
			})
		}
	})
	close(results)
	var total, n int
	for r := range results {
		if r.diffs < 0 {
			report = append(report, fmt.Sprintf("%-45s skipped: needs %s", r.name, needsExtension[r.name].ext))
			continue
		}
		report = append(report, fmt.Sprintf("%-45s %d", r.name, r.diffs))
		total += r.diffs
		n++
	}
	sort.Strings(report)
	t.Logf("catalog differences, Prisma's database vs strata's, per schema:\n%s\n%d schemas compared, %d differences",
		strings.Join(report, "\n"), n, total)
}

func connect(ctx context.Context, t *testing.T, url string) *pgx.Conn {
	t.Helper()
	conn, err := postgres.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close(context.Background()) })
	return conn
}

func available(ctx context.Context, t *testing.T, conn *pgx.Conn, ext string) bool {
	t.Helper()
	var ok bool
	err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = $1)", ext).Scan(&ok)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

// compareLines compares two catalogs given as object → description and
// returns one line per object that is missing on a side or differs.
func compareLines(prisma, strata map[string]string) []string {
	var out []string
	for k, p := range prisma {
		s, ok := strata[k]
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("%s: only in Prisma's database (%s)", k, p))
		case s != p:
			out = append(out, fmt.Sprintf("%s:\n  Prisma: %s\n  strata: %s", k, p, s))
		}
	}
	for k, s := range strata {
		if _, ok := prisma[k]; !ok {
			out = append(out, fmt.Sprintf("%s: only in strata's database (%s)", k, s))
		}
	}
	sort.Strings(out)
	return out
}

// inspectLines describes every object postgres.Inspect read, keyed by the
// object's identity.
func inspectLines(s *sqlschema.Schema) map[string]string {
	m := map[string]string{}
	m["namespaces"] = strings.Join(s.Namespaces, ",")
	for _, e := range s.Extensions {
		m["extension "+e.Name] = fmt.Sprintf("schema=%s version=%s", e.Namespace, e.Version)
	}
	for _, e := range s.Enums {
		m[fmt.Sprintf("enum %s.%s", e.Namespace, e.Name)] = strings.Join(e.Values, ",")
	}
	for _, sq := range s.Sequences {
		m[fmt.Sprintf("sequence %s.%s", sq.Namespace, sq.Name)] = ""
	}
	for _, v := range s.Views {
		m[fmt.Sprintf("view %s.%s", v.Namespace, v.Name)] = v.Definition
	}
	for _, t := range s.Tables {
		tk := fmt.Sprintf("table %s.%s", t.Namespace, t.Name)
		cols := make([]string, len(t.Columns))
		for i, c := range t.Columns {
			cols[i] = c.Name
			m[fmt.Sprintf("%s column %s", tk, c.Name)] = fmt.Sprintf("type=%+v notnull=%v default=%s autoincrement=%v identity=%q comment=%q",
				c.Type, c.NotNull, defaultText(c.Default), c.AutoIncrement, c.Identity, c.Comment)
		}
		m[tk] = fmt.Sprintf("columns=(%s) comment=%q", strings.Join(cols, ","), t.Comment)
		if pk := t.PrimaryKey; pk != nil {
			m[tk+" primary key"] = fmt.Sprintf("%s (%s)", pk.Name, strings.Join(pk.Columns, ","))
		}
		for _, ix := range t.Indexes {
			m[fmt.Sprintf("%s index %s", tk, ix.Name)] = fmt.Sprintf("unique=%v method=%s columns=%+v predicate=%q constraint=%v",
				ix.Unique, ix.Method, ix.Columns, ix.Predicate, ix.Constraint)
		}
		for _, fk := range t.ForeignKeys {
			m[fmt.Sprintf("%s foreign key %s", tk, fk.Name)] = fmt.Sprintf("(%s) REFERENCES %s.%s (%s) ON DELETE %s ON UPDATE %s deferrable=%v/%v",
				strings.Join(fk.Columns, ","), fk.RefNamespace, fk.RefTable, strings.Join(fk.RefColumns, ","), fk.OnDelete, fk.OnUpdate, fk.Deferrable, fk.InitiallyDeferred)
		}
	}
	return m
}

func defaultText(d *sqlschema.Default) string {
	if d == nil {
		return "none"
	}
	return fmt.Sprintf("%+v", *d)
}

// rawCatalog reads the namespaces' objects straight from pg_catalog, each
// described with PostgreSQL's own deparsers, keyed by identity. Objects are
// named, never identified by OID, so two databases compare.
func rawCatalog(ctx context.Context, t *testing.T, conn *pgx.Conn, namespaces []string) map[string]string {
	t.Helper()
	const q = `
WITH ns AS (SELECT oid, nspname FROM pg_namespace WHERE nspname = ANY($1))
SELECT 'relation ' || ns.nspname || '.' || c.relname,
       'kind=' || c.relkind::text || ' persistence=' || c.relpersistence::text
  FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'i') AND c.relname <> '_prisma_migrations' AND c.relname <> '_prisma_migrations_pkey'
UNION ALL
SELECT 'column ' || ns.nspname || '.' || c.relname || '.' || a.attname,
       'position=' || a.attnum || ' type=' || format_type(a.atttypid, a.atttypmod)
       || ' notnull=' || a.attnotnull || ' identity=' || a.attidentity::text || ' generated=' || a.attgenerated::text
       || ' default=' || coalesce(pg_get_expr(d.adbin, d.adrelid), '') || ' collation=' || coalesce(co.collname, '')
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN ns ON ns.oid = c.relnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 100
 WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'
UNION ALL
SELECT 'constraint ' || ns.nspname || '.' || c.relname || '.' || k.conname,
       k.contype::text || ' ' || pg_get_constraintdef(k.oid)
  FROM pg_constraint k
  JOIN pg_class c ON c.oid = k.conrelid
  JOIN ns ON ns.oid = c.relnamespace
 WHERE c.relname <> '_prisma_migrations'
UNION ALL
SELECT 'index ' || ns.nspname || '.' || i.relname,
       regexp_replace(pg_get_indexdef(i.oid), ' ON [^ ]+ USING ', ' ON ' || t.relname || ' USING ')
  FROM pg_index x
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_class t ON t.oid = x.indrelid
  JOIN ns ON ns.oid = i.relnamespace
 WHERE t.relname <> '_prisma_migrations'
UNION ALL
SELECT 'type ' || ns.nspname || '.' || ty.typname,
       'kind=' || ty.typtype::text || ' values=' || coalesce((SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = ty.oid), '')
  FROM pg_type ty JOIN ns ON ns.oid = ty.typnamespace
 WHERE ty.typtype IN ('e', 'd', 'c') AND NOT EXISTS (SELECT 1 FROM pg_class r WHERE r.oid = ty.typrelid AND r.relkind <> 'c')
UNION ALL
SELECT 'extension ' || e.extname, 'schema=' || n.nspname || ' version=' || e.extversion
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
UNION ALL
SELECT 'comment ' || ns.nspname || '.' || c.relname || coalesce('.' || a.attname, ''), d.description
  FROM pg_description d
  JOIN pg_class c ON c.oid = d.objoid AND d.classoid = 'pg_class'::regclass
  JOIN ns ON ns.oid = c.relnamespace
  LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid AND d.objsubid > 0`
	rows, err := conn.Query(ctx, q, namespaces)
	if err != nil {
		t.Fatalf("reading the catalog: %v", err)
	}
	m := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			t.Fatal(err)
		}
		m["raw "+k] = v
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("reading the catalog: %v", err)
	}
	return m
}

// firstDifference shows the first line where strata's text differs from
// Prisma's.
func firstDifference(prisma, strata string) string {
	return testcorpus.FirstDifference(prisma, strata, "Prisma", "strata")
}

// TestCatalogComparisonSeesDifferences guards the comparison itself: one
// database with Prisma's script, another with the same script and then
// small changes of each kind the comparison must notice.
func TestCatalogComparisonSeesDifferences(t *testing.T) {
	script, ok := prismaScript(t, "person-authjs")
	if !ok {
		t.Fatal("no recording for person-authjs")
	}
	changes := []struct{ name, sql string }{
		{"default", `ALTER TABLE "people" ALTER COLUMN "created_at" SET DEFAULT now() + interval '1 day'`},
		{"not null", `ALTER TABLE "users" ALTER COLUMN "name" SET NOT NULL`},
		{"type", `ALTER TABLE "users" ALTER COLUMN "image" TYPE VARCHAR(200)`},
		{"index name", `ALTER INDEX "users_email_key" RENAME TO "users_email_unique"`},
		{"index method", `DROP INDEX "people_email_key"; CREATE UNIQUE INDEX "people_email_key" ON "people" USING btree ("email" DESC)`},
		{"fk action", `ALTER TABLE "accounts" DROP CONSTRAINT "accounts_user_id_fkey"; ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE`},
		{"column order", `ALTER TABLE "users" DROP COLUMN "name"; ALTER TABLE "users" ADD COLUMN "name" TEXT`},
		{"enum value", `CREATE TYPE "Mood" AS ENUM ('a')`},
	}
	for _, ch := range changes {
		t.Run(ch.name, func(t *testing.T) {
			t.Parallel()
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			a := connect(ctx, t, pgtest.New(t))
			b := connect(ctx, t, pgtest.New(t))
			for _, conn := range []*pgx.Conn{a, b} {
				if err := migrate.RunScript(ctx, conn, []byte(script)); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := b.Exec(ctx, ch.sql); err != nil {
				t.Fatal(err)
			}
			ia, err := postgres.Inspect(ctx, a, nil)
			if err != nil {
				t.Fatal(err)
			}
			ib, err := postgres.Inspect(ctx, b, nil)
			if err != nil {
				t.Fatal(err)
			}
			if d := compareLines(inspectLines(ia), inspectLines(ib)); len(d) == 0 {
				t.Errorf("Inspect-based comparison missed the change")
			}
			if d := compareLines(rawCatalog(ctx, t, a, []string{"public"}), rawCatalog(ctx, t, b, []string{"public"})); len(d) == 0 {
				t.Errorf("raw catalog comparison missed the change")
			}
		})
	}
}
