// Package pgtest is the test harness for code that needs a real PostgreSQL
// server: one throwaway cluster per test process and a fresh database per
// test.
//
// Use it like this:
//
//	func TestMain(m *testing.M) { pgtest.Main(m) }
//
//	func TestSomething(t *testing.T) {
//		t.Parallel()
//		url := pgtest.New(t) // postgresql://postgres@127.0.0.1:PORT/t3_testsomething
//		...
//	}
//
// The cluster is started on first use, in a folder made with os.MkdirTemp
// (strata-pgtest-*), with the server binaries that package local finds
// (STRATA_PG_BIN, PATH, the usual install folders). It runs with fsync,
// full_page_writes and synchronous_commit off: its data is thrown away. It
// listens on 127.0.0.1 only, on a free port. When the binaries are missing,
// New fails the test (it does not skip it) with the install hint.
//
// Each New creates a database with a unique name and drops it (with FORCE,
// ending leftover sessions) when the test and its subtests end.
//
// Main stops the cluster and removes its folder when the tests are done. If
// the test binary is killed instead, the server gets SIGQUIT from the kernel
// as its parent dies (Linux), and the next test process that starts a
// cluster removes the folders (and stops the servers) of test processes that
// no longer exist.
//
// The cluster is package state: it is shared by every test of the process by
// design, and is guarded by a mutex.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/stratadb/strata/local"
)

const (
	dirPrefix = "strata-pgtest-"
	ownerFile = "owner.pid"
)

// settings returns the server settings of the throwaway cluster for a
// server of the given major version: durability off, and no zero-filling
// of WAL segments (which otherwise makes CREATE DATABASE take up to seconds
// on a busy disk).
func settings(major int) map[string]string {
	s := map[string]string{
		"fsync":              "off",
		"full_page_writes":   "off",
		"synchronous_commit": "off",
		"max_connections":    "200",
	}
	if major >= 12 {
		s["wal_init_zero"] = "off"
		s["wal_recycle"] = "off"
	}
	return s
}

// cluster is the throwaway cluster of this test process.
type cluster struct {
	mu      sync.Mutex
	started bool
	err     error
	root    string
	port    int
	major   int
	seq     atomic.Int64
}

// shared is the one cluster of the process.
var shared cluster

// Main runs the tests and then stops and removes the cluster, if one was
// started. Call it from TestMain.
func Main(m *testing.M) {
	os.Exit(Run(m))
}

// Run is Main without the exit: it runs the tests, stops and removes the
// cluster, and returns the exit code. It is for a TestMain that hands m to
// another wrapper, such as testscript.Main, which exits itself.
func Run(m interface{ Run() int }) int {
	code := m.Run()
	if err := shared.close(); err != nil {
		fmt.Fprintln(os.Stderr, "pgtest:", err)
	}
	return code
}

// New returns the URL of a new, empty database for this test, dropped when
// the test ends. It starts the cluster on first use. It fails the test when
// no server can be run.
func New(t testing.TB) string {
	t.Helper()
	return shared.newDB(t)
}

func (c *cluster) newDB(t testing.TB) string {
	t.Helper()
	c, err := c.get()
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	name := dbName(t.Name(), c.seq.Add(1))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.exec(ctx, "CREATE DATABASE "+local.QuoteIdent(name)); err != nil {
		t.Fatalf("pgtest: creating database %s: %v", name, err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		drop := "DROP DATABASE IF EXISTS " + local.QuoteIdent(name)
		if c.major >= 13 {
			drop += " WITH (FORCE)"
		}
		if err := c.exec(ctx, drop); err != nil {
			t.Errorf("pgtest: dropping database %s: %v", name, err)
		}
	})
	return fmt.Sprintf("postgresql://%s@127.0.0.1:%d/%s", local.Superuser, c.port, name)
}

// AdminURL returns the URL of the cluster's maintenance database
// ("postgres"), starting the cluster on first use. Tests must not change
// anything there that another test could see.
func AdminURL(t testing.TB) string {
	t.Helper()
	c, err := shared.get()
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	return fmt.Sprintf("postgresql://%s@127.0.0.1:%d/postgres", local.Superuser, c.port)
}

// get starts the cluster once; a failure is remembered so that every test
// fails fast with the same message.
func (c *cluster) get() (*cluster, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.started {
		return c, c.err
	}
	c.started = true
	c.err = c.start()
	return c, c.err
}

func (c *cluster) start() error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srv, err := local.FindServer(ctx, nil, 0)
	if err != nil {
		return err
	}
	removeStale(ctx, os.TempDir())
	root, err := os.MkdirTemp("", dirPrefix)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(root, ownerFile), []byte(strconv.Itoa(os.Getpid())+"\n"), 0o644); err != nil {
		os.RemoveAll(root)
		return err
	}
	s, err := local.StartWith(ctx, root, local.Options{Ephemeral: true, Database: "postgres", Settings: settings(srv.Major)})
	if err != nil {
		_ = local.Stop(ctx, root)
		os.RemoveAll(root)
		return err
	}
	c.root, c.port, c.major = root, s.Port, s.Server.Major
	return nil
}

// close stops the cluster and removes its folder.
func (c *cluster) close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.root == "" {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err := local.Stop(ctx, c.root)
	if errors.Is(err, local.ErrNotRunning) {
		err = nil
	}
	if rerr := os.RemoveAll(c.root); err == nil {
		err = rerr
	}
	c.root = ""
	c.err = errors.New("the test cluster was stopped by pgtest.Main")
	return err
}

// exec runs one statement on the maintenance database.
func (c *cluster) exec(ctx context.Context, sql string) error {
	conn, err := pgconn.Connect(ctx, local.AdminDSN(c.port, "postgres"))
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	_, err = conn.Exec(ctx, sql).ReadAll()
	return err
}

// dbName makes a database name from a test name: t<n>_<name>, lower case,
// at most 63 bytes.
func dbName(test string, n int64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "t%d_", n)
	for _, r := range strings.ToLower(test) {
		if b.Len() >= 63 {
			break
		}
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// removeStale removes the cluster folders in dir left by test processes
// that no longer exist, stopping their servers first if they still run.
func removeStale(ctx context.Context, dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), dirPrefix) {
			continue
		}
		root := filepath.Join(dir, e.Name())
		b, err := os.ReadFile(filepath.Join(root, ownerFile))
		if err != nil {
			// Being created right now, or not ours: leave young ones alone.
			if fi, serr := e.Info(); serr != nil || time.Since(fi.ModTime()) < time.Hour {
				continue
			}
		} else if pid, _ := strconv.Atoi(strings.TrimSpace(string(b))); pid <= 0 || processAlive(pid) {
			continue
		}
		_ = local.Stop(ctx, root)
		_ = os.RemoveAll(root)
	}
}
