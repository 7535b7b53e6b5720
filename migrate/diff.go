package migrate

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/stratadb/strata/sqlschema"
)

// WarningKind classifies a possible loss of data, or a step that fails on
// a table with rows, in a migration.
type WarningKind int

// Warning kinds. The first group are Prisma's warnings, the second its
// "unexecutable" steps; both are listed in the migration's header.
const (
	// DroppedTable: a table is dropped with its rows.
	DroppedTable WarningKind = iota + 1
	// DroppedColumn: a column is dropped with its values.
	DroppedColumn
	// RiskyCast: a column's type changes to one that may not hold every
	// value (narrowing).
	RiskyCast
	// RecreatedColumn: a column's type has no cast, so it is dropped and
	// added again, empty.
	RecreatedColumn
	// PrimaryKeyChanged: the primary key is dropped (and maybe added again).
	PrimaryKeyChanged
	// UniqueAdded: a unique index on an existing table fails on duplicates.
	UniqueAdded
	// EnumValuesRemoved: enum values go; rows still using them make it fail.
	EnumValuesRemoved

	// RequiredColumnAdded: a NOT NULL column without a default is added;
	// it fails when the table has rows.
	RequiredColumnAdded
	// MadeRequired: a column becomes NOT NULL; it fails on NULL values.
	MadeRequired
	// ScalarToList: a column becomes an array; it fails on values.
	ScalarToList
	// RecreatedRequiredColumn: a NOT NULL column without a default has no
	// cast to its new type; recreating it fails when the table has rows.
	RecreatedRequiredColumn
)

var warningKindNames = map[WarningKind]string{
	DroppedTable:            "dropped table",
	DroppedColumn:           "dropped column",
	RiskyCast:               "risky cast",
	RecreatedColumn:         "recreated column",
	PrimaryKeyChanged:       "primary key changed",
	UniqueAdded:             "unique index added",
	EnumValuesRemoved:       "enum values removed",
	RequiredColumnAdded:     "required column added",
	MadeRequired:            "column made required",
	ScalarToList:            "column made a list",
	RecreatedRequiredColumn: "required column recreated",
}

func (k WarningKind) String() string {
	if s, ok := warningKindNames[k]; ok {
		return s
	}
	return fmt.Sprintf("WarningKind(%d)", int(k))
}

// Warning is a possible loss of data in a migration. Message is Prisma's
// text for the case when the database has not been looked at; whoever can
// count the rows may word it with the counts, or drop it when the table is
// empty.
type Warning struct {
	Kind      WarningKind
	Namespace string
	Table     string
	Column    string
	// Columns are the columns of an added unique index.
	Columns []string
	// Enum and Values name the enum and its removed values.
	Enum   string
	Values []string
	// FromType and ToType are the types of a cast (Prisma's names:
	// Integer, VarChar(40)).
	FromType, ToType string
	// Unexecutable marks a step that cannot run on a table with rows (or
	// with NULLs), rather than one that loses data.
	Unexecutable bool
	Message      string

	// Filled by CountDataLoss when it could count (Counted): the rows of
	// the table, the non-null values of the column, and the rows holding
	// duplicate values for an added unique index.
	Counted    bool
	Rows       int64
	NonNull    int64
	Duplicates int64
}

// Step ranks, in Prisma's order (its SqlMigrationStep variants).
const (
	rankCreateSchema = iota
	rankDropExtension
	rankCreateExtension
	rankAlterExtension
	rankCreateSequence
	rankCreateEnum
	rankAlterEnum
	rankDropForeignKey
	rankDropIndex
	rankAlterTable
	rankDropTable
	rankDropEnum
	rankDropSequence
	rankCreateTable
	rankCreateIndex
	rankRenameForeignKey
	rankAddForeignKey
	rankRenameIndex
)

type step struct {
	rank   int
	key    []int
	change sqlschema.Change
	// recreated marks a CreateIndex that rebuilds an index on a recreated
	// column (no unique warning).
	recreated bool
	// casts holds the cast of each altered column (AlterTable).
	casts map[*sqlschema.AlterColumn]cast
}

func less(a, b *step) bool {
	if a.rank != b.rank {
		return a.rank < b.rank
	}
	for i := 0; i < len(a.key) && i < len(b.key); i++ {
		if a.key[i] != b.key[i] {
			return a.key[i] < b.key[i]
		}
	}
	return len(a.key) < len(b.key)
}

// Diff returns the changes that turn the database schema from into to, in
// the order Prisma's schema engine applies them, and the warnings about
// data they may lose, in the order of Prisma's migration header. A nil
// schema is an empty database.
func Diff(from, to *sqlschema.Schema) ([]sqlschema.Change, []Warning) {
	if from == nil {
		from = &sqlschema.Schema{}
	}
	if to == nil {
		to = &sqlschema.Schema{}
	}
	d := &differ{from: withoutNils(from), to: withoutNils(to)}
	d.index()
	d.namespaces()
	d.extensions()
	d.tables()
	d.enums()
	d.sequences()

	sort.SliceStable(d.steps, func(i, j int) bool { return less(d.steps[i], d.steps[j]) })
	d.moveDropUniqueAfterAddPrimaryKey()

	changes := make([]sqlschema.Change, len(d.steps))
	for i, s := range d.steps {
		changes[i] = s.change
	}
	return changes, d.warnings()
}

type tableKey struct{ ns, name string }

type differ struct {
	from, to *sqlschema.Schema
	steps    []*step

	fromTables, toTables map[tableKey]int // position in Tables
	fromFK, toFK         map[*sqlschema.ForeignKey]int
	fromIdx, toIdx       map[*sqlschema.Index]int
}

func (d *differ) add(rank int, c sqlschema.Change, key ...int) *step {
	s := &step{rank: rank, key: key, change: c}
	d.steps = append(d.steps, s)
	return s
}

// index numbers tables, foreign keys and indexes across each schema, as
// Prisma's ids, which break ties between steps of one kind.
func (d *differ) index() {
	number := func(s *sqlschema.Schema) (map[tableKey]int, map[*sqlschema.ForeignKey]int, map[*sqlschema.Index]int) {
		tables := map[tableKey]int{}
		fks := map[*sqlschema.ForeignKey]int{}
		idx := map[*sqlschema.Index]int{}
		for i, t := range s.Tables {
			if t == nil {
				continue
			}
			tables[tableKey{t.Namespace, t.Name}] = i
			for _, fk := range t.ForeignKeys {
				fks[fk] = len(fks)
			}
			for _, ix := range t.Indexes {
				idx[ix] = len(idx)
			}
		}
		return tables, fks, idx
	}
	d.fromTables, d.fromFK, d.fromIdx = number(d.from)
	d.toTables, d.toFK, d.toIdx = number(d.to)
}

// namespaces: Prisma creates missing schemas (in name order) and never
// drops one.
func (d *differ) namespaces() {
	have := map[string]bool{}
	for _, n := range d.from.Namespaces {
		have[n] = true
	}
	var created []string
	for _, n := range d.to.Namespaces {
		if !have[n] {
			have[n] = true
			created = append(created, n)
		}
	}
	sort.Strings(created)
	for i, n := range created {
		d.add(rankCreateSchema, &sqlschema.CreateNamespace{Name: n}, i)
	}
}

// extensions: created ones, and those whose version or schema changed.
// Prisma never drops an extension the data model no longer lists.
func (d *differ) extensions() {
	prev := map[string]*sqlschema.Extension{}
	for _, e := range d.from.Extensions {
		if e != nil {
			prev[e.Name] = e
		}
	}
	next := append([]*sqlschema.Extension(nil), d.to.Extensions...)
	sort.SliceStable(next, func(i, j int) bool { return next[i].Name < next[j].Name })
	for i, e := range next {
		if e == nil {
			continue
		}
		p, ok := prev[e.Name]
		if !ok {
			d.add(rankCreateExtension, &sqlschema.CreateExtension{Ext: e}, i)
			continue
		}
		versionChanged := p.Version != "" && e.Version != "" && p.Version != e.Version
		schemaChanged := p.Namespace != "" && e.Namespace != "" && p.Namespace != e.Namespace
		if versionChanged || schemaChanged {
			d.add(rankAlterExtension, &sqlschema.AlterExtension{From: p, To: e}, i)
		}
	}
}

