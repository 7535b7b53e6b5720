package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"

	"github.com/spf13/cobra"

	"github.com/stratadb/strata/config"
	"github.com/stratadb/strata/schema"
)

func (a *app) dbSeedCmd() *cobra.Command {
	var schemaFlag string
	cmd := &cobra.Command{
		Use:   "seed [-- ARGS...]",
		Short: "Run the project's seed command to fill the database with data",
		Long: `Seed runs the project's seed command with the shell (sh -c), in the folder
of the file that configures it, with DATABASE_URL set to the database in
use: the datasource's url (or DATABASE_URL), else the project's local
database (strata dev), started if needed. Its output is shown as it runs;
when it fails, strata db seed fails (exit status 1).

The command is, first found:

  strata.toml beside the schema or at the project root:
      [migrations]
      seed = "go run ./cmd/seed"
  prisma.config.ts (Prisma 7):  migrations: { seed: "tsx prisma/seed.ts" }
  package.json (Prisma 6):      "prisma": { "seed": "tsx prisma/seed.ts" }

Arguments after -- are passed on to the command. strata migrate reset and
migrate dev run the same command after resetting the database.`,
		Example: `  strata db seed
  strata db seed -- --environment development`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if n := cmd.ArgsLenAtDash(); n > 0 || (n < 0 && len(args) > 0) {
				return &usageError{err: fmt.Errorf("db seed: arguments for the seed command go after --, as in strata db seed -- %s", strings.Join(args, " "))}
			}
			return a.dbSeed(cmd.Context(), schemaFlag, args)
		},
	}
	cmd.Flags().StringVar(&schemaFlag, "schema", "", "schema file or folder (default: prisma/schema.prisma, schema.prisma or prisma/schema/)")
	return cmd
}

func (a *app) dbSeed(ctx context.Context, schemaFlag string, args []string) error {
	p, err := a.loadProject(schemaFlag)
	if err != nil {
		return err
	}
	seed, err := p.Seed()
	if err != nil {
		return userErr("Error: %v", err)
	}
	if seed == nil {
		fmt.Fprintf(a.stderr, `No seed command is configured, so there is nothing to run.
To seed the database, set one in %s beside the schema or at the project root:

  [migrations]
  seed = "go run ./cmd/seed"

(Prisma's package.json "prisma": {"seed": "..."} and prisma.config.ts
migrations: { seed: "..." } are read too.)
`, config.StrataConfigName)
		return nil
	}
	url, err := a.seedURL(ctx, p)
	if err != nil {
		return err
	}
	if len(p.EnvFiles) > 0 {
		fmt.Fprintf(a.stdout, "Environment variables loaded from %s\n", a.relPath(p.EnvFiles[0]))
	}
	return a.execSeed(ctx, p, seed, url, args)
}

// seedURL is the URL the application uses (not directUrl: the seed is
// application code), else the local database, started if needed. An
// invalid schema does not stop seeding: its datasource is read when it
// can be.
func (a *app) seedURL(ctx context.Context, p *config.Project) (string, error) {
	var s *schema.Schema
	if files, _, err := a.parseFiles(p); err == nil {
		s, _ = schema.Build(files)
	}
	url, _, err := a.resolveDatabase(ctx, p, s, false)
	return url, err
}

// runSeed runs the project's seed command, if one is configured, with
// DATABASE_URL set to url; it does nothing when none is. migrate reset and
// migrate dev call it after resetting the database.
func (a *app) runSeed(ctx context.Context, p *config.Project, url string) error {
	seed, err := p.Seed()
	if err != nil {
		return userErr("Error: %v", err)
	}
	if seed == nil {
		return nil
	}
	return a.execSeed(ctx, p, seed, url, nil)
}

// execSeed runs the seed command with the shell, streaming its output.
func (a *app) execSeed(ctx context.Context, p *config.Project, seed *config.Seed, url string, args []string) error {
	line := seed.Command
	for _, arg := range args {
		line += " " + shellQuote(arg)
	}
	fmt.Fprintf(a.stdout, "Running seed command `%s` ...\n", line)
	cmd := exec.CommandContext(ctx, "sh", "-c", line)
	cmd.Dir = seed.Dir
	cmd.Stdin = a.stdin
	cmd.Stdout = a.stdout
	cmd.Stderr = a.stderr
	cmd.Env = seedEnv(os.Environ(), p.DotEnv, url)
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return userErr("\nAn error occurred while running the seed command:\nError: Command failed with exit code %d: %s", ee.ExitCode(), line)
		}
		return userErr("\nAn error occurred while running the seed command:\nError: %v", err)
	}
	fmt.Fprintf(a.stdout, "\n🌱  The seed command has been executed.\n")
	return nil
}

// seedEnv is the seed command's environment: the process's, the .env
// variables the process does not set, and DATABASE_URL.
func seedEnv(environ []string, dotenv map[string]string, url string) []string {
	set := map[string]bool{}
	out := make([]string, 0, len(environ)+len(dotenv)+1)
	for _, kv := range environ {
		k, _, _ := strings.Cut(kv, "=")
		if k == config.EnvDatabaseURL {
			continue
		}
		set[k] = true
		out = append(out, kv)
	}
	for k, v := range dotenv {
		if !set[k] && k != config.EnvDatabaseURL {
			out = append(out, k+"="+v)
		}
	}
	return append(out, config.EnvDatabaseURL+"="+url)
}

// shellQuote quotes s for sh when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./=:,@%+", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
