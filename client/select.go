package client

import (
	"strings"

	"github.com/jackc/pgx/v5"
)

// This file builds the reads of findMany and findFirst: partial select,
// distinct (DISTINCT ON when the order allows it, else the first row of
// each group by ROW_NUMBER), cursor pagination with negative take, and the
// order expressions through relations.

// readSpec is the type-independent part of a Query.
type readSpec struct {
	where    Cond
	order    []Order
	skip     *int
	take     *int
	sel      []int
	distinct []int
	cursor   Cond
}

// spec is the read of q with take as its take.
func (q *query) spec(take *int) readSpec {
	s := q.readSpec
	s.take = take
	if s.sel != nil {
		// Includes need the parent's key columns.
		for _, in := range q.incs {
			s.sel = addCols(s.sel, in.keyCols())
		}
	}
	return s
}

// addCols returns sel with the columns of more that it lacks.
func addCols(sel, more []int) []int {
	out := sel
	copied := false
	for _, c := range more {
		found := false
		for _, s := range out {
			if s == c {
				found = true
				break
			}
		}
		if !found {
			if !copied {
				out = append([]int(nil), out...)
				copied = true
			}
			out = append(out, c)
		}
	}
	return out
}

// Hop is one step through a relation to its target model.
type Hop struct {
	Rel    *Relation
	Target *Model
}

// OrderExpr is what an Order sorts by when it is not a plain column:
//
//   - Path: the column Col of the row reached through these to-one
//     relations (Prisma's orderBy: {author: {name: 'asc'}}); NULL when
//     the related row is absent.
//   - Count: the number of rows of this to-many relation of the row at the
//     end of Path (orderBy: {posts: {_count: 'desc'}}); Col is unused.
//   - Agg: an aggregate of Col (groupBy's orderBy: {_avg: {age: 'asc'}}).
type OrderExpr struct {
	Path  []Hop
	Count *Hop
	Agg   AggFn
}

// ThroughRelation orders by o of the row related through the to-one
// relation rel (target is the related model).
func ThroughRelation(rel *Relation, target *Model, o Order) Order {
	x := &OrderExpr{}
	if o.Expr != nil {
		*x = *o.Expr
	}
	x.Path = append([]Hop{{Rel: rel, Target: target}}, x.Path...)
	o.Expr = x
	return o
}

// CountOrder is the orderBy of a to-many relation: by its number of rows.
type CountOrder struct {
	Count Sort
}

// OrderByCount orders by the number of rows of the to-many relation rel.
func OrderByCount(rel *Relation, target *Model, s Sort) Order {
	return Order{Sort: s, Expr: &OrderExpr{Count: &Hop{Rel: rel, Target: target}}}
}

// AggOrder turns the plain column orders of os into orders by the
// aggregate fn of each column (groupBy). Orders through relations are
// dropped: they mean nothing for groups.
func AggOrder(fn AggFn, os []Order) []Order {
	out := make([]Order, 0, len(os))
	for _, o := range os {
		if o.Expr != nil {
			continue
		}
		if fn != 0 {
			o.Expr = &OrderExpr{Agg: fn}
		}
		out = append(out, o)
	}
	return out
}

// orderExpr is the SQL expression an order sorts by, for a row of m
// called alias.
func orderExpr(b *builder, m *Model, alias string, o Order) string {
	x := o.Expr
	if x == nil {
		return alias + "." + m.quotedCols[o.Col]
	}
	if x.Agg != 0 {
		return aggExpr(m, alias, Agg{Fn: x.Agg, Col: o.Col})
	}
	if len(x.Path) > 0 {
		h := x.Path[0]
		in := b.alias()
		inner := orderExpr(b, h.Target, in, Order{Col: o.Col, Expr: &OrderExpr{Path: x.Path[1:], Count: x.Count}})
		return "(SELECT " + inner + " FROM " + h.Target.table + " " + in + " WHERE " + joinOn(h, m, alias, in) + " LIMIT 1)"
	}
	if x.Count != nil {
		r := x.Count.Rel
		in := b.alias()
		if r.JoinTable != "" {
			return "(SELECT COUNT(*) FROM " + qualify(r.JoinSchema, r.JoinTable) + " " + in + " WHERE " + in + "." + quoteIdent(r.JoinFrom) + " = " + alias + "." + m.quotedCols[r.From[0]] + ")"
		}
		return "(SELECT COUNT(*) FROM " + x.Count.Target.table + " " + in + " WHERE " + joinOn(*x.Count, m, alias, in) + ")"
	}
	return alias + "." + m.quotedCols[o.Col]
}

// joinOn is the condition relating row in of h's target to row alias of m.
func joinOn(h Hop, m *Model, alias, in string) string {
	var s strings.Builder
	for i := range h.Rel.From {
		if i > 0 {
			s.WriteString(" AND ")
		}
		s.WriteString(in + "." + h.Target.quotedCols[h.Rel.To[i]] + " = " + alias + "." + m.quotedCols[h.Rel.From[i]])
	}
	return s.String()
}

// selectCols writes the chosen columns (all when sel is nil).
func (m *Model) selectCols(sb *strings.Builder, alias string, sel []int) {
	if sel == nil {
		m.selectList(sb, alias)
		return
	}
	for i, c := range sel {
		if i > 0 {
			sb.WriteString(", ")
		}
		m.readCol(sb, alias, c)
	}
}

