// Package pull owns introspection into the Prisma schema language: it turns a
// database schema (sqlschema, as package postgres reads it from a live
// catalog) into a schema a person would write, with relation fields on both
// sides, Prisma-style names with @map/@@map where the database uses
// snake_case, @db.* attributes only where the type is not the default, enums,
// @@index/@@unique, and comments for what the schema language cannot express.
// When an existing schema is given, its model names, field names, order,
// datasource and generators are kept (a pull after a pull changes nothing).
package pull

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
	"github.com/stratadb/strata/sqlschema"
)

// Options tune a pull.
type Options struct {
	// Existing is the project's current schema, or nil. Its names and order
	// are kept; its datasource and generator blocks are reused.
	Existing *schema.Schema
	// ExistingFiles are the parsed files of Existing, used to copy the
	// datasource and generator blocks verbatim.
	ExistingFiles []*psl.File
	// DefaultNamespace is the schema the URL points at ("public").
	DefaultNamespace string
}

// Warning is something the schema language could not express, also written
// as a comment in the pulled schema.
type Warning struct {
	Table   string
	Message string
}

// Pull renders db as a formatted Prisma schema.
func Pull(db *sqlschema.Schema, opts Options) ([]byte, []Warning, error) {
	p := &puller{db: db, opts: opts, ns: opts.DefaultNamespace}
	if p.ns == "" {
		p.ns = sqlschema.DefaultNamespace
	}
	text := p.render()
	f, diags := psl.Parse("schema.prisma", []byte(text))
	if diags.HasErrors() {
		return nil, p.warnings, fmt.Errorf("pull produced a schema that does not parse (a bug in strata): %w\n%s", diags, text)
	}
	return psl.Format(f), p.warnings, nil
}

type puller struct {
	db       *sqlschema.Schema
	opts     Options
	ns       string
	warnings []Warning

	models    []*model
	byTable   map[string]*model // namespace + "." + table
	enumNames map[string]string // namespace.enum → Prisma name
	multiNS   bool
	// pairs counts the relations between two models, in either
	// direction: foreign keys and implicit m-n tables.
	pairs map[modelPair]int
}

// modelPair is an unordered pair of models.
type modelPair struct{ a, b *model }

func newPair(a, b *model) modelPair {
	if a.order > b.order || (a.order == b.order && a.name > b.name) {
		a, b = b, a
	}
	return modelPair{a, b}
}

type model struct {
	t      *sqlschema.Table
	name   string
	fields []*field
	attrs  []string // block attributes, rendered
	doc    []string // comments above the model
	join   bool     // an implicit m-n join table: not rendered as a model
	used   map[string]bool
	// order is the position in the existing schema; new models go last.
	order int
}

type field struct {
	name    string
	typ     string
	attrs   []string
	comment string
	order   int
}

func key(ns, name string) string { return ns + "." + name }

func (p *puller) existingModel(t *sqlschema.Table) *schema.Model {
	if p.opts.Existing == nil {
		return nil
	}
	for _, m := range p.opts.Existing.Models {
		ns := m.Schema
		if ns == "" {
			ns = p.ns
		}
		if !m.IsView && m.DBName == t.Name && ns == t.Namespace {
			return m
		}
	}
	return nil
}

func (p *puller) existingEnum(e *sqlschema.Enum) *schema.Enum {
	if p.opts.Existing == nil {
		return nil
	}
	for _, x := range p.opts.Existing.Enums {
		ns := x.Schema
		if ns == "" {
			ns = p.ns
		}
		if x.DBName == e.Name && ns == e.Namespace {
			return x
		}
	}
	return nil
}

