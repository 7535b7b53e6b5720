package psl

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// The golden files under testdata/format/prisma are the output of Prisma's
// own formatter (prisma-schema-wasm, as shipped with Prisma 7) on the shared
// corpus, each file formatted on its own. -update regenerates them with the
// real Prisma: it needs node and the offline Prisma peer set up, with
// PRISMA_PEER_DIR naming its work folder (the one holding schema-oracle.cjs).
var update = flag.Bool("update", false, "regenerate the Prisma golden files with the real Prisma formatter")

// corpusDir is the shared corpus of real schemas, next to the module.
const corpusDir = "../../shared/corpus"

const goldenDir = "testdata/format/prisma"

// Helpers to build trees by hand, without the parser.

func hIdent(s string) Ident { return Ident{Name: s} }

func hComment(s string) *Comment { return &Comment{Text: s} }

func hField(name, typ string, arity Arity, attrs ...*Attribute) *Field {
	return &Field{Name: hIdent(name), Type: &FieldType{Name: hIdent(typ), Arity: arity}, Attributes: attrs}
}

func hAttr(name string, args ...*Arg) *Attribute {
	return &Attribute{Name: name, Args: args, HasParens: len(args) > 0}
}

func hBlockAttr(name string, args ...*Arg) *Attribute {
	a := hAttr(name, args...)
	a.Block = true
	return a
}

func hPos(e Expr) *Arg { return &Arg{Value: e} }

func hNamed(n string, e Expr) *Arg { return &Arg{Name: &Ident{Name: n}, Value: e} }

func hStr(v string) *StringLit { return &StringLit{Value: v} }

func hConst(v string) *ConstLit { return &ConstLit{Name: v} }

func hCall(name string, args ...*Arg) *FuncCall {
	return &FuncCall{Name: hIdent(name), Args: args, HasParens: true}
}

func hArr(elems ...Expr) *ArrayExpr { return &ArrayExpr{Elems: elems} }

func hBlock(kind BlockKind, name string, members ...Member) *Block {
	return &Block{Kind: kind, Keyword: hIdent(kind.String()), Name: hIdent(name), Members: members}
}

func TestFormatHandBuilt(t *testing.T) {
	tests := []struct {
		name string
		file *File
		want string
	}{
		{
			name: "datasource aligned on equals",
			file: &File{Decls: []Decl{
				hBlock(KindDatasource, "db",
					&Property{Key: hIdent("provider"), Value: hStr("postgresql")},
					&Property{Key: hIdent("directUrl"), Value: hCall("env", hPos(hStr("DIRECT"))), Comment: hComment("// direct")},
				),
			}},
			want: "datasource db {\n  provider  = \"postgresql\"\n  directUrl = env(\"DIRECT\") // direct\n}\n",
		},
		{
			name: "model columns, sorted attributes, block attributes last",
			file: &File{Decls: []Decl{
				&BlankLine{},
				hComment("// models"),
				hBlock(KindModel, "User",
					&BlankLine{},
					hField("id", "Int", Required, hAttr("default", hPos(hCall("autoincrement"))), hAttr("id")),
					hBlockAttr("map", hPos(hStr("users"))),
					hField("email", "String", Optional, hAttr("db.VarChar", hPos(&NumberLit{Raw: "255"})), hAttr("unique")),
					&BlankLine{},
					hComment("// posts"),
					hBlockAttr("index", hPos(hArr(hConst("email"), hCall("id", hNamed("sort", hConst("Desc"))))), hNamed("map", hStr("ix"))),
					&BlankLine{},
					hField("posts", "Post", List),
					&BlankLine{},
				),
				hBlock(KindEnum, "Role",
					&EnumValue{Name: hIdent("ADMIN"), Attributes: []*Attribute{hAttr("map", hPos(hStr("admin")))}},
					&EnumValue{Name: hIdent("USER"), Comment: hComment("// default")},
				),
				&BlankLine{},
			}},
			want: `// models
model User {
  id    Int     @id @default(autoincrement())
  email String? @unique @db.VarChar(255)

  posts Post[]

  // posts
  @@index([email, id(sort: Desc)], map: "ix")
  @@map("users")
}

enum Role {
  ADMIN @map("admin")
  USER // default
}
`,
		},
		{
			name: "doc comments held only in Doc, or also as members, print once",
			file: func() *File {
				shared := hComment("/// shared")
				f := hField("id", "Int", Required)
				f.Doc = []*Comment{shared}
				g := hField("name", "String", Required)
				g.Doc = []*Comment{hComment("/// only doc")}
				b := hBlock(KindModel, "A", shared, f, g)
				b.Doc = []*Comment{hComment("/// model doc")}
				return &File{Decls: []Decl{b}}
			}(),
			want: "/// model doc\nmodel A {\n  /// shared\n  id   Int\n  /// only doc\n  name String\n}\n",
		},
		{
			name: "empty block and lone block attribute",
			file: &File{Decls: []Decl{
				hBlock(KindModel, "A"),
				hBlock(KindModel, "B", hBlockAttr("ignore")),
			}},
			want: "model A {\n}\n\nmodel B {\n\n  @@ignore\n}\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(Format(tt.file))
			if got != tt.want {
				t.Errorf("Format:\n--- got ---\n%s--- want ---\n%s", got, tt.want)
			}
		})
	}
}

