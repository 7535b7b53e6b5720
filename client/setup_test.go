package client_test

import (
	"context"
	"os"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/stratadb/strata/client"
	"github.com/stratadb/strata/client/internal/blogdb"
	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
	"github.com/stratadb/strata/sqlschema"
)

// blogSQL is the migration that creates the blog schema's tables, as
// strata's migrations would.
func blogSQL(t testing.TB) string {
	t.Helper()
	src, err := os.ReadFile("../gen/testdata/blog.prisma")
	if err != nil {
		t.Fatal(err)
	}
	f, diags := psl.Parse("blog.prisma", src)
	s, vd := schema.Build([]*psl.File{f})
	if diags = append(diags, vd...); diags.HasErrors() {
		t.Fatalf("blog schema: %v", diags)
	}
	want, err := sqlschema.From(s, sqlschema.FromOptions{})
	if err != nil {
		t.Fatal(err)
	}
	changes, _ := migrate.Diff(nil, want)
	sql, err := postgres.Render(changes)
	if err != nil {
		t.Fatal(err)
	}
	return sql
}

// counter is a pgx tracer counting the statements sent.
type counter struct{ n atomic.Int64 }

func (c *counter) TraceQueryStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryStartData) context.Context {
	c.n.Add(1)
	return ctx
}
func (c *counter) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

// newDB creates a database with the blog tables and returns a client over
// a pool whose statements are counted.
func newDB(t testing.TB, opts ...client.Option) (*blogdb.Client, *counter, *pgxpool.Pool) {
	t.Helper()
	ctx := context.Background()
	url := pgtest.New(t)
	cc, err := postgres.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := cc.Connect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, blogSQL(t)); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)
	pc, err := pgxpool.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	cnt := &counter{}
	pc.ConnConfig.Tracer = cnt
	pc.MaxConns = 4
	pool, err := pgxpool.NewWithConfig(ctx, pc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return blogdb.New(pool, opts...), cnt, pool
}
