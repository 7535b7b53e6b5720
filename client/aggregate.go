package client

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// AggFn is an aggregate function of aggregate and groupBy.
type AggFn uint8

// Aggregate functions, as Prisma's _count, _sum, _avg, _min and _max.
const (
	AggCount AggFn = iota + 1
	AggSum
	AggAvg
	AggMin
	AggMax
)

// Agg is one aggregate: Fn of column Col (Col -1 with AggCount: every row,
// Prisma's _count: {_all: true}).
type Agg struct {
	Fn  AggFn
	Col int
}

// aggExpr is the SQL of an aggregate, cast to what the generated output
// fields scan: counts bigint, sums of Int and BigInt bigint, averages of
// Int, BigInt and Float double precision, of Decimal numeric; min and max
// of Boolean are bool_and and bool_or, of enums text.
func aggExpr(m *Model, alias string, a Agg) string {
	if a.Col < 0 {
		return "COUNT(*)"
	}
	col := alias + "." + m.quotedCols[a.Col]
	c := &m.Columns[a.Col]
	switch a.Fn {
	case AggCount:
		return "COUNT(" + col + ")"
	case AggSum:
		if c.Type == TBigInt {
			return "SUM(" + col + ")::bigint"
		}
		return "SUM(" + col + ")"
	case AggAvg:
		if c.Type == TDecimal {
			return "AVG(" + col + ")"
		}
		return "AVG(" + col + ")::float8"
	case AggMin, AggMax:
		fn := "MIN"
		if a.Fn == AggMax {
			fn = "MAX"
		}
		switch c.Type {
		case TBoolean:
			if a.Fn == AggMin {
				return "bool_and(" + col + ")"
			}
			return "bool_or(" + col + ")"
		case TEnum:
			return fn + "(" + col + ")::text"
		case TString:
			if m.reads[a.Col] == readText {
				// bit and varbit have no min/max; their text orders alike.
				return fn + "(" + col + "::text)"
			}
		}
		return m.readExpr(a.Col, fn+"("+col+")")
	}
	return "NULL"
}

// AggQuery is a compiled aggregate: the rows (where, order, cursor, skip,
// take, as findMany's) and the aggregates to compute.
type AggQuery struct {
	Where   Cond
	OrderBy []Order
	Cursor  Cond
	Skip    *int
	Take    *int
	Aggs    []Agg
}

// Aggregate computes q.Aggs over the rows q selects and scans them into
// dst (one pointer per aggregate, in order). Without aggregates it sends
// nothing.
func Aggregate(ctx context.Context, e *Engine, m *Model, q *AggQuery, dst []any) error {
	if len(q.Aggs) == 0 {
		return nil
	}
	if q.Skip != nil && *q.Skip < 0 {
		return fmt.Errorf("%s.aggregate: skip must not be negative, got %d", m.Name, *q.Skip)
	}
	b := &builder{}
	b.sb.WriteString("SELECT ")
	for i, a := range q.Aggs {
		if i > 0 {
			b.sb.WriteString(", ")
		}
		b.sb.WriteString(aggExpr(m, "t0", a))
	}
	if q.Cursor == nil && q.Skip == nil && q.Take == nil {
		b.sb.WriteString(" FROM " + m.table + " t0")
		if q.Where != nil {
			b.sb.WriteString(" WHERE ")
			q.Where.writeCond(b, m, "t0")
		}
	} else {
		b.sb.WriteString(" FROM (")
		writeRead(b, m, readSpec{where: q.Where, order: q.OrderBy, skip: q.Skip, take: q.Take, cursor: q.Cursor})
		b.sb.WriteString(") t0")
	}
	return e.withConn(ctx, func(qr querier) error {
		return e.query(ctx, qr, op{m, "aggregate"}, b.sb.String(), b.args, func(r pgx.Rows) (int64, error) {
			if r.Next() {
				return 1, r.Scan(dst...)
			}
			return 0, nil
		})
	})
}

// GroupQuery is a compiled groupBy.
type GroupQuery struct {
	By      []int
	Where   Cond
	Having  Cond
	OrderBy []Order
	Skip    *int
	Take    *int
	Aggs    []Agg
}

// GroupBy runs q; for each group, next returns the row whose By columns
// receive the group's values and appends the pointers receiving the
// aggregates (in q.Aggs order) to dst.
func GroupBy[M any, C Codec[M]](ctx context.Context, e *Engine, q *GroupQuery, next func(dst []any) (*M, []any)) error {
	var c C
	var all []any
	return groupBy(ctx, e, c.Model(), q, func(dst []any) []any {
		row, aggs := next(nil)
		all = c.Scan(row, all[:0])
		for _, col := range q.By {
			dst = append(dst, all[col])
		}
		return append(dst, aggs...)
	})
}

