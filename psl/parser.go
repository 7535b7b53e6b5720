package psl

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

// Parse parses one schema file. It never panics and always returns a tree,
// even for broken input; every syntax problem found is reported in the
// returned diagnostics (errors and, where the input is accepted but odd,
// warnings). The schema language is line based, so recovery is per line: a
// line that cannot be read is reported (with Prisma's wording, such as
// `Error validating: This line is not a valid field or attribute
// definition.`) and left out of the tree, and parsing goes on with the next
// line. A block whose closing brace is missing is reported at its opening
// line and ends before the next line that opens a block.
//
// The tree keeps what the formatter needs:
//
//   - File.Decls and Block.Members hold items in source order, with free
//     comment lines as *Comment and runs of empty (or white-space only)
//     lines as one *BlankLine. A BlankLine is recorded only between two
//     items: never at the start or end of the file, right after a block's
//     "{" or right before its "}".
//   - A run of "///" lines directly above a block, field, enum value,
//     property or block attribute (no empty line or "//" line in between)
//     becomes that item's Doc and is not in Decls or Members. "///" lines
//     that are not directly above such an item stay free *Comment items.
//   - A comment after the item on the same line is the item's Comment (for a
//     block, a comment after its "{"). A comment after a block's closing "}"
//     becomes a free *Comment right after the block.
//   - Spans: Block.Span runs from the keyword to the closing brace (to the
//     end of its last line when the brace is missing); BodySpan from "{" to
//     "}". Member spans cover the item from its first to its last token, not
//     its Doc or trailing Comment. Lines and columns are 1-based, columns
//     count code points, offsets are bytes; a UTF-8 byte order mark is
//     skipped; "\r\n" and a lone "\r" end a line as "\n" does.
//
// What Parse leaves to the validator (package schema), because Prisma
// reports it after parsing: a property without a value (Property.Value nil),
// a named argument without a value (Arg.Value nil), block attributes inside
// a composite type, non-ASCII names, unknown attributes and types.
func Parse(name string, src []byte) (*File, Diagnostics) {
	sc, _ := scratchPool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	p := &parser{file: name, src: src, lines: sc.lines[:0]}
	sc.toks = lex(src, sc.toks)
	p.splitLines(sc.toks)
	f := &File{Name: name, Src: src}
	p.parseFile(f)
	p.diags.Sort()
	// The tree holds no token or line: both buffers go back for the next
	// file, cleared so they keep no text alive.
	clear(sc.toks)
	sc.lines = p.lines
	clear(sc.lines)
	scratchPool.Put(sc)
	return f, p.diags
}

// scratch holds the token and line buffers of one parse. Parsing a schema
// of many files (or the same file again, as editors and tests do) reuses
// them instead of allocating them anew each time.
type scratch struct {
	toks  []token
	lines []srcLine
}

var scratchPool sync.Pool

// srcLine is one line of source as tokens.
type srcLine struct {
	toks    []token // tokens before the trailing comment, no line break
	comment *token  // the comment at the end of the line, if any
	start   Pos     // the start of the line (column 1)
	end     Pos     // the end of the line, before its line break
}

func (l *srcLine) empty() bool { return len(l.toks) == 0 && l.comment == nil }

// contentSpan is the span of the line's tokens, without the comment.
func (l *srcLine) contentStart() Pos { return l.toks[0].start }
func (l *srcLine) contentEnd() Pos   { return l.toks[len(l.toks)-1].end }

type parser struct {
	file  string
	src   []byte
	lines []srcLine
	i     int // next line
	diags Diagnostics
}

func (p *parser) splitLines(toks []token) {
	// One line per line break; each line's tokens are a sub-slice of toks
	// (a comment always ends its line, so the tokens before it are
	// contiguous), which keeps splitting free of copies.
	if need := bytes.Count(p.src, []byte{'\n'}) + 1; cap(p.lines) < need {
		p.lines = make([]srcLine, 0, need)
	}
	cur := srcLine{start: Pos{Offset: 0, Line: 1, Col: 1}}
	if len(p.src) >= 3 && p.src[0] == 0xEF && p.src[1] == 0xBB && p.src[2] == 0xBF {
		cur.start.Offset = 3
	}
	first, last := 0, 0 // toks[first:last] are the current line's tokens
	for i := range toks {
		t := &toks[i]
		switch t.kind {
		case tNewline, tEOF:
			cur.end = t.start
			if last > first {
				cur.toks = toks[first:last:last]
			}
			p.lines = append(p.lines, cur)
			if t.kind == tEOF {
				return
			}
			// The next line starts after the break.
			off := t.start.Offset + 1
			if p.src[t.start.Offset] == '\r' && off < len(p.src) && p.src[off] == '\n' {
				off++
			}
			cur = srcLine{start: Pos{Offset: off, Line: t.start.Line + 1, Col: 1}}
			first, last = i+1, i+1
		case tComment:
			cur.comment = t
		case tLeadComment:
			// A block comment that starts a line followed by more: a
			// comment line of its own, then the rest of the line.
			p.lines = append(p.lines, srcLine{comment: t, start: cur.start, end: t.end})
			cur = srcLine{start: t.end}
			first, last = i+1, i+1
		default:
			if cur.comment == nil {
				last = i + 1
			}
		}
	}
}

