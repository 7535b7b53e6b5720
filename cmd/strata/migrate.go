package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/spf13/cobra"

	"github.com/stratadb/strata/config"
	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/schema"
	"github.com/stratadb/strata/sqlschema"
)

// migrateSubcommands build the subcommands of `strata migrate`. A file
// adding a subcommand appends its constructor in an init function:
//
//	func init() { migrateSubcommands = append(migrateSubcommands, (*app).migrateDevCmd) }
//
// It is written only during package initialisation.
var migrateSubcommands = []func(*app) *cobra.Command{
	(*app).migrateDeployCmd,
	(*app).migrateStatusCmd,
	(*app).migrateResolveCmd,
}

func (a *app) migrateCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "migrate",
		Short: "Create and apply migrations, with Prisma's migration folder and _prisma_migrations table",
		Long: `Migrations are kept exactly as Prisma keeps them: a folder per migration,
migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql beside the schema, a
migration_lock.toml, and the _prisma_migrations table in the database, so a
project can switch between Prisma and strata at any time.

Migrations use the datasource's directUrl (or DIRECT_URL) when set, else its
url (or DATABASE_URL), else the project's local database (strata dev).`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	for _, sub := range migrateSubcommands {
		cmd.AddCommand(sub(a))
	}
	return cmd
}

// dbTarget is the database a migrate or db command works on.
type dbTarget struct {
	project *config.Project
	schema  *schema.Schema
	url     string
	from    string // where the URL came from, for messages
	conn    *postgres.ConnConfig
}

// migrationTarget loads and validates the schema and picks the URL
// migrations use: directUrl/DIRECT_URL, else url/DATABASE_URL, else the
// local database (started if needed).
func (a *app) migrationTarget(ctx context.Context, schemaFlag string) (*dbTarget, error) {
	p, s, err := a.loadSchema(schemaFlag)
	if err != nil {
		return nil, err
	}
	return a.directTarget(ctx, p, s)
}

// directTarget picks the direct URL of a loaded project (s may be nil when
// the schema does not validate) and parses it.
func (a *app) directTarget(ctx context.Context, p *config.Project, s *schema.Schema) (*dbTarget, error) {
	t := &dbTarget{project: p, schema: s}
	var err error
	if t.url, t.from, err = a.resolveDatabase(ctx, p, s, true); err != nil {
		return nil, err
	}
	if t.conn, err = postgres.ParseURL(t.url); err != nil {
		return nil, userErr("%s: %v", t.from, err)
	}
	return t, nil
}

// openMigrations is the opening of the migrate subcommands: it resolves
// the target database, reads the migrations folder (returned with its path
// for messages) and prints the header. It does not connect.
func (a *app) openMigrations(ctx context.Context, schemaFlag string) (*dbTarget, *migrate.Folder, string, error) {
	t, err := a.migrationTarget(ctx, schemaFlag)
	if err != nil {
		return nil, nil, "", err
	}
	f, rel, err := a.migrationsFolder(t)
	if err != nil {
		return nil, nil, "", err
	}
	a.printHeader(a.stdout, t)
	return t, f, rel, nil
}

// openCheckedMigrations is openMigrations that also refuses, before any
// connection, a folder written for another provider (P3019). Deploy and
// resolve leave that check to package migrate, after connecting.
func (a *app) openCheckedMigrations(ctx context.Context, schemaFlag string) (*dbTarget, *migrate.Folder, string, error) {
	t, f, rel, err := a.openMigrations(ctx, schemaFlag)
	if err != nil {
		return nil, nil, "", err
	}
	if err := f.CheckProvider(t.provider()); err != nil {
		return nil, nil, "", a.dbErr(err)
	}
	return t, f, rel, nil
}

// wantedSchema maps the target's schema to the database schema it wants,
// with the URL's schema as the default namespace.
func wantedSchema(t *dbTarget) (*sqlschema.Schema, error) {
	want, err := sqlschema.From(t.schema, sqlschema.FromOptions{DefaultNamespace: t.conn.Schema})
	if err != nil {
		return nil, userErr("Error: %v", err)
	}
	return want, nil
}

