package compat_test

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
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

// recordedDir holds a migrations folder written by Prisma 7's `migrate dev`
// (init, then add_nickname), the schema it ends at, and the
// _prisma_migrations rows Prisma wrote (record-migrations.sh).
const recordedDir = "testdata/prisma-migrations"

// prismaRow is one recorded _prisma_migrations row, as text.
type prismaRow map[string]string

func prismaRows(t *testing.T) []prismaRow {
	t.Helper()
	f, err := os.Open(filepath.Join(recordedDir, "_prisma_migrations.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) < 2 {
		t.Fatal("no rows recorded")
	}
	var rows []prismaRow
	for _, r := range recs[1:] {
		row := prismaRow{}
		for i, col := range recs[0] {
			row[col] = r[i]
		}
		rows = append(rows, row)
	}
	return rows
}

func prismaFolder(t *testing.T) *migrate.Folder {
	t.Helper()
	f, err := migrate.ReadFolder(filepath.Join(recordedDir, "migrations"))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Migrations) != 2 {
		t.Fatalf("want Prisma's 2 migrations, read %v", f.Names())
	}
	return f
}

// requireInSync fails unless Status reports the folder and the database in
// sync, and shows what it found otherwise.
func requireInSync(ctx context.Context, t *testing.T, conn *pgx.Conn, f *migrate.Folder) {
	t.Helper()
	d, err := migrate.Status(ctx, conn, "public", f)
	if err != nil {
		t.Fatal(err)
	}
	if !d.InSync() {
		t.Fatalf("migrate.Status: not in sync: pending %v, missing locally %v, failed %d, edited %v", d.Pending, d.MissingLocally, len(d.Failed), d.Edited)
	}
	if len(d.Local) != len(f.Migrations) {
		t.Fatalf("migrate.Status lists %v", d.Local)
	}
}

