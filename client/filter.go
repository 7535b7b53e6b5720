package client

import (
	"fmt"
	"strings"
	"time"
)

// Ptr returns a pointer to v: client.Ptr("x") for the optional fields of
// arguments.
func Ptr[T any](v T) *T { return &v }

// QueryMode selects case sensitivity of string filters.
type QueryMode uint8

// Query modes.
const (
	Default     QueryMode = iota // case-sensitive
	Insensitive                  // case-insensitive (ILIKE, LOWER)
)

// Filter is a condition on a scalar field. The zero value is no condition;
// every set member adds one, and all must hold (AND). A nil slice is unset,
// an empty one is not: In: []T{} matches nothing, NotIn: []T{} everything.
type Filter[T any] struct {
	Equals *T
	Not    *T // not equal; like SQL, NULL values match neither Equals nor Not
	In     []T
	NotIn  []T
	Lt     *T
	Lte    *T
	Gt     *T
	Gte    *T
	// IsNull: true matches NULL, false matches any value (Prisma's
	// field: null and not: null).
	IsNull *bool
}

// Filter types per Prisma scalar type.
type (
	BoolFilter     = Filter[bool]
	IntFilter      = Filter[int]
	BigIntFilter   = Filter[int64]
	FloatFilter    = Filter[float64]
	DecimalFilter  = Filter[Decimal]
	DateTimeFilter = Filter[time.Time]
	BytesFilter    = Filter[[]byte]
	// EnumFilter filters an enum field; E is the generated enum type.
	EnumFilter[E ~string] = Filter[E]
)

// StringFilter is Filter for String fields, with pattern matches and the
// case-insensitive mode. Contains, StartsWith and EndsWith match their
// text literally (% and _ are not wildcards). Mode Insensitive applies to
// Equals, Not, In, NotIn and the pattern matches.
type StringFilter struct {
	Equals     *string
	Not        *string
	In         []string
	NotIn      []string
	Lt         *string
	Lte        *string
	Gt         *string
	Gte        *string
	Contains   *string
	StartsWith *string
	EndsWith   *string
	Mode       QueryMode
	IsNull     *bool
}

// ScalarFilter is implemented by the filter types of this package.
type ScalarFilter interface {
	empty() bool
	write(b *builder, col string, c *Column)
}

func (f *Filter[T]) empty() bool {
	return f.Equals == nil && f.Not == nil && f.In == nil && f.NotIn == nil && f.Lt == nil &&
		f.Lte == nil && f.Gt == nil && f.Gte == nil && f.IsNull == nil
}

func (f *Filter[T]) write(b *builder, col string, c *Column) {
	n := 0
	sep := func() {
		if n > 0 {
			b.sb.WriteString(" AND ")
		}
		n++
	}
	cmp := func(op string, v *T) {
		if v == nil {
			return
		}
		sep()
		b.sb.WriteString(col)
		b.sb.WriteString(op)
		b.sb.WriteString(b.arg(encodeScalar(c, *v)))
	}
	cmp(" = ", f.Equals)
	cmp(" <> ", f.Not)
	list := func(vs []T, neg bool) {
		if vs == nil {
			return
		}
		sep()
		if len(vs) == 0 {
			if neg {
				b.sb.WriteString("TRUE")
			} else {
				b.sb.WriteString("FALSE")
			}
			return
		}
		b.sb.WriteString(col)
		if neg {
			b.sb.WriteString(" <> ALL(")
		} else {
			b.sb.WriteString(" = ANY(")
		}
		b.sb.WriteString(b.arg(encodeList(c, vs)))
		b.sb.WriteString(arrayCast(c))
		b.sb.WriteString(")")
	}
	list(f.In, false)
	list(f.NotIn, true)
	cmp(" < ", f.Lt)
	cmp(" <= ", f.Lte)
	cmp(" > ", f.Gt)
	cmp(" >= ", f.Gte)
	if f.IsNull != nil {
		sep()
		writeIsNull(b, col, *f.IsNull)
	}
}

func writeIsNull(b *builder, col string, isNull bool) {
	b.sb.WriteString(col)
	if isNull {
		b.sb.WriteString(" IS NULL")
	} else {
		b.sb.WriteString(" IS NOT NULL")
	}
}

func (f *StringFilter) empty() bool {
	return f.Equals == nil && f.Not == nil && f.In == nil && f.NotIn == nil && f.Lt == nil &&
		f.Lte == nil && f.Gt == nil && f.Gte == nil && f.Contains == nil && f.StartsWith == nil &&
		f.EndsWith == nil && f.IsNull == nil
}

