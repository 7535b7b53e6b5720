package gen

import (
	"strings"
	"unicode"
)

// initialisms are written in upper case in Go names, as golint wants.
var initialisms = map[string]bool{
	"id": true, "url": true, "uri": true, "api": true, "http": true, "https": true, "json": true,
	"uuid": true, "ip": true, "sql": true, "html": true, "css": true, "db": true, "ui": true,
	"sso": true, "jwt": true, "xml": true, "ssh": true, "tls": true, "ttl": true, "cpu": true,
	"dns": true, "smtp": true, "tcp": true, "udp": true, "utc": true, "ascii": true, "cuid": true,
}

// words splits a Prisma identifier into words: at _ - and spaces, at a
// lower-to-upper change, and before the last capital of a run of capitals
// followed by a lower-case letter (HTTPServer is HTTP Server).
func words(s string) []string {
	var out []string
	var cur []rune
	rs := []rune(s)
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	for i, r := range rs {
		if r == '_' || r == '-' || r == ' ' || r == '.' {
			flush()
			continue
		}
		if i > 0 && unicode.IsUpper(r) && len(cur) > 0 {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || (unicode.IsUpper(prev) && nextLower) {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return out
}

// goName turns a Prisma identifier into an exported Go name: createdAt is
// CreatedAt, user_id UserID, IN_PROGRESS InProgress.
func goName(s string) string {
	var b strings.Builder
	for _, w := range words(s) {
		lw := strings.ToLower(w)
		if initialisms[lw] {
			b.WriteString(strings.ToUpper(w))
			continue
		}
		rs := []rune(lw)
		if allUpper(w) {
			rs = []rune(lw)
		} else {
			rs = []rune(w)
		}
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	out := b.String()
	if out == "" {
		return "X"
	}
	if r := []rune(out)[0]; !unicode.IsLetter(r) {
		out = "X" + out
	}
	return out
}

func allUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// lowerFirst makes an exported name unexported: UserProfile is
// userProfile, ID is iD (only used with a suffix).
func lowerFirst(s string) string {
	rs := []rune(s)
	rs[0] = unicode.ToLower(rs[0])
	return string(rs)
}

// unique returns name, or name with "_" appended until it is not in used;
// it records the result.
func unique(used map[string]bool, name string) string {
	for used[name] {
		name += "_"
	}
	used[name] = true
	return name
}
