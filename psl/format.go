package psl

import (
	"bytes"
	"sort"
	"strings"
)

// Format renders f in Prisma's canonical layout, byte for byte what
// `prisma format` writes for a schema that parses:
//
//   - two-space indentation, "\n" line endings, one final newline, no
//     leading or trailing blank lines;
//   - one blank line after every block (also before a comment that follows
//     it); elsewhere runs of blank lines become one;
//   - inside a block, fields (name, type, attributes), enum values (name,
//     attributes) and datasource/generator properties (key, "= value") are
//     aligned in columns; a blank line starts a new alignment group, comment
//     lines do not;
//   - block attributes (@@...) move to the end of the block, after one blank
//     line, ordered @@id, @@unique, @@index, @@fulltext, @@map, then the
//     rest as written; a comment block directly above a block attribute moves
//     with it;
//   - field attributes are ordered @id, @unique, @default, @updatedAt,
//     @index, @fulltext, @map, @relation, @ignore, then the rest as written;
//   - arguments are written "a, b" and "name: value"; trailing commas go;
//   - comments are kept as written (text after the slashes untouched).
//
// Format differs from Prisma only where Prisma loses text or is not
// idempotent: a comment after the opening brace of a block stays on that line
// (Prisma drops it), and a comment after a closing brace gets the blank line
// above it at once (Prisma adds it only when run a second time). Format is
// idempotent. It never fails; for a tree with syntax errors the output is
// the best rendering of what was understood, and callers should not write it
// back.
func Format(f *File) []byte {
	if f == nil {
		return nil
	}
	p := &printer{seen: map[*Comment]bool{}, seenAt: map[int]bool{}, src: f.Src}
	p.file(f)
	out := p.buf.Bytes()
	// Prisma ends every file with a line break, even a file with nothing
	// to print (empty or only blank lines): such a file becomes "\n".
	if len(out) == 0 || out[len(out)-1] != '\n' {
		out = append(out, '\n')
	}
	return out
}

const indentUnit = "  "

// printer accumulates the formatted text. seen and seenAt record the
// comments already printed (by node and by start offset), so that a comment
// the parser lists both as a member and as a node's Doc is printed once.
type printer struct {
	buf    bytes.Buffer
	seen   map[*Comment]bool
	seenAt map[int]bool
	src    []byte // the file's text, to print comments exactly as written
}

// topItem is a top-level item after doc comments have been spread out.
type topItem struct {
	block   *Block
	comment *Comment
	blank   bool
}

// markSeen reports whether c is still to be printed, and marks it printed.
func (p *printer) markSeen(c *Comment) bool {
	if c == nil || p.seen[c] {
		return false
	}
	p.seen[c] = true
	// Hand-built trees have no spans; only real spans identify a comment.
	if c.Span.End.Offset > c.Span.Start.Offset {
		if p.seenAt[c.Span.Start.Offset] {
			return false
		}
		p.seenAt[c.Span.Start.Offset] = true
	}
	return true
}

func (p *printer) file(f *File) {
	var items []topItem
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *Block:
			for _, c := range d.Doc {
				if p.markSeen(c) {
					items = append(items, topItem{comment: c})
				}
			}
			items = append(items, topItem{block: d})
		case *Comment:
			if p.markSeen(d) {
				items = append(items, topItem{comment: d})
			}
		case *BlankLine:
			items = append(items, topItem{blank: true})
		}
	}
	// Leading and trailing blank lines go.
	for len(items) > 0 && items[0].blank {
		items = items[1:]
	}
	for len(items) > 0 && items[len(items)-1].blank {
		items = items[:len(items)-1]
	}
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.blank {
			// Runs of blank lines become one.
			for i+1 < len(items) && items[i+1].blank {
				i++
			}
			p.buf.WriteByte('\n')
			continue
		}
		if it.comment != nil {
			for _, line := range p.freeCommentLines(it.comment) {
				p.buf.WriteString(line)
				p.buf.WriteByte('\n')
			}
			continue
		}
		p.block(it.block)
		// The line break after "}" counts as a blank line in Prisma's
		// grammar: whatever follows gets one blank line before it, however
		// many the source had. (Prisma writes none before a comment that
		// was on the line of the "}", and adds it on the next run; strata
		// writes it at once, so that formatting is idempotent.)
		if i+1 < len(items) {
			p.buf.WriteByte('\n')
			for i+1 < len(items) && items[i+1].blank {
				i++
			}
		}
	}
}

