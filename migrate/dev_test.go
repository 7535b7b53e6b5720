package migrate_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
)

const initSQL = "-- CreateTable\nCREATE TABLE \"users\" (\n    \"id\" SERIAL NOT NULL,\n    \"email\" TEXT NOT NULL,\n\n    CONSTRAINT \"users_pkey\" PRIMARY KEY (\"id\")\n);\n"

func shadowCount(t *testing.T, url string) int {
	t.Helper()
	conn := connect(t, url)
	return count(t, conn, "SELECT count(*) FROM pg_database WHERE datname LIKE $1", migrate.ShadowPrefix+"%")
}

func TestDevDiagnose(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	url := pgtest.New(t)
	cc, err := postgres.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	conn := connect(t, url)
	files := map[string]string{
		"migration_lock.toml":               migrate.LockFileContent("postgresql"),
		"20240101000000_init/migration.sql": initSQL,
	}
	f := folder(t, files)
	opts := migrate.DevOptions{Main: cc, Namespaces: []string{"public"}}

	// A fresh database: one pending migration, no drift.
	d, err := migrate.DevDiagnose(ctx, conn, f, opts)
	if err != nil {
		t.Fatal(err)
	}
	if d.NeedsReset() || len(d.Status.Pending) != 1 || d.History.Table("public", "users") == nil {
		t.Fatalf("fresh: reasons %q, pending %v, history %+v", d.ResetReasons, d.Status.Pending, d.History.Tables)
	}
	if _, err := migrate.Deploy(ctx, conn, "public", f, migrate.DeployOptions{}); err != nil {
		t.Fatal(err)
	}
	d, err = migrate.DevDiagnose(ctx, conn, f, opts)
	if err != nil || d.NeedsReset() || len(d.Status.Pending) != 0 {
		t.Fatalf("after deploy: %v %+v", err, d)
	}

	// Drift: a column added by hand.
	if _, err := conn.Exec(ctx, `ALTER TABLE "users" ADD COLUMN "name" TEXT`); err != nil {
		t.Fatal(err)
	}
	d, err = migrate.DevDiagnose(ctx, conn, f, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !d.NeedsReset() || !strings.Contains(d.ResetReasons[0], "Drift detected") ||
		!strings.Contains(d.ResetReasons[0], "[*] Changed the `users` table\n  [+] Added column `name`") {
		t.Fatalf("drift: %q", d.ResetReasons)
	}

	// An edited migration.
	files["20240101000000_init/migration.sql"] = initSQL + "-- edited\n"
	d, err = migrate.DevDiagnose(ctx, conn, folder(t, files), opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.ResetReasons) != 1 || d.ResetReasons[0] != "The migration `20240101000000_init` was modified after it was applied." {
		t.Fatalf("edited: %q", d.ResetReasons)
	}

	// Reset: the hand-made change goes, the history is applied again.
	res, err := migrate.Reset(ctx, conn, "public", []string{"public"}, f, migrate.DeployOptions{})
	if err != nil || len(res.Applied) != 1 {
		t.Fatalf("reset: %v %+v", err, res)
	}
	d, err = migrate.DevDiagnose(ctx, conn, f, opts)
	if err != nil || d.NeedsReset() {
		t.Fatalf("after reset: %v %q", err, d.ResetReasons)
	}
	if n := shadowCount(t, url); n != 0 {
		t.Errorf("%d shadow databases left", n)
	}
}

// Not parallel: it counts the shadow databases in the whole test cluster, so
// no other test may be creating one meanwhile.
func TestDevDiagnoseBrokenHistory(t *testing.T) {
	ctx := context.Background()
	url := pgtest.New(t)
	cc, _ := postgres.ParseURL(url)
	conn := connect(t, url)
	f := folder(t, map[string]string{
		"20240101000000_init/migration.sql":   initSQL,
		"20240102000000_broken/migration.sql": "ALTER TABLE \"nope\" ADD COLUMN \"x\" TEXT;\n",
	})
	_, err := migrate.DevDiagnose(ctx, conn, f, migrate.DevOptions{Main: cc})
	me := wantCode(t, err, "P3006")
	if !strings.Contains(me.Message, "Migration `20240102000000_broken` failed to apply cleanly to the shadow database.") {
		t.Errorf("message: %s", me.Message)
	}
	if n := shadowCount(t, url); n != 0 {
		t.Errorf("%d shadow databases left after an error", n)
	}
}

func TestExplicitShadow(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	mainURL, shadowURL := pgtest.New(t), pgtest.New(t)
	main, _ := postgres.ParseURL(mainURL)
	sh, _ := postgres.ParseURL(shadowURL)
	if _, err := migrate.OpenShadow(ctx, main, main, nil); err == nil {
		t.Fatal("the main database accepted as its own shadow")
	}
	pre := connect(t, shadowURL)
	if _, err := pre.Exec(ctx, `CREATE TABLE leftover (id int)`); err != nil {
		t.Fatal(err)
	}
	s, err := migrate.OpenShadow(ctx, main, sh, []string{"public"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	got, err := s.Replay(ctx, []*migrate.Migration{{Name: "m", Script: []byte(initSQL)}}, []string{"public"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Tables) != 1 || got.Tables[0].Name != "users" {
		t.Fatalf("tables: %+v", got.Tables)
	}
}

func TestMigrationName(t *testing.T) {
	for in, want := range map[string]string{
		"init":              "init",
		"Add user email":    "add_user_email",
		"addUserEmail":      "add_user_email",
		"  --weird!!name--": "weird_name",
		"v2 API":            "v2_api",
		"":                  "",
	} {
		if got := migrate.MigrationName(in); got != want {
			t.Errorf("MigrationName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCreateMigration(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "migrations")
	now := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	a, err := migrate.CreateMigration(dir, "init", "postgresql", []byte("SELECT 1;\n"), now)
	if err != nil || a != "20240506070809_init" {
		t.Fatalf("%q %v", a, err)
	}
	b, err := migrate.CreateMigration(dir, "add", "postgresql", []byte("SELECT 2;\n"), now)
	if err != nil || b != "20240506070810_add" {
		t.Fatalf("same second: %q %v", b, err)
	}
	if _, err := os.Stat(filepath.Join(dir, migrate.LockFileName)); err != nil {
		t.Fatal(err)
	}
}
