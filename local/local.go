// Package local owns the managed PostgreSQL cluster of a project: the
// development database that strata runs without Docker under the project's
// .strata/ folder (and, as they land, its branches and restore points).
//
// # Layout
//
// A project's cluster lives in <root>/.strata/pg/:
//
//	data/          the data folder (initdb)
//	postgres.log   the server log (rotated to postgres.log.1 past 10 MB)
//	state.json     the port, user, database and version strata chose
//	lock           serializes starts and stops across strata processes
//
// A .strata/ folder that strata creates gets a .gitignore ignoring it all.
//
// # Choices
//
//   - The server binaries are found by FindServer ($STRATA_PG_BIN, PATH, the
//     usual install folders); a missing server is ErrNoServer, whose message
//     says how to install one.
//   - initdb runs with trust authentication for the user "postgres", UTF8
//     and the C locale (deterministic sorting, present everywhere), and with
//     --no-sync: a development cluster that an OS crash interrupts during its
//     creation is simply created again, and skipping the flushes is most of
//     what makes a fresh start fast. The running server keeps PostgreSQL's
//     defaults (fsync on), so a dev database survives a crash.
//   - The server listens on 127.0.0.1 only, on a port chosen once per project
//     (derived from the project folder, in 54400-55399, or any free port) and
//     remembered in state.json; if it is taken at a later start another is
//     chosen. Trust authentication is therefore reachable from this machine
//     only. The unix socket goes in .strata/pg/ when that path is short
//     enough for a socket (about 100 bytes); otherwise unix sockets are off.
//   - Settings strata manages are written to data/strata.conf at every start
//     and included at the end of postgresql.conf; other settings can be
//     edited in postgresql.conf.
//   - The application database is named "strata" (DefaultDatabase): the
//     cluster belongs to one project, so a fixed name keeps the URL
//     predictable. It is created at every start when missing.
//   - PostgreSQL refuses to run as root. When strata runs as root, the server
//     runs as the owner of an existing data folder, else as the system user
//     "postgres", else as a system user "strata" (created with useradd);
//     .strata/pg is given to that user and every folder above it that the
//     user could not enter gets the search (x) bit for others.
//   - A start when the server is already running does nothing and returns
//     the URL. A postmaster.pid left by a crash does not block a start.
package local

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// DefaultDatabase is the name of the application database of a project's
// cluster.
const DefaultDatabase = "strata"

// Superuser is the database user strata creates the cluster with.
const Superuser = "postgres"

// ErrNotRunning is returned (wrapped) by Stop and URL when the project's
// cluster is not running.
var ErrNotRunning = errors.New("the local database is not running")

const (
	portBase     = 54400
	portSpan     = 1000
	maxLogSize   = 10 << 20
	startTimeout = 60 * time.Second
	maxSocketLen = 100 // sun_path is 108 bytes on Linux, 104 on macOS
)

// Dir returns the folder of the project's cluster: <root>/.strata/pg.
func Dir(root string) string { return filepath.Join(root, ".strata", "pg") }

// LogPath returns the path of the server log of the project's cluster.
func LogPath(root string) string { return filepath.Join(Dir(root), "postgres.log") }

// layout holds the paths of one cluster.
type layout struct {
	root  string
	dir   string // .strata/pg
	data  string
	log   string
	state string
	lock  string
}

func newLayout(root string) (layout, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return layout{}, fmt.Errorf("project folder %q: %w", root, err)
	}
	d := Dir(abs)
	return layout{
		root:  abs,
		dir:   d,
		data:  filepath.Join(d, "data"),
		log:   filepath.Join(d, "postgres.log"),
		state: filepath.Join(d, "state.json"),
		lock:  filepath.Join(d, "lock"),
	}, nil
}

// state is what strata remembers about a cluster between runs.
type state struct {
	Port     int    `json:"port"`
	User     string `json:"user,omitempty"`
	Database string `json:"database"`
	Version  string `json:"version"`
	Bin      string `json:"bin"`
}

