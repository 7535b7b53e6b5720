//go:build !linux

package local

import "os/exec"

// tieToParent does nothing where the kernel has no parent-death signal: a
// throwaway cluster left by a killed process is removed by the next run of
// its owner (see pgtest).
func tieToParent(cmd *exec.Cmd) {}