// reverse returns the orders with each direction (and NULLS placement)
// flipped.
func reverseOrder(os []Order) []Order {
	out := make([]Order, len(os))
	for i, o := range os {
		switch o.Sort {
		case Asc:
			o.Sort = Desc
		case Desc:
			o.Sort = Asc
		case AscNullsFirst:
			o.Sort = DescNullsLast
		case AscNullsLast:
			o.Sort = DescNullsFirst
		case DescNullsFirst:
			o.Sort = AscNullsLast
		case DescNullsLast:
			o.Sort = AscNullsFirst
		}
		out[i] = o
	}
	return out
}

// withKey appends the primary key columns that os does not order by yet,
// so that the order is total (cursor pagination needs it, as Prisma
// ensures).
func withKey(m *Model, os []Order) []Order {
	out := append([]Order(nil), os...)
	for _, c := range m.PrimaryKey {
		found := false
		for _, o := range os {
			if o.Expr == nil && o.Col == c && o.Sort.sql() != "" {
				found = true
			}
		}
		if !found {
			out = append(out, Order{Col: c, Sort: Asc})
		}
	}
	return out
}

// readSQL builds the statement of a findMany; reverse reports that the
// rows come in reverse order (negative take) and must be flipped.
func readSQL(m *Model, s readSpec) (*builder, bool) {
	b := &builder{}
	b.sb.Grow(128)
	return b, writeRead(b, m, s)
}

// writeRead writes the statement of readSQL into b.
func writeRead(b *builder, m *Model, s readSpec) (reverse bool) {
	order := s.order
	take := s.take
	if take != nil && *take < 0 {
		reverse = true
		t := -*take
		take = &t
	}
	if s.cursor != nil || reverse {
		order = withKey(m, order)
	}
	if reverse {
		order = reverseOrder(order)
	}
	writeWhere := func() {
		var parts []func()
		if s.where != nil {
			parts = append(parts, func() { s.where.writeCond(b, m, "t0") })
		}
		if s.cursor != nil {
			parts = append(parts, func() { writeCursor(b, m, "t0", s.cursor, order) })
		}
		for i, p := range parts {
			if i == 0 {
				b.sb.WriteString(" WHERE ")
			} else {
				b.sb.WriteString(" AND ")
			}
			b.sb.WriteByte('(')
			p()
			b.sb.WriteByte(')')
		}
	}
	switch {
	case len(s.distinct) == 0:
		b.sb.WriteString("SELECT ")
		m.selectCols(&b.sb, "t0", s.sel)
		b.sb.WriteString(" FROM " + m.table + " t0")
		writeWhere()
		writeOrder(b, m, "t0", order)
	case distinctFits(s.distinct, order):
		// Prisma's nativeDistinct: DISTINCT ON, whose expressions must
		// lead the ORDER BY.
		b.sb.WriteString("SELECT DISTINCT ON (")
		for i, c := range s.distinct {
			if i > 0 {
				b.sb.WriteString(", ")
			}
			b.sb.WriteString("t0." + m.quotedCols[c])
		}
		b.sb.WriteString(") ")
		m.selectCols(&b.sb, "t0", s.sel)
		b.sb.WriteString(" FROM " + m.table + " t0")
		writeWhere()
		if len(order) == 0 {
			for _, c := range s.distinct {
				order = append(order, Order{Col: c, Sort: Asc})
			}
		}
		writeOrder(b, m, "t0", order)
	default:
		// The first row of each distinct group in the requested order.
		b.sb.WriteString("SELECT ")
		m.selectCols(&b.sb, "t0", s.sel)
		b.sb.WriteString(" FROM (SELECT t0.*, ROW_NUMBER() OVER (PARTITION BY ")
		for i, c := range s.distinct {
			if i > 0 {
				b.sb.WriteString(", ")
			}
			b.sb.WriteString("t0." + m.quotedCols[c])
		}
		writeOrder(b, m, "t0", order)
		b.sb.WriteString(") AS " + rnCol + " FROM " + m.table + " t0")
		writeWhere()
		b.sb.WriteString(") t0 WHERE t0." + rnCol + " = 1")
		writeOrder(b, m, "t0", order)
	}
	writeLimit(b, s.skip, take)
	return reverse
}

// distinctFits reports whether DISTINCT ON can express distinct with
// order: no order, or an order whose first entries are exactly the
// distinct columns.
func distinctFits(distinct []int, order []Order) bool {
	n := 0
	for _, o := range order {
		if o.Sort.sql() != "" {
			n++
		}
	}
	if n == 0 {
		return true
	}
	if n < len(distinct) {
		return false
	}
	i := 0
	for _, o := range order {
		if o.Sort.sql() == "" {
			continue
		}
		if i == len(distinct) {
			break
		}
		if o.Expr != nil {
			return false
		}
		found := false
		for _, c := range distinct {
			if c == o.Col {
				found = true
			}
		}
		if !found {
			return false
		}
		i++
	}
	return true
}

// scanSelected scans rows into out reading the columns sel (all when nil),
// then reverses out when rev.
func scanSelected(rows pgx.Rows, out rowSet, sel []int, rev bool) (int64, error) {
	var n int64
	var err error
	if sel == nil {
		n, err = scanRows(rows, out)
	} else {
		all := make([]any, 0, len(out.model().Columns))
		dst := make([]any, len(sel))
		for rows.Next() {
			all = out.add(all[:0])
			for i, col := range sel {
				dst[i] = all[col]
			}
			if err = rows.Scan(dst...); err != nil {
				return n, err
			}
			n++
		}
	}
	if rev {
		out.reverse()
	}
	return n, err
}

// Cols returns the indexes of the set flags: generated Select types use
// it.
func Cols(flags ...bool) []int {
	out := make([]int, 0, len(flags))
	for i, f := range flags {
		if f {
			out = append(out, i)
		}
	}
	return out
}
