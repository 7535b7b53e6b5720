package migrate_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/sqlschema"
)

// TestCountDataLoss diffs a live database against edited copies of itself
// and checks the counted warnings against Prisma's wording.
func TestCountDataLoss(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	conn := connect(t, pgtest.New(t))
	if _, err := conn.Exec(ctx, `
CREATE TABLE "full" ("id" INTEGER NOT NULL, "note" TEXT, "code" TEXT, "n" BIGINT, CONSTRAINT "full_pkey" PRIMARY KEY ("id"));
INSERT INTO "full" VALUES (1, 'a', 'x', 1), (2, NULL, 'x', 2), (3, 'c', 'y', NULL);
CREATE TABLE "empty" ("id" INTEGER NOT NULL, "note" TEXT, CONSTRAINT "empty_pkey" PRIMARY KEY ("id"));
CREATE TABLE "nulls" ("id" INTEGER NOT NULL, "note" TEXT);
INSERT INTO "nulls" VALUES (1, NULL), (2, NULL);
`); err != nil {
		t.Fatal(err)
	}
	inspect := func() *sqlschema.Schema {
		s, err := postgres.Inspect(ctx, conn, nil)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	dropCol := func(s *sqlschema.Schema, table, col string) {
		tb := s.Table("public", table)
		for i, c := range tb.Columns {
			if c.Name == col {
				tb.Columns = append(tb.Columns[:i], tb.Columns[i+1:]...)
				return
			}
		}
	}
	dropTable := func(s *sqlschema.Schema, table string) {
		for i, tb := range s.Tables {
			if tb.Name == table {
				s.Tables = append(s.Tables[:i], s.Tables[i+1:]...)
				return
			}
		}
	}
	tests := []struct {
		name   string
		edit   func(s *sqlschema.Schema)
		want   []string
		unexec bool
	}{
		{"drop tables", func(s *sqlschema.Schema) { dropTable(s, "full"); dropTable(s, "empty") },
			[]string{"You are about to drop the `full` table, which is not empty (3 rows)."}, false},
		{"drop columns", func(s *sqlschema.Schema) {
			dropCol(s, "full", "note")
			dropCol(s, "empty", "note")
			dropCol(s, "nulls", "note")
		}, []string{"You are about to drop the column `note` on the `full` table, which still contains 2 non-null values."}, false},
		{"required column", func(s *sqlschema.Schema) {
			for _, tn := range []string{"full", "empty"} {
				tb := s.Table("public", tn)
				tb.Columns = append(tb.Columns, &sqlschema.Column{Name: "x", Type: sqlschema.ColumnType{Name: "TEXT"}, NotNull: true})
			}
		}, []string{"Added the required column `x` to the `full` table without a default value. There are 3 rows in this table, it is not possible to execute this step."}, true},
		{"made required", func(s *sqlschema.Schema) {
			s.Table("public", "full").Column("note").NotNull = true
			s.Table("public", "empty").Column("note").NotNull = true
		}, []string{"Made the column `note` on table `full` required, but there are 1 existing NULL values."}, true},
		{"risky cast", func(s *sqlschema.Schema) {
			s.Table("public", "full").Column("n").Type = sqlschema.ColumnType{Name: "INTEGER"}
		}, []string{"You are about to alter the column `n` on the `full` table, which contains 2 non-null values. The data in that column will be cast from `BigInt` to `Integer`."}, false},
		{"unique over duplicates", func(s *sqlschema.Schema) {
			tb := s.Table("public", "full")
			tb.Indexes = append(tb.Indexes,
				&sqlschema.Index{Name: "full_code_key", Unique: true, Columns: []sqlschema.IndexColumn{{Name: "code"}}},
				&sqlschema.Index{Name: "full_n_key", Unique: true, Columns: []sqlschema.IndexColumn{{Name: "n"}}})
		}, []string{"A unique constraint covering the columns `[code]` on the table `full` will be added, but 2 rows hold duplicate values. This step cannot be executed."}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from, to := inspect(), inspect()
			tt.edit(to)
			_, warnings := migrate.Diff(from, to)
			got, err := migrate.CountDataLoss(ctx, conn, warnings)
			if err != nil {
				t.Fatal(err)
			}
			msgs := migrate.Messages(got)
			if strings.Join(msgs, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("warnings:\n%s\nwant:\n%s\n(uncounted: %v)", strings.Join(msgs, "\n"), strings.Join(tt.want, "\n"), migrate.Messages(warnings))
			}
			if migrate.HasUnexecutable(got) != tt.unexec {
				t.Errorf("unexecutable = %v, want %v", !tt.unexec, tt.unexec)
			}
		})
	}
}

func TestCountDataLossMissingTable(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	conn := connect(t, pgtest.New(t))
	in := []migrate.Warning{{Kind: migrate.DroppedTable, Namespace: "public", Table: "gone", Message: "uncounted"}}
	got, err := migrate.CountDataLoss(ctx, conn, in)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Message != "uncounted" || got[0].Counted {
		t.Fatalf("got %+v", got)
	}
}
