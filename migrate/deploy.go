package migrate

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// DeployOptions tune Deploy and the resolve functions.
type DeployOptions struct {
	// Provider is the schema's datasource provider, checked against
	// migration_lock.toml; "" skips the check.
	Provider string
	// LockTimeout bounds the wait for the migration lock (0: 10 s).
	LockTimeout time.Duration
	// OnApply, when set, is called before each migration is applied.
	OnApply func(name string)
}

// DeployResult says what Deploy did.
type DeployResult struct {
	// Applied are the migrations applied by this run, in order.
	Applied []string
	// CreatedTable reports whether this run created _prisma_migrations.
	CreatedTable bool
}

// Deploy applies the folder's pending migrations to the database, with
// Prisma's rules, holding the migration advisory lock:
//
//   - the schema (namespace) is created when missing;
//   - _prisma_migrations is created when missing, but only in a schema with
//     no other table (else P3005: baseline with resolve --applied);
//   - a failed migration in the table stops everything (P3009) until
//     `migrate resolve`;
//   - a migration is pending when it has no row, or only rolled-back rows;
//   - each pending migration gets a row (started_at), then its script runs
//     as one simple-protocol query, which PostgreSQL runs as one implicit
//     transaction: a failing statement undoes the whole script (a script
//     may hold its own BEGIN/COMMIT, and statements that cannot run in a
//     transaction block, such as CREATE INDEX CONCURRENTLY, must be alone
//     in their migration); on success applied_steps_count is incremented
//     and finished_at set; on failure the error is stored in logs and
//     Deploy stops with P3018.
//
// A process killed while a script runs leaves a row with neither
// finished_at nor rolled_back_at (the script itself is rolled back by the
// server): a failed migration, which Status reports and resolve clears.
func Deploy(ctx context.Context, conn *pgx.Conn, schema string, f *Folder, opts DeployOptions) (*DeployResult, error) {
	if opts.Provider != "" {
		if err := f.CheckProvider(opts.Provider); err != nil {
			return nil, err
		}
	}
	for _, m := range f.Migrations {
		if m.ReadErr != nil {
			return nil, &Error{Code: "P3015", Err: m.ReadErr, Message: fmt.Sprintf(
				"Could not find the migration file at %s. Please delete the directory or restore the migration file.", m.Path)}
		}
	}
	// If this process dies while a script runs, the server would otherwise
	// notice only when the script ends, keeping the migration lock (and the
	// script's locks) until then: have it check the client every second
	// (PostgreSQL 14 and later; older servers refuse the setting, which is
	// harmless).
	_, _ = conn.Exec(ctx, "SET client_connection_check_interval = 1000")
	release, err := AcquireLock(ctx, conn, opts.LockTimeout)
	if err != nil {
		return nil, err
	}
	defer release(context.WithoutCancel(ctx))
	if err := ensureSchema(ctx, conn, schema); err != nil {
		return nil, err
	}

	res := &DeployResult{}
	exists, err := tableExists(ctx, conn, schema)
	if err != nil {
		return nil, err
	}
	if !exists {
		others, err := otherTables(ctx, conn, schema)
		if err != nil {
			return nil, err
		}
		if len(others) > 0 {
			return nil, &Error{Code: "P3005", Message: fmt.Sprintf(
				"The database schema is not empty (schema %q has %s, and no %s table). To start using migrations on an existing database, baseline it: mark the migrations that match what is already there as applied with `strata migrate resolve --applied <name>`, then deploy.",
				schema, countTables(others), TableName)}
		}
		if err := createTable(ctx, conn, schema); err != nil {
			return nil, err
		}
		res.CreatedTable = true
	}
	h, err := ReadHistory(ctx, conn, schema)
	if err != nil {
		return nil, err
	}
	if failed := h.Failed(); len(failed) > 0 {
		return nil, failedError(failed)
	}
	for _, m := range f.Migrations {
		if h.notRolledBack(m.Name) {
			continue
		}
		if opts.OnApply != nil {
			opts.OnApply(m.Name)
		}
		if err := applyOne(ctx, conn, schema, m); err != nil {
			return res, err
		}
		res.Applied = append(res.Applied, m.Name)
	}
	return res, nil
}

func countTables(names []string) string {
	const show = 5
	list := names
	more := ""
	if len(list) > show {
		more = fmt.Sprintf(" and %d more", len(list)-show)
		list = list[:show]
	}
	word := "tables"
	if len(names) == 1 {
		word = "table"
	}
	return fmt.Sprintf("%d %s: %s%s", len(names), word, strings.Join(list, ", "), more)
}

