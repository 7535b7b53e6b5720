package migrate

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/sqlschema"
)

// PushOptions tune Push.
type PushOptions struct {
	// DefaultNamespace is the schema the connection URL names (schema=),
	// "public" when empty. Objects in it are written unqualified.
	DefaultNamespace string
	// AcceptDataLoss applies changes that lose data (dropped tables and
	// columns holding values, narrowing casts, ...). Steps that cannot run
	// on the data at hand are refused even so.
	AcceptDataLoss bool
	// ForceReset drops the schema's namespaces with everything in them and
	// creates them again, empty, before pushing.
	ForceReset bool
}

// PushResult is what Push did, or found it would do.
type PushResult struct {
	// Reset lists the namespaces dropped and created again (ForceReset).
	Reset []string
	// Changes are the steps from the database to the schema, in order;
	// empty when the database was already in sync.
	Changes []sqlschema.Change
	// Warnings are the data-loss warnings, counted on the database.
	Warnings []Warning
	// Script is the SQL that was applied ("" when nothing was).
	Script string
}

// DataLossError is Push's refusal: the changes would lose data and
// AcceptDataLoss is not set, or some cannot run at all (Unexecutable).
type DataLossError struct {
	Warnings []Warning // the counted warnings
}

// Unexecutable reports whether some step cannot run on the data at hand,
// whatever the flags.
func (e *DataLossError) Unexecutable() bool { return HasUnexecutable(e.Warnings) }

func (e *DataLossError) Error() string {
	var b strings.Builder
	if e.Unexecutable() {
		b.WriteString("some changes cannot be executed on the data in the database:")
		for _, w := range e.Warnings {
			if w.Unexecutable {
				fmt.Fprintf(&b, "\n  • %s", w.Message)
			}
		}
		return b.String()
	}
	b.WriteString("there might be data loss when applying the changes:")
	for _, w := range e.Warnings {
		fmt.Fprintf(&b, "\n  • %s", w.Message)
	}
	return b.String()
}

// Push makes the database's schema match want, without a migration file and
// without touching the migration history (_prisma_migrations is neither
// read nor written), as Prisma's db push: it reads the namespaces of want
// from the database, diffs them, counts what the changes would lose
// (CountDataLoss), and applies them as one script, which PostgreSQL runs as
// one transaction, so a failing step leaves the database as it was.
//
// It refuses with a *DataLossError when a change would lose data and
// AcceptDataLoss is not set, or when some step cannot run on the rows the
// database holds (a required column added to a table with rows, say),
// whatever the options: ForceReset empties the namespaces first, after
// which every step can run.
func Push(ctx context.Context, conn *pgx.Conn, want *sqlschema.Schema, opts PushOptions) (*PushResult, error) {
	if want == nil {
		return nil, errors.New("migrate: Push needs the wanted schema")
	}
	ns := opts.DefaultNamespace
	if ns == "" {
		ns = sqlschema.DefaultNamespace
	}
	namespaces := want.Namespaces
	if len(namespaces) == 0 {
		namespaces = []string{ns}
	}
	res := &PushResult{}
	if opts.ForceReset {
		if err := ResetNamespaces(ctx, conn, namespaces); err != nil {
			return nil, err
		}
		res.Reset = namespaces
	}
	have, err := postgres.Inspect(ctx, conn, namespaces)
	if err != nil {
		return nil, fmt.Errorf("reading the database schema: %w", err)
	}
	changes, warnings := Diff(have, want)
	if len(changes) == 0 {
		return res, nil
	}
	res.Changes = changes
	counted, err := CountDataLoss(ctx, conn, warnings)
	if err != nil {
		return nil, fmt.Errorf("checking the changes for data loss: %w", err)
	}
	res.Warnings = counted
	if HasUnexecutable(counted) || (len(counted) > 0 && !opts.AcceptDataLoss) {
		return res, &DataLossError{Warnings: counted}
	}
	script, err := postgres.Renderer{DefaultNamespace: ns}.Render(changes, nil)
	if err != nil {
		return nil, err
	}
	if err := RunScript(ctx, conn, []byte(script)); err != nil {
		return res, err
	}
	res.Script = script
	return res, nil
}

// ResetNamespaces drops each namespace with everything in it (tables,
// types, functions, the migration history) and creates it again, empty, as
// Prisma's reset does, in one transaction.
func ResetNamespaces(ctx context.Context, conn *pgx.Conn, namespaces []string) error {
	var b strings.Builder
	for _, n := range namespaces {
		q := postgres.QuoteIdent(n)
		fmt.Fprintf(&b, "DROP SCHEMA IF EXISTS %s CASCADE;\nCREATE SCHEMA %s;\n", q, q)
	}
	if err := RunScript(ctx, conn, []byte(b.String())); err != nil {
		return fmt.Errorf("resetting %s: %w", strings.Join(namespaces, ", "), err)
	}
	return nil
}

// CreateMissingDatabase creates the database cc names, connecting to the
// server's maintenance database ("postgres", else "template1") with the
// same credentials, as Prisma does when db push or migrate dev find the
// database missing. It returns the error of the first attempt that could
// connect.
func CreateMissingDatabase(ctx context.Context, cc *postgres.ConnConfig) error {
	name := cc.Database()
	if name == "" {
		return errors.New("the connection URL names no database")
	}
	var firstErr error
	for _, maint := range []string{"postgres", "template1"} {
		if maint == name {
			continue
		}
		c := *cc
		c.Config = cc.Config.Copy()
		c.Config.Database = maint
		// The URL's schema is for the target database's search_path.
		delete(c.Config.RuntimeParams, "search_path")
		c.PgBouncer = false
		conn, err := c.Connect(ctx)
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		_, err = conn.Exec(ctx, "CREATE DATABASE "+postgres.QuoteIdent(name))
		conn.Close(context.WithoutCancel(ctx))
		if err != nil {
			return fmt.Errorf("creating the database %q: %w", name, err)
		}
		return nil
	}
	if firstErr == nil {
		firstErr = errors.New("no maintenance database to connect to")
	}
	return fmt.Errorf("creating the database %q: %w", name, firstErr)
}