// commentText is the comment as printed: from the slashes to the end of the
// line as written (trailing spaces included, as Prisma keeps them), without
// the line break.
func (p *printer) commentText(c *Comment) string {
	t := strings.TrimLeft(c.Text, " \t")
	if start := c.Span.Start.Offset; start >= 0 && start < len(p.src) && c.Span.End.Offset > start &&
		bytes.HasPrefix(p.src[start:], []byte(t)) {
		end := start + len(t)
		for end < len(p.src) && p.src[end] != '\n' && p.src[end] != '\r' {
			end++
		}
		t = string(p.src[start:end])
	}
	return strings.TrimRight(t, "\r\n")
}

// freeCommentLines is a comment on lines of its own as printed. A line
// comment is kept as written. A /* */ block comment is rewritten the way
// Prisma's formatter does: "/**", then " * text" for each non-empty line of
// its content (each line trimmed, one leading "*" and the space around it
// dropped), then " */". The content is what lies between the first two and
// the last two bytes of the comment as Prisma reads it, trimmed: for a block
// comment that continues a run of comment lines, Prisma's text includes the
// white space before "/*" (the parser keeps it in Text), so that slice cuts
// into the "/*" instead, and the rest of it is printed.
func (p *printer) freeCommentLines(c *Comment) []string {
	raw := c.Text
	if !strings.HasPrefix(strings.TrimLeft(raw, " \t"), "/*") || len(raw) < 4 {
		return []string{p.commentText(c)}
	}
	out := []string{"/**"}
	for _, line := range strings.Split(strings.TrimSpace(raw[2:len(raw)-2]), "\n") {
		line = strings.TrimSpace(line)
		line = strings.TrimSpace(strings.TrimPrefix(line, "*"))
		if line != "" {
			out = append(out, " * "+line)
		}
	}
	return append(out, " */")
}

// memberItem is one line-level item of a block body.
type memberItem struct {
	comment *Comment
	blank   bool
	member  Member // *Field, *EnumValue, *Property or *Attribute
}

// pendingAttr is a block attribute waiting for the end of the block, with
// the comment block written directly above it.
type pendingAttr struct {
	comments []*Comment
	attr     *Attribute
}

func (p *printer) block(b *Block) {
	p.buf.WriteString(b.Keyword.Name)
	if b.Keyword.Name == "" {
		p.buf.WriteString(b.Kind.String())
	}
	p.buf.WriteByte(' ')
	p.buf.WriteString(b.Name.Name)
	p.buf.WriteString(" {")
	if b.Comment != nil && p.markSeen(b.Comment) {
		p.buf.WriteByte(' ')
		p.buf.WriteString(p.commentText(b.Comment))
	}
	p.buf.WriteByte('\n')

	items := p.memberItems(b)
	for len(items) > 0 && items[0].blank {
		items = items[1:]
	}

	var t table
	var attrs []pendingAttr
	for i := 0; i < len(items); {
		ateBlank := false
		for i < len(items) && items[i].blank {
			ateBlank = true
			i++
		}
		if i >= len(items) {
			break
		}
		it := items[i]
		if ateBlank {
			// A blank line before a field, value or property starts a new
			// alignment group. Before a block attribute it goes (one is put
			// back above the attributes); before a comment see below.
			if it.comment == nil {
				if _, isAttr := it.member.(*Attribute); !isAttr {
					t.render(&p.buf)
					t.blankRow()
				}
			}
		}
		if it.comment != nil {
			j := i
			var group []*Comment
			for j < len(items) && items[j].comment != nil {
				group = append(group, items[j].comment)
				j++
			}
			i = j
			if j < len(items) {
				if a, ok := items[j].member.(*Attribute); ok && a.Block {
					// The comment block travels with the attribute below it.
					attrs = append(attrs, pendingAttr{comments: group, attr: a})
					i = j + 1
					continue
				}
			}
			if ateBlank {
				t.render(&p.buf)
				t.blankRow()
			}
			for _, c := range group {
				for _, line := range p.freeCommentLines(c) {
					t.commentRow(line)
				}
			}
			continue
		}
		i++
		switch m := it.member.(type) {
		case *Attribute:
			if m.Block {
				attrs = append(attrs, pendingAttr{attr: m})
			} else {
				// A stray field attribute on its own line: keep it in place.
				t.row([]string{attributeText(m)}, trailing(p, m.Comment))
			}
		case *Field:
			p.fieldRow(&t, m)
		case *EnumValue:
			cols := []string{m.Name.Name}
			if len(m.Attributes) > 0 {
				// Prisma writes an enum value's attributes back to back,
				// without a space between them.
				var sb strings.Builder
				for _, a := range m.Attributes {
					sb.WriteString(attributeText(a))
				}
				cols = append(cols, sb.String())
			}
			t.row(cols, trailing(p, m.Comment))
		case *Property:
			cols := []string{m.Key.Name, "="}
			if m.Value != nil {
				cols[1] = "= " + exprText(m.Value)
			}
			t.row(cols, trailing(p, m.Comment))
		}
	}
	t.render(&p.buf)

	if len(attrs) > 0 {
		sort.SliceStable(attrs, func(i, j int) bool {
			return attrRank(attrs[i].attr.Name) < attrRank(attrs[j].attr.Name)
		})
		t.blankRow()
		for _, pa := range attrs {
			for _, c := range pa.comments {
				for _, line := range p.freeCommentLines(c) {
					t.commentRow(line)
				}
			}
			t.row([]string{attributeText(pa.attr)}, trailing(p, pa.attr.Comment))
		}
		t.render(&p.buf)
	}
	p.buf.WriteString("}\n")
}

