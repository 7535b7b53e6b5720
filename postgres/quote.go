package postgres

import "strings"

// QuoteIdent quotes an SQL identifier for PostgreSQL: it is wrapped in double
// quotes and every double quote in it is doubled ("my ""table""").
func QuoteIdent(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// QuoteLiteral quotes a string constant for PostgreSQL: it is wrapped in
// single quotes and every single quote in it is doubled ('it”s'). Backslashes
// are kept as they are, as standard_conforming_strings (on by default since
// PostgreSQL 9.1, and required by strata) reads them.
func QuoteLiteral(s string) string {
	return `'` + strings.ReplaceAll(s, `'`, `''`) + `'`
}
