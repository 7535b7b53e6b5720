package pgtest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/stratadb/strata/local"
)

func TestMain(m *testing.M) { Main(m) }

func query(t testing.TB, url, sql string) []string {
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
	var out []string
	for _, r := range res {
		for _, row := range r.Rows {
			out = append(out, string(row[0]))
		}
	}
	return out
}

func TestParallelDatabases(t *testing.T) {
	var mu sync.Mutex
	urls := map[string]string{}
	t.Run("group", func(t *testing.T) {
		for _, name := range []string{"alpha", "beta"} {
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				start := time.Now()
				url := New(t)
				t.Logf("New: %v", time.Since(start).Round(time.Millisecond))
				mu.Lock()
				urls[name] = url
				mu.Unlock()
				query(t, url, "CREATE TABLE who (name text)")
				query(t, url, "INSERT INTO who VALUES ('"+name+"')")
				got := query(t, url, "SELECT name FROM who")
				if len(got) != 1 || got[0] != name {
					t.Errorf("rows = %q, want only %q", got, name)
				}
			})
		}
	})
	if len(urls) != 2 || urls["alpha"] == urls["beta"] {
		t.Fatalf("urls = %v, want two distinct", urls)
	}
	// Both databases are dropped once their tests are over.
	admin := AdminURL(t)
	for _, u := range urls {
		db := u[strings.LastIndex(u, "/")+1:]
		if got := query(t, admin, "SELECT datname FROM pg_database WHERE datname = '"+db+"'"); len(got) != 0 {
			t.Errorf("database %s still exists", db)
		}
	}
}

func TestSettings(t *testing.T) {
	start := time.Now()
	url := New(t)
	t.Logf("New on a running cluster: %v", time.Since(start).Round(time.Millisecond))
	for _, name := range []string{"fsync", "full_page_writes", "synchronous_commit", "wal_init_zero"} {
		if got := query(t, url, "SHOW "+name); len(got) != 1 || got[0] != "off" {
			t.Errorf("%s = %q, want off", name, got)
		}
	}
	if got := query(t, url, "SHOW listen_addresses"); got[0] != "127.0.0.1" {
		t.Errorf("listen_addresses = %q", got)
	}
}

func TestDroppedWithOpenSession(t *testing.T) {
	var url string
	var conn *pgconn.PgConn
	t.Run("leaky", func(t *testing.T) {
		url = New(t)
		var err error
		conn, err = pgconn.Connect(context.Background(), url)
		if err != nil {
			t.Fatal(err)
		}
		// The session is left open on purpose.
	})
	defer conn.Close(context.Background())
	db := url[strings.LastIndex(url, "/")+1:]
	if got := query(t, AdminURL(t), "SELECT datname FROM pg_database WHERE datname = '"+db+"'"); len(got) != 0 {
		t.Errorf("database %s with an open session was not dropped", db)
	}
}

// fatalTB records the failure of a test run through New.
type fatalTB struct {
	testing.TB
	msg     string
	skipped bool
}

func (f *fatalTB) Helper() {}
func (f *fatalTB) Fatalf(format string, args ...any) {
	f.msg = fmt.Sprintf(format, args...)
	runtime.Goexit()
}
func (f *fatalTB) Skip(args ...any)                 { f.skipped = true; runtime.Goexit() }
func (f *fatalTB) Skipf(format string, args ...any) { f.skipped = true; runtime.Goexit() }
func (f *fatalTB) SkipNow()                         { f.skipped = true; runtime.Goexit() }

func TestNoServerFails(t *testing.T) {
	t.Setenv(local.EnvBin, t.TempDir())
	var c cluster
	f := &fatalTB{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		c.newDB(f)
	}()
	<-done
	if f.skipped || f.msg == "" {
		t.Fatalf("New without a server: skipped=%v, message %q; want a failure", f.skipped, f.msg)
	}
	if !strings.Contains(f.msg, "apt-get install -y postgresql") {
		t.Errorf("the failure does not say how to install:\n%s", f.msg)
	}
}

func TestDBName(t *testing.T) {
	tests := []struct {
		test string
		n    int64
		want string
	}{
		{"TestFoo", 1, "t1_testfoo"},
		{"TestFoo/sub_case#01", 12, "t12_testfoo_sub_case_01"},
		{"Test" + strings.Repeat("X", 100), 3, "t3_test" + strings.Repeat("x", 56)},
		{"TestÜnïcode", 4, "t4_test_n_code"},
	}
	for _, tt := range tests {
		got := dbName(tt.test, tt.n)
		if got != tt.want {
			t.Errorf("dbName(%q, %d) = %q, want %q", tt.test, tt.n, got, tt.want)
		}
		if len(got) > 63 {
			t.Errorf("dbName(%q) is %d bytes", tt.test, len(got))
		}
	}
}

func TestRemoveStale(t *testing.T) {
	dir := t.TempDir()
	// A pid that is certainly gone: a finished child of ours.
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip("no 'true' program:", err)
	}
	dead := cmd.Process.Pid
	mk := func(name string, owner int) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
		if owner != 0 {
			if err := os.WriteFile(filepath.Join(p, ownerFile), []byte(strconv.Itoa(owner)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return p
	}
	stale := mk(dirPrefix+"dead", dead)
	live := mk(dirPrefix+"live", os.Getpid())
	young := mk(dirPrefix+"young", 0)
	other := mk("something-else", dead)
	removeStale(context.Background(), dir)
	for p, want := range map[string]bool{stale: false, live: true, young: true, other: true} {
		_, err := os.Stat(p)
		if got := err == nil; got != want {
			t.Errorf("%s exists = %v, want %v", filepath.Base(p), got, want)
		}
	}
}

// TestKilledProcess kills a test process that runs a cluster and checks
// that its server does not outlive it, and that the next start removes
// its folder.
func TestKilledProcess(t *testing.T) {
	if os.Getenv("PGTEST_HELPER") == "1" {
		New(t)
		b, err := os.ReadFile(filepath.Join(local.Dir(shared.root), "data", "postmaster.pid"))
		if err != nil {
			t.Fatal(err)
		}
		pid := strings.SplitN(string(b), "\n", 2)[0]
		fmt.Printf("READY %s %s\n", pid, shared.root)
		time.Sleep(2 * time.Minute)
		return
	}
	if runtime.GOOS != "linux" {
		t.Skip("the parent-death signal is Linux only")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestKilledProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), "PGTEST_HELPER=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	defer cmd.Process.Kill()
	var postmaster int
	var root string
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 3 && f[0] == "READY" {
			postmaster, _ = strconv.Atoi(f[1])
			root = f[2]
			break
		}
	}
	if postmaster == 0 {
		t.Fatal("the helper did not report its server")
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	deadline := time.Now().Add(10 * time.Second)
	for processAlive(postmaster) {
		if time.Now().After(deadline) {
			t.Fatalf("the server (pid %d) outlived its killed test process", postmaster)
		}
		time.Sleep(20 * time.Millisecond)
	}
	removeStale(ctx, filepath.Dir(root))
	if _, err := os.Stat(root); !os.IsNotExist(err) {
		t.Errorf("%s was not removed: %v", root, err)
	}
}
