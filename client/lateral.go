package client

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
)

// RelationLoadStrategy is how a read loads its includes, as Prisma's
// relationLoadStrategy.
type RelationLoadStrategy uint8

// Relation load strategies.
const (
	// DefaultLoad is the client's default: Join for the reads of one row
	// (findUnique, findFirst), Queries for findMany, the faster of the
	// two on each (see BENCHMARKS.md).
	DefaultLoad RelationLoadStrategy = iota
	// Join reads the parents and their included relations in one
	// statement: each relation is a LEFT JOIN LATERAL subquery that
	// aggregates the related rows into JSON (json_agg of arrays of the
	// columns as text), which the runtime decodes with pgx's text
	// decoders, without encoding/json.
	Join
	// Queries reads the parents, then each included relation with one
	// more statement for all parents (the related rows joined with unnest
	// of the parents' keys).
	Queries
)

// FindUniqueQuery returns the row matching the unique condition q.Where
// (nil when there is none, or ErrNotFound with orThrow), reading q's
// select and includes with its relation load strategy.
func FindUniqueQuery[M any, C Codec[M]](ctx context.Context, e *Engine, q *Query[M], orThrow bool) (*M, error) {
	out := newOneRow[M, C]()
	eq := eraseQuery(q)
	if err := findUnique(ctx, e, &eq, &out.rows, orThrow); err != nil || len(out.rows.s) == 0 {
		return nil, err
	}
	return &out.rows.s[0], nil
}

// findUnique reads the row of the unique q.where into out, with q's
// select and includes (q's other fields are cleared).
func findUnique(ctx context.Context, e *Engine, q *query, out rowSet, orThrow bool) error {
	m := out.model()
	name := "findUnique"
	if orThrow {
		name = "findUniqueOrThrow"
	}
	if q.where == nil {
		return fmt.Errorf("%s.%s: %w", m.Name, name, ErrNoUnique)
	}
	q.readSpec = readSpec{where: q.where, sel: q.sel}
	err := findOne(ctx, e, q, out, name)
	if err == nil && out.len() == 0 && orThrow {
		return &NotFound{Model: m.Name, Operation: name}
	}
	return err
}

// runReads runs a read of parents with its includes: with the Join
// strategy, the joinable includes are LATERAL subqueries of the one
// statement and the others (and the includes of included rows) are loaded
// after it; else as e.run.
func runReads(ctx context.Context, e *Engine, q *query, out rowSet, m *Model, name string, b *builder, scan func(pgx.Rows) (int64, error), after func(querier) error) error {
	strategy := q.strategy
	if strategy == DefaultLoad {
		strategy = e.opts.load
	}
	if strategy == DefaultLoad {
		// Measured (BENCHMARKS.md): one statement halves the time of a
		// one-row read with includes, while for many parents one statement
		// per relation beats a LATERAL aggregate per parent.
		strategy = Queries
		if name != "findMany" {
			strategy = Join
		}
	}
	if strategy != Join || len(q.incs) == 0 || q.take != nil && *q.take < 0 {
		return e.run(ctx, m, name, b, scan, after)
	}
	var joined []*include
	var rest []loader
	for _, in := range q.incs {
		if j, ok := in.(*include); ok && j.joinable(m) {
			joined = append(joined, j)
		} else {
			rest = append(rest, in)
		}
	}
	if len(joined) == 0 {
		return e.run(ctx, m, name, b, scan, after)
	}
	if name != "findMany" && len(joined) == 1 && len(rest) == 0 && joined[0].flat() {
		return runFlat(ctx, e, &flatInclude{in: joined[0]}, out, m, name, b, scan)
	}
	inner := b.sb.String()
	b.sb.Reset()
	b.sb.WriteString("SELECT t0.*")
	aliases := make([]string, len(joined))
	for i := range joined {
		aliases[i] = b.alias()
		b.sb.WriteString(", " + aliases[i] + ".d")
	}
	b.sb.WriteString(" FROM (" + inner + ") t0")
	for i, j := range joined {
		j.lateral(b, m, "t0", aliases[i])
	}
	data := make([][][]byte, len(joined))
	var tm *pgtype.Map
	return e.withConn(ctx, func(qr querier) error {
		err := e.query(ctx, qr, op{m, name}, b.sb.String(), b.args, func(r pgx.Rows) (int64, error) {
			if c := r.Conn(); c != nil {
				tm = c.TypeMap()
			}
			jr := &joinRows{Rows: r, holders: make([][]byte, len(joined)), data: data}
			return scan(jr)
		})
		if err != nil {
			return err
		}
		if tm == nil {
			return fmt.Errorf("%s.%s: no connection type map", m.Name, name)
		}
		for i, j := range joined {
			if len(data[i]) != out.len() {
				return fmt.Errorf("%s.%s: %d rows but %d relation values", m.Name, name, out.len(), len(data[i]))
			}
			if err := j.attachJSON(ctx, e, qr, tm, out, data[i]); err != nil {
				return err
			}
		}
		return loadIncludes(ctx, e, qr, out, rest)
	})
}

