// Package schema owns the validated data model of a Prisma schema for
// PostgreSQL: models and views with their fields, enums, resolved relations
// (1-1, 1-n, implicit m-n, self), ids, unique constraints and indexes with
// their database names, defaults and native types, and Prisma's validation
// rules that produce them.
//
// Build takes parsed files (package psl) and returns a *Schema together with
// every diagnostic found, errors and warnings, in one run. Later stages
// (sqlschema, gen) read the *Schema and never the syntax tree.
package schema

import "github.com/stratadb/strata/psl"

// Schema is a validated Prisma schema.
type Schema struct {
	Datasource *Datasource // nil when the schema declares none
	Generators []*Generator
	Models     []*Model // models and views, in source order
	Enums      []*Enum
	Relations  []*Relation
	// PreviewFeatures is the union of every generator's previewFeatures.
	PreviewFeatures []string
}

// Value is a configuration value: a literal string or env("NAME").
type Value struct {
	Literal string
	Env     string // set when the value is env("NAME")
	Span    psl.Span
}

// IsEnv reports whether the value comes from an environment variable.
func (v *Value) IsEnv() bool { return v != nil && v.Env != "" }

// Datasource is the datasource block.
type Datasource struct {
	Name              string
	Provider          string // as written: "postgresql" or "postgres"
	URL               *Value // nil when absent (Prisma 7 style)
	DirectURL         *Value
	ShadowDatabaseURL *Value
	RelationMode      string // "foreignKeys" (default) or "prisma"
	Schemas           []string
	Extensions        []Extension
	Span              psl.Span
}

// Extension is an entry of the datasource's extensions list.
type Extension struct {
	Name    string // the name in the schema
	DBName  string // map:, or Name
	Schema  string
	Version string
}

// Generator is a generator block.
type Generator struct {
	Name            string
	Provider        *Value
	Output          *Value
	PreviewFeatures []string
	// Config holds every other property as written (strings unquoted).
	Config map[string]string
	Span   psl.Span
}

// Model is a model or a view.
type Model struct {
	Name    string
	DBName  string // @@map, or Name
	Schema  string // @@schema, or "" for the default schema
	IsView  bool
	Ignored bool // @@ignore
	Doc     string
	Fields  []*Field
	// PrimaryKey is @id or @@id; nil when the model has none (views, or
	// models that are ignored).
	PrimaryKey *PrimaryKey
	// Indexes holds @unique, @@unique and @@index in source order.
	Indexes []*Index
	Span    psl.Span
}

