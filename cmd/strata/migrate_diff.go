package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/sqlschema"
)

func init() {
	migrateSubcommands = append(migrateSubcommands, (*app).migrateDiffCmd)
}

// diffSide is one side of migrate diff, as given by its flags.
type diffSide struct {
	empty      bool
	schema     string // --from-schema / --to-schema
	migrations string // --from-migrations / --to-migrations
	url        string // --from-url / --to-url
	datasource bool   // --from-config-datasource / --to-config-datasource
}

func (s *diffSide) count() int {
	n := 0
	for _, set := range []bool{s.empty, s.schema != "", s.migrations != "", s.url != "", s.datasource} {
		if set {
			n++
		}
	}
	return n
}

func (a *app) migrateDiffCmd() *cobra.Command {
	var from, to diffSide
	var script, exitCode bool
	var shadowURL, output, schemaFlag string
	cmd := &cobra.Command{
		Use:   "diff",
		Short: "Compare the database schemas of two sources (read-only)",
		Long: `Diff compares two schemas and prints what turns the first (--from-...) into
the second (--to-...): a summary by default, or the SQL with --script, as
Prisma's migrate diff. It writes to no database.

Sources (exactly one --from-... and one --to-...):
  --from-empty / --to-empty                     an empty database
  --from-schema P / --to-schema P               a Prisma schema file or folder
  --from-migrations D / --to-migrations D       a migrations folder, replayed into a
                                                shadow database (--shadow-database-url,
                                                else a temporary one on the project's
                                                database server)
  --from-url U / --to-url U                     a live database
  --from-config-datasource / --to-config-datasource
                                                the project's database (--schema)

With --exit-code the status says whether they differ: 0 no difference,
2 differences, 1 error.`,
		Example: `  strata migrate diff --from-empty --to-schema prisma/schema.prisma --script
  strata migrate diff --from-url "$DATABASE_URL" --to-schema prisma/schema.prisma --exit-code
  strata migrate diff --from-migrations prisma/migrations --to-config-datasource --script`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var problems []string
			if n := from.count(); n != 1 {
				problems = append(problems, fmt.Sprintf("%d `--from-...` parameter(s) provided. 1 must be provided.", n))
			}
			if n := to.count(); n != 1 {
				problems = append(problems, fmt.Sprintf("%d `--to-...` parameter(s) provided. 1 must be provided.", n))
			}
			if len(problems) > 0 {
				return userErr("%s\nRun 'strata migrate diff --help' for the sources.", strings.Join(problems, "\n"))
			}
			out, changed, err := a.migrateDiff(cmd.Context(), from, to, script, shadowURL, schemaFlag)
			if err != nil {
				return err
			}
			if output != "" {
				path := output
				if !filepath.IsAbs(path) {
					path = filepath.Join(a.dir, path)
				}
				if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
					return userErr("Error: %v", err)
				}
			} else {
				// Prisma's CLI prints what the engine gives plus a newline
				// (and writes only the engine's text with --output).
				fmt.Fprintln(a.stdout, out)
			}
			if exitCode && changed {
				return silentExit(2)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&from.empty, "from-empty", false, "from an empty database")
	fl.BoolVar(&to.empty, "to-empty", false, "to an empty database")
	fl.StringVar(&from.schema, "from-schema", "", "from a Prisma schema file or folder")
	fl.StringVar(&to.schema, "to-schema", "", "to a Prisma schema file or folder")
	fl.StringVar(&from.migrations, "from-migrations", "", "from a migrations folder (replayed into a shadow database)")
	fl.StringVar(&to.migrations, "to-migrations", "", "to a migrations folder (replayed into a shadow database)")
	fl.StringVar(&from.url, "from-url", "", "from a live database")
	fl.StringVar(&to.url, "to-url", "", "to a live database")
	fl.BoolVar(&from.datasource, "from-config-datasource", false, "from the project's database")
	fl.BoolVar(&to.datasource, "to-config-datasource", false, "to the project's database")
	fl.BoolVar(&script, "script", false, "print the SQL script instead of a summary")
	fl.BoolVar(&exitCode, "exit-code", false, "exit 2 when the sources differ, 0 when not, 1 on error")
	fl.StringVar(&shadowURL, "shadow-database-url", "", "shadow database for --from/--to-migrations (emptied first)")
	fl.StringVarP(&output, "output", "o", "", "write to a file instead of standard output")
	fl.StringVar(&schemaFlag, "schema", "", "the project's schema, for --*-config-datasource and the shadow database")
	return cmd
}