func (f *StringFilter) write(b *builder, col string, c *Column) {
	ci := f.Mode == Insensitive
	lcol := col
	if ci {
		lcol = "LOWER(" + col + ")"
	}
	n := 0
	sep := func() {
		if n > 0 {
			b.sb.WriteString(" AND ")
		}
		n++
	}
	eq := func(op string, v *string) {
		if v == nil {
			return
		}
		sep()
		b.sb.WriteString(lcol)
		b.sb.WriteString(op)
		if ci {
			b.sb.WriteString("LOWER(" + b.arg(*v) + ")")
		} else {
			b.sb.WriteString(b.arg(*v))
		}
	}
	eq(" = ", f.Equals)
	eq(" <> ", f.Not)
	list := func(vs []string, neg bool) {
		if vs == nil {
			return
		}
		sep()
		if len(vs) == 0 {
			if neg {
				b.sb.WriteString("TRUE")
			} else {
				b.sb.WriteString("FALSE")
			}
			return
		}
		if ci {
			low := make([]string, len(vs))
			for i, v := range vs {
				low[i] = strings.ToLower(v)
			}
			vs = low
		}
		b.sb.WriteString(lcol)
		if neg {
			b.sb.WriteString(" <> ALL(")
		} else {
			b.sb.WriteString(" = ANY(")
		}
		b.sb.WriteString(b.arg(vs))
		b.sb.WriteString("::text[])")
	}
	list(f.In, false)
	list(f.NotIn, true)
	cmp := func(op string, v *string) {
		if v == nil {
			return
		}
		sep()
		b.sb.WriteString(col + op + b.arg(*v))
	}
	cmp(" < ", f.Lt)
	cmp(" <= ", f.Lte)
	cmp(" > ", f.Gt)
	cmp(" >= ", f.Gte)
	like := func(v *string, prefix, suffix string) {
		if v == nil {
			return
		}
		sep()
		b.sb.WriteString(col)
		if ci {
			b.sb.WriteString(" ILIKE ")
		} else {
			b.sb.WriteString(" LIKE ")
		}
		b.sb.WriteString(b.arg(prefix + escapeLike(*v) + suffix))
	}
	like(f.Contains, "%", "%")
	like(f.StartsWith, "", "%")
	like(f.EndsWith, "%", "")
	if f.IsNull != nil {
		sep()
		writeIsNull(b, col, *f.IsNull)
	}
}