// joinRows adds the relation columns to each Scan of the parent columns
// and keeps their JSON, row by row.
type joinRows struct {
	pgx.Rows
	holders [][]byte
	buf     []any
	data    [][][]byte
}

func (r *joinRows) Scan(dest ...any) error {
	r.buf = append(r.buf[:0], dest...)
	for i := range r.holders {
		r.holders[i] = nil
		r.buf = append(r.buf, &r.holders[i])
	}
	if err := r.Rows.Scan(r.buf...); err != nil {
		return err
	}
	for i, h := range r.holders {
		r.data[i] = append(r.data[i], h)
	}
	return nil
}

func (in *include) joinable(pm *Model) bool {
	if in.q.sel != nil || in.q.distinct != nil || in.q.cursor != nil {
		return false // read by relLoad, one statement per level
	}
	for _, c := range in.rel.From {
		if pm.Columns[c].Type == TDecimal {
			return false // selected as text: it would not compare with the target's NUMERIC
		}
	}
	return true
}

// lateral writes LEFT JOIN LATERAL (SELECT json_agg(...) AS d FROM (the
// related rows of the parent) c) AS as ON true.
func (in *include) lateral(b *builder, pm *Model, parent, as string) {
	cm := in.proto.model()
	r := in.rel
	c := b.alias()
	// A text array rather than json_build_array: a function takes at
	// most 100 arguments, and a model may have more columns.
	b.sb.WriteString(" LEFT JOIN LATERAL (SELECT json_agg(ARRAY[")
	for i := range cm.Columns {
		if i > 0 {
			b.sb.WriteString(", ")
		}
		b.sb.WriteString(cm.readExpr(i, c+"."+cm.quotedCols[i]) + "::text")
	}
	b.sb.WriteString("]")
	// The inner ORDER BY with LIMIT picks the rows; json_agg's keeps them
	// in that order.
	orderCols := func(alias string) {
		writeOrder(b, cm, alias, in.q.order)
	}
	orderCols(c)
	b.sb.WriteString(") AS d FROM (SELECT " + c + ".* FROM " + cm.table + " " + c)
	if r.JoinTable != "" {
		jt := b.alias()
		b.sb.WriteString(" JOIN " + qualify(r.JoinSchema, r.JoinTable) + " " + jt + " ON " + jt + "." + quoteIdent(r.JoinTo) + " = " + c + "." + cm.quotedCols[r.To[0]])
		b.sb.WriteString(" WHERE " + jt + "." + quoteIdent(r.JoinFrom) + " = " + parent + "." + pm.quotedCols[r.From[0]])
	} else {
		b.sb.WriteString(" WHERE ")
		for k := range r.From {
			if k > 0 {
				b.sb.WriteString(" AND ")
			}
			b.sb.WriteString(c + "." + cm.quotedCols[r.To[k]] + " = " + parent + "." + pm.quotedCols[r.From[k]])
		}
	}
	if in.q.where != nil {
		b.sb.WriteString(" AND (")
		in.q.where.writeCond(b, cm, c)
		b.sb.WriteString(")")
	}
	orderCols(c)
	if in.one && in.q.take == nil {
		one := 1
		writeLimit(b, in.q.skip, &one)
	} else {
		writeLimit(b, in.q.skip, in.q.take)
	}
	b.sb.WriteString(") " + c + ") " + as + " ON true")
}

