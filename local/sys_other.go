//go:build !unix

package local

import (
	"context"
	"os"
	"os/exec"
)

type account struct {
	Name     string
	UID, GID int
}

func serverAccount(ctx context.Context, dataDir string) (*account, error) { return nil, nil }
func runAs(cmd *exec.Cmd, acct *account)                                  {}
func detach(cmd *exec.Cmd)                                                {}
func chownTree(path string, acct *account) error                          { return nil }
func makeTraversable(dir string, acct *account) error                     { return nil }
func isPostgresProcess(pid int, data string) bool                         { return true }

func processAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	_ = p.Release()
	return true
}

func lockFile(ctx context.Context, path string) (func(), error) { return func() {}, nil }
