package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stratadb/strata/local"
)

// devDir returns a project folder whose local database is stopped when the
// test ends.
func devDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Cleanup(func() {
		if err := local.Stop(context.Background(), dir); err != nil && !errors.Is(err, local.ErrNotRunning) {
			t.Errorf("cleanup: %v", err)
		}
	})
	return dir
}

var devURLRE = regexp.MustCompile(`postgresql://postgres@127\.0\.0\.1:\d+/strata`)

func TestDevCommands(t *testing.T) {
	dir := devDir(t)
	type step struct {
		args   []string
		code   int
		stdout string // regexp; "{URL}" stands for the URL
		stderr string // regexp; "" means empty
	}
	var url string
	steps := []step{
		{args: []string{"dev", "status"}, code: 1, stdout: `has not been created yet`},
		{args: []string{"dev", "start"}, stdout: `^Created and started the local database \(PostgreSQL \d+[.\d]*\) in \.strata/pg at {URL}\n$`},
		{args: []string{"dev", "start"}, stdout: `^The local database is already running at {URL}\n$`},
		{args: []string{"dev", "url"}, stdout: `^{URL}\n$`},
		{args: []string{"dev", "status"}, stdout: `(?s)^The local database is running\.\n  URL:      {URL}\n  PID: .*Port: .*Version:  PostgreSQL .*Data:     \.strata/pg/data\n  Log:      \.strata/pg/postgres\.log\n$`},
		{args: []string{"dev", "logs"}, stdout: `database system is ready to accept connections`},
		{args: []string{"dev", "logs", "-n", "1"}, stdout: `^[^\n]*\n$`},
		{args: []string{"dev", "stop"}, stdout: `^Stopped the local database\.\n$`},
		{args: []string{"dev", "stop"}, stdout: `^The local database is not running\.\n$`},
		{args: []string{"dev", "status"}, code: 1, stdout: `is stopped`},
		// url starts a stopped server, with a note on stderr only.
		{args: []string{"dev", "url"}, stdout: `^{URL}\n$`, stderr: `^Started the local database \(PostgreSQL [\d.]+\) at {URL}\n$`},
		{args: []string{"dev", "nonsense"}, code: 2, stderr: `unknown command|takes no arguments`},
	}
	for i, s := range steps {
		code, stdout, stderr := runIn(t, dir, nil, s.args...)
		if url == "" {
			url = devURLRE.FindString(stdout)
		}
		check := func(what, pattern, got string) {
			if pattern == "" {
				if got != "" {
					t.Errorf("step %d %v: %s = %q, want nothing", i, s.args, what, got)
				}
				return
			}
			re := regexp.MustCompile(strings.ReplaceAll(pattern, "{URL}", regexp.QuoteMeta(url)))
			if !re.MatchString(got) {
				t.Errorf("step %d %v: %s =\n%s\nwant match for %s", i, s.args, what, got, re)
			}
		}
		if code != s.code {
			t.Errorf("step %d %v: exit %d, want %d (stderr %q)", i, s.args, code, s.code, stderr)
		}
		check("stdout", s.stdout, stdout)
		check("stderr", s.stderr, stderr)
	}
	if url == "" {
		t.Fatal("no URL seen")
	}
}

func TestDevPsql(t *testing.T) {
	if _, err := exec.LookPath("psql"); err != nil {
		if srv, ferr := local.FindServer(context.Background(), nil, 0); ferr != nil || srv.Psql() == "" {
			t.Skip("no psql client on this machine")
		}
	}
	dir := devDir(t)
	code, stdout, stderr := runIn(t, dir, nil, "dev", "psql", "-tAc", "select 40 + 2")
	if code != 0 || stdout != "42\n" {
		t.Errorf("psql -tAc: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "Started the local database") {
		t.Errorf("stderr %q does not say the database was started", stderr)
	}
	code, stdout, _ = runIn(t, dir, nil, "dev", "psql", "--", "-tAc", "select current_database()")
	if code != 0 || stdout != "strata\n" {
		t.Errorf("psql -- -tAc: exit %d, stdout %q", code, stdout)
	}
	code, _, stderr = runIn(t, dir, nil, "dev", "psql", "-v", "ON_ERROR_STOP=1", "-c", "select no_such_column")
	if code == 0 || !strings.Contains(stderr, "no_such_column") {
		t.Errorf("failing psql: exit %d, stderr %q", code, stderr)
	}
}

func TestDevHelp(t *testing.T) {
	for _, args := range [][]string{{"dev", "--help"}, {"dev", "start", "--help"}, {"dev", "psql", "--help"}, {"dev", "logs", "--help"}, {"dev", "status", "--help"}} {
		code, stdout, _ := runIn(t, t.TempDir(), nil, args...)
		if code != 0 || !strings.Contains(stdout, "Examples:") {
			t.Errorf("%v: exit %d, output lacks examples:\n%s", args, code, stdout)
		}
	}
}

func TestDatabaseURL(t *testing.T) {
	ctx := context.Background()
	dir := devDir(t)
	var errOut bytes.Buffer
	a := &app{stderr: &errOut, dir: dir, getenv: func(k string) string {
		if k == "DATABASE_URL" {
			return "postgresql://app@db.example:5432/app"
		}
		return ""
	}}
	got, err := a.databaseURL(ctx, dir)
	if err != nil || got != "postgresql://app@db.example:5432/app" {
		t.Errorf("with DATABASE_URL: %q, %v", got, err)
	}
	if info, err := local.Status(ctx, dir); err != nil || info.Initialized {
		t.Errorf("DATABASE_URL set, yet a local database was created: %+v, %v", info, err)
	}

	a.getenv = func(string) string { return "" }
	got, err = a.databaseURL(ctx, dir)
	if err != nil || !devURLRE.MatchString(got) {
		t.Fatalf("without DATABASE_URL: %q, %v", got, err)
	}
	if !strings.HasPrefix(errOut.String(), "Started the local database") {
		t.Errorf("stderr = %q", errOut.String())
	}
	errOut.Reset()
	if again, err := a.databaseURL(ctx, dir); err != nil || again != got || errOut.Len() != 0 {
		t.Errorf("second call: %q, %v, stderr %q", again, err, errOut.String())
	}
}

func TestDevRootFollowsSchema(t *testing.T) {
	dir := devDir(t)
	sub := filepath.Join(dir, "prisma")
	if err := mkdirWrite(filepath.Join(sub, "schema.prisma"), "datasource db {\n  provider = \"postgresql\"\n}\n"); err != nil {
		t.Fatal(err)
	}
	a := &app{dir: dir, getenv: func(string) string { return "" }}
	root, err := a.devRoot()
	if err != nil || root != dir {
		t.Errorf("devRoot = %q, %v; want %q", root, err, dir)
	}
}

func mkdirWrite(path, content string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(content), 0o644)
}
