// Package config owns finding a project: its schema files (--schema, or
// Prisma's default places), the .env file beside it, the environment, and the
// connection URLs that come from them; and redacting secrets (passwords in
// URLs) before anything is printed.
//
// Load finds the schema the way the Prisma CLI does (see Load), reads the
// project's .env files (see ParseDotEnv for the syntax) and returns a
// *Project. Project.ResolveURLs turns the datasource's url, directUrl and
// shadowDatabaseUrl into connection URLs, with "" meaning "use the local
// database". Redact hides passwords in URLs, DSNs and messages.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrNoSchema is returned (wrapped) when no schema file can be found.
var ErrNoSchema = errors.New("no Prisma schema found")

// Project is a located project.
type Project struct {
	// Root is the project folder: the folder holding the .env file and
	// .strata/ (the folder above prisma/ when the schema is in prisma/).
	Root string
	// SchemaPath is the file or folder the schema was read from.
	SchemaPath string
	// SchemaFiles are the *.prisma files of the schema, sorted (one for a
	// single-file schema; every *.prisma below the folder, migrations/
	// excluded, for a multi-file schema).
	SchemaFiles []string
	// DotEnv holds the variables read from .env (may be empty).
	DotEnv map[string]string
	// EnvFiles are the .env files that were read, highest precedence first.
	EnvFiles []string
	// SchemaFrom says how the schema was found: "--schema", the config
	// file's name ("package.json", "prisma.config.ts", ...) or "default".
	SchemaFrom string
	getenv     func(string) string
}

// Load finds the project from dir. schemaFlag is --schema (a file or a
// folder, relative to dir) or "". getenv reads the process environment.
//
// The schema is looked for, in order, as the Prisma CLI does:
//
//  1. --schema: a file, or a folder holding *.prisma files;
//  2. the schema entry of a Prisma config file in dir (prisma.config.ts and
//     its .js/.mjs/... variants, or .config/prisma.ts), when it is a plain
//     string or path.join/path.resolve of strings (strata does not run
//     TypeScript);
//  3. "prisma": {"schema": "..."} in the nearest package.json, dir or above;
//  4. ./schema.prisma, ./prisma/schema.prisma, the folder ./prisma/schema/
//     (Prisma's own lookup checks ./schema.prisma first, and refuses a
//     project with both prisma/schema.prisma and prisma/schema/).
//
// A folder schema is every *.prisma file below it, recursively, except in
// migrations/ folders, sorted by path.
//
// Root is the parent of the nearest folder named "prisma" that holds the
// schema (not above dir, or above the package.json folder); otherwise dir when
// the schema is inside dir; otherwise the folder holding the schema.
//
// The .env files read are dir/.env, Root/.env and the .env next to the
// schema (beside the schema file, or beside the schema folder), earlier ones
// winning; this is the superset of what Prisma 6 reads (the project root's
// .env, then the schema's). Prisma 7 reads no .env itself. The environment
// wins over every .env file. A malformed .env line is an *EnvError.
func Load(dir, schemaFlag string, getenv func(string) string) (*Project, error) {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("project folder %q: %w", dir, err)
	}
	p, err := find(abs, schemaFlag)
	if err != nil {
		return nil, err
	}
	p.getenv = getenv
	if err := p.loadEnv(abs); err != nil {
		return nil, err
	}
	return p, nil
}

// Getenv returns the variable from the environment, or from .env when the
// environment does not set it (the environment wins).
func (p *Project) Getenv(name string) string {
	if p == nil {
		return ""
	}
	if p.getenv != nil {
		if v := p.getenv(name); v != "" {
			return v
		}
	}
	return p.DotEnv[name]
}

// loadEnv reads the project's .env files into p.DotEnv.
func (p *Project) loadEnv(dir string) error {
	candidates := []string{
		filepath.Join(dir, ".env"),
		filepath.Join(p.Root, ".env"),
		filepath.Join(filepath.Dir(p.SchemaPath), ".env"),
	}
	p.DotEnv = map[string]string{}
	seen := map[string]bool{}
	for _, name := range candidates {
		if seen[name] {
			continue
		}
		seen[name] = true
		fi, err := os.Stat(name)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("reading %s: %w", name, err)
		}
		if fi.IsDir() {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return fmt.Errorf("reading %s: %w", name, err)
		}
		// Values from earlier (higher precedence) files win; expansions
		// see the environment, then those values.
		lookup := func(k string) string {
			if v := p.getenv(k); v != "" {
				return v
			}
			return p.DotEnv[k]
		}
		vars, err := ParseDotEnv(name, data, lookup)
		if err != nil {
			return err
		}
		for k, v := range vars {
			if _, ok := p.DotEnv[k]; !ok {
				p.DotEnv[k] = v
			}
		}
		p.EnvFiles = append(p.EnvFiles, name)
	}
	return nil
}