func (p *puller) render() string {
	p.byTable = map[string]*model{}
	p.enumNames = map[string]string{}
	namespaces := map[string]bool{}
	for _, n := range p.db.Namespaces {
		namespaces[n] = true
	}
	for _, t := range p.db.Tables {
		namespaces[t.Namespace] = true
	}
	for _, e := range p.db.Enums {
		namespaces[e.Namespace] = true
	}
	p.multiNS = len(namespaces) > 1 || (len(namespaces) == 1 && !namespaces[p.ns])
	taken := map[string]bool{}
	for _, e := range p.db.Enums {
		name := ""
		if ex := p.existingEnum(e); ex != nil {
			name = ex.Name
		} else {
			name = unique(typeName(e.Name), taken)
		}
		taken[name] = true
		p.enumNames[key(e.Namespace, e.Name)] = name
	}
	for i, t := range p.db.Tables {
		m := &model{t: t, used: map[string]bool{}, order: 1<<20 + i}
		if ex := p.existingModel(t); ex != nil {
			m.name = ex.Name
			for j, em := range p.opts.Existing.Models {
				if em == ex {
					m.order = j
				}
			}
		} else {
			m.name = unique(typeName(t.Name), taken)
		}
		taken[m.name] = true
		m.join = isJoinTable(t)
		p.models = append(p.models, m)
		p.byTable[key(t.Namespace, t.Name)] = m
	}
	for _, m := range p.models {
		if m.join && !p.joinOrderHolds(m.t) {
			// Prisma points column A at the model whose name sorts first;
			// with these model names it would not, so the table stays an
			// explicit model rather than become an m-n relation that
			// migrates differently.
			m.join = false
			p.warnings = append(p.warnings, Warning{Table: m.t.Name, Message: "kept as an explicit model: its A/B columns do not follow the alphabetical order of the model names"})
		}
	}
	for _, m := range p.models {
		if !m.join {
			p.columns(m)
		}
	}
	p.pairs = map[modelPair]int{}
	for _, m := range p.models {
		if m.join {
			// An implicit m-n relation keeps its table's name; the
			// foreign-key relations beside it are named.
			var ends []*model
			for _, fk := range m.t.ForeignKeys {
				if target := p.byTable[key(fk.RefNamespace, fk.RefTable)]; target != nil {
					ends = append(ends, target)
				}
			}
			if len(ends) == 2 {
				p.pairs[newPair(ends[0], ends[1])]++
			}
			continue
		}
		for _, fk := range m.t.ForeignKeys {
			if target := p.byTable[key(fk.RefNamespace, fk.RefTable)]; target != nil && !target.join {
				p.pairs[newPair(m, target)]++
			}
		}
	}
	for _, m := range p.models {
		if m.join {
			p.manyToMany(m)
		} else {
			p.relations(m)
		}
	}
	for _, m := range p.models {
		if !m.join {
			p.blockAttributes(m)
		}
	}
	var b strings.Builder
	p.header(&b)
	enums := append([]*sqlschema.Enum(nil), p.db.Enums...)
	for _, e := range enums {
		p.renderEnum(&b, e)
	}
	sort.SliceStable(p.models, func(i, j int) bool { return p.models[i].order < p.models[j].order })
	for _, m := range p.models {
		if m.join {
			continue
		}
		sort.SliceStable(m.fields, func(i, j int) bool { return m.fields[i].order < m.fields[j].order })
		for _, d := range m.doc {
			fmt.Fprintf(&b, "/// %s\n", d)
		}
		fmt.Fprintf(&b, "model %s {\n", m.name)
		for _, f := range m.fields {
			line := "  " + f.name + " " + f.typ
			if len(f.attrs) > 0 {
				line += " " + strings.Join(f.attrs, " ")
			}
			if f.comment != "" {
				line += " // " + f.comment
			}
			b.WriteString(line + "\n")
		}
		if len(m.attrs) > 0 {
			b.WriteString("\n")
			for _, a := range m.attrs {
				b.WriteString("  " + a + "\n")
			}
		}
		b.WriteString("}\n\n")
	}
	for _, v := range p.db.Views {
		fmt.Fprintf(&b, "// The database has a view %s; views are read-only and not managed by migrations.\n\n", strconv.Quote(v.Namespace+"."+v.Name))
	}
	return b.String()
}

// header writes the datasource and generator blocks: the existing ones
// verbatim, or new ones.
func (p *puller) header(b *strings.Builder) {
	wrote := false
	// A partial index needs the partialIndexes preview feature: Prisma's
	// db pull adds it to the (first) generator that lacks it.
	addPartial := p.hasPartialIndex()
	if p.opts.Existing != nil {
		for _, f := range p.opts.Existing.PreviewFeatures {
			if strings.EqualFold(f, "partialIndexes") {
				addPartial = false
			}
		}
	}
	for _, f := range p.opts.ExistingFiles {
		for _, blk := range f.Blocks() {
			if blk.Kind == psl.KindDatasource || blk.Kind == psl.KindGenerator {
				start, end := blk.Span.Start.Offset, blk.Span.End.Offset
				for _, d := range blk.Doc {
					if d.Span.Start.Offset < start {
						start = d.Span.Start.Offset
					}
				}
				if start >= 0 && end <= len(f.Src) && start < end {
					if blk.Kind == psl.KindGenerator && addPartial {
						b.WriteString(withPreviewFeature(blk, f.Src, start, end, "partialIndexes"))
						addPartial = false
					} else {
						b.Write(f.Src[start:end])
					}
					b.WriteString("\n\n")
					wrote = true
				}
			}
		}
	}
	if wrote {
		return
	}
	b.WriteString("generator client {\n  provider = \"strata-client-go\"\n  output   = \"../db\"\n")
	if addPartial {
		b.WriteString("  previewFeatures = [\"partialIndexes\"]\n")
	}
	b.WriteString("}\n\n")
	b.WriteString("datasource db {\n  provider = \"postgresql\"\n")
	if p.multiNS {
		// The namespaces the database was read from, and any a table or
		// enum is in.
		ns := map[string]bool{}
		for _, n := range p.db.Namespaces {
			ns[n] = true
		}
		for _, t := range p.db.Tables {
			ns[t.Namespace] = true
		}
		for _, e := range p.db.Enums {
			ns[e.Namespace] = true
		}
		var list []string
		for n := range ns {
			list = append(list, strconv.Quote(n))
		}
		sort.Strings(list)
		fmt.Fprintf(b, "  schemas  = [%s]\n", strings.Join(list, ", "))
	}
	b.WriteString("}\n\n")
}

