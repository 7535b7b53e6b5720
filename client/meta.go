package client

import (
	"strconv"
	"strings"
)

// ScalarType is the Prisma type of a column.
type ScalarType uint8

// Scalar types.
const (
	TString ScalarType = iota + 1
	TBoolean
	TInt
	TBigInt
	TFloat
	TDecimal
	TDateTime
	TJSON
	TBytes
	TEnum
)

// DefaultFunc is a default the client fills in, as Prisma's client does:
// the database has no default for these columns.
type DefaultFunc uint8

// Client-side defaults.
const (
	NoDefault     DefaultFunc = iota
	DefaultCUID               // cuid()
	DefaultCUID2              // cuid(2)
	DefaultUUID4              // uuid(), uuid(4)
	DefaultUUID7              // uuid(7)
	DefaultNanoID             // nanoid(), nanoid(n): Column.DefaultArg is n (21 when 0)
	DefaultULID               // ulid()
	DefaultNow                // now(): Prisma sends the request's time rather than relying on CURRENT_TIMESTAMP
)

// Column describes one scalar field of a model and its database column.
// Generated code declares them; the runtime reads them.
type Column struct {
	Field string // Prisma field name
	Name  string // database column name (@map)
	Type  ScalarType
	// DBType is the column type as SQL (TEXT, INTEGER, VARCHAR(200), the
	// quoted enum name), used for casts of array parameters.
	DBType     string
	List       bool
	Nullable   bool
	Default    DefaultFunc
	DefaultArg int  // nanoid length
	UpdatedAt  bool // @updatedAt: set to the request's time on create and update
}

// Relation describes a relation field of a model.
//
// For a 1-1 or 1-n relation, a row of this model is related to the rows of
// the target whose columns To equal this row's columns From (both are
// indexes into the respective Columns). For an implicit many-to-many
// relation JoinTable is set: From is this model's id column, To the
// target's, and JoinFrom/JoinTo are the join table's columns ("A" or "B")
// that point at this model and at the target.
type Relation struct {
	Field    string
	List     bool // to-many
	Optional bool // to-one that may be absent
	FK       bool // this model holds the foreign key (From are its columns)
	From     []int
	To       []int
	// Implicit m-n.
	JoinSchema string
	JoinTable  string
	JoinFrom   string
	JoinTo     string
}

// ModelSpec is what generated code declares about a model; NewModel turns
// it into a *Model.
type ModelSpec struct {
	Name       string
	Schema     string // "" for the connection's schema (search_path)
	Table      string
	View       bool
	Columns    []Column
	PrimaryKey []int // indexes into Columns
	Relations  []Relation
}

// Model is the runtime's description of a model: ModelSpec plus the SQL
// fragments computed once.
type Model struct {
	ModelSpec
	table      string   // quoted, qualified table name
	quotedCols []string // quoted column names
	hasNow     bool     // some column is filled with the request time
}

// NewModel computes the SQL fragments of a model. Generated code calls it
// once per model in a package-level variable initialiser.
func NewModel(spec ModelSpec) *Model {
	m := &Model{ModelSpec: spec}
	m.table = qualify(spec.Schema, spec.Table)
	m.quotedCols = make([]string, len(spec.Columns))
	for i, c := range spec.Columns {
		m.quotedCols[i] = quoteIdent(c.Name)
		if c.Default == DefaultNow || c.UpdatedAt {
			m.hasNow = true
		}
	}
	return m
}

// selectList writes the columns of m with the alias prefix, casting enum
// lists to text[] so that they scan into Go slices.
func (m *Model) selectList(b *strings.Builder, alias string) {
	for i, c := range m.Columns {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(alias)
		b.WriteByte('.')
		b.WriteString(m.quotedCols[i])
		switch {
		case c.Type == TEnum && c.List, c.Type == TDecimal && c.List:
			b.WriteString("::text[]")
		case c.Type == TDecimal:
			// NUMERIC's binary form decodes through big.Int; its text is
			// the exact value a Decimal holds, for one allocation.
			b.WriteString("::text")
		}
	}
}

// FieldColumn returns the index of the column of the named field, or -1.
func (m *Model) FieldColumn(field string) int {
	for i, c := range m.Columns {
		if c.Field == field {
			return i
		}
	}
	return -1
}

func quoteIdent(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

func qualify(schema, name string) string {
	if schema == "" {
		return quoteIdent(name)
	}
	return quoteIdent(schema) + "." + quoteIdent(name)
}

// placeholder returns "$n".
func placeholder(n int) string { return "$" + strconv.Itoa(n) }