// parseOK parses src and fails the test on syntax errors.
func parseOK(t *testing.T, name string, src []byte) *File {
	t.Helper()
	f, ds := Parse(name, src)
	if ds.HasErrors() {
		t.Fatalf("parse %s: %v", name, ds.Errors())
	}
	return f
}

// TestFormatCases checks small schemas against what Prisma's formatter
// writes for them (each want was produced by `prisma format`), except where
// the case says strata deliberately differs.
func TestFormatCases(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
	}{
		{
			name: "argument normalisation and Unsupported",
			src: `model A {
  id String @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  n Decimal @default(-1.5) @db.Decimal(10,2)
  tags String[] @default([ "a","b" ])
  b B @relation(fields:[bId],references:[id],onDelete:Cascade,)
  bId String @map(name:"b_id")
  geo Unsupported("geometry(Point, 4326)")?
  @@index([tags(ops: ArrayOps)],type:Gin)
  @@unique(fields:[n,bId],name:"n_b")
  @@id([id])
}
`,
			want: `model A {
  id   String                                @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  n    Decimal                               @default(-1.5) @db.Decimal(10, 2)
  tags String[]                              @default(["a", "b"])
  b    B                                     @relation(fields: [bId], references: [id], onDelete: Cascade)
  bId  String                                @map(name: "b_id")
  geo  Unsupported("geometry(Point, 4326)")?

  @@id([id])
  @@unique(fields: [n, bId], name: "n_b")
  @@index([tags(ops: ArrayOps)], type: Gin)
}
`,
		},
		{
			name: "blank lines collapse and reset alignment",
			src: `


generator client {

  provider = "prisma-client-js"


  output = "../gen"

}
model A {

  id Int @id


  longName String
  x Int

  @@unique([x])


}



model B {
  id Int @id
}


`,
			want: `generator client {
  provider = "prisma-client-js"

  output = "../gen"
}

model A {
  id Int @id

  longName String
  x        Int

  @@unique([x])
}

model B {
  id Int @id
}
`,
		},
		{
			// As Prisma writes it, except for the blank line above "// after
			// brace", which Prisma adds only on its second run.
			name: "comments in odd places",
			src: `// Leading comment
  // indented top comment
datasource db {
  // inside datasource
  provider = "postgresql" // trailing
}
/// The user.
/// Second doc line.
model User {
  id    Int @id // the id
  // between fields
  /// doc of name
  name String
  // before attr
  @@map("users") // trailing on attr
  email String @unique
  // last comment
} // after brace
// right after block
model Post {
  id Int @id

  // after blank, before attr
  @@index([id])

  // at the end
}
`,
			want: `// Leading comment
// indented top comment
datasource db {
  // inside datasource
  provider = "postgresql" // trailing
}

/// The user.
/// Second doc line.
model User {
  id    Int    @id // the id
  // between fields
  /// doc of name
  name  String
  email String @unique
  // last comment

  // before attr
  @@map("users") // trailing on attr
}

// after brace
// right after block
model Post {
  id Int @id

  // at the end

  // after blank, before attr
  @@index([id])
}
`,
		},
		{
			name: "CRLF input",
			src:  "datasource db {\r\n  provider = \"postgresql\"\r\n  url = env(\"DATABASE_URL\")\r\n}\r\n\r\nmodel A {\r\n  id Int @id // crlf comment  \r\n  name String?\r\n  @@map(\"a\")\r\n}\r\n",
			want: "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\nmodel A {\n  id   Int     @id // crlf comment  \n  name String?\n\n  @@map(\"a\")\n}\n",
		},
		{
			name: "enums with @map and block attributes",
			src: `enum Role {
  ADMIN @map("admin")
  USER   @map("user") // the default
  /// documented value
  GUEST
  @@map("roles")
  @@schema("auth")
}

enum Empty {
}
`,
			want: `enum Role {
  ADMIN @map("admin")
  USER  @map("user") // the default
  /// documented value
  GUEST

  @@map("roles")
  @@schema("auth")
}

enum Empty {
}
`,
		},
		{
			name: "attribute order",
			src: `model A {
  id Int @map("id") @default(autoincrement()) @id
  u String @db.Text @relation("x") @unique @ignore @updatedAt
  @@schema("s")
  @@map("a")
  @@ignore
  @@fulltext([u])
  @@index([u])
  @@unique([u])
  @@id([id])
}
`,
			want: `model A {
  id Int    @id @default(autoincrement()) @map("id")
  u  String @unique @updatedAt @relation("x") @ignore @db.Text

  @@id([id])
  @@unique([u])
  @@index([u])
  @@fulltext([u])
  @@map("a")
  @@ignore
  @@schema("s")
}
`,
		},
		{
			name: "tabs as whitespace",
			src:  "model A {\n\tid\tInt\t@id\t@default(autoincrement())\n\tname\tString\t// tab comment\n\t@@index([name],\tmap:\t\"ix\")\n}\n",
			want: `model A {
  id   Int    @id @default(autoincrement())
  name String // tab comment

  @@index([name], map: "ix")
}
`,
		},
		{
			name: "views, composite types, lone block attribute",
			src: `view V {
  id Int @unique
  name String?
}
type T {
  a String
  b Int?
}
model M {
  @@ignore
}
`,
			want: `view V {
  id   Int     @unique
  name String?
}

type T {
  a String
  b Int?
}

model M {

  @@ignore
}
`,
		},
		{
			// Prisma drops a comment after the opening brace; strata keeps it.
			name: "comment after the opening brace is kept",
			src:  "model A { // keep me\n  id Int @id\n}\n",
			want: "model A { // keep me\n  id Int @id\n}\n",
		},
		{
			name: "no trailing newline, field without attributes gets no padding",
			src:  "model A {\n  id Int @id\n  longer String\n}",
			want: "model A {\n  id     Int    @id\n  longer String\n}\n",
		},
		// Files with nothing to print: Prisma 7.10's formatter (the peer's
		// schema-oracle.cjs format, also inside a multi-file folder) writes
		// one "\n" for each of them, so `format --check` must not flag them.
		{name: "empty file", src: "", want: "\n"},
		{name: "only a line break", src: "\n", want: "\n"},
		{name: "only blank lines", src: "\n\n", want: "\n"},
		{name: "only spaces and a line break", src: "  \n", want: "\n"},
		{name: "only spaces", src: "   ", want: "\n"},
		{name: "only a tab line", src: "\t\n", want: "\n"},
		{name: "only CRLF", src: "\r\n", want: "\n"},
		{name: "only a comment without line break", src: "// only a comment", want: "// only a comment\n"},
		{name: "only a comment between blank lines", src: "\n// c\n\n", want: "// c\n"},
		{name: "only a doc comment", src: "/// doc\n", want: "/// doc\n"},
		// Object literals (partial index where:), as Prisma 7.10 formats
		// them: "{ key: value, ... }", and "{  }" when empty.
		{
			name: "object literals",
			src:  "model Task {\n  id Int @id\n  name String @unique(where:{deletedAt:null})\n  deletedAt DateTime?\n  @@index([name], where: {active:true,deletedAt:{not:null}})\n  @@index([id], where: {})\n  @@unique([name],where:{ s : \"it's \\\"q\\\"\" , n: -1.5 })\n}\n",
			want: "model Task {\n  id        Int       @id\n  name      String    @unique(where: { deletedAt: null })\n  deletedAt DateTime?\n\n  @@unique([name], where: { s: \"it's \\\"q\\\"\", n: -1.5 })\n  @@index([name], where: { active: true, deletedAt: { not: null } })\n  @@index([id], where: {  })\n}\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := parseOK(t, "case.prisma", []byte(tt.src))
			got := string(Format(f))
			if got != tt.want {
				t.Fatalf("Format:\n--- got ---\n%s--- want ---\n%s", got, tt.want)
			}
			again := string(Format(parseOK(t, "again.prisma", []byte(got))))
			if again != got {
				t.Errorf("not idempotent:\n--- first ---\n%s--- second ---\n%s", got, again)
			}
		})
	}
}

