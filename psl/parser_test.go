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
		case *ObjectExpr:
			var parts []string
			for _, f := range e.Fields {
				parts = append(parts, f.Key.Name+": "+expr(f.Value))
			}
			return "{" + strings.Join(parts, ", ") + "}"
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

// TestParseGolden parses testdata/parse/*.prisma and compares the tree and
// diagnostics with the .golden file beside it (-update-parse rewrites them).
func TestParseGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/parse/*.prisma")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range files {
		t.Run(filepath.Base(in), func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			f, ds := Parse(filepath.Base(in), src)
			ptCheckInvariants(t, f)
			got := ptDumpTree(f) + "---- diagnostics\n" + ptDumpDiags(ds)
			golden := strings.TrimSuffix(in, ".prisma") + ".golden"
			if *updateParseGolden {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update-parse to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the parse (run with -update-parse to accept):\n%s", golden, got)
			}
		})
	}
}

// TestParseTrees checks the tree of small inputs, spans included.
func TestParseTrees(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{
			name: "CRLF and tabs",
			src:  "model A {\r\n\tid\tInt\t@id\r\n}\r\n",
			want: "model A 1:1-3:2 body=1:9-3:2\n    field id Int @id 2:2-2:12\n",
		},
		{
			name: "lone CR ends a line",
			src:  "model A {\r  id Int\r}",
			want: "model A 1:1-3:2 body=1:9-3:2\n    field id Int 2:3-2:9\n",
		},
		{
			name: "byte order mark",
			src:  "\xEF\xBB\xBFmodel A {\n  id Int\n}\n",
			want: "model A 1:1-3:2 body=1:9-3:2\n    field id Int 2:3-2:9\n",
		},
		{
			name: "columns count code points",
			src:  "model Lööp {\n  größe Int @map(\"größe\")\n}\n",
			want: "model Lööp 1:1-3:2 body=1:12-3:2\n    field größe Int @map(str\"größe\") 2:3-2:26\n",
		},
		{
			name: "string escapes",
			src:  `model A {` + "\n" + `  s String @default("q\"b\\s\/\n\t\u00e9\ud83d\ude00")` + "\n}\n",
			want: "model A 1:1-3:2 body=1:9-3:2\n    field s String @default(str\"q\\\"b\\\\s/\\n\\té😀\") 2:3-2:55\n",
		},
		{
			name: "numbers",
			src:  "model A {\n  a Float @default(-1.25)\n  b Int @default(-3)\n  c Decimal @db.Decimal(65, 30)\n}\n",
			want: "model A 1:1-5:2 body=1:9-5:2\n    field a Float @default(num(-1.25)) 2:3-2:26\n    field b Int @default(num(-3)) 3:3-3:21\n    field c Decimal @db.Decimal(num(65), num(30)) 4:3-4:32\n",
		},
		{
			name: "arguments",
			src:  "model A {\n  @@index([title(ops: raw(\"gin_trgm_ops\"), sort: Desc)], type: Gin)\n  @@id(fields: [a, b], map: \"pk\",)\n  @@ignore\n  @@map()\n}\n",
			want: "model A 1:1-6:2 body=1:9-6:2\n    attr @@index([title(ops: raw(str\"gin_trgm_ops\"), sort: const(Desc))], type: const(Gin)) 2:3-2:68\n    attr @@id(fields: [const(a), const(b)], map: str\"pk\") 3:3-3:35\n    attr @@ignore 4:3-4:11\n    attr @@map() 5:3-5:10\n",
		},
		{
			name: "object literals (partial index where:)",
			src:  "model A {\n  @@unique([a], where: { deletedAt: null, s: { not: \"x\" }, n: -1.5 })\n  @@index([b], where: {})\n  c Int @unique(where:{a:true})\n}\n",
			want: "model A 1:1-5:2 body=1:9-5:2\n    attr @@unique([const(a)], where: {deletedAt: const(null), s: {not: str\"x\"}, n: num(-1.5)}) 2:3-2:70\n    attr @@index([const(b)], where: {}) 3:3-3:26\n    field c Int @unique(where: {a: const(true)}) 4:3-4:32\n",
		},
		{
			name: "empty named argument kept without value",
			src:  "model A {\n  @@index(fields: )\n}\n",
			want: "model A 1:1-3:2 body=1:9-3:2\n    attr @@index(fields: ) 2:3-2:20\n",
		},
		{
			name: "property without value is left to the validator",
			src:  "generator g {\n  provider =\n}\n",
			want: "generator g 1:1-3:2 body=1:13-3:2\n    prop provider = <none> 2:3-2:13\n",
		},
		{
			name: "docs attach only when directly above",
			src:  "/// a\n\n/// b\n// c\n/// d\nmodel A {\n  /// e\n\n  /// f\n  id Int\n  /// g\n}\n",
			want: "comment \"/// a\" 1:1-1:6\nblank 2:1-2:1\ncomment \"/// b\" 3:1-3:6\ncomment \"// c\" 4:1-4:5\ndoc \"/// d\" 5:1-5:6\nmodel A 6:1-12:2 body=6:9-12:2\n    comment \"/// e\" 7:3-7:8\n    blank 8:1-8:1\n    doc \"/// f\" 9:3-9:8\n    field id Int 10:3-10:9\n    comment \"/// g\" 11:3-11:8\n",
		},
		{
			name: "blank lines collapse and are kept only between items",
			src:  "\n\n// x\n  \n\t\n\nmodel A {\n\n  a Int\n\n\n  b Int\n\n}\n\n\n",
			want: "comment \"// x\" 3:1-3:5\nblank 4:1-6:1\nmodel A 7:1-14:2 body=7:9-14:2\n    field a Int 9:3-9:8\n    blank 10:1-11:1\n    field b Int 12:3-12:8\n",
		},
		{
			name: "comment after the closing brace",
			src:  "model A {\n  a Int\n} // end\n",
			want: "model A 1:1-3:2 body=1:9-3:2\n    field a Int 2:3-2:8\ncomment \"// end\" 3:3-3:9\n",
		},
		{
			name: "trailing doc comment on a field",
			src:  "model A {\n  a Int /// note  \n}\n",
			want: "model A 1:1-3:2 body=1:9-3:2\n    field a Int 2:3-2:8 trailing=\"/// note\"\n",
		},
		{
			name: "empty file",
			src:  "",
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ds := Parse("s.prisma", []byte(tt.src))
			ptCheckInvariants(t, f)
			if got := ptDumpTree(f); got != tt.want {
				t.Errorf("tree:\n%s\nwant:\n%s", got, tt.want)
			}
			if ds.HasErrors() {
				t.Errorf("unexpected diagnostics:\n%s", ptDumpDiags(ds))
			}
		})
	}
}

// TestParseKindSlices checks that the by-kind slices mirror Members.
func TestParseKindSlices(t *testing.T) {
	src := "datasource db {\n  provider = \"postgresql\"\n  url = env(\"U\")\n}\nenum E {\n  A\n  B\n  @@map(\"e\")\n}\nmodel M {\n  id Int @id\n  // c\n  e E\n  @@map(\"m\")\n}\n"
	f, ds := Parse("s.prisma", []byte(src))
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	bs := f.Blocks()
	if len(bs) != 3 {
		t.Fatalf("got %d blocks", len(bs))
	}
	if n := len(bs[0].Properties); n != 2 || bs[0].Property("url") == nil {
		t.Errorf("datasource: %d properties", n)
	}
	if len(bs[1].Values) != 2 || len(bs[1].Attributes) != 1 {
		t.Errorf("enum: %d values, %d attributes", len(bs[1].Values), len(bs[1].Attributes))
	}
	m := bs[2]
	if len(m.Fields) != 2 || len(m.Attributes) != 1 || len(m.Members) != 4 {
		t.Errorf("model: %d fields, %d attributes, %d members", len(m.Fields), len(m.Attributes), len(m.Members))
	}
	if m.Fields[0].Attribute("id") == nil || m.Kind != KindModel || bs[0].Kind != KindDatasource || bs[1].Kind != KindEnum {
		t.Errorf("kinds or attributes wrong")
	}
}

// TestParseErrors checks the position and message of syntax errors.
func TestParseErrors(t *testing.T) {
	const ds = "datasource db {\n  provider = \"postgresql\"\n}\n"
	tests := []struct {
		name, src string
		want      []string // "line:col message"
	}{
		{"garbage field (Prisma psl-case)", "view Mountain {\n  id Int @unique\n  val\n}\n",
			[]string{`3:3 Error validating view "Mountain": This field declaration is invalid. It is either missing a name or a type.`}},
		{"missing name", "model A {\n  String @id\n}\n",
			[]string{`2:3 Error validating model "A": This field declaration is invalid. It is either missing a name or a type.`}},
		{"composite type field without type", "type T {\n  x\n}\n",
			[]string{`2:3 Error validating type "T": This field declaration is invalid. It is either missing a name or a type.`}},
		{"optional list", "model A {\n  a Int[]?\n}\n", []string{"2:5 Optional lists are not supported. Use either `Type[]` or `Type?`."}},
		{"list of optional", "model A {\n  a Int?[]\n}\n", []string{"2:3 Error validating: This line is not a valid field or attribute definition."}},
		{"legacy colon", "model A {\n  a: Int\n}\n", []string{"2:4 Field declarations don't require a `:`."}},
		{"legacy required", "model A {\n  a Int!\n}\n", []string{"2:5 Fields are required by default, `!` is no longer required."}},
		{"legacy list", "model A {\n  a [Int]\n}\n", []string{"2:5 To specify a list, please use `Type[]` instead of `[Type]`."}},
		{"stray text after attributes", "model A {\n  a Int @id x\n  b Int\n}\n", []string{"2:3 Error validating: This line is not a valid field or attribute definition."}},
		{"all bad lines reported", "model A {\n  a Int @id x\n  b Int y\n}\nenum E {\n  A B\n}\n", []string{
			"2:3 Error validating: This line is not a valid field or attribute definition.",
			"3:3 Error validating: This line is not a valid field or attribute definition.",
			"6:3 Error validating: This line is not an enum value definition."}},
		{"object spanning lines (Prisma: line not valid)", "model A {\n  id Int\n  @@index([id], where: {\n    id: 1 })\n}\n", []string{
			"3:3 Error validating: This line is not a valid field or attribute definition.",
			"4:5 Error validating: This line is not a valid field or attribute definition."}},
		{"object with trailing comma (Prisma: line not valid)", "model A {\n  id Int\n  @@index([id], where: { id: 1, })\n}\n", []string{
			"3:3 Error validating: This line is not a valid field or attribute definition."}},
		{"object with quoted key (Prisma: line not valid)", "model A {\n  id Int\n  @@index([id], where: { \"id\": 1 })\n}\n", []string{
			"3:3 Error validating: This line is not a valid field or attribute definition."}},
		{"object key without value", "model A {\n  id Int\n  @@index([id], where: { id })\n}\n", []string{
			"3:3 Error validating: This line is not a valid field or attribute definition."}},
		{"unterminated string", "model A {\n  a String @default(\"x)\n}\n", []string{"2:3 Error validating: This line is not a valid field or attribute definition."}},
		{"raw tab in string", "model A {\n  a String @default(\"x\ty\")\n}\n", []string{"2:3 Error validating: This line is not a valid field or attribute definition."}},
		{"unknown escape", "model A {\n  a String @default(\"C:\\dir\")\n}\n", []string{"2:24 Unknown escape sequence. If the value is a windows-style path, `\\` must be escaped as `\\\\`."}},
		{"bad unicode escape", "model A {\n  a String @default(\"\\u00g1\")\n}\n", []string{"2:22 Invalid unicode escape sequence."}},
		{"lone surrogate", "model A {\n  a String @default(\"\\ud83d\")\n}\n", []string{"2:22 Invalid unicode escape sequence."}},
		{"unknown keyword", "modle A {\n  id Int\n}\n", []string{"1:1 Error validating: This block is invalid. It does not start with any known Prisma schema keyword. Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'."}},
		{"block without keyword", "A {\n  id Int\n}\nmodel B {\n  id Int\n}\n", []string{"1:1 Error validating: This block is invalid. It does not start with any known Prisma schema keyword. Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'."}},
		{"stray text", ds + "hello world\n", []string{"4:1 Error validating: This line is invalid. It does not start with any known Prisma schema keyword."}},
		{"type alias", "type X = Int\n", []string{"1:1 Error validating: Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types"}},
		{"unterminated block", "model A {\n  id Int\n\nmodel B {\n  id Int\n}\n", []string{`4:1 Error validating: This line is not a valid field or attribute definition.`}},
		{"unterminated block at end", "enum E {\n  A\n", []string{"1:1 Error validating enum `E`: This block is not closed: the closing `}` is missing."}},
		{"block attribute in generator", "generator g {\n  @@map(\"x\")\n}\n", []string{"2:3 Error validating: This line is not a valid definition within a generator."}},
		{"property without =", ds[:len(ds)-2] + "  url env(\"X\")\n}\n", []string{"3:3 Error validating: This line is not a valid definition within a datasource."}},
		{"trailing comma in list", "generator g {\n  previewFeatures = [\"a\",]\n}\n", []string{"2:3 Error validating: This line is not a valid definition within a generator."}},
		{"attribute across lines", "model A {\n  @@index([a,\n  b])\n}\n", []string{
			"2:3 Error validating: This line is not a valid field or attribute definition.",
			"3:3 Error validating: This line is not a valid field or attribute definition."}},
		{"one-line empty block", "model A {}\n", []string{"1:9 Error validating model \"A\": The closing `}` of a block must be on a line of its own."}},
		{"stray closing brace", "}\n", []string{"1:1 Error validating: This line is invalid. It does not start with any known Prisma schema keyword."}},
		{"illegal character", "model A {\n  a Int # x\n}\n", []string{"2:3 Error validating: This line is not a valid field or attribute definition."}},
		{"name starting with underscore", "model A {\n  _a Int\n}\n", []string{"2:3 Error validating: This line is not a valid field or attribute definition."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, diags := Parse("s.prisma", []byte(tt.src))
			ptCheckInvariants(t, f)
			var got []string
			for _, d := range diags {
				got = append(got, fmt.Sprintf("%d:%d %s", d.Span.Start.Line, d.Span.Start.Col, d.Message))
				if d.Hint == "" {
					t.Errorf("no hint for %s", d.Error())
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
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
		t.Fatal("the shared corpus is missing (../shared beside the repository)")
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
		case *ObjectExpr:
			for _, f := range e.Fields {
				check(what+" entry", f.Span)
				inside(what+" entry", f.Span, e.Span)
				check(what+" key", f.Key.Span)
				inside(what+" key", f.Key.Span, f.Span)
				exprs(what+" entry value", f.Value, f.Span)
			}
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
