package sqlschema

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/stratadb/strata/schema"
)

// FromOptions tunes From.
type FromOptions struct {
	// DefaultNamespace is the schema of models and enums without @@schema:
	// the connection URL's schema= parameter. Empty means "public".
	DefaultNamespace string
}

// maxIdentifierLength is PostgreSQL's limit on identifiers, in bytes.
const maxIdentifierLength = schema.MaxIdentifierLength

// From returns the database schema a validated Prisma data model wants on
// PostgreSQL, with the mapping of Prisma's schema engine:
//
//   - every model is a table (ignored models and ignored fields included,
//     as Prisma's migrations keep them); views are left out, because
//     migrations never create or change views;
//   - scalar fields are columns in field order, relation fields have none;
//     lists are arrays and, like optional fields, nullable;
//   - types: String TEXT, Int INTEGER, BigInt BIGINT, Float DOUBLE
//     PRECISION, Decimal DECIMAL(65,30), Boolean BOOLEAN, DateTime
//     TIMESTAMP(3), Json JSONB, Bytes BYTEA, or the @db native type;
//     autoincrement() marks the column AutoIncrement (SERIAL, BIGSERIAL,
//     SMALLSERIAL by type);
//   - defaults: literals become DefaultValue (Int and BigInt in decimal,
//     Float and Decimal as written, DateTime in RFC 3339 with its offset,
//     Bytes as PostgreSQL's hex text "\x...", Json as written, enum values
//     by their database name), now() DefaultNow, dbgenerated("x")
//     DefaultExpr; cuid(), uuid(), nanoid(), ulid(), dbgenerated() without
//     an argument and @updatedAt give no database default;
//   - one implicit many-to-many relation is a join table "_Name" with
//     columns A and B, its primary key, an index on B and two foreign keys
//     with ON DELETE CASCADE ON UPDATE CASCADE, in the namespace of model A;
//   - relationMode = "prisma" drops every foreign key (the indexes stay).
//
// Tables come in model order followed by the join tables, enums in enum
// order, foreign keys of a table in the order of the relation fields that
// hold them; join tables come in the order of their relation's field on
// model A. These are the orders of Prisma's migrations. Constraint names
// are those package schema computed (map: or Prisma's defaults).
func From(s *schema.Schema, opts FromOptions) (*Schema, error) {
	if s == nil {
		return nil, errors.New("sqlschema: no data model")
	}
	b := &fromBuilder{
		src:    s,
		defNS:  opts.DefaultNamespace,
		out:    &Schema{},
		tables: map[*schema.Model]*Table{},
	}
	if b.defNS == "" {
		b.defNS = DefaultNamespace
	}
	b.namespaces()
	b.extensions()
	b.enums()
	for _, m := range s.Models {
		if m.IsView {
			continue
		}
		if err := b.table(m); err != nil {
			return nil, err
		}
	}
	fks := s.Datasource == nil || s.Datasource.RelationMode != "prisma"
	if fks {
		// Foreign keys in model order, then in the order of the relation
		// fields that hold them, as Prisma creates them.
		for _, m := range s.Models {
			for _, f := range m.Fields {
				if f.Kind != schema.RelationField || f.Relation == nil || f.Relation.From != f {
					continue
				}
				if err := b.foreignKey(f.Relation); err != nil {
					return nil, err
				}
			}
		}
	}
	// Join tables in the order of their first side's field (the field on
	// the model first in alphabetical order), as Prisma creates them.
	for _, m := range s.Models {
		for _, f := range m.Fields {
			r := f.Relation
			if f.Kind != schema.RelationField || r == nil || r.Kind != schema.ManyToMany || r.From != f {
				continue
			}
			if err := b.joinTable(r, fks); err != nil {
				return nil, err
			}
		}
	}
	return b.out, nil
}

type fromBuilder struct {
	src    *schema.Schema
	defNS  string
	out    *Schema
	tables map[*schema.Model]*Table
}

