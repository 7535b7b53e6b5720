package gen

// The write capabilities beyond single-model writes: nested writes through
// relations inside create and update data, createManyAndReturn, and raw
// SQL. The generated code only forwards the typed arguments to package
// client (client.Nested, client.CreateManyAndReturn, client.QueryRawModel).

// nestable reports whether r gets a nested-write field in m's create and
// update inputs: both ends are tables and the target can be selected by a
// unique criterion.
func nestable(m *model, r *rel) bool {
	return !m.m.IsView && r.target != nil && !r.target.m.IsView && len(r.target.uniques) > 0
}

// nestedTarget reports whether some relation makes t the target of
// nested writes, so that its nested input types are needed.
func (g *generator) nestedTarget(t *model) bool {
	for _, m := range g.models {
		for _, r := range m.rels {
			if r.target == t && nestable(m, r) {
				return true
			}
		}
	}
	return false
}

func nestedType(r *rel, update bool) string {
	kind := "Create"
	if update {
		kind = "Update"
	}
	if r.list {
		return r.target.Go + kind + "NestedMany"
	}
	return r.target.Go + kind + "NestedOne"
}

// nestedInputFields writes the relation fields of m's create (or update)
// input struct.
func (g *generator) nestedInputFields(w *writer, m *model, update bool) {
	for _, r := range m.rels {
		if nestable(m, r) {
			w.p("%s *%s // nested writes through %s", r.Go, nestedType(r, update), r.f.Name)
		}
	}
}

// nestedInputBuild writes, in insert() or update(), the hand-over of the
// relation fields to the runtime (in or u is the value being built).
func (g *generator) nestedInputBuild(w *writer, m *model, update bool) {
	v := "in"
	if update {
		v = "u"
	}
	for _, r := range m.rels {
		if nestable(m, r) {
			w.p("if d.%s != nil { d.%s.nest(%s.Nest(&%sModel.Relations[%d], %sModel)) }", r.Go, r.Go, v, m.low, r.idx, r.target.low)
		}
	}
}

// writeArgTypes writes the nested input types of model t (when some
// relation needs them) and the arguments of CreateManyAndReturn.
func (g *generator) writeArgTypes(w *writer, t *model) {
	if t.m.IsView {
		return
	}
	n := t.Go
	w.p("// %sCreateManyAndReturn are the arguments of CreateManyAndReturn.", n)
	w.p("type %sCreateManyAndReturn struct {", n)
	w.p("Data []%sCreateInput", n)
	w.p("SkipDuplicates bool // ON CONFLICT DO NOTHING; skipped rows are not returned")
	w.p("Include *%sInclude", n)
	w.p("}")
	if !g.nestedTarget(t) {
		return
	}
	w.p("// %sConnectOrCreate connects the %s row matching Where, or creates it", n, t.m.Name)
	w.p("// from Create when there is none.")
	w.p("type %sConnectOrCreate struct {", n)
	w.p("Where %sWhereUnique", n)
	w.p("Create %sCreateInput", n)
	w.p("}")
	w.p("// %sNestedUpdate updates the related %s row matching Where.", n, t.m.Name)
	w.p("type %sNestedUpdate struct {", n)
	w.p("Where %sWhereUnique", n)
	w.p("Data %sUpdateInput", n)
	w.p("}")
	w.p("// %sNestedUpdateMany updates the related %s rows matching Where.", n, t.m.Name)
	w.p("type %sNestedUpdateMany struct {", n)
	w.p("Where %sWhere", n)
	w.p("Data %sUpdateInput", n)
	w.p("}")
	w.p("// %sNestedUpsert updates the related %s row (matching Where, for a", n, t.m.Name)
	w.p("// to-many relation; Where is ignored for a to-one relation) or creates it.")
	w.p("type %sNestedUpsert struct {", n)
	w.p("Where %sWhereUnique", n)
	w.p("Create %sCreateInput", n)
	w.p("Update %sUpdateInput", n)
	w.p("}")

	createFields := func(many bool) {
		if many {
			w.p("Create []%sCreateInput", n)
			w.p("CreateMany *%sCreateMany // not on many-to-many relations", n)
			w.p("Connect []%sWhereUnique", n)
			w.p("ConnectOrCreate []%sConnectOrCreate", n)
		} else {
			w.p("Create *%sCreateInput", n)
			w.p("Connect *%sWhereUnique", n)
			w.p("ConnectOrCreate *%sConnectOrCreate", n)
		}
	}
	createBuild := func(many bool) {
		if many {
			w.p("for i := range r.Create { n.Create(r.Create[i].insert()) }")
			w.p("if r.CreateMany != nil {")
			w.p("rows := client.NewInserts(len(r.CreateMany.Data), %d)", len(t.cols))
			w.p("for i := range r.CreateMany.Data { r.CreateMany.Data[i].fill(&rows[i]) }")
			w.p("n.CreateMany(rows, r.CreateMany.SkipDuplicates)")
			w.p("}")
			w.p("for i := range r.Connect { n.Connect(r.Connect[i].unique().Cond) }")
			w.p("for i := range r.ConnectOrCreate { n.ConnectOrCreate(r.ConnectOrCreate[i].Where.unique().Cond, r.ConnectOrCreate[i].Create.insert()) }")
		} else {
			w.p("if r.Create != nil { n.Create(r.Create.insert()) }")
			w.p("if r.Connect != nil { n.Connect(r.Connect.unique().Cond) }")
			w.p("if r.ConnectOrCreate != nil { n.ConnectOrCreate(r.ConnectOrCreate.Where.unique().Cond, r.ConnectOrCreate.Create.insert()) }")
		}
	}

	w.p("// %sCreateNestedOne is the nested write of a to-one relation to %s", n, t.m.Name)
	w.p("// inside a create: set one field.")
	w.p("type %sCreateNestedOne struct {", n)
	createFields(false)
	w.p("}")
	w.p("func (r *%sCreateNestedOne) nest(n *client.Nested) {", n)
	createBuild(false)
	w.p("}")

	w.p("// %sCreateNestedMany is the nested write of a to-many relation to %s", n, t.m.Name)
	w.p("// inside a create.")
	w.p("type %sCreateNestedMany struct {", n)
	createFields(true)
	w.p("}")
	w.p("func (r *%sCreateNestedMany) nest(n *client.Nested) {", n)
	createBuild(true)
	w.p("}")

	w.p("// %sUpdateNestedOne is the nested write of a to-one relation to %s", n, t.m.Name)
	w.p("// inside an update: set one of Create, Connect, ConnectOrCreate and")
	w.p("// Upsert, or Disconnect, Delete or Update. Disconnect and Delete need an")
	w.p("// optional relation (else P2014).")
	w.p("type %sUpdateNestedOne struct {", n)
	createFields(false)
	w.p("Upsert *%sNestedUpsert", n)
	w.p("Disconnect bool")
	w.p("Delete bool")
	w.p("Update *%sUpdateInput", n)
	w.p("}")
	w.p("func (r *%sUpdateNestedOne) nest(n *client.Nested) {", n)
	createBuild(false)
	w.p("if r.Upsert != nil { n.Upsert(nil, r.Upsert.Create.insert(), r.Upsert.Update.update()) }")
	w.p("if r.Disconnect { n.DisconnectOne() }")
	w.p("if r.Delete { n.DeleteOne() }")
	w.p("if r.Update != nil { n.Update(nil, r.Update.update()) }")
	w.p("}")

	w.p("// %sUpdateNestedMany is the nested write of a to-many relation to %s", n, t.m.Name)
	w.p("// inside an update. Set, when non-nil, makes its rows the only related")
	w.p("// ones (an empty, non-nil slice disconnects every row).")
	w.p("type %sUpdateNestedMany struct {", n)
	createFields(true)
	w.p("Set []%sWhereUnique", n)
	w.p("Disconnect []%sWhereUnique", n)
	w.p("Delete []%sWhereUnique", n)
	w.p("Update []%sNestedUpdate", n)
	w.p("UpdateMany []%sNestedUpdateMany", n)
	w.p("DeleteMany []%sWhere", n)
	w.p("Upsert []%sNestedUpsert", n)
	w.p("}")
	w.p("func (r *%sUpdateNestedMany) nest(n *client.Nested) {", n)
	createBuild(true)
	w.p("if r.Set != nil {")
	w.p("ws := make([]client.Cond, len(r.Set))")
	w.p("for i := range r.Set { ws[i] = r.Set[i].unique().Cond }")
	w.p("n.Set(ws)")
	w.p("}")
	w.p("for i := range r.Disconnect { n.Disconnect(r.Disconnect[i].unique().Cond) }")
	w.p("for i := range r.Delete { n.Delete(r.Delete[i].unique().Cond) }")
	w.p("for i := range r.Update { n.Update(r.Update[i].Where.unique().Cond, r.Update[i].Data.update()) }")
	w.p("for i := range r.UpdateMany { n.UpdateMany(r.UpdateMany[i].Where.cond(), r.UpdateMany[i].Data.update()) }")
	w.p("for i := range r.DeleteMany { n.DeleteMany(r.DeleteMany[i].cond()) }")
	w.p("for i := range r.Upsert { n.Upsert(r.Upsert[i].Where.unique().Cond, r.Upsert[i].Create.insert(), r.Upsert[i].Update.update()) }")
	w.p("}")
}