// Field returns the field with the given name, or nil.
func (m *Model) Field(name string) *Field {
	for _, f := range m.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// FieldKind tells what a field's type refers to.
type FieldKind int

// Field kinds.
const (
	ScalarField FieldKind = iota
	EnumField
	RelationField
	UnsupportedField
	CompositeField
)

// Arity of a field.
type Arity = psl.Arity

// Field arities, as in psl.
const (
	Required = psl.Required
	Optional = psl.Optional
	List     = psl.List
)

// Scalar types.
const (
	String   = "String"
	Boolean  = "Boolean"
	Int      = "Int"
	BigInt   = "BigInt"
	Float    = "Float"
	Decimal  = "Decimal"
	DateTime = "DateTime"
	JSON     = "Json"
	Bytes    = "Bytes"
)

// ScalarTypes lists the built-in scalar types.
var ScalarTypes = []string{String, Boolean, Int, BigInt, Float, Decimal, DateTime, JSON, Bytes}

// IsScalar reports whether name is a built-in scalar type.
func IsScalar(name string) bool {
	for _, s := range ScalarTypes {
		if s == name {
			return true
		}
	}
	return false
}

// Field is a field of a model.
type Field struct {
	Model  *Model
	Name   string
	DBName string // @map, or Name
	Kind   FieldKind
	// Type is the scalar type name (String, Int, ...), the enum name, the
	// related model name, or for Unsupported the database type text.
	Type       string
	Enum       *Enum  // Kind == EnumField
	Related    *Model // Kind == RelationField
	Arity      Arity
	NativeType *NativeType // @db.X(args), nil when absent
	Default    *Default
	UpdatedAt  bool
	Ignored    bool // @ignore
	// Relation is set on relation fields once relations are resolved.
	Relation *Relation
	Doc      string
	Span     psl.Span
}

// IsList reports whether the field is a list.
func (f *Field) IsList() bool { return f.Arity == List }

// IsOptional reports whether the field is optional.
func (f *Field) IsOptional() bool { return f.Arity == Optional }

// NativeType is a @db.X attribute: the type name and its arguments as
// written ("VarChar", ["255"]).
type NativeType struct {
	Name string
	Args []string
	Span psl.Span
}

// DefaultKind tells a literal default from a function.
type DefaultKind int

// Default kinds.
const (
	DefaultLiteral DefaultKind = iota // a string, number, boolean, enum value or list
	DefaultFunc                       // autoincrement(), now(), uuid(7), dbgenerated("..."), ...
)

// Default is a @default attribute.
type Default struct {
	Kind DefaultKind
	// Func is the function name for DefaultFunc: autoincrement, cuid, uuid,
	// nanoid, ulid, now, dbgenerated.
	Func string
	// Args holds the function's arguments as written, unquoted: ["7"] for
	// uuid(7), the SQL text for dbgenerated("...").
	Args []string
	// Value is the literal for DefaultLiteral: a string (unquoted), number
	// text, "true"/"false", an enum value name; List holds list elements.
	Value string
	List  []string
	// IsList tells a list literal ([] or [a, b]) from a scalar one.
	IsList bool
	// IsString tells a string literal from a bare value (number, boolean, enum).
	IsString bool
	// MapName is the map: argument (constraint name), if any.
	MapName string
	Span    psl.Span
}

// IsClientSide reports whether Prisma fills the default in the client, so the
// database has none: cuid, uuid, nanoid, ulid.
func (d *Default) IsClientSide() bool {
	if d == nil || d.Kind != DefaultFunc {
		return false
	}
	switch d.Func {
	case "cuid", "uuid", "nanoid", "ulid":
		return true
	}
	return false
}

// SortOrder of an index column.
type SortOrder string

// Sort orders.
const (
	Asc  SortOrder = "Asc"
	Desc SortOrder = "Desc"
)

// IndexField is one column of a primary key or index.
type IndexField struct {
	Field  *Field
	Sort   SortOrder // "" when not given
	Length *int
	// Ops is the operator class: a name such as "JsonbPathOps", or
	// raw("...") kept with Raw set.
	Ops    string
	OpsRaw bool
}

// PrimaryKey is @id or @@id.
type PrimaryKey struct {
	Name      string // @@id(name:), the client-side name; "" when not given
	DBName    string // map:, or {table}_pkey
	MappedDB  bool   // DBName came from map:
	Fields    []IndexField
	Clustered *bool
	Span      psl.Span
}

// IndexKind tells unique constraints from plain indexes.
type IndexKind int

// Index kinds.
const (
	UniqueIndex IndexKind = iota
	NormalIndex
	FulltextIndex
)

// Index is @unique, @@unique or @@index.
type Index struct {
	Kind     IndexKind
	Name     string // name:, the client-side name of a compound unique
	DBName   string // map:, or the default constraint name
	MappedDB bool
	Fields   []IndexField
	// Algorithm is the type: argument (BTree, Hash, Gist, Gin, SpGist,
	// Brin); "" means the default (BTree).
	Algorithm string
	// Where is the predicate of a partial index (the where: argument) in
	// SQL, without WHERE: the text of raw("..."), or for an object literal
	// its conditions as Prisma renders them ("deletedAt" IS NULL AND
	// "active" = true); "" for a full index.
	Where string
	// WhereConds holds the conditions of an object-literal where:, in
	// source order; nil for raw("...") and for a full index.
	WhereConds []WhereCond
	Clustered  *bool
	// FieldLevel is true for @unique on a single field.
	FieldLevel bool
	Span       psl.Span
}

// WhereOp is the comparison of one condition of an object-literal
// partial-index predicate.
type WhereOp int

// Partial-index conditions: { f: null }, { f: { not: null } }, { f: v } and
// { f: { not: v } }.
const (
	WhereIsNull WhereOp = iota
	WhereIsNotNull
	WhereEquals
	WhereNotEquals
)

// WhereValueKind is the kind of the value a condition compares with.
type WhereValueKind int

// Values of partial-index conditions.
const (
	WhereBool   WhereValueKind = iota // true or false
	WhereNumber                       // a number as written: -1, 1.5
	WhereString                       // a string (also for enums and DateTime)
)

// WhereCond is one "field: value" entry of an object-literal where:.
type WhereCond struct {
	Field *Field
	Op    WhereOp
	// Kind and Value are set for WhereEquals and WhereNotEquals; Value is
	// "true"/"false", the number as written, or the unescaped string.
	Kind  WhereValueKind
	Value string
	Span  psl.Span
}

// Enum is an enum.
type Enum struct {
	Name   string
	DBName string // @@map, or Name
	Schema string
	Values []*EnumValue
	Doc    string
	Span   psl.Span
}

// EnumValue is one value of an enum.
type EnumValue struct {
	Name   string
	DBName string // @map, or Name
	Doc    string
	Span   psl.Span
}

// RelationKind classifies a relation.
type RelationKind int

// Relation kinds.
const (
	OneToOne RelationKind = iota
	OneToMany
	ManyToMany // implicit, through a join table
)

// Relation is a resolved relation between two models.
type Relation struct {
	Name string // @relation(name), or the generated default name
	Kind RelationKind
	// From is the side that holds the foreign key (the field with
	// fields:/references:). For an implicit m-n relation, From and To are
	// the two list fields, From's model first in alphabetical order.
	From *Field
	// To is the back-relation field on the referenced model. For a 1-1 or
	// 1-n relation it is never nil in a valid schema.
	To *Field
	// Fields are the foreign-key fields on From's model; References the
	// referenced fields on To's model.
	Fields     []*Field
	References []*Field
	OnDelete   string // as written, or "" when not given
	OnUpdate   string
	// FKName is the foreign key constraint name: map:, or the default
	// {table}_{cols}_fkey.
	FKName   string
	MappedFK bool
	// JoinTable is the table of an implicit m-n relation: _AToB or
	// _RelationName.
	JoinTable string
	Span      psl.Span
}

// IsSelf reports whether both ends of the relation are the same model.
func (r *Relation) IsSelf() bool {
	return r.From != nil && r.To != nil && r.From.Model == r.To.Model
}