func (p *puller) renderEnum(b *strings.Builder, e *sqlschema.Enum) {
	name := p.enumNames[key(e.Namespace, e.Name)]
	fmt.Fprintf(b, "enum %s {\n", name)
	used := map[string]bool{}
	for _, v := range e.Values {
		id := identifier(v)
		if id == "" {
			id = "VALUE"
		}
		id = unique(id, used)
		used[id] = true
		if id != v {
			fmt.Fprintf(b, "  %s @map(%s)\n", id, strconv.Quote(v))
		} else {
			fmt.Fprintf(b, "  %s\n", id)
		}
	}
	var attrs []string
	if name != e.Name {
		attrs = append(attrs, fmt.Sprintf("@@map(%s)", strconv.Quote(e.Name)))
	}
	if p.multiNS {
		attrs = append(attrs, fmt.Sprintf("@@schema(%s)", strconv.Quote(e.Namespace)))
	}
	if len(attrs) > 0 {
		b.WriteString("\n")
		for _, a := range attrs {
			b.WriteString("  " + a + "\n")
		}
	}
	b.WriteString("}\n\n")
}

// joinOrderHolds reports whether column A of an implicit m-n table refers to
// the model whose name sorts first, as Prisma requires.
func (p *puller) joinOrderHolds(t *sqlschema.Table) bool {
	var a, b *model
	for _, fk := range t.ForeignKeys {
		target := p.byTable[key(fk.RefNamespace, fk.RefTable)]
		if target == nil {
			return false
		}
		if fk.Columns[0] == "A" {
			a = target
		} else {
			b = target
		}
	}
	return a != nil && b != nil && (a == b || a.name < b.name)
}

// existingField finds the field of the existing model mapped to column.
func (p *puller) existingField(m *model, column string) (*schema.Field, int) {
	ex := p.existingModel(m.t)
	if ex == nil {
		return nil, 0
	}
	for i, f := range ex.Fields {
		if f.Kind != schema.RelationField && f.DBName == column {
			return f, i
		}
	}
	return nil, 0
}

func (p *puller) columns(m *model) {
	t := m.t
	pkSingle := ""
	if t.PrimaryKey != nil && len(t.PrimaryKey.Columns) == 1 {
		pkSingle = t.PrimaryKey.Columns[0]
	}
	for i, c := range t.Columns {
		f := &field{order: 1<<20 + i}
		if ex, j := p.existingField(m, c.Name); ex != nil {
			f.name, f.order = ex.Name, j
		} else {
			f.name = unique(fieldName(c.Name), m.used)
		}
		m.used[f.name] = true
		typ, native, comment := p.fieldType(c)
		f.typ = typ
		f.comment = comment
		if c.Name == pkSingle {
			a := "@id"
			if t.PrimaryKey.Name != schema.PrimaryKeyName(t.Name) {
				a = fmt.Sprintf("@id(map: %s)", strconv.Quote(t.PrimaryKey.Name))
			}
			f.attrs = append(f.attrs, a)
		}
		for _, ix := range t.Indexes {
			if ix.Unique && len(ix.Columns) == 1 && ix.Columns[0].Name == c.Name && (ix.Method == "" || ix.Method == "BTREE") && !(c.Name == pkSingle) {
				a := "@unique"
				var args []string
				if ix.Columns[0].Desc {
					args = append(args, "sort: Desc")
				}
				if ix.Name != schema.ConstraintName(t.Name, []string{c.Name}, "key") {
					args = append(args, "map: "+strconv.Quote(ix.Name))
				}
				if ix.Predicate != "" {
					args = append(args, whereArg(ix.Predicate))
				}
				if len(args) > 0 {
					a += "(" + strings.Join(args, ", ") + ")"
				}
				f.attrs = append(f.attrs, a)
				break
			}
		}
		if d := p.defaultAttr(c); d != "" {
			f.attrs = append(f.attrs, d)
		}
		if f.name != c.Name {
			f.attrs = append(f.attrs, fmt.Sprintf("@map(%s)", strconv.Quote(c.Name)))
		}
		if native != "" {
			f.attrs = append(f.attrs, native)
		}
		m.fields = append(m.fields, f)
	}
}

