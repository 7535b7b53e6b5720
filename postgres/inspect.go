package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/sqlschema"
)

// Querier runs a query. *pgx.Conn, *pgxpool.Pool and pgx.Tx satisfy it.
type Querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// MigrationsTable is the table in which Prisma (and strata) record applied
// migrations. Inspect leaves it out: it is not part of the user's schema.
const MigrationsTable = "_prisma_migrations"

// Inspect reads the schema of the given namespaces (PostgreSQL schemas) from
// the catalog of a live database (PostgreSQL 12 or later) and normalises it
// into sqlschema's conventions. With no namespaces it reads "public".
//
// It runs a fixed number of catalog queries (one per object kind) whatever
// the number of tables. It leaves out Prisma's _prisma_migrations table, the
// objects that belong to an extension, partitions (their parent is kept),
// sequences that back identity or SERIAL columns, and the plpgsql extension.
// Schema.Namespaces lists the requested namespaces that exist, in the order
// given; extensions are database-wide and listed whatever their schema.
func Inspect(ctx context.Context, conn Querier, namespaces []string) (*sqlschema.Schema, error) {
	if len(namespaces) == 0 {
		namespaces = []string{sqlschema.DefaultNamespace}
	}
	in := &inspector{
		conn:   conn,
		ns:     namespaces,
		s:      &sqlschema.Schema{},
		tables: map[int64]*sqlschema.Table{},
		views:  map[int64]*sqlschema.View{},
	}
	steps := []struct {
		what string
		run  func(context.Context) error
	}{
		{"namespaces", in.namespaces},
		{"extensions", in.extensions},
		{"enums", in.enums},
		{"tables", in.relations},
		{"columns", in.columns},
		{"sequences", in.sequences},
		{"primary keys", in.primaryKeys},
		{"indexes", in.indexes},
		{"foreign keys", in.foreignKeys},
	}
	for _, st := range steps {
		if err := st.run(ctx); err != nil {
			return nil, fmt.Errorf("inspecting %s: %w", st.what, err)
		}
	}
	in.finishColumns()
	return in.s, nil
}

// inspector holds the state of one Inspect call.
type inspector struct {
	conn   Querier
	ns     []string
	s      *sqlschema.Schema
	tables map[int64]*sqlschema.Table // by pg_class oid
	views  map[int64]*sqlschema.View
	// pending are the table columns whose default is nextval of a sequence,
	// resolved to SERIAL or a sequence default once sequences are known.
	pending []pendingSeq
	// owned maps a sequence owned by a column (ALTER SEQUENCE ... OWNED BY,
	// as SERIAL does) to its owner.
	owned map[seqKey]colKey
}

type colKey struct {
	rel    int64
	attnum int
}

type seqKey struct{ namespace, name string }

type pendingSeq struct {
	col   *sqlschema.Column
	at    colKey
	table *sqlschema.Table
	seq   seqKey // namespace "" when the default does not name one
}

// query runs sql with the namespaces as $1 and calls fn for every row after
// scanning it into dest.
func (in *inspector) query(ctx context.Context, sql string, dest []any, fn func() error) error {
	rows, err := in.conn.Query(ctx, sql, in.ns)
	if err != nil {
		return err
	}
	_, err = pgx.ForEachRow(rows, dest, fn)
	return err
}

// notExtensionMember is a condition that keeps the pg_class or pg_type row
// aliased as alias when it does not belong to an extension.
func notExtensionMember(catalog, alias string) string {
	return `NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = '` + catalog +
		`'::regclass AND dep.objid = ` + alias + `.oid AND dep.deptype = 'e')`
}

func (in *inspector) namespaces(ctx context.Context) error {
	found := map[string]bool{}
	var name string
	err := in.query(ctx, `SELECT nspname::text FROM pg_namespace WHERE nspname = ANY($1)`,
		[]any{&name}, func() error { found[name] = true; return nil })
	if err != nil {
		return err
	}
	for _, n := range in.ns {
		if found[n] && !contains(in.s.Namespaces, n) {
			in.s.Namespaces = append(in.s.Namespaces, n)
		}
	}
	return nil
}

func (in *inspector) extensions(ctx context.Context) error {
	var name, ns, version string
	rows, err := in.conn.Query(ctx, `
SELECT e.extname::text, n.nspname::text, e.extversion
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
ORDER BY e.extname`)
	if err != nil {
		return err
	}
	_, err = pgx.ForEachRow(rows, []any{&name, &ns, &version}, func() error {
		in.s.Extensions = append(in.s.Extensions, &sqlschema.Extension{Name: name, Namespace: ns, Version: version})
		return nil
	})
	return err
}

