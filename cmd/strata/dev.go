package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/stratadb/strata/config"
	"github.com/stratadb/strata/local"
)

func (a *app) devCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dev",
		Short: "Run the local development database (start, stop, status, url, psql, logs)",
		Long: `The dev commands run a PostgreSQL server for this project on this machine,
without Docker: its data lives in .strata/pg/ in the project folder (the folder
above prisma/, or the current folder when there is no schema yet).

The server listens on 127.0.0.1 only, with the user "postgres" and no
password, on a port chosen once for the project and kept across restarts. The
application database is "strata":

  postgresql://postgres@127.0.0.1:PORT/strata

Commands that need a database and have no DATABASE_URL start this server
themselves; 'strata dev start' is only needed to start it ahead of time.

PostgreSQL itself must be installed (strata finds initdb, pg_ctl and postgres
in $STRATA_PG_BIN, on PATH, or in the usual install folders). When strata runs
as root, the server runs as the system user "postgres" (or "strata").`,
		Example: `  strata dev start
  export DATABASE_URL=$(strata dev url)
  strata dev psql -c 'select now()'
  strata dev logs -f
  strata dev stop`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return &usageError{err: fmt.Errorf("unknown command %q for %s (try start, stop, status, url, psql or logs)", args[0], cmd.CommandPath())}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(a.devStartCmd(), a.devStopCmd(), a.devStatusCmd(), a.devURLCmd(), a.devPsqlCmd(), a.devLogsCmd())
	return cmd
}

func (a *app) devStartCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "start",
		Short: "Start the local database (creating it on first use) and print its URL",
		Long: `Start starts the project's local PostgreSQL server, creating it in .strata/pg/
on first use, and prints the URL of its database. When it is already running,
start says so, prints the URL and succeeds.`,
		Example: `  strata dev start`,
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			root, err := a.devRoot()
			if err != nil {
				return err
			}
			s, err := local.StartWith(cmd.Context(), root, local.Options{Getenv: a.getenv})
			if err != nil {
				return userErr("%v", err)
			}
			switch {
			case s.AlreadyRunning:
				fmt.Fprintf(a.stdout, "The local database is already running at %s\n", s.URL)
			case s.Initialized:
				fmt.Fprintf(a.stdout, "Created and started the local database (PostgreSQL %s) in %s at %s\n", s.Version, a.relPath(local.Dir(root)), s.URL)
			default:
				fmt.Fprintf(a.stdout, "Started the local database (PostgreSQL %s) at %s\n", s.Version, s.URL)
			}
			return nil
		},
	}
}

func (a *app) devStopCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "stop",
		Short: "Stop the local database",
		Long: `Stop shuts the project's local PostgreSQL server down (open sessions are
ended; the data is kept). Stopping a server that is not running succeeds.`,
		Example: `  strata dev stop`,
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			root, err := a.devRoot()
			if err != nil {
				return err
			}
			err = local.Stop(cmd.Context(), root)
			switch {
			case errors.Is(err, local.ErrNotRunning):
				fmt.Fprintln(a.stdout, "The local database is not running.")
			case err != nil:
				return userErr("%v", err)
			default:
				fmt.Fprintln(a.stdout, "Stopped the local database.")
			}
			return nil
		},
	}
}

func (a *app) devStatusCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "status",
		Short: "Show whether the local database runs, and where",
		Long: `Status shows whether the project's local PostgreSQL server is running, with
its URL, process, port, version, data folder and log.

Exit status: 0 when the server is running, 1 when it is not (so that
'strata dev status >/dev/null || strata dev start' works).`,
		Example: `  strata dev status`,
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			root, err := a.devRoot()
			if err != nil {
				return err
			}
			info, err := local.Status(cmd.Context(), root)
			if err != nil {
				return userErr("%v", err)
			}
			w := a.stdout
			switch {
			case info.Running:
				fmt.Fprintln(w, "The local database is running.")
				fmt.Fprintf(w, "  URL:      %s\n", info.URL)
				fmt.Fprintf(w, "  PID:      %d\n", info.PID)
				fmt.Fprintf(w, "  Port:     %d\n", info.Port)
			case info.Problem != "":
				fmt.Fprintf(w, "The local database is not ready: %s.\n", info.Problem)
			case info.Initialized:
				fmt.Fprintln(w, "The local database is stopped. Start it with 'strata dev start'.")
			default:
				fmt.Fprintln(w, "The local database has not been created yet. Create and start it with 'strata dev start'.")
			}
			if info.Version != "" {
				fmt.Fprintf(w, "  Version:  PostgreSQL %s\n", info.Version)
			}
			if info.Initialized {
				fmt.Fprintf(w, "  Data:     %s\n", a.relPath(info.DataDir))
				fmt.Fprintf(w, "  Log:      %s\n", a.relPath(info.LogPath))
			}
			if !info.Running {
				return silentExit(exitUser)
			}
			return nil
		},
	}
}

func (a *app) devURLCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "url",
		Short: "Print the URL of the local database (starting it if needed)",
		Long: `URL prints the URL of the project's local database and nothing else on
standard output, for use in $(strata dev url). When the server is not running
it is started first, with a note on standard error.`,
		Example: `  export DATABASE_URL=$(strata dev url)
  psql "$(strata dev url)"`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			root, err := a.devRoot()
			if err != nil {
				return err
			}
			url, err := a.ensureLocal(cmd.Context(), root)
			if err != nil {
				return err
			}
			fmt.Fprintln(a.stdout, url)
			return nil
		},
	}
}

