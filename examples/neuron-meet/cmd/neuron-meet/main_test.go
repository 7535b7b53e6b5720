package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// TestRun runs the command as scripts/demo.sh does, on a database migrated
// from the example's committed migrations, with and without -trace.
func TestRun(t *testing.T) {
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
	f, err := migrate.ReadFolder(filepath.Join("..", "..", "prisma", "migrations"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := migrate.Deploy(ctx, conn, cc.Schema, f, migrate.DeployOptions{}); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)

	for _, trace := range []bool{false, true} {
		var stdout, stderr bytes.Buffer
		if err := run(ctx, url, trace, &stdout, &stderr); err != nil {
			t.Fatalf("trace %v: %v\n%s", trace, err, stdout.String())
		}
		if !strings.Contains(stdout.String(), "room ended: 3 participants left with it") || !strings.Contains(stdout.String(), "the client sent ") {
			t.Errorf("stdout:\n%s", stdout.String())
		}
		traced := stderr.String()
		if trace != strings.Contains(traced, `-- User.upsert, 1 rows in`) {
			t.Errorf("trace %v, stderr:\n%s", trace, traced)
		}
		if strings.Contains(traced, "correct horse") || strings.Contains(traced, "pbkdf2") {
			t.Errorf("the trace shows arguments:\n%s", traced)
		}
	}
	var out bytes.Buffer
	if err := run(ctx, "", false, &out, &out); err == nil || !strings.Contains(err.Error(), "strata dev url") {
		t.Errorf("without DATABASE_URL: %v", err)
	}
}
