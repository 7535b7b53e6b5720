package client

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// Nested is the nested writes through one relation field of a create or
// an update (Prisma's create, createMany, connect, connectOrCreate, set,
// disconnect, delete, update, updateMany, deleteMany and upsert inside
// data). Generated code fills it with its methods; the runtime runs it in
// the transaction of the enclosing write.
type Nested struct {
	rel    *Relation
	target *Model

	creates         []*Insert
	createMany      []Insert
	createManyGiven bool
	skipDuplicates  bool
	connects        []Cond
	connectOrCreate []whereInsert
	set             []Cond
	setGiven        bool
	disconnects     []Cond
	disconnectOne   bool
	deletes         []Cond
	deleteOne       bool
	updates         []whereUpdate
	updateManys     []whereUpdate
	deleteManys     []Cond
	upserts         []upsertOp
}

type whereInsert struct {
	where Cond
	in    *Insert
}

type whereUpdate struct {
	where Cond
	u     *Update
}

type upsertOp struct {
	where Cond
	in    *Insert
	u     *Update
}

// The methods of Nested are called once per nested operation in generated
// code; they are kept out of line (go:noinline) so that each call is a
// call rather than an inlined append, which keeps generated packages with
// hundreds of relations small and quick to build.

// Nest starts the nested writes of relation rel (to target) of a create.
func (in *Insert) Nest(rel *Relation, target *Model) *Nested {
	n := &Nested{rel: rel, target: target}
	in.nested = append(in.nested, n)
	return n
}

// Nest starts the nested writes of relation rel (to target) of an update.
func (u *Update) Nest(rel *Relation, target *Model) *Nested {
	n := &Nested{rel: rel, target: target}
	u.nested = append(u.nested, n)
	return n
}

// Create creates a related row (with its own nested writes).
//
//go:noinline
func (n *Nested) Create(in *Insert) { n.creates = append(n.creates, in) }

// CreateMany creates related rows in one statement (no nested writes in
// them, as Prisma's createMany).
//
//go:noinline
func (n *Nested) CreateMany(rows []Insert, skipDuplicates bool) {
	n.createMany = append(n.createMany, rows...)
	n.createManyGiven = true
	n.skipDuplicates = n.skipDuplicates || skipDuplicates
}

// Connect relates the existing row matching the unique condition where.
//
//go:noinline
func (n *Nested) Connect(where Cond) { n.connects = append(n.connects, where) }

// ConnectOrCreate relates the row matching where, creating it from in when
// there is none.
//
//go:noinline
func (n *Nested) ConnectOrCreate(where Cond, in *Insert) {
	n.connectOrCreate = append(n.connectOrCreate, whereInsert{where, in})
}

// Set makes the rows matching the unique conditions the only related rows
// (to-many; an empty list disconnects every row).
//
//go:noinline
func (n *Nested) Set(where []Cond) {
	n.set = append(n.set, where...)
	n.setGiven = true
}

// Disconnect unrelates the related row matching where (to-many).
//
//go:noinline
func (n *Nested) Disconnect(where Cond) { n.disconnects = append(n.disconnects, where) }

// DisconnectOne unrelates the related row (to-one).
func (n *Nested) DisconnectOne() { n.disconnectOne = true }

// Delete deletes the related row matching where (to-many).
//
//go:noinline
func (n *Nested) Delete(where Cond) { n.deletes = append(n.deletes, where) }

// DeleteOne deletes the related row (to-one).
func (n *Nested) DeleteOne() { n.deleteOne = true }

// Update updates the related row matching the unique condition where
// (to-many), or the related row when where is nil (to-one).
//
//go:noinline
func (n *Nested) Update(where Cond, u *Update) { n.updates = append(n.updates, whereUpdate{where, u}) }

// UpdateMany updates the related rows matching where.
//
//go:noinline
func (n *Nested) UpdateMany(where Cond, u *Update) {
	n.updateManys = append(n.updateManys, whereUpdate{where, u})
}

// DeleteMany deletes the related rows matching where.
//
//go:noinline
func (n *Nested) DeleteMany(where Cond) {
	if where == nil {
		where = constCond(true)
	}
	n.deleteManys = append(n.deleteManys, where)
}

