package migrate_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/sqlschema"
)

func col(name, typ string, notNull bool) *sqlschema.Column {
	return &sqlschema.Column{Name: name, Type: sqlschema.ColumnType{Name: typ}, NotNull: notNull}
}

func table(name string, cols ...*sqlschema.Column) *sqlschema.Table {
	return &sqlschema.Table{Namespace: "public", Name: name, Columns: cols,
		PrimaryKey: &sqlschema.PrimaryKey{Name: name + "_pkey", Columns: []string{cols[0].Name}}}
}

func db(tables ...*sqlschema.Table) *sqlschema.Schema {
	return &sqlschema.Schema{Namespaces: []string{"public"}, Tables: tables}
}

// describe names a change and its object, for comparing plans.
func describe(c sqlschema.Change) string {
	switch c := c.(type) {
	case *sqlschema.CreateNamespace:
		return "CreateSchema " + c.Name
	case *sqlschema.CreateExtension:
		return "CreateExtension " + c.Ext.Name
	case *sqlschema.AlterExtension:
		return "AlterExtension " + c.To.Name
	case *sqlschema.CreateEnum:
		return "CreateEnum " + c.Enum.Name
	case *sqlschema.DropEnum:
		return "DropEnum " + c.Enum.Name
	case *sqlschema.AlterEnum:
		return fmt.Sprintf("AlterEnum %s +%v -%v", c.To.Name, c.AddedValues, c.RemovedValues)
	case *sqlschema.CreateTable:
		return "CreateTable " + c.Table.Name
	case *sqlschema.DropTable:
		return "DropTable " + c.Table.Name
	case *sqlschema.AlterTable:
		var parts []string
		if c.DropPrimaryKey != nil {
			parts = append(parts, "-pk")
		}
		if c.RenamePrimaryKey != nil {
			parts = append(parts, "pk>"+c.RenamePrimaryKey.To)
		}
		for _, x := range c.DropColumns {
			parts = append(parts, "-"+x.Name)
		}
		for _, x := range c.AddColumns {
			parts = append(parts, "+"+x.Name)
		}
		for _, a := range c.AlterColumns {
			s := "~" + a.To.Name
			if a.Recreate {
				s += "(recreate)"
			} else {
				if a.TypeChanged {
					s += "(type)"
				}
				if a.NotNullChanged {
					s += "(null)"
				}
				if a.DefaultChanged {
					s += "(default)"
				}
				if a.AutoIncrChanged {
					s += "(serial)"
				}
			}
			parts = append(parts, s)
		}
		if c.AddPrimaryKey != nil {
			parts = append(parts, "+pk")
		}
		return "AlterTable " + c.Table.Name + " " + strings.Join(parts, " ")
	case *sqlschema.CreateIndex:
		return "CreateIndex " + c.Index.Name
	case *sqlschema.DropIndex:
		return "DropIndex " + c.Index.Name
	case *sqlschema.RenameIndex:
		return "RenameIndex " + c.From + ">" + c.To
	case *sqlschema.AddForeignKey:
		return "AddForeignKey " + c.FK.Name
	case *sqlschema.DropForeignKey:
		return "DropForeignKey " + c.FK.Name
	case *sqlschema.RenameForeignKey:
		return "RenameForeignKey " + c.From + ">" + c.To
	}
	return fmt.Sprintf("%T", c)
}

