package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// StrataConfigName is strata's own project configuration file, beside the
// schema or at the project root.
const StrataConfigName = "strata.toml"

// Seed is the seed command of a project: what `strata db seed` (and
// `strata migrate reset`/`dev`) run to fill the database with data.
type Seed struct {
	// Command is a shell command line, run with sh -c.
	Command string
	// Dir is the folder to run it in: the folder of the file that sets it
	// (the project root for strata.toml).
	Dir string
	// From is the file that sets it, for messages.
	From string
}

// Seed returns the project's seed command, or nil when none is configured.
// It is looked for, first found wins, in:
//
//   - strata.toml beside the schema (in the folder of a multi-file schema,
//     or beside it), then at the project root, as seed in the migrations
//     table: [migrations] then seed = "go run ./cmd/seed";
//   - a Prisma config file at the project root (prisma.config.ts and its
//     variants): migrations: { seed: "..." } when the value is a string
//     literal (strata does not run TypeScript);
//   - the nearest package.json at the project root or above:
//     "prisma": {"seed": "..."} (Prisma 6).
//
// A malformed file, or a seed setting that is not a string, is an error.
func (p *Project) Seed() (*Seed, error) {
	var dirs []string
	if p.SchemaPath != "" {
		d := filepath.Dir(p.SchemaPath)
		if isDir(p.SchemaPath) {
			// A folder schema: strata.toml in the folder or beside it.
			dirs = append(dirs, p.SchemaPath)
		}
		dirs = append(dirs, d)
	}
	dirs = append(dirs, p.Root)
	seen := map[string]bool{}
	for _, d := range dirs {
		if d == "" || seen[d] {
			continue
		}
		seen[d] = true
		name := filepath.Join(d, StrataConfigName)
		data, err := os.ReadFile(name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", name, err)
		}
		doc, err := parseTOML(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		v, ok := doc["migrations.seed"]
		if !ok {
			continue
		}
		if !v.isString {
			return nil, fmt.Errorf("%s:%d: [migrations] seed must be a string, as in seed = \"go run ./cmd/seed\"", name, v.line)
		}
		if strings.TrimSpace(v.value) == "" {
			return nil, fmt.Errorf("%s:%d: [migrations] seed is empty", name, v.line)
		}
		return &Seed{Command: v.value, Dir: p.Root, From: name}, nil
	}

	if p.Root != "" {
		for _, n := range configFileNames {
			name := filepath.Join(p.Root, filepath.FromSlash(n))
			data, err := os.ReadFile(name)
			if err != nil {
				continue
			}
			cmd, found, ok := configSeed(string(data))
			if !found {
				break
			}
			if !ok {
				return nil, fmt.Errorf("%s: its migrations.seed entry is not a plain string, which strata cannot evaluate; write the command as a string literal, or set it in %s", name, StrataConfigName)
			}
			return &Seed{Command: cmd, Dir: filepath.Dir(name), From: name}, nil
		}
		return packageJSONSeed(p.Root)
	}
	return nil, nil
}

// packageJSONSeed reads "prisma": {"seed": "..."} from the nearest
// package.json at dir or above.
func packageJSONSeed(dir string) (*Seed, error) {
	pkg, raw, err := packageJSONEntry(dir, "seed")
	if err != nil {
		return nil, fmt.Errorf("%s is not valid JSON: %w", pkg, err)
	}
	if raw == nil {
		return nil, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil || strings.TrimSpace(s) == "" {
		return nil, fmt.Errorf("%s: \"prisma\": {\"seed\": %s} must be a command line (a non-empty string)", pkg, raw)
	}
	return &Seed{Command: s, Dir: filepath.Dir(pkg), From: pkg}, nil
}

var (
	jsMigrationsKey = regexp.MustCompile(`(?:^|[\s{,])["']?migrations["']?\s*:\s*\{`)
	jsSeedKey       = regexp.MustCompile(`(?:^|[\s{,])["']?seed["']?\s*:\s*`)
)

// configSeed extracts migrations: { seed: "..." } from a Prisma config file.
// found reports whether there is a seed entry; ok whether its value is a
// string literal.
func configSeed(src string) (cmd string, found, ok bool) {
	src = stripJSComments(src)
	loc := jsMigrationsKey.FindStringIndex(src)
	if loc == nil {
		return "", false, false
	}
	// The object's text, up to its closing brace.
	body := src[loc[1]:]
	depth := 1
	for i, r := range body {
		switch r {
		case '{':
			depth++
		case '}':
			depth--
		}
		if depth == 0 {
			body = body[:i]
			break
		}
	}
	k := jsSeedKey.FindStringIndex(body)
	if k == nil {
		return "", false, false
	}
	m := jsString.FindStringSubmatch(body[k[1]:])
	if m == nil {
		return "", true, false
	}
	return m[1] + m[2] + m[3], true, true
}

// tomlValue is one key's value in a TOML file.
type tomlValue struct {
	value    string // the string, when isString
	isString bool
	line     int
}

// parseTOML reads the subset of TOML strata's config uses: [table] headers
// (dotted names allowed), key = value pairs with bare or quoted keys, basic
// ("...", with escapes) and literal ('...') one-line strings, and comments.
// Other values (numbers, booleans, arrays, inline tables, multi-line
// strings) are accepted and kept unparsed, so that the file may hold
// settings strata does not read. Keys are returned as "table.key".
func parseTOML(data []byte) (map[string]tomlValue, error) {
	out := map[string]tomlValue{}
	table := ""
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		n := i + 1
		line := strings.TrimSpace(lines[i])
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			end := strings.Index(line, "]")
			if end < 0 {
				return nil, fmt.Errorf("line %d: unclosed table header %q", n, line)
			}
			rest := strings.TrimSpace(line[end+1:])
			if strings.HasPrefix(line, "[[") {
				rest = strings.TrimSpace(strings.TrimPrefix(rest, "]"))
			}
			if rest != "" && !strings.HasPrefix(rest, "#") {
				return nil, fmt.Errorf("line %d: unexpected %q after the table header", n, rest)
			}
			name := strings.Trim(line[:end], "[] \t")
			if name == "" {
				return nil, fmt.Errorf("line %d: empty table name", n)
			}
			table = strings.ReplaceAll(name, " ", "")
			continue
		}
		eq := keyEnd(line)
		if eq < 0 {
			return nil, fmt.Errorf("line %d: expected key = value, got %q", n, line)
		}
		k, err := tomlKey(strings.TrimSpace(line[:eq]))
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		raw := strings.TrimSpace(line[eq+1:])
		full := k
		if table != "" {
			full = table + "." + k
		}
		if _, dup := out[full]; dup {
			return nil, fmt.Errorf("line %d: %s is set twice", n, full)
		}
		v := tomlValue{line: n}
		switch {
		case strings.HasPrefix(raw, `"""`) || strings.HasPrefix(raw, "'''"):
			// A multi-line string: skip to its end; strata reads none.
			delim := raw[:3]
			rest := raw[3:]
			for !strings.Contains(rest, delim) {
				i++
				if i >= len(lines) {
					return nil, fmt.Errorf("line %d: unclosed multi-line string", n)
				}
				rest = lines[i]
			}
		case strings.HasPrefix(raw, `"`) || strings.HasPrefix(raw, "'"):
			s, rest, err := tomlString(raw)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			if rest = strings.TrimSpace(rest); rest != "" && !strings.HasPrefix(rest, "#") {
				return nil, fmt.Errorf("line %d: unexpected %q after the string", n, rest)
			}
			v.value, v.isString = s, true
		case raw == "":
			return nil, fmt.Errorf("line %d: %s has no value", n, k)
		}
		out[full] = v
	}
	return out, nil
}

