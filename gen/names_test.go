package gen

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"testing"

	"github.com/stratadb/strata/internal/testcorpus"
	"github.com/stratadb/strata/schema"
)

func TestGoName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"createdAt", "CreatedAt"},
		{"user_id", "UserID"},
		{"userId", "UserID"},
		{"IN_PROGRESS", "InProgress"},
		{"in_progress", "InProgress"},
		{"inProgress", "InProgress"},
		{"HTTPServer", "HTTPServer"},
		{"type", "Type"},
		{"o_r", "OR"},
		{"café", "Café"},
		{"ñame", "Ñame"},
		{"名前", "X名前"},
		{"e\u0301te", "ETe"}, // a combining mark is no identifier rune
		{"v2", "V2"},
		{"_", "X"},
	}
	for _, c := range cases {
		if got := goName(c.in); got != c.want {
			t.Errorf("goName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestDeclaredNamesClaimed guards the collision handling against changes
// to the emitters: every package-level name a generated file declares
// must be one the generator claimed while naming (g.names), and every
// field or method of Client must be a model's name or in clientNames.
// A failure here means emit*.go declares a name that names.go and
// modelSuffixes do not know of: add it there.
func TestDeclaredNamesClaimed(t *testing.T) {
	paths, _ := filepath.Glob("testdata/edge/*.prisma")
	paths = append(paths, "testdata/blog.prisma")
	for _, p := range paths {
		s := loadInternal(t, p)
		if s == nil {
			continue
		}
		g, err := newGenerator(s, "db")
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		files, err := Generate(s, "db")
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		models := map[string]bool{"e": true}
		for _, m := range g.models {
			models[m.Go] = true
		}
		client := map[string]bool{}
		for _, n := range clientNames {
			client[n] = true
		}
		for name, src := range files {
			f, err := parser.ParseFile(token.NewFileSet(), name, src, 0)
			if err != nil {
				t.Errorf("%s: %s: %v", p, name, err)
				continue
			}
			for _, d := range f.Decls {
				var idents []*ast.Ident
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Recv == nil {
						idents = append(idents, d.Name)
					} else if recvType(d.Recv) == "Client" && !client[d.Name.Name] {
						t.Errorf("%s: method Client.%s is not in clientNames", p, d.Name.Name)
					}
				case *ast.GenDecl:
					for _, sp := range d.Specs {
						switch sp := sp.(type) {
						case *ast.TypeSpec:
							idents = append(idents, sp.Name)
							if st, ok := sp.Type.(*ast.StructType); ok && sp.Name.Name == "Client" {
								for _, fl := range st.Fields.List {
									for _, n := range fl.Names {
										if !models[n.Name] {
											t.Errorf("%s: field Client.%s is neither a model nor in clientNames", p, n.Name)
										}
									}
								}
							}
						case *ast.ValueSpec:
							idents = append(idents, sp.Names...)
						}
					}
				}
				for _, id := range idents {
					if _, ok := g.names[id.Name]; !ok {
						t.Errorf("%s: %s declares %s, which the generator did not claim (modelSuffixes, modelUnexported, enumSuffixes or clientNames lack it)", p, name, id.Name)
					}
				}
			}
		}
	}
}

func recvType(fl *ast.FieldList) string {
	if fl == nil || len(fl.List) == 0 {
		return ""
	}
	t := fl.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

func loadInternal(t *testing.T, p string) *schema.Schema {
	t.Helper()
	s, _, diags := testcorpus.Load(t, p)
	if diags.HasErrors() {
		t.Errorf("%s: %v", p, diags)
		return nil
	}
	return s
}