// Upsert updates the related row matching where (to-many; nil for
// to-one) or creates it.
//
//go:noinline
func (n *Nested) Upsert(where Cond, in *Insert, u *Update) {
	n.upserts = append(n.upserts, upsertOp{where, in, u})
}

// RelationViolation is Prisma's P2014: the change would leave a row
// without the related row its required relation needs (for example
// disconnecting a post from its required author, or replacing a user's
// profile whose user is required).
type RelationViolation struct {
	Model    string // the model holding the required relation
	Relation string // the relation field of the model written to
	Target   string
}

func (e *RelationViolation) Error() string {
	return fmt.Sprintf("the change you are trying to make would violate the required relation %s between the %s and %s models (P2014)", e.Relation, e.Model, e.Target)
}

// Code returns "P2014".
func (e *RelationViolation) Code() string { return "P2014" }

// ErrNestedWrite is wrapped by the errors of nested writes that Prisma
// rejects when validating the query (an operation the relation does not
// offer, a missing unique criterion).
var ErrNestedWrite = errors.New("invalid nested write")

func nestedErr(m *Model, n *Nested, format string, args ...any) error {
	return fmt.Errorf("%s.%s: %w: %s", m.Name, n.rel.Field, ErrNestedWrite, fmt.Sprintf(format, args...))
}

// nestedTx are the options of the transaction of a nested write: it lasts
// as long as the caller's context allows.
var nestedTx = TxOptions{Timeout: time.Hour}

func (in *Insert) hasNested() bool { return in != nil && len(in.nested) > 0 }
func (u *Update) hasNested() bool  { return u != nil && len(u.nested) > 0 }

// row is the values of every column of one row, in Columns order.
type row []any

// keyCond is the condition selecting a row by its primary key (or, for a
// model without one, by every non-NULL column).
func keyCond(m *Model, r row) Cond {
	var cs []Cond
	if len(m.PrimaryKey) > 0 {
		for _, c := range m.PrimaryKey {
			cs = append(cs, Equals(c, r[c]))
		}
		return And(cs...)
	}
	for i, c := range m.Columns {
		if r[i] == nil || c.List || c.Type == TJSON {
			continue
		}
		cs = append(cs, Equals(i, r[i]))
	}
	return And(cs...)
}

// colsEqual is cols = vals on the model.
func colsEqual(cols []int, vals []any) Cond {
	cs := make([]Cond, len(cols))
	for i, c := range cols {
		cs[i] = Equals(c, vals[i])
	}
	return And(cs...)
}

// scanRow reads the current row into a row of values.
func scanRow(r pgx.Rows) (row, error) {
	vals, err := r.Values()
	return row(vals), err
}

// queryRows runs b and returns its rows as values.
func (e *Engine) queryRows(ctx context.Context, m *Model, name string, b *builder) ([]row, error) {
	var out []row
	err := e.withConn(ctx, func(qr querier) error {
		return e.query(ctx, qr, op{m, name}, b.sb.String(), b.args, func(r pgx.Rows) (int64, error) {
			var n int64
			for r.Next() {
				v, err := scanRow(r)
				if err != nil {
					return n, err
				}
				out = append(out, v)
				n++
			}
			return n, nil
		})
	})
	return out, err
}

// selectRow returns the first row of m matching where, locked FOR UPDATE
// when lock is set; nil when there is none.
func (e *Engine) selectRow(ctx context.Context, m *Model, where Cond, lock bool) (row, error) {
	b := &builder{}
	b.sb.WriteString("SELECT ")
	m.selectList(&b.sb, "t0")
	b.sb.WriteString(" FROM " + m.table + " t0")
	if where != nil {
		b.sb.WriteString(" WHERE ")
		where.writeCond(b, m, "t0")
	}
	b.sb.WriteString(" LIMIT 1")
	if lock {
		b.sb.WriteString(" FOR UPDATE")
	}
	rows, err := e.queryRows(ctx, m, "findUnique", b)
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	return rows[0], nil
}

