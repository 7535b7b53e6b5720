package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/stratadb/strata/config"
	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
)

// loadProject finds the project from the working directory and --schema.
// Its errors are written for the user.
func (a *app) loadProject(schemaFlag string) (*config.Project, error) {
	p, err := config.Load(a.dir, schemaFlag, a.getenv)
	if err != nil {
		return nil, userErr("%v", err)
	}
	return p, nil
}

// parseFiles reads and parses every schema file of the project. The returned
// diagnostics are syntax errors; the error is for files that cannot be read.
func (a *app) parseFiles(p *config.Project) ([]*psl.File, psl.Diagnostics, error) {
	srcs := make([]psl.Source, 0, len(p.SchemaFiles))
	for _, path := range p.SchemaFiles {
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, userErr("cannot read the schema: %v", err)
		}
		srcs = append(srcs, psl.Source{Name: a.relPath(path), Src: src})
	}
	files, diags := psl.ParseAll(srcs)
	return files, diags, nil
}

// loadSchema finds, parses and validates the project's schema. It prints
// every diagnostic to stderr; it fails (exit 1) when any is an error.
func (a *app) loadSchema(schemaFlag string) (*config.Project, *schema.Schema, error) {
	p, err := a.loadProject(schemaFlag)
	if err != nil {
		return nil, nil, err
	}
	files, diags, err := a.parseFiles(p)
	if err != nil {
		return nil, nil, err
	}
	s, vdiags := schema.Build(files)
	diags = append(diags, vdiags...)
	diags = dedupe(diags)
	diags.RenderAll(a.stderr, psl.SourcesOf(files...), a.color)
	if diags.HasErrors() {
		return p, nil, &exitError{code: exitUser, err: fmt.Errorf("%s: the schema is not valid (%s)", a.relPath(p.SchemaPath), diags.Summary())}
	}
	return p, s, nil
}

// dedupe drops diagnostics repeated at the same place with the same text
// (a multi-pass validator may find one problem twice).
func dedupe(ds psl.Diagnostics) psl.Diagnostics {
	type key struct {
		file string
		off  int
		msg  string
	}
	seen := map[key]bool{}
	out := ds[:0:0]
	for _, d := range ds {
		k := key{d.Span.File, d.Span.Start.Offset, d.Message}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, d)
	}
	return out
}

// relPath shows path relative to the working directory when it is below it.
func (a *app) relPath(path string) string {
	if rel, err := filepath.Rel(a.dir, path); err == nil && !filepath.IsAbs(rel) && rel != ".." && !startsWithDotDot(rel) {
		return rel
	}
	return path
}

func startsWithDotDot(rel string) bool {
	return len(rel) >= 3 && rel[:3] == ".."+string(filepath.Separator)
}
