package client

// Type erasure.
//
// Every generated model struct is its own GC shape, so each generic
// function or method of this package is compiled again for every model
// (or every pair of models) that instantiates it. With hundreds of models
// that made the generated package take minutes to build. So the runtime's
// generic code is only thin adapters:
//
//   - rows[M, C] gives the rest of the runtime type-erased access to a []M
//     through the rowSet interface (a handful of one-line methods per
//     model);
//   - a setter hands a parent its related rows (one tiny method per
//     relation pair);
//   - the exported generic functions generated code calls (FindMany[M, C],
//     Create[M, C], ...) only wrap their result slice in a rows[M, C] and call
//     the shared, non-generic implementation.
//
// Statement building, both include strategies, grouping, JSON decoding,
// flat join rows, nested writes and the scanning loops are compiled once.

// rowSet is the runtime's access to a slice of rows of one model.
type rowSet interface {
	model() *Model
	len() int
	// add appends a zero row and appends its scan targets to dst.
	add(dst []any) []any
	// targets appends the scan targets of row i to dst.
	targets(i int, dst []any) []any
	// key is the value of column col of row i, nil for NULL.
	key(i, col int) any
	// reverse reverses the order of the rows.
	reverse()
	// empty returns a new set of the same model, with room for n rows.
	empty(n int) rowSet
	// gather returns a new set holding copies of the rows idx, in order.
	gather(idx []int32) rowSet
	// chunked returns an empty set of the same model that grows in
	// blocks, never copying the rows it holds: for rows of unknown number
	// that are gathered afterwards (the related rows of an include).
	chunked() rowSet
}

// rows is a rowSet over a []M, read and filled through the model's codec
// C (a zero-size type: calls to it need no codec value).
type rows[M any, C Codec[M]] struct {
	s []M
}

func (r *rows[M, C]) model() *Model {
	var c C
	return c.Model()
}

func (r *rows[M, C]) len() int { return len(r.s) }

func (r *rows[M, C]) add(dst []any) []any {
	var zero M
	var c C
	r.s = append(r.s, zero)
	return c.Scan(&r.s[len(r.s)-1], dst)
}

func (r *rows[M, C]) targets(i int, dst []any) []any {
	var c C
	return c.Scan(&r.s[i], dst)
}

func (r *rows[M, C]) key(i, col int) any {
	var c C
	return c.Key(&r.s[i], col)
}

func (r *rows[M, C]) empty(n int) rowSet {
	out := &rows[M, C]{}
	if n > 0 {
		out.s = make([]M, 0, n)
	}
	return out
}

func (r *rows[M, C]) reverse() {
	s := r.s
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func (r *rows[M, C]) gather(idx []int32) rowSet {
	out := &rows[M, C]{s: make([]M, len(idx))}
	for j, i := range idx {
		out.s[j] = r.s[i]
	}
	return out
}

func (r *rows[M, C]) chunked() rowSet { return &chunkRows[M, C]{} }

// chunkRows is a rowSet in blocks: a small first one (the related rows of
// one parent are usually few), then blocks of chunkSize. Appending never
// moves a row; gather copies them once into a rows.
type chunkRows[M any, C Codec[M]] struct {
	first []M
	rest  [][]M
	n     int
}

const (
	firstChunk = 16
	chunkSize  = 256
)

func (r *chunkRows[M, C]) at(i int) *M {
	if i < firstChunk {
		return &r.first[i]
	}
	i -= firstChunk
	return &r.rest[i/chunkSize][i%chunkSize]
}

func (r *chunkRows[M, C]) model() *Model {
	var c C
	return c.Model()
}

func (r *chunkRows[M, C]) len() int { return r.n }

func (r *chunkRows[M, C]) add(dst []any) []any {
	var c C
	var m *M
	switch {
	case r.n < firstChunk:
		if r.first == nil {
			r.first = make([]M, 0, firstChunk)
		}
		r.first = r.first[:r.n+1]
		m = &r.first[r.n]
	default:
		i := (r.n - firstChunk) % chunkSize
		if i == 0 {
			r.rest = append(r.rest, make([]M, chunkSize))
		}
		m = &r.rest[len(r.rest)-1][i]
	}
	r.n++
	return c.Scan(m, dst)
}

func (r *chunkRows[M, C]) targets(i int, dst []any) []any {
	var c C
	return c.Scan(r.at(i), dst)
}

func (r *chunkRows[M, C]) key(i, col int) any {
	var c C
	return c.Key(r.at(i), col)
}

func (r *chunkRows[M, C]) reverse() {
	for i, j := 0, r.n-1; i < j; i, j = i+1, j-1 {
		a, b := r.at(i), r.at(j)
		*a, *b = *b, *a
	}
}

func (r *chunkRows[M, C]) empty(n int) rowSet {
	out := &rows[M, C]{}
	if n > 0 {
		out.s = make([]M, 0, n)
	}
	return out
}

func (r *chunkRows[M, C]) gather(idx []int32) rowSet {
	out := &rows[M, C]{s: make([]M, len(idx))}
	for j, i := range idx {
		out.s[j] = *r.at(int(i))
	}
	return out
}

func (r *chunkRows[M, C]) chunked() rowSet { return &chunkRows[M, C]{} }

// setter hands parent p its related rows: children rows lo to hi, or for
// a to-one relation row lo (nil when lo == hi). dup says the window is
// shared with another parent: a to-many relation gets a copy.
type setter interface {
	set(parents rowSet, p int, children rowSet, lo, hi int, dup bool)
}

// manySetter and oneSetter are the setters of the generated closures
// (pointer receivers only: a value receiver would add a wrapper per
// relation pair).
type manySetter[M any, PC Codec[M], C any, CC Codec[C]] struct{ f func(*M, []C) }

type oneSetter[M any, PC Codec[M], C any, CC Codec[C]] struct{ f func(*M, *C) }

func (x *manySetter[M, PC, C, CC]) set(parents rowSet, p int, children rowSet, lo, hi int, dup bool) {
	m := &parents.(*rows[M, PC]).s[p]
	if lo == hi {
		x.f(m, []C{})
		return
	}
	s := children.(*rows[C, CC]).s[lo:hi:hi]
	if dup {
		s = append([]C(nil), s...)
	}
	x.f(m, s)
}

func (x *oneSetter[M, PC, C, CC]) set(parents rowSet, p int, children rowSet, lo, hi int, _ bool) {
	m := &parents.(*rows[M, PC]).s[p]
	if lo == hi {
		x.f(m, nil)
		return
	}
	x.f(m, &children.(*rows[C, CC]).s[lo])
}

// oneRow is the rowSet of a read or write of one row, allocated with room
// for that row: one allocation where a rows and its slice take two.
type oneRow[M any, C Codec[M]] struct {
	rows[M, C]
	buf [1]M
}

func newOneRow[M any, C Codec[M]]() *oneRow[M, C] {
	o := &oneRow[M, C]{}
	o.s = o.buf[:0]
	return o
}