// corpusFiles lists the corpus schema files (slash paths relative to
// corpusDir) under seeds/ and schemas/.
func corpusFiles(t *testing.T) []string {
	t.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		t.Fatalf("the shared corpus is missing (../shared beside the repository): %v", err)
	}
	var out []string
	for _, top := range []string{"seeds", "schemas"} {
		err := filepath.WalkDir(filepath.Join(corpusDir, top), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(path, ".prisma") {
				rel, err := filepath.Rel(corpusDir, path)
				if err != nil {
					return err
				}
				out = append(out, filepath.ToSlash(rel))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(out)
	return out
}

// TestFormatMatchesPrisma formats every corpus file and compares the result
// with Prisma's output for the same file, byte for byte.
func TestFormatMatchesPrisma(t *testing.T) {
	files := corpusFiles(t)
	if *update {
		updatePrismaGoldens(t, files)
	}
	for _, rel := range files {
		t.Run(rel, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(corpusDir, rel))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join(goldenDir, rel))
			if err != nil {
				t.Fatalf("no Prisma output for %s (run with -update): %v", rel, err)
			}
			got := Format(parseOK(t, rel, src))
			if !bytes.Equal(got, want) {
				t.Errorf("differs from Prisma's formatting:\n%s", firstDiff(got, want))
			}
		})
	}
}

