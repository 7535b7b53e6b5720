package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/spf13/cobra"

	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/sqlschema"
)

func init() {
	migrateSubcommands = append(migrateSubcommands, (*app).migrateDevCmd)
}

// exitCancelled is the exit status when the user answers no to a prompt,
// as Prisma's (130).
const exitCancelled = 130

// interactive reports whether the command can ask questions: standard
// input is a terminal.
func (a *app) interactive() bool {
	f, ok := a.stdin.(*os.File)
	return ok && isTerminal(f)
}

// ask prints a question and reads one line of answer from stdin.
func (a *app) ask(question string) (string, error) {
	fmt.Fprint(a.stdout, question)
	line, err := bufio.NewReader(a.stdin).ReadString('\n')
	if err != nil && line == "" {
		return "", err
	}
	return strings.TrimSpace(line), nil
}

// confirm asks a yes/no question; the default is no.
func (a *app) confirm(question string) bool {
	answer, err := a.ask(question + " [y/N] ")
	if err != nil {
		return false
	}
	switch strings.ToLower(answer) {
	case "y", "yes":
		return true
	}
	return false
}

// shadowConfig is the explicit shadow database of the project
// (shadowDatabaseUrl in the datasource, else SHADOW_DATABASE_URL), or nil.
func (a *app) shadowConfig(t *dbTarget) (*postgres.ConnConfig, error) {
	urls, err := t.project.ResolveURLs(datasourceOf(t.schema))
	if err != nil || urls.Shadow == "" {
		return nil, nil //nolint:nilerr // the main URL's errors were reported by migrationTarget
	}
	cc, err := postgres.ParseURL(urls.Shadow)
	if err != nil {
		return nil, userErr("%s: %v", urls.ShadowFrom, err)
	}
	return cc, nil
}

// resetTarget words what a reset drops, as Prisma's CLI does:
// `the "public" schema at "localhost:5432"`.
func resetTarget(t *dbTarget, namespaces []string) string {
	if len(namespaces) > 1 {
		return fmt.Sprintf("the following schemas: %q at %q", strings.Join(namespaces, ", "), hostPort(t.conn))
	}
	return fmt.Sprintf("the %q schema at %q", namespaces[0], hostPort(t.conn))
}

func (a *app) printApplied(title, dir string, names []string) {
	fmt.Fprintf(a.stdout, "\n%s\n\n%s/\n", title, filepath.ToSlash(dir))
	for _, n := range names {
		fmt.Fprintf(a.stdout, "  └─ %s/\n    └─ migration.sql\n", n)
	}
}

func (a *app) migrateDevCmd() *cobra.Command {
	var schemaFlag, name string
	var createOnly, skipGenerate, skipSeed bool
	cmd := &cobra.Command{
		Use:   "dev",
		Short: "Create a migration from changes in the schema, apply it to the development database",
		Long: `Dev is the development loop of Prisma's migrate dev, on the same files:

  1. it replays the migrations folder into a shadow database (a temporary
     prisma_migrate_shadow_db_<uuid> on the same server, or shadowDatabaseUrl
     / SHADOW_DATABASE_URL, emptied first), dropped when it is done, also on
     error or interrupt;
  2. it checks the development database against that history: failed,
     edited or missing migrations, or drift (changes made by hand). If it
     must be reset it says why and asks (on a terminal); otherwise it stops
     and points at 'strata migrate reset';
  3. it applies pending migrations;
  4. it writes the difference between the history and the schema as
     migrations/<timestamp>_<name>/migration.sql, with data-loss warnings
     counted on the development database (asking before data is lost), and
     applies it (not with --create-only);
  5. it runs the client generators (none yet).

The database is created when it does not exist. Without --name a terminal
asks for one; elsewhere the folder is named by its timestamp alone, as
Prisma's. Exit status 130 when a question is answered no.`,
		Example: `  strata migrate dev --name add_user_email
  strata migrate dev --create-only --name backfill`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.migrateDev(cmd.Context(), schemaFlag, name, createOnly, skipGenerate, skipSeed)
		},
	}
	cmd.Flags().StringVar(&schemaFlag, "schema", "", "schema file or folder (default: prisma/schema.prisma, schema.prisma or prisma/schema/)")
	cmd.Flags().StringVarP(&name, "name", "n", "", "name the new migration")
	cmd.Flags().BoolVar(&createOnly, "create-only", false, "create the migration without applying it (an empty one when nothing changed)")
	cmd.Flags().BoolVar(&skipGenerate, "skip-generate", false, "do not run the client generators")
	cmd.Flags().BoolVar(&skipSeed, "skip-seed", false, "do not run the seed command after a reset")
	return cmd
}

