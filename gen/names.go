package gen

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stratadb/strata/schema"
)

// How Prisma names become Go names, and how collisions are resolved.
//
// Every model, view, enum, field and enum value gets an exported Go name
// from goName (createdAt is CreatedAt, user_id UserID; a name that would
// not start with an upper-case letter, such as 名前, gets an X in front).
// The generator also declares names of its own: the Client type and its
// methods, per model the types ModelWhere, ModelCreateInput, ... (see
// modelSuffixes) and the unexported modelModel, modelCodec, orderByModel
// and groupByOrderModel, per enum the constants and EnumValues. Go keywords
// and predeclared identifiers are all lower case, so exported names never
// meet them.
//
// When two names would meet, the generator keeps the first and changes
// the later one, deterministically:
//
//   - Package level: enums and models are named in order of the length
//     of their Go name (shorter first), enums before models, then schema
//     order. Each takes its Go name if that name and every name derived
//     from it are free, else the first free one of Name+"Model" (or
//     Name+"Enum"), Name+"Model2", Name+"Model3", ... So User keeps User
//     and its UserWhere, and a model UserWhere becomes UserWhereModel; a
//     model named Client, New, Open, or like a method of Client (Tx,
//     Engine, ...) becomes ClientModel, NewModel, ....
//   - An enum constant that meets another name gets "_" appended (ACTIVE
//     and active are StatusActive and StatusActive_).
//   - Inside a struct, a field whose Go name is taken by an earlier field
//     or by a name the generator puts there (AND, OR, NOT, Loaded) gets "_"
//     appended: user_id and userId are UserID and UserID_. goName never
//     produces "_", so the suffixed names cannot meet a converted one.
//   - The relation counts field is Count, or RelationCount when a field is
//     named Count; the _all count is All, or AllRows; a field that would
//     meet those gets "_" appended too.
//
// When a name was changed, the generated package's doc (namingDoc) repeats
// the user-visible rules and lists the renamed models and enums.

// namingDoc is the paragraph of the generated package's doc that tells
// how Prisma names became Go names, written only when a name had to be
// changed (so clients without collisions are unaffected): the rule and
// the models and enums renamed.
func (g *generator) namingDoc() string {
	changed := len(g.renamed) > 0
	for _, m := range g.models {
		for _, c := range m.cols {
			changed = changed || c.Go != goName(c.f.Name)
		}
		for _, r := range m.rels {
			changed = changed || r.Go != goName(r.f.Name)
		}
	}
	for _, e := range g.enums {
		for i, v := range e.e.Values {
			changed = changed || e.consts[i] != e.Go+goName(v.Name)
		}
	}
	if !changed {
		return ""
	}
	text := "Go names: a model, enum or field keeps its Prisma name in Go's style " +
		"(user_id is UserID). When two names would meet, the first keeps it and " +
		"the later one changes: a model or enum gets the suffix Model or Enum " +
		"(then a number), an enum constant or a struct field gets \"_\" appended " +
		"(JSON tags and enum values keep the schema's names)."
	if len(g.renamed) > 0 {
		text += " Renamed here: " + strings.Join(g.renamed, ", ") + "."
	}
	return wrap(text, 72)
}

// clientNames are declared by the client file (package-level names) or
// are fields and methods of the Client struct, whose fields are named
// after the models: no model may take them.
var clientNames = []string{"Client", "New", "Open", "newClient", "Close", "Engine", "Tx", "Batch", "ExecuteRaw"}

// structReserved are field names the generator puts into the structs of
// a model next to its fields: the model struct's Loaded method and the
// Where and Having filters' AND, OR and NOT.
var structReserved = []string{"Loaded", "AND", "OR", "NOT"}

// enumSuffixes are the package-level names derived from an enum's name,
// besides its constants.
var enumSuffixes = []string{"", "Values"}

// modelUnexported returns the unexported package-level names derived from
// a model's Go name.
func modelUnexported(base string) []string {
	low := lowerFirst(base)
	return []string{low + "Model", low + "Codec", "orderBy" + base, "groupByOrder" + base}
}

// candidate returns the i-th Go name tried for a model or enum whose
// converted name is base: base, base+kind, base+kind+"2", ...
func candidate(base, kind string, i int) string {
	switch i {
	case 0:
		return base
	case 1:
		return base + kind
	}
	return base + kind + strconv.Itoa(i)
}

