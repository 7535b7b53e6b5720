package gen

import (
	"fmt"
	"strings"

	"github.com/stratadb/strata/schema"
)

// This file emits the read capabilities beyond findMany's basics: partial
// select, distinct and cursor arguments, list and JSON filters, orderBy
// through relations and by relation counts, relation counts in Include,
// aggregate and groupBy.

// listFilterType is the where filter of a scalar list column.
func listFilterType(c *col) string {
	if c.f.Type == schema.JSON || c.f.Type == schema.Bytes {
		return ""
	}
	return "client.ListFilter[" + c.typ + "]"
}

func numericCol(c *col) bool {
	if c.list() || c.enum != nil {
		return false
	}
	switch c.f.Type {
	case schema.Int, schema.BigInt, schema.Float, schema.Decimal:
		return true
	}
	return false
}

// minMaxCol reports whether _min and _max apply to the column.
func minMaxCol(c *col) bool {
	return !c.list() && c.f.Type != schema.JSON && c.f.Type != schema.Bytes
}

func sumType(c *col) string {
	switch c.f.Type {
	case schema.Int:
		return "int"
	case schema.BigInt:
		return "int64"
	case schema.Decimal:
		return "client.Decimal"
	}
	return "float64"
}

func avgType(c *col) string {
	if c.f.Type == schema.Decimal {
		return "client.Decimal"
	}
	return "float64"
}

// toMany reports whether the model has to-many relations (and so relation
// counts).
func (m *model) toMany() bool {
	for _, r := range m.rels {
		if r.list {
			return true
		}
	}
	return false
}

// countField is the Go name of the relation counts on the model struct
// and in its Include: Count unless a field has that name.
func (m *model) countField() string {
	for _, c := range m.cols {
		if c.Go == "Count" {
			return "RelationCount"
		}
	}
	for _, r := range m.rels {
		if r.Go == "Count" {
			return "RelationCount"
		}
	}
	return "Count"
}

// allField is the name of _count's _all in the count aggregate types.
func (m *model) allField() string {
	for _, c := range m.cols {
		if c.Go == "All" {
			return "AllRows"
		}
	}
	return "All"
}

// countStructField writes the relation counts field of the model struct.
func (g *generator) countStructField(w *writer, m *model) {
	if !m.toMany() {
		return
	}
	w.p("// %s holds the relation counts loaded by Include.%s (nil otherwise).", m.countField(), m.countField())
	w.p("%s *%sCountOutput `json:\"_count,omitzero\"`", m.countField(), m.Go)
}

// includeCountField writes the Count field of the Include struct.
func (g *generator) includeCountField(w *writer, m *model) {
	if !m.toMany() {
		return
	}
	w.p("%s *%sCountInclude // relation counts, in one statement for all rows", m.countField(), m.Go)
}

// includeCountCase writes the part of Include.build that loads counts.
func (g *generator) includeCountCase(w *writer, m *model) {
	if !m.toMany() {
		return
	}
	meta := m.low + "Model"
	w.p("if s := in.%s; s != nil {", m.countField())
	w.p("var rels []client.CountRel")
	for _, r := range m.rels {
		if r.list {
			w.p("if %s { rels = append(rels, client.CountRel{Rel: &%s.Relations[%d], Target: %sModel, Where: s.%sWhere.cond()}) }", countCond(r), meta, r.idx, r.target.low, r.Go)
		}
	}
	w.p("out = append(out, client.IncludeCounts[%s, *%sCodec](rels, func(m *%s, n []int64) {", m.Go, m.low, m.Go)
	w.p("c := &%sCountOutput{}", m.Go)
	w.p("i := 0")
	for _, r := range m.rels {
		if r.list {
			w.p("if %s { c.%s = n[i]; i++ }", countCond(r), r.Go)
		}
	}
	w.p("m.%s = c", m.countField())
	w.p("}))")
	w.p("}")
}

// orderByRelFields writes the relation fields of the OrderBy struct.
func (g *generator) orderByRelFields(w *writer, m *model) {
	for _, r := range m.rels {
		if r.list {
			w.p("%s *client.CountOrder // by the number of related rows", r.Go)
		} else {
			w.p("%s *%sOrderBy // by fields of the related row", r.Go, r.target.Go)
		}
	}
}

// orderByRelCases writes the relation cases of the orderBy function.
func (g *generator) orderByRelCases(w *writer, m *model) {
	meta := m.low + "Model"
	for _, r := range m.rels {
		rv := fmt.Sprintf("&%s.Relations[%d], %sModel", meta, r.idx, r.target.low)
		if r.list {
			w.p("if o.%s != nil && o.%s.Count != \"\" { out = append(out, client.OrderByCount(%s, o.%s.Count)) }", r.Go, r.Go, rv, r.Go)
		} else {
			w.p("if o.%s != nil { for _, x := range o.%s.orders(nil) { out = append(out, client.ThroughRelation(%s, x)) } }", r.Go, r.Go, rv)
		}
	}
}