// keyEnd returns the index of the = that ends the key, skipping quoted
// keys; -1 when there is none.
func keyEnd(line string) int {
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '=':
			return i
		}
	}
	return -1
}

var bareKey = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)

// tomlKey reads a bare or quoted key (dotted keys are joined with dots).
func tomlKey(s string) (string, error) {
	if s == "" {
		return "", errors.New("empty key")
	}
	var parts []string
	for s != "" {
		s = strings.TrimSpace(s)
		var part string
		if s[0] == '"' || s[0] == '\'' {
			p, rest, err := tomlString(s)
			if err != nil {
				return "", err
			}
			part, s = p, strings.TrimSpace(rest)
		} else {
			end := strings.IndexByte(s, '.')
			if end < 0 {
				end = len(s)
			}
			part = strings.TrimSpace(s[:end])
			if !bareKey.MatchString(part) {
				return "", fmt.Errorf("invalid key %q", part)
			}
			s = s[end:]
		}
		parts = append(parts, part)
		if s != "" {
			if s[0] != '.' {
				return "", fmt.Errorf("invalid key near %q", s)
			}
			s = s[1:]
		}
	}
	return strings.Join(parts, "."), nil
}

// tomlString reads a one-line basic or literal string at the start of s
// and returns its value and what follows it.
func tomlString(s string) (value, rest string, err error) {
	if s[0] == '\'' {
		end := strings.IndexByte(s[1:], '\'')
		if end < 0 {
			return "", "", errors.New("unclosed string")
		}
		return s[1 : end+1], s[end+2:], nil
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch c {
		case '"':
			return b.String(), s[i+1:], nil
		case '\\':
			if i+1 >= len(s) {
				return "", "", errors.New("unclosed string")
			}
			i++
			switch s[i] {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case '"', '\\':
				b.WriteByte(s[i])
			case 'u', 'U':
				size := 4
				if s[i] == 'U' {
					size = 8
				}
				if i+size >= len(s) {
					return "", "", errors.New("short unicode escape")
				}
				r, err := strconv.ParseUint(s[i+1:i+1+size], 16, 32)
				if err != nil {
					return "", "", fmt.Errorf("bad unicode escape: %w", err)
				}
				b.WriteRune(rune(r))
				i += size
			default:
				return "", "", fmt.Errorf("unknown escape \\%c", s[i])
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", "", errors.New("unclosed string")
}
