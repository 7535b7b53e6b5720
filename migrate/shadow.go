package migrate

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/sqlschema"
)

// ShadowPrefix starts the name of a temporary shadow database, as Prisma
// names them (prisma_migrate_shadow_db_<uuid>), so that leftovers are
// recognisable whichever tool made them.
const ShadowPrefix = "prisma_migrate_shadow_db_"

// Shadow is the shadow database: an empty database into which a migration
// history is replayed to learn the schema it produces. Close it when done:
// a temporary one is dropped.
type Shadow struct {
	// Conn is the connection to the shadow database.
	Conn *pgx.Conn
	// Config is where it is.
	Config *postgres.ConnConfig
	// Name is the shadow database's name.
	Name string
	// Temporary reports whether strata created it (and Close drops it).
	Temporary bool
	main      *postgres.ConnConfig
}

// OpenShadow opens the shadow database for a main (development) database.
// With explicit (shadowDatabaseUrl or SHADOW_DATABASE_URL) set, that
// database is used and emptied first: its namespaces are dropped and
// created again; it must not be the main database (Prisma's P3014-like
// refusal). Without it, a temporary database is created on the main
// database's server, named ShadowPrefix plus a random UUID, which needs the
// CREATEDB privilege (P3014 otherwise).
//
// namespaces are the schemas to empty in an explicit shadow database.
func OpenShadow(ctx context.Context, main, explicit *postgres.ConnConfig, namespaces []string) (*Shadow, error) {
	if explicit != nil {
		if sameDatabase(main, explicit) {
			return nil, &Error{Code: "P3014", Message: "The shadow database you configured appears to be the same as the main database. Please specify another shadow database (shadowDatabaseUrl or SHADOW_DATABASE_URL)."}
		}
		conn, err := explicit.Connect(ctx)
		if err != nil {
			return nil, fmt.Errorf("connecting to the shadow database: %w", err)
		}
		s := &Shadow{Conn: conn, Config: explicit, Name: explicit.Database(), main: main}
		ns := append([]string(nil), namespaces...)
		if !contains(ns, explicit.Schema) {
			ns = append(ns, explicit.Schema)
		}
		if err := ResetNamespaces(ctx, conn, ns); err != nil {
			conn.Close(context.WithoutCancel(ctx))
			return nil, fmt.Errorf("emptying the shadow database: %w", err)
		}
		return s, nil
	}
	name := ShadowPrefix + newUUID()
	admin, err := main.Connect(ctx)
	if err != nil {
		return nil, err
	}
	defer admin.Close(context.WithoutCancel(ctx))
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+postgres.QuoteIdent(name)); err != nil {
		return nil, &Error{Code: "P3014", Err: err, Message: fmt.Sprintf(
			"Strata could not create the shadow database. Please make sure the database user has permission to create databases (CREATEDB), or set shadowDatabaseUrl (or SHADOW_DATABASE_URL) to an empty database. Original error:\n%v", err)}
	}
	cfg := *main
	cfg.Config = main.Config.Copy()
	cfg.Config.Database = name
	s := &Shadow{Config: &cfg, Name: name, Temporary: true, main: main}
	conn, err := cfg.Connect(ctx)
	if err != nil {
		_ = s.drop(ctx)
		return nil, fmt.Errorf("connecting to the shadow database: %w", err)
	}
	s.Conn = conn
	return s, nil
}

// Close closes the shadow database's connection and drops a temporary
// one. It works even when ctx is cancelled (an interrupt): the drop gets
// its own short deadline.
func (s *Shadow) Close(ctx context.Context) error {
	if s == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if s.Conn != nil {
		_ = s.Conn.Close(ctx)
		s.Conn = nil
	}
	if !s.Temporary {
		return nil
	}
	return s.drop(ctx)
}

func (s *Shadow) drop(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	admin, err := s.main.Connect(ctx)
	if err != nil {
		return fmt.Errorf("dropping the shadow database %s: %w", s.Name, err)
	}
	defer admin.Close(ctx)
	q := "DROP DATABASE IF EXISTS " + postgres.QuoteIdent(s.Name)
	if _, err := admin.Exec(ctx, q+" WITH (FORCE)"); err != nil {
		// PostgreSQL before 13 has no FORCE.
		if _, err2 := admin.Exec(ctx, q); err2 != nil {
			return fmt.Errorf("dropping the shadow database %s: %w", s.Name, errors.Join(err, err2))
		}
	}
	return nil
}

// Replay applies migrations to the shadow database in order, each script
// as one simple-protocol query as Deploy runs it, and returns the schema
// of namespaces afterwards. A failing script is Prisma's P3006.
func (s *Shadow) Replay(ctx context.Context, migrations []*Migration, namespaces []string) (*sqlschema.Schema, error) {
	for _, m := range migrations {
		if m.ReadErr != nil {
			return nil, &Error{Code: "P3015", Err: m.ReadErr, Message: fmt.Sprintf(
				"Could not find the migration file at %s. Please delete the directory or restore the migration file.", m.Path)}
		}
		if err := RunScript(ctx, s.Conn, m.Script); err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, &Error{Code: "P3006", Err: err, Message: fmt.Sprintf(
				"Migration `%s` failed to apply cleanly to the shadow database. \nError:\n%v", m.Name, err)}
		}
	}
	return postgres.Inspect(ctx, s.Conn, namespaces)
}

func sameDatabase(a, b *postgres.ConnConfig) bool {
	return a != nil && b != nil && strings.EqualFold(a.Host(), b.Host()) && a.Port() == b.Port() && a.Database() == b.Database()
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// newUUID returns a random (version 4) UUID.
func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}
