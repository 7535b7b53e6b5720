package sqlschema

// Change is one step that turns a database schema into another. Changes know
// nothing of SQL text: package postgres renders them. The concrete types are
// the pointers below; a plan is an ordered []Change.
type Change interface{ change() }

// CreateNamespace creates a schema (CREATE SCHEMA IF NOT EXISTS).
type CreateNamespace struct{ Name string }

// DropNamespace drops an empty schema.
type DropNamespace struct{ Name string }

// CreateExtension creates an extension.
type CreateExtension struct{ Ext *Extension }

// DropExtension drops an extension.
type DropExtension struct{ Ext *Extension }

// AlterExtension changes an extension's schema or version.
type AlterExtension struct{ From, To *Extension }

// CreateEnum creates an enum type.
type CreateEnum struct{ Enum *Enum }

// DropEnum drops an enum type.
type DropEnum struct{ Enum *Enum }

// AlterEnum adds values to an enum (ALTER TYPE ... ADD VALUE) or, when values
// are removed, recreates it. Prisma's layout: when RemovedValues is not
// empty the enum is recreated with the To values and every column using it is
// cast (the columns are listed in Columns).
type AlterEnum struct {
	From, To      *Enum
	AddedValues   []string
	RemovedValues []string
	// Columns using the enum, for the recreate path.
	Columns []EnumColumn
	// DropDefaults are the columns (as they were before) that use the enum
	// and have a default: the recreate path drops those defaults first.
	DropDefaults []EnumColumn
	// SetDefaults are the columns (as they are after) whose enum default the
	// recreate path sets again once the new type is in place.
	SetDefaults []EnumColumn
}

// EnumColumn is a column whose type is an enum.
type EnumColumn struct {
	Table  *Table
	Column *Column
}

// CreateTable creates a table with its columns and primary key. Its indexes
// and foreign keys are separate changes (CreateIndex, AddForeignKey), as in
// Prisma's migrations.
type CreateTable struct{ Table *Table }

// DropTable drops a table.
type DropTable struct{ Table *Table }

// AlterTable changes a table's columns and primary key in one ALTER TABLE.
type AlterTable struct {
	Table          *Table // the table as it is after the change
	AddColumns     []*Column
	DropColumns    []*Column
	AlterColumns   []*AlterColumn
	DropPrimaryKey *PrimaryKey
	AddPrimaryKey  *PrimaryKey
	// RenamePrimaryKey renames the primary key constraint in the same
	// statement (Prisma's order: drop key, rename key, columns, add key).
	RenamePrimaryKey *RenamePrimaryKey
}

// AlterColumn changes one column in place.
type AlterColumn struct {
	From, To *Column
	// What changed.
	TypeChanged     bool
	NotNullChanged  bool
	DefaultChanged  bool
	AutoIncrChanged bool
	// Recreate means the change cannot be done in place (e.g. a cast
	// PostgreSQL does not have): drop the column and add it again; data in it
	// is lost.
	Recreate bool
}

// CreateIndex creates an index (unique or not).
type CreateIndex struct {
	Table *Table
	Index *Index
}

// DropIndex drops an index.
type DropIndex struct {
	Table *Table
	Index *Index
}

// RenameIndex renames an index (map: changed, same definition).
type RenameIndex struct {
	Table    *Table
	From, To string
}

// AddForeignKey adds a foreign key constraint.
type AddForeignKey struct {
	Table *Table
	FK    *ForeignKey
}

// DropForeignKey drops a foreign key constraint.
type DropForeignKey struct {
	Table *Table
	FK    *ForeignKey
}

// RenameForeignKey renames a foreign key constraint (map: changed).
type RenameForeignKey struct {
	Table    *Table
	From, To string
}

// RenamePrimaryKey renames a primary key constraint (map: changed).
type RenamePrimaryKey struct {
	Table    *Table
	From, To string
}

// CreateSequence and DropSequence manage free-standing sequences.
type CreateSequence struct{ Seq *Sequence }

// DropSequence drops a free-standing sequence.
type DropSequence struct{ Seq *Sequence }

func (*CreateNamespace) change()  {}
func (*DropNamespace) change()    {}
func (*CreateExtension) change()  {}
func (*DropExtension) change()    {}
func (*AlterExtension) change()   {}
func (*CreateEnum) change()       {}
func (*DropEnum) change()         {}
func (*AlterEnum) change()        {}
func (*CreateTable) change()      {}
func (*DropTable) change()        {}
func (*AlterTable) change()       {}
func (*CreateIndex) change()      {}
func (*DropIndex) change()        {}
func (*RenameIndex) change()      {}
func (*AddForeignKey) change()    {}
func (*DropForeignKey) change()   {}
func (*RenameForeignKey) change() {}
func (*RenamePrimaryKey) change() {}
func (*CreateSequence) change()   {}
func (*DropSequence) change()     {}
