package client

import (
	"context"
	"database/sql/driver"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// Decimal is a Prisma Decimal: the number's exact text ("12.50"), so no
// precision is lost on the way to and from NUMERIC columns. Convert with
// strconv or a decimal library of your choice.
type Decimal string

// String returns the number's text.
func (d Decimal) String() string { return string(d) }

// Value implements driver.Valuer: the text, which PostgreSQL parses.
func (d Decimal) Value() (driver.Value, error) { return string(d), nil }

// Scan implements sql.Scanner.
func (d *Decimal) Scan(src any) error {
	switch x := src.(type) {
	case string:
		*d = Decimal(x)
	case []byte:
		*d = Decimal(x)
	case float64:
		*d = Decimal(strconv.FormatFloat(x, 'f', -1, 64))
	case int64:
		*d = Decimal(strconv.FormatInt(x, 10))
	case nil:
		*d = ""
	default:
		return fmt.Errorf("client: cannot scan %T into a Decimal", src)
	}
	return nil
}

// EnumStrings converts a list of enum values for a statement parameter.
func EnumStrings[E ~string](vs []E) []string {
	if vs == nil {
		return nil
	}
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// Insert is the column values of one row to create. Generated code fills
// it from the typed create input; the runtime adds the client-side
// defaults.
type Insert struct {
	cols   []int
	vals   []any
	nested []*Nested // nested writes through relations (nested.go)
}

// NewInsert returns an Insert with room for n columns (generated code
// passes the model's column count, defaults included), so setting fields
// never regrows its slices.
func NewInsert(n int) *Insert {
	return &Insert{cols: make([]int, 0, n), vals: make([]any, 0, n)}
}

// NewInserts returns n empty Inserts with room for k columns each, for
// the rows of a createMany: three allocations whatever n is, where n
// calls of NewInsert would make 3n.
func NewInserts(n, k int) []Insert {
	rows := make([]Insert, n)
	cols := make([]int, n*k)
	vals := make([]any, n*k)
	for i := range rows {
		// Full slice expressions: a row that outgrew k would reallocate
		// rather than write into the next row's columns.
		rows[i].cols = cols[i*k : i*k : (i+1)*k]
		rows[i].vals = vals[i*k : i*k : (i+1)*k]
	}
	return rows
}

// Set sets column col to v.
func (in *Insert) Set(col int, v any) {
	if t, ok := v.(time.Time); ok {
		v = t.UTC()
	}
	in.set(col, v)
}

// set sets column col to v as given.
func (in *Insert) set(col int, v any) {
	for i, c := range in.cols {
		if c == col {
			in.vals[i] = v
			return
		}
	}
	in.cols = append(in.cols, col)
	in.vals = append(in.vals, v)
}

func (in *Insert) has(col int) bool {
	for _, c := range in.cols {
		if c == col {
			return true
		}
	}
	return false
}

func (in *Insert) get(col int) (any, bool) {
	for i, c := range in.cols {
		if c == col {
			return in.vals[i], true
		}
	}
	return nil, false
}

// now is the request time: Prisma's now() and @updatedAt, in milliseconds.
func now() time.Time { return time.Now().UTC().Truncate(time.Millisecond) }

// fillDefaults adds the values Prisma's client generates: ids from
// cuid(), uuid(), nanoid(), ulid(), and now() / @updatedAt. t is the
// request time from now(), an interface value so that a batch's rows
// share one boxed time.
func fillDefaults(m *Model, in *Insert, t any) error {
	for i := range m.Columns {
		c := &m.Columns[i]
		if (c.Default == NoDefault && !c.UpdatedAt) || in.has(i) {
			continue
		}
		if c.UpdatedAt || c.Default == DefaultNow {
			in.set(i, t)
			continue
		}
		v, err := GenerateID(c.Default, c.DefaultArg)
		if err != nil {
			return fmt.Errorf("%s.%s: %w", m.Name, c.Field, err)
		}
		in.set(i, v)
	}
	return nil
}

// valueSQL is the placeholder of a value of column c, with the cast of an
// enum list.
func valueSQL(b *builder, c *Column, v any) string {
	p := b.arg(v)
	if c.Type == TEnum && c.List {
		return p + "::text[]::" + c.DBType + "[]"
	}
	return p
}

func returning(b *builder, m *Model) {
	b.sb.WriteString(" RETURNING ")
	m.selectList(&b.sb, "t0")
}

// Create inserts one row and returns it with its includes loaded.
func Create[M any, C Codec[M]](ctx context.Context, e *Engine, in *Insert, include []Include[M]) (*M, error) {
	out := newOneRow[M, C]()
	if err := create(ctx, e, in, loaders(include), &out.rows); err != nil || len(out.rows.s) == 0 {
		return nil, err
	}
	return &out.rows.s[0], nil
}

// loaders returns the includes as the runtime loads them.
func loaders[M any](include []Include[M]) []loader {
	if len(include) == 0 {
		return nil
	}
	out := make([]loader, len(include))
	for i, in := range include {
		out[i] = in.l
	}
	return out
}

func create(ctx context.Context, e *Engine, in *Insert, incs []loader, out rowSet) error {
	if in.hasNested() {
		return createNested(ctx, e, in, incs, out)
	}
	m := out.model()
	if err := fillDefaults(m, in, now()); err != nil {
		return err
	}
	b := &builder{}
	insertSQL(b, m, in)
	returning(b, m)
	return writeOne(ctx, e, "create", b, incs, out)
}

func insertSQL(b *builder, m *Model, in *Insert) {
	b.sb.WriteString("INSERT INTO " + m.table + " AS t0 ")
	if len(in.cols) == 0 {
		b.sb.WriteString("DEFAULT VALUES")
		return
	}
	b.sb.WriteByte('(')
	for i, c := range in.cols {
		if i > 0 {
			b.sb.WriteString(", ")
		}
		b.sb.WriteString(m.quotedCols[c])
	}
	b.sb.WriteString(") VALUES (")
	for i, c := range in.cols {
		if i > 0 {
			b.sb.WriteString(", ")
		}
		b.sb.WriteString(valueSQL(b, &m.Columns[c], in.vals[i]))
	}
	b.sb.WriteByte(')')
}

// writeOne runs a statement returning at most one row into out.
func writeOne(ctx context.Context, e *Engine, name string, b *builder, incs []loader, out rowSet) error {
	return e.run(ctx, out.model(), name, b, func(r pgx.Rows) (int64, error) {
		return scanRows(r, out)
	}, func(qr querier) error { return loadIncludes(ctx, e, qr, out, incs) })
}

// CopyThreshold is the batch size from which CreateMany uses COPY (when
// the rows allow it: same columns, no skipDuplicates, types COPY encodes).
const CopyThreshold = 1000

// maxParams is PostgreSQL's limit of bind parameters per statement.
const maxParams = 65535

// CreateMany inserts rows and returns how many were inserted. Large
// batches go through COPY; others as multi-row INSERTs of at most 65,535
// parameters, in one transaction when more than one is needed.
// skipDuplicates adds ON CONFLICT DO NOTHING.
func CreateMany(ctx context.Context, e *Engine, m *Model, rows []Insert, skipDuplicates bool) (int64, error) {
	if len(rows) == 0 {
		return 0, nil
	}
	if err := checkNoNested(m, rows); err != nil {
		return 0, err
	}
	var t any = now()
	// The union of the columns, in column order.
	used := make([]bool, len(m.Columns))
	for i := range rows {
		if err := fillDefaults(m, &rows[i], t); err != nil {
			return 0, err
		}
		for _, c := range rows[i].cols {
			used[c] = true
		}
	}
	var cols []int
	for c, u := range used {
		if u {
			cols = append(cols, c)
		}
	}
	uniform := true
	for i := range rows {
		if len(rows[i].cols) != len(cols) {
			uniform = false
			break
		}
	}
	if len(cols) == 0 {
		// Only defaults: one INSERT ... DEFAULT VALUES per row.
		var n int64
		err := e.Tx(ctx, TxOptions{Timeout: time.Hour}, func(tx *Engine) error {
			for range rows {
				k, err := tx.exec(ctx, tx.tx, op{m, "createMany"}, "INSERT INTO "+m.table+" DEFAULT VALUES", nil)
				if err != nil {
					return err
				}
				n += k
			}
			return nil
		})
		return n, err
	}
	if uniform && !skipDuplicates && len(rows) >= CopyThreshold && copyable(m, cols) {
		names := make([]string, len(cols))
		for i, c := range cols {
			names[i] = m.Columns[c].Name
		}
		src := &insertSource{rows: rows, cols: cols, i: -1}
		var n int64
		err := e.withConn(ctx, func(qr querier) error {
			var err error
			n, err = copyFrom(ctx, e, qr, m, names, src)
			return err
		})
		return n, err
	}
	per := maxParams / len(cols)
	var n int64
	run := func(qr querier) error {
		for start := 0; start < len(rows); start += per {
			end := min(start+per, len(rows))
			b := &builder{}
			b.sb.WriteString("INSERT INTO " + m.table + " (")
			for i, c := range cols {
				if i > 0 {
					b.sb.WriteString(", ")
				}
				b.sb.WriteString(m.quotedCols[c])
			}
			b.sb.WriteString(") VALUES ")
			for r := start; r < end; r++ {
				if r > start {
					b.sb.WriteString(", ")
				}
				b.sb.WriteByte('(')
				for i, c := range cols {
					if i > 0 {
						b.sb.WriteString(", ")
					}
					if v, ok := rows[r].get(c); ok {
						b.sb.WriteString(valueSQL(b, &m.Columns[c], v))
					} else {
						b.sb.WriteString("DEFAULT")
					}
				}
				b.sb.WriteByte(')')
			}
			if skipDuplicates {
				b.sb.WriteString(" ON CONFLICT DO NOTHING")
			}
			k, err := e.exec(ctx, qr, op{m, "createMany"}, b.sb.String(), b.args)
			if err != nil {
				return err
			}
			n += k
		}
		return nil
	}
	if len(rows) <= per || e.tx != nil {
		err := e.withConn(ctx, run)
		return n, err
	}
	err := e.Tx(ctx, TxOptions{Timeout: time.Hour}, func(tx *Engine) error { return run(tx.tx) })
	return n, err
}

func copyFrom(ctx context.Context, e *Engine, qr querier, m *Model, names []string, src *insertSource) (int64, error) {
	var start time.Time
	var qs QueryStart
	if e.opts.tracer != nil {
		start = time.Now()
		qs = QueryStart{Model: m.Name, Operation: "createMany", SQL: "COPY " + m.table + " (" + strings.Join(names, ", ") + ") FROM STDIN BINARY"}
		ctx = e.opts.tracer.QueryStart(ctx, qs)
	}
	id := pgx.Identifier{m.Table}
	if m.Schema != "" {
		id = pgx.Identifier{m.Schema, m.Table}
	}
	n, err := qr.CopyFrom(ctx, id, names, src)
	err = e.mapErr(op{m, "createMany"}, err)
	if e.opts.tracer != nil {
		e.opts.tracer.QueryEnd(ctx, QueryEnd{QueryStart: qs, Duration: time.Since(start), Rows: n, Err: err})
	}
	return n, err
}

// copyable reports whether COPY's binary format can carry the columns
// (pgx needs to know each type: enums, decimals, JSON and the columns read
// through a conversion (bit, varbit, inet, oid, timetz) go as INSERTs).
func copyable(m *Model, cols []int) bool {
	for _, c := range cols {
		switch m.Columns[c].Type {
		case TEnum, TDecimal, TJSON:
			return false
		}
		if m.reads[c] != readAsIs {
			return false
		}
	}
	return true
}

type insertSource struct {
	rows []Insert
	cols []int
	i    int
	buf  []any
}

func (s *insertSource) Next() bool { s.i++; return s.i < len(s.rows) }
func (s *insertSource) Err() error { return nil }
func (s *insertSource) Values() ([]any, error) {
	s.buf = s.buf[:0]
	r := &s.rows[s.i]
	for _, c := range s.cols {
		v, _ := r.get(c)
		s.buf = append(s.buf, v)
	}
	return s.buf, nil
}

// opKind is the kind of a field update.
type opKind uint8

const (
	opNone opKind = iota
	opSet
	opSetNull
	opIncrement
	opDecrement
	opMultiply
	opDivide
)

// Op is an update of one field: Set, SetNull or an atomic number
// operation. The zero value leaves the field unchanged.
type Op[T any] struct {
	kind opKind
	v    T
}

// Number is the types of the atomic number operations.
type Number interface {
	~int | ~int64 | ~float64
}

// Set sets the field to v.
func Set[T any](v T) Op[T] { return Op[T]{kind: opSet, v: v} }

// SetNull sets an optional field to NULL.
func SetNull[T any]() Op[T] { return Op[T]{kind: opSetNull} }

// Increment adds n to the field, atomically.
func Increment[T Number](n T) Op[T] { return Op[T]{kind: opIncrement, v: n} }

// Decrement subtracts n from the field, atomically.
func Decrement[T Number](n T) Op[T] { return Op[T]{kind: opDecrement, v: n} }

// Multiply multiplies the field by n, atomically.
func Multiply[T Number](n T) Op[T] { return Op[T]{kind: opMultiply, v: n} }

// Divide divides the field by n, atomically (integer division on integer
// fields, as in SQL).
func Divide[T Number](n T) Op[T] { return Op[T]{kind: opDivide, v: n} }

// Update is the assignments of an update. Generated code fills it from the
// typed update input.
type Update struct {
	ops    []assign
	nested []*Nested // nested writes through relations (nested.go)
}

type assign struct {
	col  int
	kind opKind
	v    any
}

// AddOp adds the assignment of column col unless op is the zero Op.
func AddOp[T any](u *Update, col int, op Op[T]) {
	if op.kind == opNone {
		return
	}
	var v any
	if op.kind != opSetNull {
		v = op.v
		if t, ok := v.(time.Time); ok {
			v = t.UTC()
		}
	}
	u.ops = append(u.ops, assign{col: col, kind: op.kind, v: v})
}

// AddEnumOp adds the assignment of an enum column.
func AddEnumOp[E ~string](u *Update, col int, op Op[E]) {
	if op.kind == opNone {
		return
	}
	u.ops = append(u.ops, assign{col: col, kind: op.kind, v: string(op.v)})
}

// AddEnumListOp adds the assignment of an enum list column.
func AddEnumListOp[E ~string](u *Update, col int, op Op[[]E]) {
	if op.kind == opNone {
		return
	}
	u.ops = append(u.ops, assign{col: col, kind: op.kind, v: EnumStrings(op.v)})
}

func (u *Update) has(col int) bool {
	for _, a := range u.ops {
		if a.col == col {
			return true
		}
	}
	return false
}

// setSQL writes the SET list; @updatedAt columns not set explicitly get
// the request time. It reports whether anything is assigned.
func setSQL(b *builder, m *Model, u *Update, t time.Time, alias string) bool {
	n := 0
	sep := func() {
		if n > 0 {
			b.sb.WriteString(", ")
		}
		n++
	}
	for _, a := range u.ops {
		c := &m.Columns[a.col]
		q := m.quotedCols[a.col]
		sep()
		b.sb.WriteString(q + " = ")
		switch a.kind {
		case opSet:
			b.sb.WriteString(valueSQL(b, c, a.v))
		case opSetNull:
			b.sb.WriteString("NULL")
		case opIncrement:
			b.sb.WriteString(alias + "." + q + " + " + b.arg(a.v))
		case opDecrement:
			b.sb.WriteString(alias + "." + q + " - " + b.arg(a.v))
		case opMultiply:
			b.sb.WriteString(alias + "." + q + " * " + b.arg(a.v))
		case opDivide:
			b.sb.WriteString(alias + "." + q + " / " + b.arg(a.v))
		}
	}
	for i := range m.Columns {
		if m.Columns[i].UpdatedAt && !u.has(i) {
			sep()
			b.sb.WriteString(m.quotedCols[i] + " = " + b.arg(t))
		}
	}
	return n > 0
}

// UpdateOne updates the row matching the unique condition where and
// returns it; ErrNotFound (a *NotFound) when there is none.
func UpdateOne[M any, C Codec[M]](ctx context.Context, e *Engine, where Cond, u *Update, include []Include[M]) (*M, error) {
	out := newOneRow[M, C]()
	if err := updateOne(ctx, e, where, u, loaders(include), &out.rows); err != nil || len(out.rows.s) == 0 {
		return nil, err
	}
	return &out.rows.s[0], nil
}

func updateOne(ctx context.Context, e *Engine, where Cond, u *Update, incs []loader, out rowSet) error {
	m := out.model()
	if where == nil {
		return fmt.Errorf("%s.update: %w", m.Name, ErrNoUnique)
	}
	if u.hasNested() {
		return updateNested(ctx, e, where, u, incs, out)
	}
	b := &builder{}
	b.sb.WriteString("UPDATE " + m.table + " AS t0 SET ")
	var err error
	if !setSQL(b, m, u, now(), "t0") {
		// Nothing to change: Prisma reads the row.
		err = findOne(ctx, e, &query{readSpec: readSpec{where: where}, incs: incs}, out, "findUnique")
	} else {
		b.sb.WriteString(" WHERE ")
		where.writeCond(b, m, "t0")
		returning(b, m)
		err = writeOne(ctx, e, "update", b, incs, out)
	}
	if err == nil && out.len() == 0 {
		err = &NotFound{Model: m.Name, Operation: "update"}
	}
	return err
}

// UpdateMany updates every row matching where and returns how many.
func UpdateMany(ctx context.Context, e *Engine, m *Model, where Cond, u *Update) (int64, error) {
	b := &builder{}
	b.sb.WriteString("UPDATE " + m.table + " AS t0 SET ")
	if !setSQL(b, m, u, now(), "t0") {
		return Count(ctx, e, m, where, nil, nil)
	}
	if where != nil {
		b.sb.WriteString(" WHERE ")
		where.writeCond(b, m, "t0")
	}
	var n int64
	err := e.withConn(ctx, func(qr querier) error {
		var err error
		n, err = e.exec(ctx, qr, op{m, "updateMany"}, b.sb.String(), b.args)
		return err
	})
	return n, err
}

// Unique is a compiled unique where: its condition, and for a where that
// names exactly one unique criterion, that criterion's columns and values
// (the conflict target of a native upsert).
type Unique struct {
	Cond Cond
	Cols []int
	Vals []any
}

// Upsert updates the row matching where, or creates it. When where names
// one unique criterion and the create data has the same values for it,
// this is one INSERT ... ON CONFLICT DO UPDATE, as Prisma's native upsert;
// otherwise a read followed by an update or a create (not atomic, as
// Prisma's emulated upsert).
func Upsert[M any, C Codec[M]](ctx context.Context, e *Engine, where Unique, create *Insert, u *Update, include []Include[M]) (*M, error) {
	out := newOneRow[M, C]()
	if err := upsert(ctx, e, where, create, u, loaders(include), &out.rows); err != nil || len(out.rows.s) == 0 {
		return nil, err
	}
	return &out.rows.s[0], nil
}

func upsert(ctx context.Context, e *Engine, where Unique, in *Insert, u *Update, incs []loader, out rowSet) error {
	m := out.model()
	if where.Cond == nil {
		return fmt.Errorf("%s.upsert: %w", m.Name, ErrNoUnique)
	}
	if in.hasNested() || u.hasNested() {
		return upsertNested(ctx, e, where.Cond, in, u, incs, out)
	}
	if !nativeUpsert(where, in) {
		found := out.empty(0)
		if err := findOne(ctx, e, &query{readSpec: readSpec{where: where.Cond}}, found, "findUnique"); err != nil {
			return err
		}
		if found.len() > 0 {
			return updateOne(ctx, e, where.Cond, u, incs, out)
		}
		return create(ctx, e, in, incs, out)
	}
	t := now()
	if err := fillDefaults(m, in, t); err != nil {
		return err
	}
	b := &builder{}
	insertSQL(b, m, in)
	b.sb.WriteString(" ON CONFLICT (")
	for i, col := range where.Cols {
		if i > 0 {
			b.sb.WriteString(", ")
		}
		b.sb.WriteString(m.quotedCols[col])
	}
	b.sb.WriteString(") DO UPDATE SET ")
	if !setSQL(b, m, u, t, "t0") {
		q := m.quotedCols[where.Cols[0]]
		b.sb.WriteString(q + " = EXCLUDED." + q)
	}
	returning(b, m)
	return writeOne(ctx, e, "upsert", b, incs, out)
}

func nativeUpsert(w Unique, create *Insert) (ok bool) {
	if len(w.Cols) == 0 || len(w.Cols) != len(w.Vals) {
		return false
	}
	defer func() {
		if recover() != nil { // incomparable values
			ok = false
		}
	}()
	for i, c := range w.Cols {
		v, has := create.get(c)
		if !has || normKey(v) != normKey(w.Vals[i]) {
			return false
		}
	}
	return true
}

// DeleteOne deletes the row matching the unique condition where and returns
// it; ErrNotFound (a *NotFound) when there is none.
func DeleteOne[M any, C Codec[M]](ctx context.Context, e *Engine, where Cond) (*M, error) {
	out := newOneRow[M, C]()
	if err := deleteOne(ctx, e, where, &out.rows); err != nil || len(out.rows.s) == 0 {
		return nil, err
	}
	return &out.rows.s[0], nil
}

func deleteOne(ctx context.Context, e *Engine, where Cond, out rowSet) error {
	m := out.model()
	if where == nil {
		return fmt.Errorf("%s.delete: %w", m.Name, ErrNoUnique)
	}
	b := &builder{}
	b.sb.WriteString("DELETE FROM " + m.table + " AS t0 WHERE ")
	where.writeCond(b, m, "t0")
	returning(b, m)
	err := writeOne(ctx, e, "delete", b, nil, out)
	if err == nil && out.len() == 0 {
		err = &NotFound{Model: m.Name, Operation: "delete"}
	}
	return err
}

// DeleteMany deletes every row matching where and returns how many.
func DeleteMany(ctx context.Context, e *Engine, m *Model, where Cond) (int64, error) {
	b := &builder{}
	b.sb.WriteString("DELETE FROM " + m.table + " AS t0")
	if where != nil {
		b.sb.WriteString(" WHERE ")
		where.writeCond(b, m, "t0")
	}
	var n int64
	err := e.withConn(ctx, func(qr querier) error {
		var err error
		n, err = e.exec(ctx, qr, op{m, "deleteMany"}, b.sb.String(), b.args)
		return err
	})
	return n, err
}