// attachJSON decodes each parent's relation JSON into related rows and
// hands them to the parent; the includes of the related rows are loaded
// after, one statement per relation for all of them.
func (in *include) attachJSON(ctx context.Context, e *Engine, qr querier, tm *pgtype.Map, parents rowSet, data [][]byte) error {
	cm := in.proto.model()
	if in.q.skip != nil && *in.q.skip < 0 || in.q.take != nil && *in.q.take < 0 {
		return fmt.Errorf("%s include: skip and take must not be negative", in.rel.Field)
	}
	// Count the rows first so that every parent's slice is a window of one
	// buffer.
	total := 0
	for _, d := range data {
		total += countRows(d)
	}
	children := in.proto.empty(total)
	fds := textFields(cm)
	dst := make([]any, 0, len(cm.Columns))
	var plan *planEntry
	var scratch []byte
	offs := make([]int, len(data)+1)
	n := 0
	for p, d := range data {
		offs[p] = n
		if len(d) == 0 {
			continue
		}
		dec := jsonRows{src: d}
		for {
			ok, err := dec.nextRow()
			if err != nil {
				return fmt.Errorf("%s include: %w", in.rel.Field, err)
			}
			if !ok {
				break
			}
			if n >= total {
				return fmt.Errorf("%s include: more rows than counted", in.rel.Field)
			}
			dst = children.add(dst[:0])
			if plan == nil {
				plan = e.plans.lookup(tm, fds, dst)
			}
			for i := range dst {
				var v []byte
				var null bool
				v, null, scratch, err = dec.nextText(scratch)
				if err != nil {
					return fmt.Errorf("%s include: %w", in.rel.Field, err)
				}
				if null {
					v = nil
				} else if v == nil {
					v = []byte{}
				}
				if err := plan.plans[i].Scan(v, dst[i]); err != nil {
					return fmt.Errorf("%s include: column %s: %w", in.rel.Field, cm.Columns[i].Name, err)
				}
			}
			if err := dec.endRow(); err != nil {
				return fmt.Errorf("%s include: %w", in.rel.Field, err)
			}
			n++
		}
	}
	offs[len(data)] = n
	if err := loadIncludes(ctx, e, qr, children, in.q.incs); err != nil {
		return err
	}
	for p := range data {
		in.set.set(parents, p, children, offs[p], offs[p+1], false)
	}
	return nil
}

// textFields describes the columns of m as the texts the JSON arrays
// hold, with the type whose text decoder pgx should use.
func textFields(m *Model) []pgconn.FieldDescription {
	fds := make([]pgconn.FieldDescription, len(m.Columns))
	for i, c := range m.Columns {
		fds[i] = pgconn.FieldDescription{Name: c.Name, DataTypeOID: textOID(&c), Format: pgtype.TextFormatCode}
	}
	return fds
}

