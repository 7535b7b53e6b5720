package config

import (
	"regexp"
	"strings"
)

// redacted replaces every hidden secret.
const redacted = "****"

var (
	// urlStart finds a URL's scheme, e.g. "postgresql://".
	urlStart = regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.\-]*://`)
	// secretParam finds key=value pairs whose key names a secret, in query
	// strings (password=...&), libpq DSNs (password='...') and similar
	// (Password=...;). The value is group 2.
	// bareUserinfo finds user:password@host written without a scheme.
	bareUserinfo = regexp.MustCompile(`((?:^|[\s"'(<=,])[A-Za-z0-9._%+\-]+):([^\s@/"'*][^\s@"']*)@([A-Za-z0-9][A-Za-z0-9.\-]*|\[)`)
	secretParam  = regexp.MustCompile(`(?i)((?:^|[^A-Za-z0-9])[A-Za-z0-9_\-]*(?:password|passwd|passphrase|secret|token|pwd)[A-Za-z0-9_\-]*\s*=\s*)('(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?|[^\s&;'"]*)`)
)

// Redact returns the URL with any password replaced by "****"; strings that
// are not URLs are returned with anything that looks like a password hidden.
//
// It hides the password of every URL in s (postgresql://user:****@host/db,
// also when the password holds unescaped @ / ? or #), and the values of
// password-like parameters: in query strings (password=, sslpassword=), in
// key=value DSNs (password=secret or password='se cret') and in
// ;-separated connection strings, and user:password@host written without
// a scheme. Everything else is left as written.
func Redact(s string) string {
	if s == "" {
		return s
	}
	var b strings.Builder
	rest := s
	for {
		loc := urlStart.FindStringIndex(rest)
		if loc == nil {
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:loc[1]])
		after := rest[loc[1]:]
		// The URL ends at white space or a character that cannot be in one
		// and is likely to surround it in a message.
		end := strings.IndexAny(after, " \t\r\n\"'<>`")
		if end < 0 {
			end = len(after)
		}
		b.WriteString(redactAuthority(after[:end]))
		rest = after[end:]
	}
	out := bareUserinfo.ReplaceAllString(b.String(), "${1}:"+redacted+"@${3}")
	return secretParam.ReplaceAllString(out, "${1}"+redacted)
}

// redactAuthority hides the password in rest, the part of a URL after
// "scheme://".
func redactAuthority(rest string) string {
	at := userinfoEnd(rest)
	if at < 0 {
		return rest
	}
	colon := strings.IndexByte(rest[:at], ':')
	if colon < 0 || colon == at-1 {
		return rest // a user name only, or an empty password
	}
	return rest[:colon+1] + redacted + rest[at:]
}

// userinfoEnd returns the index of the @ that ends the user information in
// rest, or -1. Passwords are meant to be percent-encoded, but people write
// @, /, ? and # unescaped; when in doubt this hides too much rather than too
// little (host:5432/my@db shows as host:****@db).
func userinfoEnd(rest string) int {
	q := strings.IndexByte(rest, '?')
	if q < 0 {
		q = len(rest)
	}
	if at := strings.LastIndexByte(rest[:q], '@'); at >= 0 {
		return at
	}
	// user:pa?ss@host/db: the first @ after the ?, when a : comes before
	// it. (This also hides "5432/db?x=a" in host:5432/db?x=a@b.)
	at := strings.IndexByte(rest, '@')
	if at > 0 {
		if colon := strings.IndexByte(rest[:at], ':'); colon >= 0 && !strings.ContainsAny(rest[:colon], "/?#") {
			return at
		}
	}
	return -1
}
