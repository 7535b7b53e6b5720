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
	// Unset lists the env("NAME") settings whose variables are not set.
	Unset []Unset
}

// Local reports whether no database is configured, so that commands use
// the local database.
func (u URLs) Local() bool { return u.URL == "" }

// Unset names an env("NAME") setting of the datasource whose variable is not
// set. It is not an error: an unset url means the local database, an unset
// directUrl means url, an unset shadowDatabaseUrl means a temporary shadow
// database. Commands say so in one line.
type Unset struct {
	Name    string // the variable
	Setting string // url, directUrl or shadowDatabaseUrl
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
// an env("NAME") whose variable is unset is listed in URLs.Unset and counts
// as absent. When the datasource has no url (Prisma 7 style) the URLs come
// from DATABASE_URL, DIRECT_URL and SHADOW_DATABASE_URL. With no url at all
// the result is the local database (URL ""), which is not an error; a direct
// URL without a url is, since migrations and the application would then use
// different databases. Every URL must
// start with postgresql:// or postgres:// (see ValidateURL).
func ResolveURLs(ds Datasource, getenv func(string) string) (URLs, error) {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	var u URLs
	var err error
	if ds.URL != nil {
		var unset bool
		if u.URL, u.URLFrom, unset, err = resolveSource(ds.URL, "url", getenv); err != nil {
			return URLs{}, err
		}
		if unset {
			u.Unset = append(u.Unset, Unset{Name: ds.URL.Env, Setting: "url"})
			u.URLFrom = ""
		}
	} else if v := getenv(EnvDatabaseURL); v != "" {
		u.URL, u.URLFrom = v, EnvDatabaseURL
		if err := validateFrom(v, u.URLFrom); err != nil {
			return URLs{}, err
		}
	}

	if ds.DirectURL != nil {
		var unset bool
		if u.Direct, u.DirectFrom, unset, err = resolveSource(ds.DirectURL, "directUrl", getenv); err != nil {
			return URLs{}, err
		}
		if unset {
			u.Unset = append(u.Unset, Unset{Name: ds.DirectURL.Env, Setting: "directUrl"})
			u.DirectFrom = ""
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
	if u.URL == "" && u.Direct != "" {
		return URLs{}, fmt.Errorf("%s is set but the database URL is not (%s): set the URL too (the pooled URL the application uses), or unset the direct URL to use the local database",
			u.DirectFrom, urlSetting(ds))
	}
	if u.Direct == "" {
		u.Direct, u.DirectFrom = u.URL, u.URLFrom
	}

	if ds.ShadowDatabaseURL != nil {
		var unset bool
		if u.Shadow, u.ShadowFrom, unset, err = resolveSource(ds.ShadowDatabaseURL, "shadowDatabaseUrl", getenv); err != nil {
			return URLs{}, err
		}
		if unset {
			u.Unset = append(u.Unset, Unset{Name: ds.ShadowDatabaseURL.Env, Setting: "shadowDatabaseUrl"})
			u.ShadowFrom = ""
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

func urlSetting(ds Datasource) string {
	if ds.URL != nil {
		return "url = " + ds.URL.String()
	}
	return EnvDatabaseURL
}

// resolveSource returns the value of one setting and where it came from;
// value is "" (and unset true) for env("NAME") with NAME not set.
func resolveSource(s *Source, setting string, getenv func(string) string) (value, from string, unset bool, err error) {
	if s.Env != "" {
		from = fmt.Sprintf("%s = env(%q)", setting, s.Env)
		value = getenv(s.Env)
		if value == "" {
			return "", from, true, nil
		}
	} else {
		from = setting + " in the schema"
		value = s.Literal
	}
	if err := validateFrom(value, from); err != nil {
		return "", from, false, err
	}
	return value, from, false, nil
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
