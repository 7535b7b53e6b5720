package config

import (
	"errors"
	"fmt"
	"strings"
)

// Source is one connection setting of the datasource block: a literal
// string, or env("NAME").
type Source struct {
	Literal string
	Env     string // set when the value is env("NAME")
}

// String returns the setting as written in a schema.
func (s *Source) String() string {
	if s == nil {
		return "(none)"
	}
	if s.Env != "" {
		return fmt.Sprintf("env(%q)", s.Env)
	}
	return fmt.Sprintf("%q", Redact(s.Literal))
}

// Datasource holds the connection settings of a datasource block; a nil
// field is absent (Prisma 7 schemas have none).
type Datasource struct {
	URL               *Source
	DirectURL         *Source
	ShadowDatabaseURL *Source
}

// URLs are a project's effective connection URLs.
type URLs struct {
	// URL is what the application and most commands connect to. "" means
	// no database is configured: use the local database.
	URL string
	// Direct is the URL for migrations and introspection (directUrl, which
	// bypasses a pooler); it is URL when no directUrl is set.
	Direct string
	// Shadow is the shadow database URL for migrate dev, or "".
	Shadow string
	// URLFrom, DirectFrom and ShadowFrom say where each URL came from, for
	// messages: `url = env("DATABASE_URL")`, `DATABASE_URL`, ...
	URLFrom, DirectFrom, ShadowFrom string
}

// Local reports whether no database is configured, so that commands use
// the local database.
func (u URLs) Local() bool { return u.URL == "" }

// MissingEnvError is an env("NAME") setting whose variable is not set.
type MissingEnvError struct {
	Name    string // the variable
	Setting string // url, directUrl or shadowDatabaseUrl
}

func (e *MissingEnvError) Error() string {
	what := "to use the local database"
	if e.Setting != "url" {
		what = "if you do not need it"
	}
	return fmt.Sprintf("the datasource's %s = env(%q) needs the environment variable %s, which is not set: set it in .env or the environment, or remove %s from the datasource %s",
		e.Setting, e.Name, e.Name, e.Setting, what)
}

// Environment variables read when the datasource has no url (Prisma 7
// style, where prisma.config.ts reads them).
const (
	EnvDatabaseURL = "DATABASE_URL"
	EnvDirectURL   = "DIRECT_URL"
	EnvShadowURL   = "SHADOW_DATABASE_URL"
)

// ResolveURLs resolves the datasource's connection settings with the
// project's environment (the environment, then .env).
func (p *Project) ResolveURLs(ds Datasource) (URLs, error) {
	return ResolveURLs(ds, p.Getenv)
}

// ResolveURLs resolves the datasource's connection settings, reading
// variables with getenv.
//
// Each of url, directUrl and shadowDatabaseUrl is a literal or env("NAME");
// an env("NAME") whose variable is unset is a *MissingEnvError. When the
// datasource has no url (Prisma 7 style) the URLs come from DATABASE_URL,
// DIRECT_URL and SHADOW_DATABASE_URL; with DATABASE_URL unset the result
// is the local database (URL ""), which is not an error. Every URL must
// start with postgresql:// or postgres:// (see ValidateURL).
func ResolveURLs(ds Datasource, getenv func(string) string) (URLs, error) {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	var u URLs
	var err error
	if ds.URL != nil {
		if u.URL, u.URLFrom, err = resolveSource(ds.URL, "url", getenv); err != nil {
			return URLs{}, err
		}
	} else if v := getenv(EnvDatabaseURL); v != "" {
		u.URL, u.URLFrom = v, EnvDatabaseURL
		if err := validateFrom(v, u.URLFrom); err != nil {
			return URLs{}, err
		}
	}

	if ds.DirectURL != nil {
		if u.Direct, u.DirectFrom, err = resolveSource(ds.DirectURL, "directUrl", getenv); err != nil {
			return URLs{}, err
		}
	} else if ds.URL == nil {
		if v := getenv(EnvDirectURL); v != "" {
			if u.URL == "" {
				return URLs{}, fmt.Errorf("%s is set but %s is not: set %s too (the pooled URL the application uses), or unset %s to use the local database",
					EnvDirectURL, EnvDatabaseURL, EnvDatabaseURL, EnvDirectURL)
			}
			u.Direct, u.DirectFrom = v, EnvDirectURL
			if err := validateFrom(v, u.DirectFrom); err != nil {
				return URLs{}, err
			}
		}
	}
	if u.Direct == "" {
		u.Direct, u.DirectFrom = u.URL, u.URLFrom
	}

	if ds.ShadowDatabaseURL != nil {
		if u.Shadow, u.ShadowFrom, err = resolveSource(ds.ShadowDatabaseURL, "shadowDatabaseUrl", getenv); err != nil {
			return URLs{}, err
		}
	} else if ds.URL == nil {
		if v := getenv(EnvShadowURL); v != "" {
			u.Shadow, u.ShadowFrom = v, EnvShadowURL
			if err := validateFrom(v, u.ShadowFrom); err != nil {
				return URLs{}, err
			}
		}
	}
	return u, nil
}

