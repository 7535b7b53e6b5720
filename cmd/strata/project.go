package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

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

// parseProject finds the project and parses its schema files: loadProject
// then parseFiles.
func (a *app) parseProject(schemaFlag string) (*config.Project, []*psl.File, psl.Diagnostics, error) {
	p, err := a.loadProject(schemaFlag)
	if err != nil {
		return nil, nil, nil, err
	}
	files, diags, err := a.parseFiles(p)
	if err != nil {
		return nil, nil, nil, err
	}
	return p, files, diags, nil
}

// loadSchema finds, parses and validates the project's schema. It prints
// every diagnostic to stderr; it fails (exit 1) when any is an error.
func (a *app) loadSchema(schemaFlag string) (*config.Project, *schema.Schema, error) {
	p, files, diags, err := a.parseProject(schemaFlag)
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

// datasourceOf returns the schema's connection settings for package config;
// a schema without a datasource (or nil) has none.
func datasourceOf(s *schema.Schema) config.Datasource {
	if s == nil || s.Datasource == nil {
		return config.Datasource{}
	}
	d := s.Datasource
	return config.Datasource{URL: source(d.URL), DirectURL: source(d.DirectURL), ShadowDatabaseURL: source(d.ShadowDatabaseURL)}
}

func source(v *schema.Value) *config.Source {
	if v == nil {
		return nil
	}
	return &config.Source{Literal: v.Literal, Env: v.Env}
}

// resolveDatabase returns the URL a command connects to and where it came
// from: the direct URL (directUrl / DIRECT_URL, for migrations and
// introspection) when direct is true, else the application's URL; with no
// URL configured, the project's local database, started if needed. When an
// env("NAME") variable of the datasource is unset it says in one line what is
// used instead.
func (a *app) resolveDatabase(ctx context.Context, p *config.Project, s *schema.Schema, direct bool) (url, from string, err error) {
	urls, err := p.ResolveURLs(datasourceOf(s))
	if err != nil {
		return "", "", userErr("%v", err)
	}
	// One line per replacement: "DATABASE_URL and DIRECT_URL are not set:
	// using the local database."
	var order []string
	names := map[string][]string{}
	for _, u := range urls.Unset {
		instead := "the local database"
		switch {
		case u.Setting == "shadowDatabaseUrl":
			instead = "a temporary shadow database for migrate dev"
		case u.Setting == "directUrl" && !urls.Local():
			instead = "the url for migrations too"
		}
		if names[instead] == nil {
			order = append(order, instead)
		}
		names[instead] = append(names[instead], u.Name)
	}
	for _, instead := range order {
		n := names[instead]
		verb := "is"
		if len(n) > 1 {
			verb = "are"
		}
		fmt.Fprintf(a.stderr, "%s %s not set: using %s.\n", strings.Join(n, " and "), verb, instead)
	}
	if urls.Local() {
		u, err := a.ensureLocal(ctx, p.Root)
		return u, "the local database", err
	}
	if direct {
		return urls.Direct, urls.DirectFrom, nil
	}
	return urls.URL, urls.URLFrom, nil
}
