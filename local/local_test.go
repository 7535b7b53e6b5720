package local

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// newRoot returns a project folder whose cluster is stopped when the test
// ends.
func newRoot(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	t.Cleanup(func() {
		if err := Stop(context.Background(), root); err != nil && !errors.Is(err, ErrNotRunning) {
			t.Errorf("cleanup: %v", err)
		}
	})
	return root
}

func mustStart(t *testing.T, root string) *Started {
	t.Helper()
	s, err := StartWith(context.Background(), root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// query runs one statement on url and returns the first value.
func query(t *testing.T, url, sql string) string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgconn.Connect(ctx, url)
	if err != nil {
		t.Fatalf("connect %s: %v", url, err)
	}
	defer conn.Close(ctx)
	res, err := conn.Exec(ctx, sql).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	if len(res) == 0 || len(res[0].Rows) == 0 {
		return ""
	}
	return string(res[0].Rows[0][0])
}

var urlRE = regexp.MustCompile(`^postgresql://postgres@127\.0\.0\.1:(\d+)/strata$`)

func TestLifecycle(t *testing.T) {
	ctx := context.Background()
	root := newRoot(t)

	t0 := time.Now()
	s := mustStart(t, root)
	t.Logf("fresh start (initdb included): %v", time.Since(t0).Round(time.Millisecond))
	if !s.Initialized || s.AlreadyRunning {
		t.Errorf("first start: Initialized=%v AlreadyRunning=%v", s.Initialized, s.AlreadyRunning)
	}
	m := urlRE.FindStringSubmatch(s.URL)
	if m == nil {
		t.Fatalf("URL %q does not match %s", s.URL, urlRE)
	}
	if got := query(t, s.URL, "SELECT current_database()"); got != "strata" {
		t.Errorf("current_database = %q", got)
	}
	if got := query(t, s.URL, "SHOW listen_addresses"); got != "127.0.0.1" {
		t.Errorf("listen_addresses = %q", got)
	}
	if got := query(t, s.URL, "SHOW server_encoding"); got != "UTF8" {
		t.Errorf("server_encoding = %q", got)
	}
	if _, err := os.Stat(LogPath(root)); err != nil {
		t.Errorf("log: %v", err)
	}

	// A second start is a no-op returning the same URL.
	t1 := time.Now()
	s2 := mustStart(t, root)
	t.Logf("second start: %v", time.Since(t1).Round(time.Millisecond))
	if !s2.AlreadyRunning || s2.URL != s.URL || s2.PID != s.PID {
		t.Errorf("second start = %+v, want already running at %s (pid %d)", s2, s.URL, s.PID)
	}

	info, err := Status(ctx, root)
	if err != nil {
		t.Fatal(err)
	}
	if !info.Running || !info.Initialized || info.PID != s.PID || info.Port != s.Port || info.URL != s.URL || info.Version != s.Version {
		t.Errorf("status = %+v, started = %+v", info, s)
	}
	if u, err := URL(ctx, root); err != nil || u != s.URL {
		t.Errorf("URL = %q, %v", u, err)
	}

	if err := Stop(ctx, root); err != nil {
		t.Fatal(err)
	}
	info, err = Status(ctx, root)
	if err != nil {
		t.Fatal(err)
	}
	if info.Running || !info.Initialized || info.Port != s.Port {
		t.Errorf("status after stop = %+v", info)
	}
	if _, err := URL(ctx, root); !errors.Is(err, ErrNotRunning) {
		t.Errorf("URL after stop: err = %v, want ErrNotRunning", err)
	}
	if err := Stop(ctx, root); !errors.Is(err, ErrNotRunning) {
		t.Errorf("second stop: err = %v, want ErrNotRunning", err)
	}

	// A restart keeps the port and the data.
	t2 := time.Now()
	s3 := mustStart(t, root)
	t.Logf("restart: %v", time.Since(t2).Round(time.Millisecond))
	if s3.Initialized || s3.AlreadyRunning || s3.URL != s.URL {
		t.Errorf("restart = %+v, want %s", s3, s.URL)
	}
}

func TestStatusNeverStarted(t *testing.T) {
	root := t.TempDir()
	info, err := Status(context.Background(), root)
	if err != nil {
		t.Fatal(err)
	}
	if info.Running || info.Initialized || info.PID != 0 {
		t.Errorf("status = %+v", info)
	}
	if err := Stop(context.Background(), root); !errors.Is(err, ErrNotRunning) {
		t.Errorf("stop: %v, want ErrNotRunning", err)
	}
}

func TestStalePidFile(t *testing.T) {
	root := newRoot(t)
	s := mustStart(t, root)
	query(t, s.URL, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)")

	// A crash: the postmaster dies and leaves postmaster.pid behind.
	if err := syscall.Kill(s.PID, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 200 && processAlive(s.PID); i++ {
		time.Sleep(10 * time.Millisecond)
	}
	pidPath := filepath.Join(Dir(root), "data", "postmaster.pid")
	if _, err := os.Stat(pidPath); err != nil {
		t.Fatalf("expected a stale postmaster.pid: %v", err)
	}
	info, err := Status(context.Background(), root)
	if err != nil || info.Running {
		t.Fatalf("status after crash = %+v, %v", info, err)
	}
	s2 := mustStart(t, root)
	if s2.AlreadyRunning {
		t.Fatal("start after crash says already running")
	}
	if got := query(t, s2.URL, "SELECT id FROM kept"); got != "42" {
		t.Errorf("data after crash recovery = %q", got)
	}

	// A pid file naming a live process that is not PostgreSQL (pid reuse).
	if err := Stop(context.Background(), root); err != nil {
		t.Fatal(err)
	}
	fake := fmt.Sprintf("%d\n%s\n0\n%d\n\n127.0.0.1\n0 0\nready\n", os.Getpid(), filepath.Join(Dir(root), "data"), s2.Port)
	if err := os.WriteFile(pidPath, []byte(fake), 0o600); err != nil {
		t.Fatal(err)
	}
	s3 := mustStart(t, root)
	if s3.AlreadyRunning || s3.PID == os.Getpid() {
		t.Errorf("start with a reused pid = %+v", s3)
	}
}

func TestPortTaken(t *testing.T) {
	ctx := context.Background()
	root := newRoot(t)
	s := mustStart(t, root)
	if err := Stop(ctx, root); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(s.Port))
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	s2 := mustStart(t, root)
	if s2.Port == s.Port {
		t.Fatalf("started on the taken port %d", s.Port)
	}
	if got := query(t, s2.URL, "SELECT 1"); got != "1" {
		t.Errorf("SELECT 1 = %q", got)
	}
	// The new port is remembered.
	if err := Stop(ctx, root); err != nil {
		t.Fatal(err)
	}
	s3 := mustStart(t, root)
	if s3.Port != s2.Port {
		t.Errorf("restart port = %d, want the remembered %d", s3.Port, s2.Port)
	}
}

func TestLongPathDisablesSocket(t *testing.T) {
	root := filepath.Join(t.TempDir(), strings.Repeat("long-folder-name-", 6))
	if err := os.MkdirAll(root, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = Stop(context.Background(), root) })
	s := mustStart(t, root)
	if got := query(t, s.URL, "SHOW unix_socket_directories"); got != "" {
		t.Errorf("unix_socket_directories = %q, want none for a long path", got)
	}
}