func (in *inspector) enums(ctx context.Context) error {
	var ns, name string
	var values []string
	return in.query(ctx, `
SELECT n.nspname::text, t.typname::text,
       ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'e' AND n.nspname = ANY($1) AND `+notExtensionMember("pg_type", "t")+`
ORDER BY n.nspname, t.typname`,
		[]any{&ns, &name, &values}, func() error {
			in.s.Enums = append(in.s.Enums, &sqlschema.Enum{Namespace: ns, Name: name, Values: values})
			return nil
		})
}

func (in *inspector) relations(ctx context.Context) error {
	var (
		oid                     int64
		ns, name, kind, comment string
		definition              string
	)
	return in.query(ctx, `
SELECT c.oid::int8, n.nspname::text, c.relname::text, c.relkind::text,
       coalesce(obj_description(c.oid, 'pg_class'), ''),
       CASE WHEN c.relkind = 'v' THEN coalesce(pg_get_viewdef(c.oid), '') ELSE '' END
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1)
  AND (c.relkind IN ('p', 'v') OR (c.relkind = 'r' AND NOT c.relispartition))
  AND c.relname <> '`+MigrationsTable+`'
  AND `+notExtensionMember("pg_class", "c")+`
ORDER BY n.nspname, c.relname`,
		[]any{&oid, &ns, &name, &kind, &comment, &definition}, func() error {
			if kind == "v" {
				v := &sqlschema.View{Namespace: ns, Name: name, Definition: strings.TrimSpace(definition)}
				in.views[oid] = v
				in.s.Views = append(in.s.Views, v)
				return nil
			}
			t := &sqlschema.Table{Namespace: ns, Name: name, Comment: comment}
			in.tables[oid] = t
			in.s.Tables = append(in.s.Tables, t)
			return nil
		})
}

func (in *inspector) columns(ctx context.Context) error {
	var (
		rel                                 int64
		attnum                              int
		name, formatted, baseName, baseKind string
		baseNS, def, identity, generated    string
		comment                             string
		isArray, notNull, hasDefault        bool
	)
	return in.query(ctx, `
SELECT a.attrelid::int8, a.attnum::int, a.attname::text,
       format_type(a.atttypid, a.atttypmod), bt.typname::text, bt.typtype::text, btn.nspname::text,
       t.typcategory = 'A' AND t.typelem <> 0,
       a.attnotnull, d.adbin IS NOT NULL, coalesce(pg_get_expr(d.adbin, d.adrelid), ''),
       a.attidentity::text, a.attgenerated::text,
       coalesce(col_description(a.attrelid, a.attnum), '')
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_type bt ON bt.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
JOIN pg_namespace btn ON btn.oid = bt.typnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p', 'v') AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum`,
		[]any{&rel, &attnum, &name, &formatted, &baseName, &baseKind, &baseNS, &isArray,
			&notNull, &hasDefault, &def, &identity, &generated, &comment},
		func() error {
			t, v := in.tables[rel], in.views[rel]
			if t == nil && v == nil {
				return nil // a partition, an extension's table, _prisma_migrations
			}
			col := &sqlschema.Column{
				Name:    name,
				Type:    columnType(formatted, baseName, baseKind, baseNS, isArray),
				NotNull: notNull,
				Comment: comment,
			}
			switch identity {
			case "a":
				col.Identity = "ALWAYS"
			case "d":
				col.Identity = "BY DEFAULT"
			}
			if hasDefault && generated == "" {
				col.Default = parseDefault(def, col.Type)
			}
			if v != nil {
				v.Columns = append(v.Columns, col)
				return nil
			}
			t.Columns = append(t.Columns, col)
			if col.Default != nil && col.Default.Kind == sqlschema.DefaultSequence {
				ns, seq := splitSeqName(col.Default.SeqName)
				col.Default.SeqName = seq
				in.pending = append(in.pending, pendingSeq{col: col, at: colKey{rel, attnum}, table: t, seq: seqKey{ns, seq}})
			}
			return nil
		})
}