func textOID(c *Column) uint32 {
	var oid, arr uint32
	switch c.Type {
	case TBoolean:
		oid, arr = pgtype.BoolOID, pgtype.BoolArrayOID
	case TInt, TBigInt:
		oid, arr = pgtype.Int8OID, pgtype.Int8ArrayOID
	case TFloat:
		oid, arr = pgtype.Float8OID, pgtype.Float8ArrayOID
	case TDateTime:
		t := strings.ToUpper(c.DBType)
		switch {
		case readKindOf(c) == readTimetz:
			// Read as the UTC time on 1970-01-01 (readExpr).
			oid, arr = pgtype.TimestampOID, pgtype.TimestampArrayOID
		case strings.HasPrefix(t, "TIMESTAMPTZ"), strings.Contains(t, "WITH TIME ZONE") && strings.HasPrefix(t, "TIMESTAMP"):
			oid, arr = pgtype.TimestamptzOID, pgtype.TimestamptzArrayOID
		case strings.HasPrefix(t, "TIMESTAMP"):
			oid, arr = pgtype.TimestampOID, pgtype.TimestampArrayOID
		case strings.HasPrefix(t, "DATE"):
			oid, arr = pgtype.DateOID, pgtype.DateArrayOID
		case strings.HasPrefix(t, "TIME"):
			oid, arr = pgtype.TimeOID, pgtype.TimeArrayOID
		default:
			oid, arr = pgtype.TimestampOID, pgtype.TimestampArrayOID
		}
	case TJSON:
		oid, arr = pgtype.JSONBOID, pgtype.JSONBArrayOID
	case TBytes:
		oid, arr = pgtype.ByteaOID, pgtype.ByteaArrayOID
	default: // strings, enums, decimals
		oid, arr = pgtype.TextOID, pgtype.TextArrayOID
	}
	if c.List {
		return arr
	}
	return oid
}

// countRows counts the top-level elements of a JSON array of arrays.
func countRows(d []byte) int {
	n, depth, inStr := 0, 0, false
	for i := 0; i < len(d); i++ {
		ch := d[i]
		if inStr {
			switch ch {
			case '\\':
				i++
			case '"':
				inStr = false
			}
			continue
		}
		switch ch {
		case '"':
			inStr = true
		case '[':
			depth++
			if depth == 2 {
				n++
			}
		case ']':
			depth--
		}
	}
	return n
}

// jsonRows reads PostgreSQL's json_agg of text-array rows whose
// elements are all text or null: [["a", null, ...], ...].
type jsonRows struct {
	src     []byte
	i       int
	started bool
	first   bool // before the first element of the current row
}

