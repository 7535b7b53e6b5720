package postgres_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratadb/strata/internal/testcorpus"
	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/sqlschema"
)

// loadSQLSchema parses, validates and maps one Prisma schema file.
func loadSQLSchema(t *testing.T, path string) *sqlschema.Schema {
	t.Helper()
	return testcorpus.Wanted(t, path)
}

// prismaCLI reads what `prisma migrate diff --script` printed: the script
// and one more newline.
func prismaCLIOutput(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.TrimPrefix(string(b), "\n") // a blank line recorded before the output
	return strings.TrimSuffix(s, "\n")
}

// The seed schemas' scripts, and those of every corpus schema, are compared
// byte for byte with Prisma's recorded output in package compat
// (TestScriptsLikePrisma).

// TestRenderCasesLikePrisma: under testdata/render/cases, each folder holds
// to.prisma, from.prisma (absent: an empty database), and Prisma 7's
// output for the pair: prisma.sql (what migrate diff --script printed) or
// migration.sql (a file migrate dev wrote).
func TestRenderCasesLikePrisma(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join("testdata", "render", "cases", "*"))
	if len(dirs) == 0 {
		t.Fatal("no cases")
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var from *sqlschema.Schema
			if _, err := os.Stat(filepath.Join(dir, "from.prisma")); err == nil {
				from = loadSQLSchema(t, filepath.Join(dir, "from.prisma"))
			}
			to := loadSQLSchema(t, filepath.Join(dir, "to.prisma"))
			var want string
			if b, err := os.ReadFile(filepath.Join(dir, "migration.sql")); err == nil {
				want = string(b)
			} else {
				want = prismaCLIOutput(t, filepath.Join(dir, "prisma.sql"))
			}
			changes, _ := migrate.Diff(from, to)
			got, err := postgres.Render(changes)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("differs from Prisma's output at %s\n--- got:\n%s", testcorpus.FirstDifference(want, got, "want", " got"), got)
			}
		})
	}
}

// TestRenderEmpty: no changes is Prisma's empty migration.
func TestRenderEmpty(t *testing.T) {
	got, err := postgres.Render(nil)
	if err != nil || got != "-- This is an empty migration." {
		t.Fatalf("Render(nil) = %q, %v", got, err)
	}
	s := loadSQLSchema(t, filepath.Join("testdata", "render", "cases", "init", "to.prisma"))
	changes, warnings := migrate.Diff(s, s)
	if len(changes) != 0 || len(warnings) != 0 {
		t.Fatalf("Diff(s, s) = %d changes, %d warnings", len(changes), len(warnings))
	}
}

// TestRenderErrors: incomplete changes are errors, not panics.
func TestRenderErrors(t *testing.T) {
	for _, c := range []sqlschema.Change{
		nil,
		&sqlschema.CreateTable{},
		&sqlschema.AlterEnum{},
		&sqlschema.CreateIndex{Table: &sqlschema.Table{Name: "t"}},
		&sqlschema.AddForeignKey{},
		&sqlschema.CreateExtension{},
	} {
		if _, err := postgres.Render([]sqlschema.Change{c}); err == nil {
			t.Errorf("Render(%T) gave no error", c)
		}
	}
}

