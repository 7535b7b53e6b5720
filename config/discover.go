package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// configFileNames are the Prisma config files, in the order Prisma looks for
// them.
var configFileNames = []string{
	"prisma.config.ts", "prisma.config.mts", "prisma.config.cts",
	"prisma.config.js", "prisma.config.mjs", "prisma.config.cjs",
	".config/prisma.ts", ".config/prisma.mts", ".config/prisma.cts",
	".config/prisma.js", ".config/prisma.mjs", ".config/prisma.cjs",
}

// find locates the schema from dir (an absolute path).
func find(dir, schemaFlag string) (*Project, error) {
	if schemaFlag != "" {
		path := schemaFlag
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, path)
		}
		p, err := loadSchemaPath(path)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w: --schema %s does not exist (looked for %s)", ErrNoSchema, schemaFlag, path)
		}
		if err != nil {
			return nil, fmt.Errorf("--schema %s: %w", schemaFlag, err)
		}
		p.SchemaFrom = "--schema"
		p.Root = projectRoot(dir, p.SchemaPath)
		return p, nil
	}

	var notes []string // extra lines for the not-found message

	// A Prisma config file (Prisma 6.x and 7): schema: "..." when it is
	// written as a plain string.
	for _, name := range configFileNames {
		cfg := filepath.Join(dir, filepath.FromSlash(name))
		data, err := os.ReadFile(cfg)
		if err != nil {
			continue
		}
		rel, found, ok := configSchemaPath(string(data))
		if !found {
			break // no schema entry: Prisma uses the default places
		}
		if !ok {
			notes = append(notes, fmt.Sprintf("%s: its schema entry is not a plain string path, which strata cannot evaluate; pass --schema", name))
			break
		}
		path := rel
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, filepath.FromSlash(path))
		}
		p, err := loadSchemaPath(path)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w: %s sets schema to %q, which does not exist (looked for %s)", ErrNoSchema, name, rel, path)
		}
		if err != nil {
			return nil, fmt.Errorf("schema %q from %s: %w", rel, name, err)
		}
		p.SchemaFrom = name
		p.Root = projectRoot(dir, p.SchemaPath)
		return p, nil
	}

	// "prisma": {"schema": "..."} in the nearest package.json (Prisma 6).
	pkg, rel, err := packageJSONSchema(dir)
	if err != nil {
		return nil, err
	}
	if rel != "" {
		base := filepath.Dir(pkg)
		path := rel
		if !filepath.IsAbs(path) {
			path = filepath.Join(base, filepath.FromSlash(path))
		}
		p, err := loadSchemaPath(path)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w: %s sets \"prisma\": {\"schema\": %q}, which does not exist (looked for %s)", ErrNoSchema, pkg, rel, path)
		}
		if err != nil {
			return nil, fmt.Errorf("schema %q from %s: %w", rel, pkg, err)
		}
		p.SchemaFrom = "package.json"
		p.Root = projectRoot(base, p.SchemaPath)
		return p, nil
	}

	// The default places.
	rootFile := filepath.Join(dir, "schema.prisma")
	prismaFile := filepath.Join(dir, "prisma", "schema.prisma")
	prismaFolder := filepath.Join(dir, "prisma", "schema")
	if isFile(rootFile) {
		return defaultProject(dir, rootFile)
	}
	folderHasFiles := false
	if isDir(prismaFolder) {
		files, err := schemaFilesIn(prismaFolder)
		if err != nil {
			return nil, err
		}
		folderHasFiles = len(files) > 0
	}
	if isFile(prismaFile) {
		if folderHasFiles {
			return nil, fmt.Errorf("found Prisma schemas at both prisma/schema.prisma and prisma/schema/ in %s: remove one, or pass --schema", dir)
		}
		return defaultProject(dir, prismaFile)
	}
	if folderHasFiles {
		return defaultProject(dir, prismaFolder)
	}

	var b strings.Builder
	fmt.Fprintf(&b, "%s in %s; looked for:\n", ErrNoSchema.Error(), dir)
	for _, n := range notes {
		fmt.Fprintf(&b, "  %s\n", n)
	}
	b.WriteString("  package.json with \"prisma\": {\"schema\": \"...\"}\n")
	b.WriteString("  schema.prisma\n")
	b.WriteString("  prisma/schema.prisma\n")
	b.WriteString("  prisma/schema/ (a folder of .prisma files)\n")
	b.WriteString("Run 'strata init' to create prisma/schema.prisma, or pass --schema with the schema's file or folder.")
	return nil, &notFoundError{msg: b.String()}
}