// insertRow inserts in (defaults filled) and returns the new row.
func (e *Engine) insertRow(ctx context.Context, m *Model, in *Insert) (row, error) {
	if err := fillDefaults(m, in, now()); err != nil {
		return nil, err
	}
	b := &builder{}
	insertSQL(b, m, in)
	returning(b, m)
	rows, err := e.queryRows(ctx, m, "create", b)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s.create: no row returned", m.Name)
	}
	return rows[0], nil
}

// updateRows runs UPDATE m SET u WHERE where RETURNING * (a plain count
// of the matching rows when u assigns nothing).
func (e *Engine) updateRows(ctx context.Context, m *Model, where Cond, u *Update) ([]row, error) {
	b := &builder{}
	b.sb.WriteString("UPDATE " + m.table + " AS t0 SET ")
	if !setSQL(b, m, u, now(), "t0") {
		b = &builder{}
		b.sb.WriteString("SELECT ")
		m.selectList(&b.sb, "t0")
		b.sb.WriteString(" FROM " + m.table + " t0")
		if where != nil {
			b.sb.WriteString(" WHERE ")
			where.writeCond(b, m, "t0")
		}
		return e.queryRows(ctx, m, "update", b)
	}
	if where != nil {
		b.sb.WriteString(" WHERE ")
		where.writeCond(b, m, "t0")
	}
	returning(b, m)
	return e.queryRows(ctx, m, "update", b)
}

// execSQL runs a statement built in b and returns the affected rows.
func (e *Engine) execSQL(ctx context.Context, m *Model, name string, b *builder) (int64, error) {
	var n int64
	err := e.withConn(ctx, func(qr querier) error {
		var err error
		n, err = e.exec(ctx, qr, op{m, name}, b.sb.String(), b.args)
		return err
	})
	return n, err
}

// setColsNull runs UPDATE m SET cols = NULL WHERE where.
func (e *Engine) setColsNull(ctx context.Context, m *Model, cols []int, where Cond) (int64, error) {
	u := &Update{}
	for _, c := range cols {
		u.ops = append(u.ops, assign{col: c, kind: opSetNull})
	}
	return UpdateMany(ctx, e, m, where, u)
}

// setCols runs UPDATE m SET cols = vals WHERE where.
func (e *Engine) setCols(ctx context.Context, m *Model, cols []int, vals []any, where Cond) (int64, error) {
	u := &Update{}
	for i, c := range cols {
		u.ops = append(u.ops, assign{col: c, kind: opSet, v: vals[i]})
	}
	return UpdateMany(ctx, e, m, where, u)
}

func pick(r row, cols []int) []any {
	out := make([]any, len(cols))
	for i, c := range cols {
		out[i] = r[c]
	}
	return out
}

func anyNil(vs []any) bool {
	for _, v := range vs {
		if v == nil {
			return true
		}
	}
	return false
}

// required reports whether any of cols of m is NOT NULL.
func required(m *Model, cols []int) bool {
	for _, c := range cols {
		if !m.Columns[c].Nullable {
			return true
		}
	}
	return false
}