func (l layout) readState() state {
	var s state
	b, err := os.ReadFile(l.state)
	if err == nil {
		_ = json.Unmarshal(b, &s)
	}
	if s.Database == "" {
		s.Database = DefaultDatabase
	}
	return s
}

func (l layout) writeState(s state) error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	tmp := l.state + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", l.state, err)
	}
	return os.Rename(tmp, l.state)
}

// Options tune StartWith. The zero value is what Start uses.
type Options struct {
	// Database is the application database to create; "" means
	// DefaultDatabase.
	Database string
	// Settings are extra server settings (postgresql.conf names), written to
	// strata.conf at every start.
	Settings map[string]string
	// Ephemeral runs the server as a child of this process instead of
	// through pg_ctl: on Linux it gets SIGQUIT when this process dies, so a
	// throwaway cluster does not outlive a killed test binary. Its port is
	// any free port, not the project's remembered one.
	Ephemeral bool
	// Getenv reads the environment ($STRATA_PG_BIN); nil means os.Getenv.
	Getenv func(string) string
}

// Started describes the outcome of StartWith.
type Started struct {
	URL     string // postgresql://postgres@127.0.0.1:PORT/DB
	Port    int
	PID     int
	Version string // server version, e.g. "15.18"
	// AlreadyRunning is true when the server was running and nothing was
	// done.
	AlreadyRunning bool
	// Initialized is true when the data folder was created (initdb).
	Initialized bool
	// Server is the set of binaries used (nil when AlreadyRunning).
	Server *Server
}

// Start starts the project's cluster (creating it first if needed) and
// returns the URL of its application database. When the cluster is already
// running it does nothing and returns the URL.
func Start(ctx context.Context, root string) (string, error) {
	s, err := StartWith(ctx, root, Options{})
	if err != nil {
		return "", err
	}
	return s.URL, nil
}

// EnsureRunning is for commands that need a database and have no
// DATABASE_URL: it starts the project's cluster if needed, saying so in one
// line on out, and returns the URL of its application database.
func EnsureRunning(ctx context.Context, root string, out io.Writer) (string, error) {
	s, err := StartWith(ctx, root, Options{})
	if err != nil {
		return "", err
	}
	if !s.AlreadyRunning && out != nil {
		fmt.Fprintf(out, "Started the local database (PostgreSQL %s) at %s\n", s.Version, s.URL)
	}
	return s.URL, nil
}

// StartWith is Start with options.
func StartWith(ctx context.Context, root string, opts Options) (*Started, error) {
	l, err := newLayout(root)
	if err != nil {
		return nil, err
	}
	if opts.Database == "" {
		opts.Database = DefaultDatabase
	}
	if err := l.makeDir(); err != nil {
		return nil, err
	}
	unlock, err := lockFile(ctx, l.lock)
	if err != nil {
		return nil, err
	}
	defer unlock()

	st := l.readState()
	if r, err := l.running(ctx); err != nil {
		return nil, err
	} else if r != nil {
		url := clusterURL(r.port, opts.Database)
		if err := ensureDatabase(ctx, r.port, opts.Database); err != nil {
			return nil, err
		}
		return &Started{URL: url, Port: r.port, PID: r.pid, Version: st.Version, AlreadyRunning: true}, nil
	}

	major := 0
	if b, err := os.ReadFile(filepath.Join(l.data, "PG_VERSION")); err == nil {
		major, _ = strconv.Atoi(strings.TrimSpace(string(b)))
	}
	srv, err := l.findServer(ctx, opts.Getenv, st, major)
	if err != nil {
		return nil, err
	}
	acct, err := serverAccount(ctx, l.data)
	if err != nil {
		return nil, err
	}
	if err := makeTraversable(l.dir, acct); err != nil {
		return nil, err
	}
	res := &Started{Version: srv.Version, Server: srv}
	if major == 0 {
		if err := l.initdb(ctx, srv, acct); err != nil {
			return nil, err
		}
		res.Initialized = true
	}
	rotateLog(l.log)
	if err := chownTree(l.dir, acct); err != nil {
		return nil, fmt.Errorf("giving %s to user %s: %w", l.dir, acct.Name, err)
	}

	port := st.Port
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		port, err = choosePort(l.root, port, opts.Ephemeral || attempt > 0)
		if err != nil {
			return nil, err
		}
		if err := l.writeConf(port, opts.Settings, acct); err != nil {
			return nil, err
		}
		var pid int
		pid, lastErr = l.launch(ctx, srv, acct, port, opts.Ephemeral)
		if lastErr == nil {
			res.Port, res.PID = port, pid
			break
		}
		if !errors.Is(lastErr, errPortTaken) {
			return nil, lastErr
		}
		port = 0
	}
	if lastErr != nil {
		return nil, lastErr
	}
	if err := ensureDatabase(ctx, res.Port, opts.Database); err != nil {
		return nil, err
	}
	name := ""
	if acct != nil {
		name = acct.Name
	}
	st = state{Port: res.Port, User: name, Database: opts.Database, Version: srv.Version, Bin: srv.Dir}
	if err := l.writeState(st); err != nil {
		return nil, err
	}
	res.URL = clusterURL(res.Port, opts.Database)
	return res, nil
}

