package client

import "reflect"

// Table-driven helpers of generated code: one call with the fields of a
// generated struct as arguments replaces a statement per field, which
// keeps generated packages of hundreds of models small and quick to build.
// In each, cols[i] is the column of the i-th value; nil cols means
// column i.

func colAt(cols []int, i int) int {
	if cols == nil {
		return i
	}
	return cols[i]
}

// Fields appends to cs the conditions of the scalar filters fs (empty
// filters add none).
func Fields(cs []Cond, cols []int, fs ...ScalarFilter) []Cond {
	for i, f := range fs {
		if f != nil && !f.empty() {
			cs = append(cs, fieldCond{col: colAt(cols, i), f: f})
		}
	}
	return cs
}

// ToOneFilter appends to cs the conditions of a filter on the to-one
// relation rel (to target): Is and IsNot when set (hasIs, hasIsNot), and
// IsNull when not nil.
func ToOneFilter(cs []Cond, rel *Relation, target *Model, hasIs bool, is Cond, hasIsNot bool, isNot Cond, isNull *bool) []Cond {
	if hasIs {
		cs = Append(cs, Is(rel, target, is))
	}
	if hasIsNot {
		cs = Append(cs, IsNot(rel, target, isNot))
	}
	if isNull != nil {
		cs = Append(cs, RelationIsNull(rel, target, *isNull))
	}
	return cs
}

// ToManyFilter appends to cs the conditions of a filter on the to-many
// relation rel (to target): Some, Every and None when set.
func ToManyFilter(cs []Cond, rel *Relation, target *Model, hasSome bool, some Cond, hasEvery bool, every Cond, hasNone bool, none Cond) []Cond {
	if hasSome {
		cs = Append(cs, Some(rel, target, some))
	}
	if hasEvery {
		cs = Append(cs, Every(rel, target, every))
	}
	if hasNone {
		cs = Append(cs, None(rel, target, none))
	}
	return cs
}

// HavingFilter is implemented by *Having[T].
type HavingFilter interface {
	havingConds(cs []Cond, col int) []Cond
}

func (h *Having[T]) havingConds(cs []Cond, col int) []Cond { return HavingConds(cs, col, h) }

// Havings appends to cs the conditions of the having filters hs.
func Havings(cs []Cond, cols []int, hs ...HavingFilter) []Cond {
	for i, h := range hs {
		cs = h.havingConds(cs, colAt(cols, i))
	}
	return cs
}

// Sorts appends to out an order for each set sort of ss.
func Sorts(out []Order, cols []int, ss ...Sort) []Order {
	for i, s := range ss {
		if s != "" {
			out = append(out, Order{Col: colAt(cols, i), Sort: s})
		}
	}
	return out
}

// Collect appends, for each true field of the selection sel (a pointer
// to a struct of bool fields), the aggregate fn of column cols[i] (-1:
// every row, with AggCount) to aggs, and the address of the same field of
// the output out (a pointer to a struct with a field per selection field)
// to dst. It uses reflection: aggregates are not a hot path, and a call
// per selection type keeps generated code small.
func Collect(aggs []Agg, dst []any, fn AggFn, cols []int, sel, out any) ([]Agg, []any) {
	sv := reflect.ValueOf(sel).Elem()
	ov := reflect.ValueOf(out).Elem()
	for i := 0; i < sv.NumField() && i < len(cols) && i < ov.NumField(); i++ {
		if sv.Field(i).Bool() {
			aggs = append(aggs, Agg{Fn: fn, Col: cols[i]})
			dst = append(dst, ov.Field(i).Addr().Interface())
		}
	}
	return aggs, dst
}

// AggOrders appends to out the plain column orders of groups[0] and the
// orders by the aggregates _count, _sum, _avg, _min and _max of groups[1]
// to groups[5] (groupBy's orderBy).
func AggOrders(out []Order, groups ...[]Order) []Order {
	fns := [...]AggFn{0, AggCount, AggSum, AggAvg, AggMin, AggMax}
	for i, g := range groups {
		if i < len(fns) && len(g) > 0 {
			out = append(out, AggOrder(fns[i], g)...)
		}
	}
	return out
}