// migrateDiff resolves both sides and returns the output text and whether
// they differ.
func (a *app) migrateDiff(ctx context.Context, from, to diffSide, script bool, shadowURL, schemaFlag string) (string, bool, error) {
	r := &diffResolver{a: a, shadowURL: shadowURL, schemaFlag: schemaFlag}
	// Schema files first: their namespaces are what the databases are
	// read in, and a URL's schema= names the default one.
	for _, s := range []diffSide{from, to} {
		if s.url != "" && r.defaultNS == "" {
			cc, err := postgres.ParseURL(s.url)
			if err != nil {
				return "", false, userErr("Error: %v", err)
			}
			if cc.SchemaGiven {
				r.defaultNS = cc.Schema
			}
		}
	}
	if r.defaultNS == "" {
		r.defaultNS = sqlschema.DefaultNamespace
	}
	var schemas [2]*sqlschema.Schema
	for i, s := range []diffSide{from, to} {
		if s.schema == "" {
			continue
		}
		got, err := r.fromSchema(s.schema)
		if err != nil {
			return "", false, err
		}
		schemas[i] = got
		for _, n := range got.Namespaces {
			r.addNamespace(n)
		}
	}
	for i, s := range []diffSide{from, to} {
		if schemas[i] != nil {
			continue
		}
		got, err := r.resolve(ctx, s)
		if err != nil {
			return "", false, err
		}
		schemas[i] = got
	}
	changes, _ := migrate.Diff(schemas[0], schemas[1])
	if !script {
		if len(changes) == 0 {
			return migrate.Summary(changes) + "\n", false, nil
		}
		return migrate.Summary(changes), true, nil
	}
	if len(changes) == 0 {
		return migrate.EmptyMigration + "\n", false, nil
	}
	text, err := postgres.Renderer{DefaultNamespace: r.defaultNS}.Render(changes, nil)
	if err != nil {
		return "", false, userErr("Error: %v", err)
	}
	return text, true, nil
}

type diffResolver struct {
	a          *app
	shadowURL  string
	schemaFlag string
	defaultNS  string
	namespaces []string
	target     *dbTarget
}

func (r *diffResolver) addNamespace(n string) {
	if n != "" && !contains(r.namespaces, n) {
		r.namespaces = append(r.namespaces, n)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// fromSchema loads a schema file or folder and builds the database schema
// it wants.
func (r *diffResolver) fromSchema(path string) (*sqlschema.Schema, error) {
	_, s, err := r.a.loadSchema(path)
	if err != nil {
		return nil, err
	}
	out, err := sqlschema.From(s, sqlschema.FromOptions{DefaultNamespace: r.defaultNS})
	if err != nil {
		return nil, userErr("Error: %s: %v", path, err)
	}
	return out, nil
}

// nsFor is the namespaces to read from a database whose URL selects
// urlSchema.
func (r *diffResolver) nsFor(urlSchema string) []string {
	out := append([]string(nil), r.namespaces...)
	if urlSchema != "" && !contains(out, urlSchema) {
		out = append(out, urlSchema)
	}
	if len(out) == 0 {
		out = []string{sqlschema.DefaultNamespace}
	}
	return out
}

func (r *diffResolver) projectTarget(ctx context.Context) (*dbTarget, error) {
	if r.target == nil {
		t, err := r.a.migrationTarget(ctx, r.schemaFlag)
		if err != nil {
			return nil, err
		}
		r.target = t
	}
	return r.target, nil
}

func (r *diffResolver) resolve(ctx context.Context, s diffSide) (*sqlschema.Schema, error) {
	switch {
	case s.empty:
		return &sqlschema.Schema{}, nil
	case s.url != "":
		cc, err := postgres.ParseURL(s.url)
		if err != nil {
			return nil, userErr("Error: %v", err)
		}
		return r.inspect(ctx, cc)
	case s.datasource:
		t, err := r.projectTarget(ctx)
		if err != nil {
			return nil, err
		}
		return r.inspect(ctx, t.conn)
	case s.migrations != "":
		return r.replay(ctx, s.migrations)
	}
	return &sqlschema.Schema{}, nil
}

func (r *diffResolver) inspect(ctx context.Context, cc *postgres.ConnConfig) (*sqlschema.Schema, error) {
	conn, err := cc.Connect(ctx)
	if err != nil {
		return nil, r.a.dbErr(err)
	}
	defer connClose(ctx, conn)
	out, err := postgres.Inspect(ctx, conn, r.nsFor(cc.Schema))
	if err != nil {
		return nil, r.a.dbErr(err)
	}
	return out, nil
}

// replay applies a migrations folder to a shadow database and reads the
// schema it produces.
func (r *diffResolver) replay(ctx context.Context, dir string) (*sqlschema.Schema, error) {
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(r.a.dir, dir)
	}
	f, err := migrate.ReadFolder(dir)
	if err != nil {
		return nil, userErr("Error: %v", err)
	}
	var main, explicit *postgres.ConnConfig
	if r.shadowURL != "" {
		if explicit, err = postgres.ParseURL(r.shadowURL); err != nil {
			return nil, userErr("--shadow-database-url: %v", err)
		}
		// OpenShadow refuses a shadow that is the main database: with
		// only a shadow URL there is no main database to protect.
		m := *explicit
		m.Config = explicit.Config.Copy()
		m.Config.Database = ""
		main = &m
	} else {
		t, err := r.projectTarget(ctx)
		if err != nil {
			return nil, userErr("--from-migrations and --to-migrations need a shadow database: pass --shadow-database-url, or run in a project whose database server strata can create a temporary database on.\n%v", err)
		}
		main = t.conn
		if explicit, err = r.a.shadowConfig(t); err != nil {
			return nil, err
		}
	}
	urlSchema := main.Schema
	if explicit != nil {
		urlSchema = explicit.Schema
	}
	ns := r.nsFor(urlSchema)
	shadow, err := migrate.OpenShadow(ctx, main, explicit, ns)
	if err != nil {
		return nil, r.a.dbErr(err)
	}
	defer shadow.Close(ctx)
	out, err := shadow.Replay(ctx, f.Migrations, ns)
	if err != nil {
		return nil, r.a.dbErr(err)
	}
	return out, nil
}
