package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/stratadb/strata/migrate"
)

func init() {
	migrateSubcommands = append(migrateSubcommands, (*app).migrateResetCmd)
}

func (a *app) migrateResetCmd() *cobra.Command {
	var schemaFlag string
	var force, skipSeed bool
	cmd := &cobra.Command{
		Use:   "reset",
		Short: "Reset the database and apply all migrations; all data will be lost",
		Long: `Reset drops every schema the project uses (the URL's schema and those of
@@schema) with everything in it, including _prisma_migrations, creates them
again, applies every migration of the migrations folder, and runs the seed
command (db seed) unless --skip-seed.

It asks first on a terminal; elsewhere it needs --force. Answering no exits
with status 130.`,
		Example: `  strata migrate reset
  strata migrate reset --force --skip-seed`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.migrateReset(cmd.Context(), schemaFlag, force, skipSeed)
		},
	}
	cmd.Flags().StringVar(&schemaFlag, "schema", "", "schema file or folder (default: prisma/schema.prisma, schema.prisma or prisma/schema/)")
	cmd.Flags().BoolVarP(&force, "force", "f", false, "skip the confirmation prompt")
	cmd.Flags().BoolVar(&skipSeed, "skip-seed", false, "do not run the seed command")
	return cmd
}

func (a *app) migrateReset(ctx context.Context, schemaFlag string, force, skipSeed bool) error {
	t, f, _, err := a.openCheckedMigrations(ctx, schemaFlag)
	if err != nil {
		return err
	}
	want, err := wantedSchema(t)
	if err != nil {
		return err
	}
	namespaces := namespacesOf(want, t.conn.Schema)
	fmt.Fprintln(a.stdout)
	if !force {
		if !a.interactive() {
			return userErr("strata has detected that the environment is non-interactive: migrate reset drops %s and needs a confirmation.\n\nUse --force to run this command without user interaction.", resetTarget(t, namespaces))
		}
		if !a.confirm("Are you sure you want to reset your database? All data will be lost.") {
			fmt.Fprintln(a.stdout, "\nReset cancelled.")
			return silentExit(exitCancelled)
		}
	}
	conn, err := a.connectOrCreate(ctx, t)
	if err != nil {
		return err
	}
	defer connClose(ctx, conn)
	res, err := migrate.Reset(ctx, conn, t.conn.Schema, namespaces, f, a.deployOptions(t))
	if err != nil {
		return a.dbErr(err)
	}
	if len(res.Applied) == 0 {
		fmt.Fprintln(a.stdout, "Database reset successful")
	} else {
		fmt.Fprintln(a.stdout, "\nDatabase reset successful")
		a.printApplied("The following migration(s) have been applied:", "migrations", res.Applied)
	}
	if skipSeed {
		return nil
	}
	return a.seedAfterReset(ctx, t)
}