// failedError is Prisma's P3009 with one line per failed migration.
func failedError(failed []*Record) error {
	var b strings.Builder
	b.WriteString("migrate found failed migrations in the target database, new migrations will not be applied. Resolve them first (see `strata migrate status`):\n")
	for _, r := range failed {
		fmt.Fprintf(&b, "The `%s` migration started at %s failed", r.Name, r.StartedAt.UTC().Format("2006-01-02 15:04:05.999999 UTC"))
		if r.Logs != nil && strings.TrimSpace(*r.Logs) != "" {
			fmt.Fprintf(&b, " with the following logs:\n%s", strings.TrimSpace(*r.Logs))
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "\nIf you rolled back its changes by hand (or it changed nothing): strata migrate resolve --rolled-back %q\nIf you completed it by hand: strata migrate resolve --applied %q", failed[0].Name, failed[0].Name)
	return &Error{Code: "P3009", Message: b.String()}
}

// applyOne records, runs and finishes one migration.
func applyOne(ctx context.Context, conn *pgx.Conn, schema string, m *Migration) error {
	id, err := newID()
	if err != nil {
		return err
	}
	tbl := table(schema)
	if _, err := conn.Exec(ctx, `INSERT INTO `+tbl+` ("id","checksum","started_at","migration_name") VALUES ($1,$2,$3,$4)`,
		id, m.Checksum(), time.Now().UTC(), m.Name); err != nil {
		return fmt.Errorf("recording the start of %s: %w", m.Name, err)
	}
	if err := runScript(ctx, conn, m.Script); err != nil {
		logs := scriptErrorText(err, m.Script)
		// Record the failure even when ctx was cancelled.
		lctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if !conn.IsClosed() {
			_, _ = conn.Exec(lctx, `UPDATE `+tbl+` SET "logs" = $1 WHERE "id" = $2`, logs, id)
		}
		return &Error{Code: "P3018", Err: err, Message: fmt.Sprintf(
			"A migration failed to apply. New migrations cannot be applied before the error is recovered from (see `strata migrate status` and `strata migrate resolve`).\n\nMigration name: %s\n\nDatabase error code: %s\n\nDatabase error:\n%s\n",
			m.Name, sqlState(err), logs)}
	}
	if _, err := conn.Exec(ctx, `UPDATE `+tbl+` SET "applied_steps_count" = ("applied_steps_count" + $1) WHERE "id" = $2`, 1, id); err != nil {
		return fmt.Errorf("recording %s as applied: %w", m.Name, err)
	}
	if _, err := conn.Exec(ctx, `UPDATE `+tbl+` SET "finished_at" = $1 WHERE "id" = $2`, time.Now().UTC(), id); err != nil {
		return fmt.Errorf("recording %s as applied: %w", m.Name, err)
	}
	return nil
}

// runScript sends a whole script as one simple-protocol query, as Prisma
// does: one round trip, one implicit transaction unless the script
// manages its own.
func runScript(ctx context.Context, conn *pgx.Conn, script []byte) error {
	_, err := conn.PgConn().Exec(ctx, string(script)).ReadAll()
	return err
}

// RunScript runs a SQL script on conn as one simple-protocol query (see
// Deploy), and on failure returns an error whose message shows the
// failing line of the script with the lines before it.
func RunScript(ctx context.Context, conn *pgx.Conn, script []byte) error {
	if err := runScript(ctx, conn, script); err != nil {
		return &ScriptError{Err: err, Text: scriptErrorText(err, script)}
	}
	return nil
}

// ScriptError is a failed script: the server's error and where it is.
type ScriptError struct {
	Err  error
	Text string
}

func (e *ScriptError) Error() string { return e.Text }
func (e *ScriptError) Unwrap() error { return e.Err }

func sqlState(err error) string {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Code
	}
	return "none"
}

// scriptErrorText renders a script error: the server's message and, when
// the server gave a position, the failing line with up to four lines
// before it, numbered.
func scriptErrorText(err error, script []byte) string {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err.Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", pe.Severity, pe.Message)
	if pe.Detail != "" {
		fmt.Fprintf(&b, "\nDETAIL: %s", pe.Detail)
	}
	if pe.Hint != "" {
		fmt.Fprintf(&b, "\nHINT: %s", pe.Hint)
	}
	if pe.Position > 0 {
		b.WriteString(positionText(string(script), int(pe.Position)))
	}
	return b.String()
}