func (in *inspector) sequences(ctx context.Context) error {
	var (
		ns, name, deptype string
		rel               int64
		attnum            int
	)
	in.owned = map[seqKey]colKey{}
	return in.query(ctx, `
SELECT n.nspname::text, c.relname::text, coalesce(d.refobjid, 0)::int8, coalesce(d.refobjsubid, 0)::int,
       coalesce(d.deptype::text, '')
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
     AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
WHERE c.relkind = 'S' AND n.nspname = ANY($1) AND `+notExtensionMember("pg_class", "c")+`
ORDER BY n.nspname, c.relname`,
		[]any{&ns, &name, &rel, &attnum, &deptype}, func() error {
			switch deptype {
			case "i":
				return nil // backs an identity column
			case "a":
				in.owned[seqKey{ns, name}] = colKey{rel, attnum}
			}
			in.s.Sequences = append(in.s.Sequences, &sqlschema.Sequence{Namespace: ns, Name: name})
			return nil
		})
}

// finishColumns decides, for every column whose default is nextval, whether
// it is SERIAL (an integer column that owns the sequence) and drops the
// sequences of SERIAL columns from Schema.Sequences.
func (in *inspector) finishColumns() {
	serial := map[seqKey]bool{}
	for _, p := range in.pending {
		key := p.seq
		if key.namespace == "" {
			key.namespace = p.table.Namespace
		}
		owner, ok := in.owned[key]
		if !ok || owner != p.at || p.col.Type.Array {
			continue
		}
		switch p.col.Type.Name {
		case "INTEGER", "BIGINT", "SMALLINT":
			p.col.AutoIncrement = true
			p.col.Default = nil
			serial[key] = true
		}
	}
	if len(serial) == 0 {
		return
	}
	kept := in.s.Sequences[:0]
	for _, s := range in.s.Sequences {
		if !serial[seqKey{s.Namespace, s.Name}] {
			kept = append(kept, s)
		}
	}
	in.s.Sequences = kept
}

func (in *inspector) primaryKeys(ctx context.Context) error {
	var (
		rel  int64
		name string
		cols []string
	)
	return in.query(ctx, `
SELECT con.conrelid::int8, con.conname::text,
       ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord)
FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
WHERE con.contype = 'p' AND n.nspname = ANY($1)`,
		[]any{&rel, &name, &cols}, func() error {
			if t := in.tables[rel]; t != nil {
				t.PrimaryKey = &sqlschema.PrimaryKey{Name: name, Columns: cols}
			}
			return nil
		})
}

// indexes reads every index with its key columns. A partial index's
// predicate is pg_get_expr's plain (not pretty) text, with all its
// parentheses, as Prisma reads it and db pull writes it in raw("...").
func (in *inspector) indexes(ctx context.Context) error {
	var (
		rel, idx                      int64
		name, method, pred, col, expr string
		opclass                       string
		unique, constraint, desc      bool
		cur                           *sqlschema.Index
		curIdx                        int64 = -1
	)
	return in.query(ctx, `
SELECT x.indrelid::int8, x.indexrelid::int8, i.relname::text, x.indisunique, upper(am.amname::text),
       coalesce(pg_get_expr(x.indpred, x.indrelid), ''),
       EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = x.indexrelid AND con.contype = 'u'),
       coalesce(a.attname::text, ''),
       CASE WHEN k.attnum = 0 THEN coalesce(pg_get_indexdef(x.indexrelid, k.ord::int, true), '') ELSE '' END,
       coalesce(k.opt, 0) & 1 = 1,
       CASE WHEN oc.opcdefault THEN '' ELSE coalesce(oc.opcname::text, '') END
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_am am ON am.oid = i.relam
CROSS JOIN LATERAL unnest(x.indkey::int2[], x.indclass::oid[], x.indoption::int2[])
     WITH ORDINALITY AS k(attnum, opclass, opt, ord)
LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum AND k.attnum > 0
LEFT JOIN pg_opclass oc ON oc.oid = k.opclass
WHERE n.nspname = ANY($1) AND NOT x.indisprimary AND NOT x.indisexclusion AND k.ord <= x.indnkeyatts
ORDER BY n.nspname, t.relname, i.relname, k.ord`,
		[]any{&rel, &idx, &name, &unique, &method, &pred, &constraint, &col, &expr, &desc, &opclass},
		func() error {
			t := in.tables[rel]
			if t == nil {
				return nil
			}
			if idx != curIdx {
				curIdx = idx
				if method == "BTREE" {
					method = ""
				}
				cur = &sqlschema.Index{Name: name, Unique: unique, Method: method, Predicate: pred, Constraint: constraint}
				t.Indexes = append(t.Indexes, cur)
			}
			ic := sqlschema.IndexColumn{Name: col, Desc: desc, OpClass: opclass}
			if col == "" {
				ic.Expression = expr
			}
			cur.Columns = append(cur.Columns, ic)
			return nil
		})
}

