package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestExitCodes checks the contract: 0 success, 1 user error, 2 usage error.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	valid := "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel A {\n  id Int @id\n}\n"
	invalid := "model A {\n  id Int\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "ok.prisma"), []byte(valid), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.prisma"), []byte(invalid), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"version"}, exitOK},
		{[]string{"validate", "--schema", "ok.prisma"}, exitOK},
		{[]string{"validate", "--schema", "bad.prisma"}, exitUser},
		{[]string{"validate", "--schema", "missing.prisma"}, exitUser},
		{[]string{"format", "--check", "--schema", "ok.prisma"}, exitOK},
		{[]string{"nope"}, exitUsage},
		{[]string{"validate", "--nope"}, exitUsage},
		{[]string{"validate", "extra"}, exitUsage},
		{[]string{"version", "extra"}, exitUsage},
	} {
		var out, errb bytes.Buffer
		a := &app{stdin: &bytes.Buffer{}, stdout: &out, stderr: &errb, getenv: func(string) string { return "" }, dir: dir}
		if got := a.run(context.Background(), tc.args); got != tc.want {
			t.Errorf("strata %v: exit %d, want %d\nstdout: %s\nstderr: %s", tc.args, got, tc.want, out.String(), errb.String())
		}
	}
}