func TestEnsureRunning(t *testing.T) {
	ctx := context.Background()
	root := newRoot(t)
	var out bytes.Buffer
	url, err := EnsureRunning(ctx, root, &out)
	if err != nil {
		t.Fatal(err)
	}
	want := regexp.MustCompile(`^Started the local database \(PostgreSQL \d+(\.\d+)?\) at ` + regexp.QuoteMeta(url) + "\n$")
	if !want.MatchString(out.String()) {
		t.Errorf("output %q does not match %s", out.String(), want)
	}
	out.Reset()
	url2, err := EnsureRunning(ctx, root, &out)
	if err != nil || url2 != url || out.Len() != 0 {
		t.Errorf("second EnsureRunning = %q, %v, printed %q", url2, err, out.String())
	}
}

func TestEphemeral(t *testing.T) {
	root := newRoot(t)
	s, err := StartWith(context.Background(), root, Options{Ephemeral: true, Database: "other", Settings: map[string]string{"fsync": "off"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := query(t, s.URL, "SHOW fsync"); got != "off" {
		t.Errorf("fsync = %q", got)
	}
	if !strings.HasSuffix(s.URL, "/other") {
		t.Errorf("URL = %q", s.URL)
	}
}

func TestNoServer(t *testing.T) {
	empty := t.TempDir()
	getenv := func(k string) string {
		if k == EnvBin {
			return empty
		}
		return ""
	}
	_, err := FindServer(context.Background(), getenv, 0)
	if !errors.Is(err, ErrNoServer) {
		t.Fatalf("err = %v, want ErrNoServer", err)
	}
	for _, want := range []string{"apt-get install -y postgresql", "dnf install postgresql-server", "brew install postgresql@17", EnvBin} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not mention %q:\n%v", want, err)
		}
	}
	_, err = StartWith(context.Background(), t.TempDir(), Options{Getenv: getenv})
	if !errors.Is(err, ErrNoServer) {
		t.Errorf("start: err = %v, want ErrNoServer", err)
	}
}

func TestParseVersion(t *testing.T) {
	tests := []struct {
		out     string
		version string
		major   int
	}{
		{"postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n", "15.18", 15},
		{"postgres (PostgreSQL) 17.2\n", "17.2", 17},
		{"postgres (PostgreSQL) 18beta1\n", "18", 18},
		{"postgres (PostgreSQL) 9.6.24\n", "9.6", 9},
	}
	for _, tt := range tests {
		s, err := parseVersion("/x", tt.out)
		if err != nil {
			t.Errorf("%q: %v", tt.out, err)
			continue
		}
		if s.Version != tt.version || s.Major != tt.major {
			t.Errorf("%q: got %s/%d, want %s/%d", tt.out, s.Version, s.Major, tt.version, tt.major)
		}
	}
	if _, err := parseVersion("/x", "garbage"); err == nil {
		t.Error("garbage: no error")
	}
}

func TestPathVersionOrder(t *testing.T) {
	tests := []struct {
		a, b string // a is newer
	}{
		{"/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"},
		{"/opt/homebrew/opt/postgresql@17/bin", "/opt/homebrew/opt/postgresql@14/bin"},
		{"/usr/pgsql-15/bin", "/usr/lib/postgresql/9.6/bin"},
	}
	for _, tt := range tests {
		if pathVersion(tt.a) <= pathVersion(tt.b) {
			t.Errorf("pathVersion(%s)=%v not > pathVersion(%s)=%v", tt.a, pathVersion(tt.a), tt.b, pathVersion(tt.b))
		}
	}
}
