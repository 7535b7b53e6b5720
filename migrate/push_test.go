package migrate_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
	"github.com/stratadb/strata/sqlschema"
)

// wanted builds the database schema a Prisma schema text wants.
func wanted(t *testing.T, models string) *sqlschema.Schema {
	t.Helper()
	src := "datasource db {\n  provider = \"postgresql\"\n}\n\n" + models
	f, diags := psl.Parse("schema.prisma", []byte(src))
	s, vd := schema.Build([]*psl.File{f})
	if errs := append(diags, vd...).Errors(); len(errs) > 0 {
		t.Fatalf("schema does not validate: %s", errs[0].Message)
	}
	out, err := sqlschema.From(s, sqlschema.FromOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func pushConn(t *testing.T) (context.Context, *pgx.Conn) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	conn, err := postgres.Connect(ctx, pgtest.New(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return ctx, conn
}

func pushExec(ctx context.Context, t *testing.T, conn *pgx.Conn, sql string) {
	t.Helper()
	if _, err := conn.Exec(ctx, sql); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

func countRows(ctx context.Context, t *testing.T, conn *pgx.Conn, sql string) int {
	t.Helper()
	var n int
	if err := conn.QueryRow(ctx, sql).Scan(&n); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	return n
}

const pushUsers = `model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  bio   String?
}
`

const pushUsersNoBio = `model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
}
`

func TestPushCreatesThenInSync(t *testing.T) {
	t.Parallel()
	ctx, conn := pushConn(t)
	want := wanted(t, pushUsers)
	res, err := migrate.Push(ctx, conn, want, migrate.PushOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Changes) == 0 || !strings.Contains(res.Script, `CREATE TABLE "User"`) {
		t.Fatalf("first push: %d changes, script:\n%s", len(res.Changes), res.Script)
	}
	pushExec(ctx, t, conn, `INSERT INTO "User" (email) VALUES ('a@x')`)
	res, err = migrate.Push(ctx, conn, want, migrate.PushOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Changes) != 0 || res.Script != "" {
		t.Fatalf("second push: %d changes, script:\n%s", len(res.Changes), res.Script)
	}
}

func TestPushDataLoss(t *testing.T) {
	t.Parallel()
	ctx, conn := pushConn(t)
	if _, err := migrate.Push(ctx, conn, wanted(t, pushUsers), migrate.PushOptions{}); err != nil {
		t.Fatal(err)
	}
	pushExec(ctx, t, conn, `INSERT INTO "User" (email, bio) VALUES ('a@x', 'hi'), ('b@x', 'yo'), ('c@x', NULL)`)

	// Refused without AcceptDataLoss, with the counts, and nothing applied.
	res, err := migrate.Push(ctx, conn, wanted(t, pushUsersNoBio), migrate.PushOptions{})
	var dl *migrate.DataLossError
	if !errors.As(err, &dl) {
		t.Fatalf("err = %v, want a *DataLossError", err)
	}
	if dl.Unexecutable() {
		t.Errorf("dropping a column is not unexecutable")
	}
	if len(dl.Warnings) != 1 || dl.Warnings[0].Table != "User" || dl.Warnings[0].Column != "bio" || !strings.Contains(dl.Warnings[0].Message, "2 non-null values") {
		t.Errorf("warnings = %+v, want the bio column with 2 values", dl.Warnings)
	}
	if res == nil || res.Script != "" {
		t.Errorf("a refused push reports a script: %+v", res)
	}
	if n := countRows(ctx, t, conn, `SELECT count(bio)::int FROM "User"`); n != 2 {
		t.Fatalf("bio values after the refusal: %d, want 2", n)
	}

	// Applied with it.
	res, err = migrate.Push(ctx, conn, wanted(t, pushUsersNoBio), migrate.PushOptions{AcceptDataLoss: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Script, `DROP COLUMN "bio"`) || len(res.Warnings) != 1 {
		t.Errorf("accepted push: script %q, warnings %+v", res.Script, res.Warnings)
	}
	if n := countRows(ctx, t, conn, `SELECT count(*)::int FROM information_schema.columns WHERE table_name = 'User' AND column_name = 'bio'`); n != 0 {
		t.Errorf("bio still there")
	}
	if n := countRows(ctx, t, conn, `SELECT count(*)::int FROM "User"`); n != 3 {
		t.Errorf("rows after the push: %d, want 3", n)
	}
}

func TestPushEmptyTableNoWarning(t *testing.T) {
	t.Parallel()
	ctx, conn := pushConn(t)
	if _, err := migrate.Push(ctx, conn, wanted(t, pushUsers), migrate.PushOptions{}); err != nil {
		t.Fatal(err)
	}
	// No rows: dropping the column loses nothing, so no flag is needed.
	res, err := migrate.Push(ctx, conn, wanted(t, pushUsersNoBio), migrate.PushOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) != 0 || res.Script == "" {
		t.Errorf("warnings %+v, script %q", res.Warnings, res.Script)
	}
}

func TestPushUnexecutableAndForceReset(t *testing.T) {
	t.Parallel()
	ctx, conn := pushConn(t)
	if _, err := migrate.Push(ctx, conn, wanted(t, pushUsers), migrate.PushOptions{}); err != nil {
		t.Fatal(err)
	}
	pushExec(ctx, t, conn, `INSERT INTO "User" (email) VALUES ('a@x'), ('b@x')`)
	required := strings.Replace(pushUsers, "bio   String?", "bio   String?\n  name  String", 1)

	_, err := migrate.Push(ctx, conn, wanted(t, required), migrate.PushOptions{AcceptDataLoss: true})
	var dl *migrate.DataLossError
	if !errors.As(err, &dl) || !dl.Unexecutable() {
		t.Fatalf("err = %v, want an unexecutable *DataLossError", err)
	}
	if !strings.Contains(dl.Error(), "name") || !strings.Contains(dl.Error(), "2 rows") {
		t.Errorf("message does not name the column and the rows: %s", dl.Error())
	}

	// --force-reset empties the schema first; the history table goes too.
	pushExec(ctx, t, conn, `CREATE TABLE "_prisma_migrations" (id text)`)
	res, err := migrate.Push(ctx, conn, wanted(t, required), migrate.PushOptions{ForceReset: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Reset) != 1 || res.Reset[0] != "public" {
		t.Errorf("reset = %v, want [public]", res.Reset)
	}
	if n := countRows(ctx, t, conn, `SELECT count(*)::int FROM "User"`); n != 0 {
		t.Errorf("rows after a reset: %d", n)
	}
}

func TestPushLeavesMigrationHistory(t *testing.T) {
	t.Parallel()
	ctx, conn := pushConn(t)
	pushExec(ctx, t, conn, `CREATE TABLE "_prisma_migrations" (id VARCHAR(36) PRIMARY KEY, migration_name VARCHAR(255) NOT NULL)`)
	pushExec(ctx, t, conn, `INSERT INTO "_prisma_migrations" VALUES ('1', '20240101000000_init')`)
	res, err := migrate.Push(ctx, conn, wanted(t, pushUsers), migrate.PushOptions{AcceptDataLoss: true})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Script, "_prisma_migrations") {
		t.Errorf("the push touches the history:\n%s", res.Script)
	}
	if n := countRows(ctx, t, conn, `SELECT count(*)::int FROM "_prisma_migrations"`); n != 1 {
		t.Errorf("history rows: %d, want 1", n)
	}
}

func TestPushNamespaces(t *testing.T) {
	t.Parallel()
	ctx, conn := pushConn(t)
	pushExec(ctx, t, conn, `CREATE TABLE other (id int)`) // in public: not ours to drop
	src := "datasource db {\n  provider = \"postgresql\"\n  schemas = [\"app\", \"audit\"]\n}\n\nmodel A {\n  id Int @id\n  @@schema(\"app\")\n}\n\nmodel L {\n  id Int @id\n  @@schema(\"audit\")\n}\n"
	f, diags := psl.Parse("schema.prisma", []byte(src))
	s, vd := schema.Build([]*psl.File{f})
	if errs := append(diags, vd...).Errors(); len(errs) > 0 {
		t.Fatal(errs[0].Message)
	}
	w, err := sqlschema.From(s, sqlschema.FromOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		res, err := migrate.Push(ctx, conn, w, migrate.PushOptions{ForceReset: i == 1})
		if err != nil {
			t.Fatalf("push %d: %v", i, err)
		}
		if i == 1 && fmt.Sprint(res.Reset) != "[app audit]" {
			t.Errorf("reset %v", res.Reset)
		}
	}
	if n := countRows(ctx, t, conn, `SELECT count(*)::int FROM information_schema.tables WHERE table_schema IN ('app', 'audit')`); n != 2 {
		t.Errorf("tables in app and audit: %d, want 2", n)
	}
	if n := countRows(ctx, t, conn, `SELECT count(*)::int FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'other'`); n != 1 {
		t.Errorf("the table in public was dropped")
	}
}

func TestCreateMissingDatabase(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	admin := pgtest.AdminURL(t)
	name := fmt.Sprintf("push_missing_%d", time.Now().UnixNano())
	url := strings.TrimSuffix(admin, "/postgres") + "/" + name + "?schema=app"
	cc, err := postgres.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cc.Connect(ctx); err == nil {
		t.Fatal("the database exists already")
	}
	if err := migrate.CreateMissingDatabase(ctx, cc); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn, err := postgres.Connect(context.Background(), admin)
		if err == nil {
			_, _ = conn.Exec(context.Background(), "DROP DATABASE IF EXISTS "+postgres.QuoteIdent(name)+" WITH (FORCE)")
			conn.Close(context.Background())
		}
	})
	conn, err := cc.Connect(ctx)
	if err != nil {
		t.Fatalf("connecting after creating: %v", err)
	}
	conn.Close(ctx)
	if err := migrate.CreateMissingDatabase(ctx, cc); err == nil {
		t.Error("creating it twice succeeded")
	}
}