// positionText shows the line holding the 1-based character position pos
// of script and the four lines before it.
func positionText(script string, pos int) string {
	lines := strings.Split(script, "\n")
	chars := 0
	for i, line := range lines {
		n := len([]rune(line)) + 1
		if pos <= chars+n {
			var b strings.Builder
			b.WriteString("\n\nPosition:\n")
			for j := max(0, i-4); j <= i; j++ {
				l := strings.TrimRight(lines[j], "\r")
				if l == "" {
					fmt.Fprintf(&b, "%3d\n", j+1)
				} else {
					fmt.Fprintf(&b, "%3d %s\n", j+1, l)
				}
			}
			col := pos - chars
			fmt.Fprintf(&b, "    %s^", strings.Repeat(" ", max(0, col-1)))
			return b.String()
		}
		chars += n
	}
	return ""
}

// ResolveApplied records a migration as applied without running it
// (Prisma's `migrate resolve --applied`): for baselining a database that
// already has the migration's changes, or after finishing a failed
// migration by hand. The migration must be in the folder (P3017) and must
// not be recorded as applied already (P3008); its failed rows are marked
// rolled back. The migrations table is created when missing.
func ResolveApplied(ctx context.Context, conn *pgx.Conn, schema string, f *Folder, name string, opts DeployOptions) error {
	if opts.Provider != "" {
		if err := f.CheckProvider(opts.Provider); err != nil {
			return err
		}
	}
	m := f.Find(name)
	if m == nil || m.ReadErr != nil {
		return &Error{Code: "P3017", Err: errNoMigration, Message: fmt.Sprintf(
			"The migration %s could not be found in %s. Please make sure that the migration exists, and that you included the whole name of the directory. (example: \"20201207184859_initial_migration\")", name, f.Path)}
	}
	release, err := AcquireLock(ctx, conn, opts.LockTimeout)
	if err != nil {
		return err
	}
	defer release(context.WithoutCancel(ctx))
	if err := ensureSchema(ctx, conn, schema); err != nil {
		return err
	}
	h, err := ReadHistory(ctx, conn, schema)
	if err != nil {
		return err
	}
	if !h.Exists {
		if err := createTable(ctx, conn, schema); err != nil {
			return err
		}
	}
	for _, r := range h.Records {
		if r.Name == name && r.FinishedAt != nil {
			return &Error{Code: "P3008", Message: fmt.Sprintf("The migration `%s` is already recorded as applied in the database.", name)}
		}
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		return fmt.Errorf("resolving %s: %w", name, err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	now := time.Now().UTC()
	for _, r := range h.Records {
		if r.Name == name && r.Failed() {
			if _, err := tx.Exec(ctx, `UPDATE `+table(schema)+` SET "rolled_back_at" = $1 WHERE "id" = $2`, now, r.ID); err != nil {
				return fmt.Errorf("marking the failed %s rolled back: %w", name, err)
			}
		}
	}
	id, err := newID()
	if err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO `+table(schema)+` ("id","checksum","logs","started_at","finished_at","migration_name") VALUES ($1,$2,$3,$4,$5,$6)`,
		id, m.Checksum(), "", now, now, name); err != nil {
		return fmt.Errorf("recording %s as applied: %w", name, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("recording %s as applied: %w", name, err)
	}
	return nil
}

// ResolveRolledBack marks a failed migration as rolled back (Prisma's
// `migrate resolve --rolled-back`), so that deploy applies it again. It
// must have a row (P3011) in the failed state (P3012).
func ResolveRolledBack(ctx context.Context, conn *pgx.Conn, schema string, f *Folder, name string, opts DeployOptions) error {
	if opts.Provider != "" && f != nil {
		if err := f.CheckProvider(opts.Provider); err != nil {
			return err
		}
	}
	release, err := AcquireLock(ctx, conn, opts.LockTimeout)
	if err != nil {
		return err
	}
	defer release(context.WithoutCancel(ctx))
	h, err := ReadHistory(ctx, conn, schema)
	if err != nil {
		return err
	}
	var rows, failed []*Record
	for _, r := range h.Records {
		if r.Name == name {
			rows = append(rows, r)
			if r.Failed() {
				failed = append(failed, r)
			}
		}
	}
	if len(rows) == 0 {
		return &Error{Code: "P3011", Message: fmt.Sprintf(
			"Migration `%s` cannot be rolled back because it was never applied to the database. Hint: did you pass in the whole migration name? (example: \"20201207184859_initial_migration\")", name)}
	}
	if len(failed) == 0 {
		return &Error{Code: "P3012", Message: fmt.Sprintf("Migration `%s` cannot be rolled back because it is not in a failed state.", name)}
	}
	now := time.Now().UTC()
	for _, r := range failed {
		if _, err := conn.Exec(ctx, `UPDATE `+table(schema)+` SET "rolled_back_at" = $1 WHERE "id" = $2`, now, r.ID); err != nil {
			return fmt.Errorf("marking %s rolled back: %w", name, err)
		}
	}
	return nil
}