func (in *inspector) foreignKeys(ctx context.Context) error {
	var (
		rel                   int64
		name, refNS, refTable string
		del, upd              string
		cols, refCols         []string
		deferrable, deferred  bool
	)
	return in.query(ctx, `
SELECT con.conrelid::int8, con.conname::text, rn.nspname::text, rc.relname::text,
       ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),
       ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord),
       con.confdeltype::text, con.confupdtype::text, con.condeferrable, con.condeferred
FROM pg_constraint con
JOIN pg_namespace n ON n.oid = con.connamespace
JOIN pg_class rc ON rc.oid = con.confrelid
JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.contype = 'f' AND n.nspname = ANY($1)
ORDER BY n.nspname, con.conname`,
		[]any{&rel, &name, &refNS, &refTable, &cols, &refCols, &del, &upd, &deferrable, &deferred},
		func() error {
			t := in.tables[rel]
			if t == nil {
				return nil
			}
			t.ForeignKeys = append(t.ForeignKeys, &sqlschema.ForeignKey{
				Name:              name,
				Columns:           cols,
				RefNamespace:      refNS,
				RefTable:          refTable,
				RefColumns:        refCols,
				OnDelete:          action(del),
				OnUpdate:          action(upd),
				Deferrable:        deferrable,
				InitiallyDeferred: deferred,
			})
			return nil
		})
}

// action maps pg_constraint.confdeltype/confupdtype to an Action.
func action(code string) sqlschema.Action {
	switch code {
	case "r":
		return sqlschema.Restrict
	case "c":
		return sqlschema.Cascade
	case "n":
		return sqlschema.SetNull
	case "d":
		return sqlschema.SetDefault
	default: // "a"
		return sqlschema.NoAction
	}
}

// builtinTypes maps pg_type.typname of the types strata models to their
// names in Prisma's migrations, and says whether format_type's arguments are
// kept.
var builtinTypes = map[string]struct {
	name string
	args bool
}{
	"int2":        {"SMALLINT", false},
	"int4":        {"INTEGER", false},
	"int8":        {"BIGINT", false},
	"float4":      {"REAL", false},
	"float8":      {"DOUBLE PRECISION", false},
	"numeric":     {"DECIMAL", true},
	"money":       {"MONEY", false},
	"bool":        {"BOOLEAN", false},
	"text":        {"TEXT", false},
	"varchar":     {"VARCHAR", true},
	"bpchar":      {"CHAR", true},
	"timestamp":   {"TIMESTAMP", true},
	"timestamptz": {"TIMESTAMPTZ", true},
	"date":        {"DATE", false},
	"time":        {"TIME", true},
	"timetz":      {"TIMETZ", true},
	"json":        {"JSON", false},
	"jsonb":       {"JSONB", false},
	"bytea":       {"BYTEA", false},
	"uuid":        {"UUID", false},
	"xml":         {"XML", false},
	"inet":        {"INET", false},
	"bit":         {"BIT", true},
	"varbit":      {"VARBIT", true},
	"oid":         {"OID", false},
}

// columnType normalises a column's type. formatted is format_type's text;
// base is the type (or, for an array, the element type) by its pg_type name,
// kind (typtype) and namespace.
func columnType(formatted, base, kind, baseNS string, isArray bool) sqlschema.ColumnType {
	switch {
	case kind == "e":
		return sqlschema.ColumnType{Name: base, Array: isArray, IsEnum: true, EnumNamespace: baseNS}
	case kind == "b" && base == "citext":
		return sqlschema.ColumnType{Name: "CITEXT", Array: isArray}
	case kind == "b" && baseNS == "pg_catalog":
		bt, ok := builtinTypes[base]
		if !ok {
			break
		}
		ct := sqlschema.ColumnType{Name: bt.name, Array: isArray}
		if bt.args {
			ct.Args = typeArgs(formatted)
		}
		return ct
	}
	return sqlschema.ColumnType{Name: formatted, Unsupported: true}
}

