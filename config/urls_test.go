package config

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/stratadb/strata/internal/testfs"
)

func TestResolveURLs(t *testing.T) {
	const (
		pooled = "postgresql://app:pw@pooler:6543/app?pgbouncer=true"
		direct = "postgresql://app:pw@db:5432/app"
		shadow = "postgres://app:pw@db:5432/shadow"
	)
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	tests := []struct {
		name   string
		ds     Datasource
		getenv func(string) string
		want   URLs
		err    string
	}{
		{
			name:   "Prisma 7 style, nothing set: local database",
			getenv: env(),
			want:   URLs{},
		},
		{
			name:   "Prisma 7 style, DATABASE_URL",
			getenv: env("DATABASE_URL", pooled),
			want:   URLs{URL: pooled, Direct: pooled, URLFrom: "DATABASE_URL", DirectFrom: "DATABASE_URL"},
		},
		{
			name:   "Prisma 7 style, DATABASE_URL, DIRECT_URL and SHADOW_DATABASE_URL",
			getenv: env("DATABASE_URL", pooled, "DIRECT_URL", direct, "SHADOW_DATABASE_URL", shadow),
			want:   URLs{URL: pooled, Direct: direct, Shadow: shadow, URLFrom: "DATABASE_URL", DirectFrom: "DIRECT_URL", ShadowFrom: "SHADOW_DATABASE_URL"},
		},
		{
			name:   "Prisma 7 style, DIRECT_URL without DATABASE_URL",
			getenv: env("DIRECT_URL", direct),
			err:    "DIRECT_URL is set but DATABASE_URL is not",
		},
		{
			name:   "Prisma 7 style, DATABASE_URL not PostgreSQL",
			getenv: env("DATABASE_URL", "mysql://root:hunter2@localhost/app"),
			err:    `DATABASE_URL: not a PostgreSQL connection URL: "mysql://root:****@localhost/app" is for another database`,
		},
		{
			name:   "Prisma 6 style env",
			ds:     Datasource{URL: &Source{Env: "DATABASE_URL"}, DirectURL: &Source{Env: "DIRECT_URL"}},
			getenv: env("DATABASE_URL", pooled, "DIRECT_URL", direct),
			want:   URLs{URL: pooled, Direct: direct, URLFrom: `url = env("DATABASE_URL")`, DirectFrom: `directUrl = env("DIRECT_URL")`},
		},
		{
			name:   "Prisma 6 style, custom variable names",
			ds:     Datasource{URL: &Source{Env: "PG_URL"}, ShadowDatabaseURL: &Source{Env: "PG_SHADOW"}},
			getenv: env("PG_URL", direct, "PG_SHADOW", shadow, "DIRECT_URL", "ignored", "SHADOW_DATABASE_URL", "ignored"),
			want:   URLs{URL: direct, Direct: direct, Shadow: shadow, URLFrom: `url = env("PG_URL")`, DirectFrom: `url = env("PG_URL")`, ShadowFrom: `shadowDatabaseUrl = env("PG_SHADOW")`},
		},
		{
			name:   "Prisma 6 style, variable unset: the local database",
			ds:     Datasource{URL: &Source{Env: "DATABASE_URL"}},
			getenv: env(),
			want:   URLs{Unset: []Unset{{Name: "DATABASE_URL", Setting: "url"}}},
		},
		{
			name:   "directUrl variable unset: migrations use url",
			ds:     Datasource{URL: &Source{Env: "DATABASE_URL"}, DirectURL: &Source{Env: "DIRECT_URL"}},
			getenv: env("DATABASE_URL", pooled),
			want: URLs{URL: pooled, Direct: pooled, URLFrom: `url = env("DATABASE_URL")`, DirectFrom: `url = env("DATABASE_URL")`,
				Unset: []Unset{{Name: "DIRECT_URL", Setting: "directUrl"}}},
		},
		{
			name:   "both unset: the local database",
			ds:     Datasource{URL: &Source{Env: "DATABASE_URL"}, DirectURL: &Source{Env: "DIRECT_URL"}},
			getenv: env(),
			want:   URLs{Unset: []Unset{{Name: "DATABASE_URL", Setting: "url"}, {Name: "DIRECT_URL", Setting: "directUrl"}}},
		},
		{
			name:   "directUrl set but url unset",
			ds:     Datasource{URL: &Source{Env: "DATABASE_URL"}, DirectURL: &Source{Env: "DIRECT_URL"}},
			getenv: env("DIRECT_URL", direct),
			err:    `directUrl = env("DIRECT_URL") is set but the database URL is not (url = env("DATABASE_URL"))`,
		},
		{
			name:   "literal url",
			ds:     Datasource{URL: &Source{Literal: direct}},
			getenv: env("DATABASE_URL", "ignored"),
			want:   URLs{URL: direct, Direct: direct, URLFrom: "url in the schema", DirectFrom: "url in the schema"},
		},
		{
			name:   "literal url not PostgreSQL",
			ds:     Datasource{URL: &Source{Literal: "file:./dev.db"}},
			getenv: env(),
			err:    `url in the schema: not a PostgreSQL connection URL: "file:./dev.db" is for another database; strata targets PostgreSQL`,
		},
		{
			name:   "empty literal url",
			ds:     Datasource{URL: &Source{Literal: ""}},
			getenv: env(),
			err:    "url in the schema: not a PostgreSQL connection URL: the URL is empty",
		},
		{
			name:   "env url with a bad value is redacted",
			ds:     Datasource{URL: &Source{Env: "DATABASE_URL"}},
			getenv: env("DATABASE_URL", "postgresq://u:hunter2@h/db"),
			err:    `"postgresq://u:****@h/db" must start with postgresql:// or postgres://`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ResolveURLs(tt.ds, tt.getenv)
			if tt.err != "" {
				if err == nil {
					t.Fatalf("no error, want %q (got %+v)", tt.err, got)
				}
				if !strings.Contains(err.Error(), tt.err) {
					t.Errorf("err = %q\nwant it to contain %q", err, tt.err)
				}
				if strings.Contains(err.Error(), "hunter2") {
					t.Errorf("err = %q leaks the password", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ResolveURLs\n got %+v\nwant %+v", got, tt.want)
			}
			if got.Local() != (tt.want.URL == "") {
				t.Errorf("Local() = %v", got.Local())
			}
		})
	}
}

func TestProjectResolveURLsUsesDotEnv(t *testing.T) {
	dir := t.TempDir()
	testfs.WriteTree(t, dir, map[string]string{
		"prisma/schema.prisma": "",
		".env":                 "DATABASE_URL=\"postgresql://u:p@127.0.0.1:5432/app\"\n",
	})
	p, err := Load(dir, "", noEnv)
	if err != nil {
		t.Fatal(err)
	}
	u, err := p.ResolveURLs(Datasource{URL: &Source{Env: "DATABASE_URL"}})
	if err != nil {
		t.Fatal(err)
	}
	if u.URL != "postgresql://u:p@127.0.0.1:5432/app" {
		t.Errorf("URL = %q", u.URL)
	}
}

func TestValidateURL(t *testing.T) {
	for _, ok := range []string{"postgresql://h/db", "postgres://u:p@h:1/db?sslmode=require", "POSTGRESQL://H/DB"} {
		if err := ValidateURL(ok); err != nil {
			t.Errorf("ValidateURL(%q) = %v", ok, err)
		}
	}
	for _, bad := range []string{"", " postgresql://h/db", "localhost:5432", "prisma+postgres://accelerate.prisma-data.net/?api_key=k", "mysql://h/db", "jdbc:postgresql://h/db"} {
		err := ValidateURL(bad)
		if !errors.Is(err, ErrNotPostgresURL) {
			t.Errorf("ValidateURL(%q) = %v, want ErrNotPostgresURL", bad, err)
		}
	}
}
