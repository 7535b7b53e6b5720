package schema

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/stratadb/strata/psl"
)

// Build validates parsed schema files as one schema and returns the data
// model with every diagnostic found. Syntax errors are the parser's to report;
// Build works on whatever tree the parser recovered.
//
// The checks run in Prisma's order, so that the first error is the one Prisma
// reports first: names (duplicate blocks, fields, enum values; stop on
// error); types (stop on error); attributes and relations; then the
// configuration blocks' own errors (read first, reported after the data
// model's, as Prisma does); and, only when all of that passed, the
// validations that need a sound model (unique criteria, database name
// clashes, relation rules, multi-schema, constraint names). Unknown preview
// features only warn (Prisma rejects them), so a schema written for another
// Prisma version still works. A schema
// whose datasource targets another database than PostgreSQL gets one error
// that says so, and nothing more.
//
// The returned *Schema is complete only when the diagnostics hold no error.
func Build(files []*psl.File) (*Schema, psl.Diagnostics) {
	b := &builder{
		s:          &Schema{},
		preview:    map[string]bool{},
		blockOf:    map[string]*psl.Block{},
		modelAST:   map[*Model]*psl.Block{},
		fieldAST:   map[*Field]*psl.Field{},
		enumByName: map[string]*Enum{},
		modelByNm:  map[string]*Model{},
	}
	for _, f := range files {
		if f != nil {
			b.blocks = append(b.blocks, f.Blocks()...)
		}
	}
	if !b.config() {
		return b.s, b.diags
	}
	// Prisma reads the configuration blocks after the names, types and
	// attributes of the data model: their errors come after those.
	cfg := b.diags
	b.diags = nil
	if b.names(); b.diags.HasErrors() {
		return b.s, append(b.diags, cfg...)
	}
	if b.types(); b.diags.HasErrors() {
		return b.s, append(b.diags, cfg...)
	}
	b.attributes()
	b.wherePredicates()
	b.relations()
	if b.diags = append(b.diags, cfg...); b.diags.HasErrors() {
		return b.s, b.diags
	}
	b.validate()
	return b.s, b.diags
}

type builder struct {
	blocks []*psl.Block
	diags  psl.Diagnostics
	s      *Schema

	dsName   string // datasource name, for @db.* attributes
	postgres bool   // the datasource's provider is PostgreSQL
	preview  map[string]bool

	blockOf    map[string]*psl.Block // top-level name → block
	modelAST   map[*Model]*psl.Block
	fieldAST   map[*Field]*psl.Field
	enumByName map[string]*Enum
	modelByNm  map[string]*Model
	// relation attribute details per relation field, filled by attributes.
	relAttr map[*Field]*relationAttr
	// fieldIndexes: @id/@unique given on fields, to tell @id from @@id.
	fieldID map[*Model]*Field
	// lateRelation holds relation checks that Prisma runs only once the
	// model is sound; validate runs them in its relations step.
	lateRelation []func()
	// lateModel holds field checks that Prisma runs in its validation of
	// each model (native type arguments, for one).
	lateModel map[*Model][]func()
	// mappedCols: per model, the @map names read so far.
	mappedCols map[*Model]map[string]*Field
	// nameCount: how often each constraint name is used, per schema.
	nameCount map[constraintKey]int
	// extProp and extSpans: the datasource's extensions property and
	// each extension's place, for validateDatasource.
	extProp  *psl.Property
	extSpans []psl.Span
}

func (b *builder) errorf(span psl.Span, format string, args ...any) *psl.Diagnostic {
	b.diags = append(b.diags, psl.Errorf(span, format, args...))
	return &b.diags[len(b.diags)-1]
}

func (b *builder) warnf(span psl.Span, format string, args ...any) *psl.Diagnostic {
	b.diags = append(b.diags, psl.Warnf(span, format, args...))
	return &b.diags[len(b.diags)-1]
}

// add appends diagnostics from a helper.
func (b *builder) add(ds psl.Diagnostics) { b.diags = append(b.diags, ds...) }

func (b *builder) isView(m *Model) bool { return m.IsView }

func kindWord(m *Model) string {
	if m.IsView {
		return "view"
	}
	return "model"
}

// ---------------------------------------------------------------------------
// Names

func (b *builder) names() {
	type top struct {
		blk  *psl.Block
		kind string
	}
	tops := map[string]top{}
	generators := map[string]*psl.Block{}
	datasources := map[string]*psl.Block{}
	for _, blk := range b.blocks {
		name := blk.Name.Name
		if name == "" {
			continue // the parser reported it
		}
		if IsScalar(name) {
			b.errorf(blk.Name.Span, "%q is a reserved scalar type name and cannot be used.", name).
				Hint = fmt.Sprintf("Rename the %s, e.g. %s.", blk.Kind, name+"Value")
		}
		var namespace map[string]*psl.Block
		switch blk.Kind {
		case psl.KindDatasource, psl.KindGenerator:
			b.duplicateProperties(blk)
			namespace = datasources
			if blk.Kind == psl.KindGenerator {
				namespace = generators
			}
		case psl.KindEnum:
			b.identifier(blk.Name, "Enum")
			if len(blk.Values) == 0 {
				b.errorf(blk.Span, "Error validating: An enum must have at least one value.").Hint = "Add values, one per line, inside the braces."
			}
			if reservedNames[name] {
				b.errorf(blk.Span, "Error validating enum `%s`: The enum name `%s` is invalid. It is a reserved name. Please change it. Read more at https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-schema/data-model#naming-enums", name, name).
					Hint = "Reserved words of the generated clients cannot name an enum; rename it, and keep the database name with @@map(\"" + name + "\")."
			}
			b.attrIdentifiers(blk.Attributes)
			seen := map[string]bool{}
			for _, v := range blk.Values {
				b.identifier(v.Name, "Enum Value")
				b.attrIdentifiers(v.Attributes)
				if seen[v.Name.Name] {
					b.errorf(v.Span, "Value %q is already defined on enum %q.", v.Name.Name, name).
						Hint = "Remove the repeated value."
				}
				seen[v.Name.Name] = true
			}
		case psl.KindModel, psl.KindView:
			label, fieldLabel := "Model", "Field"
			if blk.Kind == psl.KindView {
				label, fieldLabel = "view", "field"
			}
			b.identifier(blk.Name, label)
			if reservedNames[name] {
				b.errorf(blk.Span, "Error validating model %q: The %s name `%s` is invalid. It is a reserved name. Please change it. Read more at https://pris.ly/d/naming-models", name, blk.Kind, name).
					Hint = "Reserved words of the generated clients cannot name a " + blk.Kind.String() + "; rename it, and keep the table name with @@map(\"" + name + "\")."
			}
			b.attrIdentifiers(blk.Attributes)
			seen := map[string]bool{}
			for _, fa := range blk.Fields {
				if fa.Name.Name == "" {
					continue
				}
				b.identifier(fa.Name, fieldLabel)
				b.attrIdentifiers(fa.Attributes)
				if seen[fa.Name.Name] {
					b.errorf(fa.Name.Span, "Field %q is already defined on %s %q.", fa.Name.Name, blk.Kind, name).
						Hint = "Remove or rename one of the two fields."
				}
				seen[fa.Name.Name] = true
			}
		case psl.KindType:
			// Prisma refuses the block itself on PostgreSQL, used or not, and
			// gives its name to nothing (a field of that type then has no
			// type: names errors stop before types are resolved).
			b.errorf(blk.Span, "Error validating: Composite types are not supported on Postgres.").
				Hint = "Composite types exist only for MongoDB. Use a Json field, or a separate model with a relation."
			continue
		}
		kind := blk.Kind.String()
		if namespace != nil {
			if prev, ok := namespace[name]; ok {
				b.errorf(blk.Name.Span, "The %s %q cannot be defined because a %s with that name already exists.", kind, name, prev.Kind).
					Hint = fmt.Sprintf("Rename one of them; the other %s is at %s.", prev.Kind, posString(prev.Name.Span))
				continue
			}
			namespace[name] = blk
			continue
		}
		if prev, ok := tops[name]; ok {
			b.errorf(blk.Name.Span, "The %s %q cannot be defined because a %s with that name already exists.", kind, name, prev.kind).
				Hint = fmt.Sprintf("Rename one of them; the other %s is at %s.", prev.kind, posString(prev.blk.Name.Span))
			continue
		}
		tops[name] = top{blk, kind}
		b.declare(blk)
	}
}

// declare adds a model, view, enum or composite type to the schema; names
// has checked its name.
func (b *builder) declare(blk *psl.Block) {
	name := blk.Name.Name
	b.blockOf[name] = blk
	switch blk.Kind {
	case psl.KindModel, psl.KindView:
		m := &Model{Name: name, DBName: name, IsView: blk.Kind == psl.KindView, Doc: docText(blk.Doc), Span: blk.Span}
		b.s.Models = append(b.s.Models, m)
		b.modelByNm[name] = m
		b.modelAST[m] = blk
		seen := map[string]bool{}
		for _, fa := range blk.Fields {
			fname := fa.Name.Name
			if fname == "" || fa.Type == nil || seen[fname] {
				continue // the parser or names reported it
			}
			seen[fname] = true
			f := &Field{Model: m, Name: fname, DBName: fname, Arity: fa.Type.Arity, Doc: docText(fa.Doc), Span: fa.Span}
			m.Fields = append(m.Fields, f)
			b.fieldAST[f] = fa
		}
	case psl.KindEnum:
		e := &Enum{Name: name, DBName: name, Doc: docText(blk.Doc), Span: blk.Span}
		b.s.Enums = append(b.s.Enums, e)
		b.enumByName[name] = e
		seen := map[string]bool{}
		for _, v := range blk.Values {
			if seen[v.Name.Name] {
				continue
			}
			seen[v.Name.Name] = true
			e.Values = append(e.Values, &EnumValue{Name: v.Name.Name, DBName: v.Name.Name, Doc: docText(v.Doc), Span: v.Span})
		}
	}
}