// typeArgs returns the arguments in the first parentheses of a formatted
// type: "character varying(255)[]" gives ["255"], "numeric(65,30)" gives
// ["65", "30"], "text" gives nil.
func typeArgs(formatted string) []string {
	open := strings.IndexByte(formatted, '(')
	if open < 0 {
		return nil
	}
	end := strings.IndexByte(formatted[open:], ')')
	if end < 0 {
		return nil
	}
	var args []string
	for _, a := range strings.Split(formatted[open+1:open+end], ",") {
		args = append(args, strings.TrimSpace(a))
	}
	return args
}

// splitSeqName splits a possibly qualified, possibly quoted sequence name
// as nextval's argument writes it (schema.seq, "Schema"."Seq") into its
// namespace ("" when unqualified) and name.
func splitSeqName(s string) (string, string) {
	var parts []string
	var b strings.Builder
	quoted := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quoted && c == '"' && i+1 < len(s) && s[i+1] == '"':
			b.WriteByte('"')
			i++
		case c == '"':
			quoted = !quoted
		case !quoted && c == '.':
			parts = append(parts, b.String())
			b.Reset()
		case !quoted:
			b.WriteString(strings.ToLower(string(c)))
		default:
			b.WriteByte(c)
		}
	}
	parts = append(parts, b.String())
	if len(parts) == 1 {
		return "", parts[0]
	}
	return parts[len(parts)-2], parts[len(parts)-1]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Column defaults.
//
// PostgreSQL keeps a default as an expression tree; pg_get_expr prints it
// back as SQL text ('abc'::text, 42, nextval('t_id_seq'::regclass),
// ARRAY['a'::text, 'b'::text]). parseDefault reads that text the way
// Prisma's describer does: a constant of the column's type family, possibly
// cast, becomes a DefaultValue; now() and CURRENT_TIMESTAMP become
// DefaultNow; nextval of a sequence becomes DefaultSequence (made SERIAL
// later when the column owns it); anything else is kept verbatim as
// DefaultExpr (Prisma's dbgenerated).
//
// Values come out as PostgreSQL stored them, normalised where sqlschema
// says how: integers in decimal, booleans "true"/"false", timestamps and
// dates in RFC 3339 in UTC (a timestamp without time zone read as UTC),
// bytea as hex text "\x...". Others are as PostgreSQL prints them: jsonb
// in its canonical form ({"a": 1}, keys reordered), decimals as written,
// times as 'HH:MM:SS'. Unlike Prisma's describer, a uuid constant is a
// value, a timestamp constant is a value, an identity column is not
// AutoIncrement (Column.Identity says what it is), and nextval of a
// sequence the column does not own is DefaultSequence, not autoincrement.

// family is the kind of constants a column type takes.
type family int

const (
	famOther family = iota // Unsupported: every default is an expression
	famString
	famInt
	famFloat
	famBool
	famDateTime
	famTime
	famEnum
	famBytes
)

func familyOf(t sqlschema.ColumnType) family {
	if t.Unsupported {
		return famOther
	}
	if t.IsEnum {
		return famEnum
	}
	switch t.Name {
	case "TEXT", "VARCHAR", "CHAR", "CITEXT", "JSON", "JSONB", "XML", "UUID", "INET", "BIT", "VARBIT":
		return famString
	case "INTEGER", "SMALLINT", "BIGINT", "OID":
		return famInt
	case "DOUBLE PRECISION", "REAL", "DECIMAL", "MONEY":
		return famFloat
	case "BOOLEAN":
		return famBool
	case "TIMESTAMP", "TIMESTAMPTZ", "DATE":
		return famDateTime
	case "TIME", "TIMETZ":
		return famTime
	case "BYTEA":
		return famBytes
	}
	return famOther
}

// parseDefault classifies the default expression text of a column of type t.
// It returns nil for a NULL default.
func parseDefault(text string, t sqlschema.ColumnType) *sqlschema.Default {
	expr := &sqlschema.Default{Kind: sqlschema.DefaultExpr, Expr: text}
	toks, ok := tokenize(text)
	if !ok {
		return expr
	}
	p := &parser{toks: toks}
	if p.peek().kind == tokIdent && strings.EqualFold(p.peek().text, "NULL") {
		p.next()
		if p.cast() && p.done() {
			return nil
		}
		return expr
	}
	fam := familyOf(t)
	if t.Array {
		list, ok := p.list(fam)
		if !ok || !p.done() {
			return expr
		}
		return &sqlschema.Default{Kind: sqlschema.DefaultValue, List: list, IsList: true}
	}
	if fam == famInt {
		if seq, ok := p.nextval(); ok {
			if p.done() {
				return &sqlschema.Default{Kind: sqlschema.DefaultSequence, SeqName: seq}
			}
			return expr
		}
	}
	if fam == famDateTime || fam == famTime {
		if p.now() {
			if p.done() {
				return &sqlschema.Default{Kind: sqlschema.DefaultNow}
			}
			return expr
		}
	}
	v, ok := p.scalar(fam, t.Name)
	if !ok || !p.done() {
		return expr
	}
	return &sqlschema.Default{Kind: sqlschema.DefaultValue, Value: v}
}

