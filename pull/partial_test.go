package pull

import (
	"strings"
	"testing"

	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
	"github.com/stratadb/strata/sqlschema"
)

// partialDB has partial indexes as PostgreSQL reports them (pg_get_expr)
// after Prisma's migration of where: { deletedAt: null } and friends, and
// an explicit-ASC index, which the catalog cannot tell from no order.
func partialDB() *sqlschema.Schema {
	t := &sqlschema.Table{Namespace: "public", Name: "Task",
		Columns: []*sqlschema.Column{
			col("id", "INTEGER", true),
			col("name", "TEXT", true),
			col("title", "TEXT", true),
			col("big", "BIGINT", true),
			col("prio", "INTEGER", true),
			col("deletedAt", "TIMESTAMP", false, "3"),
		},
		PrimaryKey: &sqlschema.PrimaryKey{Name: "Task_pkey", Columns: []string{"id"}},
		Indexes: []*sqlschema.Index{
			{Name: "Task_name_key", Unique: true, Columns: []sqlschema.IndexColumn{{Name: "name"}}, Predicate: `("deletedAt" IS NULL)`},
			{Name: "custom_uq", Unique: true, Columns: []sqlschema.IndexColumn{{Name: "big", Desc: true}}, Predicate: `(big > 0)`},
			{Name: "Task_title_prio_key", Unique: true, Columns: []sqlschema.IndexColumn{{Name: "title"}, {Name: "prio"}}, Predicate: `((prio = '-1'::integer) AND ("deletedAt" IS NOT NULL))`},
			{Name: "custom_ix", Method: "HASH", Columns: []sqlschema.IndexColumn{{Name: "title"}}, Predicate: `(prio > 1)`},
			{Name: "Task_prio_idx", Columns: []sqlschema.IndexColumn{{Name: "prio"}}},
		},
	}
	return &sqlschema.Schema{Namespaces: []string{"public"}, Tables: []*sqlschema.Table{t}}
}

// TestPullPartialIndexes: partial indexes are written with where:
// raw("<catalog text>") and the generator gets the partialIndexes preview
// feature, as Prisma 7.10's db pull does (checked with its db pull --print
// on the same indexes); explicit ASC never shows as sort: Asc.
func TestPullPartialIndexes(t *testing.T) {
	got, warns, err := Pull(partialDB(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`  previewFeatures = ["partialIndexes"]`,
		`name      String    @unique(where: raw("(\"deletedAt\" IS NULL)"))`,
		`big       BigInt    @unique(sort: Desc, map: "custom_uq", where: raw("(big > 0)"))`,
		`@@unique([title, prio], where: raw("((prio = '-1'::integer) AND (\"deletedAt\" IS NOT NULL))"))`,
		`@@index([title], type: Hash, map: "custom_ix", where: raw("(prio > 1)"))`,
		`@@index([prio])`,
	} {
		if !strings.Contains(string(got), want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	if strings.Contains(string(got), "Asc") {
		t.Errorf("sort: Asc written:\n%s", got)
	}
	if len(warns) > 0 {
		t.Errorf("warnings: %v", warns)
	}
	f, pd := psl.Parse("schema.prisma", got)
	if _, ds := schema.Build([]*psl.File{f}); pd.HasErrors() || ds.HasErrors() {
		t.Fatalf("the pulled schema does not validate: %v %v\n%s", pd, ds, got)
	}
}

// TestPullPartialIndexesExistingGenerator: over an existing schema, the
// first generator gets partialIndexes added to its preview features (or a
// previewFeatures line), and a generator that has it is left alone.
func TestPullPartialIndexesExistingGenerator(t *testing.T) {
	const ds = "datasource db {\n  provider = \"postgresql\"\n}\n"
	tests := []struct{ name, gen, want string }{
		{"no previewFeatures", "generator client {\n  provider = \"prisma-client\"\n}\n",
			"generator client {\n  provider        = \"prisma-client\"\n  previewFeatures = [\"partialIndexes\"]\n}\n"},
		{"other features", "generator client {\n  provider        = \"prisma-client\"\n  previewFeatures = [\"views\", \"postgresqlExtensions\"] // keep\n}\n",
			"generator client {\n  provider        = \"prisma-client\"\n  previewFeatures = [\"views\", \"postgresqlExtensions\", \"partialIndexes\"] // keep\n}\n"},
		{"empty list", "generator client {\n  provider        = \"prisma-client\"\n  previewFeatures = []\n}\n",
			"generator client {\n  provider        = \"prisma-client\"\n  previewFeatures = [\"partialIndexes\"]\n}\n"},
		{"already there", "generator client {\n  provider        = \"prisma-client\"\n  previewFeatures = [\"partialIndexes\"]\n}\n",
			"generator client {\n  provider        = \"prisma-client\"\n  previewFeatures = [\"partialIndexes\"]\n}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, pd := psl.Parse("schema.prisma", []byte(tt.gen+"\n"+ds))
			existing, vd := schema.Build([]*psl.File{f})
			if pd.HasErrors() || vd.HasErrors() {
				t.Fatalf("existing schema invalid: %v %v", pd, vd)
			}
			got, _, err := Pull(partialDB(), Options{Existing: existing, ExistingFiles: []*psl.File{f}})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(got), tt.want) {
				t.Errorf("got:\n%s\nwant it to start with:\n%s", got, tt.want)
			}
		})
	}
}
