package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/spf13/cobra"
	"github.com/stratadb/strata/config"
)

// initSchema is the schema strata init writes. The datasource has no url,
// in the Prisma 7 style: strata reads DATABASE_URL itself, and its absence
// means the local database, which a url = env("DATABASE_URL") would turn
// into an error. Prisma 6 users are told what to add.
const initSchema = `// This is your Prisma schema file. strata reads it unchanged, as Prisma does.
// Learn more about it: https://pris.ly/d/prisma-schema

// The datasource has no url, as in Prisma 7: strata reads DATABASE_URL (and
// DIRECT_URL, the direct URL for migrations when you use a connection pooler)
// from the environment or from .env. With no DATABASE_URL, strata uses its
// local development database under .strata/ ('strata dev start').
//
// Also running Prisma 6 on this schema? Prisma 6 requires a url: add
//   url = env("DATABASE_URL")
// below; strata then requires DATABASE_URL to be set as well.
datasource db {
  provider = "postgresql"
}

// The Go client, written to the folder db/ next to prisma/.
generator client {
  provider = "strata-client-go"
  output   = "../db"
}
`

// initEnvComment explains DATABASE_URL in the .env that strata init writes.
// The local database's URL is not written: its port is chosen when the
// cluster first starts (and may change when that port is taken), so a URL
// written now could go stale; leaving DATABASE_URL unset is what selects the
// local database.
const initEnvComment = `# Environment variables for strata (and Prisma). Keep this file out of git.
#
# DATABASE_URL is the PostgreSQL database your app and strata connect to.
# Leave it unset to use strata's local development database: 'strata dev start'
# runs it under .strata/ and prints its URL. To use your own server instead,
# uncomment and edit:
# DATABASE_URL="postgresql://USER:PASSWORD@localhost:5432/mydb?schema=public"
#
# Behind a connection pooler (PgBouncer, Supabase, Neon), DATABASE_URL is the
# pooled URL and DIRECT_URL the direct one, which migrations use:
# DIRECT_URL="postgresql://USER:PASSWORD@HOST:5432/mydb"
`

// initGitignore are the entries strata init makes sure .gitignore has.
var initGitignore = []string{".strata/", ".env"}

func (a *app) initCmd() *cobra.Command {
	var provider, url string
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Set up a new project: prisma/schema.prisma, .env and .gitignore",
		Long: `Init sets up strata in the current folder:

  prisma/schema.prisma  a schema with a PostgreSQL datasource and the Go client
                        generator, ready for your models
  .env                  DATABASE_URL: the --url you give, or left unset with an
                        explanation, so that strata uses its local database
  .gitignore            .strata/ (the local database) and .env are ignored

It never overwrites: with a schema already in the project it stops, and an
existing .env or .gitignore is only added to.`,
		Example: `  strata init
  strata init --url "postgresql://app:secret@localhost:5432/app"`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runInit(provider, url)
		},
	}
	cmd.Flags().StringVar(&provider, "datasource-provider", "postgresql", "the datasource provider; strata supports postgresql (or postgres)")
	cmd.Flags().StringVar(&url, "url", "", "the PostgreSQL connection URL to write to .env as DATABASE_URL (default: none, use the local database)")
	return cmd
}