// TestRenderGolden renders hand-built changes (the cases Prisma's own
// output does not reach: qualified names, warnings, sequences, partial
// and expression indexes) against golden files.
func TestRenderGolden(t *testing.T) {
	users := &sqlschema.Table{
		Namespace: "app",
		Name:      "users",
		Columns: []*sqlschema.Column{
			{Name: "id", Type: sqlschema.ColumnType{Name: "BIGINT"}, NotNull: true, AutoIncrement: true},
			{Name: "name", Type: sqlschema.ColumnType{Name: "VARCHAR", Args: []string{"255"}}, Default: &sqlschema.Default{Value: "it's"}},
			{Name: "mood", Type: sqlschema.ColumnType{Name: "Mood", IsEnum: true, EnumNamespace: "app"}, NotNull: true, Default: &sqlschema.Default{Value: "OK"}},
			{Name: "seen", Type: sqlschema.ColumnType{Name: "TIMESTAMPTZ", Args: []string{"6"}}, Default: &sqlschema.Default{Value: "2024-05-06T07:08:09.5+02:00"}},
			{Name: "tags", Type: sqlschema.ColumnType{Name: "TEXT", Array: true}, Default: &sqlschema.Default{IsList: true}},
			{Name: "data", Type: sqlschema.ColumnType{Name: "JSONB"}, NotNull: true, Default: &sqlschema.Default{Value: `{"a": "b"}`}},
			{Name: "geom", Type: sqlschema.ColumnType{Name: "geometry(Point, 4326)", Unsupported: true}},
			{Name: "n", Type: sqlschema.ColumnType{Name: "DECIMAL", Args: []string{"10", "2"}}, NotNull: true, Default: &sqlschema.Default{Value: "0.5"}},
			{Name: "on", Type: sqlschema.ColumnType{Name: "BOOLEAN"}, NotNull: true, Default: &sqlschema.Default{Value: "false"}},
			{Name: "uid", Type: sqlschema.ColumnType{Name: "UUID"}, NotNull: true, Default: &sqlschema.Default{Kind: sqlschema.DefaultExpr, Expr: "gen_random_uuid()"}},
		},
		PrimaryKey: &sqlschema.PrimaryKey{Name: "users_pkey", Columns: []string{"id", "name"}},
	}
	posts := &sqlschema.Table{Namespace: "public", Name: "posts"}
	mood := &sqlschema.Enum{Namespace: "app", Name: "Mood", Values: []string{"OK", "BAD"}}
	cases := []struct {
		name     string
		changes  []sqlschema.Change
		warnings []string
	}{
		{"qualified", []sqlschema.Change{
			&sqlschema.CreateNamespace{Name: "app"},
			&sqlschema.CreateExtension{Ext: &sqlschema.Extension{Name: "pg_trgm", Namespace: "app", Version: "1.6"}},
			&sqlschema.CreateEnum{Enum: mood},
			&sqlschema.CreateTable{Table: users},
			&sqlschema.CreateIndex{Table: users, Index: &sqlschema.Index{Name: "users_name_idx", Method: "GIN",
				Columns: []sqlschema.IndexColumn{{Name: "name", OpClass: "gin_trgm_ops"}}}},
			&sqlschema.CreateIndex{Table: users, Index: &sqlschema.Index{Name: "users_live_key", Unique: true,
				Columns: []sqlschema.IndexColumn{{Name: "name", Desc: true}, {Expression: "lower(name)"}}, Predicate: `"on" = true`}},
			&sqlschema.AddForeignKey{Table: posts, FK: &sqlschema.ForeignKey{Name: "posts_user_fkey", Columns: []string{"user_id", "user_name"},
				RefNamespace: "app", RefTable: "users", RefColumns: []string{"id", "name"}, OnDelete: sqlschema.SetNull, OnUpdate: sqlschema.NoAction}},
			&sqlschema.RenameIndex{Table: users, From: "a", To: "b"},
			&sqlschema.RenameForeignKey{Table: users, From: "c", To: "d"},
			&sqlschema.RenamePrimaryKey{Table: users, From: "e", To: "f"},
			&sqlschema.DropIndex{Table: users, Index: &sqlschema.Index{Name: "old_idx"}},
			&sqlschema.DropForeignKey{Table: users, FK: &sqlschema.ForeignKey{Name: "old_fkey"}},
			&sqlschema.DropTable{Table: users},
			&sqlschema.DropEnum{Enum: mood},
			&sqlschema.AlterExtension{From: &sqlschema.Extension{Name: "x", Version: "1", Namespace: "a"}, To: &sqlschema.Extension{Name: "x", Version: "2", Namespace: "b"}},
			&sqlschema.CreateSequence{Seq: &sqlschema.Sequence{Namespace: "app", Name: "counter"}},
			&sqlschema.DropSequence{Seq: &sqlschema.Sequence{Namespace: "public", Name: "counter"}},
		}, nil},
		{"warnings", []sqlschema.Change{
			&sqlschema.AlterTable{Table: posts,
				DropColumns: []*sqlschema.Column{{Name: "body"}},
				AlterColumns: []*sqlschema.AlterColumn{
					{From: &sqlschema.Column{Name: "n", Type: sqlschema.ColumnType{Name: "INTEGER"}, AutoIncrement: true},
						To: &sqlschema.Column{Name: "n", Type: sqlschema.ColumnType{Name: "BIGINT"}, NotNull: true}, TypeChanged: true, NotNullChanged: true, AutoIncrChanged: true},
					{From: &sqlschema.Column{Name: "s", Type: sqlschema.ColumnType{Name: "TEXT"}, Default: &sqlschema.Default{Kind: sqlschema.DefaultSequence, SeqName: "s_seq"}},
						To: &sqlschema.Column{Name: "s", Type: sqlschema.ColumnType{Name: "TEXT"}}, DefaultChanged: true},
				}},
		}, []string{
			"You are about to drop the column `body` on the `posts` table. All the data in the column will be lost.",
			"Made the column `n` on table `posts` required. This step will fail if there are existing NULL values in that column.",
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := postgres.Renderer{}.Render(c.changes, c.warnings)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("testdata", "render", c.name+".sql"), got)
		})
	}
}
