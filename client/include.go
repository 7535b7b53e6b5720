package client

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
)

// Include loads one relation of a set of parent rows of M. Generated code
// builds them with IncludeMany and IncludeOne.
type Include[M any] interface {
	load(ctx context.Context, e *Engine, q querier, parents []M) error
}

// IncludeMany loads a to-many relation: one statement for all parents,
// whatever their number, then one per nested include level. set receives
// each parent and its rows (an empty, non-nil slice when it has none).
func IncludeMany[M any, PC Codec[M], C any, CC Codec[C]](rel *Relation, q Query[C], set func(*M, []C)) Include[M] {
	return &include[M, PC, C, CC]{rel: rel, q: q, setMany: set}
}

// IncludeOne loads a to-one relation like IncludeMany; set receives nil
// when the parent has no related row.
func IncludeOne[M any, PC Codec[M], C any, CC Codec[C]](rel *Relation, q Query[C], set func(*M, *C)) Include[M] {
	return &include[M, PC, C, CC]{rel: rel, q: q, setOne: set}
}

type include[M any, PC Codec[M], C any, CC Codec[C]] struct {
	rel     *Relation
	q       Query[C]
	setMany func(*M, []C)
	setOne  func(*M, *C)
}

func loadIncludes[M any](ctx context.Context, e *Engine, q querier, rows []M, incs []Include[M]) error {
	if len(rows) == 0 {
		return nil
	}
	for _, in := range incs {
		if err := in.load(ctx, e, q, rows); err != nil {
			return err
		}
	}
	return nil
}

// compKey is the map key of a compound relation key.
type compKey [4]any

// normKey makes key values of one column comparable across sources:
// integers as int64, bytes as string, times in UTC.
func normKey(v any) any {
	switch x := v.(type) {
	case int:
		return int64(x)
	case int32:
		return int64(x)
	case int16:
		return int64(x)
	case []byte:
		return string(x)
	case Decimal:
		return string(x)
	case time.Time:
		return x.UTC()
	case fmt.Stringer:
		return x.String()
	}
	return v
}

// rowKey returns the key of cols, or nil when any is NULL.
func rowKey(vals func(i int) any, n int) any {
	if n == 1 {
		v := vals(0)
		if v == nil {
			return nil
		}
		return normKey(v)
	}
	var k compKey
	if n > len(k) {
		parts := make([]any, n)
		for i := range parts {
			if parts[i] = vals(i); parts[i] == nil {
				return nil
			}
			parts[i] = normKey(parts[i])
		}
		return fmt.Sprint(parts...)
	}
	for i := 0; i < n; i++ {
		if k[i] = vals(i); k[i] == nil {
			return nil
		}
		k[i] = normKey(k[i])
	}
	return k
}

// keyArray builds the typed array parameter of one key column.
func keyArray(c *Column, vals []any) any {
	switch c.Type {
	case TString, TEnum, TDecimal:
		out := make([]string, len(vals))
		for i, v := range vals {
			out[i], _ = v.(string)
		}
		return out
	case TInt, TBigInt:
		out := make([]int64, len(vals))
		for i, v := range vals {
			out[i], _ = v.(int64)
		}
		return out
	case TFloat:
		out := make([]float64, len(vals))
		for i, v := range vals {
			out[i], _ = v.(float64)
		}
		return out
	case TBoolean:
		out := make([]bool, len(vals))
		for i, v := range vals {
			out[i], _ = v.(bool)
		}
		return out
	case TDateTime:
		out := make([]time.Time, len(vals))
		for i, v := range vals {
			out[i], _ = v.(time.Time)
		}
		return out
	case TBytes:
		out := make([][]byte, len(vals))
		for i, v := range vals {
			s, _ := v.(string)
			out[i] = []byte(s)
		}
		return out
	}
	return vals
}

// keyCast is the cast of a key array parameter: text for the types pgx
// cannot encode into the column's array type directly.
func keyCast(c *Column) string {
	switch c.Type {
	case TEnum, TDecimal:
		return "::text[]::" + c.DBType + "[]"
	}
	return "::" + c.DBType + "[]"
}

const (
	keyCol = "__strata_k"
	rnCol  = "__strata_rn"
)