// fieldType maps a column type to the Prisma type, a @db.* attribute when
// the native type is not the default, and a comment for what cannot be said.
func (p *puller) fieldType(c *sqlschema.Column) (typ, native, comment string) {
	ct := c.Type
	arity := "?"
	if c.NotNull {
		arity = ""
	}
	if ct.Array {
		arity = "[]"
	}
	if ct.IsEnum {
		name := p.enumNames[key(ct.EnumNamespace, ct.Name)]
		if name == "" {
			name = typeName(ct.Name)
		}
		return name + arity, "", ""
	}
	args := ct.Args
	db := func(n string, a ...string) string {
		if len(a) == 0 {
			return "@db." + n
		}
		return "@db." + n + "(" + strings.Join(a, ", ") + ")"
	}
	switch ct.Name {
	case "TEXT":
		return "String" + arity, "", ""
	case "VARCHAR":
		return "String" + arity, db("VarChar", args...), ""
	case "CHAR":
		return "String" + arity, db("Char", args...), ""
	case "UUID":
		return "String" + arity, db("Uuid"), ""
	case "XML":
		return "String" + arity, db("Xml"), ""
	case "INET":
		return "String" + arity, db("Inet"), ""
	case "CITEXT":
		return "String" + arity, db("Citext"), ""
	case "BIT":
		return "String" + arity, db("Bit", args...), ""
	case "VARBIT":
		return "String" + arity, db("VarBit", args...), ""
	case "INTEGER":
		return "Int" + arity, "", ""
	case "SMALLINT":
		return "Int" + arity, db("SmallInt"), ""
	case "OID":
		return "Int" + arity, db("Oid"), ""
	case "BIGINT":
		return "BigInt" + arity, "", ""
	case "DOUBLE PRECISION":
		return "Float" + arity, "", ""
	case "REAL":
		return "Float" + arity, db("Real"), ""
	case "DECIMAL":
		if len(args) == 2 && args[0] == "65" && args[1] == "30" {
			return "Decimal" + arity, "", ""
		}
		return "Decimal" + arity, db("Decimal", args...), ""
	case "MONEY":
		return "Decimal" + arity, db("Money"), ""
	case "BOOLEAN":
		return "Boolean" + arity, "", ""
	case "TIMESTAMP":
		if len(args) == 1 && args[0] == "3" {
			return "DateTime" + arity, "", ""
		}
		return "DateTime" + arity, db("Timestamp", args...), ""
	case "TIMESTAMPTZ":
		return "DateTime" + arity, db("Timestamptz", args...), ""
	case "DATE":
		return "DateTime" + arity, db("Date"), ""
	case "TIME":
		return "DateTime" + arity, db("Time", args...), ""
	case "TIMETZ":
		return "DateTime" + arity, db("Timetz", args...), ""
	case "JSONB":
		return "Json" + arity, "", ""
	case "JSON":
		return "Json" + arity, db("Json"), ""
	case "BYTEA":
		return "Bytes" + arity, "", ""
	}
	text := ct.Name
	if len(args) > 0 {
		text += "(" + strings.Join(args, ",") + ")"
	}
	if ct.Array {
		text += "[]"
		arity = ""
		if !c.NotNull {
			arity = "?"
		}
	}
	return "Unsupported(" + strconv.Quote(text) + ")" + arity, "", "a type the Prisma schema language has no scalar for"
}

func (p *puller) defaultAttr(c *sqlschema.Column) string {
	if c.AutoIncrement {
		return "@default(autoincrement())"
	}
	d := c.Default
	if d == nil {
		return ""
	}
	switch d.Kind {
	case sqlschema.DefaultNow:
		return "@default(now())"
	case sqlschema.DefaultExpr:
		return "@default(dbgenerated(" + strconv.Quote(d.Expr) + "))"
	case sqlschema.DefaultSequence:
		return "@default(autoincrement())"
	}
	lit := func(v string) string { return p.literal(c, v) }
	if d.IsList {
		parts := make([]string, len(d.List))
		for i, v := range d.List {
			parts[i] = lit(v)
		}
		return "@default([" + strings.Join(parts, ", ") + "])"
	}
	return "@default(" + lit(d.Value) + ")"
}

// literal renders a default value for the column's Prisma type.
func (p *puller) literal(c *sqlschema.Column, v string) string {
	switch c.Type.Name {
	case "INTEGER", "SMALLINT", "BIGINT", "OID", "DOUBLE PRECISION", "REAL", "DECIMAL", "MONEY":
		if _, err := strconv.ParseFloat(v, 64); err == nil {
			return v
		}
	case "BOOLEAN":
		if v == "true" || v == "false" {
			return v
		}
	}
	if c.Type.IsEnum {
		if id := identifier(v); id == v {
			return v
		}
	}
	return strconv.Quote(v)
}

