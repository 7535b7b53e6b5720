package gen_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stratadb/strata/gen"
	"github.com/stratadb/strata/internal/testcorpus"
)

// TestEdgeSchemas generates the client of every adversarial schema under
// testdata/edge (valid for Prisma 7, each exercising one kind of name
// collision or unusual shape, see the comment at the top of each file),
// checks that generation is deterministic, and runs go vet and go build
// on all of the packages: the generated code must compile for any schema
// Prisma accepts. A failure names the schema and gives the compiler's
// message.
func TestEdgeSchemas(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every edge-case client; skipped with -short")
	}
	paths, err := filepath.Glob("testdata/edge/*.prisma")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no schemas under testdata/edge: %v", err)
	}
	sort.Strings(paths)
	root, err := os.MkdirTemp("testdata", "edgebuild-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	dirs := map[string]string{} // package folder -> schema file
	var pkgs []string
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".prisma")
		s, _, diags := testcorpus.Load(t, p)
		if diags.HasErrors() || s == nil {
			t.Errorf("%s: %v", name, diags)
			continue
		}
		out, err := gen.Generate(s, "db")
		if err != nil {
			t.Errorf("%s: generate: %v", name, err)
			continue
		}
		again, err := gen.Generate(s, "db")
		if err != nil {
			t.Errorf("%s: second generate: %v", name, err)
			continue
		}
		if len(again) != len(out) {
			t.Errorf("%s: two runs give %d and %d files; generation must be deterministic", name, len(out), len(again))
		}
		for f, src := range out {
			if !bytes.Equal(src, again[f]) {
				t.Errorf("%s: %s differs between two runs; generation must be deterministic", name, f)
			}
		}
		dir := filepath.Join(root, strings.NewReplacer("-", "_", ".", "_").Replace(name))
		if err := gen.Write(dir, out); err != nil {
			t.Fatal(err)
		}
		dirs[filepath.ToSlash(dir)] = name
		pkgs = append(pkgs, "./"+filepath.ToSlash(dir))
	}
	if len(pkgs) == 0 {
		return
	}
	for _, verb := range []string{"vet", "build"} {
		cmd := exec.Command("go", append([]string{verb}, pkgs...)...)
		out, err := cmd.CombinedOutput()
		if err == nil {
			continue
		}
		// Attribute the compiler's lines to the schemas whose packages
		// they name.
		per := map[string][]string{}
		var other []string
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			found := false
			for dir, name := range dirs {
				if strings.Contains(line, dir+"/") || strings.HasSuffix(line, dir) {
					per[name] = append(per[name], line)
					found = true
					break
				}
			}
			if !found {
				other = append(other, line)
			}
		}
		names := make([]string, 0, len(per))
		for n := range per {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			t.Errorf("go %s: schema %s does not compile:\n%s", verb, n, strings.Join(per[n], "\n"))
		}
		if len(per) == 0 || len(other) > 0 {
			t.Errorf("go %s: %v\n%s", verb, err, strings.Join(other, "\n"))
		}
		return
	}
}
