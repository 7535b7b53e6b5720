//go:build unix

package local

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
)

// account is the unprivileged user the server runs as when strata runs as
// root (PostgreSQL refuses to run as root). nil means the current user.
type account struct {
	Name string
	UID  int
	GID  int
}

// serverAccount chooses the user that owns and runs the cluster in dir.
//
// Not root: the current user. Root: the owner of an existing data folder when
// it is not root; else the system user "postgres" (distributions' packages
// create it); else a system user "strata", created with useradd when missing.
func serverAccount(ctx context.Context, dataDir string) (*account, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	if fi, err := os.Stat(dataDir); err == nil {
		if st, ok := fi.Sys().(*syscall.Stat_t); ok && st.Uid != 0 {
			name := strconv.Itoa(int(st.Uid))
			if u, err := user.LookupId(name); err == nil {
				name = u.Username
			}
			return &account{Name: name, UID: int(st.Uid), GID: int(st.Gid)}, nil
		}
	}
	for _, name := range []string{"postgres", "strata"} {
		if a, err := lookupAccount(name); err == nil {
			return a, nil
		}
	}
	if runtime.GOOS != "linux" {
		return nil, errors.New("PostgreSQL refuses to run as root: run strata as a regular user, or create a user named postgres for the server")
	}
	out, err := exec.CommandContext(ctx, "useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", "strata").CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("PostgreSQL refuses to run as root and creating a system user \"strata\" for it failed (%s): run strata as a regular user, or create a user named postgres: %w", strings.TrimSpace(string(out)), err)
	}
	return lookupAccount("strata")
}

func lookupAccount(name string) (*account, error) {
	u, err := user.Lookup(name)
	if err != nil {
		return nil, err
	}
	uid, err1 := strconv.Atoi(u.Uid)
	gid, err2 := strconv.Atoi(u.Gid)
	if err1 != nil || err2 != nil || uid == 0 {
		return nil, fmt.Errorf("user %s: unusable uid/gid %s/%s", name, u.Uid, u.Gid)
	}
	return &account{Name: name, UID: uid, GID: gid}, nil
}

// runAs makes cmd run as acct (when not nil).
func runAs(cmd *exec.Cmd, acct *account) {
	if acct == nil {
		return
	}
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Credential = &syscall.Credential{Uid: uint32(acct.UID), Gid: uint32(acct.GID), Groups: []uint32{}}
}

// detach puts the server in its own process group so that a Ctrl-C in the
// terminal that ran strata does not reach it.
func detach(cmd *exec.Cmd) {
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Setpgid = true
}

// chownTree gives path and everything below it to acct.
func chownTree(path string, acct *account) error {
	if acct == nil {
		return nil
	}
	return filepath.Walk(path, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if st, ok := fi.Sys().(*syscall.Stat_t); ok && int(st.Uid) == acct.UID && int(st.Gid) == acct.GID {
			return nil
		}
		return os.Lchown(p, acct.UID, acct.GID)
	})
}

// makeTraversable makes sure acct can reach dir: every folder above it that
// acct could not enter gets the search (x) bit for others. Only the search
// bit is added: nobody gains the right to list or read those folders.
func makeTraversable(dir string, acct *account) error {
	if acct == nil {
		return nil
	}
	for d := filepath.Dir(dir); ; d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		if err != nil {
			return err
		}
		st, ok := fi.Sys().(*syscall.Stat_t)
		mode := fi.Mode().Perm()
		can := false
		switch {
		case !ok:
			can = true
		case int(st.Uid) == acct.UID:
			can = mode&0o100 != 0
		case int(st.Gid) == acct.GID:
			can = mode&0o010 != 0
		default:
			can = mode&0o001 != 0
		}
		if !can {
			if err := os.Chmod(d, fi.Mode()|0o001); err != nil {
				return fmt.Errorf("the server runs as user %s and cannot reach %s: %w", acct.Name, d, err)
			}
		}
		if p := filepath.Dir(d); p == d {
			return nil
		}
	}
}

// processAlive reports whether a process with this pid exists.
func processAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// isPostgresProcess reports whether pid looks like the PostgreSQL server of
// the data folder data. On Linux a postmaster's working folder is its data
// folder; where that cannot be read, a command line naming postgres will
// do; where there is no /proc at all, it says yes.
func isPostgresProcess(pid int, data string) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil {
		return runtime.GOOS != "linux" || !errors.Is(err, os.ErrNotExist)
	}
	if !strings.Contains(string(b), "postgres") && !strings.Contains(string(b), "postmaster") {
		return false
	}
	if cwd, err := os.Readlink(fmt.Sprintf("/proc/%d/cwd", pid)); err == nil {
		a, err1 := os.Stat(cwd)
		d, err2 := os.Stat(data)
		if err1 == nil && err2 == nil {
			return os.SameFile(a, d)
		}
	}
	return true
}

// lockFile takes an exclusive lock on path, held until the returned function
// is called. It serializes starts and stops of one cluster across processes.
func lockFile(ctx context.Context, path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	done := make(chan error, 1)
	go func() { done <- syscall.Flock(int(f.Fd()), syscall.LOCK_EX) }()
	select {
	case err := <-done:
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("locking %s: %w", path, err)
		}
		return func() { f.Close() }, nil
	case <-ctx.Done():
		go func() { <-done; f.Close() }()
		return nil, ctx.Err()
	}
}
