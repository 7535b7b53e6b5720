package client

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// Include loads one relation of a set of parent rows of M. Generated code
// builds them with IncludeMany, IncludeOne and IncludeCounts. M only keeps
// the includes of one model apart at compile time: the loading itself is
// type-independent (see rows.go). Include is a struct, not a generic
// interface, so that it adds no code per model.
type Include[M any] struct{ l loader }

// loader loads one relation (or relation counts) of a set of parents.
type loader interface {
	load(ctx context.Context, e *Engine, q querier, parents rowSet) error
	// keyCols are the parent columns the relation is keyed by (a partial
	// select reads them too).
	keyCols() []int
}

// IncludeMany loads a to-many relation: one statement for all parents,
// whatever their number, then one per nested include level. set receives
// each parent and its rows (an empty, non-nil slice when it has none).
func IncludeMany[M any, PC Codec[M], C any, CC Codec[C]](rel *Relation, q Query[C], set func(*M, []C)) Include[M] {
	x := &includeMany[M, PC, C, CC]{}
	x.set.f = set
	x.in = include{rel: rel, q: eraseQuery(&q), set: &x.set, proto: &x.proto}
	return Include[M]{&x.in}
}

// IncludeOne loads a to-one relation like IncludeMany; set receives nil
// when the parent has no related row.
func IncludeOne[M any, PC Codec[M], C any, CC Codec[C]](rel *Relation, q Query[C], set func(*M, *C)) Include[M] {
	x := &includeOne[M, PC, C, CC]{}
	x.set.f = set
	x.in = include{rel: rel, q: eraseQuery(&q), one: true, set: &x.set, proto: &x.proto}
	return Include[M]{&x.in}
}

// includeMany and includeOne allocate an include with its setter and its
// (empty) rows of the related model at once. They have no methods: a
// method of a generic type is compiled once per instantiation.
type includeMany[M any, PC Codec[M], C any, CC Codec[C]] struct {
	in    include
	set   manySetter[M, PC, C, CC]
	proto rows[C, CC]
}

type includeOne[M any, PC Codec[M], C any, CC Codec[C]] struct {
	in    include
	set   oneSetter[M, PC, C, CC]
	proto rows[C, CC]
}

// include is IncludeMany and IncludeOne.
type include struct {
	rel   *Relation
	q     query
	one   bool
	set   setter
	proto rowSet // no rows: makes the sets of related rows
}

func (in *include) keyCols() []int { return in.rel.From }

