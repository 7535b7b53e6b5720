package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stratadb/strata/internal/testfs"
)

func noEnv(string) string { return "" }

func TestLoadDiscovery(t *testing.T) {
	const ds = "datasource db {\n  provider = \"postgresql\"\n}\n"
	tests := []struct {
		name   string
		files  map[string]string
		wd     string // working folder below the temp dir ("" for it)
		flag   string
		schema string   // want SchemaPath, relative
		files2 []string // want SchemaFiles, relative
		root   string   // want Root, relative
		from   string
		err    string // substring of the error, when one is wanted
		noSch  bool   // the error wraps ErrNoSchema
	}{
		{
			name:   "prisma/schema.prisma",
			files:  map[string]string{"prisma/schema.prisma": ds},
			schema: "prisma/schema.prisma", files2: []string{"prisma/schema.prisma"}, root: ".", from: "default",
		},
		{
			name:   "schema.prisma at the root",
			files:  map[string]string{"schema.prisma": ds},
			schema: "schema.prisma", files2: []string{"schema.prisma"}, root: ".", from: "default",
		},
		{
			name:   "root schema.prisma is checked first, as Prisma does",
			files:  map[string]string{"schema.prisma": ds, "prisma/schema.prisma": ds},
			schema: "schema.prisma", files2: []string{"schema.prisma"}, root: ".", from: "default",
		},
		{
			name: "prisma/schema folder, recursive, sorted, migrations excluded",
			files: map[string]string{
				"prisma/schema/main.prisma":                     ds,
				"prisma/schema/models/user.prisma":              "model User { id Int @id }",
				"prisma/schema/models/a/post.prisma":            "model Post { id Int @id }",
				"prisma/schema/migrations/0_init/old.prisma":    "junk",
				"prisma/schema/migrations/migration_lock.toml":  "",
				"prisma/schema/README.md":                       "",
				"prisma/schema/models/migrations/nested.prisma": "junk",
			},
			schema: "prisma/schema",
			files2: []string{"prisma/schema/main.prisma", "prisma/schema/models/a/post.prisma", "prisma/schema/models/user.prisma"},
			root:   ".", from: "default",
		},
		{
			name:  "prisma/schema.prisma and prisma/schema/ both: refused",
			files: map[string]string{"prisma/schema.prisma": ds, "prisma/schema/a.prisma": ds},
			err:   "both prisma/schema.prisma and prisma/schema/",
		},
		{
			name:   "empty prisma/schema folder is ignored",
			files:  map[string]string{"prisma/schema/": "", "prisma/schema.prisma": ds},
			schema: "prisma/schema.prisma", files2: []string{"prisma/schema.prisma"}, root: ".", from: "default",
		},
		{
			name:   "--schema file",
			files:  map[string]string{"db/main.prisma": ds, "prisma/schema.prisma": ds},
			flag:   "db/main.prisma",
			schema: "db/main.prisma", files2: []string{"db/main.prisma"}, root: ".", from: "--schema",
		},
		{
			name:   "--schema file in a prisma folder of a sub-project",
			files:  map[string]string{"apps/api/prisma/schema.prisma": ds},
			flag:   "apps/api/prisma/schema.prisma",
			schema: "apps/api/prisma/schema.prisma", files2: []string{"apps/api/prisma/schema.prisma"}, root: "apps/api", from: "--schema",
		},
		{
			name:   "--schema folder with one file",
			files:  map[string]string{"db/only.prisma": ds},
			flag:   "db",
			schema: "db", files2: []string{"db/only.prisma"}, root: ".", from: "--schema",
		},
		{
			name: "--schema prisma folder (Prisma's multi-file layout)",
			files: map[string]string{
				"prisma/schema.prisma":              ds,
				"prisma/models/user.prisma":         "model User { id Int @id }",
				"prisma/migrations/0/x.prisma":      "junk",
				"prisma/migrations/0/migration.sql": "",
			},
			flag:   "./prisma",
			schema: "prisma", files2: []string{"prisma/models/user.prisma", "prisma/schema.prisma"}, root: ".", from: "--schema",
		},
		{
			name:   "--schema from a sub-folder, outside the working folder",
			files:  map[string]string{"prisma/schema.prisma": ds, "sub/": ""},
			wd:     "sub",
			flag:   "../prisma/schema.prisma",
			schema: "prisma/schema.prisma", files2: []string{"prisma/schema.prisma"}, root: ".", from: "--schema",
		},
		{
			name:  "--schema missing",
			files: map[string]string{"prisma/schema.prisma": ds},
			flag:  "nope/schema.prisma",
			err:   "--schema nope/schema.prisma does not exist", noSch: true,
		},
		{
			name:  "--schema folder without .prisma files",
			files: map[string]string{"db/readme.md": ""},
			flag:  "db",
			err:   "holds no .prisma files", noSch: true,
		},
		{
			name: "package.json prisma.schema",
			files: map[string]string{
				"package.json":         `{"name": "app", "prisma": {"schema": "db/schema.prisma", "seed": "x"}}`,
				"db/schema.prisma":     ds,
				"prisma/schema.prisma": ds,
			},
			schema: "db/schema.prisma", files2: []string{"db/schema.prisma"}, root: ".", from: "package.json",
		},
		{
			name: "package.json in a parent folder",
			files: map[string]string{
				"package.json":           `{"prisma": {"schema": "./prisma"}}`,
				"prisma/schema.prisma":   ds,
				"prisma/models/m.prisma": "model M { id Int @id }",
				"src/":                   "",
			},
			wd:     "src",
			schema: "prisma", files2: []string{"prisma/models/m.prisma", "prisma/schema.prisma"}, root: ".", from: "package.json",
		},
		{
			name:   "package.json without a prisma entry",
			files:  map[string]string{"package.json": `{"name": "app"}`, "prisma/schema.prisma": ds},
			schema: "prisma/schema.prisma", files2: []string{"prisma/schema.prisma"}, root: ".", from: "default",
		},
		{
			name:  "package.json prisma.schema missing",
			files: map[string]string{"package.json": `{"prisma": {"schema": "gone.prisma"}}`},
			err:   `"prisma": {"schema": "gone.prisma"}, which does not exist`, noSch: true,
		},
		{
			name:  "package.json prisma.schema not a string",
			files: map[string]string{"package.json": `{"prisma": {"schema": 3}}`},
			err:   "must be a string path",
		},
		{
			name:  "package.json invalid",
			files: map[string]string{"package.json": `{`},
			err:   "is not valid JSON",
		},
		{
			name: "prisma.config.ts with path.join",
			files: map[string]string{
				"prisma.config.ts":       "import path from 'node:path'\n// schema: 'wrong'\nexport default defineConfig({\n  schema: path.join(__dirname, 'prisma', 'schema'),\n})\n",
				"prisma/schema/a.prisma": ds,
				"prisma/schema.prisma":   ds,
			},
			schema: "prisma/schema", files2: []string{"prisma/schema/a.prisma"}, root: ".", from: "prisma.config.ts",
		},
		{
			name: "prisma.config.ts with a string",
			files: map[string]string{
				"prisma.config.ts": `export default { schema: "db/app.prisma", migrations: { path: "db/migrations" } } satisfies PrismaConfig`,
				"db/app.prisma":    ds,
			},
			schema: "db/app.prisma", files2: []string{"db/app.prisma"}, root: ".", from: "prisma.config.ts",
		},
		{
			name: "prisma.config.ts without schema uses the defaults",
			files: map[string]string{
				"prisma.config.ts":     `export default defineConfig({ datasource: { url: env("DATABASE_URL") } })`,
				"prisma/schema.prisma": ds,
			},
			schema: "prisma/schema.prisma", files2: []string{"prisma/schema.prisma"}, root: ".", from: "default",
		},
		{
			name:  "not found",
			files: map[string]string{"main.go": "package main"},
			err:   "Run 'strata init'", noSch: true,
		},
		{
			name:  "not found lists a config file strata cannot read",
			files: map[string]string{"prisma.config.ts": `export default { schema: process.env.SCHEMA }`},
			err:   "prisma.config.ts: its schema entry is not a plain string", noSch: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			testfs.WriteTree(t, dir, tt.files)
			wd := filepath.Join(dir, filepath.FromSlash(tt.wd))
			p, err := Load(wd, tt.flag, noEnv)
			if tt.err != "" {
				if err == nil {
					t.Fatalf("Load: no error, want %q (schema %s)", tt.err, p.SchemaPath)
				}
				if !strings.Contains(err.Error(), tt.err) {
					t.Errorf("Load error %q does not contain %q", err, tt.err)
				}
				if got := errors.Is(err, ErrNoSchema); got != tt.noSch {
					t.Errorf("errors.Is(err, ErrNoSchema) = %v, want %v (%v)", got, tt.noSch, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			rel := func(p string) string {
				r, err := filepath.Rel(dir, p)
				if err != nil {
					t.Fatal(err)
				}
				return filepath.ToSlash(r)
			}
			if got := rel(p.SchemaPath); got != tt.schema {
				t.Errorf("SchemaPath = %s, want %s", got, tt.schema)
			}
			var got []string
			for _, f := range p.SchemaFiles {
				got = append(got, rel(f))
			}
			if !reflect.DeepEqual(got, tt.files2) {
				t.Errorf("SchemaFiles = %q, want %q", got, tt.files2)
			}
			if got := rel(p.Root); got != tt.root {
				t.Errorf("Root = %s, want %s", got, tt.root)
			}
			if p.SchemaFrom != tt.from {
				t.Errorf("SchemaFrom = %s, want %s", p.SchemaFrom, tt.from)
			}
		})
	}
}

func TestLoadNotFoundMessage(t *testing.T) {
	dir := t.TempDir()
	_, err := Load(dir, "", noEnv)
	if !errors.Is(err, ErrNoSchema) {
		t.Fatalf("err = %v, want ErrNoSchema", err)
	}
	for _, want := range []string{dir, "schema.prisma", "prisma/schema.prisma", "prisma/schema/", "package.json", "strata init", "--schema"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message does not name %q:\n%s", want, err)
		}
	}
}

func TestLoadSymlinkedSchemaFolder(t *testing.T) {
	dir := t.TempDir()
	testfs.WriteTree(t, dir, map[string]string{
		"shared/common.prisma":     "enum Role { A }",
		"prisma/schema/app.prisma": "datasource db { provider = \"postgresql\" }",
	})
	if err := os.Symlink(filepath.Join(dir, "shared"), filepath.Join(dir, "prisma", "schema", "shared")); err != nil {
		t.Skip("symlinks unavailable:", err)
	}
	// A link back up must not loop.
	if err := os.Symlink(filepath.Join(dir, "prisma", "schema"), filepath.Join(dir, "shared", "loop")); err != nil {
		t.Fatal(err)
	}
	p, err := Load(dir, "", noEnv)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.SchemaFiles) != 2 {
		t.Errorf("SchemaFiles = %q, want app.prisma and shared/common.prisma", p.SchemaFiles)
	}
}