// relations adds the relation fields for the table's foreign keys, on both
// sides.
func (p *puller) relations(m *model) {
	t := m.t
	for i, fk := range t.ForeignKeys {
		target := p.byTable[key(fk.RefNamespace, fk.RefTable)]
		if target == nil || target.join {
			continue
		}
		// Two relations between the same two models (in either direction)
		// need names, as does a self-relation: Prisma's introspection
		// names them {table}_{columns}To{referenced table}.
		ambiguous := p.pairs[newPair(m, target)] > 1 || target == m
		relName := ""
		if ambiguous {
			relName = t.Name + "_" + strings.Join(fk.Columns, "_") + "To" + target.t.Name
		}
		// The forward field: the existing one when the schema has it.
		exFwd, exBack, fwdOrder, backOrder := p.existingRelation(m, target, fk)
		// Named after the key column as a person would (author_id →
		// author), else after the referenced model.
		fname := lowerFirst(target.name)
		if base := relationBase(fk.Columns); base != "" && !m.used[fieldName(base)] {
			fname = fieldName(base)
		} else if ambiguous {
			fname = fieldName(fk.Columns[0] + "_rel")
		}
		if exFwd != nil {
			fname = exFwd.Name
			if exFwd.Relation != nil && (ambiguous || exFwd.Relation.Name != defaultRelationName(m.name, target.name)) {
				relName = exFwd.Relation.Name
			}
		} else {
			fname = unique(fname, m.used)
			fwdOrder = 1<<21 + i
		}
		m.used[fname] = true
		optional := false
		for _, col := range fk.Columns {
			if c := t.Column(col); c != nil && !c.NotNull {
				optional = true
			}
		}
		colFields := make([]string, len(fk.Columns))
		for j, col := range fk.Columns {
			colFields[j] = m.fieldFor(col)
		}
		refFields := make([]string, len(fk.RefColumns))
		for j, col := range fk.RefColumns {
			refFields[j] = target.fieldFor(col)
		}
		var args []string
		if relName != "" {
			args = append(args, strconv.Quote(relName))
		}
		args = append(args, "fields: ["+strings.Join(colFields, ", ")+"]", "references: ["+strings.Join(refFields, ", ")+"]")
		defDelete := sqlschema.Restrict
		if optional {
			defDelete = sqlschema.SetNull
		}
		if fk.OnDelete != "" && fk.OnDelete != defDelete {
			args = append(args, "onDelete: "+actionName(fk.OnDelete))
		}
		if fk.OnUpdate != "" && fk.OnUpdate != sqlschema.Cascade {
			args = append(args, "onUpdate: "+actionName(fk.OnUpdate))
		}
		if fk.Name != schema.ConstraintName(t.Name, fk.Columns, "fkey") {
			args = append(args, "map: "+strconv.Quote(fk.Name))
		}
		typ := target.name
		if optional {
			typ += "?"
		}
		m.fields = append(m.fields, &field{name: fname, typ: typ, attrs: []string{"@relation(" + strings.Join(args, ", ") + ")"}, order: fwdOrder})

		// The back-relation field.
		oneToOne := isUniqueSet(t, fk.Columns)
		bname := lowerFirst(m.name)
		btyp := m.name + "?"
		if !oneToOne {
			bname = plural(bname)
			btyp = m.name + "[]"
		}
		if ambiguous {
			bname = bname + "By" + typeName(fname)
		}
		if exBack != nil {
			bname = exBack.Name
		} else {
			bname = unique(bname, target.used)
			backOrder = 1<<22 + len(target.fields)
		}
		target.used[bname] = true
		var battrs []string
		if relName != "" {
			battrs = append(battrs, "@relation("+strconv.Quote(relName)+")")
		}
		target.fields = append(target.fields, &field{name: bname, typ: btyp, attrs: battrs, order: backOrder})
	}
}

// existingRelation finds, in the existing schema, the relation fields that
// stand for fk (matched by table and foreign-key columns), with their
// positions.
func (p *puller) existingRelation(m, target *model, fk *sqlschema.ForeignKey) (fwd, back *schema.Field, fwdOrder, backOrder int) {
	exM, exT := p.existingModel(m.t), p.existingModel(target.t)
	if exM == nil || exT == nil {
		return nil, nil, 0, 0
	}
	for i, f := range exM.Fields {
		r := f.Relation
		if f.Kind != schema.RelationField || r == nil || r.From != f || f.Related != exT || len(r.Fields) != len(fk.Columns) {
			continue
		}
		match := true
		for j, c := range r.Fields {
			if c.DBName != fk.Columns[j] {
				match = false
			}
		}
		if !match {
			continue
		}
		fwd, fwdOrder = f, i
		if r.To != nil {
			for k, g := range exT.Fields {
				if g == r.To {
					back, backOrder = g, k
				}
			}
		}
		return fwd, back, fwdOrder, backOrder
	}
	return nil, nil, 0, 0
}

// fieldFor returns the field name of a column of the model.
func (m *model) fieldFor(column string) string {
	for i, c := range m.t.Columns {
		if c.Name == column && i < len(m.fields) {
			return m.fields[i].name
		}
	}
	return fieldName(column)
}