type tokKind int

const (
	tokEOF tokKind = iota
	tokIdent
	tokQuotedIdent
	tokString // text holds the unescaped contents
	tokNumber // digits with an optional fraction or exponent
	tokCast   // ::
	tokPunct  // one of ( ) [ ] , . - +
)

type token struct {
	kind tokKind
	text string
}

// tokenize splits a default expression into tokens; ok is false on
// anything it does not know (operators other than a sign, unterminated
// literals), which makes the default an expression.
func tokenize(s string) ([]token, bool) {
	var toks []token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == ':' && i+1 < len(s) && s[i+1] == ':':
			toks = append(toks, token{tokCast, "::"})
			i += 2
		case strings.IndexByte("()[],.-+", c) >= 0:
			toks = append(toks, token{tokPunct, string(c)})
			i++
		case c == '\'' || ((c == 'E' || c == 'e') && i+1 < len(s) && s[i+1] == '\''):
			cstyle := c != '\''
			if cstyle {
				i++
			}
			v, n, ok := readString(s[i:], cstyle)
			if !ok {
				return nil, false
			}
			toks = append(toks, token{tokString, v})
			i += n
		case c == '"':
			var b strings.Builder
			j := i + 1
			for ; j < len(s); j++ {
				if s[j] == '"' {
					if j+1 < len(s) && s[j+1] == '"' {
						b.WriteByte('"')
						j++
						continue
					}
					break
				}
				b.WriteByte(s[j])
			}
			if j >= len(s) {
				return nil, false
			}
			toks = append(toks, token{tokQuotedIdent, b.String()})
			i = j + 1
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j+1 < len(s) && s[j] == '.' && s[j+1] >= '0' && s[j+1] <= '9' {
				j++
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
			}
			if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
				k := j + 1
				if k < len(s) && (s[k] == '+' || s[k] == '-') {
					k++
				}
				if k < len(s) && s[k] >= '0' && s[k] <= '9' {
					for k < len(s) && s[k] >= '0' && s[k] <= '9' {
						k++
					}
					j = k
				}
			}
			toks = append(toks, token{tokNumber, s[i:j]})
			i = j
		case c == '_' || c >= 0x80 || (c|0x20 >= 'a' && c|0x20 <= 'z'):
			j := i
			for j < len(s) && (s[j] == '_' || s[j] == '$' || s[j] >= 0x80 ||
				(s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z') || (s[j] >= '0' && s[j] <= '9')) {
				j++
			}
			toks = append(toks, token{tokIdent, s[i:j]})
			i = j
		default:
			return nil, false
		}
	}
	return toks, true
}

