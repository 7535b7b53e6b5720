package psl

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// blockCommentDir holds schemas with /* */ comments that Prisma 7 accepts,
// each NAME.prisma with NAME.golden, the output of Prisma's own formatter
// (regenerated with -update, as the corpus goldens are).
const blockCommentDir = "testdata/format/blockcomments"

// TestBlockCommentsAccepted: every schema of blockCommentDir parses without
// a diagnostic (Prisma validates each of them), formats byte for byte as
// Prisma formats it, and formatting again changes nothing where Prisma's
// own output is stable.
func TestBlockCommentsAccepted(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(blockCommentDir, "*.prisma"))
	if len(paths) == 0 {
		t.Fatal("no block comment cases")
	}
	if *update {
		updateBlockCommentGoldens(t, paths)
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".prisma")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".prisma") + ".golden")
			if err != nil {
				t.Fatalf("no Prisma output (run with -update): %v", err)
			}
			f, diags := Parse(name+".prisma", src)
			if len(diags) > 0 {
				t.Fatalf("Prisma accepts this schema; strata reports: %v", diags)
			}
			got := Format(f)
			if !bytes.Equal(got, want) {
				t.Fatalf("differs from Prisma's formatting:\n%s\ngot:\n%s", firstDiff(got, want), got)
			}
			f2, diags := Parse(name+".prisma", got)
			if len(diags) > 0 {
				t.Fatalf("the formatted schema does not parse: %v", diags)
			}
			// Prisma keeps the white space before a block comment that
			// follows another comment line, and its rewrite of such a
			// comment is not stable; strata does the same.
			if again := Format(f2); !bytes.Equal(again, got) && name != "after_comment_lines" && name != "stars_and_indent" {
				t.Errorf("formatting is not idempotent:\n%s", firstDiff(again, got))
			}
		})
	}
}

func updateBlockCommentGoldens(t *testing.T, paths []string) {
	t.Helper()
	for _, path := range paths {
		recordPrismaFormat(t, path, strings.TrimSuffix(path, ".prisma")+".golden", true)
	}
}

// TestBlockCommentsRejected: where Prisma reports a line holding a /* */
// comment (one between the tokens of an item, a second comment after a
// trailing one, an unclosed one), strata reports that line too. The lines
// are Prisma 7's.
func TestBlockCommentsRejected(t *testing.T) {
	const head = "datasource db {\n  provider = \"postgresql\"\n}\n\n"
	for _, tc := range []struct {
		name string
		src  string
		line int
	}{
		{"between type and attribute", "model A {\n  id Int /* k */ @id\n}\n", 6},
		{"inside arguments", "model A {\n  id Int @id @default(/* c */ 1)\n}\n", 6},
		{"two trailing", "model A {\n  id Int @id /* a */ /* b */\n}\n", 6},
		{"between name and type", "model A {\n  id /* a */ Int @id\n}\n", 6},
		{"in a block header", "model /* x */ A {\n  id Int @id\n}\n", 5},
		{"spanning into a field", "model A {\n  id Int @id /* a\n  b */ x Int\n}\n", 6},
		{"before a line comment", "model A {\n  id Int @id /* a */ // b\n}\n", 6},
		{"never closed", "model A {\n  id Int @id\n}\n/* never closed\n", 8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := Parse("s.prisma", []byte(head+tc.src))
			errs := diags.Errors()
			if len(errs) == 0 {
				t.Fatal("no error")
			}
			if errs[0].Span.Start.Line != tc.line {
				t.Errorf("first error on line %d, want %d: %v", errs[0].Span.Start.Line, tc.line, errs[0])
			}
		})
	}
}

// TestBlockCommentTree: a block comment that starts a line is a free
// comment before what follows it on the line; one that ends an item's line
// is the item's trailing comment.
func TestBlockCommentTree(t *testing.T) {
	src := "/* a block\n   comment */ model A {\n  /* lead */ id Int @id /* inline */\n  // after\n}\n"
	f, diags := Parse("s.prisma", []byte(src))
	if len(diags) > 0 {
		t.Fatalf("unexpected diagnostics: %v", diags)
	}
	c, ok := f.Decls[0].(*Comment)
	if !ok || c.Text != "/* a block\n   comment */" || c.Span.Start.Line != 1 || c.Span.End.Line != 2 {
		t.Fatalf("the top block comment: %#v", f.Decls[0])
	}
	b := f.Blocks()
	if len(b) != 1 || b[0].Span.Start.Line != 2 || b[0].Span.Start.Col != 15 {
		t.Fatalf("the model: %+v", b)
	}
	if len(b[0].Fields) != 1 || b[0].Fields[0].Comment == nil || b[0].Fields[0].Comment.Text != "/* inline */" {
		t.Fatalf("the trailing block comment is not the field's comment: %+v", b[0].Fields)
	}
	if lead, ok := b[0].Members[0].(*Comment); !ok || lead.Text != "/* lead */" || b[0].Fields[0].Span.Start.Col != 14 {
		t.Fatalf("the leading block comment: %#v", b[0].Members[0])
	}
}
