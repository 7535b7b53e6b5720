package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratadb/strata/config"
)

// runIn runs strata with args in dir and returns the exit code and output.
func runIn(t *testing.T, dir string, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	a := &app{
		stdin:  strings.NewReader(""),
		stdout: &out,
		stderr: &errOut,
		getenv: func(k string) string { return env[k] },
		dir:    dir,
	}
	code = a.run(context.Background(), args)
	return code, out.String(), errOut.String()
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestInit(t *testing.T) {
	const url = "postgresql://app:s3cret@127.0.0.1:5432/app?schema=public"
	tests := []struct {
		name     string
		files    map[string]string // existing files
		args     []string
		code     int
		stdout   []string // substrings
		stderr   []string
		envURL   string // DATABASE_URL as read back from .env
		env      string // substring of .env
		gitignor string // the whole .gitignore afterwards ("" to skip)
		noSchema bool   // prisma/schema.prisma must not be written
	}{
		{
			name:     "empty folder",
			code:     0,
			stdout:   []string{"Created prisma/schema.prisma", "Created .env: DATABASE_URL is left unset", "Created .gitignore", "strata dev start", "Next steps"},
			env:      "# DATABASE_URL=",
			gitignor: "# strata: the local database, and secrets\n.strata/\n.env\n",
		},
		{
			name:     "--url",
			args:     []string{"--url", url},
			stdout:   []string{"Created .env with DATABASE_URL", "points at your database"},
			envURL:   url,
			gitignor: "# strata: the local database, and secrets\n.strata/\n.env\n",
		},
		{
			name:   "--url with characters dotenv treats specially",
			args:   []string{"--url", `postgresql://u:pa$s"w\d@h/db`},
			envURL: `postgresql://u:pa$s"w\d@h/db`,
		},
		{
			name:   "--datasource-provider postgres",
			args:   []string{"--datasource-provider", "postgres"},
			stdout: []string{"Created prisma/schema.prisma"},
		},
		{
			name:     "--datasource-provider mysql refused",
			args:     []string{"--datasource-provider", "mysql"},
			code:     exitUsage,
			stderr:   []string{`--datasource-provider "mysql" is not supported: strata targets PostgreSQL`},
			noSchema: true,
		},
		{
			name:     "bad --url refused, redacted",
			args:     []string{"--url", "mysql://root:s3cret@localhost/app"},
			code:     exitUsage,
			stderr:   []string{"mysql://root:****@localhost/app", "postgresql://"},
			noSchema: true,
		},
		{
			name:     "existing prisma/schema.prisma",
			files:    map[string]string{"prisma/schema.prisma": "// mine\n"},
			code:     exitUser,
			stderr:   []string{"prisma/schema.prisma already exists", "does not overwrite", "strata validate"},
			noSchema: true,
		},
		{
			name:     "existing schema.prisma",
			files:    map[string]string{"schema.prisma": "// mine\n"},
			code:     exitUser,
			stderr:   []string{"schema.prisma already exists"},
			noSchema: true,
		},
		{
			name:     "existing prisma/schema folder",
			files:    map[string]string{"prisma/schema/a.prisma": "// mine\n"},
			code:     exitUser,
			stderr:   []string{"prisma/schema already exists"},
			noSchema: true,
		},
		{
			name:     "schema set in package.json",
			files:    map[string]string{"package.json": `{"prisma": {"schema": "db/app.prisma"}}`, "db/app.prisma": "// mine\n"},
			code:     exitUser,
			stderr:   []string{"already has a Prisma schema at db/app.prisma (from package.json)"},
			noSchema: true,
		},
		{
			name:     "existing .env without DATABASE_URL is added to",
			files:    map[string]string{".env": "SECRET_KEY=abc"},
			stdout:   []string{"Added to .env"},
			env:      "SECRET_KEY=abc\n\n# Added by strata init.\n",
			gitignor: "# strata: the local database, and secrets\n.strata/\n.env\n",
		},
		{
			name:   "existing .env without DATABASE_URL, --url",
			files:  map[string]string{".env": "SECRET_KEY=abc\n# DATABASE_URL=old\n"},
			args:   []string{"--url", url},
			stdout: []string{"Added DATABASE_URL to .env"},
			envURL: url,
			env:    "SECRET_KEY=abc\n",
		},
		{
			name:   "existing .env with DATABASE_URL is kept",
			files:  map[string]string{".env": "DATABASE_URL=postgresql://mine/db\n"},
			stdout: []string{"Kept .env: it already sets DATABASE_URL", "points at your database"},
			envURL: "postgresql://mine/db",
		},
		{
			name:     "existing .env with DATABASE_URL and a different --url",
			files:    map[string]string{".env": "export DATABASE_URL=postgresql://mine/db\n"},
			args:     []string{"--url", url},
			code:     exitUser,
			stderr:   []string{".env already sets DATABASE_URL", "does not overwrite"},
			envURL:   "postgresql://mine/db",
			noSchema: true,
		},
		{
			name:     "existing .gitignore gets what it lacks",
			files:    map[string]string{".gitignore": "node_modules/\n/.env"},
			stdout:   []string{"Added .strata/ to .gitignore"},
			gitignor: "node_modules/\n/.env\n\n# strata: the local database, and secrets\n.strata/\n",
		},
		{
			name:     "existing .gitignore with both",
			files:    map[string]string{".gitignore": ".strata\n.env*\n"},
			gitignor: ".strata\n.env*\n",
		},
		{
			name:     "commented or negated entries do not count",
			files:    map[string]string{".gitignore": "# .strata/\n!.env\n.env/\n"},
			gitignor: "# .strata/\n!.env\n.env/\n\n# strata: the local database, and secrets\n.strata/\n.env\n",
		},
		{
			name:     "extra arguments",
			args:     []string{"myproject"},
			code:     exitUsage,
			stderr:   []string{"takes no arguments"},
			noSchema: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, content := range tt.files {
				if err := mkdirWrite(filepath.Join(dir, filepath.FromSlash(name)), content); err != nil {
					t.Fatal(err)
				}
			}
			before := map[string]string{}
			for name := range tt.files {
				before[name] = readFile(t, filepath.Join(dir, filepath.FromSlash(name)))
			}
			code, stdout, stderr := runIn(t, dir, nil, append([]string{"init"}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, stdout, stderr)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(stdout, s) {
					t.Errorf("stdout does not contain %q:\n%s", s, stdout)
				}
			}
			for _, s := range tt.stderr {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr does not contain %q:\n%s", s, stderr)
				}
			}
			if strings.Contains(stdout+stderr, "s3cret") {
				t.Errorf("output shows the password:\n%s%s", stdout, stderr)
			}
			schemaPath := filepath.Join(dir, "prisma", "schema.prisma")
			_, err := os.Stat(schemaPath)
			if tt.noSchema {
				// Nothing may have changed.
				for name, content := range before {
					if got := readFile(t, filepath.Join(dir, filepath.FromSlash(name))); got != content {
						t.Errorf("%s changed:\n%s", name, got)
					}
				}
				if _, ok := tt.files["prisma/schema.prisma"]; !ok && err == nil {
					t.Errorf("prisma/schema.prisma written")
				}
				if _, ok := tt.files[".env"]; !ok {
					if _, err := os.Stat(filepath.Join(dir, ".env")); err == nil {
						t.Errorf(".env written")
					}
				}
			} else if err != nil {
				t.Errorf("prisma/schema.prisma not written: %v", err)
			}
			if tt.code != 0 && tt.envURL == "" {
				return
			}
			envData := readFile(t, filepath.Join(dir, ".env"))
			vars, err := config.ParseDotEnv(".env", []byte(envData), nil)
			if err != nil {
				t.Fatalf(".env does not parse: %v\n%s", err, envData)
			}
			if got := vars["DATABASE_URL"]; got != tt.envURL {
				t.Errorf("DATABASE_URL in .env = %q, want %q\n%s", got, tt.envURL, envData)
			}
			if !strings.Contains(envData, tt.env) {
				t.Errorf(".env does not contain %q:\n%s", tt.env, envData)
			}
			if tt.gitignor != "" {
				if got := readFile(t, filepath.Join(dir, ".gitignore")); got != tt.gitignor {
					t.Errorf(".gitignore =\n%q\nwant\n%q", got, tt.gitignor)
				}
			}
		})
	}
}