func (p *puller) manyToMany(j *model) {
	t := j.t
	var a, b *model
	for _, fk := range t.ForeignKeys {
		target := p.byTable[key(fk.RefNamespace, fk.RefTable)]
		switch fk.Columns[0] {
		case "A":
			a = target
		case "B":
			b = target
		}
	}
	if a == nil || b == nil {
		return
	}
	name := strings.TrimPrefix(t.Name, "_")
	if p.keepManyToMany(j, a, b, name) {
		return
	}
	var attrs []string
	if name != defaultRelationName(a.name, b.name) {
		attrs = append(attrs, "@relation("+strconv.Quote(name)+")")
	}
	if a == b {
		if len(attrs) == 0 {
			attrs = append(attrs, "@relation("+strconv.Quote(name)+")")
		}
		n1 := unique(lowerFirst(plural(a.name)), a.used)
		a.used[n1] = true
		n2 := unique(n1+"Of", a.used)
		a.used[n2] = true
		a.fields = append(a.fields, &field{name: n1, typ: a.name + "[]", attrs: attrs, order: 1 << 23},
			&field{name: n2, typ: a.name + "[]", attrs: attrs, order: 1<<23 + 1})
		return
	}
	na := unique(lowerFirst(plural(b.name)), a.used)
	a.used[na] = true
	a.fields = append(a.fields, &field{name: na, typ: b.name + "[]", attrs: attrs, order: 1<<23 + len(a.fields)})
	nb := unique(lowerFirst(plural(a.name)), b.used)
	b.used[nb] = true
	b.fields = append(b.fields, &field{name: nb, typ: a.name + "[]", attrs: attrs, order: 1<<23 + len(b.fields)})
}

// keepManyToMany writes the fields of an implicit m-n relation the existing
// schema already has, under their names and positions.
func (p *puller) keepManyToMany(j, a, b *model, name string) bool {
	if p.opts.Existing == nil {
		return false
	}
	for _, r := range p.opts.Existing.Relations {
		if r.Kind != schema.ManyToMany || r.JoinTable != j.t.Name || r.From == nil || r.To == nil {
			continue
		}
		var attrs []string
		if r.Name != defaultRelationName(r.From.Model.Name, r.To.Model.Name) || a == b {
			attrs = append(attrs, "@relation("+strconv.Quote(r.Name)+")")
		}
		for _, f := range []*schema.Field{r.From, r.To} {
			owner := p.byTable[key(nsOr(f.Model.Schema, p.ns), f.Model.DBName)]
			if owner == nil {
				return false
			}
			order := 1 << 23
			for i, g := range f.Model.Fields {
				if g == f {
					order = i
				}
			}
			owner.used[f.Name] = true
			owner.fields = append(owner.fields, &field{name: f.Name, typ: f.Related.Name + "[]", attrs: attrs, order: order})
		}
		return true
	}
	return false
}

func nsOr(ns, def string) string {
	if ns == "" {
		return def
	}
	return ns
}

// relationBase is the name a relation field gets from its single key column:
// "author_id" → "author", "authorId" → "author"; "" when there is none.
func relationBase(cols []string) string {
	if len(cols) != 1 {
		return ""
	}
	c := cols[0]
	for _, suf := range []string{"_id", "_ID", "Id", "ID"} {
		if strings.HasSuffix(c, suf) && len(c) > len(suf) {
			return strings.TrimSuffix(c, suf)
		}
	}
	return ""
}

func defaultRelationName(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + "To" + b
}

func (p *puller) blockAttributes(m *model) {
	t := m.t
	fieldList := func(cols []sqlschema.IndexColumn) (string, bool) {
		parts := make([]string, 0, len(cols))
		for _, c := range cols {
			if c.Expression != "" {
				return "", false
			}
			s := m.fieldFor(c.Name)
			var args []string
			if c.Desc {
				args = append(args, "sort: Desc")
			}
			if c.OpClass != "" {
				args = append(args, "ops: raw("+strconv.Quote(c.OpClass)+")")
			}
			if len(args) > 0 {
				s += "(" + strings.Join(args, ", ") + ")"
			}
			parts = append(parts, s)
		}
		return "[" + strings.Join(parts, ", ") + "]", true
	}
	names := func(cols []string) []string { return cols }
	if pk := t.PrimaryKey; pk != nil && len(pk.Columns) > 1 {
		fs := make([]string, len(pk.Columns))
		for i, c := range pk.Columns {
			fs[i] = m.fieldFor(c)
		}
		a := "@@id([" + strings.Join(fs, ", ") + "]"
		if pk.Name != schema.PrimaryKeyName(t.Name) {
			a += ", map: " + strconv.Quote(pk.Name)
		}
		m.attrs = append(m.attrs, a+")")
	}
	for _, ix := range t.Indexes {
		if ix.Unique && len(ix.Columns) == 1 && (ix.Method == "" || ix.Method == "BTREE") && ix.Columns[0].Expression == "" {
			if t.PrimaryKey == nil || len(t.PrimaryKey.Columns) != 1 || t.PrimaryKey.Columns[0] != ix.Columns[0].Name {
				continue // written as @unique on the field
			}
		}
		list, ok := fieldList(ix.Columns)
		if !ok {
			p.warn(t, m, fmt.Sprintf("The index %q is on an expression, which the Prisma schema language cannot express; it is kept in the database but not in this schema.", ix.Name))
			continue
		}
		cols := make([]string, len(ix.Columns))
		for i, c := range ix.Columns {
			cols[i] = c.Name
		}
		attr := "@@index"
		suffix := "idx"
		if ix.Unique {
			attr, suffix = "@@unique", "key"
		}
		args := []string{list}
		if ix.Method != "" && ix.Method != "BTREE" {
			args = append(args, "type: "+methodName(ix.Method))
		}
		if ix.Name != schema.ConstraintName(t.Name, names(cols), suffix) {
			args = append(args, "map: "+strconv.Quote(ix.Name))
		}
		if ix.Predicate != "" {
			args = append(args, whereArg(ix.Predicate))
		}
		m.attrs = append(m.attrs, attr+"("+strings.Join(args, ", ")+")")
	}
	if m.name != t.Name {
		m.attrs = append(m.attrs, "@@map("+strconv.Quote(t.Name)+")")
	}
	if p.multiNS {
		m.attrs = append(m.attrs, "@@schema("+strconv.Quote(t.Namespace)+")")
	}
	if t.PrimaryKey == nil && !hasStrictUnique(t) {
		m.doc = append(m.doc, "The underlying table does not contain a valid unique identifier and can therefore currently not be handled by the client.")
		m.attrs = append(m.attrs, "@@ignore")
		p.warnings = append(p.warnings, Warning{Table: t.Name, Message: "no primary key or unique constraint on required columns: the model is marked @@ignore"})
	}
	if t.Comment != "" {
		m.doc = append(m.doc, strings.Split(t.Comment, "\n")...)
	}
}

