package gen

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/stratadb/strata/schema"
)

type writer struct{ bytes.Buffer }

func (w *writer) p(format string, args ...any) {
	fmt.Fprintf(&w.Buffer, format, args...)
	w.WriteByte('\n')
}

// doc writes a doc comment: the /// text of the schema, else fallback.
func (w *writer) doc(text, fallback string) {
	text = strings.TrimSpace(text)
	if text == "" {
		text = fallback
	}
	if text == "" {
		return
	}
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimRight(l, " \t\r")
		if l == "" {
			w.p("//")
		} else {
			w.p("// %s", l)
		}
	}
}

func (g *generator) header(w *writer, imports ...string) {
	w.p("%s", Header)
	w.p("")
	w.p("package %s", g.pkg)
	if len(imports) > 0 {
		w.p("import (")
		prevStd := true
		for _, i := range imports {
			std := !strings.Contains(i, ".")
			if !std && prevStd {
				w.p("")
			}
			prevStd = std
			w.p("%q", i)
		}
		w.p(")")
	}
}

func (g *generator) clientFile() []byte {
	w := &writer{}
	w.p("%s", Header)
	w.p("")
	w.p("// Package %s is the strata client generated from the Prisma schema: a", g.pkg)
	w.p("// struct per model, typed query arguments and a Client whose fields run")
	w.p("// each model's queries. See package client for how to use it.")
	if d := g.namingDoc(); d != "" {
		w.p("//")
		w.doc(d, "")
	}
	w.p("package %s", g.pkg)
	w.p("import (")
	w.p("%q", "context")
	w.p("")
	w.p("%q", "github.com/jackc/pgx/v5/pgxpool")
	w.p("%q", "github.com/stratadb/strata/client")
	w.p(")")
	w.p("// Client runs the queries of every model.")
	w.p("type Client struct {")
	w.p("e *client.Engine")
	for _, m := range g.models {
		w.p("// %s runs the queries of model %s.", m.Go, m.m.Name)
		w.p("%s %sClient", m.Go, m.Go)
	}
	w.p("}")
	w.p("func newClient(e *client.Engine) *Client {")
	w.p("return &Client{e: e,")
	for _, m := range g.models {
		w.p("%s: %sClient{e},", m.Go, m.Go)
	}
	w.p("}")
	w.p("}")
	w.p(`// New returns a Client over an existing pgx pool; the caller keeps the
// pool.
func New(pool *pgxpool.Pool, opts ...client.Option) *Client {
	return newClient(client.New(pool, opts...))
}

// Open connects to the database at url (a connection URL in Prisma's form,
// see client.Open). Close the Client when done.
func Open(ctx context.Context, url string, opts ...client.Option) (*Client, error) {
	e, err := client.Open(ctx, url, opts...)
	if err != nil {
		return nil, err
	}
	return newClient(e), nil
}

// Close closes the pool if Open created it.
func (c *Client) Close() { c.e.Close() }

// Engine returns the runtime engine of the client.
func (c *Client) Engine() *client.Engine { return c.e }

// Tx runs fn in an interactive transaction (see client.Engine.Tx): tx runs
// every query inside it; fn's error rolls it back.
func (c *Client) Tx(ctx context.Context, fn func(tx *Client) error, opts ...client.TxOptions) error {
	var o client.TxOptions
	if len(opts) > 0 {
		o = opts[0]
	}
	return c.e.Tx(ctx, o, func(e *client.Engine) error { return fn(newClient(e)) })
}

// Batch runs steps in order in one transaction, all or nothing (Prisma's
// $transaction([...]); see client.Engine.Batch). Make each step with
// client.Do from a method of c:
//
//	err := c.Batch(ctx, []client.Step{client.Do(&rows, c.Model.FindMany, args)})
func (c *Client) Batch(ctx context.Context, steps []client.Step, opts ...client.TxOptions) error {
	var o client.TxOptions
	if len(opts) > 0 {
		o = opts[0]
	}
	return c.e.Batch(ctx, o, steps...)
}`)
	g.clientWrites(w)
	return w.Bytes()
}