// identifier applies Prisma's rules for names of models, fields, enums,
// enum values and attributes.
func (b *builder) identifier(id psl.Ident, what string) {
	name := id.Name
	if name == "" {
		return
	}
	r := []rune(name)[0]
	switch {
	case unicode.IsNumber(r):
		b.errorf(id.Span, "Error validating: The name of a %s must not start with a number.", what).
			Hint = "Start the name with a letter; the database name can keep the digit through @map or @@map."
	case strings.Contains(name, "-"):
		b.errorf(id.Span, "Error validating: The character `-` is not allowed in %s names.", what).
			Hint = fmt.Sprintf("Write %s, and keep the database name with @map/@@map.", strings.ReplaceAll(name, "-", "_"))
	}
}

func (b *builder) attrIdentifiers(attrs []*psl.Attribute) {
	for _, a := range attrs {
		// Attribute names are checked as written, without the @ or @@.
		b.identifier(psl.Ident{Name: a.Name, Span: a.NameSpan}, "Attribute")
	}
}

// duplicateProperties reports a key given twice in a datasource or
// generator block.
func (b *builder) duplicateProperties(blk *psl.Block) {
	seen := map[string]bool{}
	for _, p := range blk.Properties {
		if seen[p.Key.Name] {
			kind := blk.Kind.String()
			if blk.Kind == psl.KindDatasource {
				kind = "source" // Prisma's word
			}
			b.errorf(p.Key.Span, "Key %q is already defined in %s %q.", p.Key.Name, kind, blk.Name.Name).Hint = "Remove the repeated line."
		}
		seen[p.Key.Name] = true
	}
}

// reservedNames cannot name a model, view or enum: the generated client
// uses them (Prisma's list).
var reservedNames = map[string]bool{
	"PrismaClient": true, "async": true, "await": true, "break": true, "case": true, "catch": true,
	"class": true, "const": true, "continue": true, "debugger": true, "default": true, "delete": true,
	"do": true, "else": true, "enum": true, "export": true, "extends": true, "false": true,
	"finally": true, "for": true, "function": true, "if": true, "implements": true, "import": true,
	"in": true, "instanceof": true, "interface": true, "let": true, "new": true, "null": true,
	"package": true, "private": true, "protected": true, "public": true, "return": true, "super": true,
	"switch": true, "this": true, "throw": true, "true": true, "try": true, "typeof": true,
	"using": true, "var": true, "void": true, "while": true, "with": true, "yield": true,
}

func posString(sp psl.Span) string {
	return fmt.Sprintf("%s:%d:%d", sp.File, sp.Start.Line, sp.Start.Col)
}

func docText(cs []*psl.Comment) string {
	if len(cs) == 0 {
		return ""
	}
	lines := make([]string, 0, len(cs))
	for _, c := range cs {
		t := strings.TrimPrefix(c.Text, "///")
		t = strings.TrimPrefix(t, " ")
		lines = append(lines, t)
	}
	return strings.Join(lines, "\n")
}

// ---------------------------------------------------------------------------
// Types

func (b *builder) types() {
	for _, m := range b.s.Models {
		for _, f := range m.Fields {
			ft := b.fieldAST[f].Type
			name := ft.Name.Name
			switch {
			case name == "Unsupported":
				f.Kind = UnsupportedField
				if ft.Unsupported != nil {
					f.Type = ft.Unsupported.Value
				}
			case IsScalar(name):
				f.Kind = ScalarField
				f.Type = name
			case b.enumByName[name] != nil:
				f.Kind = EnumField
				f.Type = name
				f.Enum = b.enumByName[name]
			case b.modelByNm[name] != nil:
				f.Kind = RelationField
				f.Type = name
				f.Related = b.modelByNm[name]
			case name == "Geometry" || name == "Geography":
				// PostGIS types of newer Prisma versions.
				f.Kind = ScalarField
				f.Type = name
			default:
				d := b.errorf(ft.Name.Span, "Type %q is neither a built-in type, nor refers to another model, composite type, or enum.", name)
				if s := b.suggestType(name); s != "" {
					d.Hint = fmt.Sprintf("Did you mean %q?", s)
				} else {
					d.Hint = "Use a scalar type (" + strings.Join(ScalarTypes, ", ") + "), a model, an enum, or Unsupported(\"<database type>\")."
				}
			}
		}
	}
}

func (b *builder) suggestType(name string) string {
	cands := append([]string{}, ScalarTypes...)
	for n := range b.blockOf {
		cands = append(cands, n)
	}
	return psl.Suggest(name, cands)
}

// ---------------------------------------------------------------------------
// Argument helpers

// valueKind names a value as Prisma's messages do.
func valueKind(e psl.Expr) string {
	switch e.(type) {
	case *psl.StringLit:
		return "string"
	case *psl.NumberLit:
		return "numeric"
	case *psl.ConstLit:
		return "constant"
	case *psl.ArrayExpr:
		return "array"
	case *psl.FuncCall:
		return "function"
	case *psl.ObjectExpr:
		return "object"
	}
	return "unknown"
}

