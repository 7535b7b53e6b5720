package client

// writeCursor writes the condition of cursor pagination: the cursor row
// exists, and the row is the cursor row or comes after it in order (which
// withKey made total). The cursor row's values are read by subqueries,
// which PostgreSQL runs once each. NULLs sort as the order says
// (PostgreSQL's default: last when ascending, first when descending).
func writeCursor(b *builder, m *Model, alias string, cursor Cond, order []Order) {
	var os []Order
	for _, o := range order {
		if o.Sort.sql() != "" {
			os = append(os, o)
		}
	}
	cur := func() string {
		c := b.alias()
		b.sb.WriteString("SELECT ")
		return c
	}
	// EXISTS (SELECT 1 FROM t c WHERE cursor)
	b.sb.WriteString("EXISTS (")
	c := cur()
	b.sb.WriteString("1 FROM " + m.table + " " + c + " WHERE ")
	cursor.writeCond(b, m, c)
	b.sb.WriteString(")")
	if len(os) == 0 {
		return
	}
	// value writes the cursor row's value of order o.
	value := func(o Order) {
		b.sb.WriteString("(")
		c := cur()
		b.sb.WriteString(orderExpr(b, m, c, o) + " FROM " + m.table + " " + c + " WHERE ")
		cursor.writeCond(b, m, c)
		b.sb.WriteString(")")
	}
	nullable := func(o Order) bool {
		if o.Expr != nil {
			return o.Expr.Count == nil || len(o.Expr.Path) > 0
		}
		return m.Columns[o.Col].Nullable
	}
	eq := func(o Order) {
		b.sb.WriteString(orderExpr(b, m, alias, o))
		if nullable(o) {
			b.sb.WriteString(" IS NOT DISTINCT FROM ")
		} else {
			b.sb.WriteString(" = ")
		}
		value(o)
	}
	after := func(o Order) {
		desc := o.Sort == Desc || o.Sort == DescNullsFirst || o.Sort == DescNullsLast
		nullsLast := o.Sort == Asc || o.Sort == AscNullsLast || o.Sort == DescNullsLast
		col := orderExpr(b, m, alias, o)
		b.sb.WriteString("(" + col)
		if desc {
			b.sb.WriteString(" < ")
		} else {
			b.sb.WriteString(" > ")
		}
		value(o)
		if nullable(o) {
			// NULLs come after every value (nulls last) or before them.
			if nullsLast {
				b.sb.WriteString(" OR (" + col + " IS NULL AND ")
				value(o)
				b.sb.WriteString(" IS NOT NULL)")
			} else {
				b.sb.WriteString(" OR (" + col + " IS NOT NULL AND ")
				value(o)
				b.sb.WriteString(" IS NULL)")
			}
		}
		b.sb.WriteString(")")
	}
	b.sb.WriteString(" AND (")
	for i := range os {
		if i > 0 {
			b.sb.WriteString(" OR ")
		}
		b.sb.WriteString("(")
		for j := 0; j < i; j++ {
			eq(os[j])
			b.sb.WriteString(" AND ")
		}
		after(os[i])
		b.sb.WriteString(")")
	}
	b.sb.WriteString(" OR (")
	for j := range os {
		if j > 0 {
			b.sb.WriteString(" AND ")
		}
		eq(os[j])
	}
	b.sb.WriteString("))")
}