// deployOptions are the options of a command that applies migrations: the
// schema's provider, and a line on stdout per migration applied.
func (a *app) deployOptions(t *dbTarget) migrate.DeployOptions {
	return migrate.DeployOptions{
		Provider: t.provider(),
		OnApply:  func(name string) { fmt.Fprintf(a.stdout, "Applying migration `%s`\n", name) },
	}
}

// provider is the schema's datasource provider, or "".
func (t *dbTarget) provider() string {
	if t.schema == nil || t.schema.Datasource == nil {
		return ""
	}
	return t.schema.Datasource.Provider
}

// datasourceName is the datasource block's name ("db").
func (t *dbTarget) datasourceName() string {
	if t.schema == nil || t.schema.Datasource == nil || t.schema.Datasource.Name == "" {
		return "db"
	}
	return t.schema.Datasource.Name
}

// connect opens the connection, with errors written for the user.
func (a *app) connect(ctx context.Context, t *dbTarget) (*pgx.Conn, error) {
	conn, err := t.conn.Connect(ctx)
	if err != nil {
		return nil, a.dbErr(err)
	}
	return conn, nil
}

// printHeader says which schema and database a command works on, as
// Prisma's CLI does.
func (a *app) printHeader(w io.Writer, t *dbTarget) {
	fmt.Fprintf(w, "Schema loaded from %s\n", a.relPath(t.project.SchemaPath))
	fmt.Fprintf(w, "Datasource %q: %s\n", t.datasourceName(), t.conn.Describe())
}

// dbErr turns an error of a migrate or db command into a user error
// (exit 1) with Prisma's error code in front when there is one.
func (a *app) dbErr(err error) error {
	var me *migrate.Error
	var ce *postgres.ConnectError
	var le *migrate.LockTimeoutError
	switch {
	case errors.As(err, &me):
		return userErr("Error: %s\n\n%s", me.Code, me.Message)
	case errors.As(err, &le):
		return userErr("Error: P1002\n\n%v", le)
	case errors.As(err, &ce):
		if ce.Code != "" {
			return userErr("Error: %s: %v", ce.Code, ce)
		}
		return userErr("Error: %v", ce)
	case errors.Is(err, context.Canceled):
		return userErr("interrupted")
	}
	return userErr("Error: %s", config.Redact(err.Error()))
}

// migrationsFolder reads the project's migrations folder.
func (a *app) migrationsFolder(t *dbTarget) (*migrate.Folder, string, error) {
	dir := migrate.Dir(t.project.SchemaPath)
	f, err := migrate.ReadFolder(dir)
	if err != nil {
		return nil, "", userErr("%v", err)
	}
	return f, a.relPath(dir), nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func (a *app) printFound(w io.Writer, f *migrate.Folder, rel string) {
	if n := len(f.Migrations); n > 0 {
		fmt.Fprintf(w, "\n%d %s found in %s\n", n, plural(n, "migration", "migrations"), filepath.ToSlash(rel))
	} else {
		fmt.Fprintf(w, "\nNo migration found in %s\n", filepath.ToSlash(rel))
	}
}

func (a *app) migrateDeployCmd() *cobra.Command {
	var schemaFlag string
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Apply pending migrations to the database (production, staging, CI)",
		Long: `Deploy applies every migration of the migrations folder that the database has
not applied yet, in order, as Prisma's migrate deploy does:

  - it holds the advisory lock 72707369 while it works (as Prisma does), so
    concurrent deploys apply each migration once; it waits up to 10 s for it;
  - it creates _prisma_migrations when missing, but refuses (P3005) a
    database that already has tables and no history: baseline it first with
    'strata migrate resolve --applied <first migration>';
  - each migration.sql is sent as one script, which PostgreSQL runs as one
    transaction: a failing statement undoes the whole migration, and the
    failure is recorded in _prisma_migrations (logs);
  - a failed migration blocks later deploys (P3009) until it is resolved
    with 'strata migrate resolve'.

It never generates migrations and never resets the database.`,
		Example: `  strata migrate deploy
  DATABASE_URL=postgresql://app@db.internal:5432/app strata migrate deploy`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			t, f, rel, err := a.openMigrations(ctx, schemaFlag)
			if err != nil {
				return err
			}
			conn, err := a.connect(ctx, t)
			if err != nil {
				return err
			}
			defer connClose(ctx, conn)
			a.printFound(a.stdout, f, rel)
			fmt.Fprintln(a.stdout)
			res, err := migrate.Deploy(ctx, conn, t.conn.Schema, f, a.deployOptions(t))
			if err != nil {
				return a.dbErr(err)
			}
			if len(res.Applied) == 0 {
				fmt.Fprintln(a.stdout, "No pending migrations to apply.")
				return nil
			}
			a.printApplied("The following migration(s) have been applied:", "migrations", res.Applied)
			fmt.Fprintln(a.stdout, "\nAll migrations have been successfully applied.")
			return nil
		},
	}
	cmd.Flags().StringVar(&schemaFlag, "schema", "", "schema file or folder (default: prisma/schema.prisma, schema.prisma or prisma/schema/)")
	return cmd
}