// findManyFields writes the Select, Distinct and Cursor arguments.
func (g *generator) findManyFields(w *writer, m *model) {
	w.p("Select *%sSelect // the scalar fields to read (nil: all); the others stay zero", m.Go)
	w.p("Distinct *%sSelect // return one row per combination of these fields", m.Go)
	if len(m.uniques) > 0 {
		w.p("Cursor *%sWhereUnique // the row the page starts at (with it, unless Skip is 1)", m.Go)
	}
}

// findManyQuery writes the body of FindMany's query method.
func (g *generator) findManyQuery(w *writer, m *model) {
	name := m.Go
	w.p("q := client.Query[%s]{Where: a.Where.cond(), OrderBy: orderBy%s(a.OrderBy), Skip: a.Skip, Take: a.Take, Include: a.Include.build(), Select: a.Select.cols()}", name, name)
	w.p("if a.Distinct != nil { q.Distinct = a.Distinct.cols() }")
	if len(m.uniques) > 0 {
		w.p("if a.Cursor != nil { q.Cursor = a.Cursor.unique().Cond }")
	}
	w.p("return q")
}

// readTypes writes the Select, aggregate, groupBy and relation count
// types of a model.
func (g *generator) readTypes(w *writer, m *model) {
	name := m.Go
	// Select.
	w.p("// %sSelect chooses scalar fields of %s: the fields to read (FindMany's", name, m.m.Name)
	w.p("// Select), to return distinct rows by (Distinct) or to group by (GroupBy's By).")
	w.p("type %sSelect struct {", name)
	for _, c := range m.cols {
		w.p("%s bool", c.Go)
	}
	w.p("}")
	w.p("func (s *%sSelect) cols() []int {", name)
	w.p("if s == nil { return nil }")
	var flags []string
	for _, c := range m.cols {
		flags = append(flags, "s."+c.Go)
	}
	w.p("return client.Cols(%s)", strings.Join(flags, ", "))
	w.p("}")

	// Relation counts.
	if m.toMany() {
		w.p("// %sCountInclude selects the to-many relations of %s to count: all", name, m.m.Name)
		w.p("// related rows, or those matching the relation's Where when set.")
		w.p("type %sCountInclude struct {", name)
		for _, r := range m.rels {
			if r.list {
				w.p("%s bool", r.Go)
				w.p("%sWhere *%sWhere", r.Go, r.target.Go)
			}
		}
		w.p("}")
		w.p("// %sCountOutput holds the relation counts of a %s row (Prisma's _count).", name, m.m.Name)
		w.p("type %sCountOutput struct {", name)
		for _, r := range m.rels {
			if r.list {
				w.p("%s int64 `json:%q`", r.Go, r.f.Name)
			}
		}
		w.p("}")
	}

	// Aggregate selections and outputs.
	all := m.allField()
	w.p("// %sCountAggregate selects the counts of aggregate and groupBy: %s counts", name, all)
	w.p("// the rows, a field its non-NULL values (Prisma's _count).")
	w.p("type %sCountAggregate struct {", name)
	w.p("%s bool", all)
	for _, c := range m.cols {
		w.p("%s bool", c.Go)
	}
	w.p("}")
	w.p("// %sNumAggregate selects the numeric fields of _sum and _avg.", name)
	w.p("type %sNumAggregate struct {", name)
	for _, c := range m.cols {
		if numericCol(c) {
			w.p("%s bool", c.Go)
		}
	}
	w.p("}")
	w.p("// %sMinMaxAggregate selects the fields of _min and _max.", name)
	w.p("type %sMinMaxAggregate struct {", name)
	for _, c := range m.cols {
		if minMaxCol(c) {
			w.p("%s bool", c.Go)
		}
	}
	w.p("}")
	w.p("// %sCountAggregateOutput holds the counts selected.", name)
	w.p("type %sCountAggregateOutput struct {", name)
	w.p("%s int64 `json:\"_all\"`", all)
	for _, c := range m.cols {
		w.p("%s int64 `json:%q`", c.Go, c.f.Name)
	}
	w.p("}")
	w.p("// %sSumAggregateOutput holds the sums selected (nil: no non-NULL value).", name)
	w.p("type %sSumAggregateOutput struct {", name)
	for _, c := range m.cols {
		if numericCol(c) {
			w.p("%s *%s `json:%q`", c.Go, sumType(c), c.f.Name)
		}
	}
	w.p("}")
	w.p("// %sAvgAggregateOutput holds the averages selected (nil: no non-NULL value).", name)
	w.p("type %sAvgAggregateOutput struct {", name)
	for _, c := range m.cols {
		if numericCol(c) {
			w.p("%s *%s `json:%q`", c.Go, avgType(c), c.f.Name)
		}
	}
	w.p("}")
	w.p("// %sMinMaxAggregateOutput holds the minimums or maximums selected (nil: no", name)
	w.p("// non-NULL value).")
	w.p("type %sMinMaxAggregateOutput struct {", name)
	for _, c := range m.cols {
		if minMaxCol(c) {
			w.p("%s *%s `json:%q`", c.Go, c.typ, c.f.Name)
		}
	}
	w.p("}")
	w.p("// %sAggregateFields selects the aggregates of Aggregate and GroupBy.", name)
	w.p("type %sAggregateFields struct {", name)
	w.p("Count *%sCountAggregate", name)
	w.p("Sum *%sNumAggregate", name)
	w.p("Avg *%sNumAggregate", name)
	w.p("Min *%sMinMaxAggregate", name)
	w.p("Max *%sMinMaxAggregate", name)
	w.p("}")
	w.p("// %sAggregateResult holds the aggregates selected; the others stay zero.", name)
	w.p("type %sAggregateResult struct {", name)
	w.p("Count %sCountAggregateOutput `json:\"_count\"`", name)
	w.p("Sum %sSumAggregateOutput `json:\"_sum\"`", name)
	w.p("Avg %sAvgAggregateOutput `json:\"_avg\"`", name)
	w.p("Min %sMinMaxAggregateOutput `json:\"_min\"`", name)
	w.p("Max %sMinMaxAggregateOutput `json:\"_max\"`", name)
	w.p("}")
	w.p("func (a *%sAggregateFields) collect(r *%sAggregateResult, aggs []client.Agg, dst []any) ([]client.Agg, []any) {", name, name)
	for _, k := range []struct{ fld, fn string }{{"Count", "AggCount"}, {"Sum", "AggSum"}, {"Avg", "AggAvg"}, {"Min", "AggMin"}, {"Max", "AggMax"}} {
		var idxs []string
		if k.fld == "Count" {
			idxs = []string{"-1"}
		}
		for _, c := range m.cols {
			ok := true
			switch k.fld {
			case "Sum", "Avg":
				ok = numericCol(c)
			case "Min", "Max":
				ok = minMaxCol(c)
			}
			if ok {
				idxs = append(idxs, fmt.Sprint(c.idx))
			}
		}
		if len(idxs) == 0 {
			continue
		}
		w.p("if a.%s != nil { aggs, dst = client.Collect(aggs, dst, client.%s, []int{%s}, a.%s, &r.%s) }", k.fld, k.fn, strings.Join(idxs, ", "), k.fld, k.fld)
	}
	w.p("return aggs, dst")
	w.p("}")

	// Aggregate arguments.
	w.p("// %sAggregate are the arguments of Aggregate: the rows (as FindMany's)", name)
	w.p("// and the aggregates to compute over them.")
	w.p("type %sAggregate struct {", name)
	w.p("Where %sWhere", name)
	w.p("OrderBy []%sOrderBy", name)
	if len(m.uniques) > 0 {
		w.p("Cursor *%sWhereUnique", name)
	}
	w.p("Skip *int")
	w.p("Take *int")
	w.p("%sAggregateFields", name)
	w.p("}")

	// GroupBy arguments.
	w.p("// %sHaving filters the groups of GroupBy: per field, its grouped value or", name)
	w.p("// an aggregate of it (see client.Having).")
	w.p("type %sHaving struct {", name)
	w.p("AND []%sHaving", name)
	w.p("OR []%sHaving", name)
	w.p("NOT []%sHaving", name)
	for _, c := range m.cols {
		if minMaxCol(c) {
			w.p("%s client.Having[%s]", c.Go, c.typ)
		}
	}
	w.p("}")
	w.p("func (h *%sHaving) cond() client.Cond {", name)
	w.p("if h == nil { return nil }")
	w.p("var cs []client.Cond")
	w.p("for i := range h.AND { cs = client.Append(cs, h.AND[i].cond()) }")
	w.p("if h.OR != nil {")
	w.p("or := make([]client.Cond, len(h.OR))")
	w.p("for i := range h.OR { or[i] = h.OR[i].cond() }")
	w.p("cs = client.Append(cs, client.Or(or...))")
	w.p("}")
	w.p("if h.NOT != nil {")
	w.p("not := make([]client.Cond, len(h.NOT))")
	w.p("for i := range h.NOT { not[i] = h.NOT[i].cond() }")
	w.p("cs = client.Append(cs, client.Not(not...))")
	w.p("}")
	var idxs []int
	var hs []string
	for _, c := range m.cols {
		if minMaxCol(c) {
			idxs = append(idxs, c.idx)
			hs = append(hs, "&h."+c.Go)
		}
	}
	if len(hs) > 0 {
		w.p("cs = client.Havings(cs, %s, %s)", colsArg(idxs), strings.Join(hs, ", "))
	}
	w.p("return client.And(cs...)")
	w.p("}")
	w.p("// %sGroupByOrderBy orders groups: by grouped fields (the embedded", name)
	w.p("// %sOrderBy, whose relation fields are ignored) or by aggregates.", name)
	w.p("type %sGroupByOrderBy struct {", name)
	w.p("%sOrderBy", name)
	for _, k := range []string{"Count", "Sum", "Avg", "Min", "Max"} {
		w.p("%s *%sOrderBy", k, name)
	}
	w.p("}")
	w.p("func groupByOrder%s(os []%sGroupByOrderBy) []client.Order {", name, name)
	w.p("var out []client.Order")
	w.p("for i := range os {")
	w.p("o := &os[i]")
	w.p("out = client.AggOrders(out, o.%sOrderBy.orders(nil), o.Count.orders(nil), o.Sum.orders(nil), o.Avg.orders(nil), o.Min.orders(nil), o.Max.orders(nil))", name)
	w.p("}")
	w.p("return out")
	w.p("}")
	w.p("// %sGroupBy are the arguments of GroupBy.", name)
	w.p("type %sGroupBy struct {", name)
	w.p("By %sSelect // the fields to group by (at least one)", name)
	w.p("Where %sWhere", name)
	w.p("Having %sHaving", name)
	w.p("OrderBy []%sGroupByOrderBy", name)
	w.p("Skip *int")
	w.p("Take *int")
	w.p("%sAggregateFields", name)
	w.p("}")
	w.p("// %sGroupByOutput is one group of GroupBy: By holds the grouped fields' values", name)
	w.p("// (the other fields stay zero), the aggregates those selected.")
	w.p("type %sGroupByOutput struct {", name)
	w.p("By %s", name)
	w.p("%sAggregateResult", name)
	w.p("}")
}

