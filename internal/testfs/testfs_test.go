package testfs

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWriteTree(t *testing.T) {
	dir := t.TempDir()
	WriteTree(t, dir, map[string]string{
		"a/b/c.txt": "c",
		"top.txt":   "top",
		"empty/":    "",
	})
	tests := []struct {
		path, content string
		dir           bool
	}{
		{"a/b/c.txt", "c", false},
		{"top.txt", "top", false},
		{"empty", "", true},
	}
	for _, tt := range tests {
		p := filepath.Join(dir, filepath.FromSlash(tt.path))
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if st.IsDir() != tt.dir {
			t.Errorf("%s: folder %v, want %v", tt.path, st.IsDir(), tt.dir)
		}
		if !tt.dir {
			if b, _ := os.ReadFile(p); string(b) != tt.content {
				t.Errorf("%s = %q, want %q", tt.path, b, tt.content)
			}
		}
	}
}
