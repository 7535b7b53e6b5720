package client

import (
	"github.com/jackc/pgx/v5/pgtype"
)

// ScanText implements pgtype.TextScanner: pgx hands a Decimal its text
// (the runtime selects NUMERIC columns as text) without going through
// database/sql's interface-typed values.
func (d *Decimal) ScanText(v pgtype.Text) error {
	if !v.Valid {
		*d = ""
		return nil
	}
	*d = Decimal(v.String)
	return nil
}