func TestLoadEnvFiles(t *testing.T) {
	dir := t.TempDir()
	testfs.WriteTree(t, dir, map[string]string{
		"prisma/schema.prisma": "",
		".env":                 "DATABASE_URL=postgresql://root/db\nROOT_ONLY=r\n",
		"prisma/.env":          "DATABASE_URL=postgresql://schema/db\nSCHEMA_ONLY=s\nREF=${ROOT_ONLY}-x\n",
	})
	env := map[string]string{"FROM_ENV": "e", "ROOT_ONLY": "environment"}
	p, err := Load(dir, "", func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{
		"DATABASE_URL": "postgresql://root/db", // the root .env wins over prisma/.env
		"SCHEMA_ONLY":  "s",
		"ROOT_ONLY":    "environment", // the environment wins over .env
		"FROM_ENV":     "e",
		"REF":          "environment-x",
		"MISSING":      "",
	} {
		if got := p.Getenv(k); got != want {
			t.Errorf("Getenv(%s) = %q, want %q", k, got, want)
		}
	}
	if len(p.EnvFiles) != 2 {
		t.Errorf("EnvFiles = %q, want .env and prisma/.env", p.EnvFiles)
	}
}

func TestLoadBadEnv(t *testing.T) {
	dir := t.TempDir()
	testfs.WriteTree(t, dir, map[string]string{
		"schema.prisma": "",
		".env":          "# ok\nGOOD=1\nthis line is wrong\n",
	})
	_, err := Load(dir, "", noEnv)
	var ee *EnvError
	if !errors.As(err, &ee) {
		t.Fatalf("err = %v, want *EnvError", err)
	}
	if want := filepath.Join(dir, ".env") + ":3:"; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("err = %q, want it to start with %q", err, want)
	}
}