func (g *generator) enumsFile() []byte {
	w := &writer{}
	g.header(w, "database/sql/driver", "fmt")
	for _, e := range g.enums {
		w.doc(e.e.Doc, fmt.Sprintf("%s is the enum %s.", e.Go, e.e.Name))
		w.p("type %s string", e.Go)
		w.p("// The values of %s.", e.Go)
		w.p("const (")
		for i, v := range e.e.Values {
			if v.Doc != "" {
				w.doc(v.Doc, "")
			}
			w.p("%s %s = %q", e.consts[i], e.Go, v.DBName)
		}
		w.p(")")
		w.p("// %sValues returns every value of %s in schema order.", e.Go, e.Go)
		w.p("func %sValues() []%s { return []%s{%s} }", e.Go, e.Go, e.Go, strings.Join(e.consts, ", "))
		w.p("// Valid reports whether e is one of the values of %s.", e.Go)
		w.p("func (e %s) Valid() bool {", e.Go)
		w.p("switch e {")
		w.p("case %s:", strings.Join(e.consts, ", "))
		w.p("return true")
		w.p("}")
		w.p("return false")
		w.p("}")
		w.p("// String returns the value as stored in the database.")
		w.p("func (e %s) String() string { return string(e) }", e.Go)
		w.p("// Value implements driver.Valuer.")
		w.p("func (e %s) Value() (driver.Value, error) { return string(e), nil }", e.Go)
		w.p("// Scan implements sql.Scanner.")
		w.p("func (e *%s) Scan(src any) error {", e.Go)
		w.p("switch x := src.(type) {")
		w.p("case string:")
		w.p("*e = %s(x)", e.Go)
		w.p("case []byte:")
		w.p("*e = %s(x)", e.Go)
		w.p("default:")
		w.p("return fmt.Errorf(\"cannot scan %%T into %s\", src)", e.Go)
		w.p("}")
		w.p("return nil")
		w.p("}")
	}
	return w.Bytes()
}

// filterType is the where filter of a column; "" when the column has none
// in this version (lists).
func filterType(c *col) string {
	if c.list() {
		return listFilterType(c)
	}
	if c.enum != nil {
		return "client.EnumFilter[" + c.enum.Go + "]"
	}
	switch c.f.Type {
	case schema.String:
		return "client.StringFilter"
	case schema.Boolean:
		return "client.BoolFilter"
	case schema.Int:
		return "client.IntFilter"
	case schema.BigInt:
		return "client.BigIntFilter"
	case schema.Float:
		return "client.FloatFilter"
	case schema.Decimal:
		return "client.DecimalFilter"
	case schema.DateTime:
		return "client.DateTimeFilter"
	case schema.JSON:
		return "client.JSONFilter"
	case schema.Bytes:
		return "client.BytesFilter"
	}
	return ""
}

func defaultFunc(c *col) (string, int) {
	d := c.f.Default
	if d == nil || d.Kind != schema.DefaultFunc {
		return "", 0
	}
	arg := ""
	if len(d.Args) > 0 {
		arg = d.Args[0]
	}
	switch d.Func {
	case "cuid":
		if arg == "2" {
			return "client.DefaultCUID2", 0
		}
		return "client.DefaultCUID", 0
	case "uuid":
		if arg == "7" {
			return "client.DefaultUUID7", 0
		}
		return "client.DefaultUUID4", 0
	case "nanoid":
		n := 0
		fmt.Sscanf(arg, "%d", &n)
		return "client.DefaultNanoID", n
	case "ulid":
		return "client.DefaultULID", 0
	case "now":
		return "client.DefaultNow", 0
	}
	return "", 0
}

// hasDefault reports whether create may leave the column out.
func hasDefault(c *col) bool {
	return c.f.Default != nil || c.f.UpdatedAt
}

func (g *generator) modelFile(m *model) []byte {
	w := &writer{}
	body := &writer{}
	uses := map[string]bool{"context": true}
	for _, c := range m.cols {
		switch {
		case strings.HasPrefix(c.typ, "time."):
			uses["time"] = true
		case strings.HasPrefix(c.typ, "json."):
			uses["encoding/json"] = true
		}
	}
	g.modelBody(body, m)
	var imports []string
	for _, i := range []string{"context", "encoding/json", "time"} {
		if uses[i] {
			imports = append(imports, i)
		}
	}
	imports = append(imports, "github.com/stratadb/strata/client")
	g.header(w, imports...)
	w.Write(body.Bytes())
	return w.Bytes()
}

