package psl

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

var updateParseGolden = flag.Bool("update-parse", false, "rewrite the parser's golden files under testdata/parse")

// ptDumpTree renders a parsed file as indented text, one node a line, with
// positions, for golden files and failure messages.
func ptDumpTree(f *File) string {
	var b strings.Builder
	pos := func(s Span) string {
		return fmt.Sprintf("%d:%d-%d:%d", s.Start.Line, s.Start.Col, s.End.Line, s.End.Col)
	}
	var expr func(e Expr) string
	args := func(as []*Arg) string {
		var parts []string
		for _, a := range as {
			s := ""
			if a.Name != nil {
				s = a.Name.Name + ": "
			}
			if a.Value != nil {
				s += expr(a.Value)
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, ", ")
	}
	expr = func(e Expr) string {
		switch e := e.(type) {
		case *StringLit:
			return "str" + strconv.Quote(e.Value)
		case *NumberLit:
			return "num(" + e.Raw + ")"
		case *ConstLit:
			return "const(" + e.Name + ")"
		case *ArrayExpr:
			var parts []string
			for _, x := range e.Elems {
				parts = append(parts, expr(x))
			}
			return "[" + strings.Join(parts, ", ") + "]"
		case *FuncCall:
			return e.Name.Name + "(" + args(e.Args) + ")"
		}
		return "?"
	}
	attrs := func(as []*Attribute) string {
		var s string
		for _, a := range as {
			p := "@"
			if a.Block {
				p = "@@"
			}
			s += " " + p + a.Name
			if a.HasParens {
				s += "(" + args(a.Args) + ")"
			}
		}
		return s
	}
	docs := func(ind string, d []*Comment) {
		for _, c := range d {
			fmt.Fprintf(&b, "%sdoc %q %s\n", ind, c.Text, pos(c.Span))
		}
	}
	trail := func(c *Comment) string {
		if c == nil {
			return ""
		}
		return fmt.Sprintf(" trailing=%q", c.Text)
	}
	member := func(m Member) {
		const ind = "    "
		switch m := m.(type) {
		case *Field:
			docs(ind, m.Doc)
			typ := "<none>"
			if m.Type != nil {
				typ = m.Type.Name.Name
				if m.Type.Unsupported != nil {
					typ += "(" + strconv.Quote(m.Type.Unsupported.Value) + ")"
				}
				typ += [...]string{"", "?", "[]"}[m.Type.Arity]
			}
			fmt.Fprintf(&b, "%sfield %s %s%s %s%s\n", ind, m.Name.Name, typ, attrs(m.Attributes), pos(m.Span), trail(m.Comment))
		case *EnumValue:
			docs(ind, m.Doc)
			fmt.Fprintf(&b, "%svalue %s%s %s%s\n", ind, m.Name.Name, attrs(m.Attributes), pos(m.Span), trail(m.Comment))
		case *Property:
			docs(ind, m.Doc)
			v := "<none>"
			if m.Value != nil {
				v = expr(m.Value)
			}
			fmt.Fprintf(&b, "%sprop %s = %s %s%s\n", ind, m.Key.Name, v, pos(m.Span), trail(m.Comment))
		case *Attribute:
			docs(ind, m.Doc)
			fmt.Fprintf(&b, "%sattr%s %s%s\n", ind, attrs([]*Attribute{m}), pos(m.Span), trail(m.Comment))
		case *Comment:
			fmt.Fprintf(&b, "%scomment %q %s\n", ind, m.Text, pos(m.Span))
		case *BlankLine:
			fmt.Fprintf(&b, "%sblank %s\n", ind, pos(m.Span))
		}
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *Block:
			docs("", d.Doc)
			fmt.Fprintf(&b, "%s %s %s body=%s%s\n", d.Keyword.Name, d.Name.Name, pos(d.Span), pos(d.BodySpan), trail(d.Comment))
			for _, m := range d.Members {
				member(m)
			}
		case *Comment:
			fmt.Fprintf(&b, "comment %q %s\n", d.Text, pos(d.Span))
		case *BlankLine:
			fmt.Fprintf(&b, "blank %s\n", pos(d.Span))
		}
	}
	return b.String()
}

