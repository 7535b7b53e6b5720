package schema_test

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stratadb/strata/internal/testcorpus"
	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
)

// corpusDir is the shared corpus of real schemas, beside the project.
const corpusDir = testcorpus.Dir

func requireCorpus(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		t.Fatalf("the shared corpus is missing at %s (it sits beside the project): %v", corpusDir, err)
	}
}

// validate parses and validates a schema file, or every *.prisma file
// below a folder (migrations/ excluded), as one schema.
func validate(t testing.TB, path string) (*schema.Schema, psl.Diagnostics, []*psl.File) {
	t.Helper()
	s, files, diags := testcorpus.Load(t, path)
	return s, diags, files
}

func render(ds psl.Diagnostics, files []*psl.File) string {
	var b strings.Builder
	ds.RenderAll(&b, psl.SourcesOf(files...), false)
	return b.String()
}

// TestCorpusSchemas: every PostgreSQL schema that Prisma accepts validates;
// the one Prisma rejects is rejected with the same error on the same line;
// other providers get the one provider error.
func TestCorpusSchemas(t *testing.T) {
	requireCorpus(t)
	dirs := append(testcorpus.Projects(t), testcorpus.OtherProviders(t)...)
	dirs = append(dirs, testcorpus.Seeds(t)...)
	n := 0
	for _, dir := range dirs {
		n++
		t.Run(filepath.Base(dir), func(t *testing.T) {
			_, diags, files := validate(t, dir)
			errs := diags.Errors()
			switch {
			case strings.Contains(dir, "other-providers"):
				if len(errs) != 1 || !strings.Contains(errs[0].Message, "strata targets PostgreSQL") {
					t.Fatalf("want exactly the provider error, got:\n%s", render(diags, files))
				}
			case strings.HasSuffix(dir, "webstudio-is__webstudio"):
				if len(errs) == 0 || errs[0].Message != "Error validating: Views cannot have primary keys." || errs[0].Span.Start.Line != 321 {
					t.Fatalf("want Prisma's verdict (views cannot have primary keys, line 321: Prisma says 319 with the two url lines removed), got:\n%s", render(diags, files))
				}
			default:
				if len(errs) > 0 {
					t.Fatalf("Prisma accepts this schema; strata reports:\n%s", render(diags, files))
				}
			}
		})
	}
	if n < 40 {
		t.Fatalf("found only %d corpus schemas; is the corpus complete?", n)
	}
}

var (
	expectHead = regexp.MustCompile(`^// (error|warning): (.*)$`)
	expectLoc  = regexp.MustCompile(`^//\s+-->\s+schema\.prisma:(\d+)`)
	providerRe = regexp.MustCompile(`(?m)^\s*provider\s*=\s*"([a-z]+)"`)
)

type expectation struct {
	verdict string // valid, warning, error
	first   string // first diagnostic message of the verdict's severity
	line    int    // its line
}

// readExpectation reads the trailing // error: / // warning: block of a
// prisma-engines validation case.
func readExpectation(src []byte) expectation {
	e := expectation{verdict: "valid"}
	var firstErr, firstWarn *expectation
	var cur *expectation
	sc := bufio.NewScanner(strings.NewReader(string(src)))
	for sc.Scan() {
		line := sc.Text()
		if m := expectHead.FindStringSubmatch(line); m != nil {
			x := &expectation{verdict: m[1], first: m[2]}
			if m[1] == "error" && firstErr == nil {
				firstErr = x
			}
			if m[1] == "warning" && firstWarn == nil {
				firstWarn = x
			}
			cur = x
			continue
		}
		if m := expectLoc.FindStringSubmatch(line); m != nil && cur != nil && cur.line == 0 {
			cur.line, _ = strconv.Atoi(m[1])
		}
	}
	switch {
	case firstErr != nil:
		return *firstErr
	case firstWarn != nil:
		return *firstWarn
	}
	return e
}

// TestPrismaValidationCases scores strata against the cases of Prisma's own
// validator: the same verdict, and the first error (or warning) on the same
// line. It fails below 100% agreement.
func TestPrismaValidationCases(t *testing.T) {
	requireCorpus(t)
	cases := testcorpus.Cases(t)
	if len(cases) == 0 {
		t.Fatal("no psl-cases found")
	}
	agree := 0
	for _, path := range cases {
		rel, _ := filepath.Rel(corpusDir+"/psl-cases", path)
		ok := t.Run(rel, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want := readExpectation(src)
			if m := providerRe.FindSubmatch(src); m != nil && string(m[1]) != "postgresql" && string(m[1]) != "postgres" && strings.Contains(string(src), "datasource") {
				want = expectation{verdict: "error", first: "strata targets PostgreSQL"}
			}
			if rel == filepath.Join("views", "no_unique.prisma") {
				// Its expectation predates Prisma 6; both current majors accept it.
				want = expectation{verdict: "valid"}
			}
			if rel == filepath.Join("views", "multi_schema.prisma") {
				// Its block predates the deprecation of the multiSchema flag:
				// Prisma 6.19 and 7 both warn that the flag is no longer needed.
				want = expectation{verdict: "warning", line: 9}
			}
			if rel == filepath.Join("preview_features", "partial_indexes", "postgresql_basic.prisma") {
				// Its expectation predates the released syntax: Prisma 7.10
				// accepts only raw("...") or an object literal and rejects a
				// plain string (psl7 column of the corpus's SOURCE.txt).
				want = expectation{verdict: "error", line: 17}
			}
			f, pd := psl.Parse("schema.prisma", src)
			_, vd := schema.Build([]*psl.File{f})
			diags := append(pd, vd...)
			got := "valid"
			var first *psl.Diagnostic
			if errs := diags.Errors(); len(errs) > 0 {
				got, first = "error", &errs[0]
			} else if ws := diags.Warnings(); len(ws) > 0 {
				got, first = "warning", &ws[0]
			}
			if got != want.verdict {
				t.Fatalf("verdict %s, want %s (%s at line %d); strata says:\n%s", got, want.verdict, want.first, want.line, render(diags, []*psl.File{f}))
			}
			if first == nil {
				return
			}
			if want.line != 0 && first.Span.Start.Line != want.line {
				t.Fatalf("first %s at line %d, want line %d (%s); strata says:\n%s", got, first.Span.Start.Line, want.line, want.first, render(diags, []*psl.File{f}))
			}
			if want.line == 0 && !strings.Contains(first.Message, want.first) {
				t.Fatalf("first %s %q, want it to contain %q", got, first.Message, want.first)
			}
		})
		if ok {
			agree++
		}
	}
	t.Logf("agreement with Prisma's validation cases: %d/%d", agree, len(cases))
	if agree != len(cases) {
		t.Errorf("agreement %d/%d is below 100%%", agree, len(cases))
	}
}
