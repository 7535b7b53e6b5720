// Package sqlschema owns a PostgreSQL database schema as plain data
// (namespaces, enums, tables, columns, primary keys, indexes, foreign keys,
// sequences, extensions, views) and the changes between two such schemas.
// From builds the schema that a validated Prisma data model wants, with
// Prisma's type mapping and naming rules; package postgres reads the same
// structure from a live catalog and renders changes as SQL; package migrate
// diffs two schemas into changes.
//
// Everything here is normalised so that a schema built from a Prisma file and
// one read from a database compare equal when they describe the same
// objects: type names in the form Prisma's migrations write them
// (TEXT, INTEGER, TIMESTAMP(3), DECIMAL(65,30), VARCHAR(255)), defaults as
// typed values, actions as SQL keywords.
package sqlschema

// DefaultNamespace is the schema used when a model has no @@schema and the
// URL names none.
const DefaultNamespace = "public"

// Schema is a database schema: every object strata manages in one database.
type Schema struct {
	// Namespaces are the PostgreSQL schemas in use, in order ("public" when
	// the Prisma schema declares none).
	Namespaces []string
	Extensions []*Extension
	Enums      []*Enum
	Tables     []*Table
	Sequences  []*Sequence // sequences not owned by a SERIAL column
	Views      []*View     // read-only: introspected, never migrated
}

// Table returns the table with the given namespace and name, or nil.
func (s *Schema) Table(namespace, name string) *Table {
	for _, t := range s.Tables {
		if t.Namespace == namespace && t.Name == name {
			return t
		}
	}
	return nil
}

// Enum returns the enum with the given namespace and name, or nil.
func (s *Schema) Enum(namespace, name string) *Enum {
	for _, e := range s.Enums {
		if e.Namespace == namespace && e.Name == name {
			return e
		}
	}
	return nil
}

// Extension is a PostgreSQL extension (CREATE EXTENSION).
type Extension struct {
	Name      string
	Namespace string // "" when not pinned
	Version   string // "" when not pinned
}

// Enum is an enum type with its values in order.
type Enum struct {
	Namespace string
	Name      string
	Values    []string
}

// Sequence is a free-standing sequence.
type Sequence struct {
	Namespace string
	Name      string
}

// View is a view, kept for introspection and db pull; migrations do not
// create or alter views (as Prisma).
type View struct {
	Namespace  string
	Name       string
	Definition string
	Columns    []*Column
}

// Table is a table.
type Table struct {
	Namespace   string
	Name        string
	Columns     []*Column // in order
	PrimaryKey  *PrimaryKey
	Indexes     []*Index // unique and plain, including those backing unique constraints
	ForeignKeys []*ForeignKey
	Comment     string
}

// Column returns the column with the given name, or nil.
func (t *Table) Column(name string) *Column {
	for _, c := range t.Columns {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Column is a table column.
type Column struct {
	Name    string
	Type    ColumnType
	NotNull bool
	Default *Default // nil: no default
	// AutoIncrement marks a SERIAL/BIGSERIAL/SMALLSERIAL column (an integer
	// column whose default is nextval of a sequence it owns). Default is nil
	// for such a column.
	AutoIncrement bool
	// Identity is "ALWAYS" or "BY DEFAULT" for identity columns (introspected
	// only; Prisma does not create them).
	Identity string
	Comment  string
}

// ColumnType is a column's type, normalised.
type ColumnType struct {
	// Name is the type as Prisma's migrations write it, upper case, without
	// arguments: TEXT, INTEGER, SMALLINT, BIGINT, DOUBLE PRECISION, REAL,
	// DECIMAL, MONEY, BOOLEAN, TIMESTAMP, TIMESTAMPTZ, DATE, TIME, TIMETZ,
	// JSONB, JSON, BYTEA, UUID, XML, INET, CITEXT, BIT, VARBIT, VARCHAR, CHAR,
	// OID. For an enum it is the enum's name (EnumNamespace set). For a type
	// strata does not model (Prisma's Unsupported) it is the text as written
	// and Unsupported is true.
	Name string
	// Args are the type arguments as written: ["3"] for TIMESTAMP(3),
	// ["65", "30"] for DECIMAL(65,30); nil when none.
	Args []string
	// Array marks a one-dimensional array (TEXT[]).
	Array bool
	// IsEnum marks an enum type; EnumNamespace is its schema.
	IsEnum        bool
	EnumNamespace string
	Unsupported   bool
}

// DefaultKind classifies a column default.
type DefaultKind int

// Default kinds.
const (
	// DefaultValue is a constant: Value holds it unquoted ("abc", "42",
	// "true", an enum value, an RFC 3339 timestamp), List the elements of
	// an array constant.
	DefaultValue DefaultKind = iota
	// DefaultNow is CURRENT_TIMESTAMP (also now()).
	DefaultNow
	// DefaultExpr is any other SQL expression, kept verbatim in Expr
	// (Prisma's dbgenerated("...")).
	DefaultExpr
	// DefaultSequence is nextval('seq') on a column that is not SERIAL.
	DefaultSequence
)

// Default is a column default.
type Default struct {
	Kind    DefaultKind
	Value   string
	List    []string
	IsList  bool
	Expr    string
	SeqName string // DefaultSequence
}

// PrimaryKey is a table's primary key constraint.
type PrimaryKey struct {
	Name    string
	Columns []string
}

// IndexColumn is one key column of an index.
type IndexColumn struct {
	Name string
	Desc bool
	// Asc is an explicit ascending order (sort: Asc): Prisma writes it as
	// ASC in CREATE INDEX. It is the same index as no order, so diffs
	// ignore it, and the catalog never reports it.
	Asc    bool
	Length int // 0: none (PostgreSQL has no prefix lengths; kept for completeness)
	// OpClass is the operator class when not the default, as PostgreSQL
	// names it (jsonb_path_ops, gin_trgm_ops).
	OpClass string
	// Expression is set instead of Name for an expression index
	// (introspected only).
	Expression string
}

// Index is an index; Unique indexes include those Prisma creates for @unique
// and @@unique, and those backing UNIQUE constraints.
type Index struct {
	Name    string
	Unique  bool
	Columns []IndexColumn
	// Method is BTREE, HASH, GIST, GIN, SPGIST or BRIN; "" means BTREE.
	Method string
	// Predicate is the WHERE clause of a partial index, without WHERE: the
	// schema's where: as SQL, or the catalog's pg_get_expr text.
	Predicate string
	// Constraint marks an index that backs a UNIQUE constraint (introspected;
	// Prisma creates unique indexes, not constraints).
	Constraint bool
}

// Action is a referential action keyword.
type Action string

// Referential actions as PostgreSQL spells them.
const (
	Cascade    Action = "CASCADE"
	Restrict   Action = "RESTRICT"
	NoAction   Action = "NO ACTION"
	SetNull    Action = "SET NULL"
	SetDefault Action = "SET DEFAULT"
)

// ForeignKey is a foreign key constraint.
type ForeignKey struct {
	Name              string
	Columns           []string
	RefNamespace      string
	RefTable          string
	RefColumns        []string
	OnDelete          Action
	OnUpdate          Action
	Deferrable        bool // introspected only
	InitiallyDeferred bool // introspected only
}