func (d *differ) sequences() {
	have := func(list []*sqlschema.Sequence, s *sqlschema.Sequence) bool {
		for _, o := range list {
			if o != nil && o.Namespace == s.Namespace && o.Name == s.Name {
				return true
			}
		}
		return false
	}
	for i, s := range d.to.Sequences {
		if s != nil && !have(d.from.Sequences, s) {
			d.add(rankCreateSequence, &sqlschema.CreateSequence{Seq: s}, i)
		}
	}
	for i, s := range d.from.Sequences {
		if s != nil && !have(d.to.Sequences, s) {
			d.add(rankDropSequence, &sqlschema.DropSequence{Seq: s}, i)
		}
	}
}

func (d *differ) tables() {
	for i, t := range d.to.Tables {
		if t == nil {
			continue
		}
		if _, ok := d.fromTables[tableKey{t.Namespace, t.Name}]; ok {
			continue
		}
		d.add(rankCreateTable, &sqlschema.CreateTable{Table: t}, i)
		for _, fk := range t.ForeignKeys {
			d.add(rankAddForeignKey, &sqlschema.AddForeignKey{Table: t, FK: fk}, d.toFK[fk])
		}
		for _, ix := range t.Indexes {
			// (None, table) sorts before (Some(previous table), table).
			d.add(rankCreateIndex, &sqlschema.CreateIndex{Table: t, Index: ix}, 0, 0, i, d.toIdx[ix])
		}
	}
	for i, t := range d.from.Tables {
		if t == nil {
			continue
		}
		j, ok := d.toTables[tableKey{t.Namespace, t.Name}]
		if !ok {
			d.add(rankDropTable, &sqlschema.DropTable{Table: t}, i)
			for _, fk := range t.ForeignKeys {
				d.add(rankDropForeignKey, &sqlschema.DropForeignKey{Table: t, FK: fk}, d.fromFK[fk])
			}
			continue
		}
		d.tablePair(t, d.to.Tables[j], i, j)
	}
}

// tablePair diffs a table present in both schemas.
func (d *differ) tablePair(prev, next *sqlschema.Table, pi, ni int) {
	casts := map[string]cast{} // by column name, for column pairs
	for _, pc := range prev.Columns {
		if nc := next.Column(pc.Name); nc != nil {
			casts[pc.Name] = typeChange(pc, nc)
		}
	}

	// Foreign keys.
	seen := map[*sqlschema.ForeignKey]bool{}
	for _, nfk := range next.ForeignKeys {
		matched := false
		for _, pfk := range prev.ForeignKeys {
			if d.fksMatch(pfk, nfk, prev, next, casts) {
				matched = true
				break
			}
		}
		if !matched {
			d.add(rankAddForeignKey, &sqlschema.AddForeignKey{Table: next, FK: nfk}, d.toFK[nfk])
		}
	}
	for _, pfk := range prev.ForeignKeys {
		var pair *sqlschema.ForeignKey
		for _, nfk := range next.ForeignKeys {
			if !seen[nfk] && d.fksMatch(pfk, nfk, prev, next, casts) {
				pair = nfk
				break
			}
		}
		if pair == nil {
			d.add(rankDropForeignKey, &sqlschema.DropForeignKey{Table: prev, FK: pfk}, d.fromFK[pfk])
			continue
		}
		seen[pair] = true
		if pfk.Name != pair.Name && !isImplicitJoinTable(prev) {
			d.add(rankRenameForeignKey, &sqlschema.RenameForeignKey{Table: next, From: pfk.Name, To: pair.Name},
				d.fromFK[pfk], d.toFK[pair])
		}
	}

	// Index renames: an index whose definition is unique in the table and
	// that matches a next index by definition.
	for _, pix := range prev.Indexes {
		identical := 0
		for _, o := range prev.Indexes {
			if sameColumnNames(pix, o) && pix.Unique == o.Unique {
				identical++
			}
		}
		if identical != 1 {
			continue
		}
		for _, nix := range next.Indexes {
			if indexesMatch(prev, next, pix, nix) {
				if pix.Name != nix.Name {
					d.add(rankRenameIndex, &sqlschema.RenameIndex{Table: next, From: pix.Name, To: nix.Name},
						d.fromIdx[pix], d.toIdx[nix])
				}
				break
			}
		}
	}
	// Dropped and created indexes.
	for _, pix := range prev.Indexes {
		if !anyIndex(next.Indexes, func(nix *sqlschema.Index) bool { return indexesMatch(prev, next, pix, nix) }) {
			d.add(rankDropIndex, &sqlschema.DropIndex{Table: prev, Index: pix}, d.fromIdx[pix])
		}
	}
	for _, nix := range next.Indexes {
		if !anyIndex(prev.Indexes, func(pix *sqlschema.Index) bool { return indexesMatch(prev, next, pix, nix) }) {
			d.add(rankCreateIndex, &sqlschema.CreateIndex{Table: next, Index: nix}, 1, pi, ni, d.toIdx[nix])
		}
	}
	// Indexes over a column that is dropped and added again go with it and
	// are built again.
	for _, pix := range prev.Indexes {
		for _, nix := range next.Indexes {
			if !indexesMatch(prev, next, pix, nix) {
				continue
			}
			for _, ic := range nix.Columns {
				if casts[ic.Name] == notCastable && ic.Name != "" {
					s := d.add(rankCreateIndex, &sqlschema.CreateIndex{Table: next, Index: nix}, 1, pi, ni, d.toIdx[nix])
					s.recreated = true
					break
				}
			}
		}
	}

	// The ALTER TABLE.
	at := &sqlschema.AlterTable{Table: next}
	pkChanged := primaryKeyChanged(prev, next, casts)
	if prev.PrimaryKey != nil && (next.PrimaryKey == nil || pkChanged) {
		at.DropPrimaryKey = prev.PrimaryKey
	}
	if prev.PrimaryKey != nil && next.PrimaryKey != nil && !pkChanged && prev.PrimaryKey.Name != next.PrimaryKey.Name {
		at.RenamePrimaryKey = &sqlschema.RenamePrimaryKey{Table: next, From: prev.PrimaryKey.Name, To: next.PrimaryKey.Name}
	}
	for _, pc := range prev.Columns {
		if next.Column(pc.Name) == nil {
			at.DropColumns = append(at.DropColumns, pc)
		}
	}
	for _, nc := range next.Columns {
		if prev.Column(nc.Name) == nil {
			at.AddColumns = append(at.AddColumns, nc)
		}
	}
	colCasts := map[*sqlschema.AlterColumn]cast{}
	for _, pc := range prev.Columns {
		nc := next.Column(pc.Name)
		if nc == nil {
			continue
		}
		c := casts[pc.Name]
		ac := &sqlschema.AlterColumn{
			From:            pc,
			To:              nc,
			TypeChanged:     c != noCast || pc.Type.Array != nc.Type.Array,
			NotNullChanged:  arity(pc) != arity(nc),
			DefaultChanged:  !defaultsMatch(pc, nc),
			AutoIncrChanged: pc.AutoIncrement != nc.AutoIncrement,
			Recreate:        c == notCastable,
		}
		if !ac.TypeChanged && !ac.NotNullChanged && !ac.DefaultChanged && !ac.AutoIncrChanged {
			continue
		}
		colCasts[ac] = c
		at.AlterColumns = append(at.AlterColumns, ac)
	}
	if next.PrimaryKey != nil && (prev.PrimaryKey == nil || pkChanged) {
		at.AddPrimaryKey = next.PrimaryKey
	}
	if at.DropPrimaryKey != nil || at.RenamePrimaryKey != nil || len(at.DropColumns) > 0 ||
		len(at.AddColumns) > 0 || len(at.AlterColumns) > 0 || at.AddPrimaryKey != nil {
		s := d.add(rankAlterTable, at, pi, ni)
		s.casts = colCasts
	}
}

