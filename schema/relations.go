package schema

import (
	"fmt"
	"sort"
	"strings"

	"github.com/stratadb/strata/psl"
)

// relationAttr is a parsed @relation attribute.
type relationAttr struct {
	attr       *psl.Attribute
	name       string
	fields     []string
	fieldsArg  *psl.Arg
	references []string
	refsArg    *psl.Arg
	onDelete   string
	onUpdate   string
	onDelArg   *psl.Arg
	onUpdArg   *psl.Arg
	mapName    string
	// unresolved: fields: or references: named fields that do not exist
	// or are relation fields; reported when the attribute was read.
	unresolved bool
}

func (r *relationAttr) hasFields() bool { return r != nil && r.fieldsArg != nil }
func (r *relationAttr) hasRefs() bool   { return r != nil && r.refsArg != nil }
func (r *relationAttr) hasActions() bool {
	return r != nil && (r.onDelArg != nil || r.onUpdArg != nil)
}

func (b *builder) relationAttribute(m *Model, f *Field, a *psl.Attribute) {
	// A name given both unnamed and as name: is dropped without a word by
	// Prisma: the relation is then unnamed.
	unnamed, named := -1, -1
	for i, arg := range a.Args {
		switch {
		case arg.Name == nil && unnamed < 0:
			unnamed = i
		case arg.Name != nil && arg.Name.Name == "name":
			named = i
		}
	}
	attr := a
	if unnamed >= 0 && named >= 0 {
		cp := *a
		cp.Args = nil
		for i, arg := range a.Args {
			if i != unnamed && i != named {
				cp.Args = append(cp.Args, arg)
			}
		}
		attr = &cp
	}
	args := b.attrArgs(attr, "name", "fields", "references", "map", "onDelete", "onUpdate")
	ra := &relationAttr{attr: a}
	if arg := args["name"]; arg != nil {
		ra.name, _ = b.wantString(arg.Value)
	}
	if arg := args["map"]; arg != nil {
		ra.mapName, _ = b.wantString(arg.Value)
	}
	list := func(arg *psl.Arg) []string {
		arr, ok := arg.Value.(*psl.ArrayExpr)
		if !ok {
			arr = &psl.ArrayExpr{Elems: []psl.Expr{arg.Value}}
		}
		var out []string
		for _, el := range arr.Elems {
			if s, ok := b.wantConst(el); ok {
				out = append(out, s)
			}
		}
		return out
	}
	if arg := args["fields"]; arg != nil {
		ra.fieldsArg, ra.fields = arg, list(arg)
	}
	if arg := args["references"]; arg != nil {
		ra.refsArg, ra.references = arg, list(arg)
	}
	action := func(arg *psl.Arg) string {
		if arg == nil {
			return ""
		}
		s, ok := b.wantConst(arg.Value)
		if !ok {
			return ""
		}
		if !contains(fkActions, s) {
			// Prisma rejects unknown names as it reads the attribute;
			// what the relation mode allows is checked later.
			b.errorf(arg.Value.GetSpan(), "Error parsing attribute \"@relation\": Invalid referential action: `%s`", s).
				Hint = "Referential actions are Cascade, Restrict, NoAction, SetNull and SetDefault."
			return ""
		}
		return s
	}
	// Prisma resolves fields: and references: as it reads the attribute,
	// before any other relation check.
	if ra.fieldsArg != nil {
		var unknown, relational []string
		for _, n := range ra.fields {
			switch g := m.Field(n); {
			case g == nil:
				unknown = append(unknown, n)
			case g.Kind == RelationField:
				relational = append(relational, n)
			}
		}
		if len(unknown) > 0 {
			b.errorf(ra.fieldsArg.Value.GetSpan(), "Error validating: The argument fields must refer only to existing fields. The following fields do not exist in this model: %s", strings.Join(unknown, ", ")).
				Hint = fmt.Sprintf("Add the scalar field that holds the key to %s, e.g. %s %s.", m.Name, unknown[0], firstIDType(f.Related))
			ra.unresolved = true
		}
		if len(relational) > 0 {
			b.errorf(ra.fieldsArg.Value.GetSpan(), "Error validating: The argument fields must refer only to scalar fields. But it is referencing the following relation fields: %s", strings.Join(relational, ", ")).
				Hint = "List the scalar foreign-key fields in fields:, not relation fields."
			ra.unresolved = true
		}
	}
	if ra.refsArg != nil {
		var unknown, relational []string
		for _, n := range ra.references {
			switch g := f.Related.Field(n); {
			case g == nil:
				unknown = append(unknown, n)
			case g.Kind == RelationField:
				relational = append(relational, n)
			}
		}
		if len(unknown) > 0 {
			b.errorf(a.Span, "Error validating: The argument `references` must refer only to existing fields in the related model `%s`. The following fields do not exist in the related model: %s", f.Related.Name, strings.Join(unknown, ", ")).
				Hint = "Fields of " + f.Related.Name + ": " + fieldNames(f.Related) + "."
			ra.unresolved = true
		}
		if len(relational) > 0 {
			b.errorf(a.Span, "Error validating: The argument `references` must refer only to scalar fields in the related model `%s`. But it is referencing the following relation fields: %s", f.Related.Name, strings.Join(relational, ", ")).
				Hint = "Reference the related model's id or unique scalar fields."
			ra.unresolved = true
		}
	}
	ra.onDelArg, ra.onUpdArg = args["onDelete"], args["onUpdate"]
	ra.onDelete, ra.onUpdate = action(ra.onDelArg), action(ra.onUpdArg)
	b.relAttr[f] = ra
}