func ptDumpDiags(ds Diagnostics) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "%d:%d-%d:%d %s: %s\n", d.Span.Start.Line, d.Span.Start.Col, d.Span.End.Line, d.Span.End.Col, d.Severity, d.Message)
		if d.Hint != "" {
			fmt.Fprintf(&b, "    hint: %s\n", d.Hint)
		}
	}
	return b.String()
}

func TestParseSmoke(t *testing.T) {
	src := "datasource db {\n  provider = \"postgresql\"\n}\n\n/// doc\nmodel A { // c\n  /// fd\n  id Int @id @default(autoincrement()) // t\n\n\n  name String? @db.VarChar(255)\n  @@index([name(sort: Desc)], type: Gin)\n}\n"
	f, ds := Parse("s.prisma", []byte(src))
	t.Logf("\n%s\n%s", ptDumpTree(f), ptDumpDiags(ds))
}

const ptCorpusDir = "../../shared/corpus"

// ptCorpusFiles lists every *.prisma file under the shared corpus, or nil when
// the corpus is not there.
func ptCorpusFiles(tb testing.TB) []string {
	tb.Helper()
	var files []string
	err := filepath.WalkDir(ptCorpusDir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".prisma") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil
	}
	return files
}

type ptExpectedDiag struct {
	message string
	line    int
}

var ptExpectRe = regexp.MustCompile(`(?m)^// (error|warning): (.*)\n//\s+-->\s+schema\.prisma:(\d+)`)

// ptExpectedErrors reads the trailing "// error:" block of a psl-cases file.
func ptExpectedErrors(src []byte) []ptExpectedDiag {
	var out []ptExpectedDiag
	for _, m := range ptExpectRe.FindAllSubmatch(src, -1) {
		if string(m[1]) != "error" {
			continue
		}
		n, _ := strconv.Atoi(string(m[3]))
		out = append(out, ptExpectedDiag{message: strings.TrimSpace(string(m[2])), line: n})
	}
	return out
}

// TestParseCorpus parses every schema of the shared corpus: a valid schema
// must parse without errors, and a psl-case that expects errors may only get
// syntax errors its expected block lists (same message, same line).
func TestParseCorpus(t *testing.T) {
	files := ptCorpusFiles(t)
	if len(files) == 0 {
		t.Skip("shared corpus not found")
	}
	for _, path := range files {
		rel, _ := filepath.Rel(ptCorpusDir, path)
		t.Run(rel, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, ds := Parse(rel, src)
			ptCheckInvariants(t, f)
			want := ptExpectedErrors(src)
			for _, d := range ds.Errors() {
				ok := false
				for _, w := range want {
					if w.line == d.Span.Start.Line && w.message == d.Message {
						ok = true
					}
				}
				if !ok {
					t.Errorf("unexpected syntax error %s\n(expected block: %v)", d.Error(), want)
				}
			}
			if len(f.Blocks()) == 0 {
				t.Errorf("no blocks parsed")
			}
		})
	}
}