// ns returns the namespace of an object with the given @@schema.
func (b *fromBuilder) ns(declared string) string {
	if declared != "" {
		return declared
	}
	return b.defNS
}

// namespaces: the datasource's schemas in order when it lists any (the
// default namespace then plays no part, as in Prisma's migrations), else
// the default namespace alone.
func (b *fromBuilder) namespaces() {
	ds := b.src.Datasource
	if ds != nil && len(ds.Schemas) > 0 {
		seen := map[string]bool{}
		for _, n := range ds.Schemas {
			if !seen[n] {
				seen[n] = true
				b.out.Namespaces = append(b.out.Namespaces, n)
			}
		}
		return
	}
	b.out.Namespaces = []string{b.defNS}
}

func (b *fromBuilder) extensions() {
	ds := b.src.Datasource
	if ds == nil {
		return
	}
	for _, e := range ds.Extensions {
		name := e.DBName
		if name == "" {
			name = e.Name
		}
		b.out.Extensions = append(b.out.Extensions, &Extension{Name: name, Namespace: e.Schema, Version: e.Version})
	}
}

func (b *fromBuilder) enums() {
	for _, e := range b.src.Enums {
		en := &Enum{Namespace: b.ns(e.Schema), Name: e.DBName}
		for _, v := range e.Values {
			en.Values = append(en.Values, v.DBName)
		}
		b.out.Enums = append(b.out.Enums, en)
	}
}

func (b *fromBuilder) table(m *schema.Model) error {
	t := &Table{Namespace: b.ns(m.Schema), Name: m.DBName}
	b.tables[m] = t
	b.out.Tables = append(b.out.Tables, t)
	for _, f := range m.Fields {
		if f.Kind == schema.RelationField {
			continue
		}
		c, err := b.column(f)
		if err != nil {
			return fmt.Errorf("sqlschema: model %s: %w", m.Name, err)
		}
		t.Columns = append(t.Columns, c)
	}
	if pk := m.PrimaryKey; pk != nil {
		p := &PrimaryKey{Name: pk.DBName}
		if p.Name == "" {
			p.Name = schema.PrimaryKeyName(m.DBName)
		}
		for _, f := range pk.Fields {
			if f.Field == nil {
				return fmt.Errorf("sqlschema: model %s: primary key field missing", m.Name)
			}
			p.Columns = append(p.Columns, f.Field.DBName)
		}
		t.PrimaryKey = p
	}
	for _, ix := range m.Indexes {
		if ix.Kind == schema.FulltextIndex {
			// MySQL and MongoDB only; a validated PostgreSQL schema has none.
			continue
		}
		x := &Index{
			Name:      ix.DBName,
			Unique:    ix.Kind == schema.UniqueIndex,
			Method:    indexMethod(ix.Algorithm),
			Predicate: ix.Where,
		}
		for _, f := range ix.Fields {
			if f.Field == nil {
				return fmt.Errorf("sqlschema: model %s: index %s: field missing", m.Name, ix.DBName)
			}
			x.Columns = append(x.Columns, IndexColumn{
				Name:    f.Field.DBName,
				Desc:    f.Sort == schema.Desc,
				Asc:     f.Sort == schema.Asc,
				OpClass: opClass(f.Ops, f.OpsRaw),
			})
		}
		t.Indexes = append(t.Indexes, x)
	}
	return nil
}

// indexMethod maps Prisma's index type to the access method keyword; the
// default, BTree, is "".
func indexMethod(algo string) string {
	switch algo {
	case "", "BTree":
		return ""
	case "SpGist":
		return "SPGIST"
	}
	return strings.ToUpper(algo)
}