// moveDropUniqueAfterAddPrimaryKey: a unique index dropped from a table
// without a primary key goes after the ALTER TABLE that adds a primary key
// on the same columns (Prisma keeps the table constrained throughout).
func (d *differ) moveDropUniqueAfterAddPrimaryKey() {
	for i := 0; i < len(d.steps); i++ {
		di, ok := d.steps[i].change.(*sqlschema.DropIndex)
		if !ok || !di.Index.Unique || di.Table.PrimaryKey != nil {
			continue
		}
		for j := i + 1; j < len(d.steps); j++ {
			at, ok := d.steps[j].change.(*sqlschema.AlterTable)
			if !ok || at.AddPrimaryKey == nil || at.Table.Namespace != di.Table.Namespace || at.Table.Name != di.Table.Name {
				continue
			}
			dropsIndexColumn := false
			for _, c := range at.DropColumns {
				dropsIndexColumn = dropsIndexColumn || indexHasColumn(di.Index, c.Name)
			}
			for _, ac := range at.AlterColumns {
				dropsIndexColumn = dropsIndexColumn || (ac.Recreate && indexHasColumn(di.Index, ac.From.Name))
			}
			if dropsIndexColumn || !columnsEqual(indexColumnNames(di.Index), at.AddPrimaryKey.Columns) {
				continue
			}
			s := d.steps[i]
			copy(d.steps[i:j], d.steps[i+1:j+1])
			d.steps[j] = s
			i--
			break
		}
	}
}

func (d *differ) enums() {
	for i, e := range d.to.Enums {
		if e != nil && d.from.Enum(e.Namespace, e.Name) == nil {
			d.add(rankCreateEnum, &sqlschema.CreateEnum{Enum: e}, i)
		}
	}
	for i, pe := range d.from.Enums {
		if pe == nil {
			continue
		}
		ne := d.to.Enum(pe.Namespace, pe.Name)
		if ne == nil {
			d.add(rankDropEnum, &sqlschema.DropEnum{Enum: pe}, i)
			continue
		}
		added := minus(ne.Values, pe.Values)
		removed := minus(pe.Values, ne.Values)
		if len(added) == 0 && len(removed) == 0 {
			continue
		}
		ae := &sqlschema.AlterEnum{From: pe, To: ne, AddedValues: added, RemovedValues: removed}
		if len(removed) > 0 {
			d.enumUsages(ae)
		}
		d.add(rankAlterEnum, ae, i)
	}
}

// enumUsages fills in the columns the recreate path casts, and the
// defaults it drops and sets again.
func (d *differ) enumUsages(ae *sqlschema.AlterEnum) {
	uses := func(c *sqlschema.Column, e *sqlschema.Enum) bool {
		return c.Type.IsEnum && c.Type.Name == e.Name && c.Type.EnumNamespace == e.Namespace
	}
	for _, pt := range d.from.Tables {
		if pt == nil {
			continue
		}
		nt := d.to.Table(pt.Namespace, pt.Name)
		for _, pc := range pt.Columns {
			if !uses(pc, ae.From) {
				continue
			}
			var nc *sqlschema.Column
			if nt != nil {
				nc = nt.Column(pc.Name)
			}
			if pc.Default != nil {
				ae.DropDefaults = append(ae.DropDefaults, sqlschema.EnumColumn{Table: pt, Column: pc})
			}
			if nc == nil || !uses(nc, ae.To) {
				continue
			}
			// Prisma casts the columns of the new schema; only those of
			// tables that exist already can be cast before ALTER TABLE runs.
			ae.Columns = append(ae.Columns, sqlschema.EnumColumn{Table: nt, Column: nc})
			if pc.Default != nil && nc.Default != nil {
				ae.SetDefaults = append(ae.SetDefaults, sqlschema.EnumColumn{Table: nt, Column: nc})
			}
		}
	}
}

// warnings lists the data-loss warnings of the sorted steps, Prisma's
// warnings first, then its unexecutable steps.
func (d *differ) warnings() []Warning {
	var warn, unexec []Warning
	for _, s := range d.steps {
		switch c := s.change.(type) {
		case *sqlschema.AlterTable:
			t := c.Table
			for _, col := range c.DropColumns {
				warn = append(warn, Warning{Kind: DroppedColumn, Namespace: t.Namespace, Table: t.Name, Column: col.Name,
					Message: fmt.Sprintf("You are about to drop the column `%s` on the `%s` table. All the data in the column will be lost.", col.Name, t.Name)})
			}
			for _, ac := range c.AlterColumns {
				if ac.Recreate {
					w := Warning{Namespace: t.Namespace, Table: t.Name, Column: ac.From.Name}
					switch {
					case arity(ac.From) == arityNullable && arity(ac.To) == arityRequired && ac.To.Default == nil:
						w.Kind, w.Unexecutable = RequiredColumnAdded, true
						w.Message = fmt.Sprintf("Added the required column `%s` to the `%s` table without a default value. This is not possible if the table is not empty.", ac.From.Name, t.Name)
						unexec = append(unexec, w)
					case arity(ac.To) == arityRequired && ac.To.Default == nil:
						w.Kind, w.Unexecutable = RecreatedRequiredColumn, true
						w.Message = fmt.Sprintf("Changed the type of `%s` on the `%s` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.", ac.From.Name, t.Name)
						unexec = append(unexec, w)
					default:
						w.Kind = RecreatedColumn
						w.Message = fmt.Sprintf("The `%s` column on the `%s` table would be dropped and recreated. This will lead to data loss if there is data in the column.", ac.From.Name, t.Name)
						warn = append(warn, w)
					}
					continue
				}
				if ac.NotNullChanged && arity(ac.From) == arityNullable && arity(ac.To) == arityRequired {
					unexec = append(unexec, Warning{Kind: MadeRequired, Namespace: t.Namespace, Table: t.Name, Column: ac.From.Name, Unexecutable: true,
						Message: fmt.Sprintf("Made the column `%s` on table `%s` required. This step will fail if there are existing NULL values in that column.", ac.From.Name, t.Name)})
				}
				if ac.NotNullChanged && arity(ac.From) != arityList && arity(ac.To) == arityList {
					unexec = append(unexec, Warning{Kind: ScalarToList, Namespace: t.Namespace, Table: t.Name, Column: ac.From.Name, Unexecutable: true,
						Message: fmt.Sprintf("Changed the column `%s` on the `%s` table from a scalar field to a list field. If there are non-null values in that column, this step will fail.", ac.From.Name, t.Name)})
				}
				if s.casts[ac] == riskyCast {
					from, to := displayType(ac.From.Type), displayType(ac.To.Type)
					warn = append(warn, Warning{Kind: RiskyCast, Namespace: t.Namespace, Table: t.Name, Column: ac.From.Name, FromType: from, ToType: to,
						Message: fmt.Sprintf("You are about to alter the column `%s` on the `%s` table. The data in that column could be lost. The data in that column will be cast from `%s` to `%s`.", ac.From.Name, t.Name, from, to)})
				}
			}
			for _, col := range c.AddColumns {
				if col.NotNull && col.Default == nil && !col.AutoIncrement && col.Identity == "" {
					unexec = append(unexec, Warning{Kind: RequiredColumnAdded, Namespace: t.Namespace, Table: t.Name, Column: col.Name, Unexecutable: true,
						Message: fmt.Sprintf("Added the required column `%s` to the `%s` table without a default value. This is not possible if the table is not empty.", col.Name, t.Name)})
				}
			}
			if c.DropPrimaryKey != nil {
				warn = append(warn, Warning{Kind: PrimaryKeyChanged, Namespace: t.Namespace, Table: t.Name,
					Message: fmt.Sprintf("The primary key for the `%s` table will be changed. If it partially fails, the table could be left without primary key constraint.", t.Name)})
			}
		case *sqlschema.DropTable:
			warn = append(warn, Warning{Kind: DroppedTable, Namespace: c.Table.Namespace, Table: c.Table.Name,
				Message: fmt.Sprintf("You are about to drop the `%s` table. If the table is not empty, all the data it contains will be lost.", c.Table.Name)})
		case *sqlschema.CreateIndex:
			if !c.Index.Unique || s.recreated || len(s.key) == 0 || s.key[0] == 0 {
				continue // a new table, or an index rebuilt with its column
			}
			cols := indexColumnNames(c.Index)
			warn = append(warn, Warning{Kind: UniqueAdded, Namespace: c.Table.Namespace, Table: c.Table.Name, Columns: cols,
				Message: fmt.Sprintf("A unique constraint covering the columns `[%s]` on the table `%s` will be added. If there are existing duplicate values, this will fail.", strings.Join(cols, ","), c.Table.Name)})
		case *sqlschema.AlterEnum:
			if len(c.RemovedValues) == 0 {
				continue
			}
			warn = append(warn, Warning{Kind: EnumValuesRemoved, Namespace: c.To.Namespace, Enum: c.To.Name, Values: c.RemovedValues,
				Message: fmt.Sprintf("The values [%s] on the enum `%s` will be removed. If these variants are still used in the database, this will fail.", strings.Join(c.RemovedValues, ","), c.To.Name)})
		}
	}
	return append(warn, unexec...)
}