// initialisms are written in upper case in Go names, as golint wants.
var initialisms = map[string]bool{
	"id": true, "url": true, "uri": true, "api": true, "http": true, "https": true, "json": true,
	"uuid": true, "ip": true, "sql": true, "html": true, "css": true, "db": true, "ui": true,
	"sso": true, "jwt": true, "xml": true, "ssh": true, "tls": true, "ttl": true, "cpu": true,
	"dns": true, "smtp": true, "tcp": true, "udp": true, "utc": true, "ascii": true, "cuid": true,
}

// words splits a Prisma identifier into words: at _ and any other rune
// that is neither a letter nor a digit, at a lower-to-upper change, and
// before the last capital of a run of capitals followed by a lower-case
// letter (HTTPServer is HTTP Server).
func words(s string) []string {
	var out []string
	var cur []rune
	rs := []rune(s)
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	for i, r := range rs {
		// Separators, and whatever cannot be part of a Go identifier
		// (combining marks, symbols).
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			continue
		}
		if i > 0 && unicode.IsUpper(r) && len(cur) > 0 {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || (unicode.IsUpper(prev) && nextLower) {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return out
}

// goName turns a Prisma identifier into an exported Go name: createdAt is
// CreatedAt, user_id UserID, IN_PROGRESS InProgress.
func goName(s string) string {
	var b strings.Builder
	for _, w := range words(s) {
		lw := strings.ToLower(w)
		if initialisms[lw] {
			b.WriteString(strings.ToUpper(w))
			continue
		}
		rs := []rune(lw)
		if allUpper(w) {
			rs = []rune(lw)
		} else {
			rs = []rune(w)
		}
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	out := b.String()
	if out == "" {
		return "X"
	}
	// Exported names start with an upper-case letter: a digit or a letter
	// without case (名前) gets an X in front.
	if r := []rune(out)[0]; !unicode.IsUpper(r) {
		out = "X" + out
	}
	return out
}

func allUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// lowerFirst makes an exported name unexported: UserProfile is
// userProfile, ID is iD (only used with a suffix).
func lowerFirst(s string) string {
	rs := []rune(s)
	rs[0] = unicode.ToLower(rs[0])
	return string(rs)
}

// unique returns name, or name with "_" appended until it is not in used;
// it records the result. Names from goName never contain "_", so a
// suffixed name never meets a converted one.
func unique(used map[string]bool, name string) string {
	for used[name] {
		name += "_"
	}
	used[name] = true
	return name
}

// packageNames names the enums and models (not @@ignore'd ones) and the
// enum constants, as the comment at the top of this file describes, and
// records every package-level name they declare in g.names.
func (g *generator) packageNames() (map[*schema.Model]string, map[*schema.Enum]string, map[*schema.Enum][]string) {
	type owner struct {
		e     *schema.Enum
		m     *schema.Model
		base  string
		order int
	}
	var owners []owner
	for _, e := range g.s.Enums {
		owners = append(owners, owner{e: e, base: goName(e.Name), order: len(owners)})
	}
	for _, m := range g.s.Models {
		if !m.Ignored {
			owners = append(owners, owner{m: m, base: goName(m.Name), order: len(owners)})
		}
	}
	sort.SliceStable(owners, func(i, j int) bool {
		li, lj := utf8.RuneCountInString(owners[i].base), utf8.RuneCountInString(owners[j].base)
		if li != lj {
			return li < lj
		}
		return owners[i].order < owners[j].order
	})
	free := func(names []string) bool {
		for _, n := range names {
			if _, taken := g.names[n]; taken {
				return false
			}
		}
		return true
	}
	models := map[*schema.Model]string{}
	enums := map[*schema.Enum]string{}
	consts := map[*schema.Enum][]string{}
	for _, o := range owners {
		kind, what := "Model", "model "
		if o.e != nil {
			kind, what = "Enum", "enum "
		}
		var name string
		var derived []string
		for i := 0; ; i++ {
			name = candidate(o.base, kind, i)
			derived = derived[:0]
			if o.e != nil {
				for _, suf := range enumSuffixes {
					derived = append(derived, name+suf)
				}
			} else {
				for _, suf := range modelSuffixes {
					derived = append(derived, name+suf)
				}
				derived = append(derived, modelUnexported(name)...)
			}
			if free(derived) {
				break
			}
		}
		if o.e == nil {
			what += o.m.Name
			models[o.m] = name
		} else {
			what += o.e.Name
			enums[o.e] = name
		}
		if name != o.base {
			g.renamed = append(g.renamed, what+" is "+name)
		}
		for _, n := range derived {
			g.names[n] = what
		}
		if o.e == nil {
			continue
		}
		cs := make([]string, len(o.e.Values))
		for i, v := range o.e.Values {
			c := name + goName(v.Name)
			for {
				if _, taken := g.names[c]; !taken {
					break
				}
				c += "_"
			}
			g.names[c] = "enum value " + o.e.Name + "." + v.Name
			cs[i] = c
		}
		consts[o.e] = cs
	}
	return models, enums, consts
}

// settleFieldNames renames, with "_" appended, the fields of a model that
// would meet a name the generator derives from other fields: RelationCount
// when a field is named Count (the relation counts then take
// RelationCount), AllRows when one is named All (the _all count), and a
// to-many relation named like another one's filtered count (posts and
// postsWhere: the CountInclude has Posts and PostsWhere). used holds the
// struct's names.
func (mo *model) settleFieldNames(used map[string]bool) {
	holder := func(name string) *string {
		for _, c := range mo.cols {
			if c.Go == name {
				return &c.Go
			}
		}
		for _, r := range mo.rels {
			if r.Go == name {
				return &r.Go
			}
		}
		return nil
	}
	for _, pair := range [][2]string{{"Count", "RelationCount"}, {"All", "AllRows"}} {
		if holder(pair[0]) != nil {
			if p := holder(pair[1]); p != nil {
				*p = unique(used, pair[1])
			}
		}
	}
	for _, r := range mo.rels {
		if !r.f.IsList() {
			continue
		}
		for _, r2 := range mo.rels {
			if r2 != r && r2.f.IsList() && r2.Go == r.Go+"Where" {
				r2.Go = unique(used, r2.Go)
			}
		}
	}
}

// note is the part of a model's doc that tells which of its schema fields
// the client leaves out: Unsupported("...") fields (and what that means for
// creating rows) and @ignore'd ones. "" when there are none.
func (mo *model) note() string {
	var unsup, required, ignored []string
	for _, f := range mo.m.Fields {
		switch {
		case f.Ignored:
			ignored = append(ignored, f.Name)
		case f.Kind == schema.UnsupportedField:
			unsup = append(unsup, f.Name)
			if !f.IsOptional() && !f.IsList() && f.Default == nil {
				required = append(required, f.Name)
			}
		}
	}
	var b strings.Builder
	if len(unsup) > 0 {
		b.WriteString("The Unsupported fields (" + strings.Join(unsup, ", ") + ") are neither read nor written by this client; use QueryRaw or the client's ExecuteRaw for them.")
		if len(required) > 0 && !mo.m.IsView {
			b.WriteString(" Creating a row (Create, CreateMany, CreateManyAndReturn, Upsert, nested creates) fails unless the database fills the required " + strings.Join(required, ", ") + ", as Prisma's client offers no create for this model.")
		}
	}
	if len(ignored) > 0 {
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString("The @ignore'd fields (" + strings.Join(ignored, ", ") + ") are left out.")
	}
	return wrap(b.String(), 72)
}

// wrap breaks text into lines of at most width runes at spaces.
func wrap(text string, width int) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// maxFileBase is the longest base of a model's file name, in bytes: far
// below the 255 bytes file systems allow, with room for a number.
const maxFileBase = 100

// fileBase is the base of a model's file name: the name in lower case
// without underscores (so that no _test or _GOOS suffix appears), cut at
// maxFileBase bytes on a rune boundary. Equal bases get a number.
func fileBase(name string) string {
	s := strings.ToLower(strings.ReplaceAll(name, "_", ""))
	if len(s) > maxFileBase {
		cut := 0
		for i := range s {
			if i > maxFileBase {
				break
			}
			cut = i
		}
		s = s[:cut]
	}
	return s
}