// createTree inserts in and runs its nested writes: first the relations
// whose foreign key in holds (the related row is connected or created
// before, its key copied into in), then the insert, then the relations
// whose foreign key is on the other side or in a join table. link, when
// set, fixes the columns the parent write decides.
func (e *Engine) createTree(ctx context.Context, m *Model, in *Insert, link func(*Insert)) (row, error) {
	for _, n := range in.nested {
		if !n.rel.FK {
			continue
		}
		if err := n.onlyCreateOps(m, false); err != nil {
			return nil, err
		}
		t, err := e.resolveOwned(ctx, m, n)
		if err != nil {
			return nil, err
		}
		if t != nil {
			for i, c := range n.rel.From {
				in.Set(c, t[n.rel.To[i]])
			}
		}
	}
	if link != nil {
		link(in)
	}
	r, err := e.insertRow(ctx, m, in)
	if err != nil {
		return nil, err
	}
	for _, n := range in.nested {
		if n.rel.FK {
			continue
		}
		if err := n.onlyCreateOps(m, true); err != nil {
			return nil, err
		}
		if err := e.applyBack(ctx, m, r, n, true); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// onlyCreateOps rejects the operations a create does not offer.
func (n *Nested) onlyCreateOps(m *Model, back bool) error {
	if n.setGiven || len(n.disconnects) > 0 || n.disconnectOne || len(n.deletes) > 0 || n.deleteOne ||
		len(n.updates) > 0 || len(n.updateManys) > 0 || len(n.deleteManys) > 0 || len(n.upserts) > 0 {
		return nestedErr(m, n, "a create offers only create, createMany, connect and connectOrCreate")
	}
	if !back && (n.createManyGiven || len(n.creates)+len(n.connects)+len(n.connectOrCreate) > 1) {
		return nestedErr(m, n, "a to-one relation takes one of create, connect and connectOrCreate")
	}
	return nil
}

// resolveOwned connects or creates the row a foreign key of m points at
// and returns it (nil when the nested write names none).
func (e *Engine) resolveOwned(ctx context.Context, m *Model, n *Nested) (row, error) {
	t := n.target
	switch {
	case len(n.creates) > 0:
		return e.createTree(ctx, t, n.creates[0], nil)
	case len(n.connects) > 0:
		return e.connectRow(ctx, m, n, n.connects[0])
	case len(n.connectOrCreate) > 0:
		oc := n.connectOrCreate[0]
		if oc.where == nil {
			return nil, nestedErr(m, n, "connectOrCreate: %v", ErrNoUnique)
		}
		r, err := e.selectRow(ctx, t, oc.where, true)
		if err != nil || r != nil {
			return r, err
		}
		return e.createTree(ctx, t, oc.in, nil)
	}
	return nil, nil
}

// connectRow reads the row to connect; P2025 when it does not exist.
func (e *Engine) connectRow(ctx context.Context, m *Model, n *Nested, where Cond) (row, error) {
	if where == nil {
		return nil, nestedErr(m, n, "connect: %v", ErrNoUnique)
	}
	r, err := e.selectRow(ctx, n.target, where, true)
	if err == nil && r == nil {
		err = &NotFound{Model: n.target.Name, Operation: "connect (nested, through " + m.Name + "." + n.rel.Field + ")"}
	}
	return r, err
}

// applyBack runs the nested writes of a relation whose foreign key is on
// the target (or in a join table) for the parent row p of m.
func (e *Engine) applyBack(ctx context.Context, m *Model, p row, n *Nested, creating bool) error {
	rel, t := n.rel, n.target
	if rel.JoinTable != "" {
		return e.applyJoin(ctx, m, p, n)
	}
	keys := pick(p, rel.From)
	if anyNil(keys) {
		return nestedErr(m, n, "the row has no value for the relation's key")
	}
	link := func(in *Insert) {
		for i, c := range rel.To {
			in.Set(c, keys[i])
		}
	}
	related := colsEqual(rel.To, keys)
	req := required(t, rel.To)
	violation := func() error {
		return &RelationViolation{Model: t.Name, Relation: m.Name + "." + rel.Field, Target: m.Name}
	}

	if !rel.List {
		n1 := len(n.creates) + len(n.connects) + len(n.connectOrCreate)
		if n1 > 1 || n.createManyGiven || n.setGiven || len(n.disconnects) > 0 || len(n.deletes) > 0 || len(n.updateManys) > 0 || len(n.deleteManys) > 0 {
			return nestedErr(m, n, "a to-one relation takes one of create, connect and connectOrCreate, and disconnect, delete, update or upsert without a where")
		}
		// A new related row replaces the current one, which is disconnected
		// first (impossible when its foreign key is required).
		replace := func(keep Cond) error {
			if creating {
				return nil
			}
			cur, err := e.selectRow(ctx, t, And(related, notCond2(keep)), true)
			if err != nil || cur == nil {
				return err
			}
			if req {
				return violation()
			}
			_, err = e.setColsNull(ctx, t, rel.To, keyCond(t, cur))
			return err
		}
		if n.disconnectOne {
			if req {
				return violation()
			}
			if _, err := e.setColsNull(ctx, t, rel.To, related); err != nil {
				return err
			}
		}
		if n.deleteOne {
			k, err := DeleteMany(ctx, e, t, related)
			if err != nil {
				return err
			}
			if k == 0 {
				return &NotFound{Model: t.Name, Operation: "delete (nested, through " + m.Name + "." + rel.Field + ")"}
			}
		}
		for _, up := range n.updates {
			if _, err := e.updateTree(ctx, t, related, up.u, "update (nested, through "+m.Name+"."+rel.Field+")"); err != nil {
				return err
			}
		}
		for _, up := range n.upserts {
			cur, err := e.selectRow(ctx, t, related, true)
			if err != nil {
				return err
			}
			if cur != nil {
				_, err = e.updateTree(ctx, t, keyCond(t, cur), up.u, "upsert")
			} else {
				_, err = e.createTree(ctx, t, up.in, link)
			}
			if err != nil {
				return err
			}
		}
		for _, in := range n.creates {
			if err := replace(nil); err != nil {
				return err
			}
			if _, err := e.createTree(ctx, t, in, link); err != nil {
				return err
			}
		}
		for _, w := range n.connects {
			r, err := e.connectRow(ctx, m, n, w)
			if err != nil {
				return err
			}
			if err := replace(keyCond(t, r)); err != nil {
				return err
			}
			if _, err := e.setCols(ctx, t, rel.To, keys, keyCond(t, r)); err != nil {
				return err
			}
		}
		for _, oc := range n.connectOrCreate {
			if oc.where == nil {
				return nestedErr(m, n, "connectOrCreate: %v", ErrNoUnique)
			}
			r, err := e.selectRow(ctx, t, oc.where, true)
			if err != nil {
				return err
			}
			var keep Cond
			if r != nil {
				keep = keyCond(t, r)
			}
			if err := replace(keep); err != nil {
				return err
			}
			if r != nil {
				_, err = e.setCols(ctx, t, rel.To, keys, keep)
			} else {
				_, err = e.createTree(ctx, t, oc.in, link)
			}
			if err != nil {
				return err
			}
		}
		return nil
	}

	// To-many.
	if n.setGiven {
		if req {
			return violation()
		}
		var keep []Cond
		for _, w := range n.set {
			if w == nil {
				return nestedErr(m, n, "set: %v", ErrNoUnique)
			}
			keep = append(keep, w)
		}
		if _, err := e.setColsNull(ctx, t, rel.To, And(related, Not(keep...))); err != nil {
			return err
		}
		for _, w := range n.set {
			if err := e.connectMany(ctx, m, n, w, keys); err != nil {
				return err
			}
		}
	}
	for _, w := range n.disconnects {
		if req {
			return violation()
		}
		if w == nil {
			return nestedErr(m, n, "disconnect: %v", ErrNoUnique)
		}
		if _, err := e.setColsNull(ctx, t, rel.To, And(related, w)); err != nil {
			return err
		}
	}
	for _, w := range n.deletes {
		if w == nil {
			return nestedErr(m, n, "delete: %v", ErrNoUnique)
		}
		k, err := DeleteMany(ctx, e, t, And(related, w))
		if err != nil {
			return err
		}
		if k == 0 {
			return &NotFound{Model: t.Name, Operation: "delete (nested, through " + m.Name + "." + rel.Field + ")"}
		}
	}
	for _, w := range n.deleteManys {
		if _, err := DeleteMany(ctx, e, t, And(related, w)); err != nil {
			return err
		}
	}
	for _, up := range n.updates {
		if up.where == nil {
			return nestedErr(m, n, "update: %v", ErrNoUnique)
		}
		if _, err := e.updateTree(ctx, t, And(related, up.where), up.u, "update (nested, through "+m.Name+"."+rel.Field+")"); err != nil {
			return err
		}
	}
	for _, up := range n.updateManys {
		if up.u.hasNested() {
			return nestedErr(m, n, "updateMany takes no nested writes")
		}
		if _, err := UpdateMany(ctx, e, t, And(related, up.where), up.u); err != nil {
			return err
		}
	}
	for _, up := range n.upserts {
		if up.where == nil {
			return nestedErr(m, n, "upsert: %v", ErrNoUnique)
		}
		cur, err := e.selectRow(ctx, t, And(related, up.where), true)
		if err != nil {
			return err
		}
		if cur != nil {
			_, err = e.updateTree(ctx, t, keyCond(t, cur), up.u, "upsert")
		} else {
			_, err = e.createTree(ctx, t, up.in, link)
		}
		if err != nil {
			return err
		}
	}
	for _, in := range n.creates {
		if _, err := e.createTree(ctx, t, in, link); err != nil {
			return err
		}
	}
	if n.createManyGiven {
		for i := range n.createMany {
			if n.createMany[i].hasNested() {
				return nestedErr(m, n, "createMany takes no nested writes")
			}
			link(&n.createMany[i])
		}
		if _, err := CreateMany(ctx, e, t, n.createMany, n.skipDuplicates); err != nil {
			return err
		}
	}
	for _, w := range n.connects {
		if err := e.connectMany(ctx, m, n, w, keys); err != nil {
			return err
		}
	}
	for _, oc := range n.connectOrCreate {
		if oc.where == nil {
			return nestedErr(m, n, "connectOrCreate: %v", ErrNoUnique)
		}
		k, err := e.setCols(ctx, t, rel.To, keys, oc.where)
		if err != nil {
			return err
		}
		if k == 0 {
			if _, err := e.createTree(ctx, t, oc.in, link); err != nil {
				return err
			}
		}
	}
	return nil
}

// notCond2 is NOT c; nil (true) when c is nil, that is when no row is
// kept.
func notCond2(c Cond) Cond {
	if c == nil {
		return nil
	}
	return Not(c)
}

// connectMany points the foreign key of the row matching where at keys;
// P2025 when there is no such row.
func (e *Engine) connectMany(ctx context.Context, m *Model, n *Nested, where Cond, keys []any) error {
	if where == nil {
		return nestedErr(m, n, "connect: %v", ErrNoUnique)
	}
	k, err := e.setCols(ctx, n.target, n.rel.To, keys, where)
	if err == nil && k == 0 {
		err = &NotFound{Model: n.target.Name, Operation: "connect (nested, through " + m.Name + "." + n.rel.Field + ")"}
	}
	return err
}

// updateTree updates the row of m matching where with u and runs u's
// nested writes; P2025 (operation name) when there is no such row.
func (e *Engine) updateTree(ctx context.Context, m *Model, where Cond, u *Update, name string) (row, error) {
	cur, err := e.selectRow(ctx, m, where, true)
	if err != nil {
		return nil, err
	}
	if cur == nil {
		return nil, &NotFound{Model: m.Name, Operation: name}
	}
	var after []func() error
	for _, n := range u.nested {
		if !n.rel.FK {
			continue
		}
		if err := e.applyOwnedUpdate(ctx, m, cur, n, u, &after); err != nil {
			return nil, err
		}
	}
	// Only nested writes: the row itself is not updated (nor its
	// @updatedAt), as in Prisma.
	r := cur
	if len(u.ops) > 0 {
		rows, err := e.updateRows(ctx, m, keyCond(m, cur), u)
		if err != nil {
			return nil, err
		}
		if len(rows) == 0 {
			return nil, &NotFound{Model: m.Name, Operation: name}
		}
		r = rows[0]
	}
	for _, f := range after {
		if err := f(); err != nil {
			return nil, err
		}
	}
	for _, n := range u.nested {
		if n.rel.FK {
			continue
		}
		if err := e.applyBack(ctx, m, r, n, false); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// applyOwnedUpdate runs, for an update of the row cur of m, the nested
// writes of a relation whose foreign key m holds: it adds the foreign key
// assignments to u, and queues what must follow the update in after.
func (e *Engine) applyOwnedUpdate(ctx context.Context, m *Model, cur row, n *Nested, u *Update, after *[]func() error) error {
	rel, t := n.rel, n.target
	if n.createManyGiven || n.setGiven || len(n.disconnects) > 0 || len(n.deletes) > 0 || len(n.updateManys) > 0 || len(n.deleteManys) > 0 ||
		len(n.creates)+len(n.connects)+len(n.connectOrCreate)+len(n.upserts) > 1 {
		return nestedErr(m, n, "a to-one relation takes one of create, connect, connectOrCreate and upsert, and disconnect, delete or update without a where")
	}
	keys := pick(cur, rel.From)
	related := colsEqual(rel.To, keys)
	optional := !required(m, rel.From)
	point := func(r row) {
		for i, c := range rel.From {
			u.ops = append(u.ops, assign{col: c, kind: opSet, v: r[rel.To[i]]})
		}
	}
	unlink := func() error {
		if !optional {
			return &RelationViolation{Model: m.Name, Relation: m.Name + "." + rel.Field, Target: t.Name}
		}
		for _, c := range rel.From {
			u.ops = append(u.ops, assign{col: c, kind: opSetNull})
		}
		return nil
	}
	if n.disconnectOne {
		if err := unlink(); err != nil {
			return err
		}
	}
	if n.deleteOne {
		if anyNil(keys) {
			return &NotFound{Model: t.Name, Operation: "delete (nested, through " + m.Name + "." + rel.Field + ")"}
		}
		if err := unlink(); err != nil {
			return err
		}
		*after = append(*after, func() error {
			_, err := DeleteMany(ctx, e, t, related)
			return err
		})
	}
	for _, up := range n.updates {
		if anyNil(keys) {
			return &NotFound{Model: t.Name, Operation: "update (nested, through " + m.Name + "." + rel.Field + ")"}
		}
		if _, err := e.updateTree(ctx, t, related, up.u, "update (nested, through "+m.Name+"."+rel.Field+")"); err != nil {
			return err
		}
	}
	for _, up := range n.upserts {
		var r row
		var err error
		if !anyNil(keys) {
			r, err = e.selectRow(ctx, t, related, true)
			if err != nil {
				return err
			}
		}
		if r != nil {
			_, err = e.updateTree(ctx, t, keyCond(t, r), up.u, "upsert")
		} else if r, err = e.createTree(ctx, t, up.in, nil); err == nil {
			point(r)
		}
		if err != nil {
			return err
		}
	}
	r, err := e.resolveOwned(ctx, m, n)
	if err != nil {
		return err
	}
	if r != nil {
		point(r)
	}
	return nil
}

// nestedResult reads the written row back with its includes, in the
// transaction.
func nestedResult(ctx context.Context, tx *Engine, r row, incs []loader, out rowSet, name string) error {
	m := out.model()
	err := findOne(ctx, tx, &query{readSpec: readSpec{where: keyCond(m, r)}, incs: incs}, out, "findUnique")
	if err == nil && out.len() == 0 {
		err = &NotFound{Model: m.Name, Operation: name}
	}
	return err
}

// createNested is Create with nested writes: one transaction (a savepoint
// inside the caller's).
func createNested(ctx context.Context, e *Engine, in *Insert, incs []loader, out rowSet) error {
	m := out.model()
	err := e.Tx(ctx, nestedTx, func(tx *Engine) error {
		r, err := tx.createTree(ctx, m, in, nil)
		if err != nil {
			return err
		}
		return nestedResult(ctx, tx, r, incs, out, "create")
	})
	if err != nil {
		return fmt.Errorf("%s.create: %w", m.Name, err)
	}
	return nil
}

// updateNested is UpdateOne with nested writes, in one transaction.
func updateNested(ctx context.Context, e *Engine, where Cond, u *Update, incs []loader, out rowSet) error {
	m := out.model()
	err := e.Tx(ctx, nestedTx, func(tx *Engine) error {
		r, err := tx.updateTree(ctx, m, where, u, "update")
		if err != nil {
			return err
		}
		return nestedResult(ctx, tx, r, incs, out, "update")
	})
	if err != nil {
		return fmt.Errorf("%s.update: %w", m.Name, err)
	}
	return nil
}

// upsertNested is Upsert whose create or update has nested writes: a
// locked read, then the nested update or create, in one transaction.
func upsertNested(ctx context.Context, e *Engine, where Cond, in *Insert, u *Update, incs []loader, out rowSet) error {
	m := out.model()
	err := e.Tx(ctx, nestedTx, func(tx *Engine) error {
		cur, err := tx.selectRow(ctx, m, where, true)
		if err != nil {
			return err
		}
		var r row
		if cur != nil {
			r, err = tx.updateTree(ctx, m, keyCond(m, cur), u, "upsert")
		} else {
			r, err = tx.createTree(ctx, m, in, nil)
		}
		if err != nil {
			return err
		}
		return nestedResult(ctx, tx, r, incs, out, "upsert")
	})
	if err != nil {
		return fmt.Errorf("%s.upsert: %w", m.Name, err)
	}
	return nil
}

// checkNoNested rejects nested writes in rows of a createMany.
func checkNoNested(m *Model, rows []Insert) error {
	for i := range rows {
		if rows[i].hasNested() {
			names := make([]string, len(rows[i].nested))
			for j, n := range rows[i].nested {
				names[j] = n.rel.Field
			}
			return fmt.Errorf("%s.createMany: %w: createMany takes no nested writes (row %d sets %s)", m.Name, ErrNestedWrite, i, strings.Join(names, ", "))
		}
	}
	return nil
}

// CreateManyAndReturn inserts rows as CreateMany does (multi-row INSERTs,
// never COPY) and returns them, with their includes loaded (Prisma's
// createManyAndReturn). Rows skipped by skipDuplicates are not returned.
func CreateManyAndReturn[M any, C Codec[M]](ctx context.Context, e *Engine, data []Insert, skipDuplicates bool, include []Include[M]) ([]M, error) {
	out := &rows[M, C]{}
	if err := createManyAndReturn(ctx, e, data, skipDuplicates, loaders(include), out); err != nil {
		return nil, err
	}
	if out.s == nil {
		out.s = []M{}
	}
	return out.s, nil
}

func createManyAndReturn(ctx context.Context, e *Engine, rows []Insert, skipDuplicates bool, incs []loader, out rowSet) error {
	m := out.model()
	if len(rows) == 0 {
		return nil
	}
	if err := checkNoNested(m, rows); err != nil {
		return err
	}
	var t any = now()
	used := make([]bool, len(m.Columns))
	for i := range rows {
		if err := fillDefaults(m, &rows[i], t); err != nil {
			return err
		}
		for _, col := range rows[i].cols {
			used[col] = true
		}
	}
	var cols []int
	for col, u := range used {
		if u {
			cols = append(cols, col)
		}
	}
	per := 1 // only defaults: one row per statement
	if len(cols) > 0 {
		per = max(1, maxParams/len(cols))
	}
	run := func(tx *Engine) error {
		for start := 0; start < len(rows); start += per {
			end := min(start+per, len(rows))
			b := &builder{}
			b.sb.WriteString("INSERT INTO " + m.table + " AS t0 ")
			if len(cols) == 0 {
				b.sb.WriteString("DEFAULT VALUES")
			} else {
				b.sb.WriteByte('(')
				for i, col := range cols {
					if i > 0 {
						b.sb.WriteString(", ")
					}
					b.sb.WriteString(m.quotedCols[col])
				}
				b.sb.WriteString(") VALUES ")
				for r := start; r < end; r++ {
					if r > start {
						b.sb.WriteString(", ")
					}
					b.sb.WriteByte('(')
					for i, col := range cols {
						if i > 0 {
							b.sb.WriteString(", ")
						}
						if v, ok := rows[r].get(col); ok {
							b.sb.WriteString(valueSQL(b, &m.Columns[col], v))
						} else {
							b.sb.WriteString("DEFAULT")
						}
					}
					b.sb.WriteByte(')')
				}
			}
			if skipDuplicates {
				b.sb.WriteString(" ON CONFLICT DO NOTHING")
			}
			returning(b, m)
			last := end == len(rows)
			err := tx.run(ctx, m, "createManyAndReturn", b, func(r pgx.Rows) (int64, error) {
				return scanRows(r, out)
			}, func(qr querier) error {
				if !last {
					return nil
				}
				// The includes of every row, once they are all inserted.
				return loadIncludes(ctx, tx, qr, out, incs)
			})
			if err != nil {
				return err
			}
		}
		return nil
	}
	if e.tx == nil && len(rows) > per {
		return e.Tx(ctx, nestedTx, run)
	}
	return run(e)
}