func (in *include[M, PC, C, CC]) load(ctx context.Context, e *Engine, qr querier, parents []M) error {
	var pc PC
	var cc CC
	var children []C
	l := &relLoad{
		rel: in.rel, pm: pc.Model(), cm: cc.Model(),
		where: in.q.Where, order: in.q.OrderBy, skip: in.q.Skip, take: in.q.Take,
		nParents:  len(parents),
		parentKey: func(i, col int) any { return pc.Key(&parents[i], col) },
		scanChild: func(dst []any) []any {
			var zero C
			children = append(children, zero)
			return cc.Scan(&children[len(children)-1], dst)
		},
		childKey: func(i, col int) any { return cc.Key(&children[i], col) },
		nested:   func() error { return loadIncludes(ctx, e, qr, children, in.q.Include) },
	}
	l.attach = func(g *grouping) {
		if in.setMany != nil {
			sorted := make([]C, len(g.order))
			for j, x := range g.order {
				sorted[j] = children[x]
			}
			used := make([]bool, len(g.off))
			for p := range parents {
				k := g.parent[p]
				if k < 0 {
					in.setMany(&parents[p], []C{})
					continue
				}
				lo, hi := g.off[k], g.end(k)
				if lo == hi {
					in.setMany(&parents[p], []C{})
					continue
				}
				s := sorted[lo:hi:hi]
				if used[k] {
					s = append([]C(nil), s...)
				}
				used[k] = true
				in.setMany(&parents[p], s)
			}
			return
		}
		for p := range parents {
			k := g.parent[p]
			if k < 0 || g.off[k] == g.end(k) {
				in.setOne(&parents[p], nil)
				continue
			}
			v := children[g.order[g.off[k]]]
			in.setOne(&parents[p], &v)
		}
	}
	return l.run(ctx, e, qr)
}

// relLoad is the type-independent part of loading one relation, so that
// the compiled code is shared by every model (generated packages with
// hundreds of relations build fast).
type relLoad struct {
	rel       *Relation
	pm, cm    *Model
	where     Cond
	order     []Order
	skip      *int
	take      *int
	nParents  int
	parentKey func(i, col int) any
	scanChild func(dst []any) []any
	childKey  func(i, col int) any
	nested    func() error
	attach    func(g *grouping)
}

// grouping says which children belong to which parent: parent[p] is the
// group of parent p (-1: no key); the children of group k are
// order[off[k]:end(k)], indexes into the scanned children.
type grouping struct {
	parent []int32
	off    []int32
	order  []int32
}

func (g *grouping) end(k int32) int32 {
	if int(k)+1 < len(g.off) {
		return g.off[k+1]
	}
	return int32(len(g.order))
}

func (l *relLoad) run(ctx context.Context, e *Engine, qr querier) error {
	r := l.rel
	if l.skip != nil && *l.skip < 0 || l.take != nil && *l.take < 0 {
		return fmt.Errorf("%s.%s include: skip and take must not be negative", l.pm.Name, r.Field)
	}
	nk := len(r.From)
	if r.JoinTable != "" {
		nk = 1
	}
	// The distinct keys of the parents, column by column.
	g := &grouping{parent: make([]int32, l.nParents)}
	seen := make(map[any]int32, l.nParents)
	cols := make([][]any, nk)
	for i := 0; i < l.nParents; i++ {
		var k any
		if nk == 1 {
			if k = l.parentKey(i, r.From[0]); k != nil {
				k = normKey(k)
			}
		} else {
			k = rowKey(func(j int) any { return l.parentKey(i, r.From[j]) }, nk)
		}
		if k == nil {
			g.parent[i] = -1
			continue
		}
		if id, ok := seen[k]; ok {
			g.parent[i] = id
			continue
		}
		g.parent[i] = int32(len(seen))
		seen[k] = int32(len(seen))
		if nk == 1 {
			cols[0] = append(cols[0], k)
			continue
		}
		for j := 0; j < nk; j++ {
			var v any
			if ck, ok := k.(compKey); ok {
				v = ck[j]
			} else {
				v = normKey(l.parentKey(i, r.From[j]))
			}
			cols[j] = append(cols[j], v)
		}
	}
	var childKeys []any
	nChildren := 0
	if len(seen) > 0 {
		b := l.sql(cols)
		mn := r.JoinTable != ""
		err := e.query(ctx, qr, op{l.cm, "include"}, b.sb.String(), b.args, func(rows pgx.Rows) (int64, error) {
			dst := make([]any, 0, len(l.cm.Columns)+1)
			var n int64
			for rows.Next() {
				dst = dst[:0]
				var k any
				if mn {
					dst = append(dst, &k)
				}
				dst = l.scanChild(dst)
				nChildren++
				if err := rows.Scan(dst...); err != nil {
					return n, err
				}
				if mn {
					childKeys = append(childKeys, normKey(k))
				}
				n++
			}
			return n, nil
		})
		if err != nil {
			return err
		}
		if err := l.nested(); err != nil {
			return err
		}
	}
	// Group the children by their key (a counting sort).
	childGroup := make([]int32, nChildren)
	count := make([]int32, len(seen))
	for i := 0; i < nChildren; i++ {
		var k any
		switch {
		case r.JoinTable != "":
			k = childKeys[i]
		case nk == 1:
			if k = l.childKey(i, r.To[0]); k != nil {
				k = normKey(k)
			}
		default:
			k = rowKey(func(j int) any { return l.childKey(i, r.To[j]) }, nk)
		}
		id, ok := seen[k]
		if !ok {
			childGroup[i] = -1
			continue
		}
		childGroup[i] = id
		count[id]++
	}
	g.off = make([]int32, len(seen))
	var sum int32
	for k, n := range count {
		g.off[k] = sum
		sum += n
	}
	g.order = make([]int32, sum)
	next := append([]int32(nil), g.off...)
	for i, k := range childGroup {
		if k >= 0 {
			g.order[next[k]] = int32(i)
			next[k]++
		}
	}
	l.attach(g)
	return nil
}

