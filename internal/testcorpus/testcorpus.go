// Package testcorpus is for tests only. It owns how tests of several
// packages find and load the shared corpus of real Prisma schemas that sits
// beside the project (real projects' schemas, seed apps, and Prisma's own
// validation cases), and the material recorded from Prisma that those tests
// share.
package testcorpus

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
	"github.com/stratadb/strata/sqlschema"
)

// Dir is the shared corpus as seen from a package folder one level below the
// module root, where go test runs that package's tests.
const Dir = "../../shared/corpus"

// PrismaMigrationsTable is the statement Prisma's engine creates
// _prisma_migrations with, copied from the server log of a Prisma run. Tests
// use it to make a database as Prisma leaves it; it is deliberately not
// package migrate's own copy, which the tests check against Prisma's.
const PrismaMigrationsTable = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`

// Projects lists the folders of the real projects' PostgreSQL schemas:
// schemas/*, without schemas/other-providers.
func Projects(t testing.TB) []string {
	t.Helper()
	var out []string
	for _, d := range glob(t, "schemas/*") {
		if st, err := os.Stat(d); err == nil && st.IsDir() && filepath.Base(d) != "other-providers" {
			out = append(out, d)
		}
	}
	return out
}

// OtherProviders lists the real projects' schemas for other databases:
// schemas/other-providers/*.
func OtherProviders(t testing.TB) []string {
	t.Helper()
	return glob(t, "schemas/other-providers/*")
}

// Seeds lists the seed apps' schema files: seeds/*.prisma.
func Seeds(t testing.TB) []string {
	t.Helper()
	return glob(t, "seeds/*.prisma")
}

// Cases lists every schema file of Prisma's validation cases (psl-cases),
// for every provider, valid or not.
func Cases(t testing.TB) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(filepath.Join(Dir, "psl-cases"), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".prisma") {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("reading the corpus's validation cases (the shared corpus sits beside the project): %v", err)
	}
	return out
}

// pgProvider matches a PostgreSQL datasource.
var pgProvider = regexp.MustCompile(`provider\s*=\s*"postgres(ql)?"`)

// PostgresCases lists the validation cases Prisma accepts on PostgreSQL:
// a postgres or postgresql datasource, and no "// error:" block.
func PostgresCases(t testing.TB) []string {
	t.Helper()
	var out []string
	for _, p := range Cases(t) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if pgProvider.Match(src) && !strings.Contains(string(src), "// error:") {
			out = append(out, p)
		}
	}
	return out
}

func glob(t testing.TB, pattern string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(Dir, filepath.FromSlash(pattern)))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Sources reads a schema: the file at path, or every *.prisma file below
// the folder at path (migrations/ left out), sorted. The sources are named
// by their path relative to the folder, or by the file's base name. It
// fails t when a file cannot be read.
func Sources(t testing.TB, path string) []psl.Source {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if !st.IsDir() {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return []psl.Source{{Name: filepath.Base(path), Src: src}}
	}
	var paths []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "migrations" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".prisma") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	srcs := make([]psl.Source, 0, len(paths))
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name, err := filepath.Rel(path, p)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, psl.Source{Name: name, Src: src})
	}
	return srcs
}

// Load parses and validates the schema at path (see Sources), returning
// the parse and validation diagnostics together.
func Load(t testing.TB, path string) (*schema.Schema, []*psl.File, psl.Diagnostics) {
	t.Helper()
	files, diags := psl.ParseAll(Sources(t, path))
	s, vd := schema.Build(files)
	return s, files, append(diags, vd...)
}

// Wanted loads the schema at path and maps it to the database schema it
// wants. It fails t when the schema does not parse, validate or map.
func Wanted(t testing.TB, path string) *sqlschema.Schema {
	t.Helper()
	files, diags := psl.ParseAll(Sources(t, path))
	if diags.HasErrors() {
		t.Fatalf("%s: parse: %v", path, diags)
	}
	s, diags := schema.Build(files)
	if diags.HasErrors() {
		t.Fatalf("%s: validate: %v", path, diags)
	}
	out, err := sqlschema.From(s, sqlschema.FromOptions{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

// FirstDifference shows the first line where two texts differ, each side
// labelled: for failure messages comparing strata's output with Prisma's
// recording.
func FirstDifference(want, got, wantLabel, gotLabel string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  %s: %s\n  %s: %s", i+1, wantLabel, w, gotLabel, g)
		}
	}
	return "(same lines)"
}