func relationFields(m *Model) []*Field {
	var out []*Field
	for _, f := range m.Fields {
		if f.Kind == RelationField {
			out = append(out, f)
		}
	}
	return out
}

// defaultRelationName is Prisma's name for an unnamed relation: the two model
// names in alphabetical order joined by "To".
func defaultRelationName(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + "To" + b
}

// relations pairs relation fields into relations and checks them.
func (b *builder) relations() {
	done := map[*Field]bool{}
	for _, m := range b.s.Models {
		groups := map[string][]*Field{} // related model + "\x00" + name
		var order []string
		for _, f := range relationFields(m) {
			k := f.Related.Name + "\x00" + b.relAttr[f].relName()
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], f)
		}
		for _, k := range order {
			fs := groups[k]
			self := fs[0].Related == m
			// Prisma wants a name on a self-relation's two fields.
			unnamedSelf := self && len(fs) == 2 && b.relAttr[fs[0]].relName() == ""
			if (!self && len(fs) > 1) || (self && len(fs) > 2) || unnamedSelf {
				b.ambiguous(m, fs, self)
				for _, f := range fs {
					done[f] = true
				}
			}
		}
	}
	// Prisma checks relations after the models, in the order in which it
	// found them: each at the field that owns it (see anchor). Collect each
	// relation's diagnostics and replay them in that order in validate.
	ord := map[*Field]int{}
	for _, m := range b.s.Models {
		for _, f := range relationFields(m) {
			ord[f] = len(ord)
		}
	}
	type bundle struct {
		at    int
		rel   *Relation // nil for a field without opposite
		diags psl.Diagnostics
		late  []func()
	}
	var bundles []bundle
	capture := func(at int, check func()) {
		nd, nl, nr := len(b.diags), len(b.lateRelation), len(b.s.Relations)
		check()
		bd := bundle{
			at:    at,
			diags: append(psl.Diagnostics(nil), b.diags[nd:]...),
			late:  append([]func(){}, b.lateRelation[nl:]...),
		}
		if len(b.s.Relations) > nr {
			bd.rel = b.s.Relations[nr]
		}
		bundles = append(bundles, bd)
		b.diags, b.lateRelation = b.diags[:nd], b.lateRelation[:nl]
	}
	for _, m := range b.s.Models {
		for _, f := range relationFields(m) {
			if done[f] {
				continue
			}
			done[f] = true
			name := b.relAttr[f].relName()
			var g *Field
			for _, cand := range relationFields(f.Related) {
				if cand == f || done[cand] || cand.Related != m || b.relAttr[cand].relName() != name {
					continue
				}
				g = cand
				break
			}
			if g == nil {
				capture(ord[f], func() { b.missingOpposite(m, f) })
				continue
			}
			done[g] = true
			a, o := b.anchor(f, g)
			capture(ord[a], func() { b.pair(a, o, name) })
		}
	}
	sort.SliceStable(bundles, func(i, j int) bool { return bundles[i].at < bundles[j].at })
	for _, bd := range bundles {
		ds, rel := bd.diags, bd.rel
		if rel != nil {
			// Prisma looks for cycles first.
			b.lateRelation = append(b.lateRelation, func() { b.validateCycles(rel) })
		}
		b.lateRelation = append(b.lateRelation, func() { b.diags = append(b.diags, ds...) })
		b.lateRelation = append(b.lateRelation, bd.late...)
	}
}

// anchor returns the field at which Prisma records the relation of f and g
// (f comes first in the schema), and the other one. Prisma names that field
// first in its messages.
func (b *builder) anchor(f, g *Field) (*Field, *Field) {
	less := func(x, y *Field) bool {
		if x.Model.Name != y.Model.Name {
			return x.Model.Name < y.Model.Name
		}
		return x.Name < y.Name
	}
	pick := func(first bool) (*Field, *Field) {
		if first {
			return f, g
		}
		return g, f
	}
	switch {
	case f.Arity == List && g.Arity == List:
		return pick(!less(g, f))
	case f.Arity == List:
		return g, f
	case g.Arity == List:
		return f, g
	case f.Arity == Required && g.Arity == Optional:
		return f, g
	case f.Arity == Optional && g.Arity == Required:
		return g, f
	case f.Arity == Required:
		return pick(!less(g, f))
	case b.relAttr[f].hasFields():
		return f, g
	case !b.relAttr[g].hasFields():
		return pick(!less(g, f))
	}
	return g, f
}

