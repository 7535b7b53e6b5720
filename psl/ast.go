// Package psl owns the Prisma Schema Language as text: the lexer, the
// error-tolerant parser, the syntax tree with source spans, the canonical
// formatter, and diagnostics that point at file:line:col with the source line
// and a caret. It knows nothing of databases; the meaning of a schema
// (relations, defaults, native types) is checked by package schema.
//
// The entry points are Parse (one file to a *File, never panicking, always
// returning a tree even for broken input), Format (a *File back to canonical
// text) and Diagnostic.Render.
package psl

// Pos is a position in a source file. Line and Col are 1-based; Col counts
// Unicode code points, as editors show them. Offset is the 0-based byte offset.
type Pos struct {
	Offset int
	Line   int
	Col    int
}

// Span is a half-open range [Start, End) of a source file.
type Span struct {
	File  string
	Start Pos
	End   Pos
}

// BlockKind tells which top-level declaration a Block is.
type BlockKind int

// The block kinds of the schema language.
const (
	KindModel BlockKind = iota
	KindEnum
	KindView
	KindType // composite type (MongoDB only)
	KindDatasource
	KindGenerator
)

// String returns the keyword of the kind as written in a schema.
func (k BlockKind) String() string {
	switch k {
	case KindModel:
		return "model"
	case KindEnum:
		return "enum"
	case KindView:
		return "view"
	case KindType:
		return "type"
	case KindDatasource:
		return "datasource"
	case KindGenerator:
		return "generator"
	}
	return "block"
}

// File is one parsed schema file.
type File struct {
	Name string // the path as given to Parse; used in spans
	Src  []byte
	// Decls holds the top-level items in source order: *Block, *Comment
	// (a free-standing comment line) and *BlankLine.
	Decls []Decl
}

// Blocks returns the file's blocks in source order.
func (f *File) Blocks() []*Block {
	var out []*Block
	for _, d := range f.Decls {
		if b, ok := d.(*Block); ok {
			out = append(out, b)
		}
	}
	return out
}

// Decl is a top-level item of a file: *Block, *Comment or *BlankLine.
type Decl interface {
	declNode()
	GetSpan() Span
}

// Member is an item inside a block body: *Field (model, view, type),
// *EnumValue (enum), *Property (datasource, generator), *Attribute (a block
// attribute such as @@id), *Comment (a free-standing comment line) or
// *BlankLine.
type Member interface {
	memberNode()
	GetSpan() Span
}

// Ident is a name with its span.
type Ident struct {
	Name string
	Span Span
}

// Comment is one comment line ("// text" or "/// text"), Text including the
// slashes but not the line break.
type Comment struct {
	Text string
	Span Span
}

// IsDoc reports whether the comment is a documentation comment (///).
func (c *Comment) IsDoc() bool { return len(c.Text) >= 3 && c.Text[:3] == "///" }

// BlankLine stands for one or more consecutive empty lines, kept so that the
// formatter can preserve the author's grouping.
type BlankLine struct {
	Span Span
}

// Block is a model, enum, view, type, datasource or generator.
type Block struct {
	Kind    BlockKind
	Keyword Ident // the keyword as written
	Name    Ident
	Doc     []*Comment // /// comments directly above the block
	// Comment is a trailing comment on the opening line, after "{".
	Comment *Comment
	// Members is the body in source order, for the formatter.
	Members []Member
	// The same members by kind, for the validator.
	Fields     []*Field     // model, view, type
	Values     []*EnumValue // enum
	Properties []*Property  // datasource, generator
	Attributes []*Attribute // block attributes (@@...)
	Span       Span         // keyword to closing brace
	// BodySpan covers the braces.
	BodySpan Span
}

// Field is a field of a model, view or composite type.
type Field struct {
	Name       Ident
	Type       *FieldType // nil when the declaration has no type
	Attributes []*Attribute
	Doc        []*Comment // /// comments directly above
	Comment    *Comment   // trailing comment on the same line
	Span       Span
}

// Arity of a field type.
type Arity int

// Field arities.
const (
	Required Arity = iota
	Optional       // T?
	List           // T[]
)

// FieldType is the type of a field: a name (scalar, enum, model, composite
// type) or Unsupported("..."), with its arity.
type FieldType struct {
	Name Ident // "String", "Post", "Unsupported"
	// Unsupported holds the argument of Unsupported("..."), when Name is
	// Unsupported.
	Unsupported *StringLit
	Arity       Arity
	Span        Span
}

// EnumValue is one value of an enum.
type EnumValue struct {
	Name       Ident
	Attributes []*Attribute
	Doc        []*Comment
	Comment    *Comment
	Span       Span
}

// Property is a "key = value" line of a datasource or generator.
type Property struct {
	Key     Ident
	Value   Expr // nil when missing
	Doc     []*Comment
	Comment *Comment
	Span    Span
}

