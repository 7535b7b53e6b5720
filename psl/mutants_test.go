package psl_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stratadb/strata/internal/testcorpus"
	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
)

// The mutation test breaks one line of a real schema at a time and checks
// that strata reports its first error on the line where Prisma 7 does.
// Prisma's verdicts are recorded in mutantGolden (run with -update and
// PRISMA_PEER_DIR set, as for the format goldens), so the test runs without
// Node.

const (
	mutantGolden = "testdata/mutants/prisma-first-error.tsv"
	// mutantsPerSchema mutants are made of each base schema.
	mutantsPerSchema = 34
	// minMutantAgreement is the number of mutants on which strata's first
	// error line agrees with Prisma's, out of all of them: the test fails
	// below it. Raise it when the parser gets better.
	minMutantAgreement = 1054
)

// updateMutants reports whether -update was given (the flag is declared by
// the package's internal tests, which share this test binary).
func updateMutants() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// mutant is one broken schema: the base it came from, its number and text
// (number -1 for the base itself).
type mutant struct {
	base string
	n    int
	src  []byte
	line int    // the broken line
	was  string // its text before
}

// key names the mutant in the golden file; the base itself is NAME#base.
func (m mutant) key() string {
	if m.n < 0 {
		return m.base + "#base"
	}
	return fmt.Sprintf("%s#%d", m.base, m.n)
}

func (m mutant) hash() string {
	h := fnv.New32a()
	h.Write(m.src)
	return fmt.Sprintf("%08x", h.Sum32())
}

// mutantBases returns the single-file schemas of the corpus and the seeds,
// that validate, by name, with the url lines of their datasource removed (Prisma 7 rejects
// them there).
func mutantBases(t *testing.T) (names []string, srcs map[string][]byte) {
	t.Helper()
	srcs = map[string][]byte{}
	type base struct {
		name string
		src  []byte
	}
	var bases []base
	for _, d := range testcorpus.Projects(t) {
		if files := testcorpus.Sources(t, d); len(files) == 1 {
			rel, _ := filepath.Rel(testcorpus.Dir, d)
			bases = append(bases, base{filepath.ToSlash(filepath.Join(rel, files[0].Name)), files[0].Src})
		}
	}
	for _, p := range testcorpus.Seeds(t) {
		rel, _ := filepath.Rel(testcorpus.Dir, p)
		bases = append(bases, base{filepath.ToSlash(rel), testcorpus.Sources(t, p)[0].Src})
	}
	if len(bases) < 20 {
		t.Fatalf("found only %d base schemas; is the shared corpus at %s?", len(bases), testcorpus.Dir)
	}
	urlLine := regexp.MustCompile(`(?m)^[ \t]*(url|directUrl|shadowDatabaseUrl)[ \t]*=.*\r?\n`)
	for _, b := range bases {
		name, src := b.name, b.src
		src = urlLine.ReplaceAll(src, nil)
		if strataFirstError(src) != 0 {
			continue // one corpus schema is invalid on purpose
		}
		names = append(names, name)
		srcs[name] = src
	}
	sort.Strings(names)
	return names, srcs
}

// tokenRe splits a line into the tokens a mutation may delete.
var tokenRe = regexp.MustCompile(`[\p{L}\p{N}_.\-]+|"(?:\\.|[^"\\])*"|\S`)

