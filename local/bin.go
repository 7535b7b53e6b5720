package local

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

// ErrNoServer is returned (wrapped) when no PostgreSQL server binaries
// (initdb, pg_ctl, postgres) can be found. Its message says how to install
// them.
var ErrNoServer = errors.New("PostgreSQL server binaries (initdb, pg_ctl, postgres) not found")

// EnvBin is the environment variable naming the folder of the PostgreSQL
// server binaries to use. It wins over PATH and the usual install folders.
const EnvBin = "STRATA_PG_BIN"

// installHint is the actionable part of the ErrNoServer message.
const installHint = `strata runs a local PostgreSQL server for development and needs its binaries.
Install them with your package manager:
  Debian/Ubuntu:  apt-get install -y postgresql
  Fedora/RHEL:    dnf install postgresql-server
  macOS:          brew install postgresql@17
or set ` + EnvBin + ` to the folder holding initdb, pg_ctl and postgres.
Or set DATABASE_URL to use a database you run yourself.`

// serverBinaries are the programs a folder must hold to run a cluster.
var serverBinaries = [...]string{"initdb", "pg_ctl", "postgres"}

// Server is a set of PostgreSQL server binaries found on this machine.
type Server struct {
	// Dir is the folder holding initdb, pg_ctl and postgres.
	Dir string
	// Version is the full version, e.g. "15.18".
	Version string
	// Major is the major version, e.g. 15.
	Major int
}

// Path returns the path of the named program in the server folder.
func (s *Server) Path(name string) string { return filepath.Join(s.Dir, exe(name)) }

// Psql returns the psql client beside the server binaries, else the one on
// PATH, else "".
func (s *Server) Psql() string {
	if p := s.Path("psql"); isExecutable(p) {
		return p
	}
	if p, err := exec.LookPath("psql"); err == nil {
		return p
	}
	return ""
}

// FindServer finds the PostgreSQL server binaries: the folder named by
// $STRATA_PG_BIN if set, then the folder of initdb on PATH, then the usual
// install folders of Linux distributions, Homebrew and Postgres.app (newest
// version first). getenv reads the environment (nil means os.Getenv).
//
// When major is not 0, only binaries of that major version qualify (a data
// folder can only be run by the major version that created it).
func FindServer(ctx context.Context, getenv func(string) string, major int) (*Server, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	if dir := getenv(EnvBin); dir != "" {
		if !hasServer(dir) {
			return nil, fmt.Errorf("%s=%s: the folder does not hold initdb, pg_ctl and postgres: %w\n%s", EnvBin, dir, ErrNoServer, installHint)
		}
		s, err := probe(ctx, dir)
		if err != nil {
			return nil, err
		}
		if major != 0 && s.Major != major {
			return nil, fmt.Errorf("%s=%s holds PostgreSQL %s, but the local database was created by PostgreSQL %d: point %s at PostgreSQL %d binaries, or delete .strata/pg to start over (its data is lost)", EnvBin, dir, s.Version, major, EnvBin, major)
		}
		return s, nil
	}
	var found []*Server
	for _, dir := range candidateDirs() {
		if !hasServer(dir) {
			continue
		}
		s, err := probe(ctx, dir)
		if err != nil {
			continue
		}
		if major == 0 || s.Major == major {
			return s, nil
		}
		found = append(found, s)
	}
	if len(found) > 0 {
		var vs []string
		for _, s := range found {
			vs = append(vs, s.Version+" in "+s.Dir)
		}
		return nil, fmt.Errorf("the local database was created by PostgreSQL %d, but only PostgreSQL %s was found: install PostgreSQL %d and set %s to its bin folder, or delete .strata/pg to start over (its data is lost): %w", major, strings.Join(vs, ", "), major, EnvBin, ErrNoServer)
	}
	return nil, fmt.Errorf("%w\n%s", ErrNoServer, installHint)
}

// candidateDirs lists the folders to look in, in order of preference:
// PATH first, then the install folders, newest version first.
func candidateDirs() []string {
	var dirs []string
	seen := map[string]bool{}
	add := func(d string) {
		if d == "" {
			return
		}
		if r, err := filepath.EvalSymlinks(d); err == nil {
			d = r
		}
		if !seen[d] {
			seen[d] = true
			dirs = append(dirs, d)
		}
	}
	for _, name := range serverBinaries {
		if p, err := exec.LookPath(name); err == nil {
			if r, err := filepath.EvalSymlinks(p); err == nil {
				p = r
			}
			add(filepath.Dir(p))
		}
	}
	var globbed []string
	patterns := []string{
		"/usr/lib/postgresql/*/bin",          // Debian, Ubuntu
		"/usr/pgsql-*/bin",                   // PGDG RPMs
		"/usr/lib/postgresql*/bin",           // openSUSE, Alpine
		"/opt/homebrew/opt/postgresql@*/bin", // Homebrew, Apple silicon
		"/opt/homebrew/opt/postgresql/bin",   //
		"/usr/local/opt/postgresql@*/bin",    // Homebrew, Intel
		"/usr/local/opt/postgresql/bin",      //
		"/usr/local/pgsql/bin",               // built from source
		"/opt/local/lib/postgresql*/bin",     // MacPorts
		"/Applications/Postgres.app/Contents/Versions/*/bin",
	}
	if runtime.GOOS == "windows" {
		patterns = []string{`C:\Program Files\PostgreSQL\*\bin`}
	}
	for _, pat := range patterns {
		m, _ := filepath.Glob(pat)
		globbed = append(globbed, m...)
	}
	// Newest first: compare the first number found in each path.
	sort.SliceStable(globbed, func(i, j int) bool { return pathVersion(globbed[i]) > pathVersion(globbed[j]) })
	for _, d := range globbed {
		add(d)
	}
	add("/usr/bin") // Fedora's postgresql-server installs here (also found via PATH)
	return dirs
}

var numRE = regexp.MustCompile(`\d+(\.\d+)?`)

// pathVersion extracts a sortable version from an install folder's path.
func pathVersion(p string) float64 {
	m := numRE.FindAllString(p, -1)
	if len(m) == 0 {
		return 0
	}
	f, _ := strconv.ParseFloat(m[len(m)-1], 64)
	return f
}

func hasServer(dir string) bool {
	for _, n := range serverBinaries {
		if !isExecutable(filepath.Join(dir, exe(n))) {
			return false
		}
	}
	return true
}

func isExecutable(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular() && (runtime.GOOS == "windows" || fi.Mode()&0o111 != 0)
}

func exe(name string) string {
	if runtime.GOOS == "windows" {
		return name + ".exe"
	}
	return name
}

var versionRE = regexp.MustCompile(`\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?`)

// probe asks the postgres binary in dir for its version.
func probe(ctx context.Context, dir string) (*Server, error) {
	out, err := exec.CommandContext(ctx, filepath.Join(dir, exe("postgres")), "--version").Output()
	if err != nil {
		return nil, fmt.Errorf("running %s --version: %w", filepath.Join(dir, "postgres"), err)
	}
	return parseVersion(dir, string(out))
}

// parseVersion reads "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)".
func parseVersion(dir, out string) (*Server, error) {
	m := versionRE.FindStringSubmatch(out)
	if m == nil {
		return nil, fmt.Errorf("%s: unexpected version output %q", filepath.Join(dir, "postgres"), strings.TrimSpace(out))
	}
	major, _ := strconv.Atoi(m[1])
	v := m[1]
	if m[2] != "" {
		v += "." + m[2]
	}
	return &Server{Dir: dir, Version: v, Major: major}, nil
}
