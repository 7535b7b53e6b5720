package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/spf13/cobra"

	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
)

func init() {
	dbSubcommands = append(dbSubcommands, (*app).dbPushCmd, (*app).dbPullCmd, (*app).dbSeedCmd)
}

func (a *app) dbPushCmd() *cobra.Command {
	var schemaFlag string
	var acceptDataLoss, forceReset, skipGenerate bool
	cmd := &cobra.Command{
		Use:   "push",
		Short: "Make the database match the schema, without migration files (prototyping)",
		Long: `Push changes the database so that it matches the schema, without writing a
migration and without touching the migration history (_prisma_migrations),
as Prisma's db push. Use it to prototype; use 'strata migrate dev' to keep
the changes as migrations.

  - The changes are applied as one script, which PostgreSQL runs as one
    transaction: a failure leaves the database as it was.
  - Changes that lose data (a dropped table or column that holds values, a
    narrowing type change) are listed with the rows and values they would
    lose, and refused unless --accept-data-loss is given (at a terminal,
    strata asks instead). Changes that
    cannot run on the rows at hand (a required column without a default on
    a table with rows) are refused even then: --force-reset empties the
    schema first.
  - A database that does not exist is created.

The database is the datasource's directUrl (or DIRECT_URL) when set, else
its url (or DATABASE_URL), else the project's local database (strata dev).`,
		Example: `  strata db push
  strata db push --accept-data-loss
  strata db push --force-reset`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.dbPush(cmd.Context(), schemaFlag, migrate.PushOptions{AcceptDataLoss: acceptDataLoss, ForceReset: forceReset}, skipGenerate)
		},
	}
	cmd.Flags().StringVar(&schemaFlag, "schema", "", "schema file or folder (default: prisma/schema.prisma, schema.prisma or prisma/schema/)")
	cmd.Flags().BoolVar(&acceptDataLoss, "accept-data-loss", false, "apply changes that lose data")
	cmd.Flags().BoolVar(&forceReset, "force-reset", false, "drop the schema's namespaces with all their data and recreate them before pushing")
	cmd.Flags().BoolVar(&skipGenerate, "skip-generate", false, "do not run the client generators afterwards")
	return cmd
}

// connectOrCreate connects to the target, creating its database first
// when the server says it does not exist, as Prisma's db push and migrate
// dev do.
func (a *app) connectOrCreate(ctx context.Context, t *dbTarget) (*pgx.Conn, error) {
	conn, err := t.conn.Connect(ctx)
	var ce *postgres.ConnectError
	if err == nil || !errors.As(err, &ce) || ce.Kind != postgres.ConnDatabaseMissing {
		if err != nil {
			return nil, a.dbErr(err)
		}
		return conn, nil
	}
	if cerr := migrate.CreateMissingDatabase(ctx, t.conn); cerr != nil {
		return nil, userErr("Error: P1003: the database %q does not exist at %s, and strata could not create it: %v\nCreate it (CREATE DATABASE), or fix the database name in %s.",
			t.conn.Database(), hostPort(t.conn), cerr, t.from)
	}
	fmt.Fprintf(a.stdout, "\nPostgreSQL database %s created at %s\n", t.conn.Database(), hostPort(t.conn))
	conn, err = t.conn.Connect(ctx)
	if err != nil {
		return nil, a.dbErr(err)
	}
	return conn, nil
}

func hostPort(cc *postgres.ConnConfig) string {
	if strings.HasPrefix(cc.Host(), "/") {
		return cc.Host()
	}
	return fmt.Sprintf("%s:%d", cc.Host(), cc.Port())
}

func (a *app) dbPush(ctx context.Context, schemaFlag string, opts migrate.PushOptions, skipGenerate bool) error {
	start := time.Now()
	t, err := a.migrationTarget(ctx, schemaFlag)
	if err != nil {
		return err
	}
	a.printHeader(a.stdout, t)
	want, err := wantedSchema(t)
	if err != nil {
		return err
	}
	conn, err := a.connectOrCreate(ctx, t)
	if err != nil {
		return err
	}
	defer connClose(ctx, conn)
	opts.DefaultNamespace = t.conn.Schema
	res, err := migrate.Push(ctx, conn, want, opts)
	var dl *migrate.DataLossError
	shown := false
	if errors.As(err, &dl) && !dl.Unexecutable() && a.interactive() {
		// At a terminal, ask, as Prisma does.
		a.printDataLoss(dl.Warnings)
		if !a.confirm("Do you want to ignore the warning(s)?") {
			fmt.Fprintln(a.stdout, "Push cancelled.")
			return silentExit(exitCancelled)
		}
		opts.AcceptDataLoss, opts.ForceReset, shown = true, false, true
		res, err = migrate.Push(ctx, conn, want, opts)
	}
	if res != nil && len(res.Reset) > 0 {
		fmt.Fprintf(a.stdout, "\nThe PostgreSQL database %q %s %s at %q %s successfully reset.\n",
			t.conn.Database(), plural(len(res.Reset), "schema", "schemas"), quoteAll(res.Reset), hostPort(t.conn), plural(len(res.Reset), "was", "were"))
	}
	switch {
	case errors.As(err, &dl) && dl.Unexecutable():
		fmt.Fprintf(a.stdout, "\n⚠️  We found changes that cannot be executed:\n\n")
		for _, w := range dl.Warnings {
			if w.Unexecutable {
				fmt.Fprintf(a.stdout, "  • %s\n", w.Message)
			}
		}
		return userErr("\nError: Use the --force-reset flag to drop the database before push like strata db push --force-reset\nAll data will be lost.")
	case errors.As(err, &dl):
		a.printDataLoss(dl.Warnings)
		return userErr("\nError: Use the --accept-data-loss flag to ignore the data loss warnings like strata db push --accept-data-loss")
	case err != nil:
		var se *migrate.ScriptError
		if errors.As(err, &se) {
			return userErr("Error: applying the changes failed on %s; nothing was changed:\n%s", t.conn.Describe(), se.Text)
		}
		return a.dbErr(err)
	}
	if len(res.Changes) == 0 {
		fmt.Fprintln(a.stdout, "\nThe database is already in sync with the Prisma schema.")
		return nil
	}
	if len(res.Warnings) > 0 && !shown {
		a.printDataLoss(res.Warnings)
	}
	fmt.Fprintf(a.stdout, "\n🚀  Your database is now in sync with your Prisma schema. Done in %s\n", elapsed(start))
	return a.runGenerators(ctx, t, skipGenerate)
}

// printDataLoss lists data-loss warnings on stdout as Prisma does.
func (a *app) printDataLoss(ws []migrate.Warning) {
	fmt.Fprintf(a.stdout, "\n⚠️  There might be data loss when applying the changes:\n\n")
	for _, w := range ws {
		fmt.Fprintf(a.stdout, "  • %s\n\n", w.Message)
	}
}

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}

// elapsed formats a duration as Prisma's CLI does: 45ms, 1.23s.
func elapsed(start time.Time) string {
	d := time.Since(start)
	if d < time.Second {
		return fmt.Sprintf("%dms", d.Milliseconds())
	}
	return fmt.Sprintf("%.2fs", d.Seconds())
}
