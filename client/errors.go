package client

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// Sentinel errors, for errors.Is. Each carries Prisma's code.
var (
	// ErrNotFound: the record an operation needs does not exist (P2025):
	// FindUniqueOrThrow, Update, Delete.
	ErrNotFound = errors.New("record not found (P2025)")
	// ErrWriteConflict: a serialization failure or deadlock (P2034); retry
	// the transaction (see Retry).
	ErrWriteConflict = errors.New("write conflict or deadlock, retry the transaction (P2034)")
	// ErrPoolTimeout: no connection was free within the pool timeout (P2024).
	ErrPoolTimeout = errors.New("timed out fetching a connection from the pool (P2024)")
	// ErrTxTimeout: an interactive transaction outlived its timeout and was
	// rolled back (P2028).
	ErrTxTimeout = errors.New("transaction timed out and was rolled back (P2028)")
	// ErrNoUnique: a unique where (FindUnique, Update, Delete, Upsert) set
	// no unique criterion.
	ErrNoUnique = errors.New("the unique where sets no unique field")
)

// Code returns Prisma's error code for err ("P2002"), or "" when err is
// none of the client's errors.
func Code(err error) string {
	var c interface{ Code() string }
	if errors.As(err, &c) {
		return c.Code()
	}
	switch {
	case errors.Is(err, ErrNotFound):
		return "P2025"
	case errors.Is(err, ErrTxTimeout):
		return "P2028"
	}
	return ""
}

// NotFound is ErrNotFound with the model and operation.
type NotFound struct {
	Model     string
	Operation string
}

func (e *NotFound) Error() string {
	return fmt.Sprintf("%s.%s: %v", e.Model, e.Operation, ErrNotFound)
}

// Is makes errors.Is(err, ErrNotFound) true.
func (e *NotFound) Is(target error) bool { return target == ErrNotFound }

// Code returns "P2025".
func (e *NotFound) Code() string { return "P2025" }

// UniqueViolation is a unique constraint failure (P2002).
type UniqueViolation struct {
	Model      string
	Fields     []string // Prisma field names (column names when unknown)
	Constraint string
	Err        *pgconn.PgError
}

func (e *UniqueViolation) Error() string {
	return fmt.Sprintf("unique constraint failed on the fields (%s) of %s (P2002): %v", strings.Join(e.Fields, ", "), e.Model, e.Err)
}

// Unwrap returns the PostgreSQL error.
func (e *UniqueViolation) Unwrap() error { return e.Err }

// Code returns "P2002".
func (e *UniqueViolation) Code() string { return "P2002" }

// ForeignKeyViolation is a foreign key constraint failure (P2003).
type ForeignKeyViolation struct {
	Model      string
	Fields     []string
	Constraint string
	Err        *pgconn.PgError
}

func (e *ForeignKeyViolation) Error() string {
	return fmt.Sprintf("foreign key constraint failed on %s of %s (P2003): %v", e.Constraint, e.Model, e.Err)
}

// Unwrap returns the PostgreSQL error.
func (e *ForeignKeyViolation) Unwrap() error { return e.Err }

// Code returns "P2003".
func (e *ForeignKeyViolation) Code() string { return "P2003" }

// WriteConflict is a serialization failure (40001) or deadlock (40P01),
// Prisma's P2034.
type WriteConflict struct{ Err *pgconn.PgError }

func (e *WriteConflict) Error() string { return fmt.Sprintf("%v: %v", ErrWriteConflict, e.Err) }

// Unwrap returns the PostgreSQL error.
func (e *WriteConflict) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrWriteConflict) true.
func (e *WriteConflict) Is(target error) bool { return target == ErrWriteConflict }

// Code returns "P2034".
func (e *WriteConflict) Code() string { return "P2034" }

// PoolTimeout: no pooled connection within Timeout (P2024).
type PoolTimeout struct {
	Timeout time.Duration
	Err     error
}

func (e *PoolTimeout) Error() string {
	return fmt.Sprintf("%v (timeout %v): %v", ErrPoolTimeout, e.Timeout, e.Err)
}

// Unwrap returns the pool's error.
func (e *PoolTimeout) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrPoolTimeout) true.
func (e *PoolTimeout) Is(target error) bool { return target == ErrPoolTimeout }

// Code returns "P2024".
func (e *PoolTimeout) Code() string { return "P2024" }

// mapErr turns PostgreSQL errors into the client's typed errors.
func (e *Engine) mapErr(o op, err error) error {
	if err == nil {
		return nil
	}
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err
	}
	model := ""
	if o.model != nil {
		model = o.model.Name
	}
	switch pe.Code {
	case "23505":
		return &UniqueViolation{Model: model, Fields: fieldsOf(o.model, pe, keyColumns(pe.Detail)), Constraint: pe.ConstraintName, Err: pe}
	case "23503":
		return &ForeignKeyViolation{Model: model, Fields: fieldsOf(o.model, pe, keyColumns(pe.Detail)), Constraint: pe.ConstraintName, Err: pe}
	case "40001", "40P01":
		return &WriteConflict{Err: pe}
	}
	return err
}

// keyColumns reads the columns of DETAIL "Key (a, b)=(1, 2) already exists."
func keyColumns(detail string) []string {
	rest, ok := strings.CutPrefix(detail, "Key (")
	if !ok {
		return nil
	}
	end := strings.Index(rest, ")=(")
	if end < 0 {
		return nil
	}
	var cols []string
	for _, c := range strings.Split(rest[:end], ", ") {
		cols = append(cols, strings.Trim(c, `"`))
	}
	return cols
}

// fieldsOf maps column names to the model's field names when the error is
// about the model's table.
func fieldsOf(m *Model, pe *pgconn.PgError, cols []string) []string {
	if m == nil || pe.TableName != m.Table {
		return cols
	}
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c
		for _, mc := range m.Columns {
			if mc.Name == c {
				out[i] = mc.Field
			}
		}
	}
	return out
}