func (a *app) runInit(provider, url string) error {
	switch strings.ToLower(provider) {
	case "postgresql", "postgres":
	default:
		return &usageError{err: fmt.Errorf("strata init: --datasource-provider %q is not supported: strata targets PostgreSQL, so use --datasource-provider postgresql (the default)", provider)}
	}
	if url != "" {
		if err := config.ValidateURL(url); err != nil {
			return &usageError{err: fmt.Errorf("strata init: --url: %w", err)}
		}
	}

	// Never overwrite a schema.
	for _, rel := range []string{"prisma/schema.prisma", "schema.prisma", "prisma/schema"} {
		if _, err := os.Stat(filepath.Join(a.dir, filepath.FromSlash(rel))); err == nil {
			return userErr("%s already exists: this project already has a Prisma schema, and strata init does not overwrite it.\nRun 'strata validate' to check it, or move it away and run 'strata init' again to start over.", rel)
		}
	}
	if p, err := config.Load(a.dir, "", a.getenv); err == nil {
		shown := p.SchemaPath
		if rel, err := filepath.Rel(a.dir, shown); err == nil {
			shown = rel
		}
		return userErr("this project already has a Prisma schema at %s (from %s), and strata init does not overwrite it.\nRun 'strata validate' to check it.", shown, p.SchemaFrom)
	}

	// Decide what to do with .env before writing anything.
	envPath := filepath.Join(a.dir, ".env")
	envData, err := os.ReadFile(envPath)
	envExists := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return userErr("cannot read .env: %v", err)
	}
	envHasURL := envExists && definesEnvVar(envData, config.EnvDatabaseURL)
	if envHasURL && url != "" {
		vars, perr := config.ParseDotEnv(".env", envData, nil)
		if perr != nil || vars[config.EnvDatabaseURL] != url {
			return userErr(".env already sets DATABASE_URL, and strata init does not overwrite it.\nEdit DATABASE_URL in .env, or run 'strata init' without --url to keep it.")
		}
	}

	// The schema.
	schemaPath := filepath.Join(a.dir, "prisma", "schema.prisma")
	if err := os.MkdirAll(filepath.Dir(schemaPath), 0o755); err != nil {
		return userErr("cannot create the prisma folder: %v", err)
	}
	if err := writeNew(schemaPath, []byte(initSchema), 0o644); err != nil {
		return userErr("cannot write prisma/schema.prisma: %v", err)
	}
	fmt.Fprintln(a.stdout, "Created prisma/schema.prisma: a PostgreSQL datasource and the Go client generator, ready for your models.")

	// .env.
	block := initEnvComment
	if url != "" {
		block = "# Environment variables for strata (and Prisma). Keep this file out of git.\n" +
			"# DATABASE_URL is the PostgreSQL database your app and strata connect to.\n" +
			"# Remove it to use strata's local development database ('strata dev start').\n" +
			"DATABASE_URL=" + quoteEnvValue(url) + "\n"
	}
	switch {
	case !envExists:
		if err := writeNew(envPath, []byte(block), 0o600); err != nil {
			return userErr("cannot write .env: %v", err)
		}
		if url != "" {
			fmt.Fprintln(a.stdout, "Created .env with DATABASE_URL.")
		} else {
			fmt.Fprintln(a.stdout, "Created .env: DATABASE_URL is left unset, so strata uses its local database.")
		}
	case envHasURL:
		fmt.Fprintln(a.stdout, "Kept .env: it already sets DATABASE_URL.")
	default:
		if err := appendFile(envPath, envData, "\n# Added by strata init.\n"+block); err != nil {
			return userErr("cannot add to .env: %v", err)
		}
		if url != "" {
			fmt.Fprintln(a.stdout, "Added DATABASE_URL to .env.")
		} else {
			fmt.Fprintln(a.stdout, "Added to .env an explanation of DATABASE_URL: it is left unset, so strata uses its local database.")
		}
	}

	// .gitignore.
	added, created, err := ensureGitignore(filepath.Join(a.dir, ".gitignore"), initGitignore)
	if err != nil {
		return userErr("cannot update .gitignore: %v", err)
	}
	switch {
	case created:
		fmt.Fprintf(a.stdout, "Created .gitignore, ignoring %s.\n", strings.Join(added, " and "))
	case len(added) > 0:
		fmt.Fprintf(a.stdout, "Added %s to .gitignore.\n", strings.Join(added, " and "))
	}

	fmt.Fprintln(a.stdout, "\nNext steps:")
	fmt.Fprintln(a.stdout, "  1. Add your models to prisma/schema.prisma, and check them with 'strata validate'.")
	if url != "" || envHasURL {
		fmt.Fprintln(a.stdout, "  2. DATABASE_URL in .env points at your database. Remove it to use a local one ('strata dev start').")
	} else {
		fmt.Fprintln(a.stdout, "  2. Start the local database with 'strata dev start' (or set DATABASE_URL in .env to use your own server).")
	}
	fmt.Fprintln(a.stdout, "  3. Create the tables with 'strata migrate dev --name init'.")
	fmt.Fprintln(a.stdout, "  4. Generate the Go client into db/ with 'strata generate'.")
	return nil
}

// writeNew creates path with data, failing if it exists.
func writeNew(path string, data []byte, perm os.FileMode) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// appendFile appends text to the file whose current content is old, first
// ending its last line when it has no final newline.
func appendFile(path string, old []byte, text string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	if len(old) > 0 && old[len(old)-1] != '\n' {
		text = "\n" + text
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// definesEnvVar reports whether the .env content sets name (commented lines
// do not count).
func definesEnvVar(data []byte, name string) bool {
	re := regexp.MustCompile(`(?m)^[ \t]*(?:export[ \t]+)?` + regexp.QuoteMeta(name) + `[ \t]*=`)
	return re.Match(data)
}

// quoteEnvValue quotes a value for .env so that dotenv and dotenv-expand
// read it back unchanged: double quotes (as Prisma writes them) when nothing
// in it is special there, else single quotes (literal), else escaped double
// quotes.
func quoteEnvValue(v string) string {
	if !strings.ContainsAny(v, "\"$\\\n\r") {
		return `"` + v + `"`
	}
	if !strings.ContainsAny(v, "'\n\r") {
		return "'" + v + "'"
	}
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, `$`, `\$`, "\n", `\n`, "\r", `\r`)
	return `"` + r.Replace(v) + `"`
}

// ensureGitignore adds the entries .gitignore does not already ignore, and
// returns those it added and whether it created the file.
func ensureGitignore(path string, entries []string) (added []string, created bool, err error) {
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, false, err
	}
	created = err != nil
	for _, e := range entries {
		if !gitignoreHas(data, e) {
			added = append(added, e)
		}
	}
	if len(added) == 0 {
		return nil, false, nil
	}
	text := "# strata: the local database, and secrets\n" + strings.Join(added, "\n") + "\n"
	if created {
		return added, true, os.WriteFile(path, []byte(text), 0o644)
	}
	if len(data) > 0 {
		text = "\n" + text
	}
	return added, false, appendFile(path, data, text)
}

// gitignoreHas reports whether a line of the .gitignore content ignores
// entry (a name in the project folder, with a trailing / for a folder):
// ".env", "/.env", ".env*" and "*.env" all ignore ".env"; ".strata",
// "/.strata/" and ".strata/*" ignore ".strata/".
func gitignoreHas(data []byte, entry string) bool {
	name := strings.TrimSuffix(entry, "/")
	for _, line := range strings.Split(string(data), "\n") {
		pat := strings.TrimSpace(line)
		if pat == "" || pat[0] == '#' || pat[0] == '!' {
			continue
		}
		pat = strings.TrimPrefix(pat, "/")
		pat = strings.TrimSuffix(pat, "/*")
		pat = strings.TrimSuffix(pat, "/**")
		if strings.HasSuffix(pat, "/") {
			if !strings.HasSuffix(entry, "/") {
				continue // a folder pattern does not ignore a file
			}
			pat = strings.TrimSuffix(pat, "/")
		}
		if ok, err := filepath.Match(pat, name); err == nil && ok {
			return true
		}
	}
	return false
}