func TestDiff(t *testing.T) {
	mood := func(values ...string) *sqlschema.Enum {
		return &sqlschema.Enum{Namespace: "public", Name: "Mood", Values: values}
	}
	moodCol := func(name string) *sqlschema.Column {
		return &sqlschema.Column{Name: name, Type: sqlschema.ColumnType{Name: "Mood", IsEnum: true, EnumNamespace: "public"}, NotNull: true,
			Default: &sqlschema.Default{Value: "OK"}}
	}
	fk := func(name, column, ref string) *sqlschema.ForeignKey {
		return &sqlschema.ForeignKey{Name: name, Columns: []string{column}, RefNamespace: "public", RefTable: ref,
			RefColumns: []string{"id"}, OnDelete: sqlschema.Restrict, OnUpdate: sqlschema.Cascade}
	}
	idx := func(name string, unique bool, cols ...string) *sqlschema.Index {
		ix := &sqlschema.Index{Name: name, Unique: unique}
		for _, c := range cols {
			ix.Columns = append(ix.Columns, sqlschema.IndexColumn{Name: c})
		}
		return ix
	}
	withFK := func(t *sqlschema.Table, fks ...*sqlschema.ForeignKey) *sqlschema.Table {
		t.ForeignKeys = fks
		return t
	}
	withIdx := func(t *sqlschema.Table, ixs ...*sqlschema.Index) *sqlschema.Table {
		t.Indexes = ixs
		return t
	}
	withEnums := func(s *sqlschema.Schema, es ...*sqlschema.Enum) *sqlschema.Schema {
		s.Enums = es
		return s
	}
	serial := col("id", "INTEGER", true)
	serial.AutoIncrement = true

	cases := []struct {
		name     string
		from, to *sqlschema.Schema
		want     []string
		warnings []migrate.WarningKind
	}{
		{"nothing", db(table("a", col("id", "INTEGER", true))), db(table("a", col("id", "INTEGER", true))), nil, nil},
		{"from empty: schema, enum, tables, indexes, foreign keys in Prisma's order",
			nil,
			withEnums(db(
				withIdx(withFK(table("post", col("id", "INTEGER", true), col("user_id", "INTEGER", true)), fk("post_user_id_fkey", "user_id", "user")),
					idx("post_user_id_idx", false, "user_id")),
				withIdx(table("user", col("id", "INTEGER", true), col("email", "TEXT", true)), idx("user_email_key", true, "email")),
			), mood("OK")),
			[]string{"CreateSchema public", "CreateEnum Mood", "CreateTable post", "CreateTable user",
				"CreateIndex post_user_id_idx", "CreateIndex user_email_key", "AddForeignKey post_user_id_fkey"},
			nil},
		{"renamed table is dropped and created, with a warning",
			db(withFK(table("old", col("id", "INTEGER", true), col("x", "INTEGER", true)), fk("old_x_fkey", "x", "other"))),
			db(table("new", col("id", "INTEGER", true))),
			[]string{"DropForeignKey old_x_fkey", "DropTable old", "CreateTable new"},
			[]migrate.WarningKind{migrate.DroppedTable}},
		{"renamed column is dropped and added, with warnings",
			db(table("a", col("id", "INTEGER", true), col("name", "TEXT", true))),
			db(table("a", col("id", "INTEGER", true), col("title", "TEXT", true))),
			[]string{"AlterTable a -name +title"},
			[]migrate.WarningKind{migrate.DroppedColumn, migrate.RequiredColumnAdded}},
		{"column changes: safe, risky and impossible casts, nullability, defaults, serial",
			db(table("a", col("id", "INTEGER", true), col("n", "INTEGER", false), col("b", "BIGINT", true), col("s", "TEXT", true),
				&sqlschema.Column{Name: "d", Type: sqlschema.ColumnType{Name: "TEXT"}, Default: &sqlschema.Default{Value: "x"}})),
			db(table("a", serial, col("n", "BIGINT", true), col("b", "INTEGER", true), col("s", "INTEGER", true),
				&sqlschema.Column{Name: "d", Type: sqlschema.ColumnType{Name: "TEXT"}, Default: &sqlschema.Default{Value: "y"}})),
			[]string{"AlterTable a ~id(serial) ~n(type)(null) ~b(type) ~s(recreate) ~d(default)"},
			[]migrate.WarningKind{migrate.RiskyCast, migrate.MadeRequired, migrate.RecreatedRequiredColumn}},
		{"timestamp precision dropped is no change; VARCHAR narrowed is risky",
			db(table("a", col("id", "INTEGER", true), &sqlschema.Column{Name: "t", Type: sqlschema.ColumnType{Name: "TIMESTAMP", Args: []string{"3"}}},
				&sqlschema.Column{Name: "v", Type: sqlschema.ColumnType{Name: "VARCHAR", Args: []string{"40"}}})),
			db(table("a", col("id", "INTEGER", true), &sqlschema.Column{Name: "t", Type: sqlschema.ColumnType{Name: "TIMESTAMP"}},
				&sqlschema.Column{Name: "v", Type: sqlschema.ColumnType{Name: "VARCHAR", Args: []string{"20"}}})),
			[]string{"AlterTable a ~v(type)"},
			[]migrate.WarningKind{migrate.RiskyCast}},
		{"index and foreign key renamed by map: only the name",
			db(withIdx(withFK(table("a", col("id", "INTEGER", true), col("b", "INTEGER", true)), fk("a_b_old", "b", "c")), idx("a_b_old_idx", false, "b"))),
			db(withIdx(withFK(table("a", col("id", "INTEGER", true), col("b", "INTEGER", true)), fk("a_b_new", "b", "c")), idx("a_b_new_idx", false, "b"))),
			[]string{"RenameForeignKey a_b_old>a_b_new", "RenameIndex a_b_old_idx>a_b_new_idx"},
			nil},
		{"foreign key action changed: dropped and added; unique index added warns",
			db(withFK(table("a", col("id", "INTEGER", true), col("b", "INTEGER", true)), fk("a_b_fkey", "b", "c"))),
			db(withIdx(withFK(table("a", col("id", "INTEGER", true), col("b", "INTEGER", true)),
				&sqlschema.ForeignKey{Name: "a_b_fkey", Columns: []string{"b"}, RefNamespace: "public", RefTable: "c", RefColumns: []string{"id"},
					OnDelete: sqlschema.Cascade, OnUpdate: sqlschema.Cascade}), idx("a_b_key", true, "b"))),
			[]string{"DropForeignKey a_b_fkey", "CreateIndex a_b_key", "AddForeignKey a_b_fkey"},
			[]migrate.WarningKind{migrate.UniqueAdded}},
		{"primary key: changed columns, renamed",
			db(table("a", col("id", "INTEGER", true), col("k", "INTEGER", true)), table("b", col("id", "INTEGER", true))),
			db(&sqlschema.Table{Namespace: "public", Name: "a", Columns: []*sqlschema.Column{col("id", "INTEGER", true), col("k", "INTEGER", true)},
				PrimaryKey: &sqlschema.PrimaryKey{Name: "a_pkey", Columns: []string{"id", "k"}}},
				&sqlschema.Table{Namespace: "public", Name: "b", Columns: []*sqlschema.Column{col("id", "INTEGER", true)},
					PrimaryKey: &sqlschema.PrimaryKey{Name: "b_key", Columns: []string{"id"}}}),
			[]string{"AlterTable a -pk +pk", "AlterTable b pk>b_key"},
			[]migrate.WarningKind{migrate.PrimaryKeyChanged}},
		{"unique index dropped after the primary key that replaces it",
			db(withIdx(&sqlschema.Table{Namespace: "public", Name: "a", Columns: []*sqlschema.Column{col("u", "INTEGER", true)}}, idx("a_u_key", true, "u"))),
			db(table("a", col("u", "INTEGER", true))),
			[]string{"AlterTable a +pk", "DropIndex a_u_key"},
			nil},
		{"enum values added, enum values removed, enum dropped",
			withEnums(db(table("a", col("id", "INTEGER", true), moodCol("m"))), mood("OK", "BAD"), &sqlschema.Enum{Namespace: "public", Name: "Gone"}),
			withEnums(db(table("a", col("id", "INTEGER", true), moodCol("m"))), mood("OK", "FINE")),
			[]string{"AlterEnum Mood +[FINE] -[BAD]", "DropEnum Gone"},
			[]migrate.WarningKind{migrate.EnumValuesRemoved}},
		{"namespaces and extensions",
			&sqlschema.Schema{Namespaces: []string{"public"}, Extensions: []*sqlschema.Extension{{Name: "citext", Version: "1.5"}}},
			&sqlschema.Schema{Namespaces: []string{"public", "b", "a"}, Extensions: []*sqlschema.Extension{{Name: "pg_trgm"}, {Name: "citext", Version: "1.6"}}},
			[]string{"CreateSchema a", "CreateSchema b", "CreateExtension pg_trgm", "AlterExtension citext"},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			changes, warnings := migrate.Diff(c.from, c.to)
			var got []string
			for _, ch := range changes {
				got = append(got, describe(ch))
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("changes:\n got %q\nwant %q", got, c.want)
			}
			var kinds []migrate.WarningKind
			for _, w := range warnings {
				kinds = append(kinds, w.Kind)
				if w.Message == "" {
					t.Errorf("warning %v has no message", w.Kind)
				}
			}
			if !reflect.DeepEqual(kinds, c.warnings) {
				t.Errorf("warnings:\n got %v\nwant %v", kinds, c.warnings)
			}
		})
	}
}

