package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/stratadb/strata/config"
	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
)

// dbSubcommands build the subcommands of `strata db`. A file adding a
// subcommand appends its constructor in an init function:
//
//	func init() { dbSubcommands = append(dbSubcommands, (*app).dbPushCmd) }
//
// It is written only during package initialisation.
var dbSubcommands = []func(*app) *cobra.Command{
	(*app).dbExecuteCmd,
}

func (a *app) dbCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "db",
		Short: "Work on the database directly, without migration files",
		Args:  noArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	for _, sub := range dbSubcommands {
		cmd.AddCommand(sub(a))
	}
	return cmd
}

func (a *app) dbExecuteCmd() *cobra.Command {
	var schemaFlag, urlFlag, file string
	var stdin bool
	cmd := &cobra.Command{
		Use:   "execute",
		Short: "Run a SQL script on the database",
		Long: `Execute runs a SQL script, from --file or from standard input (--stdin), on
the database given by --url, else the schema's datasource (directUrl, url,
DATABASE_URL), else the project's local database.

The script is sent as one simple-protocol query, as Prisma does: one round
trip, run by PostgreSQL as one transaction unless the script has its own
BEGIN/COMMIT. A failure shows the server's error and the failing line.
The URL may use Prisma's parameters (schema=... sets the search_path).`,
		Example: `  strata db execute --file prisma/seed.sql
  echo 'TRUNCATE "User" CASCADE;' | strata db execute --stdin
  strata db execute --url "$DATABASE_URL" --file fix.sql`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch {
			case file == "" && !stdin:
				return &usageError{err: errors.New("db execute: give --file PATH or --stdin")}
			case file != "" && stdin:
				return &usageError{err: errors.New("db execute: pass either --file or --stdin, not both")}
			case urlFlag != "" && schemaFlag != "":
				return &usageError{err: errors.New("db execute: pass either --url or --schema, not both")}
			}
			var script []byte
			var err error
			if stdin {
				script, err = io.ReadAll(a.stdin)
			} else {
				path := file
				if !filepath.IsAbs(path) {
					path = filepath.Join(a.dir, path)
				}
				script, err = os.ReadFile(path)
			}
			if err != nil {
				return userErr("cannot read the script: %v", err)
			}
			ctx := cmd.Context()
			var cc *postgres.ConnConfig
			if urlFlag != "" {
				if cc, err = postgres.ParseURL(urlFlag); err != nil {
					return userErr("--url: %v", err)
				}
			} else {
				t, err := a.migrationTarget(ctx, schemaFlag)
				if err != nil {
					return err
				}
				cc = t.conn
			}
			conn, err := cc.Connect(ctx)
			if err != nil {
				return a.dbErr(err)
			}
			defer conn.Close(context.WithoutCancel(ctx))
			if err := migrate.RunScript(ctx, conn, script); err != nil {
				var se *migrate.ScriptError
				if errors.As(err, &se) {
					return userErr("Error: the script failed on %s:\n%s", cc.Describe(), config.Redact(se.Text))
				}
				return a.dbErr(err)
			}
			fmt.Fprintln(a.stdout, "Script executed successfully.")
			return nil
		},
	}
	cmd.Flags().StringVar(&file, "file", "", "the SQL script to run")
	cmd.Flags().BoolVar(&stdin, "stdin", false, "read the SQL script from standard input")
	cmd.Flags().StringVar(&urlFlag, "url", "", "the database URL (default: the schema's datasource, else the local database)")
	cmd.Flags().StringVar(&schemaFlag, "schema", "", "schema file or folder whose datasource to use")
	return cmd
}