// updatePrismaGoldens runs the real Prisma formatter on every corpus file.
func updatePrismaGoldens(t *testing.T, files []string) {
	t.Helper()
	for _, rel := range files {
		recordPrismaFormat(t, filepath.Join(corpusDir, rel), filepath.Join(goldenDir, rel), false)
	}
}

// recordPrismaFormat writes the real Prisma formatter's output of the
// schema at src to golden (after Prisma's validation when validate is
// set). It needs PRISMA_PEER_DIR, the work folder of the Prisma peer.
func recordPrismaFormat(t *testing.T, src, golden string, validate bool) {
	t.Helper()
	peer := os.Getenv("PRISMA_PEER_DIR")
	if peer == "" {
		t.Fatal("-update needs PRISMA_PEER_DIR: the work folder of the Prisma peer (see its README)")
	}
	oracle := filepath.Join(peer, "schema-oracle.cjs")
	// The oracle prints [[path, text]]; this extracts the text.
	const extract = `const fs=require("fs");process.stdout.write(JSON.parse(fs.readFileSync(0,"utf8"))[0][1])`
	script := `node "$1" format "$2" > "$3.json" && node -e '` + extract + `' < "$3.json" > "$3" ; rc=$?; rm -f "$3.json"; exit $rc`
	if validate {
		script = `node "$1" validate "$2" >/dev/null && ` + script
	}
	if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("sh", "-c", script, "sh", oracle, src, golden).CombinedOutput(); err != nil {
		t.Fatalf("prisma format %s: %v\n%s", src, err, out)
	}
}

