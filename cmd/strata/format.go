package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/stratadb/strata/psl"
)

func (a *app) formatCmd() *cobra.Command {
	var schemaFlag string
	var check bool
	cmd := &cobra.Command{
		Use:   "format",
		Short: "Rewrite the Prisma schema files in Prisma's canonical layout",
		Long: `Format rewrites every schema file of the project in the layout 'prisma format'
writes, byte for byte: two-space indentation, fields, enum values and
datasource/generator properties aligned in columns (a blank line starts a new
group), field attributes in Prisma's order (@id, @unique, @default, @updatedAt,
@index, @map, @relation, @ignore, then the rest), block attributes (@@...)
gathered at the end of their block after one blank line, "name: value"
arguments, one blank line between blocks and a single final newline.
Comments, including /// documentation and trailing comments, are kept.

Only files whose text changes are written; each one is printed, relative to
the working directory. Formatting is idempotent: a formatted file stays as it
is. Unlike 'prisma format', strata does not add missing relation fields or
@relation arguments; 'strata validate' reports them instead.

A file with syntax errors is never written: the errors are printed and the
command exits with status 1 without touching any file.

With --check nothing is written: the files that would change are printed and
the command exits with status 1 when there is any (for CI).

The schema is found as Prisma finds it: --schema (a file, or a folder whose
*.prisma files form one schema), else prisma/schema.prisma, schema.prisma, or
the folder prisma/schema/.`,
		Example: `  strata format
  strata format --schema db/schema.prisma
  strata format --schema prisma/schema   # every file of a multi-file schema
  strata format --check                  # in CI: fail when a file is not formatted`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runFormat(schemaFlag, check)
		},
	}
	cmd.Flags().StringVar(&schemaFlag, "schema", "", "schema file or folder (default: prisma/schema.prisma, schema.prisma or prisma/schema/)")
	cmd.Flags().BoolVar(&check, "check", false, "write nothing; list the files that would change and exit 1 if any")
	return cmd
}

func (a *app) runFormat(schemaFlag string, check bool) error {
	p, files, diags, err := a.parseProject(schemaFlag)
	if err != nil {
		return err
	}
	if diags.HasErrors() {
		errs := diags.Errors()
		errs.Sort()
		errs.RenderAll(a.stderr, psl.SourcesOf(files...), a.color)
		noun := "syntax errors"
		if len(errs) == 1 {
			noun = "a syntax error"
		}
		if len(errs) > 1 {
			noun = fmt.Sprintf("%d syntax errors", len(errs))
		}
		return userErr("%s: not formatted, the schema has %s; no file was changed",
			a.relPath(p.SchemaPath), noun)
	}
	if len(files) != len(p.SchemaFiles) {
		return userErr("internal error: %d schema files but %d parsed", len(p.SchemaFiles), len(files))
	}

	// Format everything first, so that a problem in any file leaves all of
	// them untouched.
	type change struct {
		path string
		out  []byte
	}
	var changes []change
	for i, f := range files {
		out := psl.Format(f)
		if bytes.Equal(out, f.Src) {
			continue
		}
		// Never write a file that would not parse back.
		if _, ds := psl.Parse(f.Name, out); ds.HasErrors() {
			return userErr("internal error: formatting %s gives text that does not parse (%v); the file was left as it is, please report this",
				a.relPath(p.SchemaFiles[i]), ds.Errors()[0].Message)
		}
		changes = append(changes, change{path: p.SchemaFiles[i], out: out})
	}

	if check {
		for _, c := range changes {
			fmt.Fprintln(a.stdout, a.relPath(c.path))
		}
		if len(changes) > 0 {
			noun := "files are"
			if len(changes) == 1 {
				noun = "file is"
			}
			return userErr("%d schema %s not formatted; run 'strata format' to fix", len(changes), noun)
		}
		return nil
	}
	for _, c := range changes {
		if err := writeFileAtomic(c.path, c.out); err != nil {
			return userErr("cannot write %s: %v", a.relPath(c.path), err)
		}
		fmt.Fprintln(a.stdout, a.relPath(c.path))
	}
	return nil
}

// writeFileAtomic replaces path with data through a temporary file in the
// same folder, keeping the file's permissions, so that an interrupted write
// never leaves a half-written schema. A symbolic link is followed: the file
// it points to is replaced, the link stays. A read-only file is refused.
func writeFileAtomic(path string, data []byte) error {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	mode := fi.Mode().Perm()
	if mode&0o200 == 0 {
		return errors.New("the file is read-only")
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("create temporary file: %w", err)
	}
	name := tmp.Name()
	cleanup := func() { _ = os.Remove(name) }
	if _, err := tmp.Write(data); err != nil {
		_ = tmp.Close()
		cleanup()
		return fmt.Errorf("write temporary file: %w", err)
	}
	if err := tmp.Chmod(mode); err != nil {
		_ = tmp.Close()
		cleanup()
		return fmt.Errorf("set permissions: %w", err)
	}
	if err := tmp.Close(); err != nil {
		cleanup()
		return fmt.Errorf("close temporary file: %w", err)
	}
	if err := os.Rename(name, path); err != nil {
		cleanup()
		return fmt.Errorf("replace file: %w", err)
	}
	return nil
}
