package client

// ListFilter is the filter of a scalar list field (String[], Int[], an
// enum list, ...), as Prisma's: Has (the list contains the value),
// HasEvery (it contains every value), HasSome (at least one), IsEmpty
// (true: the list has no elements; false: it has some) and Equals (the
// same elements in the same order; a nil slice is unset, []T{} is the
// empty list). A NULL list matches none of them. Set members combine with
// AND.
type ListFilter[T any] struct {
	Has      *T
	HasEvery []T
	HasSome  []T
	IsEmpty  *bool
	Equals   []T
}

func (f *ListFilter[T]) empty() bool {
	return f.Has == nil && f.HasEvery == nil && f.HasSome == nil && f.IsEmpty == nil && f.Equals == nil
}

// listCast is the cast of an array parameter compared with list column c.
func listCast(c *Column) string {
	if c.Type == TEnum {
		return "::text[]::" + c.DBType + "[]"
	}
	return "::" + c.DBType + "[]"
}

func (f *ListFilter[T]) write(b *builder, col string, c *Column) {
	n := 0
	sep := func() {
		if n > 0 {
			b.sb.WriteString(" AND ")
		}
		n++
	}
	arr := func(op string, vs []T) {
		if vs == nil {
			return
		}
		sep()
		b.sb.WriteString(col + op + b.arg(encodeList(c, vs)) + listCast(c))
	}
	if f.Has != nil {
		sep()
		b.sb.WriteString(col + " @> " + b.arg(encodeList(c, []T{*f.Has})) + listCast(c))
	}
	arr(" @> ", f.HasEvery)
	arr(" && ", f.HasSome)
	if f.IsEmpty != nil {
		sep()
		if *f.IsEmpty {
			b.sb.WriteString("cardinality(" + col + ") = 0")
		} else {
			b.sb.WriteString("cardinality(" + col + ") > 0")
		}
	}
	arr(" = ", f.Equals)
}