func TestConfigSchemaPath(t *testing.T) {
	tests := []struct {
		src       string
		path      string
		found, ok bool
	}{
		{`export default defineConfig({ schema: "prisma/schema.prisma" })`, "prisma/schema.prisma", true, true},
		{`export default { schema: 'db' }`, "db", true, true},
		{"export default { schema: `x/y.prisma` }", "x/y.prisma", true, true},
		{`export default { schema: path.join("prisma", "schema") }`, "prisma/schema", true, true},
		{`export default { schema: path.join(import.meta.dirname, "prisma") }`, "prisma", true, true},
		{`export default { schema: path.resolve(process.cwd(), "a", "b.prisma") }`, "a/b.prisma", true, true},
		{`export default { "schema": "q.prisma" }`, "q.prisma", true, true},
		{`export default { schema: process.env.SCHEMA }`, "", true, false},
		{`export default { schema: path.join(base, "x") }`, "", true, false},
		{"/* schema: 'a' */\nexport default {}", "", false, false},
		{`export default { migrations: { path: "m" } }`, "", false, false},
	}
	for _, tt := range tests {
		path, found, ok := configSchemaPath(tt.src)
		if path != tt.path || found != tt.found || ok != tt.ok {
			t.Errorf("configSchemaPath(%s) = %q, %v, %v; want %q, %v, %v", tt.src, path, found, ok, tt.path, tt.found, tt.ok)
		}
	}
}