// rawMethods writes the model's raw query method (views too).
func (g *generator) rawMethods(w *writer, m *model) {
	w.p("// QueryRaw runs a raw query (values as args, bound as $1, $2, ...) and")
	w.p("// scans its rows into %s, matching result columns to the model's", m.Go)
	w.p("// columns by database name (see client.QueryRawModel).")
	w.p("func (c *%sClient) QueryRaw(ctx context.Context, query client.SQL, args ...any) ([]%s, error) {", m.Go, m.Go)
	w.p("return client.QueryRawModel[%s, *%sCodec](ctx, c.e, query, args...)", m.Go, m.low)
	w.p("}")
}

// writeMethods writes CreateManyAndReturn.
func (g *generator) writeMethods(w *writer, m *model) {
	if m.m.IsView {
		return
	}
	w.p("// CreateManyAndReturn inserts rows and returns them (with args.Include).")
	w.p("func (c *%sClient) CreateManyAndReturn(ctx context.Context, args %sCreateManyAndReturn) ([]%s, error) {", m.Go, m.Go, m.Go)
	w.p("rows := client.NewInserts(len(args.Data), %d)", len(m.cols))
	w.p("for i := range args.Data { args.Data[i].fill(&rows[i]) }")
	w.p("return client.CreateManyAndReturn[%s, *%sCodec](ctx, c.e, rows, args.SkipDuplicates, args.Include.build())", m.Go, m.low)
	w.p("}")
}

// clientWrites writes the Client's raw statement method.
func (g *generator) clientWrites(w *writer) {
	w.p("")
	w.p("// ExecuteRaw runs a raw statement (values as args, bound as $1, $2, ...)")
	w.p("// and returns the number of rows it affected. Raw queries into any type:")
	w.p("// client.QueryRaw[T](ctx, c.Engine(), query, args...).")
	w.p("func (c *Client) ExecuteRaw(ctx context.Context, query client.SQL, args ...any) (int64, error) {")
	w.p("return c.e.ExecuteRaw(ctx, query, args...)")
	w.p("}")
}
