package config

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratadb/strata/internal/testfs"
)

const seedSchema = "datasource db {\n  provider = \"postgresql\"\n}\n"

func TestSeed(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string
		want     string // the command; "" for none
		wantFrom string // base name of the file it came from
		wantDir  string // relative to the temp dir
		wantErr  string
	}{
		{
			name:  "none",
			files: map[string]string{"prisma/schema.prisma": seedSchema},
		},
		{
			name: "strata.toml at the root",
			files: map[string]string{
				"prisma/schema.prisma": seedSchema,
				"strata.toml":          "# strata settings\n[migrations]\nseed = \"go run ./cmd/seed\" # the seed\n",
			},
			want: "go run ./cmd/seed", wantFrom: "strata.toml",
		},
		{
			name: "strata.toml beside the schema wins",
			files: map[string]string{
				"prisma/schema.prisma": seedSchema,
				"prisma/strata.toml":   "[migrations]\nseed = 'sh seed.sh'\n",
				"strata.toml":          "[migrations]\nseed = \"other\"\n",
			},
			want: "sh seed.sh", wantFrom: "strata.toml",
		},
		{
			name: "strata.toml without a seed falls through to package.json",
			files: map[string]string{
				"prisma/schema.prisma": seedSchema,
				"strata.toml":          "[other]\nseed = \"not this\"\nn = 3\nlist = [1, 2]\n",
				"package.json":         `{"name": "x", "prisma": {"seed": "tsx prisma/seed.ts"}}`,
			},
			want: "tsx prisma/seed.ts", wantFrom: "package.json",
		},
		{
			name: "escapes",
			files: map[string]string{
				"schema.prisma": seedSchema,
				"strata.toml":   "[migrations]\n\"seed\" = \"echo \\\"hi\\\"\\tthere \\u00e9\"\n",
			},
			want: "echo \"hi\"\tthere é", wantFrom: "strata.toml",
		},
		{
			name: "dotted key",
			files: map[string]string{
				"schema.prisma": seedSchema,
				"strata.toml":   "migrations.seed = \"make seed\"\n",
			},
			want: "make seed", wantFrom: "strata.toml",
		},
		{
			name: "prisma.config.ts",
			files: map[string]string{
				"prisma/schema.prisma": seedSchema,
				"prisma.config.ts": `import { defineConfig } from "prisma/config";
// seed: "commented out"
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
});
`,
				"package.json": `{"prisma": {"seed": "not this"}}`,
			},
			want: "tsx prisma/seed.ts", wantFrom: "prisma.config.ts",
		},
		{
			name: "prisma.config.ts with a computed seed",
			files: map[string]string{
				"prisma/schema.prisma": seedSchema,
				"prisma.config.ts":     "export default defineConfig({ migrations: { seed: `tsx ${file}` } })\n",
			},
			wantErr: "not a plain string",
		},
		{
			name: "prisma.config.ts without a seed uses package.json",
			files: map[string]string{
				"prisma/schema.prisma": seedSchema,
				"prisma.config.ts":     "export default defineConfig({ migrations: { path: 'x' } })\n",
				"package.json":         `{"prisma": {"seed": "node seed.js"}}`,
			},
			want: "node seed.js", wantFrom: "package.json",
		},
		{
			name: "package.json above the project",
			files: map[string]string{
				"app/prisma/schema.prisma": seedSchema,
				"package.json":             `{"prisma": {"seed": "node seed.js"}}`,
			},
			want: "node seed.js", wantFrom: "package.json", wantDir: ".",
		},
		{
			name: "seed not a string",
			files: map[string]string{
				"schema.prisma": seedSchema,
				"strata.toml":   "[migrations]\nseed = 42\n",
			},
			wantErr: "strata.toml:2: [migrations] seed must be a string",
		},
		{
			name: "package.json seed not a string",
			files: map[string]string{
				"schema.prisma": seedSchema,
				"package.json":  `{"prisma": {"seed": ["a"]}}`,
			},
			wantErr: "must be a command line",
		},
		{
			name: "malformed toml",
			files: map[string]string{
				"schema.prisma": seedSchema,
				"strata.toml":   "[migrations\nseed = \"x\"\n",
			},
			wantErr: "line 1: unclosed table header",
		},
		{
			name: "unclosed string",
			files: map[string]string{
				"schema.prisma": seedSchema,
				"strata.toml":   "[migrations]\nseed = \"x\n",
			},
			wantErr: "line 2: unclosed string",
		},
		{
			name: "set twice",
			files: map[string]string{
				"schema.prisma": seedSchema,
				"strata.toml":   "[migrations]\nseed = \"x\"\nseed = \"y\"\n",
			},
			wantErr: "line 3: migrations.seed is set twice",
		},
		{
			name: "multi-line strings are skipped",
			files: map[string]string{
				"schema.prisma": seedSchema,
				"strata.toml":   "note = \"\"\"\nseed = \"no\"\n\"\"\"\n[migrations]\nseed = \"yes\"\n",
			},
			want: "yes", wantFrom: "strata.toml",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			testfs.WriteTree(t, dir, tt.files)
			work := dir
			if _, ok := tt.files["app/prisma/schema.prisma"]; ok {
				work = filepath.Join(dir, "app")
			}
			p, err := Load(work, "", noEnv)
			if err != nil {
				t.Fatal(err)
			}
			s, err := p.Seed()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want it to contain %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == "" {
				if s != nil {
					t.Fatalf("got seed %+v, want none", s)
				}
				return
			}
			if s == nil {
				t.Fatalf("no seed, want %q", tt.want)
			}
			if s.Command != tt.want || filepath.Base(s.From) != tt.wantFrom {
				t.Errorf("got %q from %s, want %q from %s", s.Command, s.From, tt.want, tt.wantFrom)
			}
			if tt.wantDir != "" {
				if want := filepath.Join(dir, tt.wantDir); s.Dir != want {
					t.Errorf("dir = %s, want %s", s.Dir, want)
				}
			}
		})
	}
}

func FuzzParseTOML(f *testing.F) {
	for _, s := range []string{
		"[migrations]\nseed = \"go run ./cmd/seed\"\n",
		"a.b = 'x' # c\n[t]\n\"q k\" = \"\\u00e9\"\n",
		"x = \"\"\"\nmulti\n\"\"\"\n",
		"[[arr]]\nk = 1\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = parseTOML([]byte(s)) // must not panic
	})
}