// resolveSource returns the value of one setting and where it came from.
func resolveSource(s *Source, setting string, getenv func(string) string) (value, from string, err error) {
	if s.Env != "" {
		from = fmt.Sprintf("%s = env(%q)", setting, s.Env)
		value = getenv(s.Env)
		if value == "" {
			return "", from, &MissingEnvError{Name: s.Env, Setting: setting}
		}
	} else {
		from = setting + " in the schema"
		value = s.Literal
	}
	if err := validateFrom(value, from); err != nil {
		return "", from, err
	}
	return value, from, nil
}

func validateFrom(url, from string) error {
	if err := ValidateURL(url); err != nil {
		return fmt.Errorf("%s: %w", from, err)
	}
	return nil
}

// ErrNotPostgresURL is returned (wrapped) by ValidateURL.
var ErrNotPostgresURL = errors.New("not a PostgreSQL connection URL")

// postgresURLExample is what a connection URL looks like.
const postgresURLExample = "postgresql://USER:PASSWORD@HOST:5432/DATABASE"

// ValidateURL checks that url is a PostgreSQL connection URL: it starts
// with postgresql:// or postgres://. The error shows the URL redacted and
// says what to write.
func ValidateURL(url string) error {
	trimmed := strings.TrimSpace(url)
	lower := strings.ToLower(trimmed)
	switch {
	case trimmed == "":
		return fmt.Errorf("%w: the URL is empty; write %s", ErrNotPostgresURL, postgresURLExample)
	case strings.HasPrefix(lower, "postgresql://"), strings.HasPrefix(lower, "postgres://"):
		if trimmed != url {
			return fmt.Errorf("%w: %q has spaces around it; remove them", ErrNotPostgresURL, Redact(url))
		}
		return nil
	case strings.HasPrefix(lower, "prisma+postgres://"), strings.HasPrefix(lower, "prisma://"):
		return fmt.Errorf("%w: %q is a Prisma Accelerate (Prisma Postgres) URL, which strata cannot connect through; use the database's direct URL, %s",
			ErrNotPostgresURL, Redact(url), postgresURLExample)
	case strings.HasPrefix(lower, "file:"), strings.HasPrefix(lower, "mysql://"), strings.HasPrefix(lower, "sqlserver://"),
		strings.HasPrefix(lower, "mongodb://"), strings.HasPrefix(lower, "mongodb+srv://"):
		return fmt.Errorf("%w: %q is for another database; strata targets PostgreSQL, so write %s", ErrNotPostgresURL, Redact(url), postgresURLExample)
	}
	return fmt.Errorf("%w: %q must start with postgresql:// or postgres://, as in %s", ErrNotPostgresURL, Redact(url), postgresURLExample)
}