// escapeLike escapes LIKE's wildcards and its escape character.
func escapeLike(s string) string {
	if !strings.ContainsAny(s, `%_\`) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r == '%' || r == '_' || r == '\\' {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// encodeScalar converts a Go value to what pgx sends for column c:
// times in UTC (TIMESTAMP columns keep the wall clock), enums as their
// string.
func encodeScalar(c *Column, v any) any {
	switch x := v.(type) {
	case time.Time:
		return x.UTC()
	case fmt.Stringer:
		if c != nil && c.Type == TEnum {
			return x.String()
		}
	}
	return v
}

// encodeList converts a list parameter for column c: enum values become
// []string (pgx does not know the enum's array type), times UTC.
func encodeList[T any](c *Column, vs []T) any {
	if c == nil {
		return vs
	}
	switch c.Type {
	case TEnum:
		out := make([]string, len(vs))
		for i, v := range vs {
			if s, ok := any(v).(fmt.Stringer); ok {
				out[i] = s.String()
			} else if s, ok := any(v).(string); ok {
				out[i] = s
			}
		}
		return out
	case TDateTime:
		out := make([]time.Time, len(vs))
		for i, v := range vs {
			if t, ok := any(v).(time.Time); ok {
				out[i] = t.UTC()
			}
		}
		return out
	}
	return vs
}

// arrayCast is the cast of an array parameter compared with column c's
// values: enum arrays travel as text[].
func arrayCast(c *Column) string {
	if c != nil && c.Type == TEnum {
		return "::text[]::" + c.DBType + "[]"
	}
	return ""
}

// Cond is a compiled where condition. Generated code builds conditions
// with And, Or, Not, Field and the relation filters; nil means "true".
type Cond interface {
	writeCond(b *builder, m *Model, alias string)
}

type andCond []Cond
type orCond []Cond
type notCond []Cond
type constCond bool

type fieldCond struct {
	col int
	f   ScalarFilter
}

type relKind uint8

const (
	relSome relKind = iota
	relEvery
	relNone
	relIs
	relIsNot
	relNull
	relNotNull
)

type relCond struct {
	kind   relKind
	rel    *Relation
	target *Model
	where  Cond
}

// Append appends c to cs unless it is nil.
func Append(cs []Cond, c Cond) []Cond {
	if c == nil {
		return cs
	}
	return append(cs, c)
}

// And is true when every condition is (nil conditions are true).
func And(cs ...Cond) Cond {
	var out andCond
	for _, c := range cs {
		if c != nil {
			out = append(out, c)
		}
	}
	switch len(out) {
	case 0:
		return nil
	case 1:
		return out[0]
	}
	return out
}

// Or is true when any condition is; Or() with no conditions is false, as
// Prisma's OR: [].
func Or(cs ...Cond) Cond {
	for _, c := range cs {
		if c == nil {
			return nil // one always-true branch
		}
	}
	if len(cs) == 0 {
		return constCond(false)
	}
	if len(cs) == 1 {
		return cs[0]
	}
	return orCond(cs)
}

// Not is true when no condition is (Prisma's NOT: [a, b]).
func Not(cs ...Cond) Cond {
	for _, c := range cs {
		if c == nil {
			return constCond(false)
		}
	}
	if len(cs) == 0 {
		return nil
	}
	return notCond(cs)
}

// Field is filter f on column col of the model; nil when f is empty.
func Field(col int, f ScalarFilter) Cond {
	if f == nil || f.empty() {
		return nil
	}
	return fieldCond{col: col, f: f}
}

// Some holds when at least one related row matches where.
func Some(rel *Relation, target *Model, where Cond) Cond {
	return &relCond{kind: relSome, rel: rel, target: target, where: where}
}

// Every holds when every related row matches where (and when none exist).
func Every(rel *Relation, target *Model, where Cond) Cond {
	if where == nil {
		return nil
	}
	return &relCond{kind: relEvery, rel: rel, target: target, where: where}
}

// None holds when no related row matches where.
func None(rel *Relation, target *Model, where Cond) Cond {
	return &relCond{kind: relNone, rel: rel, target: target, where: where}
}

// Is holds when the related row exists and matches where.
func Is(rel *Relation, target *Model, where Cond) Cond {
	return &relCond{kind: relIs, rel: rel, target: target, where: where}
}

// IsNot holds when the related row is absent or does not match where.
func IsNot(rel *Relation, target *Model, where Cond) Cond {
	return &relCond{kind: relIsNot, rel: rel, target: target, where: where}
}

// RelationIsNull holds when the related row is absent (isNull true) or
// present (false).
func RelationIsNull(rel *Relation, target *Model, isNull bool) Cond {
	k := relNotNull
	if isNull {
		k = relNull
	}
	return &relCond{kind: k, rel: rel, target: target}
}

func (c andCond) writeCond(b *builder, m *Model, alias string) {
	for i, x := range c {
		if i > 0 {
			b.sb.WriteString(" AND ")
		}
		b.sb.WriteByte('(')
		x.writeCond(b, m, alias)
		b.sb.WriteByte(')')
	}
}

func (c orCond) writeCond(b *builder, m *Model, alias string) {
	for i, x := range c {
		if i > 0 {
			b.sb.WriteString(" OR ")
		}
		b.sb.WriteByte('(')
		x.writeCond(b, m, alias)
		b.sb.WriteByte(')')
	}
}

func (c notCond) writeCond(b *builder, m *Model, alias string) {
	for i, x := range c {
		if i > 0 {
			b.sb.WriteString(" AND ")
		}
		// IS NOT TRUE: a condition that is NULL for a row counts as false,
		// so its negation holds.
		b.sb.WriteByte('(')
		x.writeCond(b, m, alias)
		b.sb.WriteString(") IS NOT TRUE")
	}
}

func (c constCond) writeCond(b *builder, _ *Model, _ string) {
	if c {
		b.sb.WriteString("TRUE")
	} else {
		b.sb.WriteString("FALSE")
	}
}

func (c fieldCond) writeCond(b *builder, m *Model, alias string) {
	col := &m.Columns[c.col]
	c.f.write(b, alias+"."+m.quotedCols[c.col], col)
}

func (c *relCond) writeCond(b *builder, m *Model, alias string) {
	r := c.rel
	in := b.alias()
	switch c.kind {
	case relSome, relIs, relNotNull:
		b.sb.WriteString("EXISTS (")
	default:
		b.sb.WriteString("NOT EXISTS (")
	}
	b.sb.WriteString("SELECT 1 FROM ")
	if r.JoinTable != "" {
		j := b.alias()
		b.sb.WriteString(qualify(r.JoinSchema, r.JoinTable) + " " + j + " JOIN " + c.target.table + " " + in +
			" ON " + in + "." + c.target.quotedCols[r.To[0]] + " = " + j + "." + quoteIdent(r.JoinTo) +
			" WHERE " + j + "." + quoteIdent(r.JoinFrom) + " = " + alias + "." + m.quotedCols[r.From[0]])
	} else {
		b.sb.WriteString(c.target.table + " " + in + " WHERE ")
		for i := range r.From {
			if i > 0 {
				b.sb.WriteString(" AND ")
			}
			b.sb.WriteString(in + "." + c.target.quotedCols[r.To[i]] + " = " + alias + "." + m.quotedCols[r.From[i]])
		}
	}
	if c.where != nil && c.kind != relNull && c.kind != relNotNull {
		b.sb.WriteString(" AND (")
		c.where.writeCond(b, c.target, in)
		if c.kind == relEvery {
			b.sb.WriteString(") IS NOT TRUE")
		} else {
			b.sb.WriteString(")")
		}
	}
	b.sb.WriteString(")")
}

type eqCond struct {
	col int
	v   any
}

// Equals is column col = v (a unique criterion).
func Equals(col int, v any) Cond { return eqCond{col: col, v: v} }

func (c eqCond) writeCond(b *builder, m *Model, alias string) {
	b.sb.WriteString(alias + "." + m.quotedCols[c.col] + " = " + b.arg(encodeScalar(&m.Columns[c.col], c.v)))
}
