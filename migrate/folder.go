package migrate

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// File names inside a migrations folder, as Prisma writes them.
const (
	// FolderName is the name of the migrations folder beside the schema.
	FolderName = "migrations"
	// ScriptName is the SQL file of each migration.
	ScriptName = "migration.sql"
	// LockFileName records the provider the history was written for.
	LockFileName = "migration_lock.toml"
)

// Dir returns the migrations folder of a schema, as Prisma 7 places it:
// beside a single schema file (prisma/migrations for
// prisma/schema.prisma), and inside a multi-file schema folder
// (prisma/schema/migrations for prisma/schema/).
func Dir(schemaPath string) string {
	if fi, err := os.Stat(schemaPath); err == nil && fi.IsDir() {
		return filepath.Join(schemaPath, FolderName)
	}
	return filepath.Join(filepath.Dir(schemaPath), FolderName)
}

// Migration is one migration folder: <timestamp>_<name>/migration.sql.
type Migration struct {
	// Name is the folder's name, which is the migration's name in
	// _prisma_migrations (e.g. 20240101120000_init).
	Name string
	// Path is the path of migration.sql.
	Path string
	// Script is the content of migration.sql; nil when it could not be read
	// (ReadErr says why).
	Script  []byte
	ReadErr error
}

// Checksum returns the checksum of the script as Prisma records it.
func (m *Migration) Checksum() string { return Checksum(m.Script) }

// Folder is a migrations folder as read from disk.
type Folder struct {
	// Path is the folder; it may not exist.
	Path string
	// Migrations are sorted by name, which sorts them by timestamp.
	Migrations []*Migration
	// Lock is the content of migration_lock.toml, nil when absent.
	Lock []byte
}

// ReadFolder reads a migrations folder. A folder that does not exist is an
// empty history, not an error. Every subfolder is a migration, as in
// Prisma; a migration whose migration.sql cannot be read is kept with its
// ReadErr set, so that status can show it and deploy can refuse it.
func ReadFolder(dir string) (*Folder, error) {
	f := &Folder{Path: dir}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return f, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the migrations folder: %w", err)
	}
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		isDir := e.IsDir()
		if e.Type()&fs.ModeSymlink != 0 {
			if fi, err := os.Stat(path); err == nil {
				isDir = fi.IsDir()
			}
		}
		if !isDir {
			if e.Name() == LockFileName {
				lock, err := os.ReadFile(path)
				if err != nil {
					return nil, fmt.Errorf("reading %s: %w", LockFileName, err)
				}
				f.Lock = lock
			}
			continue
		}
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		m := &Migration{Name: e.Name(), Path: filepath.Join(path, ScriptName)}
		m.Script, m.ReadErr = os.ReadFile(m.Path)
		if m.ReadErr != nil {
			m.Script = nil
		}
		f.Migrations = append(f.Migrations, m)
	}
	sort.Slice(f.Migrations, func(i, j int) bool { return f.Migrations[i].Name < f.Migrations[j].Name })
	return f, nil
}

// Names returns the migrations' names in order.
func (f *Folder) Names() []string {
	out := make([]string, len(f.Migrations))
	for i, m := range f.Migrations {
		out[i] = m.Name
	}
	return out
}

// Find returns the migration named name, or nil.
func (f *Folder) Find(name string) *Migration {
	for _, m := range f.Migrations {
		if m.Name == name {
			return m
		}
	}
	return nil
}

// normalizeProvider maps the datasource provider to the name Prisma writes
// in migration_lock.toml ("postgres" is an alias of "postgresql").
func normalizeProvider(p string) string {
	if p == "postgres" {
		return "postgresql"
	}
	return p
}

// LockProvider returns the provider recorded in migration_lock.toml, read
// as Prisma reads it (the first line starting with "provider"), and false
// when there is no lock file.
func (f *Folder) LockProvider() (string, bool) {
	if f.Lock == nil {
		return "", false
	}
	for _, line := range strings.Split(string(f.Lock), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.HasPrefix(line, "provider") {
			v := strings.TrimPrefix(line, "provider")
			v = strings.TrimSpace(v)
			v = strings.TrimSpace(strings.TrimPrefix(v, "="))
			return strings.Trim(v, `"`), true
		}
	}
	return "<PROVIDER NOT FOUND>", true
}

// CheckProvider refuses a history written for another provider (Prisma's
// P3019). A folder without a lock file passes.
func (f *Folder) CheckProvider(provider string) error {
	got, ok := f.LockProvider()
	if !ok {
		return nil
	}
	want := normalizeProvider(provider)
	if got == want {
		return nil
	}
	return &Error{Code: "P3019", Message: fmt.Sprintf(
		"The datasource provider `%s` specified in your schema does not match the one specified in the migration_lock.toml, `%s`. Start a new migration history for %s (move %s away and create a first migration), or change the provider back.",
		want, got, want, f.Path)}
}

// LockFileContent is migration_lock.toml as Prisma writes it.
func LockFileContent(provider string) string {
	return "# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = \"" + normalizeProvider(provider) + "\"\n"
}

// WriteLockFile writes migration_lock.toml into dir (created if needed)
// when it is missing or records another provider.
func WriteLockFile(dir, provider string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating the migrations folder: %w", err)
	}
	path := filepath.Join(dir, LockFileName)
	want := LockFileContent(provider)
	if got, err := os.ReadFile(path); err == nil && string(got) == want {
		return nil
	}
	if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", LockFileName, err)
	}
	return nil
}

// WriteMigration writes dir/<name>/migration.sql and returns its path.
func WriteMigration(dir, name string, script []byte) (string, error) {
	folder := filepath.Join(dir, name)
	if err := os.MkdirAll(folder, 0o755); err != nil {
		return "", fmt.Errorf("creating the migration folder: %w", err)
	}
	path := filepath.Join(folder, ScriptName)
	if err := os.WriteFile(path, script, 0o644); err != nil {
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	return path, nil
}

// Checksum is the checksum Prisma records for a migration script: the
// lowercase hexadecimal SHA-256 of the file's bytes, as they are.
func Checksum(script []byte) string {
	sum := sha256.Sum256(script)
	return hex.EncodeToString(sum[:])
}

// ChecksumMatches reports whether script matches a recorded checksum with
// Prisma's rule: the script as it is, with CRLF line endings turned into
// LF, or with LF turned into CRLF (git may have changed them on checkout);
// and checksums of 64 characters compare with zero-padded hex, shorter
// ones with the unpadded hex an old Prisma version wrote.
func ChecksumMatches(script []byte, checksum string) bool {
	variants := [][]byte{
		script,
		[]byte(strings.ReplaceAll(string(script), "\r\n", "\n")),
		[]byte(strings.ReplaceAll(string(script), "\n", "\r\n")),
	}
	for _, v := range variants {
		sum := sha256.Sum256(v)
		var got string
		if checksum != "" && len(checksum) != 64 {
			got = unpaddedHex(sum[:])
		} else {
			got = hex.EncodeToString(sum[:])
		}
		if got == checksum {
			return true
		}
	}
	return false
}

// unpaddedHex formats bytes without zero padding, as Prisma did before
// prisma-engines issue 1887 was fixed.
func unpaddedHex(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		fmt.Fprintf(&sb, "%x", c)
	}
	return sb.String()
}