type arityKind int

const (
	arityRequired arityKind = iota
	arityNullable
	arityList
)

func arity(c *sqlschema.Column) arityKind {
	switch {
	case c.Type.Array:
		return arityList
	case c.NotNull:
		return arityRequired
	}
	return arityNullable
}

// fksMatch says whether two foreign keys are the same constraint but for
// its name (Prisma's foreign_keys_match).
func (d *differ) fksMatch(a, b *sqlschema.ForeignKey, prev, next *sqlschema.Table, casts map[string]cast) bool {
	if a.RefTable != b.RefTable || a.RefNamespace != b.RefNamespace ||
		len(a.Columns) != len(b.Columns) || len(a.RefColumns) != len(b.RefColumns) ||
		a.OnDelete != b.OnDelete || a.OnUpdate != b.OnUpdate {
		return false
	}
	for i := range a.Columns {
		if a.Columns[i] != b.Columns[i] {
			return false
		}
		pc, nc := prev.Column(a.Columns[i]), next.Column(b.Columns[i])
		if pc == nil || nc == nil {
			return false
		}
		if casts[pc.Name] != noCast {
			return false
		}
		ap, an := arity(pc), arity(nc)
		if ap != an && !(ap == arityRequired && an == arityNullable) {
			return false
		}
	}
	return columnsEqual(a.RefColumns, b.RefColumns)
}

// isImplicitJoinTable: Prisma does not rename the foreign keys of an
// implicit many-to-many table (columns A and B only).
func isImplicitJoinTable(t *sqlschema.Table) bool {
	return len(t.Columns) == 2 && t.Column("A") != nil && t.Column("B") != nil
}

// indexesMatch says whether two indexes (of the tables ta and tb) are the
// same but for the name. An operator class that is the default for the
// column's type and the index method counts as none (a schema may name it,
// the catalog reads it as the default), and predicates compare in a
// normalised form.
func indexesMatch(ta, tb *sqlschema.Table, a, b *sqlschema.Index) bool {
	if len(a.Columns) != len(b.Columns) || a.Unique != b.Unique || method(a) != method(b) || !predicatesMatch(a.Predicate, b.Predicate) {
		return false
	}
	for i := range a.Columns {
		x, y := a.Columns[i], b.Columns[i]
		if x.Name != y.Name || x.Expression != y.Expression || x.Length != y.Length || x.Desc != y.Desc ||
			explicitOpClass(ta, a, x) != explicitOpClass(tb, b, y) {
			return false
		}
	}
	return true
}

// explicitOpClass is the operator class of an index column, or "" when it
// is the default one for the column's type and the index's method.
func explicitOpClass(t *sqlschema.Table, ix *sqlschema.Index, ic sqlschema.IndexColumn) string {
	if ic.OpClass == "" || ic.Name == "" || t == nil {
		return ic.OpClass
	}
	c := t.Column(ic.Name)
	if c == nil {
		return ic.OpClass
	}
	if isDefaultOpClass(method(ix), c.Type, strings.ToLower(ic.OpClass)) {
		return ""
	}
	return ic.OpClass
}

// opClassPrefix is the type part of PostgreSQL's operator class names
// (int4 in int4_ops and int4_minmax_ops).
var opClassPrefix = map[string]string{
	"TEXT": "text", "VARCHAR": "text", "CHAR": "bpchar", "CITEXT": "citext",
	"INTEGER": "int4", "SMALLINT": "int2", "BIGINT": "int8",
	"REAL": "float4", "DOUBLE PRECISION": "float8", "DECIMAL": "numeric", "MONEY": "money",
	"TIMESTAMP": "timestamp", "TIMESTAMPTZ": "timestamptz", "DATE": "date", "TIME": "time", "TIMETZ": "timetz",
	"UUID": "uuid", "BYTEA": "bytea", "OID": "oid", "BIT": "bit", "VARBIT": "varbit",
	"INET": "inet", "BOOLEAN": "bool", "JSONB": "jsonb",
}

// isDefaultOpClass reports whether PostgreSQL uses opclass for a column of
// type t in an index of the given method when none is named.
func isDefaultOpClass(method string, t sqlschema.ColumnType, opclass string) bool {
	if t.IsEnum {
		return (method == "BTREE" || method == "HASH") && opclass == "enum_ops"
	}
	prefix := opClassPrefix[t.Name]
	switch method {
	case "GIN":
		switch {
		case t.Array:
			return opclass == "array_ops"
		case t.Name == "JSONB":
			return opclass == "jsonb_ops"
		case strings.EqualFold(t.Name, "tsvector"):
			return opclass == "tsvector_ops"
		}
	case "SPGIST":
		switch {
		case t.Array:
			return false
		case t.Name == "TEXT" || t.Name == "VARCHAR":
			return opclass == "text_ops"
		case t.Name == "INET":
			return opclass == "inet_ops"
		}
	case "BRIN":
		switch {
		case t.Array:
			return false
		case t.Name == "INET":
			return opclass == "inet_inclusion_ops"
		case prefix != "":
			return opclass == prefix+"_minmax_ops"
		}
	case "BTREE", "HASH":
		switch {
		case t.Array:
			return opclass == "array_ops"
		case prefix != "":
			return opclass == prefix+"_ops"
		}
	}
	return false
}

func method(ix *sqlschema.Index) string {
	if ix.Method == "" {
		return "BTREE"
	}
	return strings.ToUpper(ix.Method)
}

func sameColumnNames(a, b *sqlschema.Index) bool {
	return columnsEqual(indexColumnNames(a), indexColumnNames(b))
}

func indexColumnNames(ix *sqlschema.Index) []string {
	out := make([]string, len(ix.Columns))
	for i, c := range ix.Columns {
		out[i] = c.Name
		if c.Name == "" {
			out[i] = c.Expression
		}
	}
	return out
}

func indexHasColumn(ix *sqlschema.Index, name string) bool {
	for _, c := range ix.Columns {
		if c.Name == name {
			return true
		}
	}
	return false
}

func anyIndex(list []*sqlschema.Index, f func(*sqlschema.Index) bool) bool {
	for _, ix := range list {
		if f(ix) {
			return true
		}
	}
	return false
}

func columnsEqual(a, b []string) bool { return equalStrings(a, b) }

// primaryKeyChanged: both tables have a key, and its columns, or the type
// of one of its columns, changed.
func primaryKeyChanged(prev, next *sqlschema.Table, casts map[string]cast) bool {
	if prev.PrimaryKey == nil || next.PrimaryKey == nil {
		return false
	}
	if !columnsEqual(prev.PrimaryKey.Columns, next.PrimaryKey.Columns) {
		return true
	}
	for _, c := range prev.PrimaryKey.Columns {
		if casts[c] != noCast {
			return true
		}
	}
	return false
}

