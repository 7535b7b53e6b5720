package schema

import (
	"strings"
	"unicode/utf8"
)

// MaxIdentifierLength is PostgreSQL's limit on identifiers, in bytes.
const MaxIdentifierLength = 63

// ConstraintName returns Prisma's default name for a constraint or index on
// table over cols: {table}_{col1}_{col2}_{suffix}, with the body cut at a
// UTF-8 boundary so that the whole fits PostgreSQL's 63 bytes, as Prisma's
// constraint_names.rs does. suffix is "key", "idx", "fkey".
func ConstraintName(table string, cols []string, suffix string) string {
	body := table
	if len(cols) > 0 {
		body += "_" + strings.Join(cols, "_")
	}
	return truncateWithSuffix(body, "_"+suffix)
}

// PrimaryKeyName returns Prisma's default primary key name: {table}_pkey,
// truncated to fit 63 bytes.
func PrimaryKeyName(table string) string {
	return truncateWithSuffix(table, "_pkey")
}

func truncateWithSuffix(body, suffix string) string {
	limit := MaxIdentifierLength - len(suffix)
	if len(body) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(body[cut]) {
			cut--
		}
		body = body[:cut]
	}
	return body + suffix
}