func (p *parser) span(start, end Pos) Span { return Span{File: p.file, Start: start, End: end} }

func (p *parser) tokSpan(t token) Span { return p.span(t.start, t.end) }

func (p *parser) errorf(sp Span, hint string, format string, args ...any) {
	d := Errorf(sp, format, args...)
	if hint != "" {
		d.Hint = hint
	}
	p.diags = append(p.diags, d)
}

func (p *parser) commentNode(t *token) *Comment {
	if t == nil {
		return nil
	}
	return &Comment{Text: t.text, Span: p.tokSpan(*t)}
}

// freeComment makes the comment of a comment-only line, the line just
// read (p.lines[p.i-1]). A block comment that continues a run of comment
// lines (the line before holds only comments) keeps the white space before
// it in Text: Prisma reads such a comment with that white space, which
// changes how its formatter rewrites it.
func (p *parser) freeComment(l *srcLine) *Comment {
	c := p.commentNode(l.comment)
	if !strings.HasPrefix(c.Text, "/*") || p.i < 2 {
		return c
	}
	if prev := &p.lines[p.i-2]; len(prev.toks) > 0 || prev.comment == nil {
		return c
	}
	start := c.Span.Start.Offset
	for start > 0 && (p.src[start-1] == ' ' || p.src[start-1] == '\t') {
		start--
	}
	c.Text = string(p.src[start:c.Span.End.Offset])
	return c
}

// seq collects items with blank-line and doc-comment handling shared by the
// file level and block bodies.
type seq struct {
	p        *parser
	items    []any // *Comment, *BlankLine or an item
	blank    *BlankLine
	docs     []*Comment
	haveItem bool
}

// add appends an item, first placing a pending blank line if there is an
// item before it.
func (s *seq) add(x any) {
	if s.blank != nil && len(s.items) > 0 {
		s.items = append(s.items, s.blank)
	}
	s.blank = nil
	s.items = append(s.items, x)
}

// flushDocs turns pending doc comments into free comments.
func (s *seq) flushDocs() {
	for _, c := range s.docs {
		s.add(c)
	}
	s.docs = nil
}

// takeDocs returns pending doc comments for an item.
func (s *seq) takeDocs() []*Comment {
	d := s.docs
	s.docs = nil
	return d
}

func (s *seq) blankLine(l *srcLine) {
	s.flushDocs()
	if s.blank == nil {
		s.blank = &BlankLine{Span: s.p.span(l.start, l.end)}
	} else {
		s.blank.Span.End = l.end
	}
}

func (s *seq) commentLine(l *srcLine) {
	c := s.p.freeComment(l)
	if c.IsDoc() {
		s.docs = append(s.docs, c)
		return
	}
	s.flushDocs()
	s.add(c)
}

// blockKeywords maps the keywords that open a block to their kinds.
var blockKeywords = map[string]BlockKind{
	"model": KindModel, "enum": KindEnum, "view": KindView, "type": KindType,
	"datasource": KindDatasource, "generator": KindGenerator,
}

const validKeywords = "Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'."

// isHeader reports whether l opens a block: keyword, name, "{".
func isHeader(l *srcLine) bool {
	if len(l.toks) < 3 || l.toks[0].kind != tIdent || l.toks[1].kind != tIdent || l.toks[2].kind != tLBrace {
		return false
	}
	_, ok := blockKeywords[l.toks[0].text]
	return ok
}

func (p *parser) parseFile(f *File) {
	s := &seq{p: p}
	for p.i < len(p.lines) {
		l := &p.lines[p.i]
		p.i++
		switch {
		case l.empty():
			s.blankLine(l)
		case len(l.toks) == 0:
			s.commentLine(l)
		default:
			p.topLine(l, s)
		}
	}
	s.flushDocs()
	for _, x := range s.items {
		f.Decls = append(f.Decls, x.(Decl))
	}
}