// sql builds the one statement that loads the relation for every parent
// key: the target rows joined with unnest of the key arrays. unnest keeps
// the statement safe for PostgreSQL's cached generic plans, where "= ANY($1)"
// would compare each row with every key.
func (l *relLoad) sql(cols [][]any) *builder {
	r := l.rel
	pm, cm := l.pm, l.cm
	b := &builder{}
	window := l.take != nil || (l.skip != nil && *l.skip > 0)
	mn := r.JoinTable != ""
	// The key columns the unnest rows are compared with.
	var keyExprs []string
	from := cm.table + " t0"
	if mn {
		from += " JOIN " + qualify(r.JoinSchema, r.JoinTable) + " j ON j." + quoteIdent(r.JoinTo) + " = t0." + cm.quotedCols[r.To[0]]
		keyExprs = []string{"j." + quoteIdent(r.JoinFrom)}
	} else {
		for _, c := range r.To {
			keyExprs = append(keyExprs, "t0."+cm.quotedCols[c])
		}
	}
	from += " JOIN unnest("
	for j := range cols {
		if j > 0 {
			from += ", "
		}
		pcol := &pm.Columns[r.From[j]]
		from += b.arg(keyArray(pcol, cols[j])) + keyCast(pcol)
	}
	from += ") AS k("
	for j := range cols {
		if j > 0 {
			from += ", "
		}
		from += "v" + strconv.Itoa(j)
	}
	from += ") ON "
	for j, x := range keyExprs {
		if j > 0 {
			from += " AND "
		}
		from += x + " = k.v" + strconv.Itoa(j)
	}
	writeWhere := func() {
		if l.where != nil {
			b.sb.WriteString(" WHERE ")
			l.where.writeCond(b, cm, "t0")
		}
	}
	if !window {
		b.sb.WriteString("SELECT ")
		if mn {
			b.sb.WriteString(keyExprs[0] + ", ")
		}
		cm.selectList(&b.sb, "t0")
		b.sb.WriteString(" FROM " + from)
		writeWhere()
		writeOrder(b, cm, "t0", l.order)
		return b
	}
	// Per-parent skip/take: number the rows of each parent.
	b.sb.WriteString("SELECT ")
	if mn {
		b.sb.WriteString("t0." + keyCol + ", ")
	}
	cm.selectList(&b.sb, "t0")
	b.sb.WriteString(" FROM (SELECT t0.*, ")
	if mn {
		b.sb.WriteString(keyExprs[0] + " AS " + keyCol + ", ")
	}
	b.sb.WriteString("ROW_NUMBER() OVER (PARTITION BY ")
	for j, x := range keyExprs {
		if j > 0 {
			b.sb.WriteString(", ")
		}
		b.sb.WriteString(x)
	}
	order := l.order
	if len(order) == 0 {
		for _, c := range cm.PrimaryKey {
			order = append(order, Order{Col: c, Sort: Asc})
		}
	}
	if len(order) == 0 {
		for c := range cm.Columns {
			order = append(order, Order{Col: c, Sort: Asc})
		}
	}
	writeOrder(b, cm, "t0", order)
	b.sb.WriteString(") AS " + rnCol + " FROM " + from)
	writeWhere()
	skip := 0
	if l.skip != nil {
		skip = *l.skip
	}
	b.sb.WriteString(") t0 WHERE t0." + rnCol + " > " + strconv.Itoa(skip))
	if l.take != nil {
		b.sb.WriteString(" AND t0." + rnCol + " <= " + strconv.Itoa(skip+*l.take))
	}
	b.sb.WriteString(" ORDER BY ")
	if mn {
		b.sb.WriteString("t0." + keyCol)
	} else {
		for j, c := range r.To {
			if j > 0 {
				b.sb.WriteString(", ")
			}
			b.sb.WriteString("t0." + cm.quotedCols[c])
		}
	}
	b.sb.WriteString(", t0." + rnCol)
	return b
}
