package schema_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
)

// BenchmarkParseValidateLargest parses and validates the largest corpus
// schema (trycompai/comp: 148 models, 78 enums in 55 files), reading the
// files once outside the timed loop. Files are parsed with psl.ParseAll, as
// the CLI does (concurrently, one worker per CPU).
func BenchmarkParseValidateLargest(b *testing.B) {
	requireCorpus(b)
	dir := corpusDir + "/schemas/trycompai__comp"
	var srcs []psl.Source
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".prisma" {
			return err
		}
		src, err := os.ReadFile(p)
		srcs = append(srcs, psl.Source{Name: p, Src: src})
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		files, _ := psl.ParseAll(srcs)
		s, diags := schema.Build(files)
		if diags.HasErrors() || len(s.Models) != 148 {
			b.Fatalf("want 148 valid models, got %d: %v", len(s.Models), diags.Errors())
		}
	}
}
