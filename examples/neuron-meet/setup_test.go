package neuronmeet_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stratadb/strata/client"
	"github.com/stratadb/strata/examples/neuron-meet/db"
	"github.com/stratadb/strata/gen"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
	"github.com/stratadb/strata/sqlschema"
)

// TestMain runs the tests against one throwaway PostgreSQL cluster (see
// internal/pgtest); each test gets its own database.
func TestMain(m *testing.M) { pgtest.Main(m) }

var ctx = context.Background()

// must returns v, and panics (failing the test with a stack) on err.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// ok fails the test on err.
func ok(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// newURL returns the URL of a new database migrated with the committed
// migrations (prisma/migrations), as `strata migrate deploy` does.
func newURL(t testing.TB) string {
	t.Helper()
	url := pgtest.New(t)
	cc, err := postgres.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := cc.Connect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	f, err := migrate.ReadFolder(filepath.Join("prisma", "migrations"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := migrate.Deploy(ctx, conn, cc.Schema, f, migrate.DeployOptions{Provider: "postgresql"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Applied) == 0 {
		t.Fatal("no migration applied")
	}
	return url
}

// newDB returns a client over a new migrated database.
func newDB(t testing.TB, opts ...client.Option) *db.Client {
	t.Helper()
	c, err := db.Open(ctx, newURL(t), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// loadSchema reads and validates prisma/schema.prisma.
func loadSchema(t testing.TB) *schema.Schema {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("prisma", "schema.prisma"))
	if err != nil {
		t.Fatal(err)
	}
	f, diags := psl.Parse("prisma/schema.prisma", src)
	s, vd := schema.Build([]*psl.File{f})
	if diags = append(diags, vd...); diags.HasErrors() {
		t.Fatalf("schema: %v", diags)
	}
	return s
}

// TestClientIsGenerated checks that the committed db package is what
// `strata generate` writes from the schema today: after a generator
// change, run `go run ./cmd/strata generate --schema examples/neuron-meet/prisma/schema.prisma`.
func TestClientIsGenerated(t *testing.T) {
	t.Parallel()
	files, err := gen.Generate(loadSchema(t), "db")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for name, want := range files {
		names = append(names, name)
		got, err := os.ReadFile(filepath.Join("db", name))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("db/%s is not what strata generate writes (%v): run `strata generate` in examples/neuron-meet", name, err)
		}
	}
	sort.Strings(names)
	entries, err := os.ReadDir("db")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(names) {
		t.Errorf("db holds %d files, strata generate writes %d: %v", len(entries), len(names), names)
	}
}

// TestMigrationsMatchSchema checks that the committed migrations create
// exactly the tables the schema wants: no migration is missing.
func TestMigrationsMatchSchema(t *testing.T) {
	t.Parallel()
	url := newURL(t)
	cc := must(postgres.ParseURL(url))
	conn := must(cc.Connect(ctx))
	defer conn.Close(ctx)
	have := must(postgres.Inspect(ctx, conn, nil))
	want := must(sqlschema.From(loadSchema(t), sqlschema.FromOptions{}))
	if changes, _ := migrate.Diff(have, want); len(changes) != 0 {
		t.Fatalf("the migrations differ from the schema (run `strata migrate dev` in examples/neuron-meet):\n%s", migrate.Summary(changes))
	}
}