func (g *generator) modelBody(w *writer, m *model) {
	name := m.Go
	kind := "model"
	if m.m.IsView {
		kind = "view"
	}
	// The struct.
	w.doc(m.m.Doc, fmt.Sprintf("%s is a row of the %s %s.", name, kind, m.m.Name))
	if n := m.note(); n != "" {
		w.p("//")
		w.doc(n, "")
	}
	if len(m.rels) > 0 {
		w.p("//")
		w.p("// Relation fields are set only when included: a to-many relation is nil")
		w.p("// when not loaded and non-nil (maybe empty) when loaded; Loaded tells a")
		w.p("// to-one relation that is absent from one that was not loaded.")
	}
	w.p("type %s struct {", name)
	for _, c := range m.cols {
		if c.f.Doc != "" {
			w.doc(c.f.Doc, "")
		}
		w.p("%s %s `json:%q`", c.Go, c.fieldType(), c.f.Name)
	}
	for _, r := range m.rels {
		if r.f.Doc != "" {
			w.doc(r.f.Doc, "")
		}
		if r.list {
			w.p("%s []%s `json:%q`", r.Go, r.target.Go, r.f.Name+",omitzero")
		} else {
			w.p("%s *%s `json:%q`", r.Go, r.target.Go, r.f.Name+",omitzero")
		}
	}
	g.countStructField(w, m)
	if len(m.rels) > 0 {
		w.p("loaded [%d]bool", len(m.rels))
	}
	w.p("}")
	if len(m.rels) > 0 {
		w.p("// Loaded reports whether the relation field (its name in the schema) was")
		w.p("// loaded by an include.")
		w.p("func (m *%s) Loaded(field string) bool {", name)
		w.p("switch field {")
		for _, r := range m.rels {
			w.p("case %q:", r.f.Name)
			w.p("return m.loaded[%d]", r.idx)
		}
		w.p("}")
		w.p("return false")
		w.p("}")
	}

	// Metadata and codec.
	codec := m.low + "Codec"
	meta := m.low + "Model"
	w.p("var %s = client.NewModel(client.ModelSpec{", meta)
	w.p("Name: %q,", m.m.Name)
	if m.schema != "" {
		w.p("Schema: %q,", m.schema)
	}
	w.p("Table: %q,", m.table)
	if m.m.IsView {
		w.p("View: true,")
	}
	w.p("Columns: []client.Column{")
	for _, c := range m.cols {
		var parts []string
		parts = append(parts, fmt.Sprintf("Field: %q, Name: %q", c.f.Name, c.f.DBName))
		if c.enum != nil {
			parts = append(parts, "Type: client.TEnum")
		} else {
			parts = append(parts, "Type: client."+scalarConst[c.f.Type])
		}
		parts = append(parts, fmt.Sprintf("DBType: %q", c.dbType))
		if c.list() {
			parts = append(parts, "List: true")
		}
		if c.nullable() {
			parts = append(parts, "Nullable: true")
		}
		if d, n := defaultFunc(c); d != "" {
			parts = append(parts, "Default: "+d)
			if n > 0 {
				parts = append(parts, fmt.Sprintf("DefaultArg: %d", n))
			}
		}
		if c.f.UpdatedAt {
			parts = append(parts, "UpdatedAt: true")
		}
		w.p("{%s},", strings.Join(parts, ", "))
	}
	w.p("},")
	if pk := m.m.PrimaryKey; pk != nil {
		var idx []string
		for _, f := range pk.Fields {
			if i := m.colOf(f.Field); i >= 0 {
				idx = append(idx, fmt.Sprint(i))
			}
		}
		w.p("PrimaryKey: []int{%s},", strings.Join(idx, ", "))
	}
	if len(m.rels) > 0 {
		w.p("Relations: []client.Relation{")
		for _, r := range m.rels {
			parts := []string{fmt.Sprintf("Field: %q", r.f.Name)}
			if r.list {
				parts = append(parts, "List: true")
			}
			if r.optional {
				parts = append(parts, "Optional: true")
			}
			if r.joinTbl == "" && r.f.Relation != nil && r.f.Relation.From == r.f {
				parts = append(parts, "FK: true")
			}
			parts = append(parts, "From: []int{"+ints(r.from)+"}", "To: []int{"+ints(r.to)+"}")
			if r.joinTbl != "" {
				if r.joinSch != "" {
					parts = append(parts, fmt.Sprintf("JoinSchema: %q", r.joinSch))
				}
				parts = append(parts, fmt.Sprintf("JoinTable: %q, JoinFrom: %q, JoinTo: %q", r.joinTbl, r.joinFrom, r.joinTo))
			}
			w.p("{%s},", strings.Join(parts, ", "))
		}
		w.p("},")
	}
	w.p("})")
	w.p("type %s struct{}", codec)
	w.p("func (*%s) Model() *client.Model { return %s }", codec, meta)
	w.p("func (*%s) Scan(m *%s, dst []any) []any {", codec, name)
	var ptrs []string
	for _, c := range m.cols {
		if c.enum != nil && !c.list() && !c.pointer() {
			// The enum's underlying string: pgx decodes into it directly,
			// where the enum's sql.Scanner costs an allocation more.
			ptrs = append(ptrs, "(*string)(&m."+c.Go+")")
			continue
		}
		ptrs = append(ptrs, "&m."+c.Go)
	}
	if len(ptrs) == 0 { // a view whose fields are all Unsupported
		w.p("return dst")
	} else {
		w.p("return append(dst, %s)", strings.Join(ptrs, ", "))
	}
	w.p("}")
	w.p("func (*%s) Key(m *%s, col int) any {", codec, name)
	w.p("switch col {")
	for _, c := range m.cols {
		if c.list() || c.f.Type == schema.JSON {
			continue
		}
		w.p("case %d:", c.idx)
		if c.pointer() {
			w.p("if m.%s == nil { return nil }", c.Go)
			w.p("return *m.%s", c.Go)
		} else {
			w.p("return m.%s", c.Go)
		}
	}
	w.p("}")
	w.p("return nil")
	w.p("}")

	g.whereTypes(w, m)
	g.argTypes(w, m)
	g.delegate(w, m)
}

