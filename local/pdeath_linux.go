package local

import (
	"os/exec"
	"syscall"
)

// tieToParent makes the kernel send the server SIGQUIT (immediate shutdown)
// when the thread that started it dies, so that a throwaway cluster does not
// outlive a killed test binary. The caller keeps that thread alive (locked)
// for as long as the server runs.
func tieToParent(cmd *exec.Cmd) {
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Pdeathsig = syscall.SIGQUIT
}
