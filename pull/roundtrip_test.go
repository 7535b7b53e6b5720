package pull_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/internal/testcorpus"
	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/pull"
	"github.com/stratadb/strata/schema"
	"github.com/stratadb/strata/sqlschema"
)

// corpusDir is the shared corpus of real schemas, beside the project.
const corpusDir = testcorpus.Dir

// needsExtension lists the corpus schemas that need a PostgreSQL extension
// which is not part of a stock server (contrib extensions such as pgcrypto,
// citext or pg_trgm are expected to be there). They are skipped, with the
// reason logged, only when the test server does not offer the extension;
// otherwise the extension is created before the migration runs, as a
// person would have done for a schema that uses the type without declaring
// the extension.
var needsExtension = map[string]string{
	"schemas/formbricks__formbricks":                           "vector",  // pgvector(map: "vector")
	"schemas/prisma__prisma-examples__postgis-express":         "postgis", // Unsupported("geography")
	"psl-cases/postgres/postgis_geometry_keyword_valid.prisma": "postgis",
}

// unappliable lists the corpus cases Prisma's validator accepts but whose
// migration no PostgreSQL server runs, Prisma's included, with the reason.
var unappliable = map[string]string{
	"psl-cases/preview_features/partial_indexes/postgresql_basic.prisma": `its index predicate "isActive = true" names a camelCase column without quotes, which PostgreSQL folds to isactive`,
}

// prerequisites is SQL a corpus schema expects to exist before its first
// migration, which the project creates in a hand-written migration of its
// own: a function its dbgenerated defaults call, an extension a @db.* type
// needs but the datasource does not declare.
var prerequisites = map[string]string{
	// Their migrations define the function; any body will do here.
	"schemas/trycompai__comp": `CREATE FUNCTION generate_prefixed_cuid(prefix text) RETURNS text
LANGUAGE sql AS $$ SELECT prefix || '_' || md5(random()::text) $$;`,
	"schemas/lukevella__rallly": `CREATE EXTENSION IF NOT EXISTS citext;`,
}

// corpusCase is one PostgreSQL schema of the corpus Prisma accepts.
type corpusCase struct {
	rel  string // relative to corpusDir
	path string // file or folder
}