// defaultsMatch ports Prisma's rules for when a default did not change.
func defaultsMatch(a, b *sqlschema.Column) bool {
	pa, pb := a.Default, b.Default
	switch {
	case pa == nil && pb == nil:
		return true
	case pb == nil:
		// A sequence default goes with the autoincrement change.
		return pa.Kind == sqlschema.DefaultSequence
	case pb.Kind == sqlschema.DefaultSequence:
		return pa != nil
	case pa == nil:
		return false
	}
	isTime := func(c *sqlschema.Column) bool {
		switch c.Type.Name {
		case "TIMESTAMP", "TIMESTAMPTZ", "DATE", "TIME", "TIMETZ":
			return !c.Type.IsEnum
		}
		return false
	}
	switch {
	case pa.Kind == sqlschema.DefaultValue && pb.Kind == sqlschema.DefaultValue:
		if pa.IsList != pb.IsList {
			return false
		}
		if pa.IsList {
			return equalStrings(pa.List, pb.List) || (isTime(a) || isTime(b)) && len(pa.List) == len(pb.List)
		}
		if isTime(a) || isTime(b) {
			return true // Prisma cannot compare date-time defaults
		}
		if isJSON(a) || isJSON(b) {
			return jsonEqual(pa.Value, pb.Value)
		}
		return pa.Value == pb.Value
	case pa.Kind == sqlschema.DefaultValue && isTime(a) && pa.IsList && pb.Kind == sqlschema.DefaultExpr,
		pb.Kind == sqlschema.DefaultValue && isTime(b) && pb.IsList && pa.Kind == sqlschema.DefaultExpr:
		return true
	case pa.Kind == sqlschema.DefaultNow && pb.Kind == sqlschema.DefaultNow:
		return true
	case pa.Kind == sqlschema.DefaultExpr && pb.Kind == sqlschema.DefaultExpr:
		// Prisma compares the texts ignoring case only, so a default that
		// PostgreSQL spells its own way shows as a change on every diff;
		// strata compares them normalised.
		return exprsMatch(pa.Expr, pb.Expr)
	case pa.Kind == sqlschema.DefaultValue && isTime(a), pb.Kind == sqlschema.DefaultValue && isTime(b):
		return true
	case pa.Kind == sqlschema.DefaultExpr && pb.Kind == sqlschema.DefaultValue:
		return exprMatchesValue(pa.Expr, pb)
	case pa.Kind == sqlschema.DefaultValue && pb.Kind == sqlschema.DefaultExpr:
		return exprMatchesValue(pb.Expr, pa)
	}
	return false
}

func isJSON(c *sqlschema.Column) bool {
	return !c.Type.IsEnum && (c.Type.Name == "JSON" || c.Type.Name == "JSONB")
}

// displayType names a type as Prisma's warnings do (its native type
// names: Integer, VarChar(40), Decimal(65,30)).
func displayType(t sqlschema.ColumnType) string {
	if t.IsEnum || t.Unsupported {
		return t.Name
	}
	names := map[string]string{
		"TEXT": "Text", "INTEGER": "Integer", "SMALLINT": "SmallInt", "BIGINT": "BigInt",
		"DOUBLE PRECISION": "DoublePrecision", "REAL": "Real", "DECIMAL": "Decimal", "MONEY": "Money",
		"BOOLEAN": "Boolean", "TIMESTAMP": "Timestamp", "TIMESTAMPTZ": "Timestamptz", "DATE": "Date",
		"TIME": "Time", "TIMETZ": "Timetz", "JSONB": "JsonB", "JSON": "Json", "BYTEA": "ByteA",
		"UUID": "Uuid", "XML": "Xml", "INET": "Inet", "CITEXT": "Citext", "BIT": "Bit",
		"VARBIT": "VarBit", "VARCHAR": "VarChar", "CHAR": "Char", "OID": "Oid",
	}
	name, ok := names[t.Name]
	if !ok {
		name = t.Name
	}
	if len(t.Args) > 0 {
		name += "(" + strings.Join(t.Args, ",") + ")"
	}
	return name
}

// minus returns the elements of a not in b, in a's order.
func minus(a, b []string) []string {
	in := map[string]bool{}
	for _, v := range b {
		in[v] = true
	}
	var out []string
	for _, v := range a {
		if !in[v] {
			out = append(out, v)
		}
	}
	return out
}

// jsonEqual compares two JSON texts by value; text that does not parse
// counts as equal, as in Prisma.
func jsonEqual(a, b string) bool {
	var x, y any
	if json.Unmarshal([]byte(a), &x) != nil || json.Unmarshal([]byte(b), &y) != nil {
		return true
	}
	return reflect.DeepEqual(x, y)
}

// cast says how a column's data survives a type change, as Prisma's schema
// engine judges it for PostgreSQL.
type cast int

const (
	noCast      cast = iota // the type did not change
	safeCast                // ALTER COLUMN ... SET DATA TYPE, no data lost
	riskyCast               // SET DATA TYPE, values may not fit (warning)
	notCastable             // no cast: the column is dropped and added again
)

// typeChange classifies the change of a column's type from a to b.
func typeChange(a, b *sqlschema.Column) cast {
	ta, tb := a.Type, b.Type
	if ta.IsEnum || tb.IsEnum {
		if ta.IsEnum && tb.IsEnum && ta.Name == tb.Name && ta.EnumNamespace == tb.EnumNamespace {
			return noCast
		}
		return notCastable
	}
	listToScalar := ta.Array && !tb.Array
	scalarToList := !ta.Array && tb.Array
	if listToScalar {
		switch tb.Name {
		case "TEXT":
			return safeCast
		case "VARCHAR":
			if len(tb.Args) == 0 {
				return safeCast
			}
			return riskyCast
		case "CHAR":
			return riskyCast
		}
	}
	if listToScalar || scalarToList {
		return notCastable
	}
	if ta.Unsupported || tb.Unsupported {
		if ta.Unsupported && tb.Unsupported && ta.Name == tb.Name && equalStrings(ta.Args, tb.Args) {
			return noCast
		}
		return riskyCast
	}
	if ta.Name == tb.Name && equalStrings(ta.Args, tb.Args) {
		return noCast
	}
	return nativeCast(nativeOf(ta), nativeOf(tb))
}

// native is a PostgreSQL type with its arguments parsed.
type native struct {
	name string
	n    int // the single length/precision argument; -1 when absent
	p, s int // DECIMAL(p,s); -1 when absent
}

func nativeOf(t sqlschema.ColumnType) native {
	nt := native{name: t.Name, n: -1, p: -1, s: -1}
	switch {
	case t.Name == "DECIMAL" && len(t.Args) == 2:
		p, err1 := strconv.Atoi(t.Args[0])
		s, err2 := strconv.Atoi(t.Args[1])
		if err1 == nil && err2 == nil {
			nt.p, nt.s = p, s
		}
	case len(t.Args) == 1:
		if n, err := strconv.Atoi(t.Args[0]); err == nil {
			nt.n = n
		}
	}
	return nt
}

