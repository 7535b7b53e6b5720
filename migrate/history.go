package migrate

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// TableName is Prisma's migrations table.
const TableName = "_prisma_migrations"

// createTableSQL is the DDL Prisma runs to create the migrations table, to
// the byte; the table is created in the connection's search_path, which is
// the URL's schema.
const createTableSQL = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);
`

// Error is a migration error with Prisma's error code (P3005, P3009,
// P3018, ...) so that messages and scripts can match Prisma's.
type Error struct {
	Code    string
	Message string
	Err     error // the cause, if any
}

func (e *Error) Error() string { return e.Message }
func (e *Error) Unwrap() error { return e.Err }

// Record is a row of _prisma_migrations.
type Record struct {
	ID                string
	Checksum          string
	FinishedAt        *time.Time
	Name              string
	Logs              *string
	RolledBackAt      *time.Time
	StartedAt         time.Time
	AppliedStepsCount int
}

// Applied reports whether the row is an applied migration: finished and not
// rolled back.
func (r *Record) Applied() bool { return r.FinishedAt != nil && r.RolledBackAt == nil }

// Failed reports whether the row is a failed migration: neither finished
// nor rolled back. A failed migration blocks deploy until it is resolved.
func (r *Record) Failed() bool { return r.FinishedAt == nil && r.RolledBackAt == nil }

// RolledBack reports whether the row was marked rolled back; such rows are
// ignored, so the migration can be applied again.
func (r *Record) RolledBack() bool { return r.RolledBackAt != nil }

// History is the migrations table of a database.
type History struct {
	// Schema is the namespace holding the table.
	Schema string
	// Exists reports whether the table exists.
	Exists bool
	// Records are the rows ordered by started_at, as Prisma reads them.
	Records []*Record
}

// table returns the qualified table name.
func table(schema string) string { return quoteIdent(schema) + "." + quoteIdent(TableName) }

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// tableExists reports whether schema has the migrations table.
func tableExists(ctx context.Context, conn *pgx.Conn, schema string) (bool, error) {
	var ok bool
	err := conn.QueryRow(ctx, `SELECT EXISTS (
	SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	WHERE c.relname = $1 AND n.nspname = $2 AND c.relkind IN ('r', 'p'))`, TableName, schema).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("looking for %s: %w", TableName, err)
	}
	return ok, nil
}

// otherTables returns the tables of schema other than the migrations table.
func otherTables(ctx context.Context, conn *pgx.Conn, schema string) ([]string, error) {
	rows, err := conn.Query(ctx, `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	WHERE c.relkind IN ('r', 'p') AND n.nspname = $1 AND c.relname <> $2 AND NOT c.relispartition ORDER BY 1`, schema, TableName)
	if err != nil {
		return nil, fmt.Errorf("listing the tables of schema %q: %w", schema, err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("listing the tables of schema %q: %w", schema, err)
	}
	return names, nil
}

// ensureSchema creates the namespace when it is missing, as Prisma does
// before migrating.
func ensureSchema(ctx context.Context, conn *pgx.Conn, schema string) error {
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)`, schema).Scan(&ok); err != nil {
		return fmt.Errorf("looking for schema %q: %w", schema, err)
	}
	if ok {
		return nil
	}
	if _, err := conn.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS "+quoteIdent(schema)); err != nil {
		return fmt.Errorf("creating schema %q: %w", schema, err)
	}
	return nil
}

// createTable creates the migrations table in schema with Prisma's DDL.
func createTable(ctx context.Context, conn *pgx.Conn, schema string) error {
	ddl := strings.Replace(createTableSQL, "CREATE TABLE _prisma_migrations", "CREATE TABLE "+table(schema), 1)
	if _, err := conn.Exec(ctx, ddl); err != nil {
		return fmt.Errorf("creating %s: %w", TableName, err)
	}
	return nil
}

// ReadHistory reads the migrations table of schema; a missing table is an
// empty history with Exists false.
func ReadHistory(ctx context.Context, conn *pgx.Conn, schema string) (*History, error) {
	h := &History{Schema: schema}
	ok, err := tableExists(ctx, conn, schema)
	if err != nil || !ok {
		return h, err
	}
	h.Exists = true
	rows, err := conn.Query(ctx, `SELECT "id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count" FROM `+
		table(schema)+` ORDER BY "started_at" ASC`)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", TableName, err)
	}
	recs, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (*Record, error) {
		r := &Record{}
		err := row.Scan(&r.ID, &r.Checksum, &r.FinishedAt, &r.Name, &r.Logs, &r.RolledBackAt, &r.StartedAt, &r.AppliedStepsCount)
		return r, err
	})
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", TableName, err)
	}
	h.Records = recs
	return h, nil
}

