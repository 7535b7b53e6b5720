package client

import (
	"context"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
)

// CountRel is one relation count: the to-many relation Rel to Target,
// counting the related rows that match Where (nil: all).
type CountRel struct {
	Rel    *Relation
	Target *Model
	Where  Cond
}

// IncludeCounts loads the number of related rows of the to-many relations
// rels of every parent, as Prisma's include: {_count: {select: {posts:
// true}}} (or {posts: {where: ...}}): one statement for all parents,
// whatever their number. set receives each parent and its counts in rels
// order.
func IncludeCounts[M any, C Codec[M]](rels []CountRel, set func(*M, []int64)) Include[M] {
	x := &countIncludeOf[M, C]{}
	x.set.f = set
	x.in = countInclude{rels: rels, set: &x.set}
	return Include[M]{&x.in}
}

// countIncludeOf allocates a countInclude with its setter.
type countIncludeOf[M any, C Codec[M]] struct {
	in  countInclude
	set countSetter[M, C]
}

type countInclude struct {
	rels []CountRel
	set  interface {
		set(parents rowSet, p int, n []int64)
	}
}

// countSetter hands a parent its counts.
type countSetter[M any, C Codec[M]] struct{ f func(*M, []int64) }

func (x *countSetter[M, C]) set(parents rowSet, p int, n []int64) {
	x.f(&parents.(*rows[M, C]).s[p], n)
}

// keyCols are the parent columns the counts are keyed by.
func (in *countInclude) keyCols() []int {
	var out []int
	for _, h := range in.rels {
		out = addCols(out, h.Rel.From)
	}
	return out
}

func (in *countInclude) load(ctx context.Context, e *Engine, qr querier, parents rowSet) error {
	np := parents.len()
	if len(in.rels) == 0 || np == 0 {
		return nil
	}
	m := parents.model()
	keys := in.keyCols()
	pos := make(map[int]int, len(keys)) // column -> unnest position
	for i, k := range keys {
		pos[k] = i
	}
	b := &builder{}
	b.sb.WriteString("SELECT ")
	for i, h := range in.rels {
		if i > 0 {
			b.sb.WriteString(", ")
		}
		r, target := h.Rel, h.Target
		if r.JoinTable != "" {
			b.sb.WriteString("(SELECT COUNT(*) FROM " + qualify(r.JoinSchema, r.JoinTable) + " j")
			if h.Where != nil {
				b.sb.WriteString(" JOIN " + target.table + " c ON c." + target.quotedCols[r.To[0]] + " = j." + quoteIdent(r.JoinTo))
			}
			b.sb.WriteString(" WHERE j." + quoteIdent(r.JoinFrom) + " = k.v" + strconv.Itoa(pos[r.From[0]]))
		} else {
			var on []string
			for j := range r.From {
				on = append(on, "c."+target.quotedCols[r.To[j]]+" = k.v"+strconv.Itoa(pos[r.From[j]]))
			}
			b.sb.WriteString("(SELECT COUNT(*) FROM " + target.table + " c WHERE " + strings.Join(on, " AND "))
		}
		if h.Where != nil {
			b.sb.WriteString(" AND (")
			h.Where.writeCond(b, target, "c")
			b.sb.WriteString(")")
		}
		b.sb.WriteString(")")
	}
	b.sb.WriteString(" FROM unnest(")
	// A parent with a NULL key has no related rows; its array slot holds
	// the zero value, whose counts are replaced by zeros below.
	var null []bool
	for i, k := range keys {
		if i > 0 {
			b.sb.WriteString(", ")
		}
		vals := make([]any, np)
		for p := 0; p < np; p++ {
			if v := parents.key(p, k); v != nil {
				vals[p] = normKey(v)
			} else {
				if null == nil {
					null = make([]bool, np)
				}
				null[p] = true
			}
		}
		b.sb.WriteString(b.arg(keyArray(&m.Columns[k], vals)) + keyCast(&m.Columns[k]))
	}
	b.sb.WriteString(") WITH ORDINALITY AS k(")
	for i := range keys {
		b.sb.WriteString("v" + strconv.Itoa(i) + ", ")
	}
	b.sb.WriteString("n) ORDER BY k.n")
	counts := make([]int64, np*len(in.rels))
	return e.query(ctx, qr, op{m, "include"}, b.sb.String(), b.args, func(rows pgx.Rows) (int64, error) {
		var n int64
		dst := make([]any, len(in.rels))
		for rows.Next() && int(n) < np {
			row := counts[int(n)*len(in.rels) : int(n+1)*len(in.rels) : int(n+1)*len(in.rels)]
			for i := range dst {
				dst[i] = &row[i]
			}
			if err := rows.Scan(dst...); err != nil {
				return n, err
			}
			if null != nil && null[n] {
				clear(row)
			}
			in.set.set(parents, int(n), row)
			n++
		}
		return n, nil
	})
}