// requireSchema fails unless the database holds exactly what the recorded
// schema (the end of Prisma's history) wants.
func requireSchema(ctx context.Context, t *testing.T, conn *pgx.Conn) {
	t.Helper()
	db, err := postgres.Inspect(ctx, conn, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := load(t, filepath.Join(recordedDir, "schema.prisma"))
	if changes, _ := migrate.Diff(db, want); len(changes) > 0 {
		sql, _ := postgres.Render(changes)
		t.Fatalf("the database differs from the schema; the diff is:\n%s", sql)
	}
}

var uuidV4 = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

// TestDeployPrismaFolder: strata deploys the folder Prisma's migrate dev
// wrote, writes the same bookkeeping Prisma wrote for it (name, checksum,
// one applied step, no logs, not rolled back, finished, a UUID v4 id), in a
// table shaped like Prisma's, and then reports the database in sync.
func TestDeployPrismaFolder(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	f := prismaFolder(t)
	conn := connect(ctx, t, pgtest.New(t))
	res, err := migrate.Deploy(ctx, conn, "public", f, migrate.DeployOptions{Provider: "postgresql"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(res.Applied, ",") != strings.Join(f.Names(), ",") || !res.CreatedTable {
		t.Fatalf("Deploy applied %v (created table: %v), want %v", res.Applied, res.CreatedTable, f.Names())
	}
	requireInSync(ctx, t, conn, f)
	requireSchema(ctx, t, conn)

	h, err := migrate.ReadHistory(ctx, conn, "public")
	if err != nil {
		t.Fatal(err)
	}
	want := prismaRows(t)
	if len(h.Records) != len(want) {
		t.Fatalf("%d rows, Prisma wrote %d", len(h.Records), len(want))
	}
	for i, r := range h.Records {
		p := want[i]
		if r.Name != p["migration_name"] || r.Checksum != p["checksum"] || strconv.Itoa(r.AppliedStepsCount) != p["applied_steps_count"] {
			t.Errorf("row %d: strata wrote %s %s steps=%d; Prisma wrote %s %s steps=%s",
				i, r.Name, r.Checksum, r.AppliedStepsCount, p["migration_name"], p["checksum"], p["applied_steps_count"])
		}
		if (r.Logs != nil) != (p["logs"] != "") || (r.RolledBackAt != nil) != (p["rolled_back_at"] != "") || (r.FinishedAt != nil) != (p["finished_at"] != "") {
			t.Errorf("row %d: logs/rolled_back_at/finished_at set differently from Prisma's row: %+v vs %v", i, r, p)
		}
		if !uuidV4.MatchString(r.ID) || !uuidV4.MatchString(p["id"]) {
			t.Errorf("row %d: ids %q (strata) and %q (Prisma) should both be UUID v4", i, r.ID, p["id"])
		}
	}

	// The table strata created is Prisma's table, column for column.
	ref := connect(ctx, t, pgtest.New(t))
	if _, err := ref.Exec(ctx, testcorpus.PrismaMigrationsTable); err != nil {
		t.Fatal(err)
	}
	if d := compareLines(migrationsTable(ctx, t, ref), migrationsTable(ctx, t, conn)); len(d) > 0 {
		t.Errorf("_prisma_migrations differs from the table Prisma creates:\n%s", strings.Join(d, "\n"))
	}

	// A second deploy has nothing to do.
	res, err = migrate.Deploy(ctx, conn, "public", f, migrate.DeployOptions{Provider: "postgresql"})
	if err != nil || len(res.Applied) != 0 {
		t.Fatalf("second Deploy: applied %v, err %v", res, err)
	}
}

// TestStatusOnPrismaHistory: a database migrated by Prisma (its table, its
// scripts, the exact rows it wrote) is in sync for strata's Status, and
// strata's Deploy leaves it alone.
func TestStatusOnPrismaHistory(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	f := prismaFolder(t)
	conn := connect(ctx, t, pgtest.New(t))
	if _, err := conn.Exec(ctx, testcorpus.PrismaMigrationsTable); err != nil {
		t.Fatal(err)
	}
	for i, row := range prismaRows(t) {
		m := f.Find(row["migration_name"])
		if m == nil {
			t.Fatalf("row %d names %s, which is not in the folder", i, row["migration_name"])
		}
		script, err := os.ReadFile(filepath.Join(recordedDir, "migrations", m.Name, "migration.sql"))
		if err != nil {
			t.Fatal(err)
		}
		if err := migrate.RunScript(ctx, conn, script); err != nil {
			t.Fatal(err)
		}
		_, err = conn.Exec(ctx, `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
			VALUES ($1, $2, NULLIF($3, '')::timestamptz, $4, NULLIF($5, ''), NULLIF($6, '')::timestamptz, $7::timestamptz, $8::integer)`,
			row["id"], row["checksum"], row["finished_at"], row["migration_name"], row["logs"], row["rolled_back_at"], row["started_at"], row["applied_steps_count"])
		if err != nil {
			t.Fatal(err)
		}
	}
	requireInSync(ctx, t, conn, f)
	requireSchema(ctx, t, conn)
	res, err := migrate.Deploy(ctx, conn, "public", f, migrate.DeployOptions{Provider: "postgresql"})
	if err != nil || len(res.Applied) != 0 || res.CreatedTable {
		t.Fatalf("Deploy on Prisma's database: %+v, %v; want nothing applied", res, err)
	}
}

// TestChecksumsLikePrisma: strata's checksum of each of Prisma's scripts is
// the one Prisma stored.
func TestChecksumsLikePrisma(t *testing.T) {
	f := prismaFolder(t)
	for _, row := range prismaRows(t) {
		script, err := os.ReadFile(filepath.Join(recordedDir, "migrations", row["migration_name"], "migration.sql"))
		if err != nil {
			t.Fatal(err)
		}
		if got := migrate.Checksum(script); got != row["checksum"] {
			t.Errorf("%s: strata's checksum %s, Prisma's %s", row["migration_name"], got, row["checksum"])
		}
	}
	if p, ok := f.LockProvider(); !ok || p != "postgresql" {
		t.Errorf("migration_lock.toml provider: %q, %v", p, ok)
	}
}

// migrationsTable describes _prisma_migrations column by column, with its
// constraints.
func migrationsTable(ctx context.Context, t *testing.T, conn *pgx.Conn) map[string]string {
	t.Helper()
	rows, err := conn.Query(ctx, `
SELECT 'column ' || a.attname, a.attnum || ' ' || format_type(a.atttypid, a.atttypmod) || ' notnull=' || a.attnotnull || ' default=' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
  FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE a.attrelid = 'public._prisma_migrations'::regclass AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT 'constraint ' || conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'public._prisma_migrations'::regclass`)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			t.Fatal(err)
		}
		m[k] = v
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestMigrationFilesLikePrisma: the two migration.sql files strata writes
// for the recorded schema history (an empty public schema → the first
// schema → the final one) are byte for byte those Prisma's migrate dev wrote.
func TestMigrationFilesLikePrisma(t *testing.T) {
	f := prismaFolder(t)
	steps := []struct {
		from, to *sqlschema.Schema
		name     string
	}{
		{&sqlschema.Schema{Namespaces: []string{"public"}}, load(t, filepath.Join(recordedDir, "schema-init.prisma")), f.Migrations[0].Name},
		{load(t, filepath.Join(recordedDir, "schema-init.prisma")), load(t, filepath.Join(recordedDir, "schema.prisma")), f.Migrations[1].Name},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			changes, _ := migrate.Diff(s.from, s.to)
			got, err := postgres.Render(changes)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join(recordedDir, "migrations", s.name, "migration.sql"))
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("differs from Prisma's migration.sql at %s", firstDifference(string(want), got))
			}
		})
	}
}