func (a *app) migrateStatusCmd() *cobra.Command {
	var schemaFlag string
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Compare the migrations folder with the database's migration history",
		Long: `Status compares the migrations folder with _prisma_migrations and reports
migrations not yet applied, failed migrations (with how to resolve them),
migrations edited after they were applied (checksum mismatch), and
migrations applied to the database but missing from the folder.

It exits with status 0 when the database is up to date and 1 otherwise, so
it can gate a deployment. It only reads: it changes nothing.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			t, f, rel, err := a.openCheckedMigrations(ctx, schemaFlag)
			if err != nil {
				return err
			}
			conn, err := a.connect(ctx, t)
			if err != nil {
				return err
			}
			defer connClose(ctx, conn)
			d, err := migrate.Status(ctx, conn, t.conn.Schema, f)
			if err != nil {
				return a.dbErr(err)
			}
			a.printFound(a.stdout, f, rel)
			if d.InSync() {
				fmt.Fprintln(a.stdout, "\nDatabase schema is up to date!")
				return nil
			}
			a.printDiagnosis(d, rel)
			return silentExit(exitUser)
		},
	}
	cmd.Flags().StringVar(&schemaFlag, "schema", "", "schema file or folder (default: prisma/schema.prisma, schema.prisma or prisma/schema/)")
	return cmd
}

// printDiagnosis explains an out-of-sync history on stdout, one section
// per problem, in Prisma's words where Prisma has them.
func (a *app) printDiagnosis(d *migrate.Diagnosis, rel string) {
	w := a.stdout
	rel = filepath.ToSlash(rel)
	if !d.HasTable && len(d.Local) == 0 {
		fmt.Fprintf(w, "\nThe current database is not managed by migrations (it has no _prisma_migrations table), and %s is empty.\nCreate a first migration with strata migrate dev; to keep an existing database's tables, baseline it:\nhttps://pris.ly/d/migrate-baseline\n", rel)
		return
	}
	if len(d.Failed) > 0 {
		fmt.Fprintf(w, "\nFollowing %s have failed:\n", plural(len(d.Failed), "migration", "migrations"))
		for _, r := range d.Failed {
			fmt.Fprintf(w, "%s\n", r.Name)
			if r.Logs != nil && strings.TrimSpace(*r.Logs) != "" {
				fmt.Fprintf(w, "  %s\n", strings.ReplaceAll(strings.TrimSpace(*r.Logs), "\n", "\n  "))
			} else {
				fmt.Fprintf(w, "  (no error recorded: the process applying it was interrupted; PostgreSQL rolled back its unfinished transaction)\n")
			}
		}
		name := d.Failed[0].Name
		fmt.Fprintf(w, "\nThe failed migration(s) can be marked as rolled back or applied:\n\n- If you rolled back the migration(s) manually (or they changed nothing), so that deploy runs them again:\nstrata migrate resolve --rolled-back %q\n\n- If you fixed the database manually (hotfix):\nstrata migrate resolve --applied %q\n", name, name)
	}
	if len(d.Pending) > 0 {
		fmt.Fprintf(w, "\nFollowing %s have not yet been applied:\n%s\n", plural(len(d.Pending), "migration", "migrations"), strings.Join(d.Pending, "\n"))
		if !d.HasTable {
			fmt.Fprintf(w, "\nThe database has no _prisma_migrations table yet. If it already has the tables of these migrations, baseline it:\nstrata migrate resolve --applied %q\n", d.Pending[0])
		}
		fmt.Fprintf(w, "\nTo apply migrations in development run strata migrate dev.\nTo apply migrations in production run strata migrate deploy.\n")
	}
	if len(d.Edited) > 0 {
		fmt.Fprintf(w, "\nFollowing %s were modified after they were applied (their checksum differs from the one recorded):\n%s\n", plural(len(d.Edited), "migration", "migrations"), strings.Join(d.Edited, "\n"))
		fmt.Fprintf(w, "Restore the applied version of the file from version control; a change belongs in a new migration.\n")
	}
	if len(d.MissingLocally) > 0 {
		if d.LastCommon != "" {
			fmt.Fprintf(w, "\nYour local migration history and the migrations table from your database are different:\n\nThe last common migration is: %s\n", d.LastCommon)
		}
		fmt.Fprintf(w, "\nThe %s from the database are not found locally in %s:\n%s\n", plural(len(d.MissingLocally), "migration", "migrations"), rel, strings.Join(d.MissingLocally, "\n"))
	}
	for _, m := range d.Unreadable {
		fmt.Fprintf(w, "\nThe migration %s has no readable %s: %v\n", m.Name, migrate.ScriptName, m.ReadErr)
	}
}

func (a *app) migrateResolveCmd() *cobra.Command {
	var schemaFlag, applied, rolledBack string
	cmd := &cobra.Command{
		Use:   "resolve",
		Short: "Mark a migration as applied or rolled back in the migration history",
		Long: `Resolve changes only the _prisma_migrations table, never the schema:

  --applied NAME       records NAME as applied without running it: to baseline
                       a database that already has its changes, or after
                       finishing a failed migration by hand. Its failed rows
                       are marked rolled back.
  --rolled-back NAME   marks the failed migration NAME as rolled back, after
                       you undid what it did (PostgreSQL already undid an
                       interrupted or failing migration.sql): the next
                       deploy runs it again.

Run 'strata migrate status' to see what needs resolving.`,
		Example: `  strata migrate resolve --rolled-back 20240101120000_add_users
  strata migrate resolve --applied 20240101120000_init`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch {
			case applied == "" && rolledBack == "":
				return &usageError{err: errors.New("migrate resolve: give --applied NAME or --rolled-back NAME, e.g. strata migrate resolve --applied 20201231000000_example")}
			case applied != "" && rolledBack != "":
				return &usageError{err: errors.New("migrate resolve: pass either --applied or --rolled-back, not both")}
			}
			ctx := cmd.Context()
			t, f, _, err := a.openMigrations(ctx, schemaFlag)
			if err != nil {
				return err
			}
			conn, err := a.connect(ctx, t)
			if err != nil {
				return err
			}
			defer connClose(ctx, conn)
			opts := migrate.DeployOptions{Provider: t.provider()}
			if applied != "" {
				if err := migrate.ResolveApplied(ctx, conn, t.conn.Schema, f, applied, opts); err != nil {
					return a.dbErr(err)
				}
				fmt.Fprintf(a.stdout, "\nMigration %s marked as applied.\n", applied)
				return nil
			}
			if err := migrate.ResolveRolledBack(ctx, conn, t.conn.Schema, f, rolledBack, opts); err != nil {
				return a.dbErr(err)
			}
			fmt.Fprintf(a.stdout, "\nMigration %s marked as rolled back.\n", rolledBack)
			return nil
		},
	}
	cmd.Flags().StringVar(&schemaFlag, "schema", "", "schema file or folder (default: prisma/schema.prisma, schema.prisma or prisma/schema/)")
	cmd.Flags().StringVar(&applied, "applied", "", "record the migration `NAME` as applied")
	cmd.Flags().StringVar(&rolledBack, "rolled-back", "", "record the failed migration `NAME` as rolled back")
	return cmd
}