// TestInitThenLoad checks that the project strata init writes is found, with
// no URL configured (the local database).
func TestInitThenLoad(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := runIn(t, dir, nil, "init"); code != 0 {
		t.Fatalf("init: exit %d: %s", code, stderr)
	}
	p, err := config.Load(dir, "", func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if p.Root != dir || p.SchemaPath != filepath.Join(dir, "prisma", "schema.prisma") {
		t.Errorf("Root %s, SchemaPath %s", p.Root, p.SchemaPath)
	}
	u, err := p.ResolveURLs(config.Datasource{})
	if err != nil || !u.Local() {
		t.Errorf("ResolveURLs = %+v, %v; want the local database", u, err)
	}
	schema := readFile(t, p.SchemaPath)
	for _, s := range []string{`provider = "postgresql"`, `provider = "strata-client-go"`, `output   = "../db"`, `url = env("DATABASE_URL")`} {
		if !strings.Contains(schema, s) {
			t.Errorf("schema does not contain %q", s)
		}
	}
}

// TestInitTwice checks that a second init refuses and that .gitignore stays
// as the first one left it.
func TestInitTwice(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := runIn(t, dir, nil, "init"); code != 0 {
		t.Fatalf("first init: exit %d: %s", code, stderr)
	}
	gi := readFile(t, filepath.Join(dir, ".gitignore"))
	env := readFile(t, filepath.Join(dir, ".env"))
	code, _, stderr := runIn(t, dir, nil, "init")
	if code != exitUser || !strings.Contains(stderr, "prisma/schema.prisma already exists") {
		t.Errorf("second init: exit %d, stderr %q", code, stderr)
	}
	if got := readFile(t, filepath.Join(dir, ".gitignore")); got != gi {
		t.Errorf(".gitignore changed:\n%s", got)
	}
	if got := readFile(t, filepath.Join(dir, ".env")); got != env {
		t.Errorf(".env changed:\n%s", got)
	}
	// With the schema moved away, init again adds nothing to .gitignore
	// or .env.
	if err := os.RemoveAll(filepath.Join(dir, "prisma")); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runIn(t, dir, nil, "init")
	if code != 0 {
		t.Fatalf("third init: exit %d: %s", code, stderr)
	}
	if strings.Contains(stdout, ".gitignore") {
		t.Errorf("third init touched .gitignore:\n%s", stdout)
	}
	if got := readFile(t, filepath.Join(dir, ".gitignore")); got != gi {
		t.Errorf(".gitignore changed:\n%s", got)
	}
}

func TestQuoteEnvValue(t *testing.T) {
	for _, v := range []string{"postgresql://h/db", `a$b`, `a"b`, `a\nb`, `it's $x "q" \`, "two\nlines", "", "#x", " sp "} {
		data := "K=" + quoteEnvValue(v) + "\n"
		vars, err := config.ParseDotEnv(".env", []byte(data), func(string) string { return "EXPANDED" })
		if err != nil {
			t.Errorf("%q: %v", data, err)
			continue
		}
		if vars["K"] != v {
			t.Errorf("%q read back as %q, want %q", data, vars["K"], v)
		}
	}
}
