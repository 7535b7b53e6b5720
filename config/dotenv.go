package config

import (
	"fmt"
	"strings"
)

// EnvError is a malformed line in a .env file. Its message never holds the
// line's value, which may be a secret.
type EnvError struct {
	File string
	Line int // 1-based
	Msg  string
}

func (e *EnvError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// ParseDotEnv parses a .env file, as dotenv and dotenv-expand (which Prisma
// uses) do:
//
//   - KEY=VALUE lines, optionally starting with "export "; blank lines and
//     lines starting with # are skipped; CRLF line ends are accepted;
//   - an unquoted value is trimmed, and a # preceded by a space or tab
//     starts a comment;
//   - 'single-quoted' values are literal;
//   - "double-quoted" values understand \n, \r, \t, \", \\ and \$;
//   - quoted values may span lines, and may be followed by a comment;
//   - unquoted and double-quoted values expand ${VAR}, $VAR, ${VAR:-default}
//     and ${VAR-default}: VAR is looked up with lookup (the environment and
//     earlier .env files), then in the lines above; unknown names expand to
//     "". A later line for the same key wins.
//
// name is the file name used in errors. A malformed line is an *EnvError.
func ParseDotEnv(name string, data []byte, lookup func(string) string) (map[string]string, error) {
	text := strings.TrimPrefix(string(data), "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	vars := map[string]string{}
	get := func(k string) (string, bool) {
		if lookup != nil {
			if v := lookup(k); v != "" {
				return v, true
			}
		}
		v, ok := vars[k]
		return v, ok
	}
	for i := 0; i < len(lines); i++ {
		lineNo := i + 1
		line := strings.TrimSpace(strings.TrimSuffix(lines[i], "\r"))
		if line == "" || line[0] == '#' {
			continue
		}
		bad := func(format string, args ...any) error {
			return &EnvError{File: name, Line: lineNo, Msg: fmt.Sprintf(format, args...)}
		}
		if rest, ok := strings.CutPrefix(line, "export"); ok && rest != "" && (rest[0] == ' ' || rest[0] == '\t') {
			line = strings.TrimSpace(rest)
		}
		eq := strings.IndexByte(line, '=')
		if eq < 0 {
			return nil, bad("expected KEY=VALUE")
		}
		key := strings.TrimSpace(line[:eq])
		if key == "" {
			return nil, bad("missing variable name before =")
		}
		if !validEnvKey(key) {
			return nil, bad("invalid variable name %q: use letters, digits, _ . and -, not starting with a digit", truncate(key, 40))
		}
		raw := line[eq+1:]
		val := strings.TrimLeft(raw, " \t")
		if val != "" && (val[0] == '"' || val[0] == '\'' || val[0] == '`') {
			q := val[0]
			body := val[1:]
			// Find the closing quote, across lines if needed.
			var sb strings.Builder
			end := -1
			for {
				end = closingQuote(body, q)
				if end >= 0 {
					sb.WriteString(body[:end])
					break
				}
				sb.WriteString(body)
				if i+1 >= len(lines) {
					return nil, bad("the %c-quoted value of %s is never closed", q, key)
				}
				sb.WriteByte('\n')
				i++
				body = strings.TrimSuffix(lines[i], "\r")
			}
			after := strings.TrimSpace(body[end+1:])
			if after != "" && after[0] != '#' {
				return nil, bad("unexpected text after the quoted value of %s: put a # before a comment", key)
			}
			content := sb.String()
			if q == '"' {
				vars[key] = expand(content, get, true)
			} else {
				vars[key] = content
			}
			continue
		}
		// Unquoted: a # after a space or tab starts a comment.
		val = raw
		for j := 0; j < len(val); j++ {
			if val[j] == '#' && j > 0 && (val[j-1] == ' ' || val[j-1] == '\t') {
				val = val[:j]
				break
			}
		}
		vars[key] = expand(strings.TrimSpace(val), get, false)
	}
	return vars, nil
}

// validEnvKey reports whether k is a variable name dotenv accepts.
func validEnvKey(k string) bool {
	for i, r := range k {
		switch {
		case r == '_' || r == '.' || r == '-':
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case r >= '0' && r <= '9':
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	return k != ""
}

// closingQuote returns the index in s of the quote q that closes a value,
// skipping backslash-escaped quotes in double-quoted values, or -1.
func closingQuote(s string, q byte) int {
	for i := 0; i < len(s); i++ {
		if q == '"' && s[i] == '\\' {
			i++
			continue
		}
		if s[i] == q {
			return i
		}
	}
	return -1
}

// expand replaces ${VAR}, $VAR, ${VAR:-default} and ${VAR-default}, where
// \$ is a literal $. In a double-quoted value (double) it also resolves the
// escapes \n, \r, \t, \" and \\; other backslashes stay as written.
func expand(s string, get func(string) (string, bool), double bool) string {
	if !strings.ContainsAny(s, `$\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			next := s[i+1]
			switch {
			case next == '$':
				b.WriteByte('$')
			case double && next == 'n':
				b.WriteByte('\n')
			case double && next == 'r':
				b.WriteByte('\r')
			case double && next == 't':
				b.WriteByte('\t')
			case double && (next == '"' || next == '\\'):
				b.WriteByte(next)
			default:
				b.WriteByte(c)
				continue
			}
			i++
		case c == '$' && i+1 < len(s) && s[i+1] == '{':
			end := strings.IndexByte(s[i+2:], '}')
			if end < 0 {
				b.WriteString(s[i:])
				return b.String()
			}
			inner := s[i+2 : i+2+end]
			i += 2 + end
			name, def, mode := inner, "", ""
			if k := strings.Index(inner, ":-"); k >= 0 {
				name, def, mode = inner[:k], inner[k+2:], ":-"
			} else if k := strings.IndexByte(inner, '-'); k >= 0 {
				name, def, mode = inner[:k], inner[k+1:], "-"
			}
			v, ok := get(name)
			switch {
			case mode == ":-" && v == "":
				v = def
			case mode == "-" && !ok:
				v = def
			}
			b.WriteString(v)
		case c == '$' && i+1 < len(s) && isNameStart(s[i+1]):
			j := i + 1
			for j < len(s) && (isNameStart(s[j]) || s[j] >= '0' && s[j] <= '9') {
				j++
			}
			v, _ := get(s[i+1 : j])
			b.WriteString(v)
			i = j - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isNameStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
