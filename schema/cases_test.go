package schema_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
)

var update = flag.Bool("update", false, "rewrite the want section of testdata/cases/*.txtar")

// firstDiagnostic renders the verdict as Prisma users see it: the first
// error, or else the first warning, or "valid".
func firstDiagnostic(ds psl.Diagnostics) string {
	if es := ds.Errors(); len(es) > 0 {
		d := es[0]
		return fmt.Sprintf("error %d:%d %s\nhint: %s\n", d.Span.Start.Line, d.Span.Start.Col, d.Message, d.Hint)
	}
	for _, d := range ds {
		if d.Severity == psl.Warning {
			return fmt.Sprintf("warning %d:%d %s\nhint: %s\n", d.Span.Start.Line, d.Span.Start.Col, d.Message, d.Hint)
		}
	}
	return "valid\n"
}

// TestCases runs the schemas of testdata/cases: each archive holds one
// schema.prisma and, in want, the first diagnostic with its line:column,
// message and hint. The expected line and message are Prisma's; the hint is
// strata's own.
func TestCases(t *testing.T) {
	paths, err := filepath.Glob("testdata/cases/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var src []byte
			wantIdx := -1
			for i, f := range ar.Files {
				switch f.Name {
				case "schema.prisma":
					src = f.Data
				case "want":
					wantIdx = i
				}
			}
			if src == nil {
				t.Fatal("no schema.prisma section")
			}
			f, pd := psl.Parse("schema.prisma", src)
			_, vd := schema.Build([]*psl.File{f})
			got := firstDiagnostic(append(pd, vd...))
			if *update {
				if wantIdx < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "want"})
					wantIdx = len(ar.Files) - 1
				}
				ar.Files[wantIdx].Data = []byte(got)
				if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if wantIdx < 0 {
				t.Fatal("no want section; run with -update")
			}
			if want := string(ar.Files[wantIdx].Data); got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
