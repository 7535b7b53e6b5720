package migrate

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/sqlschema"
)

// DevOptions tell DevDiagnose where things are.
type DevOptions struct {
	// Main is the development database (conn's configuration): its
	// server hosts the temporary shadow database.
	Main *postgres.ConnConfig
	// Shadow is an explicit shadow database (shadowDatabaseUrl or
	// SHADOW_DATABASE_URL); nil creates a temporary one.
	Shadow *postgres.ConnConfig
	// Namespaces are the schemas the project uses (the wanted schema's
	// namespaces and the URL's schema).
	Namespaces []string
}

// DevDiagnosis is what `migrate dev` learns before it changes anything:
// whether the development database must be reset, which migrations are
// pending, and the schema the whole history produces.
type DevDiagnosis struct {
	// ResetReasons explain, in Prisma's words, why the database must be
	// reset: failed, edited or missing migrations, or drift. Empty when
	// it need not be.
	ResetReasons []string
	// Drift are the changes from the schema the applied migrations make to
	// the database's actual schema (when they differ).
	Drift []sqlschema.Change
	// Status is the comparison of the folder with _prisma_migrations.
	Status *Diagnosis
	// History is the schema the folder's migrations produce, all of them,
	// replayed into the shadow database.
	History *sqlschema.Schema
}

// NeedsReset reports whether the development database must be reset.
func (d *DevDiagnosis) NeedsReset() bool { return len(d.ResetReasons) > 0 }

// DriftHeader introduces a drift summary, as Prisma words it.
const DriftHeader = "Drift detected: Your database schema is not in sync with your migration history.\n\n" +
	"The following is a summary of the differences between the expected database schema given your migrations files, and the actual schema of the database.\n\n" +
	"It should be understood as the set of changes to get from the expected schema to the actual schema.\n"

// DevDiagnose compares the migrations folder with the development
// database as Prisma's devDiagnostic does: the migration history table
// (failed, edited, missing migrations), then the schema the applied
// migrations produce in the shadow database against the database's actual
// schema (drift). It replays the pending migrations too, so that History
// is the schema of the whole folder. It changes nothing in the
// development database; the shadow database is dropped before it returns.
func DevDiagnose(ctx context.Context, conn *pgx.Conn, f *Folder, opts DevOptions) (*DevDiagnosis, error) {
	for _, m := range f.Migrations {
		if m.ReadErr != nil {
			return nil, &Error{Code: "P3015", Err: m.ReadErr, Message: fmt.Sprintf(
				"Could not find the migration file at %s. Please delete the directory or restore the migration file.", m.Path)}
		}
	}
	schema := opts.Main.Schema
	status, err := Status(ctx, conn, schema, f)
	if err != nil {
		return nil, err
	}
	d := &DevDiagnosis{Status: status}
	for _, r := range status.Failed {
		d.ResetReasons = append(d.ResetReasons, fmt.Sprintf("The migration `%s` failed.", r.Name))
	}
	for _, name := range status.Edited {
		d.ResetReasons = append(d.ResetReasons, fmt.Sprintf("The migration `%s` was modified after it was applied.", name))
	}
	if len(status.MissingLocally) > 0 {
		d.ResetReasons = append(d.ResetReasons, "The following migration(s) are applied to the database but missing from the local migrations directory: "+strings.Join(status.MissingLocally, ", "))
	}
	namespaces := withNamespace(opts.Namespaces, schema)

	shadow, err := OpenShadow(ctx, opts.Main, opts.Shadow, namespaces)
	if err != nil {
		return nil, err
	}
	defer shadow.Close(ctx)

	pending := map[string]bool{}
	for _, name := range status.Pending {
		pending[name] = true
	}
	var applied, rest []*Migration
	for _, m := range f.Migrations {
		if pending[m.Name] {
			rest = append(rest, m)
		} else {
			applied = append(applied, m)
		}
	}
	expected, err := shadow.Replay(ctx, applied, namespaces)
	if err != nil {
		return nil, err
	}
	if !d.NeedsReset() {
		actual, err := postgres.Inspect(ctx, conn, namespaces)
		if err != nil {
			return nil, err
		}
		if drift, _ := Diff(expected, actual); len(drift) > 0 {
			d.Drift = drift
			d.ResetReasons = append(d.ResetReasons, DriftHeader+Summary(drift))
		}
	}
	if len(rest) == 0 {
		d.History = expected
		return d, nil
	}
	if d.History, err = shadow.Replay(ctx, rest, namespaces); err != nil {
		return nil, err
	}
	return d, nil
}

// withNamespace returns namespaces with ns added when missing.
func withNamespace(namespaces []string, ns string) []string {
	out := append([]string(nil), namespaces...)
	if ns != "" && !contains(out, ns) {
		out = append(out, ns)
	}
	if len(out) == 0 {
		out = []string{sqlschema.DefaultNamespace}
	}
	return out
}

// MigrationName turns a name given by a person into the name part of a
// migration folder, as Prisma does: camelCase split into words, lower
// case, runs of anything but letters and digits replaced by one
// underscore, at most 200 characters ("Add user email" → add_user_email).
func MigrationName(name string) string {
	var b strings.Builder
	runes := []rune(name)
	sep := false
	for i, r := range runes {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if unicode.IsUpper(r) && i > 0 && (unicode.IsLower(runes[i-1]) || unicode.IsDigit(runes[i-1])) {
				sep = true
			}
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			sep = false
			b.WriteRune(unicode.ToLower(r))
		default:
			sep = true
		}
	}
	out := b.String()
	if len(out) > 200 {
		out = strings.TrimRight(out[:200], "_")
	}
	return out
}

// FolderNameFor is the folder name of a new migration created at now:
// the UTC timestamp YYYYMMDDHHMMSS, then "_" and the name when there is
// one (Prisma writes the timestamp alone for an empty name).
func FolderNameFor(now time.Time, name string) string {
	ts := now.UTC().Format("20060102150405")
	if name == "" {
		return ts
	}
	return ts + "_" + name
}

// EmptyMigration is the script of a migration with no change, as Prisma
// writes it (migrate dev --create-only with nothing to do).
const EmptyMigration = "-- This is an empty migration."

// CreateMigration writes a new migration into the folder dir: the folder
// <timestamp>_<name>/migration.sql (a second later when a migration with
// that timestamp exists, so that folders stay in creation order) and
// migration_lock.toml for provider. It returns the new folder's name.
func CreateMigration(dir, name, provider string, script []byte, now time.Time) (string, error) {
	f, err := ReadFolder(dir)
	if err != nil {
		return "", err
	}
	folder := FolderNameFor(now, name)
	if n := len(f.Migrations); n > 0 {
		last := f.Migrations[n-1].Name
		for i := 0; i < 100 && (folder <= last || strings.HasPrefix(last, folder[:14])); i++ {
			now = now.Add(time.Second)
			folder = FolderNameFor(now, name)
		}
	}
	if _, err := WriteMigration(dir, folder, script); err != nil {
		return "", err
	}
	if provider == "" {
		provider = "postgresql"
	}
	if err := WriteLockFile(dir, provider); err != nil {
		return "", err
	}
	return folder, nil
}
