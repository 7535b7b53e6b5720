package schema_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
)

// FuzzBuild runs the parser and the validator on arbitrary text, seeded with
// every corpus schema file: neither may panic, and every diagnostic must
// point inside its file.
func FuzzBuild(f *testing.F) {
	_ = filepath.WalkDir(corpusDir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".prisma") {
			if src, err := os.ReadFile(p); err == nil {
				f.Add(src)
			}
		}
		return nil
	})
	f.Add([]byte("model A {\n  id Int @id\n  b B @relation(fields: [bId], references: [id])\n  bId Int\n}\nmodel B {\n  id Int @id\n  a A[]\n}\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		file, pd := psl.Parse("fuzz.prisma", src)
		s, vd := schema.Build([]*psl.File{file})
		if s == nil {
			t.Fatal("Build returned a nil schema")
		}
		for _, d := range append(pd, vd...) {
			if d.Span.Start.Offset < 0 || d.Span.End.Offset > len(src) || d.Span.Start.Offset > d.Span.End.Offset {
				t.Fatalf("diagnostic %q has span %+v outside the %d-byte input", d.Message, d.Span, len(src))
			}
			if d.Message == "" {
				t.Fatal("diagnostic without a message")
			}
			var sb strings.Builder
			d.Render(&sb, psl.SourcesOf(file), false)
		}
	})
}
