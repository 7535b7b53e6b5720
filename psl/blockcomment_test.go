package psl

import (
	"strings"
	"testing"
)

// TestBlockComments: Prisma accepts /* */ comments. A block comment that ends
// its line (also one spanning lines) is kept as a comment and formatted
// verbatim; one followed by more on its line, or never closed, is an error
// rather than a place where text could be lost.
func TestBlockComments(t *testing.T) {
	src := "/* a block\n   comment */\nmodel A {\n  id Int @id /* inline */\n  // after\n}\n"
	f, diags := Parse("s.prisma", []byte(src))
	if len(diags) > 0 {
		t.Fatalf("unexpected diagnostics: %v", diags)
	}
	b := f.Blocks()
	if len(b) != 1 || len(b[0].Fields) != 1 || b[0].Fields[0].Comment == nil || b[0].Fields[0].Comment.Text != "/* inline */" {
		t.Fatalf("the trailing block comment is not the field's comment: %+v", b)
	}
	c, ok := f.Decls[0].(*Comment)
	if !ok || c.Text != "/* a block\n   comment */" || c.Span.Start.Line != 1 || c.Span.End.Line != 2 {
		t.Fatalf("the top block comment: %#v", f.Decls[0])
	}
	if b[0].Span.Start.Line != 3 {
		t.Errorf("model starts on line %d, want 3", b[0].Span.Start.Line)
	}
	out := Format(f)
	for _, want := range []string{"/* a block\n   comment */", "/* inline */", "// after"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("formatted output lost %q:\n%s", want, out)
		}
	}
	f2, _ := Parse("s.prisma", out)
	if string(Format(f2)) != string(out) {
		t.Error("formatting is not idempotent with block comments")
	}

	for _, bad := range []string{"model A {\n  id Int /* c */ @id\n}\n", "model A {\n  id Int @id\n}\n/* never closed\n"} {
		if _, diags := Parse("s.prisma", []byte(bad)); !diags.HasErrors() {
			t.Errorf("no error for %q", bad)
		}
	}
}
