package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/stratadb/strata/config"
	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/pull"
	"github.com/stratadb/strata/schema"
)

// introspectedFile is where a pull into a multi-file schema writes the
// models and enums that none of the schema's files holds yet.
const introspectedFile = "introspected.prisma"

func (a *app) dbPullCmd() *cobra.Command {
	var schemaFlag string
	var print, force bool
	cmd := &cobra.Command{
		Use:   "pull",
		Short: "Write the database's tables into the schema (introspection)",
		Long: `Pull reads the database's tables, enums, keys, indexes and foreign keys and
writes them into the schema as a person would write them: relation fields on
both sides, Prisma-style names with @map/@@map for snake_case database
names, @db.* types only where they are not the default, and comments for
what the schema language cannot express.

The current schema's model names, field names, their order, and its
datasource and generator blocks are kept, so that a pull after a pull
changes nothing. --force ignores the current models and names (the
datasource and generator blocks are still kept); it is also how to pull
over a schema that does not validate, which pull otherwise refuses to
overwrite.

The namespaces read are the datasource's schemas = [...], else the URL's
schema= parameter, else "public". A multi-file schema keeps each model and
enum in the file it is in; new ones go to ` + introspectedFile + ` in the
schema folder. --print writes the schema to standard output and changes no
file. The database is the one 'strata db push' would use.`,
		Example: `  strata db pull
  strata db pull --print > pulled.prisma
  strata db pull --force`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.dbPull(cmd.Context(), schemaFlag, print, force)
		},
	}
	cmd.Flags().StringVar(&schemaFlag, "schema", "", "schema file or folder (default: prisma/schema.prisma, schema.prisma or prisma/schema/)")
	cmd.Flags().BoolVar(&print, "print", false, "print the schema instead of writing it")
	cmd.Flags().BoolVar(&force, "force", false, "ignore the current schema's models and names, and overwrite a schema that does not validate")
	return cmd
}

func (a *app) dbPull(ctx context.Context, schemaFlag string, print, force bool) error {
	start := time.Now()
	p, files, diags, err := a.parseProject(schemaFlag)
	if err != nil {
		return err
	}
	s, vdiags := schema.Build(files)
	diags = dedupe(append(diags, vdiags...))
	if diags.HasErrors() {
		if !force {
			diags.RenderAll(a.stderr, psl.SourcesOf(files...), a.color)
			return userErr("Error: P1012: %s: the schema is not valid (%s).\nIntrospection keeps the current schema's names, so it needs a valid schema: fix it (strata validate shows what is wrong), or run strata db pull --force to ignore the current schema and overwrite it. All local changes to models will be lost.",
				a.relPath(p.SchemaPath), diags.Summary())
		}
		// Pull over it: keep the blocks that parse, not the model.
		s = nil
	}

	t, err := a.directTarget(ctx, p, s)
	if err != nil {
		return err
	}
	// With --print stdout is the schema alone.
	info := a.stdout
	if print {
		info = a.stderr
	}
	a.printHeader(info, t)
	fmt.Fprintln(info)
	fmt.Fprintf(info, "- Introspecting based on datasource defined in %s\n", a.relPath(p.SchemaPath))

	namespaces := []string{t.conn.Schema}
	if s != nil && s.Datasource != nil && len(s.Datasource.Schemas) > 0 {
		namespaces = s.Datasource.Schemas
	}
	conn, err := a.connect(ctx, t)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	db, err := postgres.Inspect(ctx, conn, namespaces)
	if err != nil {
		return a.dbErr(err)
	}
	if len(db.Tables) == 0 && len(db.Views) == 0 {
		return userErr("\nError: P4001: The introspected database was empty: %s has no tables in %s.\n\nstrata db pull could not create any models in your schema. Create a table in the database (or push the schema with strata db push), or point the datasource at a database that has tables, then run strata db pull again.",
			t.conn.Describe(), quoteAll(namespaces))
	}

	opts := pull.Options{DefaultNamespace: t.conn.Schema, ExistingFiles: parsedOnly(files)}
	if !force {
		opts.Existing = s
	}
	text, warnings, err := pull.Pull(db, opts)
	if err != nil {
		return userErr("Error: %v", err)
	}
	out, perr := psl.Parse("schema.prisma", text)
	if perr.HasErrors() {
		return userErr("Error: the pulled schema does not parse (a bug in strata): %v", perr)
	}
	models := 0
	for _, b := range out.Blocks() {
		if b.Kind == psl.KindModel {
			models++
		}
	}

	if print {
		a.stdout.Write(text)
		a.printPullWarnings(warnings)
		return nil
	}
	written, err := a.writePulled(p, files, out)
	if err != nil {
		return userErr("Error: %v", err)
	}
	fmt.Fprintf(a.stdout, "✔ Introspected %d %s and wrote them into %s in %s\n", models, plural(models, "model", "models"), written, elapsed(start))
	a.printPullWarnings(warnings)
	return nil
}