// groupBy runs q; next appends the destinations of a new group's row.
func groupBy(ctx context.Context, e *Engine, m *Model, q *GroupQuery, next func(dst []any) []any) error {
	if len(q.By) == 0 {
		return fmt.Errorf("%s.groupBy: by needs at least one field", m.Name)
	}
	if q.Skip != nil && *q.Skip < 0 || q.Take != nil && *q.Take < 0 {
		return fmt.Errorf("%s.groupBy: skip and take must not be negative", m.Name)
	}
	b := &builder{}
	b.sb.WriteString("SELECT ")
	for i, col := range q.By {
		if i > 0 {
			b.sb.WriteString(", ")
		}
		b.sb.WriteString("t0." + m.quotedCols[col])
		if m.Columns[col].Type == TEnum && m.Columns[col].List {
			b.sb.WriteString("::text[]")
		}
	}
	for _, a := range q.Aggs {
		b.sb.WriteString(", " + aggExpr(m, "t0", a))
	}
	b.sb.WriteString(" FROM " + m.table + " t0")
	if q.Where != nil {
		b.sb.WriteString(" WHERE ")
		q.Where.writeCond(b, m, "t0")
	}
	b.sb.WriteString(" GROUP BY ")
	for i, col := range q.By {
		if i > 0 {
			b.sb.WriteString(", ")
		}
		b.sb.WriteString("t0." + m.quotedCols[col])
	}
	if q.Having != nil {
		b.sb.WriteString(" HAVING ")
		q.Having.writeCond(b, m, "t0")
	}
	writeOrder(b, m, "t0", q.OrderBy)
	writeLimit(b, q.Skip, q.Take)
	return e.withConn(ctx, func(qr querier) error {
		return e.query(ctx, qr, op{m, "groupBy"}, b.sb.String(), b.args, func(rows pgx.Rows) (int64, error) {
			dst := make([]any, 0, len(q.By)+len(q.Aggs))
			var n int64
			for rows.Next() {
				dst = next(dst[:0])
				if err := rows.Scan(dst...); err != nil {
					return n, err
				}
				n++
			}
			return n, nil
		})
	})
}

// Having is the having filter of one field in groupBy: the embedded Filter
// tests the grouped value (the field must be in by), the others an
// aggregate of the field in each group. Avg is compared as double
// precision, Count as a bigint.
type Having[T any] struct {
	Filter[T]
	Count *Filter[int64]
	Sum   *Filter[T]
	Avg   *Filter[float64]
	Min   *Filter[T]
	Max   *Filter[T]
}

type aggCond struct {
	agg  Agg
	f    ScalarFilter
	typd bool // the filter's values have the column's type
}

func (c aggCond) writeCond(b *builder, m *Model, alias string) {
	var col *Column
	if c.typd {
		col = &m.Columns[c.agg.Col]
	}
	expr := alias + "." + m.quotedCols[c.agg.Col]
	if c.agg.Fn != 0 {
		expr = aggExpr(m, alias, c.agg)
		if c.agg.Fn == AggMin || c.agg.Fn == AggMax {
			if m.Columns[c.agg.Col].Type == TEnum {
				// Compare as the enum, whose order is the declaration's.
				expr = fmt.Sprintf("%s(%s.%s)", map[AggFn]string{AggMin: "MIN", AggMax: "MAX"}[c.agg.Fn], alias, m.quotedCols[c.agg.Col])
			}
		}
	}
	c.f.write(b, expr, col)
}

// HavingConds appends to cs the conditions of h on column col.
func HavingConds[T any](cs []Cond, col int, h *Having[T]) []Cond {
	add := func(fn AggFn, f ScalarFilter, typed bool) {
		if f != nil && !f.empty() {
			cs = append(cs, aggCond{agg: Agg{Fn: fn, Col: col}, f: f, typd: typed})
		}
	}
	add(0, &h.Filter, true)
	if h.Count != nil {
		add(AggCount, h.Count, false)
	}
	if h.Sum != nil {
		add(AggSum, h.Sum, false)
	}
	if h.Avg != nil {
		add(AggAvg, h.Avg, false)
	}
	if h.Min != nil {
		add(AggMin, h.Min, true)
	}
	if h.Max != nil {
		add(AggMax, h.Max, true)
	}
	return cs
}