// readMethods writes the Aggregate and GroupBy methods of the model's
// client.
func (g *generator) readMethods(w *writer, m *model) {
	name := m.Go
	meta := m.low + "Model"
	w.p("// Aggregate computes the selected aggregates over the rows args selects.")
	w.p("func (c *%sClient) Aggregate(ctx context.Context, args %sAggregate) (*%sAggregateResult, error) {", name, name, name)
	w.p("r := &%sAggregateResult{}", name)
	w.p("aggs, dst := args.collect(r, nil, nil)")
	w.p("q := client.AggQuery{Where: args.Where.cond(), OrderBy: orderBy%s(args.OrderBy), Skip: args.Skip, Take: args.Take, Aggs: aggs}", name)
	if len(m.uniques) > 0 {
		w.p("if args.Cursor != nil { q.Cursor = args.Cursor.unique().Cond }")
	}
	w.p("if err := client.Aggregate(ctx, c.e, %s, &q, dst); err != nil { return nil, err }", meta)
	w.p("return r, nil")
	w.p("}")
	w.p("// GroupBy groups the rows matching args.Where by args.By and returns each")
	w.p("// group with its selected aggregates.")
	w.p("func (c *%sClient) GroupBy(ctx context.Context, args %sGroupBy) ([]%sGroupByOutput, error) {", name, name, name)
	w.p("aggs, _ := args.collect(&%sAggregateResult{}, nil, nil)", name)
	w.p("q := client.GroupQuery{By: args.By.cols(), Where: args.Where.cond(), Having: args.Having.cond(), OrderBy: groupByOrder%s(args.OrderBy), Skip: args.Skip, Take: args.Take, Aggs: aggs}", name)
	w.p("out := []%sGroupByOutput{}", name)
	w.p("err := client.GroupBy[%s, *%sCodec](ctx, c.e, &q, func(dst []any) (*%s, []any) {", name, m.low, name)
	w.p("out = append(out, %sGroupByOutput{})", name)
	w.p("g := &out[len(out)-1]")
	w.p("_, dst = args.collect(&g.%sAggregateResult, nil, dst)", name)
	w.p("return &g.By, dst")
	w.p("})")
	w.p("if err != nil { return nil, err }")
	w.p("return out, nil")
	w.p("}")
}

// countCond is the generated condition that a relation is counted.
func countCond(r *rel) string {
	return fmt.Sprintf("s.%s || s.%sWhere != nil", r.Go, r.Go)
}
