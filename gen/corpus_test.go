package gen_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stratadb/strata/gen"
	"github.com/stratadb/strata/internal/testcorpus"
)

// corpusSchemas lists the PostgreSQL schemas of the corpus that Prisma
// accepts: name to its path (a project's folder or a seed's file).
func corpusSchemas(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, p := range append(testcorpus.Projects(t), testcorpus.Seeds(t)...) {
		base := filepath.Base(p)
		if base == "webstudio-is__webstudio" { // the schema Prisma rejects
			continue
		}
		out[strings.TrimSuffix(base, ".prisma")] = p
	}
	return out
}

// TestCorpusBuild generates the client of every corpus schema into one
// temporary folder inside the module and runs go vet (which type-checks)
// on all of the packages and go build on the largest, timed: every client
// Prisma accepts must vet and build. TestCorpusClientsRun (smoke_test.go)
// builds every client too, as part of the program that runs it against a
// database, so the other builds here would be the same work twice;
// STRATA_CORPUS_BUILD=all builds them all here as well.
func TestCorpusBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every corpus client; skipped with -short")
	}
	schemas := corpusSchemas(t)
	if len(schemas) < 30 {
		t.Fatalf("found only %d corpus schemas", len(schemas))
	}
	root, err := os.MkdirTemp("testdata", "corpusbuild-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	var pkgs []string
	var slowest time.Duration
	var slowName string
	largest, largestLines := "", 0
	for name, path := range schemas {
		s := loadSchema(t, path)
		start := time.Now()
		out, err := gen.Generate(s, "db")
		if d := time.Since(start); d > slowest {
			slowest, slowName = d, name
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		dir := filepath.Join(root, strings.NewReplacer("-", "_", ".", "_").Replace(name))
		if err := gen.Write(dir, out); err != nil {
			t.Fatal(err)
		}
		pkg := "./" + filepath.ToSlash(dir)
		pkgs = append(pkgs, pkg)
		lines := 0
		for _, src := range out {
			lines += strings.Count(string(src), "\n")
		}
		if lines > largestLines {
			largest, largestLines = pkg, lines
		}
	}
	// Speed is measured by BenchmarkGenerateLargest, not asserted here.
	t.Logf("slowest generation: %s in %v", slowName, slowest)
	sort.Strings(pkgs)
	build := []string{largest}
	if os.Getenv("STRATA_CORPUS_BUILD") == "all" {
		build = pkgs
	}
	for _, run := range [][]string{append([]string{"vet"}, pkgs...), append([]string{"build"}, build...)} {
		start := time.Now()
		cmd := exec.Command("go", run...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", run[0], err, out)
		}
		t.Logf("go %s of %d packages (largest %s, %d lines): %v", run[0], len(run)-1, largest, largestLines, time.Since(start))
	}
}

// BenchmarkGenerateLargest generates the client of the largest corpus
// schema (trycompai/comp: 148 models, 78 enums); the target is under 1 s.
// Building the generated package is timed by TestCorpusBuild's log and by
// bench/client-build.sh.
func BenchmarkGenerateLargest(b *testing.B) {
	s := loadSchema(b, filepath.Join(testcorpus.Dir, "schemas", "trycompai__comp"))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := gen.Generate(s, "db"); err != nil {
			b.Fatal(err)
		}
	}
}
