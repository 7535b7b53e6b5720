package client

import (
	"context"
	"fmt"
	"strconv"

	"github.com/jackc/pgx/v5"
)

// Codec is how the runtime reads and fills a generated model struct
// without reflection. Generated code implements it on a zero-size type per
// model.
type Codec[M any] interface {
	// Model returns the model's metadata.
	Model() *Model
	// Scan appends to dst a pointer (or a scanner) for each column of the
	// model, in Columns order, pointing into m.
	Scan(m *M, dst []any) []any
	// Key returns the value of column col of m, nil for NULL.
	Key(m *M, col int) any
}

// Sort is a sort order of orderBy.
type Sort string

// Sort orders. "" is no order.
const (
	Asc            Sort = "asc"
	Desc           Sort = "desc"
	AscNullsFirst  Sort = "asc nulls first"
	AscNullsLast   Sort = "asc nulls last"
	DescNullsFirst Sort = "desc nulls first"
	DescNullsLast  Sort = "desc nulls last"
)

// Order is one orderBy entry: a column of the model and its sort.
type Order struct {
	Col  int
	Sort Sort
	// Expr, when set, orders by an expression about Col rather than the
	// column itself: through to-one relations, by a relation count or by
	// an aggregate (see OrderExpr).
	Expr *OrderExpr
}

func (s Sort) sql() string {
	switch s {
	case Asc:
		return " ASC"
	case Desc:
		return " DESC"
	case AscNullsFirst:
		return " ASC NULLS FIRST"
	case AscNullsLast:
		return " ASC NULLS LAST"
	case DescNullsFirst:
		return " DESC NULLS FIRST"
	case DescNullsLast:
		return " DESC NULLS LAST"
	}
	return ""
}

// Query is a compiled read of model M: generated code turns the typed
// arguments into one.
type Query[M any] struct {
	Where   Cond
	OrderBy []Order
	Skip    *int
	Take    *int // negative: the last rows (before the cursor), as Prisma's
	Include []Include[M]
	// RelationLoadStrategy is how the includes are read (Join: in the
	// same statement; Queries: one more statement per relation).
	RelationLoadStrategy RelationLoadStrategy
	// Select lists the columns to read (nil: all); the fields of the others
	// keep their zero value. See select.go.
	Select []int
	// Distinct lists the columns whose value combinations are returned
	// once (Prisma's distinct).
	Distinct []int
	// Cursor is the unique condition of the row the page starts at.
	Cursor Cond
}

// query is the type-independent part of a Query.
type query struct {
	readSpec
	incs     []loader
	strategy RelationLoadStrategy
}

// eraseQuery returns the type-independent part of q.
func eraseQuery[M any](q *Query[M]) query {
	out := query{
		readSpec: readSpec{where: q.Where, order: q.OrderBy, skip: q.Skip, take: q.Take, sel: q.Select, distinct: q.Distinct, cursor: q.Cursor},
		strategy: q.RelationLoadStrategy,
	}
	out.incs = loaders(q.Include)
	return out
}

func (q *query) check() error {
	if q.skip != nil && *q.skip < 0 {
		return fmt.Errorf("skip must not be negative, got %d", *q.skip)
	}
	if q.sel != nil && len(q.sel) == 0 {
		return fmt.Errorf("select needs at least one field")
	}
	return nil
}

func writeOrder(b *builder, m *Model, alias string, order []Order) {
	n := 0
	for _, o := range order {
		s := o.Sort.sql()
		if s == "" {
			continue
		}
		if n == 0 {
			b.sb.WriteString(" ORDER BY ")
		} else {
			b.sb.WriteString(", ")
		}
		n++
		b.sb.WriteString(orderExpr(b, m, alias, o) + s)
	}
}

func writeLimit(b *builder, skip, take *int) {
	if take != nil {
		b.sb.WriteString(" LIMIT " + strconv.Itoa(*take))
	}
	if skip != nil && *skip > 0 {
		b.sb.WriteString(" OFFSET " + strconv.Itoa(*skip))
	}
}

// run sends one statement on a connection, scans its rows with scan, then
// runs after (the includes) on the same connection.
func (e *Engine) run(ctx context.Context, m *Model, name string, b *builder, scan func(pgx.Rows) (int64, error), after func(querier) error) error {
	return e.withConn(ctx, func(qr querier) error {
		if err := e.query(ctx, qr, op{m, name}, b.sb.String(), b.args, scan); err != nil {
			return err
		}
		return after(qr)
	})
}