// whereArg is a partial index's predicate as Prisma's db pull writes it:
// where: raw("<the catalog's text>").
func whereArg(pred string) string { return "where: raw(" + strconv.Quote(pred) + ")" }

// hasPartialIndex reports whether the pulled schema writes a partial index
// (one not on an expression), which needs the partialIndexes preview
// feature: Prisma's db pull then adds it to the generator.
func (p *puller) hasPartialIndex() bool {
	for _, t := range p.db.Tables {
		for _, ix := range t.Indexes {
			if ix.Predicate == "" {
				continue
			}
			plain := true
			for _, c := range ix.Columns {
				plain = plain && c.Expression == ""
			}
			if plain {
				return true
			}
		}
	}
	return false
}

// withPreviewFeature returns the text of a generator block with feature
// added to its previewFeatures (a new property when it has none).
func withPreviewFeature(blk *psl.Block, src []byte, start, end int, feature string) string {
	text := string(src[start:end])
	q := strconv.Quote(feature)
	if pf := blk.Property("previewFeatures"); pf != nil {
		arr, ok := pf.Value.(*psl.ArrayExpr)
		if !ok {
			return text
		}
		a, z := arr.Span.Start.Offset, arr.Span.End.Offset
		if a < start || z > end || z-a < 2 {
			return text
		}
		inner := strings.TrimSpace(string(src[a+1 : z-1]))
		inner = strings.TrimSuffix(inner, ",")
		if inner != "" {
			inner += ", "
		}
		return string(src[start:a]) + "[" + inner + q + "]" + string(src[z:end])
	}
	i := strings.LastIndexByte(text, '}')
	if i < 0 {
		return text
	}
	head := strings.TrimRight(text[:i], " \t")
	if !strings.HasSuffix(head, "\n") {
		head += "\n"
	}
	return head + "  previewFeatures = [" + q + "]\n" + text[i:]
}

func (p *puller) warn(t *sqlschema.Table, m *model, msg string) {
	p.warnings = append(p.warnings, Warning{Table: t.Name, Message: msg})
	m.doc = append(m.doc, msg)
}