// nativeCast ports the cast table of Prisma's PostgreSQL differ.
func nativeCast(prev, next native) cast {
	isStr := func(n native) bool { return n.name == "VARCHAR" || n.name == "CHAR" }
	nextIsChar := next.name == "CHAR"
	// toText: the new type is TEXT or VARCHAR without a length, which
	// hold any value's text.
	toText := next.name == "TEXT" || (next.name == "VARCHAR" && next.n < 0)
	// strLen judges an integer or float type cast to VARCHAR/CHAR(len):
	// values need up to need characters.
	strLen := func(need int) cast {
		switch {
		case next.n >= 0 && next.n < need:
			return riskyCast
		case next.n < 0 && nextIsChar:
			return riskyCast
		}
		return safeCast
	}
	// timeLike handles the timestamp and time types, whose precision
	// change alone is not a change when the new one has none.
	sameKindPrecision := func() (cast, bool) {
		if next.name == prev.name && (next.n < 0 || prev.n < 0 || prev.n == next.n) {
			return noCast, true
		}
		return 0, false
	}
	switch prev.name {
	case "INET":
		switch next.name {
		case "CITEXT", "TEXT", "VARCHAR":
			return safeCast
		}
		return notCastable
	case "MONEY":
		switch next.name {
		case "CITEXT", "TEXT", "VARCHAR":
			return safeCast
		}
		return riskyCast
	case "CITEXT":
		switch next.name {
		case "TEXT", "VARCHAR":
			return safeCast
		}
		return riskyCast
	case "OID":
		switch next.name {
		case "TEXT", "VARCHAR", "BIGINT", "INTEGER":
			return safeCast
		}
		return notCastable
	case "SMALLINT", "INTEGER", "BIGINT":
		digits, chars := 3, 4
		if prev.name == "INTEGER" {
			digits, chars = 10, 11
		} else if prev.name == "BIGINT" {
			digits, chars = 19, 20
		}
		switch next.name {
		case "SMALLINT":
			return riskyCast
		case "INTEGER":
			if prev.name == "BIGINT" {
				return riskyCast
			}
			return safeCast
		case "BIGINT", "REAL", "DOUBLE PRECISION", "TEXT":
			return safeCast
		case "DECIMAL":
			if next.p >= 0 && next.p-next.s < digits {
				return riskyCast
			}
			return safeCast
		case "VARCHAR", "CHAR":
			return strLen(chars)
		}
		return notCastable
	case "DECIMAL":
		switch next.name {
		case "SMALLINT", "INTEGER", "BIGINT":
			limit := map[string]int{"SMALLINT": 2, "INTEGER": 9, "BIGINT": 18}[next.name]
			switch {
			case prev.p < 0:
				return riskyCast
			case prev.s > 0:
				return riskyCast
			case prev.p > limit:
				return riskyCast
			}
			return safeCast
		case "DECIMAL":
			switch {
			case prev.p >= 0 && next.p < 0:
				return safeCast
			case prev.p < 0 && next.p >= 0:
				return riskyCast
			case prev.p >= 0 && next.p >= 0 && (prev.p-prev.s > next.p-next.s || prev.s > next.s):
				return riskyCast
			}
			return safeCast
		case "REAL", "DOUBLE PRECISION":
			return riskyCast
		case "VARCHAR", "CHAR":
			switch {
			case next.n >= 0 && prev.p >= 0 && prev.s == 0 && prev.p+1 > next.n:
				return riskyCast
			case next.n >= 0 && prev.p >= 0 && prev.s > 0 && prev.p+2 > next.n:
				return riskyCast
			case next.n >= 0 && prev.p < 0 && next.n < 131073:
				return riskyCast
			case next.n < 0 && nextIsChar:
				return riskyCast
			}
			return safeCast
		case "TEXT":
			return safeCast
		}
		return notCastable
	case "REAL", "DOUBLE PRECISION":
		switch next.name {
		case "SMALLINT", "INTEGER", "BIGINT", "DECIMAL":
			return riskyCast
		case "REAL":
			if prev.name == "DOUBLE PRECISION" {
				return riskyCast
			}
			return safeCast
		case "DOUBLE PRECISION", "TEXT":
			return safeCast
		case "VARCHAR", "CHAR":
			if prev.name == "REAL" {
				return strLen(47)
			}
			return strLen(317)
		}
		return notCastable
	case "VARCHAR", "CHAR":
		if next.name == "TEXT" {
			return safeCast
		}
		if !isStr(next) {
			return notCastable
		}
		switch {
		case prev.name == "CHAR" && prev.n < 0:
			return safeCast
		case prev.name == "VARCHAR" && prev.n < 0 && next.n < 0 && nextIsChar:
			return riskyCast
		case prev.n < 0 && next.n >= 0:
			return riskyCast
		case prev.n == 1 && next.n < 0:
			return safeCast
		case prev.n >= 0 && next.n < 0 && nextIsChar:
			return riskyCast
		case prev.n >= 0 && next.n < 0:
			return safeCast
		case prev.n >= 0 && next.n >= 0 && prev.n > next.n:
			return riskyCast
		}
		return safeCast
	case "TEXT":
		switch {
		case toText || next.name == "CITEXT":
			return safeCast
		case isStr(next):
			return riskyCast
		}
		return notCastable
	case "BYTEA":
		switch {
		case toText:
			return safeCast
		case isStr(next) && next.n > 2:
			return riskyCast
		}
		return notCastable
	case "TIMESTAMP", "TIMESTAMPTZ", "DATE", "TIME", "TIMETZ":
		minLen := map[string]int{"TIMESTAMP": 22, "TIMESTAMPTZ": 27, "DATE": 27, "TIME": 13, "TIMETZ": 18}[prev.name]
		if toText {
			return safeCast
		}
		if isStr(next) && next.n > minLen {
			return safeCast
		}
		if prev.name != "DATE" {
			if c, ok := sameKindPrecision(); ok {
				return c
			}
		}
		switch prev.name {
		case "TIMESTAMP", "TIMESTAMPTZ":
			switch next.name {
			case "TIMESTAMP", "TIMESTAMPTZ", "DATE", "TIME", "TIMETZ":
				return safeCast
			}
		case "DATE":
			switch next.name {
			case "TIMESTAMP", "TIMESTAMPTZ":
				return safeCast
			}
		case "TIME":
			if next.name == "TIMETZ" {
				return safeCast
			}
		case "TIMETZ":
			if next.name == "TIMETZ" || next.name == "TIME" {
				return safeCast
			}
		}
		return notCastable
	case "BOOLEAN":
		switch {
		case next.name == "TEXT" || next.name == "VARCHAR":
			return safeCast
		case next.name == "CHAR" && next.n > 4:
			return safeCast
		case next.name == "CHAR" && next.n > 3:
			return riskyCast
		}
		return notCastable
	case "BIT":
		if prev.n < 0 {
			switch next.name {
			case "TEXT", "VARCHAR", "CHAR", "VARBIT":
				return safeCast
			}
			return notCastable
		}
		switch {
		case toText || (next.name == "VARBIT" && next.n < 0):
			return safeCast
		case (next.name == "VARCHAR" || next.name == "VARBIT" || next.name == "CHAR") && next.n >= prev.n:
			return safeCast
		}
		return notCastable
	case "VARBIT":
		if prev.n < 0 {
			switch {
			case toText:
				return safeCast
			case isStr(next) || next.name == "BIT":
				return riskyCast
			}
			return notCastable
		}
		switch {
		case toText || (next.name == "VARBIT" && next.n < 0):
			return safeCast
		case next.name == "VARBIT" && next.n > prev.n:
			return safeCast
		case isStr(next) && next.n >= prev.n:
			return safeCast
		case next.name == "BIT" && (next.n < 0 || next.n <= prev.n):
			return riskyCast
		case isStr(next):
			return riskyCast
		}
		return notCastable
	case "UUID":
		switch {
		case toText:
			return safeCast
		case isStr(next) && next.n > 31:
			return safeCast
		}
		return notCastable
	case "XML", "JSON", "JSONB":
		switch {
		case toText:
			return safeCast
		case prev.name == "JSON" && next.name == "JSONB", prev.name == "JSONB" && next.name == "JSON":
			return safeCast
		case isStr(next):
			return riskyCast
		}
		return notCastable
	}
	return riskyCast
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// withoutNils returns s without nil entries (and nil columns), so that bad
// input cannot panic the differ.
func withoutNils(s *sqlschema.Schema) *sqlschema.Schema {
	out := *s
	out.Extensions = nil
	for _, e := range s.Extensions {
		if e != nil {
			out.Extensions = append(out.Extensions, e)
		}
	}
	out.Enums = nil
	for _, e := range s.Enums {
		if e != nil {
			out.Enums = append(out.Enums, e)
		}
	}
	out.Sequences = nil
	for _, q := range s.Sequences {
		if q != nil {
			out.Sequences = append(out.Sequences, q)
		}
	}
	out.Tables = nil
	for _, t := range s.Tables {
		if t == nil {
			continue
		}
		clean := true
		for _, c := range t.Columns {
			clean = clean && c != nil
		}
		for _, ix := range t.Indexes {
			clean = clean && ix != nil
		}
		for _, fk := range t.ForeignKeys {
			clean = clean && fk != nil
		}
		if !clean {
			tc := *t
			tc.Columns, tc.Indexes, tc.ForeignKeys = nil, nil, nil
			for _, c := range t.Columns {
				if c != nil {
					tc.Columns = append(tc.Columns, c)
				}
			}
			for _, ix := range t.Indexes {
				if ix != nil {
					tc.Indexes = append(tc.Indexes, ix)
				}
			}
			for _, fk := range t.ForeignKeys {
				if fk != nil {
					tc.ForeignKeys = append(tc.ForeignKeys, fk)
				}
			}
			t = &tc
		}
		out.Tables = append(out.Tables, t)
	}
	return &out
}

// Summary describes changes for a person, in the layout of Prisma's
// `migrate diff` summary and drift report: sections such as "[+] Added
// tables" and "[*] Changed the `User` table", one line per change below
// them. No changes give "No difference detected.". The text starts with a
// newline when there are changes, as Prisma's does.
func Summary(changes []sqlschema.Change) string {
	type item struct {
		kind int
		name string
		idx  int
	}
	// Section kinds, in Prisma's order.
	const (
		alteredExtension = iota
		droppedExtension
		createdExtension
		addedEnum
		addedTable
		removedEnum
		removedTable
		changedEnum
		changedTable
	)
	var items []item
	for i, c := range changes {
		switch c := c.(type) {
		case *sqlschema.CreateEnum:
			items = append(items, item{addedEnum, "", i})
		case *sqlschema.AlterEnum:
			items = append(items, item{changedEnum, c.From.Name, i})
		case *sqlschema.DropEnum:
			items = append(items, item{removedEnum, "", i})
		case *sqlschema.CreateTable:
			items = append(items, item{addedTable, "", i})
		case *sqlschema.DropTable:
			items = append(items, item{removedTable, "", i})
		case *sqlschema.AlterTable:
			items = append(items, item{changedTable, c.Table.Name, i})
		case *sqlschema.DropForeignKey:
			items = append(items, item{changedTable, c.Table.Name, i})
		case *sqlschema.AddForeignKey:
			items = append(items, item{changedTable, c.Table.Name, i})
		case *sqlschema.RenameForeignKey:
			items = append(items, item{changedTable, c.Table.Name, i})
		case *sqlschema.DropIndex:
			items = append(items, item{changedTable, c.Table.Name, i})
		case *sqlschema.CreateIndex:
			items = append(items, item{changedTable, c.Table.Name, i})
		case *sqlschema.RenameIndex:
			items = append(items, item{changedTable, c.Table.Name, i})
		case *sqlschema.RenamePrimaryKey:
			items = append(items, item{changedTable, c.Table.Name, i})
		case *sqlschema.CreateExtension:
			items = append(items, item{createdExtension, c.Ext.Name, i})
		case *sqlschema.AlterExtension:
			items = append(items, item{alteredExtension, c.From.Name, i})
		case *sqlschema.DropExtension:
			items = append(items, item{droppedExtension, c.Ext.Name, i})
		}
	}
	if len(changes) == 0 {
		return "No difference detected."
	}
	sort.SliceStable(items, func(a, b int) bool {
		x, y := items[a], items[b]
		if x.kind != y.kind {
			return x.kind < y.kind
		}
		if x.name != y.name {
			return x.name < y.name
		}
		return x.idx < y.idx
	})
	var b strings.Builder
	for n, it := range items {
		if n == 0 || it.kind != items[n-1].kind || it.name != items[n-1].name {
			switch it.kind {
			case addedEnum:
				b.WriteString("\n[+] Added enums\n")
			case addedTable:
				b.WriteString("\n[+] Added tables\n")
			case removedEnum:
				b.WriteString("\n[-] Removed enums\n")
			case removedTable:
				b.WriteString("\n[-] Removed tables\n")
			case changedEnum:
				fmt.Fprintf(&b, "\n[*] Changed the `%s` enum\n", it.name)
			case changedTable:
				fmt.Fprintf(&b, "\n[*] Changed the `%s` table\n", it.name)
			case createdExtension:
				b.WriteString("\n[+] Added extensions\n")
			case alteredExtension:
				fmt.Fprintf(&b, "\n[*] Changed the `%s` extension\n", it.name)
			case droppedExtension:
				b.WriteString("\n[-] Removed extensions\n")
			}
		}
		summariseChange(&b, changes[it.idx])
	}
	return b.String()
}

func summariseChange(b *strings.Builder, c sqlschema.Change) {
	indexLine := func(verb string, ix *sqlschema.Index) {
		kind := "index"
		if ix.Unique {
			kind = "unique index"
		}
		fmt.Fprintf(b, "  [%s] %s %s on columns (%s)\n", map[string]string{"Added": "+", "Removed": "-"}[verb], verb, kind, strings.Join(indexColumnNames(ix), ", "))
	}
	switch c := c.(type) {
	case *sqlschema.CreateEnum:
		fmt.Fprintf(b, "  - %s\n", c.Enum.Name)
	case *sqlschema.DropEnum:
		fmt.Fprintf(b, "  - %s\n", c.Enum.Name)
	case *sqlschema.CreateTable:
		fmt.Fprintf(b, "  - %s\n", c.Table.Name)
	case *sqlschema.DropTable:
		fmt.Fprintf(b, "  - %s\n", c.Table.Name)
	case *sqlschema.CreateExtension:
		fmt.Fprintf(b, "  - %s\n", c.Ext.Name)
	case *sqlschema.AlterEnum:
		for _, v := range c.AddedValues {
			fmt.Fprintf(b, "  [+] Added variant `%s`\n", v)
		}
		for _, v := range c.RemovedValues {
			fmt.Fprintf(b, "  [-] Removed variant `%s`\n", v)
		}
	case *sqlschema.DropForeignKey:
		fmt.Fprintf(b, "  [-] Removed foreign key on columns (%s)\n", strings.Join(c.FK.Columns, ", "))
	case *sqlschema.AddForeignKey:
		fmt.Fprintf(b, "  [+] Added foreign key on columns (%s)\n", strings.Join(c.FK.Columns, ", "))
	case *sqlschema.RenameForeignKey:
		fmt.Fprintf(b, "  [*] Renamed the foreign key %q to %q\n", c.From, c.To)
	case *sqlschema.DropIndex:
		indexLine("Removed", c.Index)
	case *sqlschema.CreateIndex:
		indexLine("Added", c.Index)
	case *sqlschema.RenameIndex:
		fmt.Fprintf(b, "  [*] Renamed index `%s` to `%s`\n", c.From, c.To)
	case *sqlschema.AlterTable:
		if c.DropPrimaryKey != nil {
			fmt.Fprintf(b, "  [-] Dropped the primary key on columns (%s)\n", strings.Join(c.DropPrimaryKey.Columns, ", "))
		}
		if c.RenamePrimaryKey != nil && c.Table.PrimaryKey != nil {
			fmt.Fprintf(b, "  [*] Renamed the primary key on columns (%s)\n", strings.Join(c.Table.PrimaryKey.Columns, ", "))
		}
		for _, col := range c.DropColumns {
			fmt.Fprintf(b, "  [-] Removed column `%s`\n", col.Name)
		}
		for _, col := range c.AddColumns {
			fmt.Fprintf(b, "  [+] Added column `%s`\n", col.Name)
		}
		for _, ac := range c.AlterColumns {
			if ac.Recreate {
				fmt.Fprintf(b, "  [*] Column `%s` would be dropped and recreated (%s)\n", ac.To.Name, columnChanges(ac))
			} else {
				fmt.Fprintf(b, "  [*] Altered column `%s` (%s)\n", ac.To.Name, columnChanges(ac))
			}
		}
		if c.AddPrimaryKey != nil {
			fmt.Fprintf(b, "  [+] Added primary key on columns (%s)\n", strings.Join(c.AddPrimaryKey.Columns, ", "))
		}
	}
}

// columnChanges words what changed in a column, as Prisma's summary does.
func columnChanges(ac *sqlschema.AlterColumn) string {
	arityName := func(c *sqlschema.Column) string {
		return [...]string{arityRequired: "Required", arityNullable: "Nullable", arityList: "List"}[arity(c)]
	}
	var parts []string
	if ac.NotNullChanged || arity(ac.From) != arity(ac.To) {
		parts = append(parts, fmt.Sprintf("changed from %s to %s", arityName(ac.From), arityName(ac.To)))
	}
	if ac.DefaultChanged {
		parts = append(parts, fmt.Sprintf("default changed from `%s` to `%s`", defaultDebug(ac.From.Default), defaultDebug(ac.To.Default)))
	}
	if ac.TypeChanged {
		parts = append(parts, "type changed")
	}
	if ac.AutoIncrChanged {
		if ac.From.AutoIncrement {
			parts = append(parts, "column is no longer autoincrementing")
		} else {
			parts = append(parts, "column became autoincrementing")
		}
	}
	return strings.Join(parts, ", ")
}

// defaultDebug shows a default as Prisma's summary does (Rust's debug
// form of its default kinds).
func defaultDebug(d *sqlschema.Default) string {
	if d == nil {
		return "None"
	}
	switch d.Kind {
	case sqlschema.DefaultNow:
		return "Some(Now)"
	case sqlschema.DefaultExpr:
		return fmt.Sprintf("Some(DbGenerated(Some(%q)))", d.Expr)
	case sqlschema.DefaultSequence:
		return fmt.Sprintf("Some(Sequence(%q))", d.SeqName)
	}
	if d.IsList {
		return fmt.Sprintf("Some(Value(List(%q)))", d.List)
	}
	return fmt.Sprintf("Some(Value(%q))", d.Value)
}

// predicatesMatch compares two partial index predicates in a normalised
// form, since PostgreSQL keeps its own spelling of what the schema wrote:
// outer parentheses, spacing, keyword case, quotes around lower-case
// identifiers and casts it adds to literals ('a'::text) do not count.
func predicatesMatch(a, b string) bool {
	if a == b {
		return true
	}
	if a == "" || b == "" {
		return false
	}
	na, nb := normalisePredicate(a), normalisePredicate(b)
	return na == nb || strings.NewReplacer("(", "", ")", "").Replace(na) == strings.NewReplacer("(", "", ")", "").Replace(nb)
}

func normalisePredicate(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\'':
			j := i + 1
			for j < len(s) {
				if s[j] == '\'' {
					if j+1 < len(s) && s[j+1] == '\'' {
						j += 2
						continue
					}
					break
				}
				j++
			}
			if j >= len(s) {
				j = len(s) - 1
			}
			if lit := s[i+1 : j]; j > i && isNumericLiteral(lit) && numericCast(s[j+1:]) {
				// PostgreSQL keeps a negative number as '-1'::integer.
				b.WriteString(lit)
			} else {
				b.WriteString(s[i : j+1])
			}
			i = j + 1
		case c == '!' && i+1 < len(s) && s[i+1] == '=':
			// != is PostgreSQL's <>, and the catalog spells it <>.
			b.WriteString("<>")
			i += 2
		case c == '"':
			j := strings.IndexByte(s[i+1:], '"')
			if j < 0 {
				b.WriteString(s[i:])
				i = len(s)
				continue
			}
			ident := s[i+1 : i+1+j]
			if isPlainIdent(ident) {
				b.WriteString(ident)
			} else {
				b.WriteString(s[i : i+j+2])
			}
			i += j + 2
		case c == ':' && i+1 < len(s) && s[i+1] == ':':
			// A cast: skip the type name (words, spaces, [] and (n)); a
			// quoted name ("Role", "public"."Role") is skipped whole.
			j := i + 2
			for j < len(s) && s[j] == '"' {
				k := strings.IndexByte(s[j+1:], '"')
				if k < 0 {
					break
				}
				j += k + 2
				if j < len(s) && s[j] == '.' {
					j++
				}
			}
			for j < len(s) && (isIdentByte(s[j]) || s[j] == ' ' || s[j] == '[' || s[j] == ']') {
				if s[j] == ' ' {
					rest := strings.ToLower(s[j+1:])
					if !strings.HasPrefix(rest, "varying") && !strings.HasPrefix(rest, "precision") &&
						!strings.HasPrefix(rest, "with") && !strings.HasPrefix(rest, "without") &&
						!strings.HasPrefix(rest, "time") && !strings.HasPrefix(rest, "zone") {
						break
					}
				}
				j++
			}
			i = j
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		default:
			b.WriteByte(lower(c))
			i++
		}
	}
	return simplifyParens(dropLiteralTypeWords(b.String()))
}