func exprText(e psl.Expr) string {
	switch v := e.(type) {
	case *psl.StringLit:
		return v.Raw
	case *psl.NumberLit:
		return v.Raw
	case *psl.ConstLit:
		return v.Name
	case *psl.ArrayExpr:
		parts := make([]string, len(v.Elems))
		for i, x := range v.Elems {
			parts[i] = exprText(x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *psl.FuncCall:
		parts := make([]string, len(v.Args))
		for i, a := range v.Args {
			parts[i] = argText(a)
		}
		return v.Name.Name + "(" + strings.Join(parts, ", ") + ")"
	case *psl.ObjectExpr:
		return psl.ObjectText(v)
	}
	return ""
}

func argText(a *psl.Arg) string {
	s := ""
	if a.Name != nil {
		s = a.Name.Name + ": "
	}
	if a.Value != nil {
		s += exprText(a.Value)
	}
	return s
}

func (b *builder) typeMismatch(e psl.Expr, want string) {
	d := b.errorf(e.GetSpan(), "Expected %s %s value, but received %s value `%s`.", article(want), want, valueKind(e), exprText(e))
	switch want {
	case "string":
		d.Hint = "Write the value in double quotes."
	case "constant":
		d.Hint = "Write the name without quotes."
	case "array":
		d.Hint = "Write a list in brackets, e.g. [a, b]."
	case "numeric":
		d.Hint = "Write a whole number."
	case "boolean":
		d.Hint = "Write true or false."
	}
}

func article(w string) string {
	if w == "" {
		return "a"
	}
	switch w[0] {
	case 'a', 'e', 'i', 'o', 'u':
		return "an"
	}
	return "a"
}

// wantString returns the string value of e, reporting a mismatch.
func (b *builder) wantString(e psl.Expr) (string, bool) {
	if s, ok := e.(*psl.StringLit); ok {
		return s.Value, true
	}
	if e != nil {
		b.typeMismatch(e, "string")
	}
	return "", false
}

// wantConst returns the constant (bare identifier) value of e.
func (b *builder) wantConst(e psl.Expr) (string, bool) {
	if c, ok := e.(*psl.ConstLit); ok {
		return c.Name, true
	}
	if e != nil {
		b.typeMismatch(e, "constant")
	}
	return "", false
}

// attrArgs checks an attribute's arguments against the allowed names; the
// first positional argument is taken as the named argument positional. It
// returns the value by name. Unknown and repeated arguments are reported.
func (b *builder) attrArgs(a *psl.Attribute, positional string, allowed ...string) map[string]*psl.Arg {
	out := map[string]*psl.Arg{}
	npos := 0
	for _, arg := range a.Args {
		name := ""
		if arg.Name == nil {
			if npos > 0 || positional == "" {
				b.errorf(arg.Span, "Error parsing attribute %q: %s", attrLabel(a), "No such argument.").
					Hint = "This attribute takes at most one unnamed argument" + onlyNames(allowed) + "."
				npos++
				continue
			}
			npos++
			name = positional
		} else {
			name = arg.Name.Name
		}
		ok := name == positional
		for _, al := range allowed {
			if al == name {
				ok = true
			}
		}
		if !ok {
			b.errorf(arg.Span, "Error parsing attribute %q: No such argument.", attrLabel(a)).
				Hint = fmt.Sprintf("%q is not an argument of %s%s.", name, attrLabel(a), onlyNames(append([]string{positional}, allowed...)))
			continue
		}
		if _, dup := out[name]; dup {
			b.errorf(arg.Span, "Argument %q is already specified.", name).Hint = "Remove one of them."
			continue
		}
		if arg.Value == nil {
			b.errorf(arg.Span, "Error parsing attribute %q: The argument %q has no value.", attrLabel(a), name).Hint = fmt.Sprintf("Write %s: <value>, or remove the argument.", name)
			continue
		}
		out[name] = arg
	}
	return out
}

func onlyNames(names []string) string {
	var ns []string
	for _, n := range names {
		if n != "" {
			ns = append(ns, n+":")
		}
	}
	if len(ns) == 0 {
		return ""
	}
	return "; its arguments are " + strings.Join(ns, ", ")
}

func attrLabel(a *psl.Attribute) string {
	if a.Block {
		return "@@" + a.Name
	}
	return "@" + a.Name
}

// ---------------------------------------------------------------------------
// Attributes

func (b *builder) attributes() {
	b.relAttr = map[*Field]*relationAttr{}
	b.fieldID = map[*Model]*Field{}
	b.lateModel = map[*Model][]func(){}
	b.mappedCols = map[*Model]map[string]*Field{}
	// Prisma reads the attributes of every relation field first, then, block
	// by block, those of the scalar fields and of the block itself.
	for _, m := range b.s.Models {
		for _, f := range m.Fields {
			if f.Kind == RelationField {
				b.fieldAttributes(m, f, b.fieldAST[f])
			}
		}
	}
	for _, blk := range b.blocks {
		switch blk.Kind {
		case psl.KindModel, psl.KindView:
			m := b.modelByNm[blk.Name.Name]
			if m == nil || b.modelAST[m] != blk {
				continue
			}
			for _, f := range m.Fields {
				if f.Kind != RelationField {
					b.fieldAttributes(m, f, b.fieldAST[f])
				}
			}
			b.blockAttributes(m, blk)
		case psl.KindEnum:
			if e := b.enumByName[blk.Name.Name]; e != nil && b.blockOf[e.Name] == blk {
				b.enumAttributes(e, blk)
			}
		}
	}
}

// Attribute names in the order Prisma reads them; "." stands for the
// native type attribute (@db.X).
var (
	scalarAttrOrder   = []string{"map", "ignore", "relation", "id", "updatedAt", "default", ".", "unique", "shardKey"}
	relationAttrOrder = []string{"relation", "id", "ignore", "default", "map", "unique"}
)

const fieldAttrHint = "Field attributes are @id, @unique, @default, @map, @relation, @updatedAt, @ignore and @db.<native type>."

var fieldAttrNames = map[string]bool{
	"id": true, "unique": true, "default": true, "map": true, "relation": true,
	"updatedAt": true, "ignore": true, "shardKey": true,
}

func (b *builder) fieldAttributes(m *Model, f *Field, fa *psl.Field) {
	order := scalarAttrOrder
	if f.Kind == RelationField {
		order = relationAttrOrder
	}
	if f.Kind != ScalarField && f.Kind != RelationField {
		// Enum and Unsupported fields take no native type: Prisma does
		// not read @db.X there, so it is an unknown attribute.
		order = []string{"map", "ignore", "relation", "id", "updatedAt", "default", "unique", "shardKey"}
	}
	byName := map[string][]*psl.Attribute{}
	for _, a := range fa.Attributes {
		byName[attrKey(a.Name)] = append(byName[attrKey(a.Name)], a)
	}
	var sorted []*psl.Attribute
	for _, name := range order {
		as := byName[name]
		delete(byName, name)
		if len(as) > 1 && name != "." {
			// Prisma reports every copy and reads none.
			for _, a := range as {
				b.errorf(a.Span, "Attribute %q can only be defined once.", "@"+name).Hint = "Remove the repeated attribute."
			}
			continue
		}
		sorted = append(sorted, as...)
	}
	// What is left is unknown here: Prisma reports it last.
	for _, a := range fa.Attributes {
		if _, left := byName[attrKey(a.Name)]; left {
			sorted = append(sorted, a)
		}
	}
	seen := map[string]bool{}
	for _, a := range sorted {
		name := a.Name
		if _, left := byName[attrKey(name)]; left {
			d := b.errorf(a.Span, "Attribute not known: %q.", "@"+name)
			switch {
			case strings.Contains(name, ".") && f.Kind == RelationField:
				d.Hint = "Native types belong on the scalar foreign-key fields, not on the relation field."
			case strings.Contains(name, "."):
				d.Hint = fmt.Sprintf("Native type attributes apply to fields of a scalar type; %s is of type %s.", f.Name, f.Type)
			case f.Kind == RelationField && fieldAttrNames[name]:
				d.Hint = fmt.Sprintf("@%s does not apply to a relation field; put it on the scalar foreign-key field.", name)
			default:
				d.Hint = fieldAttrHint
				if s := psl.Suggest(name, keys(fieldAttrNames)); s != "" {
					d.Hint = fmt.Sprintf("Did you mean @%s?", s)
				}
			}
			continue
		}
		if prefix, typ, ok := strings.Cut(name, "."); ok {
			if seen["nativeType"] {
				b.errorf(a.Span, "Attribute %q can only be defined once.", "@"+prefix).Hint = "Keep one native type attribute per field."
				continue
			}
			seen["nativeType"] = true
			if b.dsName == "" || prefix != b.dsName {
				// Prisma reports these with the field checks, once the
				// model is sound.
				sp := a.NameSpan
				b.lateModel[m] = append(b.lateModel[m], func() {
					if b.dsName == "" {
						b.errorf(sp, "Native type %s is not supported for Default connector.", typ).
							Hint = "Native type attributes need a datasource block with provider = \"postgresql\"; its name is their prefix (e.g. @db.VarChar(255))."
						return
					}
					b.errorf(sp, "The prefix %s is invalid. It must be equal to the name of an existing datasource e.g. %s. Did you mean to use %s.%s?", prefix, b.dsName, b.dsName, typ).
						Hint = fmt.Sprintf("Write @%s.%s.", b.dsName, typ)
				})
				continue
			}
			nt, ds := checkNativeType(f, a, b.dsName)
			if len(ds) > 0 {
				b.lateModel[m] = append(b.lateModel[m], func() { b.add(ds) })
			}
			f.NativeType = nt
			continue
		}
		if !fieldAttrNames[name] {
			d := b.errorf(a.NameSpan, "Attribute not known: %q.", "@"+name)
			d.Hint = fieldAttrHint
			if s := psl.Suggest(name, keys(fieldAttrNames)); s != "" {
				d.Hint = fmt.Sprintf("Did you mean @%s?", s)
			}
			continue
		}
		switch name {
		case "id":
			args := b.attrArgs(a, "", "map", "length", "sort", "clustered")
			if f.Kind == RelationField {
				b.errorf(a.Span, "Error parsing attribute \"@id\": The field `%s` is a relation field and cannot be marked with `@id`. Only scalar fields can be declared as id.", f.Name).
					Hint = "Put @id on the scalar foreign-key field instead."
				continue
			}
			if m.PrimaryKey != nil {
				b.errorf(b.modelAST[m].Span, "Error validating model %q: At most one field must be marked as the id field with the `@id` attribute.", m.Name).
					Hint = "For a compound primary key, remove @id from the fields and add @@id([a, b]) to the model."
				continue
			}
			ixf, ok := b.indexFieldOpts(a, f, args)
			if !ok {
				continue
			}
			pk := &PrimaryKey{Fields: []IndexField{ixf}, Span: a.Span}
			if s, ok := b.mapArg(a, args["map"]); ok {
				pk.DBName, pk.MappedDB = s, true
			}
			pk.Clustered = b.clustered(m, a, args)
			m.PrimaryKey = pk
			b.fieldID[m] = f
		case "unique":
			args := b.attrArgs(a, "", "map", "length", "sort", "clustered", "where")
			if f.Kind == RelationField {
				suggestion, hint := "", "Put @unique on the scalar foreign-key field instead."
				if ra := b.relAttr[f]; ra != nil && !ra.unresolved {
					switch len(ra.fields) {
					case 0:
					case 1:
						suggestion = fmt.Sprintf(" Did you mean to put it on `%s`?", ra.fields[0])
						hint = fmt.Sprintf("Write %s ... @unique.", ra.fields[0])
					default:
						suggestion = fmt.Sprintf(" Did you mean to provide `@@unique([%s])`?", strings.Join(ra.fields, ", "))
						hint = fmt.Sprintf("Add @@unique([%s]) to the model.", strings.Join(ra.fields, ", "))
					}
				}
				b.errorf(a.Span, "Error parsing attribute \"@unique\": The field `%s` is a relation field and cannot be marked with `unique`. Only scalar fields can be made unique.%s", f.Name, suggestion).
					Hint = hint
				continue
			}
			ixf, ok := b.indexFieldOpts(a, f, args)
			if !ok {
				continue
			}
			ix := &Index{Kind: UniqueIndex, Fields: []IndexField{ixf}, FieldLevel: true, Span: a.Span}
			if s, ok := b.mapArg(a, args["map"]); ok {
				ix.DBName, ix.MappedDB = s, true
			}
			ix.Clustered = b.clustered(m, a, args)
			ix.Where, ix.WhereConds = b.where(m, a, args)
			m.Indexes = append(m.Indexes, ix)
		case "default":
			if f.Kind == RelationField {
				b.errorf(a.NameSpan, "Error parsing attribute \"@default\": Cannot set a default value on a relation field.").Hint = "Put the default on the foreign-key field."
				continue
			}
			d, ds := checkDefault(f, a)
			// Prisma parses Json, Bytes, DateTime and Decimal literals only
			// when it validates the model's fields: report those then.
			var late psl.Diagnostics
			for _, x := range ds {
				if strings.Contains(x.Message, "Parse error:") {
					late = append(late, x)
				} else {
					b.diags = append(b.diags, x)
				}
			}
			if len(late) > 0 {
				b.lateModel[m] = append(b.lateModel[m], func() { b.add(late) })
			}
			f.Default = d
		case "map":
			args := b.attrArgs(a, "name")
			if f.Kind == RelationField {
				b.errorf(a.NameSpan, "Error parsing attribute \"@map\": The attribute `@map` cannot be used on relation fields.").
					Hint = "Relation fields have no column; put @map on the scalar foreign-key fields."
				continue
			}
			arg := args["name"]
			if arg == nil {
				b.errorf(a.Span, "Argument \"name\" is missing.").Hint = "Write @map(\"column_name\")."
				continue
			}
			if s, ok := b.wantString(arg.Value); ok {
				f.DBName = s
				b.mapClash(m, f, s)
			}
		case "relation":
			if f.Kind != RelationField {
				b.errorf(a.NameSpan, "Error parsing attribute \"@relation\": Invalid field type, not a relation.").
					Hint = fmt.Sprintf("Field %q is of type %s; @relation goes on a field whose type is a model.", f.Name, f.Type)
				continue
			}
			b.relationAttribute(m, f, a)
		case "updatedAt":
			b.attrArgs(a, "")
			if f.Kind != ScalarField || f.Type != DateTime {
				b.errorf(a.NameSpan, "Error parsing attribute \"@updatedAt\": Fields that are marked with @updatedAt must be of type DateTime.").
					Hint = "Change the field type to DateTime, or remove @updatedAt."
				continue
			}
			if f.Arity == List {
				b.errorf(a.NameSpan, "Error parsing attribute \"@updatedAt\": Fields that are marked with @updatedAt cannot be lists.").Hint = "Use @updatedAt on a single DateTime field."
				continue
			}
			f.UpdatedAt = true
		case "ignore":
			b.attrArgs(a, "")
			if f.Kind == UnsupportedField {
				b.errorf(a.Span, "Error parsing attribute \"@ignore\": Fields of type `Unsupported` cannot take an `@ignore` attribute. They are already treated as ignored by the client due to their type.").
					Hint = "Remove the @ignore."
				continue
			}
			f.Ignored = true
		case "shardKey":
			b.errorf(a.NameSpan, "Error parsing attribute \"@shardKey\": Shard keys are only supported on PlanetScale (MySQL); PostgreSQL has none.").Hint = "Remove @shardKey."
		}
	}
}

// mapClash applies Prisma's check of a field's @map name as it reads it:
// the name must not be taken by an earlier @map of the model, nor be the
// name of another scalar field that has not (yet) been mapped elsewhere.
func (b *builder) mapClash(m *Model, f *Field, name string) {
	if b.mappedCols[m] == nil {
		b.mappedCols[m] = map[string]*Field{}
	}
	clash := b.mappedCols[m][name]
	if clash == nil {
		b.mappedCols[m][name] = f
		if g := m.Field(name); g != nil && g != f && g.Kind != RelationField && (g.DBName == g.Name || g.DBName == name) {
			clash = g
		}
	}
	if clash != nil {
		b.errorf(b.fieldAST[f].Span, "Field %q is already defined on %s %q.", f.Name, kindWord(m), m.Name).
			Hint = fmt.Sprintf("Column %q already belongs to field %s; choose another @map name.", name, clash.Name)
	}
}

func indexFieldNames(fs []IndexField) string {
	ns := make([]string, len(fs))
	for i, f := range fs {
		ns[i] = f.Field.Name
	}
	return strings.Join(ns, ", ")
}

// nameArg reads the client name of @@id/@@unique (or the legacy index name
// of @@index): not empty, and for the client only letters, digits and _.
func (b *builder) nameArg(m *Model, a *psl.Attribute, arg *psl.Arg, client bool) (string, bool) {
	s, ok := b.nonEmptyArg(a, arg, "name", "Remove name:, or give the name the client should use.")
	if !ok {
		return "", false
	}
	if client {
		for _, r := range s {
			if r != '_' && !(r >= '0' && r <= '9') && !(r >= 'a' && r <= 'z') && !(r >= 'A' && r <= 'Z') {
				b.errorf(a.Span, "Error validating model %q: The `name` property within the `%s` attribute only allows for the following characters: `_a-zA-Z0-9`.", m.Name, attrLabel(a)).
					Hint = "The name becomes part of the client API; use letters, digits and _ only."
				break
			}
		}
	}
	return s, true
}

// mapArg reads a constraint's map: name, which cannot be empty.
func (b *builder) mapArg(a *psl.Attribute, arg *psl.Arg) (string, bool) {
	return b.nonEmptyArg(a, arg, "map", "Remove map:, or give the constraint a name.")
}

// nonEmptyArg reads the string argument called name of attribute a, which
// cannot be empty; ok is false when it is absent or in error.
func (b *builder) nonEmptyArg(a *psl.Attribute, arg *psl.Arg, name, hint string) (string, bool) {
	if arg == nil {
		return "", false
	}
	s, ok := b.wantString(arg.Value)
	if !ok {
		return "", false
	}
	if s == "" {
		b.errorf(a.Span, "Error parsing attribute \"@%s\": The `%s` argument cannot be an empty string.", a.Name, name).
			Hint = hint
		return "", false
	}
	return s, true
}

// fieldsWord renders field names as Prisma's messages do:
// "field `a`" or "fields `a`, `b`".
func fieldsWord(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "`" + n + "`"
	}
	if len(names) == 1 {
		return "field " + quoted[0]
	}
	return "fields " + strings.Join(quoted, ", ")
}

// attrKey groups native type attributes (@db.X) under one name.
func attrKey(name string) string {
	if strings.Contains(name, ".") {
		return "."
	}
	return name
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// indexFieldOpts reads sort:/length: of a field-level @id or @unique.
func (b *builder) indexFieldOpts(a *psl.Attribute, f *Field, args map[string]*psl.Arg) (IndexField, bool) {
	ixf := IndexField{Field: f}
	if arg := args["sort"]; arg != nil {
		s, ok := b.wantConst(arg.Value)
		if !ok {
			return ixf, false
		}
		if s != "Asc" && s != "Desc" {
			b.errorf(a.Span, "Error parsing attribute %q: The `sort` argument can only be `Asc` or `Desc` you provided: %s.", "@"+a.Name, s).Hint = "Write sort: Asc or sort: Desc."
			return ixf, false
		}
		ixf.Sort = SortOrder(s)
	}
	if arg := args["length"]; arg != nil {
		n, ok := b.wantUint(arg.Value)
		if !ok {
			return ixf, false
		}
		ixf.Length = &n
		b.lengthUnsupported(f.Model, a)
	}
	return ixf, true
}

func (b *builder) wantUint(e psl.Expr) (int, bool) {
	n, ok := e.(*psl.NumberLit)
	if !ok {
		b.typeMismatch(e, "numeric")
		return 0, false
	}
	v, err := strconv.Atoi(n.Raw)
	if err != nil || v < 0 {
		b.errorf(n.Span, "Expected a nonnegative integer, but found (%s).", n.Raw).Hint = "Write a whole number of 0 or more."
		return 0, false
	}
	return v, true
}

// lengthUnsupported: PostgreSQL has no index prefix lengths. Prisma says so
// when it validates a table's indexes; views get their own message.
func (b *builder) lengthUnsupported(m *Model, a *psl.Attribute) {
	b.lateModel[m] = append(b.lateModel[m], func() {
		if m.IsView {
			return
		}
		b.errorf(a.Span, "Error parsing attribute %q: The length argument is not supported in an index definition with the current connector", attrLabel(a)).
			Hint = "Prefix lengths exist only on MySQL; remove length:."
	})
}

func (b *builder) clustered(m *Model, a *psl.Attribute, args map[string]*psl.Arg) *bool {
	arg := args["clustered"]
	if arg == nil {
		return nil
	}
	c, ok := b.wantConst(arg.Value)
	if !ok {
		return nil
	}
	if c != "true" && c != "false" {
		b.typeMismatch(arg.Value, "boolean")
		return nil
	}
	v := c == "true"
	b.lateModel[m] = append(b.lateModel[m], func() {
		if m.IsView {
			return
		}
		b.errorf(a.Span, "Error parsing attribute %q: Defining clustering is not supported in the current connector.", attrLabel(a)).
			Hint = "Clustered indexes exist only on SQL Server; remove clustered:."
	})
	return &v
}

// where reads the partial-index predicate, where: raw("...") or an object
// literal { field: value, ... }, with Prisma's rules and messages (checked
// against Prisma 7.10). For raw it returns the text; for an object the
// conditions, whose SQL text wherePredicates fills in once every field's
// database name is known. The first problem stops the reading, as in
// Prisma; a valid predicate without the partialIndexes preview feature is
// an error too.
func (b *builder) where(m *Model, a *psl.Attribute, args map[string]*psl.Arg) (string, []WhereCond) {
	arg := args["where"]
	if arg == nil || arg.Value == nil {
		return "", nil
	}
	label := "@" + strings.TrimPrefix(a.Name, "@")
	var text string
	var conds []WhereCond
	switch v := arg.Value.(type) {
	case *psl.FuncCall:
		if v.Name.Name != "raw" {
			b.errorf(v.Span, "Error parsing attribute %q: The `where` argument must be either a raw() function call or an object literal, e.g. `where: raw(\"status = 'active'\")` or `where: { active: true }`.", label).
				Hint = `Write where: raw("deleted_at IS NULL") or where: { deletedAt: null }.`
			return "", nil
		}
		var s *psl.StringLit
		if len(v.Args) > 0 && v.Args[0].Value != nil {
			var ok bool
			if s, ok = v.Args[0].Value.(*psl.StringLit); !ok {
				b.typeMismatch(v.Args[0].Value, "string")
			}
		}
		if s == nil {
			b.errorf(v.Span, "Error parsing attribute %q: The `where` argument must be a raw() function with a string argument, e.g. `where: raw(\"status = 'active'\")`.", label).
				Hint = `Write the predicate as a string: raw("deleted_at IS NULL").`
			return "", nil
		}
		if s.Value == "" {
			b.errorf(s.Span, "Error parsing attribute %q: The `where` argument cannot contain an empty string.", label).
				Hint = "Write the predicate of the partial index, or remove where:."
			return "", nil
		}
		text = s.Value
	case *psl.ObjectExpr:
		var ok bool
		if conds, ok = b.whereObject(m, label, v); !ok {
			return "", nil
		}
	default:
		b.errorf(v.GetSpan(), "Expected a function value, but received %s value `%s`.", prismaValueKind(v), exprText(v)).
			Hint = `Write where: raw("...") or an object such as where: { deletedAt: null }.`
		b.errorf(v.GetSpan(), "Error parsing attribute %q: The `where` argument must be either a raw() function call or an object literal, e.g. `where: raw(\"status = 'active'\")` or `where: { active: true }`.", label).
			Hint = `Write where: raw("deleted_at IS NULL") or where: { deletedAt: null }.`
		return "", nil
	}
	if !b.preview["partialIndexes"] {
		b.errorf(arg.Span, "Error parsing attribute %q: Partial indexes are a preview feature. Add \"partialIndexes\" to previewFeatures in your generator block.", attrLabel(a)).
			Hint = `Add "partialIndexes" to previewFeatures in the generator block.`
	}
	return text, conds
}

// whereInvalidValue is the tail of Prisma's message for a value that an
// object-literal where: cannot hold.
const whereInvalidValue = "in where clause. Expected true, false, null, a string, a number, or an object like { not: null }."

// whereObject checks an object-literal where: { field: value, ... }: every
// key a scalar field of m, every value null, true/false, a number or a
// string of the field's type, or { not: <one of those> }. Keys may repeat
// (each gives a condition, as in Prisma).
func (b *builder) whereObject(m *Model, label string, o *psl.ObjectExpr) ([]WhereCond, bool) {
	if len(o.Fields) == 0 {
		b.errorf(o.Span, "Error parsing attribute %q: The `where` argument cannot be an empty object.", label).
			Hint = "Write a condition such as { deletedAt: null }, or remove where:."
		return nil, false
	}
	conds := make([]WhereCond, 0, len(o.Fields))
	for _, e := range o.Fields {
		f := m.Field(e.Key.Name)
		if f == nil {
			d := b.errorf(e.Key.Span, "Error parsing attribute %q: Field '%s' does not exist in model '%s'.", label, e.Key.Name, m.Name)
			names := make([]string, 0, len(m.Fields))
			for _, x := range m.Fields {
				names = append(names, x.Name)
			}
			if s := psl.Suggest(e.Key.Name, names); s != "" {
				d.Hint = fmt.Sprintf("Did you mean %s?", s)
			}
			return nil, false
		}
		c := WhereCond{Field: f, Span: e.Span}
		v := e.Value
		not := false
		if inner, ok := v.(*psl.ObjectExpr); ok {
			if len(inner.Fields) != 1 {
				b.errorf(inner.Span, "Error parsing attribute %q: Nested object in where clause must have exactly one key. Use `{ not: null }` or `{ not: \"value\" }`.", label).
					Hint = "Write { not: null } or { not: value }."
				return nil, false
			}
			if k := inner.Fields[0].Key.Name; k != "not" {
				b.errorf(inner.Fields[0].Key.Span, "Error parsing attribute %q: Unknown key '%s' in nested where clause object. Only 'not' is supported.", label, k).
					Hint = "Write { not: value }."
				return nil, false
			}
			not, v = true, inner.Fields[0].Value
		}
		switch x := v.(type) {
		case *psl.ConstLit:
			switch x.Name {
			case "null":
				c.Op = WhereIsNull
				if not {
					c.Op = WhereIsNotNull
				}
			case "true", "false":
				c.Op, c.Kind, c.Value = WhereEquals, WhereBool, x.Name
			default:
				b.errorf(x.Span, "Error parsing attribute %q: Invalid value '%s' %s", label, x.Name, whereInvalidValue).
					Hint = `Write null, true, false, a number, a string in double quotes, or { not: ... }.`
				return nil, false
			}
		case *psl.NumberLit:
			c.Op, c.Kind, c.Value = WhereEquals, WhereNumber, x.Raw
		case *psl.StringLit:
			c.Op, c.Kind, c.Value = WhereEquals, WhereString, x.Value
		default:
			b.errorf(v.GetSpan(), "Error parsing attribute %q: Invalid value %s", label, whereInvalidValue).
				Hint = `Write null, true, false, a number, a string in double quotes, or { not: ... }.`
			return nil, false
		}
		if not && c.Op == WhereEquals {
			c.Op = WhereNotEquals
		}
		switch f.Kind {
		case RelationField:
			b.errorf(e.Key.Span, "Error parsing attribute %q: Field '%s' is a relation field. Only scalar fields can be used in the where clause.", label, f.Name).
				Hint = "Use the relation's scalar foreign-key field."
			return nil, false
		case UnsupportedField:
			b.errorf(e.Key.Span, "Error parsing attribute %q: Field '%s' is an unsupported type and cannot be used in the object syntax of a where clause. Use raw() instead.", label, f.Name).
				Hint = `Write the predicate with raw("...").`
			return nil, false
		}
		if c.Op == WhereEquals || c.Op == WhereNotEquals {
			if msg := whereTypeMismatch(f, c.Kind); msg != "" {
				b.errorf(v.GetSpan(), "Error parsing attribute %q: %s", label, msg).
					Hint = fmt.Sprintf("Compare %s with a value of its type, or with null.", f.Name)
				return nil, false
			}
		}
		conds = append(conds, c)
	}
	return conds, true
}

// whereTypeMismatch is Prisma's message when a condition's value does not
// fit the field's type, or "" when it fits: booleans compare with Boolean
// fields, numbers with Int, BigInt, Float and Decimal, strings with String,
// DateTime and enum fields (any string, not only the enum's values).
func whereTypeMismatch(f *Field, k WhereValueKind) string {
	if f.Kind == EnumField {
		if k == WhereString {
			return ""
		}
		return fmt.Sprintf("Type mismatch: field '%s' is an Enum and only accepts String values in the where clause.", f.Name)
	}
	switch k {
	case WhereBool:
		if f.Type == Boolean {
			return ""
		}
		return fmt.Sprintf("Type mismatch: field '%s' is of type %s, but the value is Boolean.", f.Name, f.Type)
	case WhereNumber:
		switch f.Type {
		case Int, BigInt, Float, Decimal:
			return ""
		}
		return fmt.Sprintf("Type mismatch: field '%s' is of type %s, but the value is a Number.", f.Name, f.Type)
	default:
		switch f.Type {
		case String, DateTime:
			return ""
		}
		return fmt.Sprintf("Type mismatch: field '%s' is of type %s, but the value is a String.", f.Name, f.Type)
	}
}

// wherePredicates renders the object-literal predicates of every index as
// Prisma writes them in SQL, now that every field's database name is known:
// the conditions joined with AND, each "col" IS NULL, "col" IS NOT NULL,
// "col" = v or "col" != v, with strings in single quotes (a quote inside
// doubled) and numbers and booleans as written.
func (b *builder) wherePredicates() {
	for _, m := range b.s.Models {
		for _, ix := range m.Indexes {
			if len(ix.WhereConds) > 0 {
				ix.Where = WherePredicate(ix.WhereConds)
			}
		}
	}
}

// WherePredicate renders object-literal conditions as Prisma's SQL
// predicate, without WHERE and without the parentheses around it.
func WherePredicate(conds []WhereCond) string {
	var sb strings.Builder
	for i, c := range conds {
		if i > 0 {
			sb.WriteString(" AND ")
		}
		sb.WriteString(`"` + strings.ReplaceAll(c.Field.DBName, `"`, `""`) + `"`)
		switch c.Op {
		case WhereIsNull:
			sb.WriteString(" IS NULL")
			continue
		case WhereIsNotNull:
			sb.WriteString(" IS NOT NULL")
			continue
		case WhereEquals:
			sb.WriteString(" = ")
		case WhereNotEquals:
			sb.WriteString(" != ")
		}
		if c.Kind == WhereString {
			sb.WriteString("'" + strings.ReplaceAll(c.Value, "'", "''") + "'")
		} else {
			sb.WriteString(c.Value)
		}
	}
	return sb.String()
}

var blockAttrNames = map[string]bool{
	"id": true, "unique": true, "index": true, "map": true, "ignore": true,
	"schema": true, "fulltext": true, "shardKey": true,
}

// blockAttrOrder is the order in which Prisma reads a model's attributes.
var blockAttrOrder = []string{"ignore", "id", "map", "schema", "index", "unique", "fulltext", "shardKey"}

func (b *builder) blockAttributes(m *Model, blk *psl.Block) {
	byName := map[string][]*psl.Attribute{}
	for _, a := range blk.Attributes {
		byName[a.Name] = append(byName[a.Name], a)
	}
	var sorted []*psl.Attribute
	for _, name := range blockAttrOrder {
		as := byName[name]
		delete(byName, name)
		switch name {
		case "index", "unique", "fulltext":
		default:
			if len(as) > 1 {
				// Prisma reports every copy, as "@name", and reads none.
				for _, a := range as {
					b.errorf(a.Span, "Attribute %q can only be defined once.", "@"+name).Hint = "Remove the repeated attribute."
				}
				continue
			}
		}
		sorted = append(sorted, as...)
	}
	for _, a := range sorted {
		switch a.Name {
		case "map":
			args := b.attrArgs(a, "name")
			if arg := args["name"]; arg == nil {
				b.errorf(a.Span, "Argument \"name\" is missing.").Hint = "Write @@map(\"table_name\")."
			} else if s, ok := b.wantString(arg.Value); ok {
				m.DBName = s
			}
		case "ignore":
			b.attrArgs(a, "")
			m.Ignored = true
			for _, f := range m.Fields {
				if f.Ignored && f.Kind != RelationField {
					fa := b.fieldAST[f]
					b.errorf(fa.Span, "Error parsing attribute \"@ignore\": Fields on an already ignored Model do not need an `@ignore` annotation.").Hint = "Remove the @ignore from the field."
				}
			}
		case "schema":
			m.Schema = b.schemaAttr(a)
		case "fulltext":
			b.errorf(a.Span, "Error parsing attribute \"@@fulltext\": Defining fulltext indexes is not supported with the current connector.").
				Hint = "@@fulltext exists for MySQL and MongoDB. On PostgreSQL use @@index([...], type: Gin) over a tsvector, or the fullTextSearchPostgres preview feature."
		case "shardKey":
			b.errorf(a.NameSpan, "Error parsing attribute \"@@shardKey\": Shard keys are only supported on PlanetScale (MySQL); PostgreSQL has none.").Hint = "Remove @@shardKey."
		case "id":
			b.compoundID(m, a)
		case "unique", "index":
			b.compoundIndex(m, a)
		}
	}
	// The id field must be required; Prisma checks it once the model's
	// attributes are read.
	if f := b.fieldID[m]; f != nil && f.Arity != Required && !m.Ignored {
		b.errorf(m.PrimaryKey.Span, "Error parsing attribute \"@id\": Fields that are marked as id must be required.").
			Hint = fmt.Sprintf("Write %s %s, without ? or [].", f.Name, f.Type)
	}
	// What is left is unknown; Prisma reports it last.
	for _, a := range blk.Attributes {
		if _, left := byName[a.Name]; left {
			d := b.errorf(a.Span, "Attribute not known: %q.", "@"+a.Name)
			d.Hint = "Model attributes are @@id, @@unique, @@index, @@map, @@ignore and @@schema."
			if s := psl.Suggest(a.Name, keys(blockAttrNames)); s != "" {
				d.Hint = fmt.Sprintf("Did you mean @@%s?", s)
			}
		}
	}
}

func (b *builder) schemaAttr(a *psl.Attribute) string {
	args := b.attrArgs(a, "map")
	arg := args["map"]
	if arg == nil {
		b.errorf(a.Span, "Argument \"map\" is missing.").Hint = "Write @@schema(\"name\") with one of the datasource's schemas."
		return ""
	}
	s, _ := b.wantString(arg.Value)
	return s
}

func (b *builder) enumAttributes(e *Enum, blk *psl.Block) {
	// Prisma reads the values' @map first, then the enum's @@map and
	// @@schema; every copy of a repeated attribute is an error, and what is
	// left is unknown.
	single := func(attrs []*psl.Attribute, name string) (*psl.Attribute, bool) {
		var found []*psl.Attribute
		for _, a := range attrs {
			if a.Name == name {
				found = append(found, a)
			}
		}
		if len(found) > 1 {
			for _, a := range found {
				b.errorf(a.Span, "Attribute %q can only be defined once.", "@"+name).Hint = "Remove the repeated attribute."
			}
			return nil, true
		}
		if len(found) == 1 {
			return found[0], false
		}
		return nil, false
	}
	i := 0
	for _, v := range blk.Values {
		if i >= len(e.Values) || e.Values[i].Name != v.Name.Name {
			continue // a repeated value, already reported
		}
		ev := e.Values[i]
		i++
		if a, _ := single(v.Attributes, "map"); a != nil {
			args := b.attrArgs(a, "name")
			if arg := args["name"]; arg == nil {
				b.errorf(a.Span, "Argument \"name\" is missing.").Hint = "Write @map(\"db_value\")."
			} else if s, ok := b.wantString(arg.Value); ok {
				ev.DBName = s
			}
		}
		for _, a := range v.Attributes {
			if a.Name != "map" {
				b.errorf(a.Span, "Attribute not known: %q.", "@"+a.Name).Hint = "Enum values take only @map(\"db_value\")."
			}
		}
	}
	if a, _ := single(blk.Attributes, "map"); a != nil {
		args := b.attrArgs(a, "name")
		if arg := args["name"]; arg == nil {
			b.errorf(a.Span, "Argument \"name\" is missing.").Hint = "Write @@map(\"type_name\")."
		} else if s, ok := b.wantString(arg.Value); ok && s != "" {
			e.DBName = s
		}
	}
	if a, _ := single(blk.Attributes, "schema"); a != nil {
		e.Schema = b.schemaAttr(a)
	}
	for _, a := range blk.Attributes {
		if a.Name != "map" && a.Name != "schema" {
			b.errorf(a.Span, "Attribute not known: %q.", "@"+a.Name).Hint = "Enums take @@map and @@schema."
		}
	}

}

// fieldList resolves the fields: argument of @@id/@@unique/@@index:
// [a, b(sort: Desc, length: 10, ops: JsonbPathOps)].
func (b *builder) fieldList(m *Model, a *psl.Attribute, e psl.Expr, what string) ([]IndexField, bool) {
	arr, ok := e.(*psl.ArrayExpr)
	if !ok {
		// A single field without brackets is accepted by Prisma.
		arr = &psl.ArrayExpr{Elems: []psl.Expr{e}, Span: e.GetSpan()}
	}
	var out []IndexField
	var unknown, relations []string
	good := true
	seenField := map[*Field]bool{}
	for _, el := range arr.Elems {
		var name string
		var args []*psl.Arg
		switch v := el.(type) {
		case *psl.ConstLit:
			name = v.Name
		case *psl.FuncCall:
			name = v.Name.Name
			args = v.Args
		default:
			b.errorf(el.GetSpan(), "Expected a constant literal value, but received %s value `%s`.", valueKind(el), exprText(el)).Hint = "Write field names without quotes, e.g. @@index([email])."
			good = false
			continue
		}
		f := m.Field(name)
		if f == nil {
			unknown = append(unknown, name)
			continue
		}
		if f.Kind != RelationField && seenField[f] {
			b.errorf(a.Span, "Error validating model %q: The unique index definition refers to the field %s multiple times.", m.Name, name).
				Hint = fmt.Sprintf("List %s once.", name)
			return nil, false
		}
		seenField[f] = true
		if f.Kind == RelationField {
			relations = append(relations, name)
			continue
		}
		ixf := IndexField{Field: f}
		for _, arg := range args {
			if arg.Name == nil || arg.Value == nil {
				b.errorf(arg.Span, "Error parsing attribute %q: Field arguments are named: sort:, length:, ops:.", attrLabel(a)).Hint = "Write e.g. title(sort: Desc)."
				good = false
				continue
			}
			switch arg.Name.Name {
			case "sort":
				s, ok := b.wantConst(arg.Value)
				if !ok {
					good = false
					continue
				}
				if s != "Asc" && s != "Desc" {
					b.errorf(a.Span, "Error parsing attribute %q: The `sort` argument can only be `Asc` or `Desc` you provided: %s.", "@"+a.Name, s).Hint = "Write sort: Asc or sort: Desc."
					good = false
					continue
				}
				ixf.Sort = SortOrder(s)
			case "length":
				n, ok := b.wantUint(arg.Value)
				if !ok {
					good = false
					continue
				}
				ixf.Length = &n
				b.lengthUnsupported(m, a)
			case "ops":
				switch v := arg.Value.(type) {
				case *psl.ConstLit:
					ixf.Ops = v.Name
				case *psl.FuncCall:
					if v.Name.Name == "raw" && len(v.Args) == 1 {
						if s, ok := b.wantString(v.Args[0].Value); ok {
							ixf.Ops, ixf.OpsRaw = s, true
						}
					} else {
						b.errorf(v.Span, "Error parsing attribute %q: The `ops` argument takes an operator class name or raw(\"...\").", attrLabel(a)).Hint = `Write ops: JsonbPathOps, or ops: raw("gin_trgm_ops") for a class Prisma does not name.`
						good = false
					}
				default:
					b.typeMismatch(arg.Value, "constant")
					good = false
				}
			default:
				// Prisma ignores unknown arguments here, silently: a
				// warning would change the verdict on schemas it accepts.
			}
		}
		out = append(out, ixf)
	}
	if len(unknown) > 0 {
		if what == "id" {
			b.errorf(e.GetSpan(), "Error validating model %q: The multi field id declaration refers to the unknown %s.", m.Name, fieldsWord(unknown)).
				Hint = "Fields of " + m.Name + ": " + fieldNames(m) + "."
		} else {
			b.errorf(a.Span, "Error validating model %q: The %s definition refers to the unknown fields: %s.", m.Name, what, strings.Join(unknown, ", ")).
				Hint = "Fields of " + m.Name + ": " + fieldNames(m) + "."
		}
		good = false
	}
	if len(relations) > 0 {
		var fks []string
		for _, n := range relations {
			if ra := b.relAttr[m.Field(n)]; ra != nil && !ra.unresolved {
				fks = append(fks, ra.fields...)
			}
		}
		hint := "Use the foreign-key fields instead of the relation field."
		if what == "id" {
			b.errorf(a.Span, "Error validating model %q: The id definition refers to the relation %s. ID definitions must reference only scalar fields.", m.Name, fieldsWord(relations)).Hint = hint
		} else {
			suggestion := ""
			if len(fks) > 0 {
				suggestion = fmt.Sprintf(" Did you mean `@@%s([%s])`?", a.Name, strings.Join(fks, ", "))
				hint = fmt.Sprintf("Write @@%s([%s]).", a.Name, strings.Join(fks, ", "))
			}
			b.errorf(a.Span, "Error validating model %q: The %s definition refers to the relation fields %s. Index definitions must reference only scalar fields.%s", m.Name, what, strings.Join(relations, ", "), suggestion).Hint = hint
		}
		good = false
	}
	if len(out) == 0 && good {
		what := "in an index"
		if a.Name == "id" {
			what = "in an `@@id()` attribute"
		}
		b.errorf(a.Span, "Error parsing attribute %q: The list of fields %s cannot be empty. Please specify at least one field.", attrLabel(a), what).Hint = "List at least one field, e.g. [email]."
		good = false
	}
	return out, good
}

func fieldNames(m *Model) string {
	var ns []string
	for _, f := range m.Fields {
		if f.Kind != RelationField {
			ns = append(ns, f.Name)
		}
	}
	return strings.Join(ns, ", ")
}

func (b *builder) compoundID(m *Model, a *psl.Attribute) {
	args := b.attrArgs(a, "fields", "name", "map", "clustered")
	arg := args["fields"]
	if arg == nil {
		b.errorf(a.Span, "Argument \"fields\" is missing.").Hint = "Write @@id([a, b])."
		return
	}
	fields, ok := b.fieldList(m, a, arg.Value, "id")
	if !ok {
		return
	}
	pk := &PrimaryKey{Fields: fields, Span: a.Span}
	if s, ok := b.mapArg(a, args["map"]); ok {
		pk.DBName, pk.MappedDB = s, true
	}
	if s, ok := b.nameArg(m, a, args["name"], true); ok {
		pk.Name = s
	}
	pk.Clustered = b.clustered(m, a, args)
	var notRequired []string
	for _, f := range fields {
		if f.Field.Arity != Required {
			notRequired = append(notRequired, f.Field.Name)
		}
	}
	if len(notRequired) > 0 && !m.Ignored {
		b.errorf(a.Span, "Error validating model %q: The id definition refers to the optional %s. ID definitions must reference only required fields.", m.Name, fieldsWord(notRequired)).
			Hint = fmt.Sprintf("Make %s required (no ? and no []).", strings.Join(notRequired, ", "))
		return
	}
	if m.PrimaryKey != nil {
		b.errorf(b.modelAST[m].Span, "Error validating model %q: Each model must have at most one id criteria. You can't have `@id` and `@@id` at the same time.", m.Name).
			Hint = "Keep either the field's @id or the model's @@id."
		return
	}
	m.PrimaryKey = pk
}

func (b *builder) compoundIndex(m *Model, a *psl.Attribute) {
	unique := a.Name == "unique"
	allowed := []string{"name", "map", "clustered", "where"}
	if !unique {
		allowed = append(allowed, "type")
	}
	args := b.attrArgs(a, "fields", allowed...)
	arg := args["fields"]
	if arg == nil {
		b.errorf(a.Span, "Argument \"fields\" is missing.").Hint = "Write @@" + a.Name + "([a, b])."
		return
	}
	what := "index"
	if unique {
		what = "unique index"
	}
	fields, ok := b.fieldList(m, a, arg.Value, what)
	if !ok {
		return
	}
	ix := &Index{Kind: NormalIndex, Fields: fields, Span: a.Span}
	if unique {
		ix.Kind = UniqueIndex
	}
	var legacyName *psl.Arg
	if s, ok := b.nameArg(m, a, args["name"], unique); ok {
		if unique {
			ix.Name = s
		} else {
			// Prisma keeps name: on @@index as an alias of map: for
			// schemas written before Prisma 3.
			ix.DBName, ix.MappedDB, legacyName = s, true, args["name"]
		}
	}
	if legacyName != nil && args["map"] != nil {
		b.errorf(legacyName.Span, "Error parsing attribute \"@@index\": The `@@index` attribute accepts the `name` argument as an alias for the `map` argument for legacy reasons. It does not accept both though. Please use the `map` argument to specify the database name of the index.").
			Hint = "Remove name: and keep map:."
	}
	if s, ok := b.mapArg(a, args["map"]); ok {
		ix.DBName, ix.MappedDB = s, true
	}
	if t := args["type"]; t != nil {
		if s, ok := b.wantConst(t.Value); ok {
			switch s {
			case "BTree", "Hash", "Gist", "Gin", "SpGist", "Brin":
				ix.Algorithm = s
			default:
				b.errorf(a.Span, "Error parsing attribute \"@index\": Unknown index type: %s.", s).
					Hint = "PostgreSQL index types are BTree, Hash, Gist, Gin, SpGist and Brin."
			}
		}
	}
	ix.Clustered = b.clustered(m, a, args)
	ix.Where, ix.WhereConds = b.where(m, a, args)
	if ix.Algorithm != "" {
		b.checkOps(m, a, ix)
	}
	m.Indexes = append(m.Indexes, ix)
}

// checkOps validates sort orders and operator classes against the index
// algorithm, as Prisma does for PostgreSQL.
func (b *builder) checkOps(m *Model, a *psl.Attribute, ix *Index) {
	for _, f := range ix.Fields {
		if f.Sort != "" && ix.Algorithm != "BTree" {
			b.errorf(a.Span, "Error parsing attribute \"@@index\": %s type does not support sort option.", ix.Algorithm).Hint = "Only BTree indexes keep a sort order; remove sort:."
			return
		}
	}
}

// ---------------------------------------------------------------------------
// Validations that need a sound model.

func (b *builder) validate() {
	b.validateDatasource()
	b.validateTableNames()
	b.countConstraintNames()
	// Prisma checks tables, then views.
	var models []*Model
	for _, views := range []bool{false, true} {
		for _, m := range b.s.Models {
			if m.IsView == views {
				models = append(models, m)
			}
		}
	}
	for _, m := range models {
		if m.IsView && !b.preview["views"] {
			b.errorf(b.modelAST[m].Span, "Error validating: View definitions are only available with the `views` preview feature.").
				Hint = `Add previewFeatures = ["views"] to the generator block.`
		}
		b.validateModel(m)
		b.validateModelSchema(m)
		b.checkModelConstraintNames(m)
		if m.IsView && m.PrimaryKey != nil {
			b.errorf(m.PrimaryKey.Span, "Error validating: Views cannot have primary keys.").Hint = "Use @unique (or @@unique) to give the view a unique criterion."
		}
		for _, check := range b.lateModel[m] {
			check()
		}
		b.validateRelationFields(m)
		if m.IsView {
			b.validateViewIndexes(m)
		}
	}
	b.validateDBNames()
	for _, e := range b.s.Enums {
		b.validateEnumSchema(e)
	}
	b.validateRelations()
	b.validateForeignKeyNames()
}

// validateViewIndexes: a view has no indexes of its own; @unique and
// @@unique only tell the client what is unique.
func (b *builder) validateViewIndexes(m *Model) {
	for _, ix := range m.Indexes {
		label := "@@index"
		if ix.Kind == UniqueIndex {
			label = "@@unique"
			if ix.FieldLevel {
				label = "@unique"
			}
		}
		if ix.Kind != UniqueIndex {
			b.errorf(ix.Span, "Error validating: Views cannot have indexes.").
				Hint = "Index the tables the view reads; remove the @@index from the view."
		}
		if ix.MappedDB {
			b.errorf(ix.Span, "Error validating: @@unique annotations on views are not backed by unique indexes in the database and cannot specify a mapped database name.").
				Hint = "Remove map: from the attribute."
		}
		if ix.Clustered != nil {
			b.errorf(ix.Span, "Error validating: @@unique annotations on views are not backed by unique indexes in the database and cannot be clustered.").
				Hint = "Remove clustered: from the attribute."
		}
		for _, f := range ix.Fields {
			if f.Length != nil || f.Ops != "" || f.Sort != "" {
				b.errorf(ix.Span, "Error parsing attribute %q: Scalar fields in @@unique attributes in views cannot have arguments.", label).
					Hint = "Write the field names alone, e.g. @@unique([a, b])."
				break
			}
		}
	}
}

// validateTableNames: two models or views must not share a table name.
func (b *builder) validateTableNames() {
	type key struct{ schema, name string }
	tables := map[key]*Model{}
	mapAttr := func(m *Model) psl.Span {
		for _, a := range b.modelAST[m].Attributes {
			if a.Name == "map" {
				return a.Span
			}
		}
		return b.modelAST[m].Name.Span
	}
	for _, views := range []bool{false, true} {
		for _, m := range b.s.Models {
			if m.IsView != views {
				continue
			}
			k := key{m.Schema, m.DBName}
			prev, ok := tables[k]
			if !ok {
				tables[k] = m
				continue
			}
			// The error goes on the @@map that made the clash.
			mapped, other := m, prev
			if m.DBName == m.Name {
				mapped, other = prev, m
			}
			b.errorf(mapAttr(mapped), "The model with database name %q could not be defined because another model or view with this name exists: %q", m.DBName, other.Name).
				Hint = "Give one of them another @@map name (or put it in another @@schema)."
		}
	}
}

func (b *builder) validateDBNames() {
	type key struct{ schema, name string }
	enums := map[key]*Enum{}
	for _, e := range b.s.Enums {
		k := key{e.Schema, e.DBName}
		if _, ok := enums[k]; ok {
			sp := b.blockOf[e.Name].Name.Span
			b.errorf(sp, "An enum with the same database name is already defined.").Hint = "Give one of them another @@map name (or put it in another @@schema)."
			continue
		}
		enums[k] = e
	}
	for _, m := range b.s.Models {
		cols := map[string]*Field{}
		for _, f := range m.Fields {
			if f.Kind == RelationField {
				continue
			}
			if prev, ok := cols[f.DBName]; ok {
				b.errorf(b.fieldAST[f].Span, "Error validating model %q: The field %q has the same database name %q as the field %q.", m.Name, f.Name, f.DBName, prev.Name).
					Hint = "Give one of them another @map name."
				continue
			}
			cols[f.DBName] = f
		}
	}
}

func (b *builder) validateModel(m *Model) {
	blk := b.modelAST[m]
	if m.IsView {
		return
	}
	if !m.Ignored {
		// A unique criterion (the primary key or a unique constraint) is
		// strict when none of its fields is optional or Unsupported.
		strict := func(fs []IndexField) bool {
			for _, f := range fs {
				if f.Field.Arity == Optional || f.Field.Kind == UnsupportedField {
					return false
				}
			}
			return true
		}
		hasStrict := m.PrimaryKey != nil && strict(m.PrimaryKey.Fields)
		for _, ix := range m.Indexes {
			if ix.Kind == UniqueIndex && strict(ix.Fields) {
				hasStrict = true
			}
		}
		if !hasStrict {
			msg := "Each model must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the model."
			var loose []string
			if m.PrimaryKey != nil {
				loose = append(loose, "- "+indexFieldNames(m.PrimaryKey.Fields))
			}
			for _, ix := range m.Indexes {
				if ix.Kind == UniqueIndex {
					loose = append(loose, "- "+indexFieldNames(ix.Fields))
				}
			}
			if len(loose) > 0 {
				msg += " The following unique criterias were not considered as they contain fields that are not required:\n" + strings.Join(loose, "\n")
			}
			b.errorf(blk.Span, "Error validating model %q: %s", m.Name, msg).
				Hint = "Add an id field, e.g. `id Int @id @default(autoincrement())`, or mark the model @@ignore."
		}
	}
	if pk := m.PrimaryKey; pk != nil {
		for _, f := range pk.Fields {
			if f.Sort != "" {
				b.errorf(pk.Span, "Error parsing attribute %q: The sort argument is not supported in the primary key with the current connector", idLabel(pk, b.fieldID[m])).
					Hint = "PostgreSQL primary keys have no sort order; remove sort:, or add a separate @@index with the order you need."
				break
			}
		}
	}
	b.validatePgIndexes(m)
	if m.Ignored {
		return
	}
	for _, f := range m.Fields {
		if f.Kind == ScalarField && f.Arity == List && f.Type == JSON && false {
			continue
		}
		if f.Kind == UnsupportedField && f.Default != nil && !(f.Default.Kind == DefaultFunc && f.Default.Func == "dbgenerated") {
			b.errorf(f.Default.Span, "Error parsing attribute \"@default\": Only @default(dbgenerated(\"...\")) can be used for Unsupported types.").Hint = `Write the SQL expression in dbgenerated, e.g. @default(dbgenerated("to_tsvector('simple', '')")).`
		}
	}
}

func (b *builder) declaredSchemas() map[string]bool {
	declared := map[string]bool{}
	if ds := b.s.Datasource; ds != nil {
		for _, s := range ds.Schemas {
			declared[s] = true
		}
	}
	return declared
}

func (b *builder) checkSchema(sch string, blk *psl.Block, what string, label string) {
	declared := b.declaredSchemas()
	ds := b.s.Datasource
	if sch == "" {
		if len(declared) > 0 {
			msg := fmt.Sprintf("This %s is missing an `@@schema` attribute.", what)
			if what != "enum" {
				msg = fmt.Sprintf("Error validating %s %q: %s", what, label, msg)
			}
			b.errorf(blk.Name.Span, "%s", msg).Hint = fmt.Sprintf("With schemas in the datasource, every %s says where it lives: add @@schema(%q).", what, ds.Schemas[0])
		}
		return
	}
	if !declared[sch] {
		sp := blk.Name.Span
		for _, a := range blk.Attributes {
			if a.Name == "schema" {
				sp = a.Span
			}
		}
		d := b.errorf(sp, "This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema")
		d.Hint = fmt.Sprintf("Add schemas = [%q] to the datasource block.", sch)
		if ds != nil {
			d.Hint = fmt.Sprintf("Add %q to the schemas list of datasource %q.", sch, ds.Name)
		}
	}
}

func (b *builder) validateModelSchema(m *Model) {
	b.checkSchema(m.Schema, b.modelAST[m], kindWord(m), m.Name)
}

func (b *builder) validateEnumSchema(e *Enum) {
	b.checkSchema(e.Schema, b.blockOf[e.Name], "enum", e.Name)
}

// constraintKey is a constraint name in its namespace: primary keys, unique
// constraints and indexes share one per schema; foreign keys one per table.
type constraintKey struct{ schema, name string }

// countConstraintNames fills default constraint names and counts each name
// in PostgreSQL's namespace of primary keys, unique constraints and indexes
// (one per schema).
func (b *builder) countConstraintNames() {
	type key = constraintKey
	// Prisma reports every constraint whose name is used more than once,
	// in schema order: count first, then report.
	count := map[key]int{}
	for _, m := range b.s.Models {
		if m.IsView {
			continue
		}
		if pk := m.PrimaryKey; pk != nil {
			if !pk.MappedDB {
				pk.DBName = PrimaryKeyName(m.DBName)
			}
			count[key{m.Schema, pk.DBName}]++
		}
		for _, ix := range m.Indexes {
			if !ix.MappedDB {
				cols := make([]string, len(ix.Fields))
				for i, f := range ix.Fields {
					cols[i] = f.Field.DBName
				}
				suffix := "key"
				if ix.Kind == NormalIndex {
					suffix = "idx"
				}
				ix.DBName = ConstraintName(m.DBName, cols, suffix)
			}
			count[key{m.Schema, ix.DBName}]++
		}
	}
	b.nameCount = count
}

// checkModelConstraintNames reports m's primary key and indexes whose name
// is taken elsewhere in the schema.
func (b *builder) checkModelConstraintNames(m *Model) {
	type key = constraintKey
	count := b.nameCount
	{
		if m.IsView {
			return
		}
		if pk := m.PrimaryKey; pk != nil {
			b.checkNameLength(pk.DBName, pk.Span, pk.MappedDB)
			if count[key{m.Schema, pk.DBName}] > 1 {
				b.errorf(pk.Span, "Error parsing attribute %q: The given constraint name `%s` has to be unique in the following namespace: global for primary key, indexes and unique constraints. Please provide a different name using the `map` argument.", idLabel(pk, b.fieldID[m]), pk.DBName).
					Hint = "Add map: \"<another name>\" to the attribute."
			}
		}
		for _, ix := range m.Indexes {
			b.checkNameLength(ix.DBName, ix.Span, ix.MappedDB)
			if count[key{m.Schema, ix.DBName}] > 1 {
				label := "@@index"
				if ix.Kind == UniqueIndex {
					label = "@@unique"
					if ix.FieldLevel {
						label = "@unique"
					}
				}
				b.errorf(ix.Span, "Error parsing attribute %q: The given constraint name `%s` has to be unique in the following namespace: global for primary key, indexes and unique constraints. Please provide a different name using the `map` argument.", label, ix.DBName).
					Hint = "Add map: \"<another name>\" to the attribute."
			}
		}
	}
}

// validateForeignKeyNames: foreign key names are unique per table.
func (b *builder) validateForeignKeyNames() {
	type key = constraintKey
	fkCount := map[key]int{}
	var fkRels []*Relation
	for _, r := range b.s.Relations {
		if r.Kind == ManyToMany || r.From == nil || len(r.Fields) == 0 {
			continue
		}
		m := r.From.Model
		if !r.MappedFK {
			cols := make([]string, len(r.Fields))
			for i, f := range r.Fields {
				cols[i] = f.DBName
			}
			r.FKName = ConstraintName(m.DBName, cols, "fkey")
		}
		fkCount[key{m.Schema + "." + m.DBName, r.FKName}]++
		fkRels = append(fkRels, r)
	}
	for _, r := range fkRels {
		m := r.From.Model
		b.checkNameLength(r.FKName, r.Span, r.MappedFK)
		if fkCount[key{m.Schema + "." + m.DBName, r.FKName}] > 1 {
			b.errorf(r.Span, "Error parsing attribute \"@relation\": The given constraint name `%s` has to be unique in the following namespace: on model `%s` for foreign key. Please provide a different name using the `map` argument.", r.FKName, m.Name).
				Hint = "Add map: \"<another name>\" to one of the @relation attributes."
		}
	}
}

func idLabel(pk *PrimaryKey, fieldID *Field) string {
	if fieldID != nil {
		return "@id"
	}
	return "@@id"
}

func (b *builder) checkNameLength(name string, sp psl.Span, mapped bool) {
	if mapped && len(name) > MaxIdentifierLength {
		b.errorf(sp, "The constraint name '%s' specified in the `map` argument for the constraint is too long for your chosen provider. The maximum allowed length is %d bytes.", name, MaxIdentifierLength).
			Hint = "Choose a shorter map: name."
	}
}