func (r *relationAttr) relName() string {
	if r == nil {
		return ""
	}
	return r.name
}

func (b *builder) ambiguous(m *Model, fs []*Field, self bool) {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = "`" + f.Name + "`"
	}
	joined := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	// Prisma reports it at the first of the fields.
	sp := b.fieldAST[fs[0]].Span
	explicit := b.relAttr[fs[0]].relName() != ""
	var msg, hint string
	switch {
	case self && !explicit && len(fs) == 2:
		msg = fmt.Sprintf("Ambiguous self relation detected. The fields %s in model `%s` both refer to `%s`. If they are part of the same relation add the same relation name for them with `@relation(<name>)`.", joined, m.Name, m.Name)
		hint = fmt.Sprintf(`Name the relation on both fields, e.g. @relation("%sTree").`, m.Name)
	case self && explicit:
		msg = fmt.Sprintf("Wrongly named self relation detected. The fields %s in model `%s` have the same relation name. At most two relation fields can belong to the same relation and therefore have the same name. Please assign a different relation name to one of them.", joined, m.Name)
		hint = "Give each pair of self-relation fields its own @relation name."
	case self:
		msg = fmt.Sprintf("Unnamed self relation detected. The fields %s in model `%s` have no relation name. Please provide a relation name for one of them by adding `@relation(<name>).", joined, m.Name)
		hint = `Name each relation: @relation("Followers") on one pair of fields, @relation("Following") on the other.`
	case explicit:
		msg = fmt.Sprintf("Wrongly named relation detected. The fields %s in model `%s` both use the same relation name. Please provide different relation names for them through `@relation(<name>).", joined, m.Name)
		hint = "Each relation between the same two models needs its own name."
	default:
		msg = fmt.Sprintf("Ambiguous relation detected. The fields %s in model `%s` both refer to `%s`. Please provide different relation names for them by adding `@relation(<name>).", joined, m.Name, fs[0].Related.Name)
		hint = fmt.Sprintf(`Name each relation, e.g. @relation("Author") on %s.%s and on its opposite field in %s.`, m.Name, fs[0].Name, fs[0].Related.Name)
	}
	b.errorf(sp, "Error validating %s %q: %s", kindWord(m), m.Name, msg).Hint = hint
}

func (b *builder) missingOpposite(m *Model, f *Field) {
	arity := ""
	if b.relAttr[f].hasFields() {
		arity = "[]"
	}
	b.errorf(b.fieldAST[f].Span, "Error validating field `%s` in %s `%s`: The relation field `%s` on %s `%s` is missing an opposite relation field on the model `%s`. Either run `prisma format` or add it manually.", f.Name, kindWord(m), m.Name, f.Name, kindWord(m), m.Name, f.Related.Name).
		Hint = fmt.Sprintf("Add a field of type %s%s to model %s (run `strata format` after adding relation fields to align them).", m.Name, arity, f.Related.Name)
}