// isNumericLiteral reports whether s is a plain decimal number, maybe
// negative: -1, 2.50.
func isNumericLiteral(s string) bool {
	s = strings.TrimPrefix(s, "-")
	digits, dot := 0, false
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] >= '0' && s[i] <= '9':
			digits++
		case s[i] == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return digits > 0
}

// numericCast reports whether rest starts with a cast to a numeric type
// (::integer, ::bigint, ::numeric, ::double precision, ...).
func numericCast(rest string) bool {
	if !strings.HasPrefix(rest, "::") {
		return false
	}
	rest = strings.ToLower(rest[2:])
	for _, t := range []string{"integer", "bigint", "smallint", "numeric", "double precision", "real"} {
		if strings.HasPrefix(rest, t) && (len(rest) == len(t) || !isIdentByte(rest[len(t)])) {
			return true
		}
	}
	return false
}

// dropLiteralTypeWords turns typed literals (interval'1 day', written
// INTERVAL '1 day') into plain literals, as the casts were dropped from
// PostgreSQL's form ('1 day'::interval).
func dropLiteralTypeWords(s string) string {
	for _, w := range []string{"interval", "timestamptz", "timestampwithtimezone", "timestamp", "date", "timetz", "time", "text", "varchar", "bigint", "integer", "numeric", "uuid", "jsonb", "json", "bytea", "inet", "boolean", "bool"} {
		for {
			i := strings.Index(s, w+"'")
			if i < 0 || (i > 0 && (isIdentByte(s[i-1]) || s[i-1] == '\'')) {
				break
			}
			s = s[:i] + s[i+len(w):]
		}
	}
	return s
}

