package gen

import (
	"context"
	"errors"
	"fmt"
	"go/format"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/internal/pgtest"
	"github.com/stratadb/strata/internal/testcorpus"
	"github.com/stratadb/strata/migrate"
	"github.com/stratadb/strata/postgres"
	"github.com/stratadb/strata/schema"
	"github.com/stratadb/strata/sqlschema"
)

// TestMain runs the package's tests against one throwaway PostgreSQL
// cluster (see internal/pgtest), which TestCorpusClientsRun uses.
func TestMain(m *testing.M) { pgtest.Main(m) }

// modulePath is the import path of the module, to import the generated
// clients from the smoke programs.
const modulePath = "github.com/stratadb/strata"

// smokeRoot is where TestCorpusClientsRun writes its clients, programs and
// binaries: one temporary folder per run, removed when the test ends.
const smokeRoot = "testdata/smoke"

// smokePrelude is SQL run before a schema's tables are created, for
// objects the schema uses but does not declare (the projects create them
// in hand-written migrations); the same as compat's catalog test.
var smokePrelude = map[string]struct{ sql, why string }{
	"trycompai__comp": {
		`CREATE FUNCTION generate_prefixed_cuid(prefix text) RETURNS text LANGUAGE sql AS $$ SELECT prefix || '_' || md5(random()::text) $$;`,
		`dbgenerated("generate_prefixed_cuid('acc'::text)") calls a function the project defines in a migration`,
	},
	"lukevella__rallly": {
		`CREATE EXTENSION citext;`,
		"@db.Citext columns without the citext extension in the datasource",
	},
	// Schemas of the compat sweeps, for STRATA_SMOKE_DIR.
	"dir-OpenPipe__OpenPipe": {
		`CREATE FUNCTION nanoid() RETURNS text LANGUAGE sql AS $$ SELECT substr(md5(random()::text), 1, 10) $$;`,
		`dbgenerated("nanoid()") calls a function the project defines in a migration`,
	},
}

// smokeSkipped are schemas whose tables no migration made from the schema
// alone can create (neither Prisma's nor strata's), and why: skipped.
var smokeSkipped = map[string]string{
	"dir-maybe-finance__maybe": `dbgenerated defaults that read other columns (CASE WHEN (type = ...)): generated columns in the project's database, which a DEFAULT cannot express`,
}

// smokeImplied maps the errors of creating a schema's tables to the
// extension that a schema uses without declaring it (types or operator
// classes of an extension the projects create in hand-written
// migrations): the extension is created first, on a fresh database, or
// the schema is skipped when the server lacks it.
var smokeImplied = []struct{ err, ext string }{
	{`type "citext" does not exist`, "citext"},
	{`type "vector" does not exist`, "vector"},
	{`type "geography" does not exist`, "postgis"},
	{`type "geometry" does not exist`, "postgis"},
	{`operator class "gin_trgm_ops" does not exist`, "pg_trgm"},
	{`operator class "gist_trgm_ops" does not exist`, "pg_trgm"},
}

// smokeUndeclared are extensions a schema needs without declaring them in
// its datasource: the schema is skipped (with the reason) when the server
// does not offer the extension, and created first when it does.
var smokeUndeclared = map[string]struct{ ext, why string }{
	"prisma__prisma-examples__postgis-express": {"postgis", `Unsupported("\"public\".geography") columns`},
}

// smokeKnownBugs lists, per schema, the models whose operations fail
// because of a known client bug, and the bug. Those failures are logged,
// not reported as errors; every other failure of the schema is, and so is
// a listed model that no longer fails (remove it from the list). Empty:
// the bugs it held (bit/varbit, inet, oid, timetz not read back; Join
// includes of a model of more than 100 columns) are fixed.
var smokeKnownBugs = map[string]map[string]string{}