// corpusCases lists the seeds and every PostgreSQL schema of
// schemas/SOURCES.tsv that Prisma's validator accepts.
func corpusCases(t *testing.T) []corpusCase {
	t.Helper()
	var cases []corpusCase
	seeds := testcorpus.Seeds(t)
	if len(seeds) == 0 {
		t.Fatalf("no seed schemas under %s (the shared corpus sits beside the project)", corpusDir)
	}
	for _, p := range seeds {
		rel, _ := filepath.Rel(corpusDir, p)
		cases = append(cases, corpusCase{rel: filepath.ToSlash(rel), path: p})
	}
	f, err := os.Open(filepath.Join(corpusDir, "schemas", "SOURCES.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var header []string
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if header == nil {
			header = cols
			continue
		}
		row := map[string]string{}
		for i, h := range header {
			if i < len(cols) {
				row[h] = cols[i]
			}
		}
		if !strings.HasPrefix(row["provider"], "postgres") || !strings.HasPrefix(row["prisma_valid"], "yes") {
			continue
		}
		cases = append(cases, corpusCase{rel: "schemas/" + row["dir"], path: filepath.Join(corpusDir, "schemas", row["dir"])})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	// Prisma's own validation cases that it accepts on PostgreSQL.
	for _, p := range testcorpus.PostgresCases(t) {
		rel, _ := filepath.Rel(corpusDir, p)
		cases = append(cases, corpusCase{rel: filepath.ToSlash(rel), path: p})
	}
	if len(cases) < 30 {
		t.Fatalf("found only %d corpus schemas under %s; is the corpus complete?", len(cases), corpusDir)
	}
	return cases
}

// buildText parses and validates one schema text.
func buildText(text []byte) (*schema.Schema, []*psl.File, psl.Diagnostics) {
	f, diags := psl.Parse("schema.prisma", text)
	s, vd := schema.Build([]*psl.File{f})
	return s, []*psl.File{f}, append(diags, vd...)
}

// describe lists changes one per line, for failure messages.
func describe(changes []sqlschema.Change) string {
	var b strings.Builder
	for i, c := range changes {
		if i == 20 {
			fmt.Fprintf(&b, "  ... and %d more\n", len(changes)-i)
			break
		}
		if sql, err := (postgres.Renderer{}).Render([]sqlschema.Change{c}, nil); err == nil {
			fmt.Fprintf(&b, "  %s\n", strings.ReplaceAll(strings.TrimSpace(sql), "\n", "\n  "))
		} else {
			fmt.Fprintf(&b, "  %T\n", c)
		}
	}
	return b.String()
}

// availableExtensions reads the extensions the server can create.
func availableExtensions(ctx context.Context, t *testing.T, conn *pgx.Conn) map[string]bool {
	t.Helper()
	rows, err := conn.Query(ctx, "SELECT name FROM pg_available_extensions")
	if err != nil {
		t.Fatal(err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, n := range names {
		out[n] = true
	}
	return out
}

// TestCorpusRoundTrip: for every PostgreSQL schema of the corpus that
// Prisma accepts, the database strata's migration creates pulls back into a
// schema that validates and wants exactly that database; pulled again with
// the original schema as the existing one, the result wants it too.
func TestCorpusRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("applies every corpus schema to PostgreSQL; skipped with -short")
	}
	for _, c := range corpusCases(t) {
		t.Run(c.rel, func(t *testing.T) {
			t.Parallel()
			roundTrip(t, c)
		})
	}
}

func roundTrip(t *testing.T, c corpusCase) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	if why := unappliable[c.rel]; why != "" {
		t.Skipf("not appliable: %s", why)
	}
	orig, origFiles, diags := testcorpus.Load(t, c.path)
	if errs := diags.Errors(); len(errs) > 0 || orig == nil {
		t.Fatalf("Prisma accepts this schema but strata does not: %s", errs[0].Message)
	}
	want, err := sqlschema.From(orig, sqlschema.FromOptions{})
	if err != nil {
		t.Fatalf("From: %v", err)
	}
	changes, _ := migrate.Diff(nil, want)
	script, err := postgres.Render(changes)
	if err != nil {
		t.Fatalf("Render: %v", err)
	}

	url := pgtest.New(t)
	conn, err := postgres.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if ext := needsExtension[c.rel]; ext != "" {
		if !availableExtensions(ctx, t, conn)[ext] {
			t.Skipf("needs the PostgreSQL extension %q, which the test server does not offer", ext)
		}
		if _, err := conn.Exec(ctx, "CREATE EXTENSION IF NOT EXISTS "+postgres.QuoteIdent(ext)); err != nil {
			t.Fatalf("creating extension %s: %v", ext, err)
		}
	}
	if pre := prerequisites[c.rel]; pre != "" {
		if _, err := conn.Exec(ctx, pre); err != nil {
			t.Fatalf("creating the prerequisites: %v", err)
		}
	}
	if err := migrate.RunScript(ctx, conn, []byte(script)); err != nil {
		t.Fatalf("applying the migration: %v", err)
	}
	db, err := postgres.Inspect(ctx, conn, want.Namespaces)
	if err != nil {
		t.Fatalf("Inspect: %v", err)
	}

	check := func(t *testing.T, opts pull.Options) {
		text, warnings, err := pull.Pull(db, opts)
		if err != nil {
			t.Fatalf("Pull: %v", err)
		}
		for _, w := range warnings {
			t.Logf("pull warning: %s: %s", w.Table, w.Message)
		}
		pulled, _, diags := buildText(text)
		if errs := diags.Errors(); len(errs) > 0 || pulled == nil {
			var b strings.Builder
			for _, e := range errs {
				fmt.Fprintf(&b, "  line %d: %s\n", e.Span.Start.Line, e.Message)
			}
			t.Fatalf("the pulled schema does not validate:\n%s\n%s", b.String(), numbered(text))
		}
		again, err := sqlschema.From(pulled, sqlschema.FromOptions{})
		if err != nil {
			t.Fatalf("From(pulled): %v", err)
		}
		if changes, _ := migrate.Diff(db, again); len(changes) > 0 {
			t.Errorf("the pulled schema wants %d changes to the database it was pulled from:\n%s\npulled schema:\n%s", len(changes), describe(changes), numbered(text))
		}
	}
	// What migrate diff --from-url --to-schema --exit-code checks: the
	// database strata's migration made is what the schema wants.
	t.Run("inspect", func(t *testing.T) {
		if changes, _ := migrate.Diff(db, want); len(changes) > 0 {
			t.Errorf("the database wants %d changes right after its migration:\n%s", len(changes), describe(changes))
		}
	})
	t.Run("fresh", func(t *testing.T) { check(t, pull.Options{DefaultNamespace: "public"}) })
	t.Run("existing", func(t *testing.T) {
		check(t, pull.Options{Existing: orig, ExistingFiles: origFiles, DefaultNamespace: "public"})
	})
}

// numbered prefixes each line with its number.
func numbered(text []byte) string {
	lines := strings.Split(strings.TrimRight(string(text), "\n"), "\n")
	var b strings.Builder
	for i, l := range lines {
		fmt.Fprintf(&b, "%4d  %s\n", i+1, l)
	}
	return b.String()
}