// opClass maps Prisma's operator class name to PostgreSQL's (JsonbPathOps
// to jsonb_path_ops, Int4MinMaxMultiOps to int4_minmax_multi_ops); a
// raw("...") class is kept as written. Prisma writes the class into the
// index whenever the schema names one, even the access method's default.
func opClass(ops string, raw bool) string {
	if ops == "" || raw {
		return ops
	}
	switch ops {
	case "InetOps":
		return "inet_ops"
	case "JsonbOps":
		return "jsonb_ops"
	case "JsonbPathOps":
		return "jsonb_path_ops"
	case "ArrayOps":
		return "array_ops"
	case "TextOps":
		return "text_ops"
	}
	// The BRIN classes: a type prefix and a strategy.
	for _, s := range []struct{ prisma, pg string }{
		{"MinMaxMultiOps", "_minmax_multi_ops"},
		{"MinMaxOps", "_minmax_ops"},
		{"BloomOps", "_bloom_ops"},
		{"InclusionOps", "_inclusion_ops"},
	} {
		if prefix, ok := strings.CutSuffix(ops, s.prisma); ok && prefix != "" {
			return strings.ToLower(prefix) + s.pg
		}
	}
	return ops
}

// defaultNativeType is the column type of each scalar type without @db.
var defaultNativeType = map[string]ColumnType{
	schema.String:   {Name: "TEXT"},
	schema.Int:      {Name: "INTEGER"},
	schema.BigInt:   {Name: "BIGINT"},
	schema.Float:    {Name: "DOUBLE PRECISION"},
	schema.Decimal:  {Name: "DECIMAL", Args: []string{"65", "30"}},
	schema.Boolean:  {Name: "BOOLEAN"},
	schema.DateTime: {Name: "TIMESTAMP", Args: []string{"3"}},
	schema.JSON:     {Name: "JSONB"},
	schema.Bytes:    {Name: "BYTEA"},
}

func (b *fromBuilder) column(f *schema.Field) (*Column, error) {
	c := &Column{Name: f.DBName, NotNull: f.Arity == schema.Required}
	switch f.Kind {
	case schema.ScalarField:
		if nt := f.NativeType; nt != nil {
			typ, ok := nativeColumnType(nt)
			if !ok {
				return nil, fmt.Errorf("field %s: unknown native type @db.%s", f.Name, nt.Name)
			}
			c.Type = typ
		} else {
			typ, ok := defaultNativeType[f.Type]
			if !ok {
				return nil, fmt.Errorf("field %s: type %s has no PostgreSQL column type", f.Name, f.Type)
			}
			typ.Args = append([]string(nil), typ.Args...)
			c.Type = typ
		}
	case schema.EnumField:
		if f.Enum == nil {
			return nil, fmt.Errorf("field %s: enum %s not resolved", f.Name, f.Type)
		}
		c.Type = ColumnType{Name: f.Enum.DBName, IsEnum: true, EnumNamespace: b.ns(f.Enum.Schema)}
	case schema.UnsupportedField:
		c.Type = ColumnType{Name: f.Type, Unsupported: true}
	default:
		return nil, fmt.Errorf("field %s: composite types do not exist on PostgreSQL", f.Name)
	}
	c.Type.Array = f.Arity == schema.List
	d := f.Default
	if d == nil {
		return c, nil
	}
	if d.Kind == schema.DefaultFunc {
		switch d.Func {
		case "autoincrement":
			c.AutoIncrement = true
		case "now":
			c.Default = &Default{Kind: DefaultNow}
		case "dbgenerated":
			// dbgenerated() without an argument: the database has some
			// default Prisma does not manage; none is created.
			if len(d.Args) > 0 {
				c.Default = &Default{Kind: DefaultExpr, Expr: d.Args[0]}
			}
		}
		// cuid, uuid, nanoid, ulid (and anything else) are filled in by
		// the client.
		return c, nil
	}
	if f.Kind == schema.UnsupportedField {
		return c, nil
	}
	conv := func(v string) string { return literalValue(f, v) }
	if d.IsList {
		list := make([]string, len(d.List))
		for i, v := range d.List {
			list[i] = conv(v)
		}
		c.Default = &Default{Kind: DefaultValue, IsList: true, List: list}
		return c, nil
	}
	c.Default = &Default{Kind: DefaultValue, Value: conv(d.Value)}
	return c, nil
}