// makeDir creates .strata/pg. A new .strata/ gets a .gitignore that
// ignores everything in it, so the cluster is never committed by accident.
func (l layout) makeDir() error {
	strata := filepath.Dir(l.dir)
	if _, err := os.Stat(strata); errors.Is(err, os.ErrNotExist) {
		if err := os.MkdirAll(strata, 0o755); err != nil {
			return fmt.Errorf("creating %s: %w", strata, err)
		}
		_ = os.WriteFile(filepath.Join(strata, ".gitignore"), []byte("# Written by strata: the local database is not for version control.\n*\n"), 0o644)
	}
	if err := os.MkdirAll(l.dir, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", l.dir, err)
	}
	return nil
}

// findServer prefers the binaries that ran the cluster last time.
func (l layout) findServer(ctx context.Context, getenv func(string) string, st state, major int) (*Server, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	if getenv(EnvBin) == "" && st.Bin != "" && hasServer(st.Bin) {
		if s, err := probe(ctx, st.Bin); err == nil && (major == 0 || s.Major == major) {
			return s, nil
		}
	}
	return FindServer(ctx, getenv, major)
}

// initdb creates the data folder.
func (l layout) initdb(ctx context.Context, srv *Server, acct *account) error {
	if entries, err := os.ReadDir(l.data); err == nil {
		if len(entries) > 0 {
			return fmt.Errorf("%s is not empty but holds no PostgreSQL cluster (no PG_VERSION): move it away or delete it, then start again", l.data)
		}
		if err := os.Remove(l.data); err != nil {
			return err
		}
	}
	if err := chownTree(l.dir, acct); err != nil {
		return fmt.Errorf("giving %s to user %s: %w", l.dir, acct.Name, err)
	}
	args := []string{"-D", l.data, "-U", Superuser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"}
	if srv.Major >= 14 {
		args = append(args, "--no-instructions")
	}
	cmd := l.command(ctx, srv.Path("initdb"), acct, args...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("initdb failed (%w):\n%s", err, strings.TrimSpace(string(out)))
	}
	conf := filepath.Join(l.data, "postgresql.conf")
	f, err := os.OpenFile(conf, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = io.WriteString(f, "\n# Added by strata: the settings strata manages (port, addresses, ...)\n# are in strata.conf, rewritten at every start.\ninclude_if_exists = 'strata.conf'\n")
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", conf, err)
	}
	return nil
}

// writeConf writes data/strata.conf for a start on port.
func (l layout) writeConf(port int, settings map[string]string, acct *account) error {
	sock := ""
	if runtime.GOOS != "windows" && len(l.dir)+len("/.s.PGSQL.00000.lock") <= maxSocketLen {
		sock = l.dir
	}
	var b strings.Builder
	b.WriteString("# Written by strata at every start: edits here are lost.\n")
	fmt.Fprintf(&b, "listen_addresses = '127.0.0.1'\nport = %d\nunix_socket_directories = %s\n", port, quoteConf(sock))
	keys := make([]string, 0, len(settings))
	for k := range settings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "%s = %s\n", k, quoteConf(settings[k]))
	}
	path := filepath.Join(l.data, "strata.conf")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return chownTree(path, acct)
}