// Attribute is a field attribute (@id, @db.VarChar(20)) or a block attribute
// (@@index([a, b])).
type Attribute struct {
	// Name without the @ or @@ prefix, with dots kept: "id", "db.VarChar".
	Name  string
	Block bool // written with @@
	// NameSpan covers the prefix and name.
	NameSpan Span
	// Args are the arguments inside the parentheses; HasParens tells "@x"
	// from "@x()".
	Args      []*Arg
	HasParens bool
	Comment   *Comment // trailing comment, for block attributes on their own line
	Doc       []*Comment
	Span      Span
}

// Arg is a positional (Name nil) or named argument.
type Arg struct {
	Name  *Ident
	Value Expr // nil when a named argument has no value ("name: ")
	Span  Span
}

// Expr is a value: *StringLit, *NumberLit, *ConstLit, *ArrayExpr,
// *FuncCall or *ObjectExpr.
type Expr interface {
	exprNode()
	GetSpan() Span
}

// StringLit is a double-quoted string; Value is unescaped.
type StringLit struct {
	Value string
	Raw   string // as written, with quotes
	Span  Span
}

// NumberLit is a number as written (integer or decimal, maybe negative).
type NumberLit struct {
	Raw  string
	Span Span
}

// ConstLit is a bare identifier used as a value: true, false, Cascade, Desc,
// an enum value, or a dotted path.
type ConstLit struct {
	Name string
	Span Span
}

// ArrayExpr is [a, b, c].
type ArrayExpr struct {
	Elems []Expr
	Span  Span
}

// FuncCall is name(args): env("URL"), now(), uuid(7), title(sort: Desc),
// raw("gin_trgm_ops"), pg_trgm(schema: "ext").
type FuncCall struct {
	Name      Ident
	Args      []*Arg
	HasParens bool
	Span      Span
}

// ObjectExpr is an object literal, { key: value, ... }, written on one
// line: the where: argument of a partial index ({ deletedAt: null }).
// Keys are kept in source order; a key may repeat.
type ObjectExpr struct {
	Fields []*ObjectField
	Span   Span
}

// ObjectField is one "key: value" entry of an object literal.
type ObjectField struct {
	Key   Ident
	Value Expr
	Span  Span
}

func (*Block) declNode()     {}
func (*Comment) declNode()   {}
func (*BlankLine) declNode() {}

func (*Field) memberNode()     {}
func (*EnumValue) memberNode() {}
func (*Property) memberNode()  {}
func (*Attribute) memberNode() {}
func (*Comment) memberNode()   {}
func (*BlankLine) memberNode() {}

func (*StringLit) exprNode()  {}
func (*NumberLit) exprNode()  {}
func (*ConstLit) exprNode()   {}
func (*ArrayExpr) exprNode()  {}
func (*FuncCall) exprNode()   {}
func (*ObjectExpr) exprNode() {}

// GetSpan returns the node's span.
func (n *Block) GetSpan() Span { return n.Span }

// GetSpan returns the node's span.
func (n *Comment) GetSpan() Span { return n.Span }

// GetSpan returns the node's span.
func (n *BlankLine) GetSpan() Span { return n.Span }

// GetSpan returns the node's span.
func (n *Field) GetSpan() Span { return n.Span }

// GetSpan returns the node's span.
func (n *EnumValue) GetSpan() Span { return n.Span }

// GetSpan returns the node's span.
func (n *Property) GetSpan() Span { return n.Span }

// GetSpan returns the node's span.
func (n *Attribute) GetSpan() Span { return n.Span }

// GetSpan returns the node's span.
func (n *StringLit) GetSpan() Span { return n.Span }

// GetSpan returns the node's span.
func (n *NumberLit) GetSpan() Span { return n.Span }

// GetSpan returns the node's span.
func (n *ConstLit) GetSpan() Span { return n.Span }

// GetSpan returns the node's span.
func (n *ArrayExpr) GetSpan() Span { return n.Span }

// GetSpan returns the node's span.
func (n *FuncCall) GetSpan() Span { return n.Span }

// GetSpan returns the node's span.
func (n *ObjectExpr) GetSpan() Span { return n.Span }

// Arg returns the named argument, or nil.
func (a *Attribute) Arg(name string) *Arg {
	for _, x := range a.Args {
		if x.Name != nil && x.Name.Name == name {
			return x
		}
	}
	return nil
}

// Positional returns the i-th unnamed argument, or nil.
func (a *Attribute) Positional(i int) *Arg {
	n := 0
	for _, x := range a.Args {
		if x.Name == nil {
			if n == i {
				return x
			}
			n++
		}
	}
	return nil
}

// Attribute returns the field's first attribute with the given name (without
// @), or nil.
func (f *Field) Attribute(name string) *Attribute {
	for _, a := range f.Attributes {
		if a.Name == name {
			return a
		}
	}
	return nil
}

// Property returns the block's property with the given key, or nil.
func (b *Block) Property(key string) *Property {
	for _, p := range b.Properties {
		if p.Key.Name == key {
			return p
		}
	}
	return nil
}