// pair classifies two opposite relation fields and records the relation.
func (b *builder) pair(f, g *Field, name string) {
	fa, ga := b.relAttr[f], b.relAttr[g]
	r := &Relation{Name: name}
	if r.Name == "" {
		r.Name = defaultRelationName(f.Model.Name, g.Model.Name)
	}
	switch {
	case f.Arity == List && g.Arity == List:
		r.Kind = ManyToMany
		first, second := f, g
		if g.Model.Name < f.Model.Name || (g.Model == f.Model && g.Name < f.Name) {
			first, second = g, f
		}
		r.From, r.To = first, second
		r.JoinTable = "_" + r.Name
		r.Span = b.fieldAST[first].Span
		b.checkManyToMany(r, fa, ga)
	case f.Arity == List || g.Arity == List:
		r.Kind = OneToMany
		one, many := f, g
		if f.Arity == List {
			one, many = g, f
		}
		oa, ma := b.relAttr[one], b.relAttr[many]
		r.From, r.To = one, many
		r.Span = b.fieldAST[one].Span
		// Prisma's order: the foreign key checks, then the arguments
		// missing on the forward side or misplaced on the back side.
		b.foreignKey(r, one, oa)
		if !oa.hasFields() {
			b.errorf(b.fieldAST[one].Span, "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` must specify the `fields` argument in the @relation attribute. You can run `prisma format` to fix this automatically.", one.Name, one.Model.Name).
				Hint = fmt.Sprintf("Write @relation(fields: [%s], references: [id]) with a scalar field holding the key of %s.", lowerFirst(many.Model.Name)+"Id", many.Model.Name)
		}
		if !oa.hasRefs() {
			b.errorf(b.fieldAST[one].Span, "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` must specify the `references` argument in the @relation attribute.", one.Name, one.Model.Name).
				Hint = "Add references: [id] (the referenced model's id or unique fields)."
		}
		if ma.hasFields() || ma.hasRefs() {
			b.errorf(b.fieldAST[many].Span, "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` must not specify the `fields` or `references` argument in the @relation attribute. You must only specify it on the opposite field `%s` on model `%s`.", many.Name, many.Model.Name, one.Name, one.Model.Name).
				Hint = "Move fields: and references: to the opposite field."
		}
		if ma.hasActions() {
			b.backActions(many, one)
		}
	default:
		b.oneToOne(r, f, g)
	}
	if r.Span.File == "" {
		r.Span = b.fieldAST[f].Span
	}
	f.Relation, g.Relation = r, r
	b.s.Relations = append(b.s.Relations, r)
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

func (b *builder) backActions(back, front *Field) {
	a := b.relAttr[back]
	b.errorf(a.attr.Span, "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `%s` on model `%s`, or in case of a many to many relation, in an explicit join table.", back.Name, back.Model.Name, front.Name, front.Model.Name).
		Hint = "Move onDelete:/onUpdate: to the field that has fields: and references:."
}

func (b *builder) checkManyToMany(r *Relation, fa, ga *relationAttr) {
	sides := [][2]*Field{{r.From, r.To}, {r.To, r.From}}
	if fa.hasFields() || ga.hasFields() {
		// fields: on a list makes it an embedded (MongoDB) relation.
		for _, side := range sides {
			if b.relAttr[side[0]].hasFields() {
				b.errorf(b.fieldAST[side[0]].Span, "Error validating: Embedded many-to-many relations are not supported on Postgres. Please use the syntax defined in https://pris.ly/d/relational-database-many-to-many").
					Hint = "Remove fields: and references:; an implicit many-to-many relation needs only the two list fields."
			}
		}
		return
	}
	if r.From.Model.IsView || r.To.Model.IsView {
		for _, side := range sides {
			b.errorf(b.fieldAST[side[0]].Span, "Error validating: Implicit many-to-many relations are not supported for views.").
				Hint = "Use an explicit join view or model."
		}
	}
	for _, side := range sides {
		f := side[0]
		rel := f.Related
		if rel.PrimaryKey == nil || len(rel.PrimaryKey.Fields) != 1 {
			b.errorf(b.fieldAST[f].Span, "Error validating field `%s` in %s `%s`: The relation field `%s` on %s `%s` references `%s` which does not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship.", f.Name, kindWord(f.Model), f.Model.Name, f.Name, kindWord(f.Model), f.Model.Name, rel.Name).
				Hint = "Give " + rel.Name + " a single-field @id, or write an explicit join model."
			continue
		}
		if a := b.relAttr[f]; a.hasRefs() && !a.unresolved {
			id := rel.PrimaryKey.Fields[0].Field.Name
			if len(a.references) != 1 || a.references[0] != id {
				b.errorf(b.fieldAST[f].Span, "Error validating: Implicit many-to-many relations must always reference the id field of the related model. Change the argument `references` to use the id field of the related model `%s`. But it is referencing the following fields that are not the id: %s", rel.Name, strings.Join(a.references, ", ")).
					Hint = fmt.Sprintf("Write references: [%s], or remove references:.", id)
			}
		}
	}
	for _, side := range sides {
		a := b.relAttr[side[0]]
		if a == nil {
			continue
		}
		for _, arg := range []*psl.Arg{a.onDelArg, a.onUpdArg} {
			if arg != nil {
				b.errorf(arg.Span, "Error validating: Referential actions on implicit many-to-many relations are not supported").
					Hint = "Remove the action; for onDelete/onUpdate on the join rows, write an explicit join model."
			}
		}
	}
	for _, side := range sides {
		if b.relAttr[side[0]].hasRefs() {
			b.errorf(b.fieldAST[side[0]].Span, "Error validating: Implicit many-to-many relation should not have references argument defined. Either remove it, or change the relation to one-to-many.").
				Hint = "Remove references:; Prisma joins implicit many-to-many relations on the ids."
		}
	}
}

// foreignKey checks fields:/references: of the forward side in Prisma's
// order: the references are a unique criterion, both lists have the same
// length, a required relation has required fields, the types match. The
// attribute reader has resolved the names.
func (b *builder) foreignKey(r *Relation, from *Field, a *relationAttr) {
	if a == nil || a.unresolved {
		return
	}
	m, target := from.Model, from.Related
	for _, n := range a.fields {
		r.Fields = append(r.Fields, m.Field(n))
	}
	for _, n := range a.references {
		r.References = append(r.References, target.Field(n))
	}
	sp := b.fieldAST[from].Span
	if len(r.References) > 0 && !b.isUniqueCriterion(target, r.References) {
		d := b.errorf(sp, "Error parsing attribute \"@relation\": The argument `references` must refer to a unique criterion in the related model. Consider adding an `@unique` attribute to the field `%s` in the model `%s`.", r.References[0].Name, target.Name)
		if len(r.References) > 1 {
			d.Message = fmt.Sprintf("Error parsing attribute \"@relation\": The argument `references` must refer to a unique criterion in the related model. Consider adding an `@@unique([%s])` attribute to the model `%s`.", joinNames(r.References), target.Name)
		}
		d.Hint = "A foreign key can only point at a primary key or unique constraint."
	}
	if a.fieldsArg != nil && a.refsArg != nil && len(r.Fields) != len(r.References) {
		b.errorf(a.attr.Span, "Error validating: You must specify the same number of fields in `fields` and `references`.").
			Hint = fmt.Sprintf("fields: has %d, references: has %d.", len(r.Fields), len(r.References))
	}
	if from.Arity == Required && a.fieldsArg != nil {
		var opt []string
		for _, f := range r.Fields {
			if f.Arity == Optional {
				opt = append(opt, f.Name)
			}
		}
		if len(opt) > 0 {
			b.errorf(sp, "Error validating: The relation field `%s` uses the scalar fields %s. At least one of those fields is optional. Hence the relation field must be optional as well.", from.Name, joinNames(r.Fields)).
				Hint = fmt.Sprintf("Write %s %s? (or make %s required).", from.Name, from.Type, strings.Join(opt, ", "))
		}
	}
	for i, f := range r.Fields {
		if i >= len(r.References) {
			break
		}
		ref := r.References[i]
		if f.Type != ref.Type || f.Kind != ref.Kind { // Prisma compares types, not arity
			b.errorf(sp, "Error parsing attribute \"@relation\": The type of the field `%s` in the model `%s` is not matching the type of the referenced field `%s` in model `%s`.", f.Name, m.Name, ref.Name, target.Name).
				Hint = fmt.Sprintf("Declare %s as %s, the type of %s.%s.", f.Name, ref.Type, target.Name, ref.Name)
			continue
		}
		// Differing native types (uuid against varchar, say) can make
		// PostgreSQL refuse the foreign key, but Prisma accepts the schema;
		// a warning here would change the verdict, so strata stays silent.
	}
	if len(r.Fields) != len(r.References) {
		r.Fields, r.References = nil, nil
	}
	r.OnDelete, r.OnUpdate = a.onDelete, a.onUpdate
	if a.mapName != "" {
		r.FKName, r.MappedFK = a.mapName, true
	}
	b.referentialActions(r, from, a)
}

// oneToOne checks a one-to-one relation as Prisma does. fwd is the field at
// which Prisma records the relation (see anchor), back the other one; the
// foreign key lives on the side with fields:.
func (b *builder) oneToOne(r *Relation, fwd, back *Field) {
	r.Kind = OneToOne
	fa, ba := b.relAttr[fwd], b.relAttr[back]
	r.From, r.To = fwd, back
	if !fa.hasFields() && ba.hasFields() {
		r.From, r.To = back, fwd
	}
	r.Span = b.fieldAST[r.From].Span
	fsp, bsp := b.fieldAST[fwd].Span, b.fieldAST[back].Span
	// The foreign key checks look at the forward side only.
	if fa.hasFields() || fa.hasRefs() {
		b.foreignKey(r, fwd, fa)
	} else if ba.hasFields() && !ba.unresolved {
		// Keep the model complete for the callers; Prisma checks these
		// fields nowhere else, and reports the wrong side below.
		for _, n := range ba.fields {
			r.Fields = append(r.Fields, back.Model.Field(n))
		}
		for _, n := range ba.references {
			r.References = append(r.References, fwd.Model.Field(n))
		}
		if len(r.Fields) != len(r.References) {
			r.Fields, r.References = nil, nil
		}
		r.OnDelete, r.OnUpdate = ba.onDelete, ba.onUpdate
		if ba.mapName != "" {
			r.FKName, r.MappedFK = ba.mapName, true
		}
	}
	hint := fmt.Sprintf("On the side that holds the foreign key, write @relation(fields: [%sId], references: [id]).", lowerFirst(back.Name))
	if !fa.hasFields() && !ba.hasFields() {
		b.errorf(fsp, "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` do not provide the `fields` argument in the @relation attribute. You have to provide it on one of the two fields.", fwd.Name, fwd.Model.Name, back.Name, back.Model.Name).Hint = hint
		b.errorf(bsp, "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` do not provide the `fields` argument in the @relation attribute. You have to provide it on one of the two fields.", back.Name, back.Model.Name, fwd.Name, fwd.Model.Name).Hint = hint
	}
	if !fa.hasRefs() && !ba.hasRefs() {
		b.errorf(fsp, "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` do not provide the `references` argument in the @relation attribute. You have to provide it on one of the two fields.", fwd.Name, fwd.Model.Name, back.Name, back.Model.Name).Hint = hint
	}
	for _, arg := range []string{"references", "fields"} {
		both := fa.hasRefs() && ba.hasRefs()
		if arg == "fields" {
			both = fa.hasFields() && ba.hasFields()
		}
		if both {
			b.errorf(fsp, "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` both provide the `%s` argument in the @relation attribute. You have to provide it only on one of the two fields.", fwd.Name, fwd.Model.Name, back.Name, back.Model.Name, arg).
				Hint = "Keep fields: and references: on the side that holds the foreign key."
		}
	}
	switch {
	case fa.hasActions() && ba.hasActions():
		b.errorf(bsp, "Error parsing attribute \"@relation\": The relation fields `%s` on Model `%s` and `%s` on Model `%s` both provide the `onDelete` or `onUpdate` argument in the @relation attribute. You have to provide it only on one of the two fields.", back.Name, back.Model.Name, fwd.Name, fwd.Model.Name).
			Hint = "Keep onDelete:/onUpdate: on the side that holds the foreign key."
	case ba.hasActions():
		b.errorf(bsp, "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `%s` on model `%s`.", back.Name, back.Model.Name, fwd.Name, fwd.Model.Name).
			Hint = "Move onDelete:/onUpdate: to the field that has fields: and references:."
	}
	if fa.hasFields() && !fa.unresolved && len(r.Fields) > 0 && !b.isUniqueCriterion(fwd.Model, r.Fields) {
		d := b.errorf(fsp, "Error parsing attribute \"@relation\": A one-to-one relation must use unique fields on the defining side. Either add an `@unique` attribute to the field `%s`, or change the relation to one-to-many.", r.Fields[0].Name)
		if len(r.Fields) > 1 {
			d.Message = fmt.Sprintf("Error parsing attribute \"@relation\": A one-to-one relation must use unique fields on the defining side. Either add an `@@unique([%s])` attribute to the model, or change the relation to one-to-many.", joinNames(r.Fields))
		}
		d.Hint = fmt.Sprintf("Write %s %s @unique", r.Fields[0].Name, r.Fields[0].Type)
	}
	// The last three run only while the schema has no error, as in Prisma.
	b.lateRelation = append(b.lateRelation, func() {
		if b.diags.HasErrors() {
			return
		}
		if fa.hasFields() && ba.hasRefs() {
			msg := fmt.Sprintf("Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` provides the `fields` argument in the @relation attribute. And the related field `%s` on Model `%s` provides the `references` argument. You must provide both arguments on the same side.", fwd.Name, fwd.Model.Name, back.Name, back.Model.Name)
			b.errorf(fsp, "%s", msg).Hint = "Put fields: and references: together on the side that holds the foreign key."
			b.errorf(bsp, "%s", msg).Hint = "Put fields: and references: together on the side that holds the foreign key."
		}
		if fa.hasRefs() && ba.hasFields() {
			b.errorf(fsp, "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` provides the `references` argument in the @relation attribute. And the related field `%s` on Model `%s` provides the `fields` argument. You must provide both arguments on the same side.", fwd.Name, fwd.Model.Name, back.Name, back.Model.Name).
				Hint = "Put fields: and references: together on the side that holds the foreign key."
		}
		if b.diags.HasErrors() {
			return
		}
		if back.Arity == Required {
			b.errorf(bsp, "Error parsing attribute \"@relation\": The relation field `%s` on Model `%s` is required. This is not valid because it's not possible to enforce this constraint on the database level. Please change the field type from `%s` to `%s?` to fix this.", back.Name, back.Model.Name, fwd.Model.Name, fwd.Model.Name).
				Hint = fmt.Sprintf("Write %s %s?", back.Name, back.Type)
			return
		}
		if fwd.Arity == Required && (ba.hasFields() || ba.hasRefs()) {
			b.errorf(bsp, "Error parsing attribute \"@relation\": The relation field `%s.%s` defines the `fields` and/or `references` argument. You must set them on the required side of the relation (`%s.%s`) in order for the constraints to be enforced. Alternatively, you can change this field to be required and the opposite optional, or make both sides of the relation optional.", back.Model.Name, back.Name, fwd.Model.Name, fwd.Name).
				Hint = fmt.Sprintf("Move fields: and references: to %s.%s.", fwd.Model.Name, fwd.Name)
		}
	})
}

func joinNames(fs []*Field) string {
	ns := make([]string, len(fs))
	for i, f := range fs {
		ns[i] = f.Name
	}
	return strings.Join(ns, ", ")
}

func firstIDType(m *Model) string {
	if m.PrimaryKey != nil && len(m.PrimaryKey.Fields) > 0 {
		return m.PrimaryKey.Fields[0].Field.Type
	}
	return "Int"
}

// isUniqueCriterion reports whether fields (in any order) are exactly the
// fields of the model's primary key or of one of its unique constraints.
func (b *builder) isUniqueCriterion(m *Model, fields []*Field) bool {
	want := fieldSet(fields)
	if m.PrimaryKey != nil && fieldSetIx(m.PrimaryKey.Fields) == want {
		return true
	}
	for _, ix := range m.Indexes {
		if ix.Kind == UniqueIndex && fieldSetIx(ix.Fields) == want {
			return true
		}
	}
	return false
}

func fieldSet(fs []*Field) string {
	ns := make([]string, len(fs))
	for i, f := range fs {
		ns[i] = f.Name
	}
	sort.Strings(ns)
	return strings.Join(ns, "\x00")
}

func fieldSetIx(ixf []IndexField) string {
	fs := make([]*Field, len(ixf))
	for i, f := range ixf {
		fs[i] = f.Field
	}
	return fieldSet(fs)
}

var fkActions = []string{"Cascade", "Restrict", "NoAction", "SetNull", "SetDefault"}

// emulatedActions: what Prisma emulates for PostgreSQL without foreign keys.
var emulatedActions = []string{"Cascade", "Restrict", "SetNull"}

func (b *builder) prismaMode() bool {
	return b.s.Datasource != nil && b.s.Datasource.RelationMode == "prisma"
}

func (b *builder) allowedActions() []string {
	if b.prismaMode() {
		return emulatedActions
	}
	return fkActions
}

func (b *builder) referentialActions(r *Relation, from *Field, a *relationAttr) {
	prismaMode := b.prismaMode()
	for _, act := range []struct {
		which string
		val   string
		arg   *psl.Arg
	}{{"onDelete", r.OnDelete, a.onDelArg}, {"onUpdate", r.OnUpdate, a.onUpdArg}} {
		if act.val == "" || !contains(b.allowedActions(), act.val) {
			continue // validateRelationFields reports it
		}
		if act.val == "SetNull" {
			required := false
			for _, f := range r.Fields {
				if f.Arity == Required {
					required = true
				}
			}
			if required {
				hint := fmt.Sprintf("Make %s optional, or use %s: Restrict or Cascade.", joinNames(r.Fields), act.which)
				sp, which := b.fieldAST[from].Span, act.which
				if b.s.Datasource != nil && !prismaMode {
					// PostgreSQL's foreign keys accept it; Prisma only warns.
					b.warnf(sp, "The `%s` referential action of a relation should not be set to `SetNull` when a referenced field is required. We recommend either to choose another referential action, or to make the referenced fields optional. Read more at https://pris.ly/d/postgres-set-null", which).Hint = hint
					continue
				}
				// Without foreign keys (relationMode = "prisma", or no
				// datasource) it is an error, reported with the checks
				// that need the whole model, as Prisma does.
				b.lateRelation = append(b.lateRelation, func() {
					b.errorf(sp, "Error parsing attribute \"@relation\": The `%s` referential action of a relation must not be set to `SetNull` when a referenced field is required.\nEither choose another referential action, or make the referenced fields optional.", which).Hint = hint
				})
			}
		}
	}
	if prismaMode && len(r.Fields) > 0 && !b.hasIndexPrefix(from.Model, r.Fields) {
		b.warnf(b.fieldAST[from].Span, "With `relationMode = \"prisma\"`, no foreign keys are used, so relation fields will not benefit from the index usually created by the relational database under the hood. This can lead to poor performance when querying these fields. We recommend adding an index manually. Learn more at https://pris.ly/d/relation-mode-prisma-indexes\" ").
			Hint = fmt.Sprintf("Add @@index([%s]) to model %s.", joinNames(r.Fields), from.Model.Name)
	}
}

// hasIndexPrefix reports whether an index, unique constraint or primary key
// of m starts with fields (in order).
func (b *builder) hasIndexPrefix(m *Model, fields []*Field) bool {
	covers := func(ixf []IndexField) bool {
		if len(ixf) < len(fields) {
			return false
		}
		for i, f := range fields {
			if ixf[i].Field != f {
				return false
			}
		}
		return true
	}
	if m.PrimaryKey != nil && covers(m.PrimaryKey.Fields) {
		return true
	}
	for _, ix := range m.Indexes {
		if covers(ix.Fields) {
			return true
		}
	}
	return false
}

// validateRelations runs the checks that need every relation resolved.
func (b *builder) validateRelations() {
	for _, check := range b.lateRelation {
		check()
	}
}

// validateRelationFields runs Prisma's checks of m's relation fields: the
// related model is ignored, the referential actions are supported.
func (b *builder) validateRelationFields(m *Model) {
	for _, f := range m.Fields {
		if f.Kind != RelationField {
			continue
		}
		if !f.Ignored && !m.Ignored && f.Related.Ignored {
			b.errorf(b.fieldAST[f].Span, "Error parsing attribute \"@ignore\": The relation field `%s` on Model `%s` must specify the `@ignore` attribute, because the model %s it is pointing to is marked ignored.", f.Name, m.Name, f.Related.Name).
				Hint = "Add @ignore to the field, or remove @@ignore from " + f.Related.Name + "."
		}
		a := b.relAttr[f]
		if a == nil {
			continue
		}
		allowed := b.allowedActions()
		for _, act := range []struct {
			val string
			arg *psl.Arg
		}{{a.onDelete, a.onDelArg}, {a.onUpdate, a.onUpdArg}} {
			if act.val == "" || contains(allowed, act.val) {
				continue
			}
			quoted := make([]string, len(allowed))
			for i, x := range allowed {
				quoted[i] = "`" + x + "`"
			}
			msg := fmt.Sprintf("Invalid referential action: `%s`. Allowed values: (%s)", act.val, strings.Join(quoted, ", "))
			hint := "Write one of " + strings.Join(allowed, ", ") + "."
			if b.prismaMode() && act.val == "NoAction" {
				msg += ". `NoAction` is not implemented for Postgres when using `relationMode = \"prisma\"`, you could try using `Restrict` instead. Learn more at https://pris.ly/d/relation-mode"
				hint = "Write Restrict: without foreign keys, Prisma emulates Restrict but not NoAction on PostgreSQL."
			}
			b.errorf(act.arg.Span, "Error validating: %s", msg).Hint = hint
		}
	}
}

// validateCycles: without foreign keys (relationMode = "prisma") Prisma
// emulates the referential actions, and refuses relations whose actions
// could cascade round a cycle or a self-relation.
func (b *builder) validateCycles(r *Relation) {
	if !b.prismaMode() || r.Kind == ManyToMany || r.To == nil || len(r.Fields) == 0 {
		return
	}
	onDelete := func(x *Relation) string {
		if x.OnDelete != "" {
			return x.OnDelete
		}
		for _, f := range x.Fields {
			if f.Arity == Required {
				return "Restrict"
			}
		}
		if x.From.Arity == Required {
			return "Restrict"
		}
		return "SetNull"
	}
	onUpdate := func(x *Relation) string {
		if x.OnUpdate != "" {
			return x.OnUpdate
		}
		return "Cascade"
	}
	triggers := func(a string) bool { return a != "NoAction" && a != "Restrict" }
	type step struct {
		rel  *Relation
		path []*Relation
	}
	visited := map[*Field]bool{}
	parent := r.From.Model
	stack := []step{{r, []*Relation{r}}}
	for len(stack) > 0 {
		st := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		visited[st.rel.From] = true
		related := st.rel.From.Related
		if !triggers(onDelete(st.rel)) && !triggers(onUpdate(st.rel)) {
			continue
		}
		msg := ""
		switch {
		case st.rel.From.Model == related:
			msg = "A self-relation must have `onDelete` and `onUpdate` referential actions set to `NoAction` in one of the @relation attributes."
		case related == parent:
			names := make([]string, len(st.path))
			for i, x := range st.path {
				names[i] = x.From.Model.Name + "." + x.From.Name
			}
			msg = fmt.Sprintf("Reference causes a cycle. One of the @relation attributes in this cycle must have `onDelete` and `onUpdate` referential actions set to `NoAction`. Cycle path: %s.", strings.Join(names, " → "))
		}
		if msg != "" {
			del, upd := "", ""
			if r.OnDelete == "" && triggers(onDelete(r)) {
				del = onDelete(r)
			}
			if r.OnUpdate == "" && triggers(onUpdate(r)) {
				upd = onUpdate(r)
			}
			switch {
			case del != "" && upd != "":
				msg += fmt.Sprintf(" (Implicit default `onDelete`: `%s`, and `onUpdate`: `%s`)", del, upd)
			case del != "":
				msg += fmt.Sprintf(" (Implicit default `onDelete`: `%s`)", del)
			case upd != "":
				msg += fmt.Sprintf(" (Implicit default `onUpdate`: `%s`)", upd)
			}
			b.errorf(b.fieldAST[r.From].Span, "Error validating: %s Read more at https://pris.ly/d/cyclic-referential-actions", msg).
				Hint = "Without foreign keys Prisma emulates the actions and cannot follow cycles: write onDelete: Restrict, onUpdate: Restrict on one relation of the cycle (NoAction is not available without foreign keys on PostgreSQL)."
			return
		}
		for _, next := range b.s.Relations {
			if next.Kind == ManyToMany || next.To == nil || len(next.Fields) == 0 || next.From.Model != related || visited[next.From] {
				continue
			}
			path := append(append([]*Relation{}, st.path...), next)
			stack = append(stack, step{next, path})
		}
	}
}