// topLine handles a top-level line with tokens.
func (p *parser) topLine(l *srcLine, s *seq) {
	t0 := l.toks[0]
	lineSpan := p.span(l.contentStart(), l.contentEnd())
	if t0.kind == tIdent {
		if kind, ok := blockKeywords[t0.text]; ok {
			p.blockHeader(l, kind, s)
			return
		}
		// name { ... }  or  word name { ... }: a block with an unknown keyword.
		if (len(l.toks) >= 2 && l.toks[1].kind == tLBrace) ||
			(len(l.toks) >= 3 && l.toks[1].kind == tIdent && l.toks[2].kind == tLBrace) {
			s.flushDocs()
			hint := "Start a block with one of the keywords model, enum, view, type, datasource or generator, followed by its name: `model User {`."
			if sug := suggestKeyword(t0.text); sug != "" && l.toks[1].kind == tIdent {
				hint = fmt.Sprintf("Did you mean `%s %s {`?", sug, l.toks[1].text)
			}
			p.errorf(lineSpan, hint, "Error validating: This block is invalid. It does not start with any known Prisma schema keyword. %s", validKeywords)
			p.skipBody()
			return
		}
	}
	s.flushDocs()
	hint := "A schema holds only blocks (model, enum, view, type, datasource, generator) and comments; comment lines start with `//`."
	if t0.kind == tRBrace {
		hint = "This `}` closes no block; remove it."
	} else if t0.kind == tIdent && len(l.toks) >= 2 {
		if sug := suggestKeyword(t0.text); sug != "" {
			hint = fmt.Sprintf("Did you mean `%s`?", sug)
		}
	}
	p.errorf(lineSpan, hint, "Error validating: This line is invalid. It does not start with any known Prisma schema keyword.")
}

// skipBody skips the lines of a block that is not read: up to and including
// a line that starts with "}", or up to (not including) a line that opens a
// block.
func (p *parser) skipBody() {
	for p.i < len(p.lines) {
		l := &p.lines[p.i]
		if isHeader(l) {
			return
		}
		p.i++
		if len(l.toks) > 0 && l.toks[0].kind == tRBrace {
			return
		}
	}
}