// Failed returns the failed rows.
func (h *History) Failed() []*Record {
	var out []*Record
	for _, r := range h.Records {
		if r.Failed() {
			out = append(out, r)
		}
	}
	return out
}

// applied reports whether the migration named name has a row that is not
// rolled back (Prisma's rule for what deploy skips: failed rows block
// deploy before this matters).
func (h *History) notRolledBack(name string) bool {
	for _, r := range h.Records {
		if r.Name == name && r.RolledBackAt == nil {
			return true
		}
	}
	return false
}

// newID returns a random UUID (version 4) string, as Prisma's ids are.
func newID() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("making a migration id: %w", err)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16]), nil
}

// Diagnosis compares a migrations folder with a database's history, as
// Prisma's diagnoseMigrationHistory does (without the shadow database).
type Diagnosis struct {
	// HasTable reports whether the database has the migrations table.
	HasTable bool
	// Local are the folder's migrations in order.
	Local []string
	// Pending are local migrations with no row in the database, or only
	// rolled-back rows: what deploy would apply.
	Pending []string
	// MissingLocally are rows whose migration is not in the folder (applied
	// elsewhere, or deleted locally).
	MissingLocally []string
	// Failed are failed rows (neither finished nor rolled back).
	Failed []*Record
	// Edited are migrations whose script no longer matches the checksum
	// recorded when they were applied.
	Edited []string
	// Unreadable are local migrations whose migration.sql cannot be read.
	Unreadable []*Migration
	// LastCommon is the last local migration before the first pending one,
	// when the histories diverge.
	LastCommon string
}

// InSync reports whether nothing needs attention: every local migration is
// applied, none failed, none edited and none missing locally.
func (d *Diagnosis) InSync() bool {
	return d.HasTable && len(d.Pending) == 0 && len(d.MissingLocally) == 0 && len(d.Failed) == 0 &&
		len(d.Edited) == 0 && len(d.Unreadable) == 0
}

// Diagnose compares the folder with the history.
func Diagnose(f *Folder, h *History) *Diagnosis {
	d := &Diagnosis{HasTable: h.Exists, Local: f.Names()}
	firstPending := -1
	for i, m := range f.Migrations {
		if m.ReadErr != nil {
			d.Unreadable = append(d.Unreadable, m)
		}
		// The latest row that is not rolled back is the one that counts
		// (Prisma takes the first row of any state, which reports a
		// migration re-applied after a fix as edited, and one whose rows
		// are all rolled back as applied, though deploy would run it).
		var rec *Record
		for _, r := range h.Records {
			if r.Name == m.Name && r.RolledBackAt == nil {
				rec = r
			}
		}
		switch {
		case rec == nil:
			d.Pending = append(d.Pending, m.Name)
			if firstPending < 0 {
				firstPending = i
			}
		case m.ReadErr == nil && !ChecksumMatches(m.Script, rec.Checksum):
			d.Edited = append(d.Edited, m.Name)
		}
	}
	seen := map[string]bool{}
	for _, r := range h.Records {
		if r.Failed() {
			d.Failed = append(d.Failed, r)
		}
		if f.Find(r.Name) == nil && !seen[r.Name] {
			seen[r.Name] = true
			d.MissingLocally = append(d.MissingLocally, r.Name)
		}
	}
	if firstPending > 0 && len(d.MissingLocally) > 0 {
		d.LastCommon = f.Migrations[firstPending-1].Name
	}
	return d
}

// Status reads the history of schema and compares it with the folder. It
// only reads.
func Status(ctx context.Context, conn *pgx.Conn, schema string, f *Folder) (*Diagnosis, error) {
	h, err := ReadHistory(ctx, conn, schema)
	if err != nil {
		return nil, err
	}
	return Diagnose(f, h), nil
}

// errNoMigration is wrapped by Prisma's P3017.
var errNoMigration = errors.New("migration not found")
