//go:build ignore

// diffempty prints the migration from an empty database to a Prisma schema
// (a file, or a folder of *.prisma files), as `strata migrate diff
// --from-empty --to-schema X --script` does: parse, validate, map, diff,
// render. prisma-migrate.sh times it while that command is not there.
//
//	go build -o diffempty bench/diffempty.go && ./diffempty SCHEMA
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
	"github.com/stratadb/strata/sqlschema"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: diffempty SCHEMA")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "diffempty:", err)
		os.Exit(1)
	}
}

func run(path string) error {
	var srcs []psl.Source
	err := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "migrations" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".prisma") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		srcs = append(srcs, psl.Source{Name: p, Src: b})
		return nil
	})
	if err != nil {
		return err
	}
	sort.Slice(srcs, func(i, j int) bool { return srcs[i].Name < srcs[j].Name })
	files, diags := psl.ParseAll(srcs)
	s, vd := schema.Build(files)
	if diags = append(diags, vd...); diags.HasErrors() {
		return fmt.Errorf("%v", diags)
	}
	want, err := sqlschema.From(s, sqlschema.FromOptions{})
	if err != nil {
		return err
	}
	changes, _ := migrate.Diff(nil, want)
	script, err := postgres.Render(changes)
	if err != nil {
		return err
	}
	_, err = fmt.Println(script)
	return err
}
