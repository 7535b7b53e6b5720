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

// LockKey is the advisory lock Prisma Migrate takes while it works on a
// database; strata takes the same one, so strata and Prisma never migrate
// one database at the same time.
const LockKey = 72707369

// DefaultLockTimeout is how long Prisma waits for the lock.
const DefaultLockTimeout = 10 * time.Second

// LockTimeoutError is returned when another session holds the migration
// lock for longer than the timeout.
type LockTimeoutError struct {
	Timeout time.Duration
	// Holder describes the session holding the lock, when it can be seen:
	// "pid 1234 (strata, 127.0.0.1) since 12:00:01".
	Holder string
}

func (e *LockTimeoutError) Error() string {
	holder := "another session"
	if e.Holder != "" {
		holder = "session " + e.Holder
	}
	return fmt.Sprintf("timed out after %s waiting for the migration lock (SELECT pg_advisory_lock(%d)), held by %s: another migrate command is running on this database; wait for it to end, or, if it is stuck, end that session with SELECT pg_terminate_backend(pid). Behind a transaction pooler (PgBouncer), use a direct URL (directUrl) for migrations",
		e.Timeout, LockKey, holder)
}

// AcquireLock takes the migration advisory lock on conn's session, waiting
// at most timeout (0 means DefaultLockTimeout). The wait is done by the
// server (lock_timeout), so waiting sessions are served in order. The
// returned function releases the lock; closing the connection releases it
// too.
func AcquireLock(ctx context.Context, conn *pgx.Conn, timeout time.Duration) (release func(context.Context) error, err error) {
	if timeout <= 0 {
		timeout = DefaultLockTimeout
	}
	ms := timeout.Milliseconds()
	if ms < 1 {
		ms = 1
	}
	if _, err := conn.Exec(ctx, fmt.Sprintf("SET lock_timeout = %d", ms)); err != nil {
		return nil, fmt.Errorf("setting lock_timeout: %w", err)
	}
	_, lockErr := conn.Exec(ctx, fmt.Sprintf("SELECT pg_advisory_lock(%d)", LockKey))
	if _, err := conn.Exec(ctx, "RESET lock_timeout"); err != nil && lockErr == nil {
		return nil, fmt.Errorf("resetting lock_timeout: %w", err)
	}
	if lockErr != nil {
		var pe *pgconn.PgError
		if errors.As(lockErr, &pe) && pe.Code == "55P03" {
			return nil, &LockTimeoutError{Timeout: timeout, Holder: lockHolder(ctx, conn)}
		}
		return nil, fmt.Errorf("taking the migration lock: %w", lockErr)
	}
	return func(ctx context.Context) error {
		if conn.IsClosed() {
			return nil
		}
		if _, err := conn.Exec(ctx, fmt.Sprintf("SELECT pg_advisory_unlock(%d)", LockKey)); err != nil {
			return fmt.Errorf("releasing the migration lock: %w", err)
		}
		return nil
	}, nil
}

// lockHolder describes the session holding the lock, or "".
func lockHolder(ctx context.Context, conn *pgx.Conn) string {
	var pid int
	var app, addr, since string
	err := conn.QueryRow(ctx, `SELECT l.pid, coalesce(a.application_name, ''), coalesce(host(a.client_addr), 'local'),
	coalesce(to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ'), '')
	FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
	WHERE l.locktype = 'advisory' AND l.granted AND l.objid = $1 AND l.classid = 0 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
	LIMIT 1`, LockKey).Scan(&pid, &app, &addr, &since)
	if err != nil {
		return ""
	}
	var parts []string
	if app != "" {
		parts = append(parts, app)
	}
	parts = append(parts, addr)
	s := fmt.Sprintf("pid %d (%s)", pid, strings.Join(parts, ", "))
	if since != "" {
		s += " connected since " + since
	}
	return s
}