func (d *jsonRows) skipSpace() {
	for d.i < len(d.src) {
		switch d.src[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *jsonRows) expect(ch byte) error {
	d.skipSpace()
	if d.i >= len(d.src) || d.src[d.i] != ch {
		return fmt.Errorf("relation JSON: want %q at offset %d", ch, d.i)
	}
	d.i++
	return nil
}

// nextRow moves into the next row; false at the end of the array.
func (d *jsonRows) nextRow() (bool, error) {
	if !d.started {
		d.started = true
		if err := d.expect('['); err != nil {
			return false, err
		}
		d.skipSpace()
		if d.i < len(d.src) && d.src[d.i] == ']' {
			d.i++
			return false, nil
		}
	} else {
		d.skipSpace()
		if d.i >= len(d.src) {
			return false, fmt.Errorf("relation JSON: unexpected end")
		}
		if d.src[d.i] == ']' {
			d.i++
			return false, nil
		}
		if err := d.expect(','); err != nil {
			return false, err
		}
	}
	if err := d.expect('['); err != nil {
		return false, err
	}
	d.first = true
	return true, nil
}

func (d *jsonRows) endRow() error { return d.expect(']') }

// nextText returns the next element of the row: its text (a window of the
// source, or of scratch when it had escapes) or null.
func (d *jsonRows) nextText(scratch []byte) (v []byte, null bool, _ []byte, err error) {
	if !d.first {
		if err := d.expect(','); err != nil {
			return nil, false, scratch, err
		}
	}
	d.first = false
	d.skipSpace()
	if d.i+4 <= len(d.src) && string(d.src[d.i:d.i+4]) == "null" {
		d.i += 4
		return nil, true, scratch, nil
	}
	if d.i >= len(d.src) || d.src[d.i] != '"' {
		return nil, false, scratch, fmt.Errorf("relation JSON: want a string at offset %d", d.i)
	}
	d.i++
	start := d.i
	for d.i < len(d.src) {
		switch d.src[d.i] {
		case '"':
			v = d.src[start:d.i]
			d.i++
			return v, false, scratch, nil
		case '\\':
			return d.unescape(start, scratch[:0])
		}
		d.i++
	}
	return nil, false, scratch, fmt.Errorf("relation JSON: unterminated string")
}

func (d *jsonRows) unescape(start int, out []byte) ([]byte, bool, []byte, error) {
	out = append(out, d.src[start:d.i]...)
	for d.i < len(d.src) {
		ch := d.src[d.i]
		switch ch {
		case '"':
			d.i++
			return out, false, out, nil
		case '\\':
			if d.i+1 >= len(d.src) {
				return nil, false, out, fmt.Errorf("relation JSON: bad escape")
			}
			e := d.src[d.i+1]
			d.i += 2
			switch e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r, ok := d.hex4()
				if !ok {
					return nil, false, out, fmt.Errorf("relation JSON: bad \\u escape")
				}
				if r >= 0xD800 && r < 0xDC00 && d.i+1 < len(d.src) && d.src[d.i] == '\\' && d.src[d.i+1] == 'u' {
					d.i += 2
					lo, ok := d.hex4()
					if !ok {
						return nil, false, out, fmt.Errorf("relation JSON: bad \\u escape")
					}
					r = (r-0xD800)<<10 + (lo - 0xDC00) + 0x10000
				}
				out = utf8.AppendRune(out, r)
			default:
				return nil, false, out, fmt.Errorf("relation JSON: bad escape \\%c", e)
			}
		default:
			out = append(out, ch)
			d.i++
		}
	}
	return nil, false, out, fmt.Errorf("relation JSON: unterminated string")
}

func (d *jsonRows) hex4() (rune, bool) {
	if d.i+4 > len(d.src) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(d.src[d.i:d.i+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	d.i += 4
	return rune(v), true
}

// One parent, one include without includes of its own: the related rows
// come as rows of a plain LEFT JOIN (the parent's columns repeated), as
// hand-written code reads them, decoded in binary with no JSON.

func (in *include) flat() bool {
	if len(in.q.incs) > 0 {
		return false
	}
	for _, o := range in.q.order {
		if o.Expr != nil {
			return false
		}
	}
	return true
}

// flatInclude is the include of runFlat and the related rows it reads.
type flatInclude struct {
	in       *include
	children rowSet
}

// lateral writes the related rows' columns (after a presence marker) and
// the LEFT JOIN LATERAL that reads them.
func (f *flatInclude) lateral(b *builder, pm *Model, parent, as string) string {
	in := f.in
	cm := in.proto.model()
	r := in.rel
	c := b.alias()
	var cols strings.Builder
	cols.WriteString(as + ".__strata_p")
	for i := range cm.Columns {
		cols.WriteString(", ")
		cm.readCol(&cols, as, i)
	}
	b.sb.WriteString(" LEFT JOIN LATERAL (SELECT true AS __strata_p, " + c + ".* FROM " + cm.table + " " + c)
	if r.JoinTable != "" {
		jt := b.alias()
		b.sb.WriteString(" JOIN " + qualify(r.JoinSchema, r.JoinTable) + " " + jt + " ON " + jt + "." + quoteIdent(r.JoinTo) + " = " + c + "." + cm.quotedCols[r.To[0]])
		b.sb.WriteString(" WHERE " + jt + "." + quoteIdent(r.JoinFrom) + " = " + parent + "." + pm.quotedCols[r.From[0]])
	} else {
		b.sb.WriteString(" WHERE ")
		for k := range r.From {
			if k > 0 {
				b.sb.WriteString(" AND ")
			}
			b.sb.WriteString(c + "." + cm.quotedCols[r.To[k]] + " = " + parent + "." + pm.quotedCols[r.From[k]])
		}
	}
	if in.q.where != nil {
		b.sb.WriteString(" AND (")
		in.q.where.writeCond(b, cm, c)
		b.sb.WriteString(")")
	}
	writeOrder(b, cm, c, in.q.order)
	if in.one && in.q.take == nil {
		one := 1
		writeLimit(b, in.q.skip, &one)
	} else {
		writeLimit(b, in.q.skip, in.q.take)
		if in.q.take == nil && (in.q.skip == nil || *in.q.skip <= 0) {
			// Keeps the subquery a parameterized scan per parent row:
			// pulled up into the join, PostgreSQL's generic plan hashes
			// the parent and scans every related row.
			b.sb.WriteString(" OFFSET 0")
		}
	}
	b.sb.WriteString(") " + as + " ON true")
	if len(in.q.order) > 0 {
		// Keep the related rows in their order through the join.
		b.sb.WriteString(" ORDER BY ")
		n := 0
		for _, o := range in.q.order {
			sq := o.Sort.sql()
			if sq == "" || o.Expr != nil {
				continue
			}
			if n > 0 {
				b.sb.WriteString(", ")
			}
			n++
			b.sb.WriteString(as + "." + cm.quotedCols[o.Col] + sq)
		}
		if n == 0 {
			b.sb.WriteString("1")
		}
	}
	return cols.String()
}

// scanChild returns the destinations of a new related row.
func (f *flatInclude) scanChild(dst []any) []any {
	if f.children == nil {
		f.children = f.in.proto.empty(0)
	}
	return f.children.add(dst)
}

func (f *flatInclude) attach(parents rowSet) {
	children := f.children
	if children == nil {
		children = f.in.proto
	}
	n := children.len()
	for p := 0; p < parents.len(); p++ {
		f.in.set.set(parents, p, children, 0, n, p > 0)
	}
}

// runFlat reads one parent and its related rows with one LEFT JOIN.
func runFlat(ctx context.Context, e *Engine, f *flatInclude, out rowSet, m *Model, name string, b *builder, scan func(pgx.Rows) (int64, error)) error {
	inner := b.sb.String()
	b.sb.Reset()
	var tail builder
	tail.args = b.args
	tail.aliasN = b.aliasN
	cols := f.lateral(&tail, m, "t0", "j")
	b.sb.WriteString("SELECT t0.*, " + cols + " FROM (" + inner + ") t0")
	b.sb.WriteString(tail.sb.String())
	b.args, b.aliasN = tail.args, tail.aliasN
	return e.withConn(ctx, func(qr querier) error {
		var fr *flatRows
		err := e.query(ctx, qr, op{m, name}, b.sb.String(), b.args, func(r pgx.Rows) (int64, error) {
			fr = &flatRows{Rows: r, f: f}
			n, err := scan(fr)
			if err == nil {
				err = fr.err
			}
			return n, err
		})
		if err != nil {
			return err
		}
		f.attach(out)
		return nil
	})
}

// flatRows shows the caller one row (the parent) and reads the related
// columns of every row of the join.
type flatRows struct {
	pgx.Rows
	f    *flatInclude
	n    int
	nPar int
	buf  []any
	err  error
}

func (r *flatRows) Next() bool {
	r.n++
	if r.n == 1 {
		return r.Rows.Next()
	}
	if r.n == 2 {
		// The rest of the rows: only their related columns.
		for r.Rows.Next() {
			if err := r.scanRelated(); err != nil {
				return false
			}
		}
	}
	return false
}

func (r *flatRows) Scan(dest ...any) error {
	r.nPar = len(dest)
	r.buf = append(r.buf[:0], dest...)
	return r.scanRow()
}

func (r *flatRows) scanRelated() error {
	for i := range r.buf[:r.nPar] {
		r.buf[i] = nil
	}
	return r.scanRow()
}

// scanRow scans r.buf (the parent's destinations, or nils) and the
// related row, when the marker says there is one.
func (r *flatRows) scanRow() error {
	raw := r.Rows.RawValues()
	r.buf = r.buf[:r.nPar]
	r.buf = append(r.buf, nil) // the marker
	if r.nPar < len(raw) && raw[r.nPar] != nil {
		r.buf = r.f.scanChild(r.buf)
	} else {
		for len(r.buf) < len(raw) {
			r.buf = append(r.buf, nil)
		}
	}
	err := r.Rows.Scan(r.buf...)
	if err != nil {
		r.err = err
	}
	return err
}