// ptCheckInvariants checks that every span lies within the source, starts
// before it ends, has consistent positions, and that members lie inside
// their block.
func ptCheckInvariants(t testing.TB, f *File) {
	t.Helper()
	src := f.Src
	table := ptPositions(src)
	check := func(what string, s Span) {
		t.Helper()
		if s.File != f.Name {
			t.Errorf("%s: span file %q, want %q", what, s.File, f.Name)
		}
		for _, p := range []Pos{s.Start, s.End} {
			if p.Offset < 0 || p.Offset > len(src) || p.Line < 1 || p.Col < 1 {
				t.Errorf("%s: position %+v out of the source (%d bytes)", what, p, len(src))
				return
			}
			if want := table[p.Offset]; want != p {
				t.Errorf("%s: position %+v, but offset %d is at %+v", what, p, p.Offset, want)
			}
		}
		if s.Start.Offset > s.End.Offset {
			t.Errorf("%s: span starts at %+v after its end %+v", what, s.Start, s.End)
		}
	}
	inside := func(what string, inner, outer Span) {
		t.Helper()
		if inner.Start.Offset < outer.Start.Offset || inner.End.Offset > outer.End.Offset {
			t.Errorf("%s: span %+v-%+v not inside %+v-%+v", what, inner.Start, inner.End, outer.Start, outer.End)
		}
	}
	var exprs func(what string, e Expr, outer Span)
	argsCheck := func(what string, as []*Arg, outer Span) {
		for _, a := range as {
			check(what+" arg", a.Span)
			inside(what+" arg", a.Span, outer)
			if a.Name != nil {
				check(what+" arg name", a.Name.Span)
				inside(what+" arg name", a.Name.Span, a.Span)
			}
			if a.Value != nil {
				exprs(what+" arg value", a.Value, a.Span)
			}
		}
	}
	exprs = func(what string, e Expr, outer Span) {
		check(what, e.GetSpan())
		inside(what, e.GetSpan(), outer)
		switch e := e.(type) {
		case *ArrayExpr:
			for _, x := range e.Elems {
				exprs(what+" elem", x, e.Span)
			}
		case *FuncCall:
			argsCheck(what+" call", e.Args, e.Span)
		}
	}
	attrCheck := func(what string, a *Attribute, outer Span) {
		check(what, a.Span)
		inside(what, a.Span, outer)
		check(what+" name", a.NameSpan)
		inside(what+" name", a.NameSpan, a.Span)
		argsCheck(what, a.Args, a.Span)
	}
	comments := func(what string, cs []*Comment, c *Comment) {
		for _, x := range cs {
			check(what+" doc", x.Span)
		}
		if c != nil {
			check(what+" comment", c.Span)
		}
	}
	prevEnd := 0
	for _, d := range f.Decls {
		sp := d.GetSpan()
		check("decl", sp)
		if sp.Start.Offset < prevEnd {
			t.Errorf("decl at %+v overlaps the one before", sp.Start)
		}
		prevEnd = sp.End.Offset
		b, ok := d.(*Block)
		if !ok {
			continue
		}
		check("block keyword", b.Keyword.Span)
		inside("block keyword", b.Keyword.Span, b.Span)
		check("block name", b.Name.Span)
		check("block body", b.BodySpan)
		inside("block body", b.BodySpan, b.Span)
		comments("block", b.Doc, b.Comment)
		mPrev := b.BodySpan.Start.Offset
		for _, m := range b.Members {
			ms := m.GetSpan()
			check("member", ms)
			inside("member", ms, b.BodySpan)
			if ms.Start.Offset < mPrev {
				t.Errorf("member at %+v overlaps the one before", ms.Start)
			}
			mPrev = ms.End.Offset
			switch m := m.(type) {
			case *Field:
				check("field name", m.Name.Span)
				inside("field name", m.Name.Span, m.Span)
				if m.Type != nil {
					check("field type", m.Type.Span)
					inside("field type", m.Type.Span, m.Span)
				}
				for _, a := range m.Attributes {
					attrCheck("field attribute", a, m.Span)
				}
				comments("field", m.Doc, m.Comment)
			case *EnumValue:
				inside("enum value name", m.Name.Span, m.Span)
				for _, a := range m.Attributes {
					attrCheck("enum value attribute", a, m.Span)
				}
				comments("enum value", m.Doc, m.Comment)
			case *Property:
				inside("property key", m.Key.Span, m.Span)
				if m.Value != nil {
					exprs("property value", m.Value, m.Span)
				}
				comments("property", m.Doc, m.Comment)
			case *Attribute:
				attrCheck("block attribute", m, m.Span)
				comments("block attribute", m.Doc, m.Comment)
			}
		}
		if len(b.Fields)+len(b.Values)+len(b.Properties)+len(b.Attributes) > len(b.Members) {
			t.Errorf("block %s: kind slices hold more than Members", b.Name.Name)
		}
	}
}

// ptPositions computes the position of every byte offset of src the slow,
// obvious way; offsets inside a "\r\n" or a multi-byte rune get Line -1.
func ptPositions(src []byte) []Pos {
	out := make([]Pos, len(src)+1)
	for k := range out {
		out[k] = Pos{Offset: k, Line: -1}
	}
	p := Pos{Line: 1, Col: 1}
	i := 0
	if bytes.HasPrefix(src, []byte("\xEF\xBB\xBF")) {
		i = 3
	}
	for ; ; p.Col++ {
		p.Offset = i
		out[i] = p
		if i >= len(src) {
			return out
		}
		switch {
		case src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n':
			i += 2
			p.Line++
			p.Col = 0
		case src[i] == '\n' || src[i] == '\r':
			i++
			p.Line++
			p.Col = 0
		default:
			_, w := utf8.DecodeRune(src[i:])
			i += w
		}
	}
}