// smokeSchemas lists the corpus schemas Prisma accepts, name to path: the
// same list as TestCorpusBuild's corpusSchemas (package gen_test), and the
// schemas of testdata/smoke (named smoke-<file name>), for the types and
// shapes the corpus lacks. With STRATA_SMOKE_DIR set, every folder in it
// is a schema too (its *.prisma files, sub-folders kept), named
// dir-<folder name>. With STRATA_CORPUS_ONLY=pattern1,pattern2 only the
// schemas whose names match one of the patterns (path.Match: a plain name,
// or e.g. "dir-*") are kept.
func smokeSchemas(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, p := range append(testcorpus.Projects(t), testcorpus.Seeds(t)...) {
		base := filepath.Base(p)
		if base == "webstudio-is__webstudio" { // the schema Prisma rejects
			continue
		}
		out[strings.TrimSuffix(base, ".prisma")] = p
	}
	if len(out) < 30 {
		t.Fatalf("found only %d corpus schemas", len(out))
	}
	extra, err := filepath.Glob(filepath.Join(smokeRoot, "*.prisma"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range extra {
		out["smoke-"+strings.TrimSuffix(filepath.Base(p), ".prisma")] = p
	}
	if dir := os.Getenv("STRATA_SMOKE_DIR"); dir != "" {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatalf("STRATA_SMOKE_DIR: %v", err)
		}
		for _, e := range entries {
			if e.IsDir() {
				out["dir-"+e.Name()] = filepath.Join(dir, e.Name())
			}
		}
	}
	if only := os.Getenv("STRATA_CORPUS_ONLY"); only != "" {
		kept := map[string]string{}
		for _, pat := range strings.Split(only, ",") {
			pat = strings.TrimSpace(pat)
			found := false
			for n, p := range out {
				ok, err := path.Match(pat, n)
				if err != nil {
					t.Fatalf("STRATA_CORPUS_ONLY: %v", err)
				}
				if ok {
					kept[n], found = p, true
				}
			}
			if !found {
				t.Fatalf("STRATA_CORPUS_ONLY: no schema matches %q", pat)
			}
		}
		out = kept
	}
	return out
}

// smokeCase is one schema of the smoke test: its generated client and
// program, and its database.
type smokeCase struct {
	name string
	dir  string // the program's folder, relative to the package
	bin  string
	want *sqlschema.Schema
	s    *schema.Schema
}

// TestCorpusClientsRun proves that the SQL the generated clients send is
// valid for the real schemas of the corpus, whose odd types (@db.Money,
// Citext, Inet, Xml, Uuid, Decimal, BigInt, Bytes, Json, enum arrays,
// Unsupported), mapped names, multiSchema, composite ids, self relations
// and implicit m-n join tables TestCorpusBuild only type-checks.
//
// For every corpus schema Prisma accepts, it generates the client and a
// program (main.go beside the client package db; smokeProgram writes it
// from the generator's own model data, so it uses the generated Go names)
// that opens the client on a database URL and, for every model, creates a
// row when sample values can fill it, reads with FindMany (Take 1, and
// with every relation included, with both relation load strategies),
// Count, FindFirst ordered by the id, FindUnique of the created row (also
// with includes) and deletes it. All programs are built with one go build;
// each runs (with a timeout) on a fresh database where strata's own
// migration (sqlschema.From, migrate.Diff, postgres.Render) created the
// schema's tables. The test fails listing every failing model and
// operation that the programs print.
//
// Views are not created by migrations, so their models are left out (the
// program says so). A schema that needs an extension the server does not
// offer is skipped with the reason; so is one that uses an extension's
// types or operator classes without declaring it (smokeImplied), when the
// server lacks it, and when it has it, the extension is created first.
// smokeSkipped lists schemas whose tables no migration can create.
//
// STRATA_SMOKE_DIR=folder adds every schema in that folder, one per
// sub-folder (<name>/schema.prisma or a multi-file <name>/ folder, the
// layout compat/sweep.sh takes), named dir-<name>: to run the clients of
// schemas outside the corpus, such as a sweep's. STRATA_CORPUS_ONLY=
// name1,name2 runs only those schemas (the corpus folder or seed file
// names, smoke-<file>, dir-<name>; path.Match patterns too, so "dir-*"
// runs only the folder's), to iterate quickly. Skipped with -short.
func TestCorpusClientsRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs every corpus client; skipped with -short")
	}
	schemas := smokeSchemas(t)
	if err := os.MkdirAll(smokeRoot, 0o755); err != nil {
		t.Fatal(err)
	}
	root, err := os.MkdirTemp(smokeRoot, "run-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	bin, err := filepath.Abs(filepath.Join(root, "bin"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(schemas))
	for n := range schemas {
		names = append(names, n)
	}
	sort.Strings(names)
	var cases []*smokeCase
	var pkgs []string
	for _, name := range names {
		if why, ok := smokeSkipped[name]; ok {
			t.Logf("%s: skipped: %s", name, why)
			continue
		}
		s, _, diags := testcorpus.Load(t, schemas[name])
		if (diags.HasErrors() || s == nil) && strings.HasPrefix(name, "dir-") {
			// A folder's schema may be one Prisma rejects too.
			t.Logf("%s: skipped, the schema is not valid: %v", name, diags)
			continue
		}
		if diags.HasErrors() || s == nil {
			t.Errorf("%s: %v", name, diags)
			continue
		}
		want, err := sqlschema.From(s, sqlschema.FromOptions{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		dirName := strings.NewReplacer("-", "_", ".", "_").Replace(name)
		dir := filepath.Join(root, dirName)
		files, err := Generate(s, "db")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if err := Write(filepath.Join(dir, "db"), files); err != nil {
			t.Fatal(err)
		}
		g, err := newGenerator(s, "db")
		if err != nil {
			t.Fatal(err)
		}
		src := smokeProgram(g, modulePath+"/gen/"+filepath.ToSlash(dir)+"/db")
		if err := os.WriteFile(filepath.Join(dir, "main.go"), src, 0o644); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, "./"+filepath.ToSlash(dir))
		cases = append(cases, &smokeCase{name: name, dir: dir, bin: filepath.Join(bin, dirName), want: want, s: s})
	}
	if len(pkgs) == 0 {
		t.Fatal("no schema to run")
	}
	start := time.Now()
	build := exec.Command("go", append([]string{"build", "-o", bin + string(filepath.Separator)}, pkgs...)...)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build of the smoke programs: %v\n%s", err, out)
	}
	t.Logf("go build of %d smoke programs (and their clients): %v", len(pkgs), time.Since(start))

	var mu sync.Mutex
	var failures []string
	t.Run("run", func(t *testing.T) {
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				t.Parallel()
				out, err := runSmoke(t, c)
				known := smokeKnownBugs[c.name]
				failed := map[string]bool{}
				var unknown []string
				for _, l := range strings.Split(out, "\n") {
					if !strings.HasPrefix(l, "FAIL ") {
						continue
					}
					l = strings.TrimPrefix(l, "FAIL ")
					model, _, _ := strings.Cut(l, " ")
					if _, ok := known[model]; ok {
						failed[model] = true
						continue
					}
					unknown = append(unknown, l)
				}
				t.Logf("%s", out)
				for model, bug := range known {
					if failed[model] {
						t.Logf("known client bug, model %s: %s", model, bug)
					} else {
						t.Errorf("model %s no longer fails: remove it from smokeKnownBugs (%s)", model, bug)
					}
				}
				if len(unknown) > 0 {
					mu.Lock()
					for _, l := range unknown {
						failures = append(failures, c.name+": "+l)
					}
					mu.Unlock()
					t.Errorf("%v: %d failing operations", err, len(unknown))
				} else if err != nil && len(failed) == 0 {
					t.Errorf("%v", err)
				}
			})
		}
	})
	if len(failures) > 0 {
		sort.Strings(failures)
		t.Errorf("%d failing operations:\n%s", len(failures), strings.Join(failures, "\n"))
	}
}

