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
	pm, cm := pc.Model(), cc.Model()
	r := in.rel
	if err := in.q.check(); err != nil {
		return fmt.Errorf("%s.%s include: %w", pm.Name, r.Field, err)
	}
	nk := len(r.From)
	if r.JoinTable != "" {
		nk = 1
	}
	// The distinct keys of the parents, column by column.
	pkeys := make([]any, len(parents))
	seen := make(map[any]struct{}, len(parents))
	cols := make([][]any, nk)
	for i := range parents {
		p := &parents[i]
		k := rowKey(func(j int) any { return pc.Key(p, r.From[j]) }, nk)
		pkeys[i] = k
		if k == nil {
			continue
		}
		if _, ok := seen[k]; ok {
			continue
		}
		seen[k] = struct{}{}
		if nk == 1 {
			cols[0] = append(cols[0], k)
		} else {
			for j := 0; j < nk; j++ {
				var v any
				if ck, ok := k.(compKey); ok {
					v = ck[j]
				} else {
					v = normKey(pc.Key(p, r.From[j]))
				}
				cols[j] = append(cols[j], v)
			}
		}
	}
	var children []C
	var childKeys []any
	if len(seen) > 0 {
		b := in.sql(pm, cm, cols)
		mn := r.JoinTable != ""
		err := e.query(ctx, qr, op{cm, "include"}, b.sb.String(), b.args, func(rows pgx.Rows) (int64, error) {
			ncol := len(cm.Columns)
			dst := make([]any, 0, ncol+1)
			var n int64
			for rows.Next() {
				var zero C
				children = append(children, zero)
				c := &children[len(children)-1]
				dst = dst[:0]
				var k any
				if mn {
					dst = append(dst, &k)
				}
				dst = cc.Scan(c, dst)
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
		if err := loadIncludes(ctx, e, qr, children, in.q.Include); err != nil {
			return err
		}
	}
	// Group the children by their key.
	groups := make(map[any][]int32, len(seen))
	for i := range children {
		var k any
		if r.JoinTable != "" {
			k = childKeys[i]
		} else {
			c := &children[i]
			k = rowKey(func(j int) any { return cc.Key(c, r.To[j]) }, nk)
		}
		groups[k] = append(groups[k], int32(i))
	}
	for i := range parents {
		var idx []int32
		if pkeys[i] != nil {
			idx = groups[pkeys[i]]
		}
		if in.setMany != nil {
			s := make([]C, len(idx))
			for j, x := range idx {
				s[j] = children[x]
			}
			in.setMany(&parents[i], s)
			continue
		}
		if len(idx) == 0 {
			in.setOne(&parents[i], nil)
			continue
		}
		v := children[idx[0]]
		in.setOne(&parents[i], &v)
	}
	return nil
}

// sql builds the one statement that loads the relation for every parent
// key: the target rows joined with unnest of the key arrays. unnest keeps
// the statement safe for PostgreSQL's cached generic plans, where "= ANY($1)"
// would compare each row with every key.
func (in *include[M, PC, C, CC]) sql(pm, cm *Model, cols [][]any) *builder {
	r := in.rel
	q := &in.q
	b := &builder{}
	window := q.Take != nil || (q.Skip != nil && *q.Skip > 0)
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
		if q.Where != nil {
			b.sb.WriteString(" WHERE ")
			q.Where.writeCond(b, cm, "t0")
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
		writeOrder(b, cm, "t0", q.OrderBy)
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
	order := q.OrderBy
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
	if q.Skip != nil {
		skip = *q.Skip
	}
	b.sb.WriteString(") t0 WHERE t0." + rnCol + " > " + strconv.Itoa(skip))
	if q.Take != nil {
		b.sb.WriteString(" AND t0." + rnCol + " <= " + strconv.Itoa(skip+*q.Take))
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