// scanRows scans every row into out.
func scanRows(rows pgx.Rows, out rowSet) (int64, error) {
	dst := make([]any, 0, len(out.model().Columns))
	var n int64
	for rows.Next() {
		dst = out.add(dst[:0])
		if err := rows.Scan(dst...); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// FindMany returns the rows of M matching q, with its includes loaded.
func FindMany[M any, C Codec[M]](ctx context.Context, e *Engine, q *Query[M]) ([]M, error) {
	var out rows[M, C]
	eq := eraseQuery(q)
	if err := findMany(ctx, e, &eq, &out); err != nil {
		return nil, err
	}
	if out.s == nil {
		out.s = []M{}
	}
	return out.s, nil
}

func findMany(ctx context.Context, e *Engine, q *query, out rowSet) error {
	m := out.model()
	if err := q.check(); err != nil {
		return fmt.Errorf("%s.findMany: %w", m.Name, err)
	}
	return runRead(ctx, e, q, q.take, out, "findMany")
}

// runRead reads the rows of q (at most take) into out with its includes.
func runRead(ctx context.Context, e *Engine, q *query, take *int, out rowSet, name string) error {
	m := out.model()
	spec := q.spec(take)
	b, rev := readSQL(m, spec)
	return runReads(ctx, e, q, out, m, name, b, func(r pgx.Rows) (int64, error) {
		return scanSelected(r, out, spec.sel, rev)
	}, func(qr querier) error { return loadIncludes(ctx, e, qr, out, q.incs) })
}

// FindFirst returns the first row of M matching q, or nil.
func FindFirst[M any, C Codec[M]](ctx context.Context, e *Engine, q *Query[M]) (*M, error) {
	out := newOneRow[M, C]()
	eq := eraseQuery(q)
	if err := findOne(ctx, e, &eq, &out.rows, "findFirst"); err != nil || len(out.rows.s) == 0 {
		return nil, err
	}
	return &out.rows.s[0], nil
}

// FindUnique returns the row matching the unique condition where, or nil.
func FindUnique[M any, C Codec[M]](ctx context.Context, e *Engine, where Cond, include []Include[M]) (*M, error) {
	return FindUniqueQuery[M, C](ctx, e, &Query[M]{Where: where, Include: include}, false)
}

// FindUniqueOrThrow is FindUnique failing with ErrNotFound (a *NotFound).
func FindUniqueOrThrow[M any, C Codec[M]](ctx context.Context, e *Engine, where Cond, include []Include[M]) (*M, error) {
	return FindUniqueQuery[M, C](ctx, e, &Query[M]{Where: where, Include: include}, true)
}

// findOne reads the first row of q into out.
func findOne(ctx context.Context, e *Engine, q *query, out rowSet, name string) error {
	if err := q.check(); err != nil {
		return fmt.Errorf("%s.%s: %w", out.model().Name, name, err)
	}
	one := 1
	if q.take != nil && *q.take < 0 {
		one = -1
	}
	return runRead(ctx, e, q, &one, out, name)
}

// Count returns the number of rows of the model matching where, after skip
// and take.
func Count(ctx context.Context, e *Engine, m *Model, where Cond, skip, take *int) (int64, error) {
	b := &builder{}
	inner := skip != nil || take != nil
	if inner {
		b.sb.WriteString("SELECT COUNT(*) FROM (SELECT 1 FROM " + m.table + " t0")
	} else {
		b.sb.WriteString("SELECT COUNT(*) FROM " + m.table + " t0")
	}
	if where != nil {
		b.sb.WriteString(" WHERE ")
		where.writeCond(b, m, "t0")
	}
	if inner {
		writeLimit(b, skip, take)
		b.sb.WriteString(") s")
	}
	var n int64
	err := e.withConn(ctx, func(qr querier) error {
		return e.query(ctx, qr, op{m, "count"}, b.sb.String(), b.args, func(r pgx.Rows) (int64, error) {
			if r.Next() {
				return 1, r.Scan(&n)
			}
			return 0, nil
		})
	})
	return n, err
}