// runSmoke creates c's database and tables and runs its program on it; it
// returns the program's output, and an error when it failed. It skips t
// when an extension the schema needs is not offered by the server.
func runSmoke(t *testing.T, c *smokeCase) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	implied := map[string]string{}
	for {
		url, err := createSmokeDB(ctx, t, c, implied)
		if err == nil {
			cmd := exec.CommandContext(ctx, c.bin, url)
			out, err := cmd.CombinedOutput()
			if ctx.Err() != nil {
				err = fmt.Errorf("timed out: %w", errors.Join(err, ctx.Err()))
			}
			return strings.TrimRight(string(out), "\n"), err
		}
		ext := ""
		for _, x := range smokeImplied {
			if strings.Contains(err.Error(), x.err) {
				ext = x.ext
			}
		}
		if ext == "" || implied[ext] != "" {
			t.Fatalf("creating the tables: %v", err)
		}
		// Again on a fresh database, with the extension created first.
		implied[ext] = "used by the schema, not declared in its datasource: " + firstLine(err.Error())
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// createSmokeDB creates a database for c with its tables, and returns its
// URL; implied holds extensions to create first, with why. It skips t
// when the server lacks an extension the schema needs, and returns the
// error of creating the tables.
func createSmokeDB(ctx context.Context, t *testing.T, c *smokeCase, implied map[string]string) (string, error) {
	t.Helper()
	url := pgtest.New(t)
	conn, err := postgres.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	exts := map[string]string{}
	for ext, why := range implied {
		exts[ext] = why
	}
	for _, e := range c.want.Extensions {
		exts[e.Name] = "declared in the datasource"
	}
	if x, ok := smokeUndeclared[c.name]; ok {
		exts[x.ext] = x.why
	}
	for ext, why := range exts {
		if !extensionAvailable(ctx, t, conn, ext) {
			t.Skipf("needs the %s extension (%s), which this server does not have", ext, why)
		}
	}
	first := map[string]string{}
	for ext, why := range implied {
		first[ext] = why
	}
	if x, ok := smokeUndeclared[c.name]; ok {
		first[x.ext] = x.why
	}
	for ext, why := range first {
		t.Logf("creating the %s extension first (%s)", ext, why)
		if _, err := conn.Exec(ctx, "CREATE EXTENSION IF NOT EXISTS "+postgres.QuoteIdent(ext)); err != nil {
			t.Fatal(err)
		}
	}
	if p, ok := smokePrelude[c.name]; ok {
		t.Logf("prelude (%s): %s", p.why, p.sql)
		if _, err := conn.Exec(ctx, p.sql); err != nil {
			t.Fatalf("prelude: %v", err)
		}
	}
	changes, _ := migrate.Diff(nil, c.want)
	script, err := postgres.Render(changes)
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate.RunScript(ctx, conn, []byte(script)); err != nil {
		return "", err
	}
	return url, nil
}

func extensionAvailable(ctx context.Context, t *testing.T, conn *pgx.Conn, ext string) bool {
	t.Helper()
	var ok bool
	err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = $1)", ext).Scan(&ok)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

// smokeProgram writes the smoke program of g's client, imported from
// clientPath: package main, run with the database URL as its argument.
func smokeProgram(g *generator, clientPath string) []byte {
	w := &writer{}
	w.p("// Code generated by TestCorpusClientsRun. DO NOT EDIT.")
	w.p("")
	w.p("// The smoke program of a corpus client: every model's reads and a")
	w.p("// create, find and delete of a row, on the database at os.Args[1].")
	w.p("package main")
	w.p("import (")
	for _, p := range []string{"context", "encoding/json", "fmt", "os", "time"} {
		w.p("%q", p)
	}
	w.p("")
	w.p("%q", modulePath+"/client")
	w.p("db %q", clientPath)
	w.p(")")
	w.p("var (")
	w.p("_ = json.RawMessage(nil)")
	w.p("_ = time.Now")
	w.p("_ = client.Ptr[int]")
	w.p(")")
	w.p("// runner runs the operations, counting and printing the failures.")
	w.p("type runner struct{ ops, failed, seq int }")
	w.p("// next returns the next number of the sequence that keeps sample values apart.")
	w.p("func (r *runner) next() int { r.seq++; return r.seq }")
	w.p("// str returns a new sample string of at most size runes (0: any).")
	w.p("func (r *runner) str(size int) string {")
	w.p("s := fmt.Sprint(\"x\", r.next())")
	w.p("if size > 0 && len(s) > size { s = s[len(s)-size:] }")
	w.p("return s")
	w.p("}")
	w.p("// do runs one operation; a panic is a failure too.")
	w.p("func (r *runner) do(model, op string, f func() error) (ok bool) {")
	w.p("r.ops++")
	w.p("defer func() {")
	w.p("if p := recover(); p != nil {")
	w.p("fmt.Printf(\"FAIL %%s %%s: panic: %%v\\n\", model, op, p)")
	w.p("r.failed++")
	w.p("ok = false")
	w.p("}")
	w.p("}()")
	w.p("if err := f(); err != nil {")
	w.p("fmt.Printf(\"FAIL %%s %%s: %%v\\n\", model, op, err)")
	w.p("r.failed++")
	w.p("return false")
	w.p("}")
	w.p("return true")
	w.p("}")
	w.p("func main() {")
	w.p("ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)")
	w.p("defer cancel()")
	w.p("c, err := db.Open(ctx, os.Args[1])")
	w.p("if err != nil {")
	w.p("fmt.Println(\"FAIL open:\", err)")
	w.p("os.Exit(1)")
	w.p("}")
	w.p("defer c.Close()")
	w.p("r := &runner{}")
	var notes []string
	for _, m := range g.models {
		if m.m.IsView {
			notes = append(notes, fmt.Sprintf("view %s: left out (migrations do not create views)", m.m.Name))
			continue
		}
		w.p("smoke%s(ctx, c, r)", m.Go)
	}
	for _, n := range notes {
		w.p("fmt.Println(%q)", "note: "+n)
	}
	w.p("fmt.Printf(\"%%d operations, %%d failed\\n\", r.ops, r.failed)")
	w.p("if r.failed > 0 {")
	w.p("os.Exit(1)")
	w.p("}")
	w.p("}")
	for _, m := range g.models {
		if !m.m.IsView {
			smokeModel(w, g, m)
		}
	}
	src, err := format.Source(w.Bytes())
	if err != nil {
		return w.Bytes() // go build shows the error with the source
	}
	return src
}

// maxNestedDepth bounds the chain of nested creates of required parents
// in a create input.
const maxNestedDepth = 8

// createInput is the Go expression of a create input of m filled with
// sample values (fields with defaults and optional ones left out, lists
// empty), creating the row's required parents with nested creates; or ""
// and why no row of m can be created that way. A relation needs a parent
// when all its foreign key fields are required (with a nullable one, the
// foreign key is NULL and not checked). need holds fields that must get
// a value even when optional (those a child's foreign key references);
// visiting holds the models of the chain, to stop at cycles.
//
// The enum columns of a unique criterion made of enums only (see
// enumUnique) have too few values for a row per create: a parent with
// such a criterion is connected or created (ConnectOrCreate) with the
// enums' first values, and the row of the model's own create takes their
// last values.
func createInput(m *model, depth int, visiting map[*model]bool, need map[*schema.Field]bool) (string, string) {
	if depth > maxNestedDepth {
		return "", "its required parents nest deeper than " + strconv.Itoa(maxNestedDepth)
	}
	if visiting[m] {
		return "", "a cycle of required relations through " + m.m.Name
	}
	visiting[m] = true
	defer delete(visiting, m)
	var fields []string
	filled := map[*schema.Field]bool{} // foreign keys the nested creates fill
	enumKeys := enumUnique(m)
	for _, f := range m.m.Fields {
		switch {
		case f.Kind == schema.UnsupportedField && f.Arity == schema.Required && f.Default == nil:
			return "", "required Unsupported field " + f.Name
		case f.Ignored && f.Kind != schema.RelationField && f.Arity == schema.Required && f.Default == nil:
			return "", "required @ignore'd field " + f.Name
		case f.Kind != schema.RelationField || f.Relation == nil || f.Relation.From != f || len(f.Relation.Fields) == 0:
			continue
		}
		required := true
		for _, fk := range f.Relation.Fields {
			required = required && fk.Arity == schema.Required
		}
		if !required {
			continue
		}
		for _, fk := range f.Relation.Fields {
			if filled[fk] {
				return "", "required relations share the foreign key field " + fk.Name + ": nested creates would give it two values"
			}
		}
		var r *rel
		for _, x := range m.rels {
			if x.f == f {
				r = x
			}
		}
		if r == nil || !nestable(m, r) {
			return "", "required relation " + f.Name + " without nested writes"
		}
		refs := map[*schema.Field]bool{}
		for _, ref := range f.Relation.References {
			refs[ref] = true
		}
		parent, why := createInput(r.target, depth+1, visiting, refs)
		if parent == "" {
			return "", "required relation " + f.Name + ": " + why
		}
		if u := enumOnlyUnique(r.target); u != nil {
			t := r.target.Go
			fields = append(fields, fmt.Sprintf("%s: &db.%s{ConnectOrCreate: &db.%sConnectOrCreate{Where: db.%sWhereUnique{%s: %s}, Create: %s}}",
				r.Go, nestedType(r, false), t, t, u.Go, firstEnumValues(u), parent))
		} else {
			fields = append(fields, fmt.Sprintf("%s: &db.%s{Create: &%s}", r.Go, nestedType(r, false), parent))
		}
		for _, fk := range f.Relation.Fields {
			filled[fk] = true
		}
	}
	value := func(c *col) string {
		if enumKeys[c] && depth > 0 {
			return fmt.Sprintf("db.%sValues()[0]", c.enum.Go)
		}
		if enumKeys[c] {
			return fmt.Sprintf("db.%sValues()[%d]", c.enum.Go, len(c.enum.consts)-1)
		}
		return sampleValue(c)
	}
	if depth == 0 {
		for c := range enumKeys {
			if len(c.enum.consts) == 1 {
				return "", "the unique enum column " + c.f.Name + " has a single value, which the parents created for other models take"
			}
		}
	}
	for _, c := range m.cols {
		switch {
		case filled[c.f]:
		case c.list():
			if !hasDefault(c) {
				fields = append(fields, fmt.Sprintf("%s: []%s{}", c.Go, qualifyType(c.typ)))
			}
		case enumKeys[c] && !c.nullable(), !c.nullable() && emptyDBGenerated(c):
			// Even with a default, which every row would repeat; and
			// when the "default" is dbgenerated() without SQL, which
			// the project's triggers fill (the table has no default).
			v := value(c)
			if createPtr(c) {
				v = "client.Ptr(" + v + ")"
			}
			fields = append(fields, fmt.Sprintf("%s: %s", c.Go, v))
		case hasDefault(c):
		case c.nullable() && need[c.f] && c.pointer():
			fields = append(fields, fmt.Sprintf("%s: client.Ptr(%s)", c.Go, value(c)))
		case c.nullable() && !need[c.f]:
		default:
			fields = append(fields, fmt.Sprintf("%s: %s", c.Go, value(c)))
		}
	}
	return fmt.Sprintf("db.%sCreateInput{%s}", m.Go, strings.Join(fields, ", ")), ""
}

// emptyDBGenerated reports whether c's default is dbgenerated() without
// SQL: no default in the database, a value that something else provides.
func emptyDBGenerated(c *col) bool {
	d := c.f.Default
	return d != nil && d.Kind == schema.DefaultFunc && d.Func == "dbgenerated" && (len(d.Args) == 0 || d.Args[0] == "")
}

// enumOnlyUnique is the first unique criterion of m made of enum columns
// only, without NULLs, or nil.
func enumOnlyUnique(m *model) *uniq {
	enums := enumUnique(m)
	for _, u := range m.uniques {
		if enums[u.cols[0]] && !u.cols[0].nullable() {
			ok := true
			for _, c := range u.cols {
				ok = ok && !c.nullable()
			}
			if ok {
				return u
			}
		}
	}
	return nil
}

// firstEnumValues is the WhereUnique field's value selecting the row
// whose enum columns of u hold their enums' first values.
func firstEnumValues(u *uniq) string {
	if u.typeName == "" {
		return fmt.Sprintf("client.Ptr(db.%sValues()[0])", u.cols[0].enum.Go)
	}
	var fs []string
	for _, c := range u.cols {
		fs = append(fs, fmt.Sprintf("%s: db.%sValues()[0]", c.Go, c.enum.Go))
	}
	return fmt.Sprintf("&db.%s{%s}", u.typeName, strings.Join(fs, ", "))
}

// enumUnique is the columns of m in a unique criterion made of enum
// columns only: few values, which random picks would soon repeat.
func enumUnique(m *model) map[*col]bool {
	out := map[*col]bool{}
	for _, u := range m.uniques {
		ok := true
		for _, c := range u.cols {
			ok = ok && c.enum != nil && !c.list()
		}
		if ok {
			for _, c := range u.cols {
				out[c] = true
			}
		}
	}
	return out
}

// sampleValue is a Go expression of a value for column c, from its type;
// the runner's sequence makes values of unique columns differ between
// rows.
func sampleValue(c *col) string {
	if c.enum != nil {
		return fmt.Sprintf("db.%sValues()[r.next()%%%d]", c.enum.Go, len(c.enum.consts))
	}
	nt := ""
	var args []string
	if c.f.NativeType != nil {
		nt, args = c.f.NativeType.Name, c.f.NativeType.Args
	}
	size := 0
	if len(args) > 0 {
		if v, err := strconv.Atoi(args[0]); err == nil && v > 0 {
			size = v
		}
	}
	switch c.f.Type {
	case schema.String:
		switch nt {
		case "Uuid":
			return `fmt.Sprintf("00000000-0000-4000-8000-%012d", r.next())`
		case "Inet":
			return `fmt.Sprintf("127.0.%d.%d", r.next()/250, 1+r.next()%250)`
		case "Xml":
			return `"<x/>"`
		case "Bit":
			return strconv.Quote(strings.Repeat("1", max(size, 1)))
		case "VarBit":
			return `"1"`
		case "VarChar", "Char":
			return fmt.Sprintf("r.str(%d)", size)
		}
		return "r.str(0)"
	case schema.Int:
		return "r.next()"
	case schema.BigInt:
		return "int64(r.next())"
	case schema.Float:
		return "float64(r.next()) + 0.5"
	case schema.Decimal:
		// Below 10^(precision-scale) - 1, so that rounding to the scale
		// stays in range.
		if nt == "Decimal" && len(args) > 0 {
			scale := 0
			if len(args) == 2 {
				scale, _ = strconv.Atoi(args[1])
			}
			digits := size - scale
			if digits <= 0 {
				return `client.Decimal("0.5")`
			}
			if digits < 9 {
				limit := 1
				for range digits {
					limit *= 10
				}
				return fmt.Sprintf(`client.Decimal(fmt.Sprintf("%%d.5", r.next()%%%d))`, limit-1)
			}
		}
		return `client.Decimal(fmt.Sprintf("%d.5", r.next()))`
	case schema.Boolean:
		return "true"
	case schema.DateTime:
		return "time.Now().Add(time.Duration(r.next()) * time.Second)"
	case schema.JSON:
		return "json.RawMessage(`{}`)"
	case schema.Bytes:
		return "[]byte{byte(r.next())}"
	}
	return "r.str(0)"
}

// smokeModel writes the function smoke<Model> of the program.
func smokeModel(w *writer, g *generator, m *model) {
	name := m.m.Name
	w.p("// smoke%s runs the operations of model %s.", m.Go, name)
	w.p("func smoke%s(ctx context.Context, c *db.Client, r *runner) {", m.Go)
	w.p("mc := c.%s", m.Go)
	// The row that the reads find, when one can be created.
	input, blocker := createInput(m, 0, map[*model]bool{}, nil)
	if blocker == "" {
		w.p("var row *db.%s", m.Go)
		w.p("r.do(%q, \"Create\", func() error {", name)
		w.p("var err error")
		w.p("row, err = mc.Create(ctx, db.%sCreate{Data: %s})", m.Go, input)
		w.p("return err")
		w.p("})")
	} else {
		w.p("fmt.Println(%q)", "note: model "+name+": no create ("+blocker+")")
	}
	w.p("r.do(%q, \"FindMany(Take: 1)\", func() error {", name)
	w.p("rows, err := mc.FindMany(ctx, db.%sFindMany{Take: client.Ptr(1)})", m.Go)
	if blocker == "" {
		w.p("if err == nil && row != nil && len(rows) != 1 { err = fmt.Errorf(\"got %%d rows, want the created one\", len(rows)) }")
	} else {
		w.p("_ = rows")
	}
	w.p("return err")
	w.p("})")
	include := includeAll(m)
	if include != "" {
		for _, strategy := range []string{"Join", "Queries"} {
			w.p("r.do(%q, %q, func() error {", name, "FindMany(Include: all relations, "+strategy+")")
			w.p("_, err := mc.FindMany(ctx, db.%sFindMany{Include: %s, RelationLoadStrategy: client.%s})", m.Go, include, strategy)
			w.p("return err")
			w.p("})")
		}
	}
	w.p("r.do(%q, \"Count\", func() error {", name)
	w.p("_, err := mc.Count(ctx, db.%sCount{})", m.Go)
	w.p("return err")
	w.p("})")
	if pk := m.m.PrimaryKey; pk != nil {
		var orders []string
		for _, f := range pk.Fields {
			if i := m.colOf(f.Field); i >= 0 {
				orders = append(orders, fmt.Sprintf("{%s: client.Asc}", m.cols[i].Go))
			}
		}
		if len(orders) > 0 {
			w.p("r.do(%q, \"FindFirst(OrderBy: id)\", func() error {", name)
			w.p("_, err := mc.FindFirst(ctx, db.%sFindFirst{OrderBy: []db.%sOrderBy{%s}})", m.Go, m.Go, strings.Join(orders, ", "))
			w.p("return err")
			w.p("})")
		}
	}
	if blocker == "" {
		if u := rowUnique(m); u != nil {
			where := fmt.Sprintf("db.%sWhereUnique{%s: %s}", m.Go, u.Go, uniqueValue(u))
			w.p("if row != nil {")
			w.p("r.do(%q, \"FindUnique(created row)\", func() error {", name)
			w.p("got, err := mc.FindUnique(ctx, db.%sFindUnique{Where: %s})", m.Go, where)
			w.p("if err == nil && got == nil { err = fmt.Errorf(\"the created row was not found\") }")
			w.p("return err")
			w.p("})")
			if data := updateData(m, u); data != "" {
				w.p("r.do(%q, \"Update(created row, every other scalar field)\", func() error {", name)
				w.p("got, err := mc.Update(ctx, db.%sUpdate{Where: %s, Data: db.%sUpdateInput{%s}})", m.Go, where, m.Go, data)
				w.p("if err == nil && got == nil { err = fmt.Errorf(\"the created row was not found\") }")
				w.p("return err")
				w.p("})")
			}
			if include != "" {
				for _, strategy := range []string{"Join", "Queries"} {
					w.p("r.do(%q, %q, func() error {", name, "FindUnique(created row, Include: all relations, "+strategy+")")
					w.p("got, err := mc.FindUnique(ctx, db.%sFindUnique{Where: %s, Include: %s, RelationLoadStrategy: client.%s})", m.Go, where, include, strategy)
					w.p("if err == nil && got == nil { err = fmt.Errorf(\"the created row was not found\") }")
					w.p("return err")
					w.p("})")
				}
				// One include alone is read with plain LEFT JOIN rows.
				for _, r := range m.rels {
					w.p("r.do(%q, %q, func() error {", name, "FindUnique(created row, Include: "+r.f.Name+", Join)")
					w.p("got, err := mc.FindUnique(ctx, db.%sFindUnique{Where: %s, Include: &db.%sInclude{%s: %s}, RelationLoadStrategy: client.Join})", m.Go, where, m.Go, r.Go, includeArg(r))
					w.p("if err == nil && got == nil { err = fmt.Errorf(\"the created row was not found\") }")
					w.p("return err")
					w.p("})")
				}
			}
			w.p("r.do(%q, \"Delete(created row)\", func() error {", name)
			w.p("_, err := mc.Delete(ctx, db.%sDelete{Where: %s})", m.Go, where)
			w.p("return err")
			w.p("})")
			w.p("}")
		} else {
			w.p("fmt.Println(%q)", "note: model "+name+": no unique criterion without NULLs to find the created row by")
		}
	}
	w.p("}")
}

// qualifyType qualifies a generated Go type with the client's package
// name when it is the client's own (an enum).
func qualifyType(typ string) string {
	switch typ {
	case "string", "bool", "int", "int64", "float64", "[]byte":
		return typ
	}
	if strings.Contains(typ, ".") {
		return typ
	}
	return "db." + typ
}

// includeArg is the Include field's value that loads r with no arguments.
func includeArg(r *rel) string {
	if r.list {
		return fmt.Sprintf("&db.%sFindMany{}", r.target.Go)
	}
	return fmt.Sprintf("&db.%sInclude{}", r.target.Go)
}

// includeAll is the Include value loading every relation of m (and the
// counts of its to-many relations), or "" when m has no relations.
func includeAll(m *model) string {
	if len(m.rels) == 0 {
		return ""
	}
	var fields, counts []string
	for _, r := range m.rels {
		fields = append(fields, r.Go+": "+includeArg(r))
		if r.list {
			counts = append(counts, r.Go+": true")
		}
	}
	if len(counts) > 0 {
		fields = append(fields, fmt.Sprintf("%s: &db.%sCountInclude{%s}", m.countField(), m.Go, strings.Join(counts, ", ")))
	}
	return fmt.Sprintf("&db.%sInclude{%s}", m.Go, strings.Join(fields, ", "))
}

// rowUnique is the first unique criterion of m (the id first) whose
// fields the created row has without NULL, or nil.
func rowUnique(m *model) *uniq {
	for _, u := range m.uniques {
		ok := true
		for _, c := range u.cols {
			ok = ok && !c.nullable() && !c.list()
		}
		if ok {
			return u
		}
	}
	return nil
}

// uniqueValue is the WhereUnique field's value selecting the created row.
func uniqueValue(u *uniq) string {
	if u.typeName == "" {
		return "&row." + u.cols[0].Go
	}
	var fs []string
	for _, c := range u.cols {
		fs = append(fs, fmt.Sprintf("%s: row.%s", c.Go, c.Go))
	}
	return fmt.Sprintf("&db.%s{%s}", u.typeName, strings.Join(fs, ", "))
}

// updateData is the fields of an update input that set every scalar field
// of m to a new sample value (lists to one element), except the fields of
// the id, of the unique criterion u, of enum-only unique criteria and of
// foreign keys; "" when none is left.
func updateData(m *model, u *uniq) string {
	skip := map[*schema.Field]bool{}
	if pk := m.m.PrimaryKey; pk != nil {
		for _, f := range pk.Fields {
			skip[f.Field] = true
		}
	}
	for _, c := range u.cols {
		skip[c.f] = true
	}
	for c := range enumUnique(m) {
		skip[c.f] = true // another value may be another row's
	}
	for _, f := range m.m.Fields {
		if f.Kind == schema.RelationField && f.Relation != nil && f.Relation.From == f {
			for _, fk := range f.Relation.Fields {
				skip[fk] = true
			}
		}
	}
	var fields []string
	for _, c := range m.cols {
		if skip[c.f] {
			continue
		}
		v := sampleValue(c)
		if c.list() {
			v = fmt.Sprintf("[]%s{%s}", qualifyType(c.typ), v)
		}
		fields = append(fields, fmt.Sprintf("%s: client.Set(%s)", c.Go, v))
	}
	return strings.Join(fields, ", ")
}
