package psl

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseLargest parses the 55 files of the largest corpus schema
// (trycompai/comp, 148 models) one after another.
func BenchmarkParseLargest(b *testing.B) {
	paths, _ := filepath.Glob("../../shared/corpus/schemas/trycompai__comp/*.prisma")
	if len(paths) == 0 {
		b.Fatal("the shared corpus is missing")
	}
	var srcs []Source
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, Source{Name: p, Src: src})
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range srcs {
			Parse(s.Name, s.Src)
		}
	}
}
