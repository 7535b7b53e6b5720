//go:build ignore

// mkmigrations writes a migrations folder the way strata's migrate dev
// does, from a sequence of schema files, without a database: each migration
// is the diff from the previous schema (the first from an empty "public"
// schema), rendered by strata. prisma-interop.sh uses it while the
// migrate dev command is not there.
//
//	go run compat/mkmigrations.go OUT_DIR NAME=SCHEMA [NAME=SCHEMA...]
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
	"github.com/stratadb/strata/sqlschema"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "mkmigrations:", err)
		os.Exit(1)
	}
}

func load(path string) (*sqlschema.Schema, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f, diags := psl.Parse(filepath.Base(path), src)
	s, vd := schema.Build([]*psl.File{f})
	if diags = append(diags, vd...); diags.HasErrors() {
		return nil, fmt.Errorf("%s: %v", path, diags)
	}
	return sqlschema.From(s, sqlschema.FromOptions{})
}

func run(args []string) error {
	if len(args) < 2 {
		return fmt.Errorf("usage: mkmigrations OUT_DIR NAME=SCHEMA...")
	}
	dir := args[0]
	prev := &sqlschema.Schema{Namespaces: []string{sqlschema.DefaultNamespace}}
	ts := time.Now().UTC()
	for i, a := range args[1:] {
		name, path, ok := strings.Cut(a, "=")
		if !ok {
			return fmt.Errorf("%q: want NAME=SCHEMA", a)
		}
		next, err := load(path)
		if err != nil {
			return err
		}
		changes, _ := migrate.Diff(prev, next)
		script, err := postgres.Render(changes)
		if err != nil {
			return err
		}
		folder := ts.Add(time.Duration(i)*time.Second).Format("20060102150405") + "_" + name
		p, err := migrate.WriteMigration(dir, folder, []byte(script))
		if err != nil {
			return err
		}
		fmt.Println("wrote", p)
		prev = next
	}
	return migrate.WriteLockFile(dir, "postgresql")
}