// notFoundError is ErrNoSchema with the list of places looked in.
type notFoundError struct{ msg string }

func (e *notFoundError) Error() string { return e.msg }
func (e *notFoundError) Unwrap() error { return ErrNoSchema }

func defaultProject(dir, path string) (*Project, error) {
	p, err := loadSchemaPath(path)
	if err != nil {
		return nil, err
	}
	p.SchemaFrom = "default"
	p.Root = projectRoot(dir, p.SchemaPath)
	return p, nil
}

// loadSchemaPath reads the file or folder at path into a Project's schema
// fields. A missing path is an error wrapping fs.ErrNotExist.
func loadSchemaPath(path string) (*Project, error) {
	path = filepath.Clean(path)
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return &Project{SchemaPath: path, SchemaFiles: []string{path}}, nil
	}
	files, err := schemaFilesIn(path)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%w: the folder %s holds no .prisma files", ErrNoSchema, path)
	}
	return &Project{SchemaPath: path, SchemaFiles: files}, nil
}

// schemaFilesIn returns every *.prisma file below folder, recursively,
// sorted, leaving out migrations/ folders. Symbolic links are followed, as
// Prisma does, once each.
func schemaFilesIn(folder string) ([]string, error) {
	var files []string
	visited := map[string]bool{}
	var walk func(dir string) error
	walk = func(dir string) error {
		real, err := filepath.EvalSymlinks(dir)
		if err != nil {
			return fmt.Errorf("reading schema folder: %w", err)
		}
		if visited[real] {
			return nil
		}
		visited[real] = true
		entries, err := os.ReadDir(dir)
		if err != nil {
			return fmt.Errorf("reading schema folder: %w", err)
		}
		for _, e := range entries {
			path := filepath.Join(dir, e.Name())
			mode := e.Type()
			if mode&fs.ModeSymlink != 0 {
				fi, err := os.Stat(path)
				if err != nil {
					continue // a dangling link is not part of the schema
				}
				mode = fi.Mode().Type()
			}
			switch {
			case mode.IsDir():
				if e.Name() == "migrations" {
					continue
				}
				if err := walk(path); err != nil {
					return err
				}
			case mode.IsRegular():
				if filepath.Ext(e.Name()) == ".prisma" {
					files = append(files, path)
				}
			}
		}
		return nil
	}
	if err := walk(folder); err != nil {
		return nil, err
	}
	sort.Strings(files)
	return files, nil
}

// projectRoot returns the project folder for a schema at schemaPath found
// from base: the parent of the nearest folder named "prisma" holding the
// schema, not above base; else base when the schema is inside base; else
// the folder holding the schema (or the parent of a "prisma" folder there).
func projectRoot(base, schemaPath string) string {
	start := filepath.Dir(schemaPath)
	if isDir(schemaPath) {
		start = schemaPath
	}
	if within(base, start) {
		for cur := start; cur != base; cur = filepath.Dir(cur) {
			if filepath.Base(cur) == "prisma" {
				return filepath.Dir(cur)
			}
			if filepath.Dir(cur) == cur {
				break
			}
		}
		return base
	}
	for cur, i := start, 0; i < 2; cur, i = filepath.Dir(cur), i+1 {
		if filepath.Base(cur) == "prisma" {
			return filepath.Dir(cur)
		}
	}
	return filepath.Dir(schemaPath)
}