// firstDiff shows the first differing line of got and want.
func firstDiff(got, want []byte) string {
	g := strings.Split(string(got), "\n")
	w := strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl || i >= len(g) || i >= len(w) {
			return fmt.Sprintf("line %d:\n  got:  %q\n  want: %q", i+1, gl, wl)
		}
	}
	return "(no line differs)"
}

// TestFormatIdempotentAndLossless formats every corpus and psl-cases file
// that parses without errors and checks that formatting again changes
// nothing, and that no token was lost: apart from whitespace and commas
// (Prisma drops trailing commas), the output holds exactly the characters of
// the input.
func TestFormatIdempotentAndLossless(t *testing.T) {
	files := corpusFiles(t)
	cases, _ := filepath.Glob(filepath.Join(corpusDir, "psl-cases", "*", "*.prisma"))
	more, _ := filepath.Glob(filepath.Join(corpusDir, "psl-cases", "*", "*", "*.prisma"))
	for _, c := range append(cases, more...) {
		rel, err := filepath.Rel(corpusDir, c)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, filepath.ToSlash(rel))
	}
	n := 0
	for _, rel := range files {
		src, err := os.ReadFile(filepath.Join(corpusDir, rel))
		if err != nil {
			t.Fatal(err)
		}
		f, ds := Parse(rel, src)
		if ds.HasErrors() {
			continue
		}
		n++
		t.Run(rel, func(t *testing.T) {
			once := Format(f)
			twice := Format(parseOK(t, rel, once))
			if !bytes.Equal(once, twice) {
				t.Errorf("not idempotent:\n%s", firstDiff(twice, once))
			}
			if a, b := tokenChars(src), tokenChars(once); a != b {
				t.Errorf("characters lost or added by formatting:\n  before: %d\n  after:  %d", len(a), len(b))
			}
		})
	}
	if n == 0 {
		t.Fatal("no corpus file parsed")
	}
}

// tokenChars is the sorted multiset of the text's characters, without
// whitespace and commas.
func tokenChars(b []byte) string {
	rs := []rune(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == ',' {
			return -1
		}
		return r
	}, string(b)))
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	return string(rs)
}

// FuzzFormat checks, for any input, that formatting does not panic and, for
// input without syntax errors, that the output parses without errors, is
// stable under a second formatting and keeps every character but whitespace
// and commas.
func FuzzFormat(f *testing.F) {
	seeds := []string{
		"model A {\n  id Int @id // c\n  @@map(\"a\")\n}\n",
		"datasource db {\n  provider = \"postgresql\"\n}\n\n// x\nenum E {\n  A @map(\"a\")\n}\n",
		"model A { // c\n\n  /// d\n  b String? @default(\"x\") @db.VarChar(3)\n\n  // e\n  @@index([b(sort: Desc)], type: Gin)\n}\n",
		"\r\n\tmodel  A\t{\r\n\tid\tInt\r\n}\r\n",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		file, ds := Parse("fuzz.prisma", []byte(src))
		once := Format(file)
		if ds.HasErrors() {
			return
		}
		file2, ds2 := Parse("fuzz.prisma", once)
		if ds2.HasErrors() {
			t.Fatalf("formatted text does not parse: %v\n--- input ---\n%q\n--- formatted ---\n%q", ds2.Errors(), src, once)
		}
		if twice := Format(file2); !bytes.Equal(once, twice) {
			t.Fatalf("not idempotent\n--- input ---\n%q\n--- once ---\n%q\n--- twice ---\n%q", src, once, twice)
		}
		if a, b := tokenChars([]byte(src)), tokenChars(once); a != b {
			t.Fatalf("characters lost or added\n--- input ---\n%q\n--- formatted ---\n%q", src, once)
		}
	})
}