func quoteConf(v string) string { return "'" + strings.ReplaceAll(v, "'", "''") + "'" }

var errPortTaken = errors.New("port taken")

// launch starts the server on port and waits until it accepts connections.
func (l layout) launch(ctx context.Context, srv *Server, acct *account, port int, ephemeral bool) (int, error) {
	logStart := fileSize(l.log)
	var err error
	if ephemeral {
		err = l.launchChild(ctx, srv, acct, port)
	} else {
		cmd := l.command(ctx, srv.Path("pg_ctl"), acct, "start", "-D", l.data, "-l", l.log, "-w", "-t", strconv.Itoa(int(startTimeout/time.Second)), "-s")
		if out, cerr := cmd.CombinedOutput(); cerr != nil {
			err = fmt.Errorf("pg_ctl start: %w: %s", cerr, strings.TrimSpace(string(out)))
		}
	}
	if err == nil {
		err = waitAccepting(ctx, port, startTimeout)
	}
	if err != nil {
		tail := readFrom(l.log, logStart)
		if strings.Contains(tail, "could not bind") || strings.Contains(tail, "Address already in use") {
			return 0, fmt.Errorf("%w: %d", errPortTaken, port)
		}
		return 0, fmt.Errorf("the local database did not start: %w\n%s\n(the server log is %s)", err, lastLines(tail, 15), l.log)
	}
	pf, _ := readPidFile(l.data)
	return pf.pid, nil
}

