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
	// appendFrom appends a copy of row i of src, a set of the same model
	// that is not chunked.
	appendFrom(src rowSet, i int)
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

// appendFrom appends a copy of row i of src, a set of the same model.
func (r *rows[M, C]) appendFrom(src rowSet, i int) {
	r.s = append(r.s, src.(*rows[M, C]).s[i])
}

// chunked is a rowSet in blocks: a small first one (the related rows of
// one parent are usually few), then blocks of chunkSize, each a rows made
// by proto.empty. Appending never moves a row; gather copies them once
// into one rows. It is not generic (its blocks are), so it is compiled
// once rather than for every model.
type chunked struct {
	proto  rowSet
	blocks []rowSet
	flat   rowSet // after reverse: all rows in one block
	n      int
}

const (
	firstChunk = 16
	chunkSize  = 256
)

// newChunked returns an empty chunked set of proto's model: for rows of
// unknown number that are gathered afterwards (the related rows of an
// include).
func newChunked(proto rowSet) *chunked { return &chunked{proto: proto} }

// loc returns the block holding row i and the row's index in it.
func (r *chunked) loc(i int) (rowSet, int) {
	switch {
	case r.flat != nil:
		return r.flat, i
	case i < firstChunk:
		return r.blocks[0], i
	}
	i -= firstChunk
	return r.blocks[1+i/chunkSize], i % chunkSize
}

func (r *chunked) model() *Model { return r.proto.model() }

func (r *chunked) len() int { return r.n }

// tail returns the block the next row goes to, counting that row.
func (r *chunked) tail() rowSet {
	var b rowSet
	switch {
	case r.flat != nil:
		b = r.flat
	case r.n == 0:
		b = r.proto.empty(firstChunk)
		r.blocks = append(r.blocks, b)
	case r.n >= firstChunk && (r.n-firstChunk)%chunkSize == 0:
		b = r.proto.empty(chunkSize)
		r.blocks = append(r.blocks, b)
	default:
		b = r.blocks[len(r.blocks)-1]
	}
	r.n++
	return b
}

func (r *chunked) add(dst []any) []any { return r.tail().add(dst) }

func (r *chunked) appendFrom(src rowSet, i int) { r.tail().appendFrom(src, i) }

func (r *chunked) targets(i int, dst []any) []any {
	b, j := r.loc(i)
	return b.targets(j, dst)
}

func (r *chunked) key(i, col int) any {
	b, j := r.loc(i)
	return b.key(j, col)
}

func (r *chunked) reverse() {
	idx := make([]int32, r.n)
	for i := range idx {
		idx[i] = int32(r.n - 1 - i)
	}
	r.flat, r.blocks = r.gather(idx), nil
}

func (r *chunked) empty(n int) rowSet { return r.proto.empty(n) }

func (r *chunked) gather(idx []int32) rowSet {
	out := r.proto.empty(len(idx))
	for _, i := range idx {
		b, j := r.loc(int(i))
		out.appendFrom(b, j)
	}
	return out
}

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

// oneRow holds the rowSet of a read or write of one row, allocated with
// room for that row: one allocation where a rows and its slice take two.
// The rows is a named field, not embedded: embedding would compile a
// wrapper of each of its methods for every model.
type oneRow[M any, C Codec[M]] struct {
	rows rows[M, C]
	buf  [1]M
}

func newOneRow[M any, C Codec[M]]() *oneRow[M, C] {
	o := &oneRow[M, C]{}
	o.rows.s = o.buf[:0]
	return o
}