// TestDiffWarningText: the messages are Prisma's, word for word.
func TestDiffWarningText(t *testing.T) {
	from := db(table("users", col("id", "INTEGER", true), col("nick", "TEXT", false)), table("old", col("id", "INTEGER", true)))
	to := db(table("users", col("id", "INTEGER", true)))
	_, warnings := migrate.Diff(from, to)
	var got []string
	for _, w := range warnings {
		got = append(got, w.Message)
	}
	want := []string{
		"You are about to drop the column `nick` on the `users` table. All the data in the column will be lost.",
		"You are about to drop the `old` table. If the table is not empty, all the data it contains will be lost.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if warnings[0].Table != "users" || warnings[0].Column != "nick" || warnings[1].Kind.String() != "dropped table" {
		t.Errorf("structured fields: %+v", warnings)
	}
}

// TestDiffNilAndEmpty: nil schemas and nil entries do not panic.
func TestDiffNilAndEmpty(t *testing.T) {
	if ch, w := migrate.Diff(nil, nil); len(ch) != 0 || len(w) != 0 {
		t.Fatalf("Diff(nil, nil) = %v, %v", ch, w)
	}
	s := &sqlschema.Schema{
		Tables:     []*sqlschema.Table{nil, {Name: "t", Columns: []*sqlschema.Column{nil}, Indexes: []*sqlschema.Index{nil}}},
		Enums:      []*sqlschema.Enum{nil, {Name: "e"}},
		Extensions: []*sqlschema.Extension{nil, {Name: "x"}},
		Sequences:  []*sqlschema.Sequence{nil},
	}
	migrate.Diff(s, nil)
	migrate.Diff(nil, s)
	migrate.Diff(s, s)
}