// makeMutants breaks each base schema mutantsPerSchema times, the same way
// on every run: a line with text that is not a comment is picked, and one
// character or one token of it is deleted. Mutants equal to their base are
// skipped.
func makeMutants(names []string, srcs map[string][]byte) []mutant {
	var out []mutant
	for _, name := range names {
		h := fnv.New64a()
		h.Write([]byte(name))
		rng := rand.New(rand.NewPCG(h.Sum64(), 7))
		lines := strings.SplitAfter(string(srcs[name]), "\n")
		var cand []int
		for i, l := range lines {
			tl := strings.TrimSpace(l)
			if tl != "" && !strings.HasPrefix(tl, "//") {
				cand = append(cand, i)
			}
		}
		for n := 0; n < mutantsPerSchema; n++ {
			li := cand[rng.IntN(len(cand))]
			line := lines[li]
			body := strings.TrimRight(line, "\r\n")
			eol := line[len(body):]
			var mutated string
			if rng.IntN(2) == 0 {
				// Delete one character that is not white space.
				var idx []int
				for i, r := range body {
					if r != ' ' && r != '\t' {
						idx = append(idx, i)
					}
				}
				at := idx[rng.IntN(len(idx))]
				_, w := firstRune(body[at:])
				mutated = body[:at] + body[at+w:]
			} else {
				locs := tokenRe.FindAllStringIndex(body, -1)
				loc := locs[rng.IntN(len(locs))]
				mutated = body[:loc[0]] + body[loc[1]:]
			}
			cp := append([]string(nil), lines...)
			cp[li] = mutated + eol
			out = append(out, mutant{base: name, n: n, src: []byte(strings.Join(cp, "")), line: li + 1, was: strings.TrimSpace(body)})
		}
	}
	return out
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// strataFirstError is the line of the first error strata reports for src
// (parsed as one file and validated), or 0 when it reports none.
func strataFirstError(src []byte) int {
	f, pd := psl.Parse("schema.prisma", src)
	_, vd := schema.Build([]*psl.File{f})
	errs := append(pd, vd...).Errors()
	if len(errs) == 0 {
		return 0
	}
	return errs[0].Span.Start.Line
}

// TestMutantsFirstErrorLine compares strata's first error line on each
// mutant with Prisma's recorded one, logs every disagreement and fails when
// the agreement falls below minMutantAgreement.
func TestMutantsFirstErrorLine(t *testing.T) {
	names, srcs := mutantBases(t)
	muts := makeMutants(names, srcs)
	var bases []mutant
	for _, name := range names {
		bases = append(bases, mutant{base: name, n: -1, src: srcs[name]})
	}
	if updateMutants() {
		recordPrismaVerdicts(t, append(bases, muts...))
	}
	want := readMutantGolden(t)
	// Only bases that Prisma accepts too: two corpus schemas name a preview
	// feature Prisma 7 rejects and strata only warns about.
	skip := map[string]bool{}
	for _, b := range bases {
		if w, ok := want[b.key()]; !ok || w.hash != b.hash() {
			t.Fatalf("no Prisma verdict for base %s (run with -update)", b.base)
		} else if w.line != 0 {
			skip[b.base] = true
		}
	}
	agree, total := 0, 0
	var disagree []string
	for _, m := range muts {
		if skip[m.base] {
			continue
		}
		total++
		w, ok := want[m.key()]
		if !ok {
			t.Fatalf("no Prisma verdict for mutant %s (run with -update)", m.key())
		}
		if w.hash != m.hash() {
			t.Fatalf("mutant %s is not the one Prisma judged (run with -update)", m.key())
		}
		got := strataFirstError(m.src)
		if got == w.line {
			agree++
			continue
		}
		lines := strings.Split(string(m.src), "\n")
		show := func(n int) string {
			if n <= 0 || n > len(lines) {
				return "(valid)"
			}
			return strconv.Quote(strings.TrimSpace(lines[n-1]))
		}
		disagree = append(disagree, fmt.Sprintf("%s: line %d %q broken into %s; prisma line %d %s, strata line %d %s",
			m.key(), m.line, m.was, show(m.line), w.line, show(w.line), got, show(got)))
	}
	for _, d := range disagree {
		t.Log(d)
	}
	t.Logf("first error line agrees with Prisma on %d of %d mutants (%d base schemas Prisma rejects left out)", agree, total, len(skip))
	if agree < minMutantAgreement {
		t.Errorf("agreement %d/%d fell below %d", agree, total, minMutantAgreement)
	}
}

type mutantVerdict struct {
	hash string
	line int
}

// readMutantGolden reads "key<TAB>hash<TAB>line" rows; line 0 means Prisma
// accepts the mutant.
func readMutantGolden(t *testing.T) map[string]mutantVerdict {
	t.Helper()
	f, err := os.Open(mutantGolden)
	if err != nil {
		t.Fatalf("no Prisma verdicts (run with -update): %v", err)
	}
	defer f.Close()
	out := map[string]mutantVerdict{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) != 3 || strings.HasPrefix(parts[0], "#") {
			continue
		}
		n, err := strconv.Atoi(parts[2])
		if err != nil {
			t.Fatalf("bad row %q", sc.Text())
		}
		out[parts[0]] = mutantVerdict{hash: parts[1], line: n}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

var prismaLocRe = regexp.MustCompile(`-->\s+\S+?:(\d+)`)

// recordPrismaVerdicts runs Prisma's validator on every mutant (and base)
// not yet judged and writes the first error lines to mutantGolden.
func recordPrismaVerdicts(t *testing.T, muts []mutant) {
	t.Helper()
	peer := os.Getenv("PRISMA_PEER_DIR")
	if peer == "" {
		t.Fatal("-update needs PRISMA_PEER_DIR: the work folder of the Prisma peer (see its README)")
	}
	oracle := filepath.Join(peer, "schema-oracle.cjs")
	dir := t.TempDir()
	lines := make([]int, len(muts))
	errs := make([]error, len(muts))
	// Verdicts already recorded for the same text are kept: the oracle takes
	// a quarter of a second a run.
	old := map[string]mutantVerdict{}
	if _, err := os.Stat(mutantGolden); err == nil {
		old = readMutantGolden(t)
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i, m := range muts {
		if v, ok := old[m.key()]; ok && v.hash == m.hash() {
			lines[i] = v.line
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			path := filepath.Join(dir, fmt.Sprintf("m%d.prisma", i))
			if err := os.WriteFile(path, m.src, 0o644); err != nil {
				errs[i] = err
				return
			}
			out, _ := exec.Command("node", oracle, "validate", path).Output()
			var res struct {
				OK      bool   `json:"ok"`
				Message string `json:"message"`
			}
			if err := json.Unmarshal(out, &res); err != nil {
				errs[i] = fmt.Errorf("oracle output for %s: %w: %s", m.key(), err, out)
				return
			}
			if res.OK {
				return
			}
			loc := prismaLocRe.FindStringSubmatch(res.Message)
			if loc == nil {
				errs[i] = fmt.Errorf("no location in Prisma's message for %s: %s", m.key(), res.Message)
				return
			}
			lines[i], _ = strconv.Atoi(loc[1])
		}()
	}
	wg.Wait()
	var b strings.Builder
	b.WriteString("# mutant\tfnv32a of its text\tPrisma 7's first error line (0: valid)\n")
	for i, m := range muts {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		fmt.Fprintf(&b, "%s\t%s\t%d\n", m.key(), m.hash(), lines[i])
	}
	if err := os.MkdirAll(filepath.Dir(mutantGolden), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(mutantGolden, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
