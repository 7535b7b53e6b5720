package gen_test

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stratadb/strata/gen"
)

const corpusDir = "../../shared/corpus"

// corpusSchemas lists the PostgreSQL schemas of the corpus that Prisma
// accepts: name to its files.
func corpusSchemas(t *testing.T) map[string][]string {
	t.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		t.Fatalf("the shared corpus is missing at %s: %v", corpusDir, err)
	}
	out := map[string][]string{}
	dirs, _ := filepath.Glob(corpusDir + "/schemas/*")
	seeds, _ := filepath.Glob(corpusDir + "/seeds/*.prisma")
	for _, d := range append(dirs, seeds...) {
		base := filepath.Base(d)
		// other providers, the schema Prisma rejects, and the source list.
		if base == "other-providers" || base == "webstudio-is__webstudio" || strings.HasSuffix(base, ".tsv") {
			continue
		}
		var files []string
		_ = filepath.WalkDir(d, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if e.IsDir() && e.Name() == "migrations" {
				return filepath.SkipDir
			}
			if !e.IsDir() && strings.HasSuffix(p, ".prisma") {
				files = append(files, p)
			}
			return nil
		})
		sort.Strings(files)
		out[strings.TrimSuffix(base, ".prisma")] = files
	}
	return out
}

// TestCorpusBuild generates the client of every corpus schema into one
// temporary folder inside the module and runs go vet (which type-checks)
// and go build on all of the packages, timed: every client Prisma accepts
// must build (about two minutes on two cores). STRATA_CORPUS_BUILD=largest
// builds only the largest one.
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
	for name, files := range schemas {
		s := buildSchema(t, files...)
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
	build := pkgs
	if os.Getenv("STRATA_CORPUS_BUILD") == "largest" {
		build = []string{largest}
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
	var files []string
	_ = filepath.WalkDir(corpusDir+"/schemas/trycompai__comp", func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ".prisma") {
			files = append(files, p)
		}
		return err
	})
	if len(files) == 0 {
		b.Fatal("the shared corpus is missing")
	}
	s := buildSchema(b, files...)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := gen.Generate(s, "db"); err != nil {
			b.Fatal(err)
		}
	}
}