// readString reads a string constant at the start of s ('...' with ”
// doubling, or the body of E'...' with backslash escapes when cstyle) and
// returns its contents and length in bytes.
func readString(s string, cstyle bool) (string, int, bool) {
	// s starts at the opening quote (after the E of E'...').
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'':
			if i+1 < len(s) && s[i+1] == '\'' {
				b.WriteByte('\'')
				i++
				continue
			}
			return b.String(), i + 1, true
		case cstyle && c == '\\' && i+1 < len(s):
			i++
			switch s[i] {
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			default:
				b.WriteByte(s[i])
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", 0, false
}

type parser struct {
	toks []token
	pos  int
}

func (p *parser) peek() token {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return token{}
}

func (p *parser) next() token {
	t := p.peek()
	if p.pos < len(p.toks) {
		p.pos++
	}
	return t
}

func (p *parser) done() bool { return p.pos >= len(p.toks) }

func (p *parser) punct(s string) bool {
	if t := p.peek(); t.kind == tokPunct && t.text == s {
		p.pos++
		return true
	}
	return false
}

// cast skips any number of casts (::text, ::character varying(10)[],
// ::"Role", ::public."Role"[]); it is false on a malformed one.
func (p *parser) cast() bool {
	for p.peek().kind == tokCast {
		p.next()
		n := 0
		for {
			t := p.peek()
			if t.kind == tokIdent || t.kind == tokQuotedIdent || (t.kind == tokPunct && t.text == ".") {
				p.next()
				n++
				continue
			}
			break
		}
		if n == 0 {
			return false
		}
		if p.punct("(") {
			for !p.punct(")") {
				if p.done() {
					return false
				}
				p.next()
			}
		}
		for p.punct("[") {
			if !p.punct("]") {
				return false
			}
		}
	}
	return true
}

// nextval reads nextval('seq'::regclass) (also with the name cast to text
// first, as older dumps write it) and returns the sequence name as written
// inside the string (possibly qualified and quoted).
func (p *parser) nextval() (string, bool) {
	start := p.pos
	t := p.next()
	if t.kind != tokIdent || !strings.EqualFold(t.text, "nextval") || !p.punct("(") {
		p.pos = start
		return "", false
	}
	paren := p.punct("(")
	s := p.next()
	if s.kind != tokString || !p.cast() {
		p.pos = start
		return "", false
	}
	if paren && (!p.punct(")") || !p.cast()) {
		p.pos = start
		return "", false
	}
	if !p.punct(")") || !p.cast() {
		p.pos = start
		return "", false
	}
	return s.text, true
}

// now reads now() or CURRENT_TIMESTAMP, possibly cast.
func (p *parser) now() bool {
	start := p.pos
	t := p.next()
	if t.kind != tokIdent {
		p.pos = start
		return false
	}
	switch {
	case strings.EqualFold(t.text, "now"):
		if !p.punct("(") || !p.punct(")") {
			p.pos = start
			return false
		}
	case strings.EqualFold(t.text, "CURRENT_TIMESTAMP"):
		if p.punct("(") && !p.punct(")") {
			p.pos = start
			return false
		}
	default:
		p.pos = start
		return false
	}
	if !p.cast() {
		p.pos = start
		return false
	}
	return true
}

// scalar reads one constant of the family, possibly cast, and returns it
// normalised.
func (p *parser) scalar(fam family, typeName string) (string, bool) {
	if p.punct("(") {
		v, ok := p.scalar(fam, typeName)
		if !ok || !p.punct(")") || !p.cast() {
			return "", false
		}
		return v, true
	}
	t := p.peek()
	switch fam {
	case famString, famTime:
		if t.kind != tokString {
			return "", false
		}
		p.next()
		return t.text, p.cast()
	case famBytes:
		if t.kind != tokString || !strings.HasPrefix(t.text, `\x`) {
			return "", false // the escape format is kept as an expression
		}
		p.next()
		return t.text, p.cast()
	case famEnum:
		if t.kind != tokString && t.kind != tokIdent {
			return "", false
		}
		p.next()
		return t.text, p.cast()
	case famBool:
		var v string
		switch {
		case t.kind == tokIdent:
			v = t.text
		case t.kind == tokString:
			v = strings.TrimSpace(t.text)
		default:
			return "", false
		}
		p.next()
		b, ok := boolValue(v)
		return b, ok && p.cast()
	case famInt, famFloat:
		var v string
		switch t.kind {
		case tokString:
			p.next()
			v = strings.TrimSpace(t.text)
		case tokNumber:
			p.next()
			v = t.text
		case tokPunct:
			if t.text != "-" && t.text != "+" {
				return "", false
			}
			p.next()
			n := p.next()
			if n.kind != tokNumber {
				return "", false
			}
			v = t.text + n.text
		default:
			return "", false
		}
		if !p.cast() {
			return "", false
		}
		if fam == famInt {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return "", false
			}
			return strconv.FormatInt(n, 10), true
		}
		return decimalValue(v)
	case famDateTime:
		if t.kind != tokString {
			return "", false
		}
		p.next()
		v, ok := timestampValue(t.text, typeName)
		return v, ok && p.cast()
	}
	return "", false
}

