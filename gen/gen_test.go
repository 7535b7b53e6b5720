package gen_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stratadb/strata/gen"
	"github.com/stratadb/strata/internal/testcorpus"
	"github.com/stratadb/strata/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// loadSchema parses and validates the schema at path (a file, or a
// folder of files), failing t when it is not valid.
func loadSchema(t testing.TB, path string) *schema.Schema {
	t.Helper()
	s, _, diags := testcorpus.Load(t, path)
	if diags.HasErrors() || s == nil {
		t.Fatalf("%s: %v", path, diags)
	}
	return s
}

// goldenDirs are where the blog schema's client is kept: one copy, the
// package the client runtime's integration tests import, so the golden
// files are also compiled and exercised against a real database.
var goldenDirs = []string{"../client/internal/blogdb"}

// TestGolden compares the client generated for testdata/blog.prisma with
// the golden files (go test ./gen -update rewrites them).
func TestGolden(t *testing.T) {
	s := loadSchema(t, "testdata/blog.prisma")
	files, err := gen.Generate(s, "blogdb")
	if err != nil {
		t.Fatal(err)
	}
	again, err := gen.Generate(s, "blogdb")
	if err != nil {
		t.Fatal(err)
	}
	for name, src := range files {
		if !bytes.Equal(src, again[name]) {
			t.Errorf("%s: two runs differ; generation must be deterministic", name)
		}
		if !bytes.HasPrefix(src, []byte(gen.Header+"\n")) {
			t.Errorf("%s: missing the generated-code header", name)
		}
	}
	for _, dir := range goldenDirs {
		if *update {
			if err := gen.Write(dir, files); err != nil {
				t.Fatal(err)
			}
			continue
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatalf("%v (run go test ./gen -update)", err)
		}
		var have []string
		for _, e := range entries {
			if filepath.Ext(e.Name()) == ".go" {
				have = append(have, e.Name())
			}
		}
		var want []string
		for n := range files {
			want = append(want, n)
		}
		sort.Strings(want)
		if len(have) != len(want) {
			t.Errorf("%s holds %v, generation gives %v (run go test ./gen -update)", dir, have, want)
		}
		for _, n := range want {
			got, err := os.ReadFile(filepath.Join(dir, n))
			if err != nil {
				t.Errorf("%v (run go test ./gen -update)", err)
				continue
			}
			if !bytes.Equal(got, files[n]) {
				t.Errorf("%s/%s differs from the generated code (run go test ./gen -update)", dir, n)
			}
		}
	}
}

func TestPackageName(t *testing.T) {
	cases := []struct {
		pkgOpt, out, want string
	}{
		{"", "../db", "db"},
		{"", "generated/prisma-client", "prismaclient"},
		{"mydb", "../x", "mydb"},
		{"", "../123", "db"},
		{"", "../type", "db"},
	}
	for _, c := range cases {
		g := &schema.Generator{Config: map[string]string{}}
		if c.pkgOpt != "" {
			g.Config["package"] = c.pkgOpt
		}
		if got := gen.PackageName(g, c.out); got != c.want {
			t.Errorf("PackageName(%q, %q) = %q, want %q", c.pkgOpt, c.out, got, c.want)
		}
	}
}
