// Command strata is the strata CLI: schema validation and formatting, the
// local development database, and (as they land) migrations, client
// generation and the studio. Every command is a thin layer over a package:
// flags, output and exit codes live here, the work lives below.
//
// Exit codes: 0 success, 1 user error (invalid schema, failed check, database
// problem), 2 usage error (unknown command or flag, bad arguments).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK    = 0
	exitUser  = 1
	exitUsage = 2
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// app carries what every command needs: the streams, the environment and the
// working directory. Tests build one with their own streams.
type app struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	dir    string // working directory
	color  bool   // stderr is a terminal and NO_COLOR is unset
}

// exitError carries an exit code through cobra. Its message, when not empty,
// has been printed already or is printed by main.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// userErr reports a user error (exit 1) with a message for stderr.
func userErr(format string, args ...any) error {
	return &exitError{code: exitUser, err: fmt.Errorf(format, args...)}
}

// silentExit ends the command with code and nothing more to print.
func silentExit(code int) error { return &exitError{code: code} }

// usageError marks errors from cobra's flag and argument parsing.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func main() {
	os.Exit(runMain())
}

func runMain() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintln(os.Stderr, "strata:", err)
		return exitUser
	}
	a := &app{
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		getenv: os.Getenv,
		dir:    wd,
		color:  isTerminal(os.Stderr) && os.Getenv("NO_COLOR") == "",
	}
	return a.run(ctx, os.Args[1:])
}

// run executes the command line and returns the process exit code.
func (a *app) run(ctx context.Context, args []string) int {
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(a.stderr, "%s\n", ee.err)
		}
		return ee.code
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(a.stderr, "strata: %s\nRun 'strata --help' for usage.\n", ue.err)
		return exitUsage
	}
	// Cobra reports unknown commands and bad arguments as plain errors.
	fmt.Fprintf(a.stderr, "strata: %s\nRun 'strata --help' for usage.\n", err)
	return exitUsage
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "strata",
		Short: "A Go-native database toolkit for PostgreSQL apps that speaks Prisma's schema",
		Long: `strata reads Prisma schema files unchanged and runs the PostgreSQL workflow
around them as one Go binary: validate and format the schema, run a local
development database without Docker, and (as they land) migrate, generate a
Go client, browse data, pool connections.

With no DATABASE_URL, commands that need a database use the local one that
'strata dev start' manages under .strata/ in the project.`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &usageError{err: fmt.Errorf("%s: %w", c.CommandPath(), err)}
	})
	root.AddCommand(
		a.versionCmd(),
		a.validateCmd(),
		a.formatCmd(),
		a.initCmd(),
		a.devCmd(),
		a.migrateCmd(), a.dbCmd(),
		a.generateCmd(),
	)
	return root
}

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the strata version",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintf(a.stdout, "strata %s\n", version)
			return nil
		},
	}
}

// noArgs rejects positional arguments as a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return &usageError{err: fmt.Errorf("%s takes no arguments, got %q", cmd.CommandPath(), args)}
	}
	return nil
}

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
