package psl

import (
	"os"
	"testing"
)

// FuzzParse feeds arbitrary text to Parse: it must not panic, must return a
// tree, and every span in the tree must satisfy the invariants that
// TestParseCorpus checks. The seeds are every schema of the shared corpus,
// or a few inline schemas when the corpus is not there.
func FuzzParse(f *testing.F) {
	files := ptCorpusFiles(f)
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err == nil {
			f.Add(src)
		}
	}
	if len(files) == 0 {
		for _, s := range []string{
			"datasource db {\n  provider = \"postgresql\"\n  url = env(\"DATABASE_URL\")\n}\n",
			"/// doc\nmodel A { // c\n  id Int @id @default(autoincrement())\n  s String? @db.VarChar(255)\n  @@index([s(sort: Desc)], type: Gin)\n}\n",
			"enum E {\n  A @map(\"a\")\n  @@map(\"e\")\n}\n",
			"model B {\n  g Unsupported(\"geometry(Point, 4326)\")?\n  x Int[]?\n  y\n}\n",
			"\xEF\xBB\xBFtype T {\r\n\tx String @default(\"\\u00e9\\q\")\r\n}",
		} {
			f.Add([]byte(s))
		}
	}
	// Object literals (partial index where:), which the corpus lacks.
	for _, s := range []string{
		"model A {\n  a Int @unique(where: { d: null })\n  @@index([a], where: { b: true, d: { not: null }, s: \"x\", n: -1.5 })\n  @@unique([a], where: {})\n}\n",
		"model A {\n  @@index([a], where: { b: { not: { x: [1, raw(\"y\")] } }, })\n  @@index([a], where: { \"k\": 1 }\n  @@index([a], where: {\n    k: 1 })\n}\n",
	} {
		f.Add([]byte(s))
	}
	// Inputs the fuzzer once failed on.
	for _, s := range []string{
		"generator A{\n\n0\ndatasource A{000000000000000000000000000000",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, diags := Parse("fuzz.prisma", src)
		if file == nil {
			t.Fatal("nil tree")
		}
		ptCheckInvariants(t, file)
		for _, d := range diags {
			s := d.Span
			if s.File != "fuzz.prisma" || s.Start.Offset < 0 || s.End.Offset > len(src) || s.Start.Offset > s.End.Offset || s.Start.Line < 1 || s.Start.Col < 1 {
				t.Errorf("diagnostic span out of the source: %s %+v", d.Error(), s)
			}
		}
	})
}