func loadIncludes(ctx context.Context, e *Engine, q querier, rows rowSet, incs []loader) error {
	if rows.len() == 0 {
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
	keyCol      = "__strata_k"
	rnCol       = "__strata_rn"
	distinctCol = "__strata_d"
)

func (in *include) load(ctx context.Context, e *Engine, qr querier, parents rowSet) error {
	children := newChunked(in.proto) // gathered by parent afterwards
	l := &relLoad{
		rel: in.rel, pm: parents.model(), cm: children.model(),
		where: in.q.where, order: in.q.order, skip: in.q.skip, take: in.q.take,
		distinct: in.q.distinct, cursor: in.q.cursor,
		parents: parents, children: children,
	}
	if sel := in.q.sel; sel != nil {
		// A partial select still reads the columns the rows are grouped
		// by and those their own includes are keyed by.
		if in.rel.JoinTable == "" {
			sel = addCols(sel, in.rel.To)
		}
		for _, n := range in.q.incs {
			sel = addCols(sel, n.keyCols())
		}
		l.sel = sel
	}
	var err error
	np := parents.len()
	l.attach = func(g *grouping) {
		if !in.one {
			// The children, grouped by parent, in one new slice.
			sorted := children.gather(g.order)
			if err = loadIncludes(ctx, e, qr, sorted, in.q.incs); err != nil {
				return
			}
			used := make([]bool, len(g.off))
			for p := 0; p < np; p++ {
				k := g.parent[p]
				if k < 0 {
					in.set.set(parents, p, sorted, 0, 0, false)
					continue
				}
				lo, hi := g.off[k], g.end(k)
				in.set.set(parents, p, sorted, int(lo), int(hi), lo != hi && used[k])
				used[k] = true
			}
			return
		}
		// To-one: the first row of each key, its includes loaded, then a
		// copy for each parent (one allocation for all of them).
		slot := make([]int32, len(g.off))
		firsts := make([]int32, 0, len(g.off))
		for k := range g.off {
			slot[k] = -1
			if g.off[k] != g.end(int32(k)) {
				slot[k] = int32(len(firsts))
				firsts = append(firsts, g.order[g.off[k]])
			}
		}
		ones := children.gather(firsts)
		if err = loadIncludes(ctx, e, qr, ones, in.q.incs); err != nil {
			return
		}
		idx := make([]int32, 0, np)
		for p := 0; p < np; p++ {
			if k := g.parent[p]; k >= 0 && slot[k] >= 0 {
				idx = append(idx, slot[k])
			}
		}
		per := ones.gather(idx)
		j := 0
		for p := 0; p < np; p++ {
			if k := g.parent[p]; k >= 0 && slot[k] >= 0 {
				in.set.set(parents, p, per, j, j+1, false)
				j++
			} else {
				in.set.set(parents, p, per, 0, 0, false)
			}
		}
	}
	if rerr := l.run(ctx, e, qr); rerr != nil {
		return rerr
	}
	return err
}

// relLoad is loading one relation with one statement for all parents.
type relLoad struct {
	rel      *Relation
	pm, cm   *Model
	where    Cond
	order    []Order
	skip     *int
	take     *int
	sel      []int // the related columns to read (nil: all)
	distinct []int // one related row per parent and combination of these
	cursor   Cond  // the related rows start at the row this selects
	parents  rowSet
	children rowSet // filled by the statement
	attach   func(g *grouping)
}

// pickTargets appends to dst the scan targets of the columns of sel (all when sel
// is nil) out of full, the targets of every column.
func pickTargets(dst, full []any, sel []int) []any {
	if sel == nil {
		return append(dst, full...)
	}
	for _, c := range sel {
		dst = append(dst, full[c])
	}
	return dst
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
	if l.stringKeyed() {
		return l.runString(ctx, e, qr)
	}
	nk := len(r.From)
	if r.JoinTable != "" {
		nk = 1
	}
	// The distinct keys of the parents, column by column.
	np := l.parents.len()
	g := &grouping{parent: make([]int32, np)}
	seen := make(map[any]int32, np)
	cols := make([][]any, nk)
	for i := 0; i < np; i++ {
		var k any
		if nk == 1 {
			if k = l.parents.key(i, r.From[0]); k != nil {
				k = normKey(k)
			}
		} else {
			k = rowKey(func(j int) any { return l.parents.key(i, r.From[j]) }, nk)
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
				v = normKey(l.parents.key(i, r.From[j]))
			}
			cols[j] = append(cols[j], v)
		}
	}
	var childKeys []any
	nChildren := 0
	if len(seen) > 0 {
		keys := make([]any, nk)
		for j := range cols {
			keys[j] = keyArray(&l.pm.Columns[r.From[j]], cols[j])
		}
		b := l.sql(keys)
		mn := r.JoinTable != ""
		err := e.query(ctx, qr, op{l.cm, "include"}, b.sb.String(), b.args, func(rows pgx.Rows) (int64, error) {
			dst := make([]any, 0, len(l.cm.Columns)+1)
			var full []any
			var n int64
			for rows.Next() {
				dst = dst[:0]
				var k any
				if mn {
					dst = append(dst, &k)
				}
				if l.sel == nil {
					dst = l.children.add(dst)
				} else {
					full = l.children.add(full[:0])
					dst = pickTargets(dst, full, l.sel)
				}
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
			if k = l.children.key(i, r.To[0]); k != nil {
				k = normKey(k)
			}
		default:
			k = rowKey(func(j int) any { return l.children.key(i, r.To[j]) }, nk)
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
func (l *relLoad) sql(keys []any) *builder {
	r := l.rel
	pm, cm := l.pm, l.cm
	b := &builder{}
	distinct := len(l.distinct) > 0
	window := l.take != nil || (l.skip != nil && *l.skip > 0) || distinct
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
	for j := range keys {
		if j > 0 {
			from += ", "
		}
		pcol := &pm.Columns[r.From[j]]
		from += b.arg(keys[j]) + keyCast(pcol)
	}
	from += ") AS k("
	for j := range keys {
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
	order := l.order
	if l.cursor != nil {
		order = withKey(cm, order) // a total order, as a cursor needs
	}
	writeWhere := func() {
		n := 0
		if l.where != nil {
			b.sb.WriteString(" WHERE (")
			l.where.writeCond(b, cm, "t0")
			b.sb.WriteString(")")
			n++
		}
		if l.cursor != nil {
			if n == 0 {
				b.sb.WriteString(" WHERE (")
			} else {
				b.sb.WriteString(" AND (")
			}
			// The same cursor row for every parent, as Prisma's.
			writeCursor(b, cm, "t0", l.cursor, order)
			b.sb.WriteString(")")
		}
	}
	if !window {
		b.sb.WriteString("SELECT ")
		if mn {
			b.sb.WriteString(keyExprs[0] + ", ")
		}
		cm.selectCols(&b.sb, "t0", l.sel)
		b.sb.WriteString(" FROM " + from)
		writeWhere()
		writeOrder(b, cm, "t0", order)
		return b
	}
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
	// Per-parent skip/take: number the rows of each parent.
	b.sb.WriteString("SELECT ")
	if mn {
		b.sb.WriteString("t0." + keyCol + ", ")
	}
	cm.selectCols(&b.sb, "t0", l.sel)
	b.sb.WriteString(" FROM (SELECT t0.*, ")
	partition := keyExprs
	if mn && distinct {
		partition = []string{"t0." + keyCol} // named by the distinct layer
	} else if mn {
		b.sb.WriteString(keyExprs[0] + " AS " + keyCol + ", ")
	}
	b.sb.WriteString("ROW_NUMBER() OVER (PARTITION BY " + strings.Join(partition, ", "))
	writeOrder(b, cm, "t0", order)
	b.sb.WriteString(") AS " + rnCol + " FROM ")
	if distinct {
		// Distinct per parent: the first row (in order) of each
		// combination of the distinct columns, numbered above.
		b.sb.WriteString("(SELECT t0.*, ")
		if mn {
			b.sb.WriteString(keyExprs[0] + " AS " + keyCol + ", ")
		}
		b.sb.WriteString("ROW_NUMBER() OVER (PARTITION BY " + strings.Join(keyExprs, ", "))
		for _, c := range l.distinct {
			b.sb.WriteString(", t0." + cm.quotedCols[c])
		}
		writeOrder(b, cm, "t0", order)
		b.sb.WriteString(") AS " + distinctCol + " FROM " + from)
		writeWhere()
		b.sb.WriteString(") t0 WHERE t0." + distinctCol + " = 1")
	} else {
		b.sb.WriteString(from)
		writeWhere()
	}
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

// stringKeyed reports whether the relation is keyed by one String column
// on both sides (the common case: cuid, uuid or text ids), which
// runString groups with string maps instead of interface-typed keys.
func (l *relLoad) stringKeyed() bool {
	r := l.rel
	if r.JoinTable != "" || len(r.From) != 1 || len(r.To) != 1 {
		return false
	}
	pc, cc := &l.pm.Columns[r.From[0]], &l.cm.Columns[r.To[0]]
	return pc.Type == TString && !pc.List && cc.Type == TString && !cc.List
}

// stringAt reads a String field through the pointer a codec's Scan gives
// for it; ok is false for NULL.
func stringAt(p any) (s string, ok bool, err error) {
	switch x := p.(type) {
	case *string:
		return *x, true, nil
	case **string:
		if *x == nil {
			return "", false, nil
		}
		return **x, true, nil
	}
	return "", false, fmt.Errorf("client: a String key field scans into %T", p)
}

// runString is run for a relation keyed by one String column.
func (l *relLoad) runString(ctx context.Context, e *Engine, qr querier) error {
	r := l.rel
	np := l.parents.len()
	g := &grouping{parent: make([]int32, np)}
	seen := make(map[string]int32, np)
	keys := make([]string, 0, np)
	var pbuf []any
	for i := 0; i < np; i++ {
		pbuf = l.parents.targets(i, pbuf[:0])
		k, ok, err := stringAt(pbuf[r.From[0]])
		if err != nil {
			return err
		}
		if !ok {
			g.parent[i] = -1
			continue
		}
		if id, dup := seen[k]; dup {
			g.parent[i] = id
			continue
		}
		id := int32(len(keys))
		seen[k] = id
		g.parent[i] = id
		keys = append(keys, k)
	}
	var childGroup []int32
	count := make([]int32, len(keys))
	if len(keys) > 0 {
		b := l.sql([]any{keys})
		at := r.To[0]
		err := e.query(ctx, qr, op{l.cm, "include"}, b.sb.String(), b.args, func(rows pgx.Rows) (int64, error) {
			dst := make([]any, 0, len(l.cm.Columns))
			var full []any
			var n int64
			for rows.Next() {
				full = l.children.add(full[:0])
				dst = pickTargets(dst[:0], full, l.sel)
				if err := rows.Scan(dst...); err != nil {
					return n, err
				}
				k, ok, err := stringAt(full[at])
				if err != nil {
					return n, err
				}
				id, found := seen[k]
				if !ok || !found {
					id = -1
				} else {
					count[id]++
				}
				childGroup = append(childGroup, id)
				n++
			}
			return n, nil
		})
		if err != nil {
			return err
		}
	}
	g.off = make([]int32, len(keys))
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