func hasStrictUnique(t *sqlschema.Table) bool {
	for _, ix := range t.Indexes {
		if !ix.Unique || ix.Predicate != "" {
			continue
		}
		ok := true
		for _, c := range ix.Columns {
			col := t.Column(c.Name)
			if c.Expression != "" || col == nil || !col.NotNull {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// isUniqueSet reports whether cols are exactly the primary key or a unique
// index of t.
func isUniqueSet(t *sqlschema.Table, cols []string) bool {
	same := func(a []string) bool {
		if len(a) != len(cols) {
			return false
		}
		x := append([]string(nil), a...)
		y := append([]string(nil), cols...)
		sort.Strings(x)
		sort.Strings(y)
		return strings.Join(x, "\x00") == strings.Join(y, "\x00")
	}
	if t.PrimaryKey != nil && same(t.PrimaryKey.Columns) {
		return true
	}
	for _, ix := range t.Indexes {
		if !ix.Unique || ix.Predicate != "" {
			continue
		}
		names := make([]string, len(ix.Columns))
		for i, c := range ix.Columns {
			names[i] = c.Name
		}
		if same(names) {
			return true
		}
	}
	return false
}

// isJoinTable recognises Prisma's implicit many-to-many tables: _Name with
// columns A and B, each a foreign key.
func isJoinTable(t *sqlschema.Table) bool {
	if !strings.HasPrefix(t.Name, "_") || len(t.Columns) != 2 || len(t.ForeignKeys) != 2 {
		return false
	}
	if t.Columns[0].Name != "A" || t.Columns[1].Name != "B" {
		return false
	}
	for _, fk := range t.ForeignKeys {
		if len(fk.Columns) != 1 || (fk.Columns[0] != "A" && fk.Columns[0] != "B") {
			return false
		}
	}
	return isUniqueSet(t, []string{"A", "B"})
}

func actionName(a sqlschema.Action) string {
	switch a {
	case sqlschema.Cascade:
		return "Cascade"
	case sqlschema.Restrict:
		return "Restrict"
	case sqlschema.NoAction:
		return "NoAction"
	case sqlschema.SetNull:
		return "SetNull"
	case sqlschema.SetDefault:
		return "SetDefault"
	}
	return string(a)
}

func methodName(m string) string {
	switch m {
	case "HASH":
		return "Hash"
	case "GIST":
		return "Gist"
	case "GIN":
		return "Gin"
	case "SPGIST":
		return "SpGist"
	case "BRIN":
		return "Brin"
	}
	return "BTree"
}

// words splits a database name into words: snake_case, kebab-case, spaces
// and camelCase boundaries.
func words(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = nil
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r == '_' || r == '-' || r == ' ' || r == '.':
			flush()
		case unicode.IsUpper(r) && i > 0 && (unicode.IsLower(rs[i-1]) || (i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1]))):
			flush()
			cur = append(cur, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// typeName is the PascalCase name a person gives a model or enum for a
// database name: "user_accounts" → "UserAccounts"; names already written
// that way are kept.
func typeName(db string) string {
	if isIdentifier(db) && !strings.Contains(db, "_") && unicode.IsUpper(firstRune(db)) {
		return db
	}
	var b strings.Builder
	for _, w := range words(db) {
		rs := []rune(w)
		b.WriteRune(unicode.ToUpper(rs[0]))
		b.WriteString(string(rs[1:]))
	}
	return sanitize(b.String(), "Model")
}

// fieldName is the camelCase field name for a column: "created_at" →
// "createdAt"; "createdAt" stays.
func fieldName(db string) string {
	if isIdentifier(db) && !strings.Contains(db, "_") {
		return lowerFirst(db)
	}
	ws := words(db)
	var b strings.Builder
	for i, w := range ws {
		rs := []rune(w)
		if i == 0 {
			b.WriteString(strings.ToLower(w))
			continue
		}
		b.WriteRune(unicode.ToUpper(rs[0]))
		b.WriteString(string(rs[1:]))
	}
	return sanitize(b.String(), "field")
}

// identifier returns s when it is a valid schema identifier, else a
// sanitised form.
func identifier(s string) string {
	if isIdentifier(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
			b.WriteRune(r)
		} else {
			b.WriteRune('_')
		}
	}
	return sanitize(b.String(), "VALUE")
}

func sanitize(s, fallback string) string {
	if s == "" {
		return fallback
	}
	if !unicode.IsLetter(firstRune(s)) {
		s = fallback + "_" + s
	}
	return s
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 && !unicode.IsLetter(r) {
			return false
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			return false
		}
	}
	return true
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func lowerFirst(s string) string {
	rs := []rune(s)
	if len(rs) == 0 {
		return s
	}
	// Keep acronyms readable: "URLs" → "urls", "ID" → "id".
	i := 0
	for i < len(rs) && unicode.IsUpper(rs[i]) {
		i++
	}
	switch {
	case i == 0:
		return s
	case i == 1 || i == len(rs):
		return strings.ToLower(string(rs[:i])) + string(rs[i:])
	default:
		return strings.ToLower(string(rs[:i-1])) + string(rs[i-1:])
	}
}

// plural makes the English plural of a field name for list relations;
// names already plural (most table names) are kept.
func plural(s string) string {
	lower := strings.ToLower(s)
	switch {
	case strings.HasSuffix(lower, "ss"):
		return s + "es"
	case strings.HasSuffix(lower, "s"):
		return s
	case strings.HasSuffix(lower, "x") || strings.HasSuffix(lower, "z") ||
		strings.HasSuffix(lower, "ch") || strings.HasSuffix(lower, "sh"):
		return s + "es"
	case strings.HasSuffix(lower, "y") && len(lower) > 1 && !strings.ContainsRune("aeiou", rune(lower[len(lower)-2])):
		return s[:len(s)-1] + "ies"
	}
	return s + "s"
}

// unique returns name, or name2, name3, ... when taken.
func unique(name string, taken map[string]bool) string {
	if !taken[name] && !reserved[name] {
		return name
	}
	for i := 2; ; i++ {
		n := name + strconv.Itoa(i)
		if !taken[n] && !reserved[n] {
			return n
		}
	}
}

// reserved names cannot be models or fields without confusing the schema.
var reserved = map[string]bool{
	"String": true, "Int": true, "BigInt": true, "Float": true, "Decimal": true, "Boolean": true,
	"DateTime": true, "Json": true, "Bytes": true, "Unsupported": true,
}