func (a *app) devPsqlCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "psql [psql arguments...]",
		Short: "Open psql on the local database (starting it if needed)",
		Long: `Psql runs psql, PostgreSQL's interactive terminal, connected to the project's
local database, starting the server first if needed. Every argument is passed
on to psql. psql's exit status is strata's.`,
		Example: `  strata dev psql
  strata dev psql -c 'select count(*) from "User"'
  strata dev psql -f seed.sql`,
		DisableFlagParsing: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 && (args[0] == "--help" || args[0] == "-help") {
				return cmd.Help()
			}
			if len(args) > 0 && args[0] == "--" {
				args = args[1:]
			}
			root, err := a.devRoot()
			if err != nil {
				return err
			}
			url, err := a.ensureLocal(cmd.Context(), root)
			if err != nil {
				return err
			}
			psql := ""
			if srv, err := local.FindServer(cmd.Context(), a.getenv, 0); err == nil {
				psql = srv.Psql()
			} else if p, err := exec.LookPath("psql"); err == nil {
				psql = p
			}
			if psql == "" {
				return userErr("psql not found: install the PostgreSQL client (Debian/Ubuntu: apt-get install -y postgresql-client; macOS: brew install libpq), or connect with another client to %s", url)
			}
			// No context: Ctrl-C belongs to psql (it cancels the query).
			c := exec.Command(psql, append([]string{"-d", url}, args...)...)
			c.Stdin, c.Stdout, c.Stderr = a.stdin, a.stdout, a.stderr
			if err := c.Run(); err != nil {
				var ee *exec.ExitError
				if errors.As(err, &ee) && ee.ExitCode() > 0 {
					return silentExit(ee.ExitCode())
				}
				return userErr("running psql: %v", err)
			}
			return nil
		},
	}
}

func (a *app) devLogsCmd() *cobra.Command {
	var follow bool
	var lines int
	cmd := &cobra.Command{
		Use:   "logs",
		Short: "Print the log of the local database",
		Long: `Logs prints the server log of the project's local database
(.strata/pg/postgres.log). With -f it keeps printing what is added until
interrupted.`,
		Example: `  strata dev logs
  strata dev logs -n 20
  strata dev logs -f`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			root, err := a.devRoot()
			if err != nil {
				return err
			}
			return a.printLog(cmd.Context(), local.LogPath(root), lines, follow)
		},
	}
	cmd.Flags().BoolVarP(&follow, "follow", "f", false, "keep printing the lines added to the log")
	cmd.Flags().IntVarP(&lines, "lines", "n", 0, "print only the last `N` lines (0: all)")
	return cmd
}

// printLog prints the log at path (its last n lines when n > 0) and, when
// follow is set, what is added to it until ctx ends.
func (a *app) printLog(ctx context.Context, path string, n int, follow bool) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) && !follow {
		return userErr("no log yet at %s: the local database has not been started ('strata dev start')", a.relPath(path))
	}
	var off int64
	if err == nil {
		data, rerr := io.ReadAll(f)
		f.Close()
		if rerr != nil {
			return userErr("cannot read %s: %v", a.relPath(path), rerr)
		}
		off = int64(len(data))
		if n > 0 {
			data = []byte(lastNLines(string(data), n))
		}
		if _, err := a.stdout.Write(data); err != nil {
			return err
		}
	}
	if !follow {
		return nil
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(200 * time.Millisecond):
		}
		fi, err := os.Stat(path)
		if err != nil {
			continue
		}
		if fi.Size() < off {
			off = 0 // rotated or recreated
		}
		if fi.Size() == off {
			continue
		}
		f, err := os.Open(path)
		if err != nil {
			continue
		}
		if _, err := f.Seek(off, io.SeekStart); err == nil {
			m, _ := io.Copy(a.stdout, f)
			off += m
		}
		f.Close()
	}
}

func lastNLines(s string, n int) string {
	trimmed := strings.TrimSuffix(s, "\n")
	if trimmed == "" {
		return s
	}
	i := len(trimmed)
	for k := 0; k < n; k++ {
		j := strings.LastIndexByte(trimmed[:i], '\n')
		if j < 0 {
			return s
		}
		i = j
	}
	return s[i+1:]
}

// devRoot is the project folder whose local database the dev commands
// manage: the project root when a schema is found, else the working folder.
func (a *app) devRoot() (string, error) {
	p, err := config.Load(a.dir, "", a.getenv)
	if err == nil {
		return p.Root, nil
	}
	if errors.Is(err, config.ErrNoSchema) {
		return filepath.Abs(a.dir)
	}
	return "", userErr("%v", err)
}

// ensureLocal starts the project's local database when it is not running,
// saying so on stderr, and returns its URL.
func (a *app) ensureLocal(ctx context.Context, root string) (string, error) {
	s, err := local.StartWith(ctx, root, local.Options{Getenv: a.getenv})
	if err != nil {
		return "", &exitError{code: exitUser, err: err}
	}
	if !s.AlreadyRunning {
		fmt.Fprintf(a.stderr, "Started the local database (PostgreSQL %s) at %s\n", s.Version, s.URL)
	}
	return s.URL, nil
}

// databaseURL is the database a command works on: $DATABASE_URL when set,
// else the project's local database, started if needed (with a one-line note
// on stderr). Its errors are user errors (exit 1) wrapping the cause.
func (a *app) databaseURL(ctx context.Context, root string) (string, error) {
	if u := a.getenv("DATABASE_URL"); u != "" {
		return u, nil
	}
	return a.ensureLocal(ctx, root)
}