// nativeColumnType splits a @db type's SQL text into name and arguments:
// DECIMAL(10,2) is {DECIMAL [10 2]}.
func nativeColumnType(nt *schema.NativeType) (ColumnType, bool) {
	sql := nt.SQL()
	if sql == "" {
		return ColumnType{}, false
	}
	name, rest, ok := strings.Cut(sql, "(")
	if !ok {
		return ColumnType{Name: name}, true
	}
	rest = strings.TrimSuffix(rest, ")")
	var args []string
	for _, a := range strings.Split(rest, ",") {
		args = append(args, strings.TrimSpace(a))
	}
	return ColumnType{Name: name, Args: args}, true
}

// literalValue normalises one literal default of field f as Prisma's schema
// engine does before it renders it.
func literalValue(f *schema.Field, v string) string {
	if f.Kind == schema.EnumField {
		if f.Enum != nil {
			for _, ev := range f.Enum.Values {
				if ev.Name == v {
					return ev.DBName
				}
			}
		}
		return v
	}
	switch f.Type {
	case schema.Int, schema.BigInt:
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			return strconv.FormatInt(n, 10)
		}
	case schema.DateTime:
		if t, err := time.Parse(time.RFC3339Nano, v); err == nil {
			return t.Format(time.RFC3339Nano)
		}
	case schema.Bytes:
		if raw, err := base64.StdEncoding.DecodeString(v); err == nil {
			return `\x` + hex.EncodeToString(raw)
		}
	}
	return v
}

