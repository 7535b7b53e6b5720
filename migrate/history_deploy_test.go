package migrate_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/internal/testfs"
	"github.com/stratadb/strata/migrate"
)

func asError[T error](err error, target *T) bool { return errors.As(err, target) }

func connect(t *testing.T, url string) *pgx.Conn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

func folder(t *testing.T, files map[string]string) *migrate.Folder {
	t.Helper()
	dir := t.TempDir()
	testfs.WriteTree(t, dir, files)
	f, err := migrate.ReadFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func count(t *testing.T, conn *pgx.Conn, sql string, args ...any) int {
	t.Helper()
	var n int
	if err := conn.QueryRow(context.Background(), sql, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	return n
}

func wantCode(t *testing.T, err error, code string) *migrate.Error {
	t.Helper()
	var me *migrate.Error
	if !errors.As(err, &me) || me.Code != code {
		t.Fatalf("error = %v, want %s", err, code)
	}
	return me
}

func TestDeployLifecycle(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	conn := connect(t, pgtest.New(t))
	files := map[string]string{
		"migration_lock.toml":               migrate.LockFileContent("postgresql"),
		"20240101000000_init/migration.sql": "-- CreateTable\nCREATE TABLE \"users\" (\"id\" SERIAL NOT NULL, \"email\" TEXT NOT NULL, CONSTRAINT \"users_pkey\" PRIMARY KEY (\"id\"));\n",
	}
	f := folder(t, files)
	res, err := migrate.Deploy(ctx, conn, "public", f, migrate.DeployOptions{Provider: "postgresql"})
	if err != nil {
		t.Fatal(err)
	}
	if !res.CreatedTable || len(res.Applied) != 1 {
		t.Fatalf("first deploy: %+v", res)
	}
	h, err := migrate.ReadHistory(ctx, conn, "public")
	if err != nil {
		t.Fatal(err)
	}
	r := h.Records[0]
	if r.Name != "20240101000000_init" || r.FinishedAt == nil || r.AppliedStepsCount != 1 || r.Logs != nil || len(r.ID) != 36 || r.ID[14] != '4' {
		t.Errorf("record = %+v", r)
	}
	if r.Checksum != migrate.Checksum([]byte(files["20240101000000_init/migration.sql"])) {
		t.Errorf("checksum = %s", r.Checksum)
	}
	// The table has Prisma's columns and types.
	cols := count(t, conn, `SELECT count(*) FROM information_schema.columns WHERE table_name = '_prisma_migrations' AND
	  ((column_name, data_type, is_nullable) IN (('id','character varying','NO'),('checksum','character varying','NO'),('finished_at','timestamp with time zone','YES'),
	   ('migration_name','character varying','NO'),('logs','text','YES'),('rolled_back_at','timestamp with time zone','YES'),('started_at','timestamp with time zone','NO'),('applied_steps_count','integer','NO')))`)
	if cols != 8 {
		t.Errorf("%d of 8 columns match Prisma's table", cols)
	}

	// Nothing pending: a second deploy does nothing.
	res, err = migrate.Deploy(ctx, conn, "public", f, migrate.DeployOptions{})
	if err != nil || len(res.Applied) != 0 {
		t.Fatalf("second deploy: %+v, %v", res, err)
	}

	// A failing migration: its row stays failed with the error in logs,
	// and its script is undone as a whole.
	files["20240102000000_bad/migration.sql"] = "CREATE TABLE \"posts\" (\"id\" INT);\n\nINSERT INTO \"users\" (\"id\") VALUES (1);\n"
	f = folder(t, files)
	_, err = migrate.Deploy(ctx, conn, "public", f, migrate.DeployOptions{})
	me := wantCode(t, err, "P3018")
	if !strings.Contains(me.Message, "Database error code: 23502") || !strings.Contains(me.Message, "20240102000000_bad") {
		t.Errorf("P3018 message lacks the code or the name:\n%s", me.Message)
	}
	if n := count(t, conn, `SELECT count(*) FROM pg_class WHERE relname = 'posts'`); n != 0 {
		t.Errorf("the failed script was not rolled back as a whole")
	}
	d, err := migrate.Status(ctx, conn, "public", f)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Failed) != 1 || d.Failed[0].Logs == nil || !strings.Contains(*d.Failed[0].Logs, "null value") {
		t.Fatalf("status after failure: %+v", d)
	}

	// Deploy is blocked (P3009) until resolved.
	_, err = migrate.Deploy(ctx, conn, "public", f, migrate.DeployOptions{})
	wantCode(t, err, "P3009")

	// Resolve errors: unknown migration (P3011), not failed (P3012),
	// already applied (P3008), not in the folder (P3017).
	wantCode(t, migrate.ResolveRolledBack(ctx, conn, "public", f, "20240103000000_nope", migrate.DeployOptions{}), "P3011")
	wantCode(t, migrate.ResolveRolledBack(ctx, conn, "public", f, "20240101000000_init", migrate.DeployOptions{}), "P3012")
	wantCode(t, migrate.ResolveApplied(ctx, conn, "public", f, "20240101000000_init", migrate.DeployOptions{}), "P3008")
	wantCode(t, migrate.ResolveApplied(ctx, conn, "public", f, "20240109000000_nope", migrate.DeployOptions{}), "P3017")

	// Fix the script, mark the failure rolled back, deploy again.
	if err := migrate.ResolveRolledBack(ctx, conn, "public", f, "20240102000000_bad", migrate.DeployOptions{}); err != nil {
		t.Fatal(err)
	}
	files["20240102000000_bad/migration.sql"] = "CREATE TABLE \"posts\" (\"id\" INT);\n"
	f = folder(t, files)
	res, err = migrate.Deploy(ctx, conn, "public", f, migrate.DeployOptions{})
	if err != nil || len(res.Applied) != 1 {
		t.Fatalf("deploy after resolve: %+v, %v", res, err)
	}
	d, err = migrate.Status(ctx, conn, "public", f)
	if err != nil {
		t.Fatal(err)
	}
	if !d.InSync() {
		t.Errorf("not in sync after recovery: %+v", d)
	}
	// The rolled-back row stays, ignored.
	if n := count(t, conn, `SELECT count(*) FROM _prisma_migrations WHERE migration_name = '20240102000000_bad'`); n != 2 {
		t.Errorf("%d rows for the re-applied migration, want 2", n)
	}

	// An edited migration shows in status.
	files["20240101000000_init/migration.sql"] += "-- edited\n"
	f = folder(t, files)
	d, _ = migrate.Status(ctx, conn, "public", f)
	if len(d.Edited) != 1 || d.InSync() {
		t.Errorf("edit not seen: %+v", d)
	}
}

func TestDeployRefusesNonEmptyDatabase(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	conn := connect(t, pgtest.New(t))
	if _, err := conn.Exec(ctx, `CREATE TABLE existing (id int)`); err != nil {
		t.Fatal(err)
	}
	f := folder(t, map[string]string{"20240101000000_init/migration.sql": "CREATE TABLE existing (id int);"})
	_, err := migrate.Deploy(ctx, conn, "public", f, migrate.DeployOptions{})
	wantCode(t, err, "P3005")

	// Baselining: resolve --applied creates the table and records it.
	if err := migrate.ResolveApplied(ctx, conn, "public", f, "20240101000000_init", migrate.DeployOptions{}); err != nil {
		t.Fatal(err)
	}
	res, err := migrate.Deploy(ctx, conn, "public", f, migrate.DeployOptions{})
	if err != nil || len(res.Applied) != 0 {
		t.Fatalf("deploy after baseline: %+v, %v", res, err)
	}
	h, _ := migrate.ReadHistory(ctx, conn, "public")
	if len(h.Records) != 1 || h.Records[0].Logs == nil || *h.Records[0].Logs != "" || h.Records[0].AppliedStepsCount != 0 {
		t.Errorf("baseline record = %+v", h.Records[0])
	}
}

func TestDeployOtherSchema(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	conn := connect(t, pgtest.New(t)+"?search_path=tenant")
	f := folder(t, map[string]string{"20240101000000_init/migration.sql": "CREATE TABLE t (id int);"})
	if _, err := migrate.Deploy(ctx, conn, "tenant", f, migrate.DeployOptions{}); err != nil {
		t.Fatal(err)
	}
	if n := count(t, conn, `SELECT count(*) FROM pg_tables WHERE schemaname = 'tenant' AND tablename IN ('t', '_prisma_migrations')`); n != 2 {
		t.Errorf("%d tables in schema tenant, want 2", n)
	}
}

func TestLockTimeout(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	url := pgtest.New(t)
	holder := connect(t, url)
	release, err := migrate.AcquireLock(ctx, holder, 0)
	if err != nil {
		t.Fatal(err)
	}
	waiter := connect(t, url)
	start := time.Now()
	_, err = migrate.AcquireLock(ctx, waiter, 300*time.Millisecond)
	var le *migrate.LockTimeoutError
	if !errors.As(err, &le) {
		t.Fatalf("AcquireLock = %v, want a LockTimeoutError", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Errorf("waited %s", time.Since(start))
	}
	if !strings.Contains(err.Error(), "pg_advisory_lock(72707369)") || !strings.Contains(err.Error(), "pid ") {
		t.Errorf("message does not name the lock and its holder: %v", err)
	}
	if err := release(ctx); err != nil {
		t.Fatal(err)
	}
	r2, err := migrate.AcquireLock(ctx, waiter, time.Second)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	_ = r2(ctx)
	// lock_timeout is back to its default.
	var lt string
	if err := waiter.QueryRow(ctx, "SHOW lock_timeout").Scan(&lt); err != nil || lt != "0" {
		t.Errorf("lock_timeout = %q, %v", lt, err)
	}
}

// TestConcurrentDeploys runs 8 deploys at once, each on its own
// connection: each migration is applied exactly once and all succeed.
// (cmd/strata has the same test with 8 processes.)
func TestConcurrentDeploys(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	url := pgtest.New(t)
	files := map[string]string{}
	for i, name := range []string{"20240101000000_a", "20240102000000_b", "20240103000000_c"} {
		files[name+"/migration.sql"] = "CREATE TABLE t" + string(rune('a'+i)) + " (id int); SELECT pg_sleep(0.1);"
	}
	f := folder(t, files)
	var wg sync.WaitGroup
	errs := make([]error, 8)
	applied := make([]int, 8)
	for i := range errs {
		conn := connect(t, url)
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := migrate.Deploy(ctx, conn, "public", f, migrate.DeployOptions{LockTimeout: 30 * time.Second})
			errs[i] = err
			if res != nil {
				applied[i] = len(res.Applied)
			}
		}()
	}
	wg.Wait()
	total := 0
	for i, err := range errs {
		if err != nil {
			t.Errorf("deploy %d: %v", i, err)
		}
		total += applied[i]
	}
	if total != 3 {
		t.Errorf("%d migrations applied in all, want 3", total)
	}
	conn := connect(t, url)
	if n := count(t, conn, `SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL`); n != 3 {
		t.Errorf("%d rows, want 3", n)
	}
}

func TestRunScriptPosition(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	conn := connect(t, pgtest.New(t))
	script := "-- one\nCREATE TABLE a (id int);\n\nCREATE TABLE b (id int);\nCREATE TABLE c (id intt);\nCREATE TABLE d (id int);\n"
	err := migrate.RunScript(ctx, conn, []byte(script))
	if err == nil {
		t.Fatal("no error")
	}
	want := `ERROR: type "intt" does not exist

Position:
  1 -- one
  2 CREATE TABLE a (id int);
  3
  4 CREATE TABLE b (id int);
  5 CREATE TABLE c (id intt);
                       ^`
	if err.Error() != want {
		t.Errorf("error =\n%s\nwant\n%s", err, want)
	}
	// The script ran as one implicit transaction: nothing was created.
	if n := count(t, conn, `SELECT count(*) FROM pg_class WHERE relname IN ('a', 'b')`); n != 0 {
		t.Errorf("%d tables left by a failed script", n)
	}
}
