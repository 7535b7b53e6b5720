// Package testfs is for tests only: it owns writing a tree of fixture files
// in one call, for tests of several packages.
package testfs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// WriteTree creates files (path → content, "/" separated) under dir, with
// the folders they need. A path ending in "/" creates an empty folder. It
// fails t on any error.
func WriteTree(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(path, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
