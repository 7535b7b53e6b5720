package client

import "context"

// Implicit many-to-many relations: a join table (Prisma's "_AToB" or
// "_RelationName") with columns A and B. A refers to the model whose name
// sorts first (for a self-relation, to the relation field whose name sorts
// first), B to the other; the generator records, per relation field,
// which column points at its own model (Relation.JoinFrom) and which at
// the target (JoinTo), so the code below only follows those names.

// joinedCond is true for target rows related through the join table of an
// implicit m-n relation to the row whose id is id.
type joinedCond struct {
	rel *Relation
	id  any
}

func (c joinedCond) writeCond(b *builder, m *Model, alias string) {
	j := b.alias()
	b.sb.WriteString("EXISTS (SELECT 1 FROM " + qualify(c.rel.JoinSchema, c.rel.JoinTable) + " " + j +
		" WHERE " + j + "." + quoteIdent(c.rel.JoinTo) + " = " + alias + "." + m.quotedCols[c.rel.To[0]] +
		" AND " + j + "." + quoteIdent(c.rel.JoinFrom) + " = " + b.arg(c.id) + ")")
}

// applyJoin runs the nested writes of an implicit m-n relation: rows of
// the join table link the parent's id (column JoinFrom) to the target's
// (JoinTo).
func (e *Engine) applyJoin(ctx context.Context, m *Model, p row, n *Nested) error {
	rel, t := n.rel, n.target
	id := p[rel.From[0]]
	join := qualify(rel.JoinSchema, rel.JoinTable)
	from, to := quoteIdent(rel.JoinFrom), quoteIdent(rel.JoinTo)
	related := joinedCond{rel: rel, id: id}
	if n.createManyGiven {
		return nestedErr(m, n, "createMany is not available on a many-to-many relation")
	}
	if n.disconnectOne || n.deleteOne {
		return nestedErr(m, n, "disconnect and delete of a many-to-many relation take a list of unique wheres")
	}
	link := func(tid any) error {
		b := &builder{}
		b.sb.WriteString("INSERT INTO " + join + " (" + from + ", " + to + ") VALUES (" + b.arg(id) + ", " + b.arg(tid) + ") ON CONFLICT DO NOTHING")
		_, err := e.execSQL(ctx, t, "connect", b)
		return err
	}
	connect := func(where Cond) error {
		r, err := e.connectRow(ctx, m, n, where)
		if err != nil {
			return err
		}
		return link(r[rel.To[0]])
	}
	if n.setGiven {
		b := &builder{}
		b.sb.WriteString("DELETE FROM " + join + " WHERE " + from + " = " + b.arg(id))
		if _, err := e.execSQL(ctx, t, "set", b); err != nil {
			return err
		}
		for _, w := range n.set {
			if err := connect(w); err != nil {
				return err
			}
		}
	}
	for _, w := range n.disconnects {
		if w == nil {
			return nestedErr(m, n, "disconnect: %v", ErrNoUnique)
		}
		b := &builder{}
		b.sb.WriteString("DELETE FROM " + join + " WHERE " + from + " = " + b.arg(id) + " AND " + to +
			" IN (SELECT t0." + t.quotedCols[rel.To[0]] + " FROM " + t.table + " t0 WHERE ")
		w.writeCond(b, t, "t0")
		b.sb.WriteString(")")
		if _, err := e.execSQL(ctx, t, "disconnect", b); err != nil {
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
			var r row
			if r, err = e.createTree(ctx, t, up.in, nil); err == nil {
				err = link(r[rel.To[0]])
			}
		}
		if err != nil {
			return err
		}
	}
	for _, in := range n.creates {
		r, err := e.createTree(ctx, t, in, nil)
		if err != nil {
			return err
		}
		if err := link(r[rel.To[0]]); err != nil {
			return err
		}
	}
	for _, w := range n.connects {
		if err := connect(w); err != nil {
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
		if r == nil {
			if r, err = e.createTree(ctx, t, oc.in, nil); err != nil {
				return err
			}
		}
		if err := link(r[rel.To[0]]); err != nil {
			return err
		}
	}
	return nil
}