// memberItems flattens the body: doc comments of members become comment
// lines above them (once, even when the parser also lists them as members).
func (p *printer) memberItems(b *Block) []memberItem {
	var items []memberItem
	addDocs := func(docs []*Comment) {
		for _, c := range docs {
			if p.markSeen(c) {
				items = append(items, memberItem{comment: c})
			}
		}
	}
	for _, m := range b.Members {
		switch m := m.(type) {
		case *Comment:
			if p.markSeen(m) {
				items = append(items, memberItem{comment: m})
			}
		case *BlankLine:
			items = append(items, memberItem{blank: true})
		case *Field:
			addDocs(m.Doc)
			items = append(items, memberItem{member: m})
		case *EnumValue:
			addDocs(m.Doc)
			items = append(items, memberItem{member: m})
		case *Property:
			addDocs(m.Doc)
			items = append(items, memberItem{member: m})
		case *Attribute:
			addDocs(m.Doc)
			items = append(items, memberItem{member: m})
		}
	}
	return items
}

func trailing(p *printer, c *Comment) string {
	if c == nil || !p.markSeen(c) {
		return ""
	}
	return p.commentText(c)
}

func (p *printer) fieldRow(t *table, f *Field) {
	cols := []string{f.Name.Name, ""}
	if f.Type != nil {
		cols[1] = fieldTypeText(f.Type)
	}
	if len(f.Attributes) > 0 {
		attrs := make([]*Attribute, len(f.Attributes))
		copy(attrs, f.Attributes)
		sort.SliceStable(attrs, func(i, j int) bool {
			return attrRank(attrs[i].Name) < attrRank(attrs[j].Name)
		})
		parts := make([]string, len(attrs))
		for i, a := range attrs {
			parts[i] = attributeText(a)
		}
		cols = append(cols, strings.Join(parts, " "))
	}
	t.row(cols, trailing(p, f.Comment))
}

// attrRank is the position of an attribute in Prisma's canonical order; the
// same list orders field attributes (@id ...) and block attributes (@@id ...).
func attrRank(name string) int {
	switch name {
	case "id":
		return 0
	case "unique":
		return 1
	case "default":
		return 2
	case "updatedAt":
		return 3
	case "index":
		return 4
	case "fulltext":
		return 5
	case "map":
		return 6
	case "relation":
		return 7
	case "ignore":
		return 8
	}
	return 9
}

func fieldTypeText(ft *FieldType) string {
	var sb strings.Builder
	sb.WriteString(ft.Name.Name)
	if ft.Unsupported != nil {
		sb.WriteByte('(')
		sb.WriteString(stringRaw(ft.Unsupported))
		sb.WriteByte(')')
	}
	switch ft.Arity {
	case Optional:
		sb.WriteByte('?')
	case List:
		sb.WriteString("[]")
	}
	return sb.String()
}