// colsArg is the cols argument of the runtime's table-driven helpers: nil
// when the values are columns 0, 1, 2, ... in order.
func colsArg(idxs []int) string {
	for i, x := range idxs {
		if x != i {
			return "[]int{" + ints(idxs) + "}"
		}
	}
	return "nil"
}

func ints(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, ", ")
}

func (g *generator) whereTypes(w *writer, m *model) {
	name := m.Go
	meta := m.low + "Model"
	w.p("// %sWhere filters rows of %s: every set field must hold. AND, OR and NOT", name, m.m.Name)
	w.p("// combine nested filters as Prisma's.")
	w.p("type %sWhere struct {", name)
	w.p("AND []%sWhere", name)
	w.p("OR []%sWhere", name)
	w.p("NOT []%sWhere", name)
	for _, c := range m.cols {
		if ft := filterType(c); ft != "" {
			w.p("%s %s", c.Go, ft)
		}
	}
	for _, r := range m.rels {
		if r.list {
			w.p("%s *%sListRelationFilter", r.Go, r.target.Go)
		} else {
			w.p("%s *%sRelationFilter", r.Go, r.target.Go)
		}
	}
	w.p("}")
	w.p("func (w *%sWhere) cond() client.Cond {", name)
	w.p("if w == nil { return nil }")
	w.p("var cs []client.Cond")
	w.p("for i := range w.AND { cs = client.Append(cs, w.AND[i].cond()) }")
	w.p("if w.OR != nil {")
	w.p("or := make([]client.Cond, len(w.OR))")
	w.p("for i := range w.OR { or[i] = w.OR[i].cond() }")
	w.p("cs = client.Append(cs, client.Or(or...))")
	w.p("}")
	w.p("if w.NOT != nil {")
	w.p("not := make([]client.Cond, len(w.NOT))")
	w.p("for i := range w.NOT { not[i] = w.NOT[i].cond() }")
	w.p("cs = client.Append(cs, client.Not(not...))")
	w.p("}")
	var idxs []int
	var fields []string
	for _, c := range m.cols {
		if filterType(c) != "" {
			idxs = append(idxs, c.idx)
			fields = append(fields, "&w."+c.Go)
		}
	}
	if len(fields) > 0 {
		w.p("cs = client.Fields(cs, %s, %s)", colsArg(idxs), strings.Join(fields, ", "))
	}
	for _, r := range m.rels {
		rv := fmt.Sprintf("&%s.Relations[%d], %sModel", meta, r.idx, r.target.low)
		w.p("if f := w.%s; f != nil {", r.Go)
		if r.list {
			w.p("cs = client.ToManyFilter(cs, %s, f.Some != nil, f.Some.cond(), f.Every != nil, f.Every.cond(), f.None != nil, f.None.cond())", rv)
		} else {
			w.p("cs = client.ToOneFilter(cs, %s, f.Is != nil, f.Is.cond(), f.IsNot != nil, f.IsNot.cond(), f.IsNull)", rv)
		}
		w.p("}")
	}
	w.p("return client.And(cs...)")
	w.p("}")

	w.p("// %sListRelationFilter filters by a to-many relation to %s.", name, m.m.Name)
	w.p("type %sListRelationFilter struct {", name)
	w.p("Some *%sWhere // at least one related row matches", name)
	w.p("Every *%sWhere // every related row matches (true when there are none)", name)
	w.p("None *%sWhere // no related row matches", name)
	w.p("}")
	w.p("// %sRelationFilter filters by a to-one relation to %s.", name, m.m.Name)
	w.p("type %sRelationFilter struct {", name)
	w.p("Is *%sWhere // the related row exists and matches", name)
	w.p("IsNot *%sWhere // the related row is absent or does not match", name)
	w.p("IsNull *bool // the related row is absent (true) or present (false)")
	w.p("}")

	// WhereUnique.
	if len(m.uniques) > 0 {
		w.p("// %sWhereUnique selects one row of %s by its id or a unique", name, m.m.Name)
		w.p("// constraint. Set one criterion; several are combined with AND.")
		w.p("type %sWhereUnique struct {", name)
		for _, u := range m.uniques {
			if u.typeName == "" {
				w.p("%s *%s", u.Go, u.cols[0].typ)
			} else {
				w.p("%s *%s", u.Go, u.typeName)
			}
		}
		w.p("}")
		for _, u := range m.uniques {
			if u.typeName == "" {
				continue
			}
			w.p("// %s is the compound unique criterion %s of %s.", u.typeName, u.Go, m.m.Name)
			w.p("type %s struct {", u.typeName)
			for _, c := range u.cols {
				w.p("%s %s", c.Go, c.typ)
			}
			w.p("}")
		}
		w.p("func (w *%sWhereUnique) unique() client.Unique {", name)
		w.p("var u client.Unique")
		w.p("var cs []client.Cond")
		w.p("n := 0")
		for _, u := range m.uniques {
			w.p("if w.%s != nil {", u.Go)
			w.p("n++")
			var cols, vals []string
			for _, c := range u.cols {
				v := "*w." + u.Go
				if u.typeName != "" {
					v = "w." + u.Go + "." + c.Go
				}
				if c.enum != nil {
					v = "string(" + v + ")"
				}
				w.p("cs = append(cs, client.Equals(%d, %s))", c.idx, v)
				cols = append(cols, fmt.Sprint(c.idx))
				vals = append(vals, v)
			}
			w.p("u.Cols, u.Vals = []int{%s}, []any{%s}", strings.Join(cols, ", "), strings.Join(vals, ", "))
			w.p("}")
		}
		w.p("if n != 1 { u.Cols, u.Vals = nil, nil }")
		w.p("u.Cond = client.And(cs...)")
		w.p("return u")
		w.p("}")
	}

	// OrderBy.
	w.p("// %sOrderBy orders rows of %s: set one field per entry (several are", name, m.m.Name)
	w.p("// applied in field order).")
	w.p("type %sOrderBy struct {", name)
	for _, c := range m.cols {
		if c.list() || c.f.Type == schema.JSON {
			continue
		}
		w.p("%s client.Sort", c.Go)
	}
	g.orderByRelFields(w, m)
	w.p("}")
	w.p("func orderBy%s(os []%sOrderBy) []client.Order {", name, name)
	w.p("if len(os) == 0 { return nil }")
	w.p("out := make([]client.Order, 0, len(os))")
	w.p("for i := range os { out = os[i].orders(out) }")
	w.p("return out")
	w.p("}")
	w.p("func (o *%sOrderBy) orders(out []client.Order) []client.Order {", name)
	w.p("if o == nil { return out }")
	idxs, fields = nil, nil
	for _, c := range m.cols {
		if c.list() || c.f.Type == schema.JSON {
			continue
		}
		idxs = append(idxs, c.idx)
		fields = append(fields, "o."+c.Go)
	}
	if len(fields) > 0 {
		w.p("out = client.Sorts(out, %s, %s)", colsArg(idxs), strings.Join(fields, ", "))
	}
	g.orderByRelCases(w, m)
	w.p("return out")
	w.p("}")

	// Include.
	w.p("// %sInclude selects the relations of %s to load: a non-nil field loads", name, m.m.Name)
	w.p("// the relation, with its own arguments.")
	w.p("type %sInclude struct {", name)
	for _, r := range m.rels {
		if r.list {
			w.p("%s *%sFindMany", r.Go, r.target.Go)
		} else {
			w.p("%s *%sInclude", r.Go, r.target.Go)
		}
	}
	g.includeCountField(w, m)
	w.p("}")
	w.p("func (in *%sInclude) build() []client.Include[%s] {", name, name)
	w.p("if in == nil { return nil }")
	w.p("var out []client.Include[%s]", name)
	for _, r := range m.rels {
		t := r.target
		rv := fmt.Sprintf("&%s.Relations[%d]", meta, r.idx)
		tp := fmt.Sprintf("%s, *%sCodec, %s, *%sCodec", name, m.low, t.Go, t.low)
		w.p("if in.%s != nil {", r.Go)
		if r.list {
			w.p("out = append(out, client.IncludeMany[%s](%s, in.%s.query(), func(m *%s, v []%s) { m.%s = v; m.loaded[%d] = true }))", tp, rv, r.Go, name, t.Go, r.Go, r.idx)
		} else {
			w.p("out = append(out, client.IncludeOne[%s](%s, client.Query[%s]{Include: in.%s.build()}, func(m *%s, v *%s) { m.%s = v; m.loaded[%d] = true }))", tp, rv, t.Go, r.Go, name, t.Go, r.Go, r.idx)
		}
		w.p("}")
	}
	g.includeCountCase(w, m)
	w.p("return out")
	w.p("}")
	g.readTypes(w, m)
}