// simplifyParens removes parentheses that do not change the meaning:
// around the whole text, around a single token, and doubled ones.
func simplifyParens(s string) string {
	for changed := true; changed; {
		changed = false
		for len(s) >= 2 && s[0] == '(' && matchParen(s, 0) == len(s)-1 {
			s = s[1 : len(s)-1]
			changed = true
		}
		for i := 0; i < len(s); i++ {
			if s[i] != '(' || (i > 0 && isIdentByte(s[i-1])) {
				continue // a function call's parentheses stay
			}
			j := matchParen(s, i)
			if j < 0 {
				return s
			}
			inner := s[i+1 : j]
			single := inner != ""
			for k := 0; k < len(inner) && single; k++ {
				c := inner[k]
				single = isIdentByte(c) || c == '.' || c == '\'' || c == '"' || c == '-' && k == 0
			}
			doubled := len(inner) >= 2 && inner[0] == '(' && matchParen(inner, 0) == len(inner)-1
			if single || doubled {
				s = s[:i] + inner + s[j+1:]
				changed = true
				break
			}
		}
	}
	return s
}

// matchParen returns the index of the parenthesis closing the one at i
// (quotes were kept verbatim and may hold parentheses), or -1.
func matchParen(s string, i int) int {
	depth := 0
	quote := byte(0)
	for j := i; j < len(s); j++ {
		c := s[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// exprsMatch compares two default expressions as written in a schema and
// as PostgreSQL keeps them (CLOCK_TIMESTAMP() and clock_timestamp(),
// 'hex' and 'hex'::text, interval '1 day' and '1 day'::interval).
func exprsMatch(a, b string) bool {
	return strings.EqualFold(a, b) || normalisePredicate(a) == normalisePredicate(b)
}

// exprMatchesValue reports whether a default expression is the constant
// v: a literal, maybe cast ('abc', 'abc'::text, 42, (-1), true).
func exprMatchesValue(expr string, v *sqlschema.Default) bool {
	if v.IsList {
		return false
	}
	n := normalisePredicate(expr)
	if len(n) >= 2 && n[0] == '\'' && n[len(n)-1] == '\'' {
		return strings.ReplaceAll(n[1:len(n)-1], "''", "'") == v.Value
	}
	return strings.EqualFold(n, v.Value)
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isPlainIdent(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// balanced reports whether the parentheses of s pair up (outside quotes
// it does not matter here: quotes were kept verbatim).
func balanced(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}