// list reads an array default: ARRAY[...] (optionally in parentheses and
// cast) or a string constant in PostgreSQL's array syntax ('{a,b}').
func (p *parser) list(fam family) ([]string, bool) {
	if p.peek().kind == tokString {
		lit := p.next().text
		if !p.cast() {
			return nil, false
		}
		elems, ok := arrayLiteral(lit)
		if !ok {
			return nil, false
		}
		out := make([]string, 0, len(elems))
		for _, e := range elems {
			v, ok := elementValue(e, fam)
			if !ok {
				return nil, false
			}
			out = append(out, v)
		}
		return out, true
	}
	paren := p.punct("(")
	t := p.next()
	if t.kind != tokIdent || !strings.EqualFold(t.text, "ARRAY") || !p.punct("[") {
		return nil, false
	}
	out := []string{}
	if !p.punct("]") {
		for {
			v, ok := p.scalar(fam, "")
			if !ok {
				return nil, false
			}
			out = append(out, v)
			if p.punct("]") {
				break
			}
			if !p.punct(",") {
				return nil, false
			}
		}
	}
	if !p.cast() {
		return nil, false
	}
	if paren && (!p.punct(")") || !p.cast()) {
		return nil, false
	}
	return out, true
}

// elementValue normalises one element of an array literal.
func elementValue(e arrayElem, fam family) (string, bool) {
	if e.null {
		return "", false
	}
	switch fam {
	case famString, famEnum, famBytes, famTime:
		return e.text, true
	case famBool:
		return boolValue(e.text)
	case famInt:
		n, err := strconv.ParseInt(e.text, 10, 64)
		if err != nil {
			return "", false
		}
		return strconv.FormatInt(n, 10), true
	case famFloat:
		return decimalValue(e.text)
	case famDateTime:
		return timestampValue(e.text, "")
	}
	return "", false
}

type arrayElem struct {
	text string
	null bool
}

// arrayLiteral splits a one-dimensional array constant ({a,"b c",NULL}).
func arrayLiteral(s string) ([]arrayElem, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 2 || s[0] != '{' || s[len(s)-1] != '}' {
		return nil, false
	}
	body := s[1 : len(s)-1]
	var out []arrayElem
	if strings.TrimSpace(body) == "" {
		return []arrayElem{}, true
	}
	for i := 0; ; {
		for i < len(body) && body[i] == ' ' {
			i++
		}
		var e arrayElem
		if i < len(body) && body[i] == '"' {
			var b strings.Builder
			i++
			for ; i < len(body) && body[i] != '"'; i++ {
				if body[i] == '\\' && i+1 < len(body) {
					i++
				}
				b.WriteByte(body[i])
			}
			if i >= len(body) {
				return nil, false
			}
			i++
			e.text = b.String()
		} else {
			j := i
			for j < len(body) && body[j] != ',' {
				if body[j] == '{' || body[j] == '"' {
					return nil, false // nested arrays, stray quotes
				}
				j++
			}
			e.text = strings.TrimSpace(body[i:j])
			e.null = strings.EqualFold(e.text, "NULL")
			i = j
		}
		out = append(out, e)
		for i < len(body) && body[i] == ' ' {
			i++
		}
		if i >= len(body) {
			return out, true
		}
		if body[i] != ',' {
			return nil, false
		}
		i++
	}
}

// decimalValue checks that s is a decimal number (a sign, digits, a
// fraction, an exponent; not NaN or Infinity, which stay expressions) and
// returns it as written, without a plus sign.
func decimalValue(s string) (string, bool) {
	s = strings.TrimPrefix(s, "+")
	digits := func(i int) int {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		return j
	}
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	j := digits(i)
	if j == i {
		return "", false
	}
	if j < len(s) && s[j] == '.' {
		k := digits(j + 1)
		if k == j+1 {
			return "", false
		}
		j = k
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		k := j + 1
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		m := digits(k)
		if m == k {
			return "", false
		}
		j = m
	}
	if j != len(s) {
		return "", false
	}
	return s, true
}

func boolValue(s string) (string, bool) {
	switch strings.ToLower(s) {
	case "t", "true":
		return "true", true
	case "f", "false":
		return "false", true
	}
	return "", false
}

// timestampLayouts are the forms in which PostgreSQL prints timestamp and
// date constants (DateStyle ISO).
var timestampLayouts = []string{
	"2006-01-02 15:04:05.999999999Z07:00:00",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999Z07",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02T15:04:05.999999999Z07:00",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02",
}

// timestampValue normalises a timestamp or date constant to RFC 3339 in UTC
// (a timestamp without time zone is read as UTC, as Prisma writes them; a
// date is midnight UTC).
func timestampValue(s, _ string) (string, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range timestampLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC().Format(time.RFC3339Nano), true
		}
	}
	return "", false
}