func attributeText(a *Attribute) string {
	var sb strings.Builder
	if a.Block {
		sb.WriteString("@@")
	} else {
		sb.WriteByte('@')
	}
	sb.WriteString(a.Name)
	if a.HasParens || len(a.Args) > 0 {
		writeArgs(&sb, a.Args)
	}
	return sb.String()
}

func writeArgs(sb *strings.Builder, args []*Arg) {
	sb.WriteByte('(')
	for i, arg := range args {
		if i > 0 {
			sb.WriteString(", ")
		}
		if arg.Name != nil {
			sb.WriteString(arg.Name.Name)
			sb.WriteString(": ")
		}
		if arg.Value != nil {
			sb.WriteString(exprText(arg.Value))
		}
	}
	sb.WriteByte(')')
}

func exprText(e Expr) string {
	switch e := e.(type) {
	case *StringLit:
		return stringRaw(e)
	case *NumberLit:
		return e.Raw
	case *ConstLit:
		return e.Name
	case *ArrayExpr:
		var sb strings.Builder
		sb.WriteByte('[')
		for i, x := range e.Elems {
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteString(exprText(x))
		}
		sb.WriteByte(']')
		return sb.String()
	case *FuncCall:
		var sb strings.Builder
		sb.WriteString(e.Name.Name)
		if e.HasParens || len(e.Args) > 0 {
			writeArgs(&sb, e.Args)
		}
		return sb.String()
	case *ObjectExpr:
		return ObjectText(e)
	}
	return ""
}

// ObjectText prints an object literal as Prisma's formatter does:
// "{ a: 1, b: { not: null } }", and "{  }" when empty (Prisma joins the
// entries between "{ " and " }").
func ObjectText(o *ObjectExpr) string {
	var sb strings.Builder
	sb.WriteString("{ ")
	for i, f := range o.Fields {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(f.Key.Name)
		sb.WriteString(": ")
		sb.WriteString(exprText(f.Value))
	}
	sb.WriteString(" }")
	return sb.String()
}

// stringRaw is the literal as written, or re-quoted from its value when the
// tree was built without source text.
func stringRaw(s *StringLit) string {
	if s.Raw != "" {
		return s.Raw
	}
	return quote(s.Value)
}

func quote(v string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for _, r := range v {
		switch r {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\n':
			sb.WriteString(`\n`)
		case '\r':
			sb.WriteString(`\r`)
		case '\t':
			sb.WriteString(`\t`)
		default:
			sb.WriteRune(r)
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

// table lays out rows in columns the way Prisma's formatter does: each
// column but the last is padded to the widest cell (in bytes) plus one
// space; a trailing comment follows the last cell after one space.
type table struct {
	rows []tableRow
}

type tableRow struct {
	cols   []string
	suffix string
}

func (t *table) row(cols []string, suffix string) {
	t.rows = append(t.rows, tableRow{cols: cols, suffix: suffix})
}

func (t *table) commentRow(text string) { t.rows = append(t.rows, tableRow{suffix: text}) }

func (t *table) blankRow() { t.rows = append(t.rows, tableRow{}) }

func (t *table) render(buf *bytes.Buffer) {
	var widths []int
	for i := range t.rows {
		r := &t.rows[i]
		for len(r.cols) > 0 && r.cols[len(r.cols)-1] == "" {
			r.cols = r.cols[:len(r.cols)-1]
		}
		for c, s := range r.cols {
			if c >= len(widths) {
				widths = append(widths, 0)
			}
			widths[c] = max(widths[c], len(s))
		}
	}
	for _, r := range t.rows {
		if len(r.cols) > 0 || r.suffix != "" {
			buf.WriteString(indentUnit)
		}
		for c, s := range r.cols {
			buf.WriteString(s)
			if c < len(r.cols)-1 {
				buf.WriteString(strings.Repeat(" ", widths[c]-len(s)+1))
			}
		}
		if r.suffix != "" {
			if len(r.cols) > 0 {
				buf.WriteByte(' ')
			}
			buf.WriteString(r.suffix)
		}
		buf.WriteByte('\n')
	}
	t.rows = t.rows[:0]
}