// launchChild runs postgres as a child of this process, tied to it.
func (l layout) launchChild(ctx context.Context, srv *Server, acct *account, port int) error {
	logf, err := os.OpenFile(l.log, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	cmd := l.command(context.Background(), srv.Path("postgres"), acct, "-D", l.data)
	cmd.Stdout, cmd.Stderr = logf, logf
	detach(cmd)
	tieToParent(cmd)
	started := make(chan error, 1)
	exited := make(chan error, 1)
	go func() {
		// The parent-death signal follows the thread that forked the child:
		// keep this goroutine on its thread for as long as the server runs.
		runtime.LockOSThread()
		if err := cmd.Start(); err != nil {
			logf.Close()
			started <- err
			return
		}
		started <- nil
		exited <- cmd.Wait()
		logf.Close()
	}()
	if err := <-started; err != nil {
		return fmt.Errorf("starting postgres: %w", err)
	}
	wctx, cancel := context.WithTimeout(ctx, startTimeout)
	defer cancel()
	for {
		if pingPort(wctx, port) == nil {
			return nil
		}
		select {
		case err := <-exited:
			return fmt.Errorf("postgres exited: %v", err)
		case <-wctx.Done():
			return fmt.Errorf("postgres did not accept connections within %s", startTimeout)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// command builds a command for a server program, run as acct in the
// cluster folder with a clean PG* environment.
func (l layout) command(ctx context.Context, path string, acct *account, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Dir = l.dir
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PG") {
			continue
		}
		cmd.Env = append(cmd.Env, kv)
	}
	runAs(cmd, acct)
	return cmd
}

// Stop stops the project's cluster (fast shutdown: open sessions are ended).
// It returns an error wrapping ErrNotRunning when the cluster is not running.
func Stop(ctx context.Context, root string) error {
	l, err := newLayout(root)
	if err != nil {
		return err
	}
	if _, err := os.Stat(l.dir); err != nil {
		return fmt.Errorf("%w (no cluster in %s)", ErrNotRunning, l.dir)
	}
	unlock, err := lockFile(ctx, l.lock)
	if err != nil {
		return err
	}
	defer unlock()
	pf, err := readPidFile(l.data)
	if err != nil || !processAlive(pf.pid) || !isPostgresProcess(pf.pid, l.data) {
		return ErrNotRunning
	}
	major := 0
	if b, err := os.ReadFile(filepath.Join(l.data, "PG_VERSION")); err == nil {
		major, _ = strconv.Atoi(strings.TrimSpace(string(b)))
	}
	srv, err := l.findServer(ctx, nil, l.readState(), major)
	if err != nil {
		return err
	}
	acct, err := serverAccount(ctx, l.data)
	if err != nil {
		return err
	}
	cmd := l.command(ctx, srv.Path("pg_ctl"), acct, "stop", "-D", l.data, "-m", "fast", "-w", "-t", "60", "-s")
	if out, err := cmd.CombinedOutput(); err != nil {
		if pf2, perr := readPidFile(l.data); perr != nil || !processAlive(pf2.pid) {
			return nil // it stopped meanwhile
		}
		return fmt.Errorf("stopping the local database: %w: %s (the server log is %s)", err, strings.TrimSpace(string(out)), l.log)
	}
	return nil
}

// Info is the status of a project's cluster.
type Info struct {
	// Initialized is true when the data folder exists.
	Initialized bool
	// Running is true when the server runs and accepts connections.
	Running bool
	PID     int
	// Port is the port of the running server, else the remembered one.
	Port    int
	DataDir string
	LogPath string
	// Version is the server version ("15.18") as last started, or the major
	// version of the data folder.
	Version string
	// URL is the application database's URL when Running.
	URL string
	// Problem says why a server that seems to run does not accept
	// connections (starting up, shutting down, ...); "" otherwise.
	Problem string
}

// Status reports on the project's cluster. It never starts anything.
func Status(ctx context.Context, root string) (*Info, error) {
	l, err := newLayout(root)
	if err != nil {
		return nil, err
	}
	st := l.readState()
	info := &Info{DataDir: l.data, LogPath: l.log, Port: st.Port, Version: st.Version}
	if b, err := os.ReadFile(filepath.Join(l.data, "PG_VERSION")); err == nil {
		info.Initialized = true
		if info.Version == "" {
			info.Version = strings.TrimSpace(string(b))
		}
	}
	pf, err := readPidFile(l.data)
	if err != nil || !processAlive(pf.pid) || !isPostgresProcess(pf.pid, l.data) {
		return info, nil
	}
	info.PID, info.Port = pf.pid, pf.port
	if err := pingPort(ctx, pf.port); err != nil {
		info.Problem = fmt.Sprintf("the server (pid %d) does not accept connections: %v", pf.pid, err)
		return info, nil
	}
	info.Running = true
	info.URL = clusterURL(pf.port, st.Database)
	return info, nil
}

// URL returns the URL of the application database of the running cluster,
// or an error wrapping ErrNotRunning.
func URL(ctx context.Context, root string) (string, error) {
	info, err := Status(ctx, root)
	if err != nil {
		return "", err
	}
	if !info.Running {
		return "", ErrNotRunning
	}
	return info.URL, nil
}

func clusterURL(port int, db string) string {
	return fmt.Sprintf("postgresql://%s@127.0.0.1:%d/%s", Superuser, port, db)
}

// runningServer is a server found running on a data folder.
type runningServer struct{ pid, port int }

// running returns the running server of the cluster, or nil. A
// postmaster.pid whose process is gone is left for PostgreSQL, which
// handles it; one whose pid now belongs to another program is removed.
func (l layout) running(ctx context.Context) (*runningServer, error) {
	pf, err := readPidFile(l.data)
	if err != nil {
		return nil, nil
	}
	if !processAlive(pf.pid) {
		return nil, nil
	}
	if !isPostgresProcess(pf.pid, l.data) {
		_ = os.Remove(filepath.Join(l.data, "postmaster.pid"))
		return nil, nil
	}
	// A live postmaster: wait a little if it is starting up or shutting down.
	deadline := time.Now().Add(15 * time.Second)
	for {
		perr := pingPort(ctx, pf.port)
		if perr == nil {
			return &runningServer{pid: pf.pid, port: pf.port}, nil
		}
		if !processAlive(pf.pid) {
			return nil, nil
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("a server (pid %d) runs on %s but does not accept connections on port %d (%v): stop it with 'strata dev stop', or see %s", pf.pid, l.data, pf.port, perr, l.log)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		if npf, err := readPidFile(l.data); err != nil {
			return nil, nil // it stopped
		} else {
			pf = npf
		}
	}
}

// pidFile is the content of postmaster.pid.
type pidFile struct {
	pid    int
	port   int
	status string
}

func readPidFile(data string) (pidFile, error) {
	b, err := os.ReadFile(filepath.Join(data, "postmaster.pid"))
	if err != nil {
		return pidFile{}, err
	}
	lines := strings.Split(string(b), "\n")
	var pf pidFile
	if len(lines) > 0 {
		pf.pid, _ = strconv.Atoi(strings.TrimSpace(lines[0]))
	}
	if len(lines) > 3 {
		pf.port, _ = strconv.Atoi(strings.TrimSpace(lines[3]))
	}
	if len(lines) > 7 {
		pf.status = strings.TrimSpace(lines[7])
	}
	if pf.pid <= 0 {
		return pf, fmt.Errorf("%s: malformed postmaster.pid", data)
	}
	return pf, nil
}

// choosePort returns want when it is free; otherwise the project's port
// (derived from root) or the next free one after it, or (any) a port the
// system picks.
func choosePort(root string, want int, any bool) (int, error) {
	if want > 0 && portFree(want) {
		return want, nil
	}
	if !any {
		h := fnv.New32a()
		h.Write([]byte(root))
		start := int(h.Sum32() % portSpan)
		for i := 0; i < 50; i++ {
			p := portBase + (start+i)%portSpan
			if p != want && portFree(p) {
				return p, nil
			}
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("finding a free port on 127.0.0.1: %w", err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

func portFree(port int) bool {
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return false
	}
	ln.Close()
	return true
}

// pingPort connects to the maintenance database on port once.
func pingPort(ctx context.Context, port int) error {
	cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	conn, err := pgconn.Connect(cctx, adminDSN(port, "postgres"))
	if err != nil {
		return err
	}
	return conn.Close(cctx)
}

func adminDSN(port int, db string) string {
	return fmt.Sprintf("postgres://%s@127.0.0.1:%d/%s?sslmode=disable&connect_timeout=2", Superuser, port, db)
}

// AdminDSN returns a connection string for the given database of a server
// strata started on port, as the superuser, without TLS (loopback only).
func AdminDSN(port int, db string) string { return adminDSN(port, db) }

func waitAccepting(ctx context.Context, port int, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		err := pingPort(ctx, port)
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("the server does not accept connections on port %d: %w", port, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// ensureDatabase creates db when it does not exist.
func ensureDatabase(ctx context.Context, port int, db string) error {
	if db == "postgres" {
		return nil
	}
	conn, err := pgconn.Connect(ctx, adminDSN(port, "postgres"))
	if err != nil {
		return fmt.Errorf("connecting to the local database: %w", err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	res, err := conn.Exec(ctx, "SELECT 1 FROM pg_database WHERE datname = '"+strings.ReplaceAll(db, "'", "''")+"'").ReadAll()
	if err != nil {
		return fmt.Errorf("looking for database %s: %w", db, err)
	}
	if len(res) > 0 && len(res[0].Rows) > 0 {
		return nil
	}
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+QuoteIdent(db)).ReadAll(); err != nil {
		var pe *pgconn.PgError
		if errors.As(err, &pe) && pe.Code == "42P04" { // created meanwhile
			return nil
		}
		return fmt.Errorf("creating database %s: %w", db, err)
	}
	return nil
}

// QuoteIdent quotes a SQL identifier.
func QuoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

// readFrom returns the content of path from offset on.
func readFrom(path string, off int64) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	if _, err := f.Seek(off, io.SeekStart); err != nil {
		return ""
	}
	b, _ := io.ReadAll(io.LimitReader(f, 1<<20))
	return string(b)
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// rotateLog moves a large log aside before a start.
func rotateLog(path string) {
	if fileSize(path) > maxLogSize {
		_ = os.Rename(path, path+".1")
	}
}