func (a *app) migrateDev(ctx context.Context, schemaFlag, name string, createOnly, skipGenerate, skipSeed bool) error {
	t, f, rel, err := a.openCheckedMigrations(ctx, schemaFlag)
	if err != nil {
		return err
	}
	want, err := wantedSchema(t)
	if err != nil {
		return err
	}
	namespaces := namespacesOf(want, t.conn.Schema)
	shadow, err := a.shadowConfig(t)
	if err != nil {
		return err
	}
	conn, err := a.connectOrCreate(ctx, t)
	if err != nil {
		return err
	}
	defer connClose(ctx, conn)

	d, err := migrate.DevDiagnose(ctx, conn, f, migrate.DevOptions{Main: t.conn, Shadow: shadow, Namespaces: namespaces})
	if err != nil {
		return a.dbErr(err)
	}
	opts := a.deployOptions(t)
	var applied []string
	if d.NeedsReset() {
		fmt.Fprintf(a.stdout, "\n%s\n", strings.Join(d.ResetReasons, "\n"))
		what := resetTarget(t, namespaces)
		if !a.interactive() {
			return userErr("We need to reset %s.\n\nThe development database cannot be reset without asking: run this on a terminal, or reset it with\n  strata migrate reset\nAll data will be lost.", what)
		}
		if !a.confirm(fmt.Sprintf("\nWe need to reset %s.\nDo you want to continue? All data will be lost.", what)) {
			fmt.Fprintln(a.stdout, "Reset cancelled.")
			return silentExit(exitCancelled)
		}
		res, err := migrate.Reset(ctx, conn, t.conn.Schema, namespaces, f, opts)
		if err != nil {
			return a.dbErr(err)
		}
		fmt.Fprintln(a.stdout, "\nDatabase reset successful")
		applied = res.Applied
		if len(applied) > 0 {
			a.printApplied("The following migration(s) have been applied:", "migrations", applied)
		}
		if !skipSeed {
			if err := a.seedAfterReset(ctx, t); err != nil {
				return err
			}
		}
	} else if len(d.Status.Pending) > 0 {
		res, err := migrate.Deploy(ctx, conn, t.conn.Schema, f, opts)
		if err != nil {
			return a.dbErr(err)
		}
		applied = res.Applied
		if len(applied) > 0 {
			a.printApplied("The following migration(s) have been applied:", "migrations", applied)
		}
	}

	changes, warnings := migrate.Diff(d.History, want)
	if len(changes) == 0 && !createOnly {
		if len(applied) > 0 {
			fmt.Fprintln(a.stdout, "\nYour database is now in sync with your schema.")
		} else {
			fmt.Fprintln(a.stdout, "\nAlready in sync, no schema change or pending migration was found.")
		}
		return a.runGenerators(ctx, t, skipGenerate)
	}

	counted, err := migrate.CountDataLoss(ctx, conn, warnings)
	if err != nil {
		return a.dbErr(err)
	}
	var unexec, loss []migrate.Warning
	for _, w := range counted {
		if w.Unexecutable {
			unexec = append(unexec, w)
		} else {
			loss = append(loss, w)
		}
	}
	if len(unexec) > 0 {
		var b strings.Builder
		b.WriteString("\n⚠️ We found changes that cannot be executed:\n\n")
		for _, w := range unexec {
			fmt.Fprintf(&b, "  • %s\n", w.Message)
		}
		if !createOnly {
			b.WriteString("\nYou can use strata migrate dev --create-only to create the migration file, and manually modify it to address the underlying issue(s).\nThen run strata migrate dev to apply it and verify it works.")
			return userErr("%s", b.String())
		}
		fmt.Fprintln(a.stderr, b.String())
	}
	if len(loss) > 0 {
		fmt.Fprintf(a.stdout, "\n⚠️  Warnings for the current datasource:\n\n")
		for _, w := range loss {
			fmt.Fprintf(a.stdout, "  • %s\n", w.Message)
		}
		fmt.Fprintln(a.stdout)
		if !a.interactive() {
			return userErr("strata migrate dev will not lose data without asking, and this is not a terminal.\nRun it on a terminal to confirm, or change the schema so that no data is lost.\nTo apply existing migrations in deployments, use strata migrate deploy.")
		}
		q := "Are you sure you want to create and apply this migration?"
		if createOnly {
			q = "Are you sure you want to create this migration?"
		}
		if !a.confirm(q) {
			fmt.Fprintln(a.stdout, "Migration cancelled.")
			return silentExit(exitCancelled)
		}
	}

	if name == "" && a.interactive() {
		answer, err := a.ask("Enter a name for the new migration: ")
		if err != nil {
			fmt.Fprintln(a.stdout, "Canceled by user.")
			return silentExit(exitCancelled)
		}
		name = answer
	}
	name = migrate.MigrationName(name)

	script := migrate.EmptyMigration
	if len(changes) > 0 {
		script, err = postgres.Renderer{DefaultNamespace: t.conn.Schema}.Render(changes, migrate.Messages(warnings))
		if err != nil {
			return userErr("Error: %v", err)
		}
	}
	folder, err := migrate.CreateMigration(f.Path, name, t.provider(), []byte(script), time.Now())
	if err != nil {
		return userErr("Error: %v", err)
	}
	if createOnly {
		fmt.Fprintf(a.stdout, "\nstrata created the following migration without applying it %s\n\nYou can now edit it and apply it by running strata migrate dev.\n", folder)
		return nil
	}
	f, _, err = a.migrationsFolder(t)
	if err != nil {
		return err
	}
	res, err := migrate.Deploy(ctx, conn, t.conn.Schema, f, opts)
	if err != nil {
		return a.dbErr(err)
	}
	a.printApplied("The following migration(s) have been created and applied from new schema changes:", rel, res.Applied)
	fmt.Fprintln(a.stdout, "\nYour database is now in sync with your schema.")
	return a.runGenerators(ctx, t, skipGenerate)
}

// namespacesOf lists the schemas a migration works on: those of the
// wanted schema, and the URL's.
func namespacesOf(want *sqlschema.Schema, urlSchema string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(n string) {
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	if want != nil {
		for _, n := range want.Namespaces {
			add(n)
		}
	}
	add(urlSchema)
	if len(out) == 0 {
		add(sqlschema.DefaultNamespace)
	}
	return out
}

// seedAfterReset runs the project's seed command after a reset, as
// Prisma 6's migrate dev and reset do.
func (a *app) seedAfterReset(ctx context.Context, t *dbTarget) error {
	url, err := a.seedURL(ctx, t.project)
	if err != nil {
		return err
	}
	if err := a.runSeed(ctx, t.project, url); err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			return err
		}
		return userErr("Error: the seed command failed: %v", err)
	}
	return nil
}

// connClose closes a connection without the command's context, which an
// interrupt may have cancelled.
func connClose(ctx context.Context, conn *pgx.Conn) {
	if conn != nil {
		_ = conn.Close(context.WithoutCancel(ctx))
	}
}
