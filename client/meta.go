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
	table      string     // quoted, qualified table name
	quotedCols []string   // quoted column names
	reads      []readKind // how each column is read (readExpr)
	hasNow     bool       // some column is filled with the request time
}

// readKind is how a column is selected so that pgx decodes it into the
// field's Go type.
type readKind uint8

const (
	readAsIs   readKind = iota
	readText            // Decimal (NUMERIC's binary form decodes through big.Int, its text is the exact value), enum lists, and String @db.Bit/@db.VarBit (pgx decodes them into pgtype.Bits)
	readInet            // String @db.Inet: its output text ("::1"; a cast to text would add the netmask, "::1/128"), as PostgreSQL prints it and Prisma returns it
	readInt8            // Int @db.Oid: oid's binary form scans only into uint32
	readTimetz          // DateTime @db.Timetz: pgx has no timetz decoder; read as the UTC time on 1970-01-01, as Prisma does
)

func readKindOf(c *Column) readKind {
	t := strings.ToUpper(c.DBType)
	switch c.Type {
	case TDecimal:
		return readText
	case TEnum:
		if c.List {
			return readText
		}
	case TString:
		switch {
		case strings.HasPrefix(t, "BIT"), strings.HasPrefix(t, "VARBIT"):
			return readText
		case t == "INET":
			return readInet
		}
	case TInt:
		if t == "OID" {
			return readInt8
		}
	case TDateTime:
		if strings.HasPrefix(t, "TIMETZ") || strings.HasPrefix(t, "TIME") && !strings.HasPrefix(t, "TIMESTAMP") && strings.Contains(t, "WITH TIME ZONE") {
			return readTimetz
		}
	}
	return readAsIs
}

// readExpr returns the SQL that reads expr, a value of column i (or an
// aggregate of it), in the form the client decodes: see readKind.
func (m *Model) readExpr(i int, expr string) string {
	list := m.Columns[i].List
	switch m.reads[i] {
	case readText:
		if list {
			return expr + "::text[]"
		}
		return expr + "::text"
	case readInet:
		if list {
			// An array's output text holds each element's output text.
			return expr + "::text::text[]"
		}
		return "inet_out(" + expr + ")::text"
	case readInt8:
		if list {
			return expr + "::int8[]"
		}
		return expr + "::int8"
	case readTimetz:
		// date + timetz is a timestamptz; AT TIME ZONE 'UTC' makes it the
		// UTC wall time, which pgx returns in time.UTC.
		if list {
			return "ARRAY(SELECT ('1970-01-01'::date + u.x) AT TIME ZONE 'UTC' FROM unnest(" + expr + ") WITH ORDINALITY AS u(x, n) ORDER BY u.n)"
		}
		return "(('1970-01-01'::date + " + expr + ") AT TIME ZONE 'UTC')"
	}
	return expr
}

// NewModel computes the SQL fragments of a model. Generated code calls it
// once per model in a package-level variable initialiser.
func NewModel(spec ModelSpec) *Model {
	m := &Model{ModelSpec: spec}
	m.table = qualify(spec.Schema, spec.Table)
	m.quotedCols = make([]string, len(spec.Columns))
	m.reads = make([]readKind, len(spec.Columns))
	for i, c := range spec.Columns {
		m.quotedCols[i] = quoteIdent(c.Name)
		m.reads[i] = readKindOf(&c)
		if c.Default == DefaultNow || c.UpdatedAt {
			m.hasNow = true
		}
	}
	return m
}

// selectList writes the columns of m with the alias prefix, each as the
// client reads it (readExpr).
func (m *Model) selectList(b *strings.Builder, alias string) {
	for i := range m.Columns {
		if i > 0 {
			b.WriteString(", ")
		}
		m.readCol(b, alias, i)
	}
}

// readCol writes column i with the alias prefix as the client reads it.
func (m *Model) readCol(b *strings.Builder, alias string, i int) {
	if m.reads[i] == readAsIs {
		b.WriteString(alias)
		b.WriteByte('.')
		b.WriteString(m.quotedCols[i])
		return
	}
	b.WriteString(m.readExpr(i, alias+"."+m.quotedCols[i]))
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