// createPtr reports whether the create input holds the column as a
// pointer (it may be left out).
func createPtr(c *col) bool {
	return !c.list() && !c.sliceType() && (c.nullable() || hasDefault(c))
}

// createOptional reports whether a slice-typed column may be left out of a
// create (nil).
func createOptional(c *col) bool {
	return c.list() || (c.sliceType() && (c.nullable() || hasDefault(c)))
}

func (g *generator) argTypes(w *writer, m *model) {
	name := m.Go
	w.p("// %sFindMany are the arguments of FindMany and FindFirst.", name)
	w.p("type %sFindMany struct {", name)
	w.p("Where %sWhere", name)
	w.p("OrderBy []%sOrderBy", name)
	w.p("Skip *int")
	w.p("Take *int")
	w.p("Include *%sInclude", name)
	g.findManyFields(w, m)
	w.p("RelationLoadStrategy client.RelationLoadStrategy // client.Join or client.Queries; zero: the client's default")
	w.p("}")
	w.p("// %sFindFirst are the arguments of FindFirst.", name)
	w.p("type %sFindFirst = %sFindMany", name, name)
	w.p("func (a *%sFindMany) query() client.Query[%s] {", name, name)
	w.p("q := a.baseQuery()")
	w.p("q.RelationLoadStrategy = a.RelationLoadStrategy")
	w.p("return q")
	w.p("}")
	w.p("func (a *%sFindMany) baseQuery() client.Query[%s] {", name, name)
	g.findManyQuery(w, m)
	w.p("}")
	if len(m.uniques) > 0 {
		w.p("// %sFindUnique are the arguments of FindUnique and FindUniqueOrThrow.", name)
		w.p("type %sFindUnique struct {", name)
		w.p("Where %sWhereUnique", name)
		w.p("Include *%sInclude", name)
		w.p("Select *%sSelect // the scalar fields to read (nil: all); the others stay zero", name)
		w.p("RelationLoadStrategy client.RelationLoadStrategy // client.Join or client.Queries; zero: the client's default")
		w.p("}")
	}
	w.p("// %sCount are the arguments of Count.", name)
	w.p("type %sCount struct {", name)
	w.p("Where %sWhere", name)
	w.p("Skip *int")
	w.p("Take *int")
	w.p("}")
	if m.m.IsView {
		return
	}
	// Create.
	w.p("// %sCreateInput is the data of a new %s row. Pointer fields may be left", name, m.m.Name)
	w.p("// nil: the column gets its default (filled by the client for cuid(),")
	w.p("// uuid(), nanoid(), ulid(), now() and @updatedAt) or NULL.")
	w.p("type %sCreateInput struct {", name)
	for _, c := range m.cols {
		switch {
		case c.list():
			w.p("%s []%s", c.Go, c.typ)
		case c.sliceType():
			w.p("%s %s", c.Go, c.typ)
		case createPtr(c):
			w.p("%s *%s", c.Go, c.typ)
		default:
			w.p("%s %s", c.Go, c.typ)
		}
	}
	g.nestedInputFields(w, m, false)
	w.p("}")
	w.p("func (d *%sCreateInput) insert() *client.Insert { return d.fill(client.NewInsert(%d)) }", name, len(m.cols))
	w.p("func (d *%sCreateInput) fill(in *client.Insert) *client.Insert {", name)
	for _, c := range m.cols {
		switch {
		case createOptional(c):
			v := "d." + c.Go
			if c.enum != nil {
				v = "client.EnumStrings(" + v + ")"
			}
			w.p("if d.%s != nil { in.Set(%d, %s) }", c.Go, c.idx, v)
		case createPtr(c):
			v := "*d." + c.Go
			if c.enum != nil {
				v = "string(" + v + ")"
			}
			w.p("if d.%s != nil { in.Set(%d, %s) }", c.Go, c.idx, v)
		default:
			v := "d." + c.Go
			if c.enum != nil {
				v = "string(" + v + ")"
			}
			w.p("in.Set(%d, %s)", c.idx, v)
		}
	}
	g.nestedInputBuild(w, m, false)
	w.p("return in")
	w.p("}")
	w.p("// %sCreate are the arguments of Create.", name)
	w.p("type %sCreate struct {", name)
	w.p("Data %sCreateInput", name)
	w.p("Include *%sInclude", name)
	w.p("}")
	w.p("// %sCreateMany are the arguments of CreateMany.", name)
	w.p("type %sCreateMany struct {", name)
	w.p("Data []%sCreateInput", name)
	w.p("SkipDuplicates bool // ON CONFLICT DO NOTHING")
	w.p("}")
	// Update.
	w.p("// %sUpdateInput is the change to %s rows: each field is an operation", name, m.m.Name)
	w.p("// (client.Set, client.SetNull, client.Increment, ...); zero fields are")
	w.p("// left unchanged. @updatedAt fields not set get the request time.")
	w.p("type %sUpdateInput struct {", name)
	for _, c := range m.cols {
		w.p("%s client.Op[%s]", c.Go, c.fieldValueType())
	}
	g.nestedInputFields(w, m, true)
	w.p("}")
	w.p("func (d *%sUpdateInput) update() *client.Update {", name)
	w.p("u := &client.Update{}")
	for _, c := range m.cols {
		switch {
		case c.enum != nil && c.list():
			w.p("client.AddEnumListOp(u, %d, d.%s)", c.idx, c.Go)
		case c.enum != nil:
			w.p("client.AddEnumOp(u, %d, d.%s)", c.idx, c.Go)
		default:
			w.p("client.AddOp(u, %d, d.%s)", c.idx, c.Go)
		}
	}
	g.nestedInputBuild(w, m, true)
	w.p("return u")
	w.p("}")
	if len(m.uniques) > 0 {
		w.p("// %sUpdate are the arguments of Update.", name)
		w.p("type %sUpdate struct {", name)
		w.p("Where %sWhereUnique", name)
		w.p("Data %sUpdateInput", name)
		w.p("Include *%sInclude", name)
		w.p("}")
		w.p("// %sUpsert are the arguments of Upsert.", name)
		w.p("type %sUpsert struct {", name)
		w.p("Where %sWhereUnique", name)
		w.p("Create %sCreateInput", name)
		w.p("Update %sUpdateInput", name)
		w.p("Include *%sInclude", name)
		w.p("}")
		w.p("// %sDelete are the arguments of Delete.", name)
		w.p("type %sDelete struct {", name)
		w.p("Where %sWhereUnique", name)
		w.p("}")
	}
	w.p("// %sUpdateMany are the arguments of UpdateMany.", name)
	w.p("type %sUpdateMany struct {", name)
	w.p("Where %sWhere", name)
	w.p("Data %sUpdateInput", name)
	w.p("}")
	w.p("// %sDeleteMany are the arguments of DeleteMany.", name)
	w.p("type %sDeleteMany struct {", name)
	w.p("Where %sWhere", name)
	w.p("}")
	g.writeArgTypes(w, m)
}