// suggestKeyword returns the block keyword closest to w, if it is close.
func suggestKeyword(w string) string {
	best, bestD := "", 3
	lw := strings.ToLower(w)
	for _, k := range []string{"model", "enum", "view", "type", "datasource", "generator"} {
		if lw == k {
			return k
		}
		if d := editDistance(lw, k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// blockHeader handles a line that starts with a block keyword.
func (p *parser) blockHeader(l *srcLine, kind BlockKind, s *seq) {
	toks := l.toks
	kw := toks[0]
	lineSpan := p.span(l.contentStart(), l.contentEnd())
	// type Alias = Base: not supported by Prisma.
	if kind == KindType && len(toks) >= 3 && toks[1].kind == tIdent && toks[2].kind == tEquals {
		s.flushDocs()
		p.errorf(lineSpan, "Declare a composite type as a block: `type Name {` with one field per line.",
			"Error validating: Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types")
		return
	}
	brace := -1
	for i, t := range toks {
		if t.kind == tLBrace {
			brace = i
			break
		}
	}
	if brace < 0 {
		s.flushDocs()
		p.errorf(lineSpan, fmt.Sprintf("Open the block on the same line: `%s Name {`, with one item per line and `}` on a line of its own.", kw.text),
			"Error validating: This line is invalid. It does not start with any known Prisma schema keyword.")
		p.skipBody()
		return
	}
	if brace == 1 {
		s.flushDocs()
		p.errorf(lineSpan, fmt.Sprintf("Give the %s a name: `%s Name {`.", kind, kw.text),
			"Error validating: This block is invalid. It does not start with any known Prisma schema keyword. %s", validKeywords)
		p.skipBody()
		return
	}
	b := &Block{
		Kind:    kind,
		Keyword: Ident{Name: kw.text, Span: p.tokSpan(kw)},
		Doc:     s.takeDocs(),
		Comment: p.commentNode(l.comment),
	}
	nameTok := toks[1]
	b.Name = Ident{Name: nameTok.text, Span: p.tokSpan(nameTok)}
	if brace > 2 || !validIdent(nameTok.text) || nameTok.kind != tIdent {
		p.errorf(p.span(nameTok.start, toks[brace-1].end),
			"A name starts with a letter or digit and holds only letters, digits, `_` and `-`.",
			"Error validating: This line is invalid. It does not start with any known Prisma schema keyword.")
		if nameTok.kind != tIdent {
			b.Name.Name = ""
		}
	}
	open := toks[brace]
	b.Span = p.span(kw.start, open.end)
	b.BodySpan = p.span(open.start, open.end)
	rest := toks[brace+1:]
	if len(rest) > 0 {
		if rest[0].kind == tRBrace && len(rest) == 1 {
			// model A {} on one line: Prisma reads the next lines as its body.
			close := rest[0]
			p.errorf(p.span(open.start, close.end),
				fmt.Sprintf("Write `%s %s {` and put `}` on the next line.", kw.text, b.Name.Name),
				"%s: The closing `}` of a block must be on a line of its own.", blockPrefix(b))
			b.Span.End = close.end
			b.BodySpan.End = close.end
			s.add(b)
			return
		}
		p.errorf(p.span(rest[0].start, rest[len(rest)-1].end),
			"Move what follows `{` to the next line; only a comment may follow `{` on the line that opens a block.",
			"Error validating: This line is not a valid field or attribute definition.")
	}
	s.add(b)
	after, blank := p.blockBody(b, l)
	if after != nil {
		s.add(after)
	}
	if blank != nil {
		s.blank = blank
	}
}

// blockPrefix is Prisma's prefix for errors about a block:
// `Error validating model "User"`.
func blockPrefix(b *Block) string {
	switch b.Kind {
	case KindModel, KindView:
		return fmt.Sprintf("Error validating %s %q", b.Kind, b.Name.Name)
	case KindType:
		return fmt.Sprintf("Error validating composite type %q", b.Name.Name)
	case KindEnum:
		return fmt.Sprintf("Error validating enum `%s`", b.Name.Name)
	case KindDatasource:
		return fmt.Sprintf("Error validating datasource `%s`", b.Name.Name)
	}
	return "Error validating"
}

// validIdent reports whether s is an identifier: a letter or digit followed
// by letters, digits, '_' and '-'.
func validIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 {
			if !isIdentStart(r) {
				return false
			}
			continue
		}
		if !isIdentStart(r) && r != '_' && r != '-' {
			return false
		}
	}
	return true
}

// validPath reports whether s is identifiers joined by dots (a trailing dot
// is allowed, as in Prisma's grammar).
func validPath(s string) bool {
	parts := strings.Split(s, ".")
	for i, part := range parts {
		if part == "" && i == len(parts)-1 && i > 0 {
			continue
		}
		if !validIdent(part) {
			return false
		}
	}
	return true
}

// blockBody reads the members of b up to its closing brace. It returns the
// comment after the closing brace, if any, and, when the block is not
// closed, the empty lines at its end, which belong to the enclosing level.
func (p *parser) blockBody(b *Block, header *srcLine) (*Comment, *BlankLine) {
	s := &seq{p: p}
	closed := false
	last := header.end
	var after *Comment
	var next *srcLine // the block header that ends an unclosed block
	for p.i < len(p.lines) {
		l := &p.lines[p.i]
		if isHeader(l) {
			next = l // unterminated block: the next block starts here
			break
		}
		p.i++
		if l.empty() {
			s.blankLine(l)
			continue
		}
		if len(l.toks) == 0 {
			s.commentLine(l)
			last = l.end
			continue
		}
		if l.toks[0].kind == tRBrace {
			cl := l.toks[0]
			b.Span.End = cl.end
			b.BodySpan.End = cl.end
			closed = true
			s.flushDocs()
			after = p.closingLine(l)
			break
		}
		last = l.end
		p.memberLine(b, l, s)
	}
	s.flushDocs()
	var trailingBlank *BlankLine
	if !closed && s.blank != nil && s.blank.Span.Start.Offset >= last.Offset {
		trailingBlank = s.blank
	}
	for _, x := range s.items {
		m := x.(Member)
		b.Members = append(b.Members, m)
		switch m := m.(type) {
		case *Field:
			b.Fields = append(b.Fields, m)
		case *EnumValue:
			b.Values = append(b.Values, m)
		case *Property:
			b.Properties = append(b.Properties, m)
		case *Attribute:
			b.Attributes = append(b.Attributes, m)
		}
	}
	if !closed {
		b.Span.End = last
		b.BodySpan.End = last
		if next != nil {
			// Prisma reads the next header as a line of this block, and
			// reports that line; strata then reads the next block as a
			// block, for the errors that follow.
			p.errorf(p.span(next.contentStart(), next.contentEnd()),
				fmt.Sprintf("The %s %s above is not closed: add a `}` on a line of its own before this line.", b.Kind, b.Name.Name),
				"%s", lineErrorMessage(b.Kind))
			return after, trailingBlank
		}
		p.errorf(p.span(b.Keyword.Span.Start, header.toks[len(header.toks)-1].end),
			fmt.Sprintf("Add a `}` on a line of its own after the last line of %s %s.", b.Kind, b.Name.Name),
			"%s: This block is not closed: the closing `}` is missing.", blockPrefix(b))
	}
	return after, trailingBlank
}

// closingLine checks what follows the "}" that closes a block. A comment is
// kept as a free comment after the block.
func (p *parser) closingLine(l *srcLine) *Comment {
	if len(l.toks) > 1 {
		rest := l.toks[1:]
		p.errorf(p.span(rest[0].start, rest[len(rest)-1].end), "Put each block and each item on a line of its own.",
			"Error validating: This line is invalid. It does not start with any known Prisma schema keyword.")
	}
	return p.commentNode(l.comment)
}

// synErr is a line that cannot be read: the token where reading stopped and
// advice on what to write instead (empty for the default advice of the
// context).
type synErr struct {
	at   token
	hint string
}

// cursor reads the tokens of one line.
type cursor struct {
	p     *parser
	toks  []token
	i     int
	end   Pos
	diags Diagnostics // problems to report only when the line reads well
}

func (c *cursor) peekAt(k int) token {
	if c.i+k < len(c.toks) {
		return c.toks[c.i+k]
	}
	return token{kind: tEOF, start: c.end, end: c.end}
}

func (c *cursor) peek() token { return c.peekAt(0) }

func (c *cursor) next() token {
	t := c.peek()
	if c.i < len(c.toks) {
		c.i++
	}
	return t
}

func (c *cursor) atEnd() bool { return c.i >= len(c.toks) }

func unexpected(t token) *synErr { return &synErr{at: t} }

func (c *cursor) span(start, end Pos) Span { return c.p.span(start, end) }

// describe names a token for a hint.
func describe(t token) string {
	switch t.kind {
	case tEOF:
		return "end of line"
	case tBadString:
		return "unclosed string " + t.text
	}
	return fmt.Sprintf("%q", t.text)
}

// memberLine reads one line of a block body.
func (p *parser) memberLine(b *Block, l *srcLine, s *seq) {
	c := &cursor{p: p, toks: l.toks, end: l.contentEnd()}
	var item any
	var err *synErr
	switch {
	case l.toks[0].kind == tAtAt && b.Kind != KindDatasource && b.Kind != KindGenerator:
		var a *Attribute
		a, err = c.attribute(true)
		if err == nil && !c.atEnd() {
			err = unexpected(c.peek())
		}
		if err == nil {
			a.Comment = p.commentNode(l.comment)
			item = a
		}
	case b.Kind == KindModel || b.Kind == KindView || b.Kind == KindType:
		var f *Field
		f, err = c.field()
		if err == nil {
			f.Comment = p.commentNode(l.comment)
			item = f
		}
	case b.Kind == KindEnum:
		var v *EnumValue
		v, err = c.enumValue()
		if err == nil {
			v.Comment = p.commentNode(l.comment)
			item = v
		}
	default:
		var pr *Property
		pr, err = c.property()
		if err == nil {
			pr.Comment = p.commentNode(l.comment)
			item = pr
		}
	}
	if err != nil {
		s.flushDocs()
		p.lineError(b, l, err)
		return
	}
	p.diags = append(p.diags, c.diags...)
	docs := s.takeDocs()
	switch x := item.(type) {
	case *Attribute:
		x.Doc = docs
	case *Field:
		x.Doc = docs
		if x.Type == nil {
			hint := fmt.Sprintf("Give the field a type after its name, such as `%s String`.", x.Name.Name)
			if scalarTypes[x.Name.Name] {
				hint = fmt.Sprintf("Give the field a name before its type, such as `name %s`.", x.Name.Name)
			}
			container := b.Kind.String()
			p.errorf(x.Span, hint, "Error validating %s %q: This field declaration is invalid. It is either missing a name or a type.", container, b.Name.Name)
		}
	case *EnumValue:
		x.Doc = docs
	case *Property:
		x.Doc = docs
	}
	s.add(item)
}

var scalarTypes = map[string]bool{
	"String": true, "Boolean": true, "Int": true, "BigInt": true, "Float": true,
	"Decimal": true, "DateTime": true, "Json": true, "Bytes": true,
}

// lineErrorMessage is Prisma's message for a line of a block of the given
// kind that cannot be read.
func lineErrorMessage(k BlockKind) string {
	switch k {
	case KindEnum:
		return "Error validating: This line is not an enum value definition."
	case KindDatasource, KindGenerator:
		return fmt.Sprintf("Error validating: This line is not a valid definition within a %s.", k)
	}
	return "Error validating: This line is not a valid field or attribute definition."
}

// lineError reports a line of a block that cannot be read, with Prisma's
// message for the kind of block.
func (p *parser) lineError(b *Block, l *srcLine, e *synErr) {
	msg := lineErrorMessage(b.Kind)
	var advice string
	switch b.Kind {
	case KindEnum:
		advice = "An enum value is a name on a line of its own, optionally followed by attributes such as `@map(\"value\")`; enum attributes start with `@@`."
	case KindDatasource, KindGenerator:
		advice = fmt.Sprintf("Each line of a %s is `key = value`, such as `provider = \"postgresql\"`.", b.Kind)
	default:
		advice = "A field is written `name Type` with optional attributes, such as `email String? @unique`; a block attribute starts with `@@`, such as `@@index([email])`."
	}
	if e.hint != "" {
		advice = e.hint
	}
	var where string
	switch e.at.kind {
	case tBadString:
		where = fmt.Sprintf("The string that starts at %d:%d is not closed: a string ends with `\"` on the same line and cannot hold raw tabs or control characters (write \\t, \\n). ", e.at.start.Line, e.at.start.Col)
	case tIllegal:
		where = fmt.Sprintf("Unexpected character %q at %d:%d. ", e.at.text, e.at.start.Line, e.at.start.Col)
	default:
		where = fmt.Sprintf("Unexpected %s at %d:%d. ", describe(e.at), e.at.start.Line, e.at.start.Col)
	}
	p.errorf(p.span(l.contentStart(), l.contentEnd()), where+advice, "%s", msg)
}

// field reads "name Type? @attr(...) @attr".
func (c *cursor) field() (*Field, *synErr) {
	name := c.next()
	if name.kind != tIdent || !validIdent(name.text) {
		e := unexpected(name)
		if name.kind == tAt {
			e.hint = "A field attribute follows the field's name and type on the same line; a block attribute starts with `@@`."
		}
		return nil, e
	}
	f := &Field{Name: Ident{Name: name.text, Span: c.p.tokSpan(name)}, Span: c.p.tokSpan(name)}
	if t := c.peek(); t.kind == tColon {
		c.next()
		c.diags = append(c.diags, Errorf(c.p.tokSpan(t), "Field declarations don't require a `:`.").
			WithHint("Remove the `:`: write `%s Type`.", name.text))
	}
	switch t := c.peek(); t.kind {
	case tEOF, tAt:
		// No type: reported by the caller once the line reads well.
	case tLBrack:
		ft, err := c.legacyListType()
		if err != nil {
			return nil, err
		}
		f.Type = ft
	case tIdent:
		ft, err := c.fieldType()
		if err != nil {
			return nil, err
		}
		f.Type = ft
	default:
		return nil, unexpected(t)
	}
	if f.Type != nil {
		f.Span.End = f.Type.Span.End
	}
	for c.peek().kind == tAt {
		a, err := c.attribute(false)
		if err != nil {
			return nil, err
		}
		f.Attributes = append(f.Attributes, a)
		f.Span.End = a.Span.End
	}
	if !c.atEnd() {
		t := c.peek()
		e := unexpected(t)
		if t.kind == tAtAt {
			e.hint = "A block attribute (`@@`) goes on a line of its own; a field attribute starts with a single `@`."
		}
		return nil, e
	}
	return f, nil
}

// legacyListType reads the old "[Type]" form, which Prisma reports.
func (c *cursor) legacyListType() (*FieldType, *synErr) {
	open := c.next()
	name := c.next()
	if name.kind != tIdent || !validIdent(name.text) {
		return nil, unexpected(name)
	}
	closeTok := c.next()
	if closeTok.kind != tRBrack {
		return nil, unexpected(closeTok)
	}
	sp := c.span(open.start, closeTok.end)
	c.diags = append(c.diags, Diagnostic{Severity: Error, Span: sp, Message: "To specify a list, please use `Type[]` instead of `[Type]`.",
		Hint: fmt.Sprintf("Write `%s[]`.", name.text)})
	return &FieldType{Name: Ident{Name: name.text, Span: c.p.tokSpan(name)}, Arity: List, Span: sp}, nil
}

// fieldType reads "Type", "Type?", "Type[]" or Unsupported("..."), and
// reports the legacy forms "Type!" and "Type[]?".
func (c *cursor) fieldType() (*FieldType, *synErr) {
	name := c.next()
	if !validIdent(name.text) {
		return nil, &synErr{at: name, hint: "A type name starts with a letter and holds only letters, digits, `_` and `-`; native database types are written as attributes, such as `String @db.VarChar(255)`."}
	}
	ft := &FieldType{Name: Ident{Name: name.text, Span: c.p.tokSpan(name)}, Span: c.p.tokSpan(name)}
	if name.text == "Unsupported" && c.peek().kind == tLParen && c.peek().start.Offset == name.end.Offset {
		c.next()
		s := c.next()
		if s.kind != tString {
			return nil, &synErr{at: s, hint: "Write the database type as a string: `Unsupported(\"geometry\")`."}
		}
		closeTok := c.next()
		if closeTok.kind != tRParen {
			return nil, &synErr{at: closeTok, hint: "Write the database type as a single string: `Unsupported(\"geometry\")`."}
		}
		v, ds := unquote(s, c.p.file)
		c.diags = append(c.diags, ds...)
		ft.Unsupported = &StringLit{Value: v, Raw: s.text, Span: c.p.tokSpan(s)}
		ft.Span.End = closeTok.end
	}
	t := c.peek()
	switch {
	case t.kind == tLBrack && c.peekAt(1).kind == tRBrack && c.peekAt(1).start.Offset == t.end.Offset:
		c.next()
		closeTok := c.next()
		ft.Arity = List
		ft.Span.End = closeTok.end
		if q := c.peek(); q.kind == tQuestion {
			c.next()
			ft.Span.End = q.end
			c.diags = append(c.diags, Diagnostic{Severity: Error, Span: ft.Span,
				Message: "Optional lists are not supported. Use either `Type[]` or `Type?`.",
				Hint:    fmt.Sprintf("Write `%s[]` (a list can be empty) or `%s?`.", name.text, name.text)})
		}
	case t.kind == tQuestion:
		c.next()
		ft.Arity = Optional
		ft.Span.End = t.end
		if l := c.peek(); l.kind == tLBrack {
			return nil, &synErr{at: l, hint: fmt.Sprintf("Optional lists are not supported: write `%s[]` (a list can be empty) or `%s?`.", name.text, name.text)}
		}
	case t.kind == tBang:
		c.next()
		ft.Span.End = t.end
		c.diags = append(c.diags, Diagnostic{Severity: Error, Span: ft.Span,
			Message: "Fields are required by default, `!` is no longer required.",
			Hint:    fmt.Sprintf("Write `%s` without the `!`.", name.text)})
	}
	return ft, nil
}

// attribute reads "@name", "@db.VarChar(255)" or "@@index([a, b])".
func (c *cursor) attribute(block bool) (*Attribute, *synErr) {
	at := c.next()
	if (block && at.kind != tAtAt) || (!block && at.kind != tAt) {
		return nil, unexpected(at)
	}
	name := c.next()
	if name.kind != tIdent || !validPath(name.text) {
		return nil, &synErr{at: name, hint: "Write the attribute's name right after the `@`, such as `@unique` or `@db.VarChar(255)`."}
	}
	a := &Attribute{Name: name.text, Block: block, NameSpan: c.span(at.start, name.end)}
	a.Span = a.NameSpan
	if c.peek().kind == tLParen {
		c.next()
		args, end, err := c.argList()
		if err != nil {
			return nil, err
		}
		a.Args = args
		a.HasParens = true
		a.Span.End = end
	}
	return a, nil
}

// argList reads arguments after "(" up to and including ")"; it returns
// them and the end of the ")".
func (c *cursor) argList() ([]*Arg, Pos, *synErr) {
	var args []*Arg
	if t := c.peek(); t.kind == tRParen {
		c.next()
		return nil, t.end, nil
	}
	if t := c.peek(); t.kind == tComma && c.peekAt(1).kind == tRParen {
		c.next()
		closeTok := c.next()
		return nil, closeTok.end, nil
	}
	for {
		t := c.peek()
		var arg *Arg
		if t.kind == tIdent && c.peekAt(1).kind == tColon {
			if !validIdent(t.text) {
				return nil, Pos{}, unexpected(t)
			}
			c.next()
			colon := c.next()
			arg = &Arg{Name: &Ident{Name: t.text, Span: c.p.tokSpan(t)}, Span: c.span(t.start, colon.end)}
			if k := c.peek().kind; k != tComma && k != tRParen {
				v, err := c.expr()
				if err != nil {
					return nil, Pos{}, err
				}
				arg.Value = v
				arg.Span.End = v.GetSpan().End
			}
		} else {
			v, err := c.expr()
			if err != nil {
				return nil, Pos{}, err
			}
			arg = &Arg{Value: v, Span: v.GetSpan()}
		}
		args = append(args, arg)
		switch sep := c.next(); sep.kind {
		case tComma:
			if cl := c.peek(); cl.kind == tRParen {
				c.next()
				return args, cl.end, nil
			}
		case tRParen:
			return args, sep.end, nil
		default:
			e := unexpected(sep)
			if sep.kind == tEOF {
				e.hint = "Close the argument list with `)` on the same line: an attribute cannot span lines."
			} else {
				e.hint = "Separate arguments with `,` and close the list with `)`."
			}
			return nil, Pos{}, e
		}
	}
}

// expr reads a value: string, number, constant or path, array or function
// call.
func (c *cursor) expr() (Expr, *synErr) {
	t := c.next()
	switch t.kind {
	case tString:
		v, ds := unquote(t, c.p.file)
		c.diags = append(c.diags, ds...)
		return &StringLit{Value: v, Raw: t.text, Span: c.p.tokSpan(t)}, nil
	case tNumber:
		return &NumberLit{Raw: t.text, Span: c.p.tokSpan(t)}, nil
	case tLBrack:
		return c.array(t)
	case tLBrace:
		return c.object(t)
	case tIdent:
		if !validPath(t.text) {
			return nil, unexpected(t)
		}
		if c.peek().kind == tLParen {
			c.next()
			args, end, err := c.argList()
			if err != nil {
				return nil, err
			}
			return &FuncCall{Name: Ident{Name: t.text, Span: c.p.tokSpan(t)}, Args: args, HasParens: true, Span: c.span(t.start, end)}, nil
		}
		return &ConstLit{Name: t.text, Span: c.p.tokSpan(t)}, nil
	}
	e := unexpected(t)
	if t.kind == tEOF {
		e.hint = "A value is missing here: write a string, number, name, list `[...]` or function call `f(...)`."
	}
	return nil, e
}

// array reads the rest of "[a, b]" after "[".
func (c *cursor) array(open token) (Expr, *synErr) {
	arr := &ArrayExpr{Span: c.p.tokSpan(open)}
	if t := c.peek(); t.kind == tRBrack {
		c.next()
		arr.Span.End = t.end
		return arr, nil
	}
	for {
		e, err := c.expr()
		if err != nil {
			if err.at.kind == tRBrack {
				err.hint = "Remove the trailing `,` before `]`."
			}
			return nil, err
		}
		arr.Elems = append(arr.Elems, e)
		switch sep := c.next(); sep.kind {
		case tComma:
		case tRBrack:
			arr.Span.End = sep.end
			return arr, nil
		default:
			e := unexpected(sep)
			if sep.kind == tEOF {
				e.hint = "Close the list with `]` on the same line: a list cannot span lines."
			} else {
				e.hint = "Separate list elements with `,` and close the list with `]`."
			}
			return nil, e
		}
	}
}

// object reads the rest of "{ key: value, ... }" after "{". As in Prisma,
// keys are plain names, the object ends on its line and takes no
// trailing comma.
func (c *cursor) object(open token) (Expr, *synErr) {
	obj := &ObjectExpr{Span: c.p.tokSpan(open)}
	if t := c.peek(); t.kind == tRBrace {
		c.next()
		obj.Span.End = t.end
		return obj, nil
	}
	for {
		key := c.next()
		if key.kind != tIdent || !validIdent(key.text) {
			e := unexpected(key)
			switch key.kind {
			case tRBrace:
				e.hint = "Remove the trailing `,` before `}`."
			case tString:
				e.hint = "Write the key without quotes: `{ deletedAt: null }`."
			case tEOF:
				e.hint = "Close the object with `}` on the same line: an object cannot span lines."
			default:
				e.hint = "Write the object as `{ key: value, ... }`, e.g. `{ deletedAt: null }`."
			}
			return nil, e
		}
		colon := c.next()
		if colon.kind != tColon {
			e := unexpected(colon)
			e.hint = "Write a `:` and a value after the key, e.g. `{ deletedAt: null }`."
			return nil, e
		}
		v, err := c.expr()
		if err != nil {
			return nil, err
		}
		obj.Fields = append(obj.Fields, &ObjectField{
			Key:   Ident{Name: key.text, Span: c.p.tokSpan(key)},
			Value: v,
			Span:  c.span(key.start, v.GetSpan().End),
		})
		switch sep := c.next(); sep.kind {
		case tComma:
		case tRBrace:
			obj.Span.End = sep.end
			return obj, nil
		default:
			e := unexpected(sep)
			if sep.kind == tEOF {
				e.hint = "Close the object with `}` on the same line: an object cannot span lines."
			} else {
				e.hint = "Separate the entries with `,` and close the object with `}`."
			}
			return nil, e
		}
	}
}

// enumValue reads "NAME @map(\"name\")".
func (c *cursor) enumValue() (*EnumValue, *synErr) {
	name := c.next()
	if name.kind != tIdent || !validIdent(name.text) {
		return nil, unexpected(name)
	}
	v := &EnumValue{Name: Ident{Name: name.text, Span: c.p.tokSpan(name)}, Span: c.p.tokSpan(name)}
	for c.peek().kind == tAt {
		a, err := c.attribute(false)
		if err != nil {
			return nil, err
		}
		v.Attributes = append(v.Attributes, a)
		v.Span.End = a.Span.End
	}
	if !c.atEnd() {
		e := unexpected(c.peek())
		if c.peek().kind == tIdent {
			e.hint = "Write one enum value per line."
		}
		return nil, e
	}
	return v, nil
}

// property reads "key = value" (the value may be missing).
func (c *cursor) property() (*Property, *synErr) {
	key := c.next()
	if key.kind != tIdent || !validIdent(key.text) {
		return nil, unexpected(key)
	}
	eq := c.next()
	if eq.kind != tEquals {
		return nil, &synErr{at: eq, hint: fmt.Sprintf("Write `%s = value`, such as `provider = \"postgresql\"`.", key.text)}
	}
	pr := &Property{Key: Ident{Name: key.text, Span: c.p.tokSpan(key)}, Span: c.span(key.start, eq.end)}
	if !c.atEnd() {
		v, err := c.expr()
		if err != nil {
			return nil, err
		}
		pr.Value = v
		pr.Span.End = v.GetSpan().End
	}
	if !c.atEnd() {
		return nil, unexpected(c.peek())
	}
	return pr, nil
}
