package testcorpus

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stratadb/strata/internal/testfs"
)

func TestSources(t *testing.T) {
	dir := t.TempDir()
	testfs.WriteTree(t, dir, map[string]string{
		"schema/b.prisma":                   "model B { id Int @id }",
		"schema/a.prisma":                   "model A { id Int @id }",
		"schema/sub/c.prisma":               "model C { id Int @id }",
		"schema/notes.txt":                  "not a schema",
		"schema/migrations/x/schema.prisma": "left out",
		"one.prisma":                        "model O { id Int @id }",
	})
	tests := []struct {
		path string
		want []string
	}{
		{"schema", []string{"a.prisma", "b.prisma", filepath.Join("sub", "c.prisma")}},
		{"one.prisma", []string{"one.prisma"}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			var got []string
			for _, s := range Sources(t, filepath.Join(dir, tt.path)) {
				got = append(got, s.Name)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sources(%s) names = %q, want %q", tt.path, got, tt.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	p := filepath.Join(t.TempDir(), "schema.prisma")
	src := "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel User {\n  id Int @id\n}\n"
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	s, files, diags := Load(t, p)
	if diags.HasErrors() || s == nil || len(files) != 1 {
		t.Fatalf("Load: schema %v, %d files, diagnostics %v", s != nil, len(files), diags)
	}
	if w := Wanted(t, p); len(w.Tables) != 1 || w.Tables[0].Name != "User" {
		t.Errorf("Wanted: tables %+v, want User", w.Tables)
	}
}

func TestFirstDifference(t *testing.T) {
	tests := []struct{ want, got, out string }{
		{"a\nb\nc", "a\nx\nc", "line 2:\n  Prisma: b\n  strata: x"},
		{"a", "a\nb", "line 2:\n  Prisma: \n  strata: b"},
		{"a", "a", "(same lines)"},
	}
	for _, tt := range tests {
		if got := FirstDifference(tt.want, tt.got, "Prisma", "strata"); got != tt.out {
			t.Errorf("FirstDifference(%q, %q) = %q, want %q", tt.want, tt.got, got, tt.out)
		}
	}
}