// fieldValueType is the type an update sets: the element type, or the
// slice for lists.
func (c *col) fieldValueType() string {
	if c.list() {
		return "[]" + c.typ
	}
	return c.typ
}

func (g *generator) delegate(w *writer, m *model) {
	name := m.Go
	tp := name + ", *" + m.low + "Codec"
	meta := m.low + "Model"
	w.p("// %sClient runs the queries of %s.", name, m.m.Name)
	w.p("type %sClient struct{ e *client.Engine }", name)
	w.p("// FindMany returns the rows matching args (an empty slice when none).")
	w.p("func (c *%sClient) FindMany(ctx context.Context, args %sFindMany) ([]%s, error) {", name, name, name)
	w.p("q := args.query()")
	w.p("return client.FindMany[%s](ctx, c.e, &q)", tp)
	w.p("}")
	w.p("// FindFirst returns the first row matching args, or nil.")
	w.p("func (c *%sClient) FindFirst(ctx context.Context, args %sFindFirst) (*%s, error) {", name, name, name)
	w.p("q := args.query()")
	w.p("return client.FindFirst[%s](ctx, c.e, &q)", tp)
	w.p("}")
	w.p("// Count returns the number of rows matching args.")
	w.p("func (c *%sClient) Count(ctx context.Context, args %sCount) (int64, error) {", name, name)
	w.p("return client.Count(ctx, c.e, %s, args.Where.cond(), args.Skip, args.Take)", meta)
	w.p("}")
	g.readMethods(w, m)
	if len(m.uniques) > 0 {
		w.p("// FindUnique returns the row selected by args.Where, or nil.")
		w.p("func (c *%sClient) FindUnique(ctx context.Context, args %sFindUnique) (*%s, error) {", name, name, name)
		w.p("return client.FindUniqueQuery[%s](ctx, c.e, &client.Query[%s]{Where: args.Where.unique().Cond, Include: args.Include.build(), Select: args.Select.cols(), RelationLoadStrategy: args.RelationLoadStrategy}, false)", tp, name)
		w.p("}")
		w.p("// FindUniqueOrThrow is FindUnique failing with client.ErrNotFound.")
		w.p("func (c *%sClient) FindUniqueOrThrow(ctx context.Context, args %sFindUnique) (*%s, error) {", name, name, name)
		w.p("return client.FindUniqueQuery[%s](ctx, c.e, &client.Query[%s]{Where: args.Where.unique().Cond, Include: args.Include.build(), Select: args.Select.cols(), RelationLoadStrategy: args.RelationLoadStrategy}, true)", tp, name)
		w.p("}")
	}
	g.rawMethods(w, m)
	if m.m.IsView {
		return
	}
	w.p("// Create inserts a row and returns it.")
	w.p("func (c *%sClient) Create(ctx context.Context, args %sCreate) (*%s, error) {", name, name, name)
	w.p("return client.Create[%s](ctx, c.e, args.Data.insert(), args.Include.build())", tp)
	w.p("}")
	w.p("// CreateMany inserts rows and returns how many were inserted.")
	w.p("func (c *%sClient) CreateMany(ctx context.Context, args %sCreateMany) (int64, error) {", name, name)
	w.p("rows := client.NewInserts(len(args.Data), %d)", len(m.cols))
	w.p("for i := range args.Data { args.Data[i].fill(&rows[i]) }")
	w.p("return client.CreateMany(ctx, c.e, %s, rows, args.SkipDuplicates)", meta)
	w.p("}")
	if len(m.uniques) > 0 {
		w.p("// Update changes the row selected by args.Where and returns it;")
		w.p("// client.ErrNotFound when there is none.")
		w.p("func (c *%sClient) Update(ctx context.Context, args %sUpdate) (*%s, error) {", name, name, name)
		w.p("return client.UpdateOne[%s](ctx, c.e, args.Where.unique().Cond, args.Data.update(), args.Include.build())", tp)
		w.p("}")
		w.p("// Upsert updates the row selected by args.Where or creates it.")
		w.p("func (c *%sClient) Upsert(ctx context.Context, args %sUpsert) (*%s, error) {", name, name, name)
		w.p("return client.Upsert[%s](ctx, c.e, args.Where.unique(), args.Create.insert(), args.Update.update(), args.Include.build())", tp)
		w.p("}")
		w.p("// Delete deletes the row selected by args.Where and returns it;")
		w.p("// client.ErrNotFound when there is none.")
		w.p("func (c *%sClient) Delete(ctx context.Context, args %sDelete) (*%s, error) {", name, name, name)
		w.p("return client.DeleteOne[%s](ctx, c.e, args.Where.unique().Cond)", tp)
		w.p("}")
	}
	w.p("// UpdateMany changes every row matching args.Where and returns how many.")
	w.p("func (c *%sClient) UpdateMany(ctx context.Context, args %sUpdateMany) (int64, error) {", name, name)
	w.p("return client.UpdateMany(ctx, c.e, %s, args.Where.cond(), args.Data.update())", meta)
	w.p("}")
	w.p("// DeleteMany deletes every row matching args.Where and returns how many.")
	w.p("func (c *%sClient) DeleteMany(ctx context.Context, args %sDeleteMany) (int64, error) {", name, name)
	w.p("return client.DeleteMany(ctx, c.e, %s, args.Where.cond())", meta)
	w.p("}")
	g.writeMethods(w, m)
}