// within reports whether path is base or below it.
func within(base, path string) bool {
	rel, err := filepath.Rel(base, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// packageJSONSchema returns the nearest package.json at dir or above and its
// "prisma": {"schema": ...} entry ("" when it has none).
func packageJSONSchema(dir string) (pkg, schema string, err error) {
	pkg, raw, err := packageJSONEntry(dir, "schema")
	if err != nil {
		return "", "", fmt.Errorf("%s is not valid JSON (%w): fix it, or pass --schema", pkg, err)
	}
	if raw == nil {
		return pkg, "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", "", fmt.Errorf("%s: \"prisma\": {\"schema\": %s} must be a string path", pkg, raw)
	}
	return pkg, s, nil
}

// packageJSONEntry finds the nearest package.json at dir or above and
// returns its path ("" when there is none) and the value of its
// "prisma": {key: ...} entry, nil when there is no such entry, it is null,
// or "prisma" is not an object. A package.json that is not JSON gives its
// path and the JSON error, for the caller to word.
func packageJSONEntry(dir, key string) (pkg string, raw json.RawMessage, err error) {
	for cur := dir; ; cur = filepath.Dir(cur) {
		name := filepath.Join(cur, "package.json")
		data, err := os.ReadFile(name)
		if err == nil {
			var doc struct {
				Prisma json.RawMessage `json:"prisma"`
			}
			if err := json.Unmarshal(data, &doc); err != nil {
				return name, nil, err
			}
			var cfg map[string]json.RawMessage
			if len(doc.Prisma) == 0 || json.Unmarshal(doc.Prisma, &cfg) != nil {
				return name, nil, nil
			}
			if raw, ok := cfg[key]; ok && string(raw) != "null" {
				return name, raw, nil
			}
			return name, nil, nil
		}
		if filepath.Dir(cur) == cur {
			return "", nil, nil
		}
	}
}

var (
	jsLineComment  = regexp.MustCompile(`(?m)^\s*//.*$`)
	jsBlockComment = regexp.MustCompile(`(?s)/\*.*?\*/`)
	jsSchemaKey    = regexp.MustCompile(`(?:^|[\s{,])["']?schema["']?\s*:\s*`)
	jsString       = regexp.MustCompile(`^(?:"([^"\\\n]*)"|'([^'\\\n]*)'|` + "`([^`$\\\\]*)`" + `)`)
	jsPathCall     = regexp.MustCompile(`^(?:path\.)?(?:join|resolve)\(([^()]*(?:\(\))?[^()]*)\)`)
)

// stripJSComments drops the block and line comments of a Prisma config
// file, so that commented-out settings are not read.
func stripJSComments(src string) string {
	src = jsBlockComment.ReplaceAllString(src, "")
	return jsLineComment.ReplaceAllString(src, "")
}

// configSchemaPath extracts the schema entry of a Prisma config file written
// in TypeScript or JavaScript. found reports whether there is a schema
// entry; ok whether its value is a string strata can read: a string literal,
// or path.join/path.resolve of string literals, __dirname,
// import.meta.dirname and process.cwd().
func configSchemaPath(src string) (path string, found, ok bool) {
	src = stripJSComments(src)
	loc := jsSchemaKey.FindStringIndex(src)
	if loc == nil {
		return "", false, false
	}
	rest := src[loc[1]:]
	if m := jsString.FindStringSubmatch(rest); m != nil {
		return m[1] + m[2] + m[3], true, true
	}
	m := jsPathCall.FindStringSubmatch(rest)
	if m == nil {
		return "", true, false
	}
	var parts []string
	for _, arg := range strings.Split(m[1], ",") {
		arg = strings.TrimSpace(arg)
		switch arg {
		case "":
			continue
		case "__dirname", "import.meta.dirname", "process.cwd()":
			continue // the config file's folder: dir
		}
		sm := jsString.FindStringSubmatch(arg)
		if sm == nil || len(sm[0]) != len(arg) {
			return "", true, false
		}
		parts = append(parts, sm[1]+sm[2]+sm[3])
	}
	if len(parts) == 0 {
		return ".", true, true
	}
	return filepath.ToSlash(filepath.Join(parts...)), true, true
}

func isFile(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && !fi.IsDir()
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
