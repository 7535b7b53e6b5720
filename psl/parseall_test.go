package psl

import (
	"fmt"
	"reflect"
	"testing"
)

// TestParseAllMatchesParse: parsing concurrently gives the same trees and
// diagnostics, in the same order, as parsing one file after another.
func TestParseAllMatchesParse(t *testing.T) {
	var srcs []Source
	for i := range 20 {
		text := fmt.Sprintf("model M%d {\n  id Int @id\n  x  Strin%d\n}\n", i, i)
		if i%3 == 0 {
			text += "garbage line\n"
		}
		srcs = append(srcs, Source{Name: fmt.Sprintf("f%02d.prisma", i), Src: []byte(text)})
	}
	files, diags := ParseAll(srcs)
	var want Diagnostics
	for i, s := range srcs {
		f, d := Parse(s.Name, s.Src)
		if !reflect.DeepEqual(f, files[i]) {
			t.Fatalf("file %d differs from Parse", i)
		}
		want = append(want, d...)
	}
	if !reflect.DeepEqual(diags, want) {
		t.Fatalf("diagnostics differ:\n got %v\nwant %v", diags, want)
	}
	if len(want) == 0 {
		t.Fatal("the cases should produce diagnostics")
	}
	if f, d := ParseAll(nil); len(f) != 0 || len(d) != 0 {
		t.Fatal("ParseAll(nil) should be empty")
	}
}