// parsedOnly keeps the files that parsed (a file with syntax errors has no
// reliable blocks to copy).
func parsedOnly(files []*psl.File) []*psl.File {
	var out []*psl.File
	for _, f := range files {
		if f != nil {
			out = append(out, f)
		}
	}
	return out
}

func (a *app) printPullWarnings(ws []pull.Warning) {
	if len(ws) == 0 {
		return
	}
	fmt.Fprintf(a.stderr, "\n*** WARNING ***\n\n")
	for _, w := range ws {
		if w.Table != "" {
			fmt.Fprintf(a.stderr, "  - %q: %s\n", w.Table, w.Message)
		} else {
			fmt.Fprintf(a.stderr, "  - %s\n", w.Message)
		}
	}
}

// writePulled writes the pulled schema: into the schema file, or, for a
// multi-file schema, each block into the file that holds the block of that
// kind and name now, and new blocks into introspected.prisma. It returns
// what to name in the summary.
func (a *app) writePulled(p *config.Project, files []*psl.File, out *psl.File) (string, error) {
	if len(p.SchemaFiles) == 1 && p.SchemaFiles[0] == p.SchemaPath {
		if err := writeFileKeepMode(p.SchemaPath, psl.Format(out)); err != nil {
			return "", err
		}
		return a.relPath(p.SchemaPath), nil
	}
	// Where each block lives now: kind + name → absolute path.
	home := map[string]string{}
	for i, f := range files {
		if f == nil || i >= len(p.SchemaFiles) {
			continue
		}
		for _, b := range f.Blocks() {
			k := blockKey(b)
			if _, ok := home[k]; !ok {
				home[k] = p.SchemaFiles[i]
			}
		}
	}
	newFile := filepath.Join(p.SchemaPath, introspectedFile)
	bufs := map[string]*bytes.Buffer{}
	order := []string{}
	buf := func(path string) *bytes.Buffer {
		if b, ok := bufs[path]; ok {
			return b
		}
		b := &bytes.Buffer{}
		bufs[path] = b
		order = append(order, path)
		return b
	}
	// Every file of the schema is rewritten: one whose blocks are all gone
	// from the database ends up empty.
	for _, path := range p.SchemaFiles {
		buf(path)
	}
	var pending []byte // comments and blank lines before the next block
	last := ""
	for _, d := range out.Decls {
		sp := d.GetSpan()
		text := out.Src[sp.Start.Offset:sp.End.Offset]
		b, ok := d.(*psl.Block)
		if !ok {
			pending = append(append(pending, text...), '\n')
			continue
		}
		path, ok := home[blockKey(b)]
		if !ok {
			path = newFile
		}
		start := sp.Start.Offset
		for _, doc := range b.Doc {
			if doc.Span.Start.Offset < start {
				start = doc.Span.Start.Offset
			}
		}
		w := buf(path)
		w.Write(pending)
		pending = nil
		w.Write(out.Src[start:sp.End.Offset])
		w.WriteString("\n\n")
		last = path
	}
	if len(pending) > 0 {
		if last == "" {
			last = newFile
		}
		buf(last).Write(pending)
	}
	for _, path := range order {
		f, diags := psl.Parse(filepath.Base(path), bufs[path].Bytes())
		if diags.HasErrors() {
			return "", fmt.Errorf("splitting the pulled schema into %s (a bug in strata): %v", a.relPath(path), diags)
		}
		if err := writeFileKeepMode(path, psl.Format(f)); err != nil {
			return "", err
		}
	}
	return a.relPath(p.SchemaPath), nil
}

func blockKey(b *psl.Block) string {
	return fmt.Sprintf("%d\x00%s", b.Kind, b.Name.Name)
}

// writeFileKeepMode replaces a file's content, keeping its permissions.
func writeFileKeepMode(path string, data []byte) error {
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := path + ".strata-tmp"
	if err := os.WriteFile(tmp, data, mode); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}