// truncateChars keeps the first n characters of s, as Prisma's
// chars().take(n).
func truncateChars(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

// truncateBytes keeps at most n bytes of s, cut at a character boundary.
func truncateBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// foreignKey adds the foreign key of a 1-1 or 1-n relation to the table of
// the model holding it. Relations with a view on either side have none.
func (b *fromBuilder) foreignKey(r *schema.Relation) error {
	if r.Kind == schema.ManyToMany || r.From == nil || len(r.Fields) == 0 {
		return nil
	}
	from := r.From.Model
	to := r.From.Related
	if to == nil && r.To != nil {
		to = r.To.Model
	}
	if from == nil || to == nil || from.IsView || to.IsView {
		return nil
	}
	t, rt := b.tables[from], b.tables[to]
	if t == nil || rt == nil {
		return fmt.Errorf("sqlschema: relation %s: model table missing", r.Name)
	}
	if len(r.Fields) != len(r.References) {
		return fmt.Errorf("sqlschema: relation %s: %d fields but %d references", r.Name, len(r.Fields), len(r.References))
	}
	fk := &ForeignKey{
		Name:         r.FKName,
		RefNamespace: rt.Namespace,
		RefTable:     rt.Name,
		OnDelete:     action(r.OnDelete),
		OnUpdate:     action(r.OnUpdate),
	}
	if fk.Name == "" {
		cols := make([]string, len(r.Fields))
		for i, f := range r.Fields {
			cols[i] = f.DBName
		}
		fk.Name = schema.ConstraintName(from.DBName, cols, "fkey")
	}
	required := false
	for i, f := range r.Fields {
		fk.Columns = append(fk.Columns, f.DBName)
		fk.RefColumns = append(fk.RefColumns, r.References[i].DBName)
		if f.Arity == schema.Required {
			required = true
		}
	}
	if fk.OnDelete == "" {
		// Prisma's referential arity: required when any referencing
		// scalar field is, else the relation field's arity.
		if required || r.From.Arity == schema.Required {
			fk.OnDelete = Restrict
		} else {
			fk.OnDelete = SetNull
		}
	}
	if fk.OnUpdate == "" {
		fk.OnUpdate = Cascade
	}
	t.ForeignKeys = append(t.ForeignKeys, fk)
	return nil
}

// action maps a referential action as written in the schema to SQL; ""
// stays "" (not given).
func action(a string) Action {
	switch a {
	case "Cascade":
		return Cascade
	case "Restrict":
		return Restrict
	case "NoAction":
		return NoAction
	case "SetNull":
		return SetNull
	case "SetDefault":
		return SetDefault
	}
	return ""
}

// joinTable adds the table of an implicit many-to-many relation, named and
// shaped as Prisma's schema engine does it.
func (b *fromBuilder) joinTable(r *schema.Relation, fks bool) error {
	if r.From == nil || r.To == nil {
		return nil
	}
	ma, mb := r.From.Model, r.To.Model
	if ma == nil || mb == nil || ma.IsView || mb.IsView {
		return nil
	}
	ta, tb := b.tables[ma], b.tables[mb]
	if ta == nil || tb == nil {
		return fmt.Errorf("sqlschema: relation %s: model table missing", r.Name)
	}
	idA, err := firstIDColumn(ma, ta)
	if err != nil {
		return fmt.Errorf("sqlschema: relation %s: %w", r.Name, err)
	}
	idB, err := firstIDColumn(mb, tb)
	if err != nil {
		return fmt.Errorf("sqlschema: relation %s: %w", r.Name, err)
	}
	name := r.JoinTable
	if name == "" {
		name = "_" + r.Name
	}
	name = truncateChars(name, maxIdentifierLength)
	colType := func(c *Column) ColumnType {
		t := c.Type
		t.Args = append([]string(nil), t.Args...)
		return t
	}
	t := &Table{
		// Prisma puts the join table in the namespace of model A.
		Namespace: ta.Namespace,
		Name:      name,
		Columns: []*Column{
			{Name: "A", Type: colType(idA), NotNull: true},
			{Name: "B", Type: colType(idB), NotNull: true},
		},
		PrimaryKey: &PrimaryKey{
			Name:    truncateChars(name, maxIdentifierLength-len("_AB_pkey")) + "_AB_pkey",
			Columns: []string{"A", "B"},
		},
		Indexes: []*Index{{
			Name:    truncateChars(name, maxIdentifierLength-len("_B_index")) + "_B_index",
			Columns: []IndexColumn{{Name: "B"}},
		}},
	}
	if fks {
		// Prisma cuts the table name to 56 bytes here, two fewer than the
		// default naming, so that the A and B names never collide.
		short := truncateBytes(name, maxIdentifierLength-len("_fkey")-2)
		t.ForeignKeys = []*ForeignKey{
			{Name: short + "_A_fkey", Columns: []string{"A"}, RefNamespace: ta.Namespace, RefTable: ta.Name, RefColumns: []string{idA.Name}, OnDelete: Cascade, OnUpdate: Cascade},
			{Name: short + "_B_fkey", Columns: []string{"B"}, RefNamespace: tb.Namespace, RefTable: tb.Name, RefColumns: []string{idB.Name}, OnDelete: Cascade, OnUpdate: Cascade},
		}
	}
	b.out.Tables = append(b.out.Tables, t)
	return nil
}

// firstIDColumn returns the column of the first primary key field of m.
func firstIDColumn(m *schema.Model, t *Table) (*Column, error) {
	if m.PrimaryKey == nil || len(m.PrimaryKey.Fields) == 0 || m.PrimaryKey.Fields[0].Field == nil {
		return nil, fmt.Errorf("model %s has no primary key for the join table", m.Name)
	}
	c := t.Column(m.PrimaryKey.Fields[0].Field.DBName)
	if c == nil {
		return nil, fmt.Errorf("model %s: primary key column missing", m.Name)
	}
	return c, nil
}
