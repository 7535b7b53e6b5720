package pull

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
	"github.com/stratadb/strata/sqlschema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func col(name, typ string, notNull bool, args ...string) *sqlschema.Column {
	return &sqlschema.Column{Name: name, Type: sqlschema.ColumnType{Name: typ, Args: args}, NotNull: notNull}
}

// blog is a database as a person's app might have it: snake_case names, an
// enum, 1-n, 1-1, self and implicit m-n relations, a compound key, indexes
// with options, and a table without any key.
func blog() *sqlschema.Schema {
	users := &sqlschema.Table{Namespace: "public", Name: "users",
		Columns: []*sqlschema.Column{
			{Name: "id", Type: sqlschema.ColumnType{Name: "INTEGER"}, NotNull: true, AutoIncrement: true},
			col("email", "VARCHAR", true, "255"),
			col("display_name", "TEXT", false),
			{Name: "role", Type: sqlschema.ColumnType{Name: "user_role", IsEnum: true, EnumNamespace: "public"}, NotNull: true, Default: &sqlschema.Default{Kind: sqlschema.DefaultValue, Value: "member"}},
			{Name: "created_at", Type: sqlschema.ColumnType{Name: "TIMESTAMP", Args: []string{"3"}}, NotNull: true, Default: &sqlschema.Default{Kind: sqlschema.DefaultNow}},
			{Name: "manager_id", Type: sqlschema.ColumnType{Name: "INTEGER"}},
			{Name: "tags", Type: sqlschema.ColumnType{Name: "TEXT", Array: true}, NotNull: true, Default: &sqlschema.Default{Kind: sqlschema.DefaultValue, IsList: true}},
		},
		PrimaryKey: &sqlschema.PrimaryKey{Name: "users_pkey", Columns: []string{"id"}},
		Indexes:    []*sqlschema.Index{{Name: "users_email_key", Unique: true, Columns: []sqlschema.IndexColumn{{Name: "email"}}}},
		ForeignKeys: []*sqlschema.ForeignKey{{Name: "users_manager_id_fkey", Columns: []string{"manager_id"}, RefNamespace: "public", RefTable: "users",
			RefColumns: []string{"id"}, OnDelete: sqlschema.SetNull, OnUpdate: sqlschema.Cascade}},
	}
	posts := &sqlschema.Table{Namespace: "public", Name: "posts",
		Columns: []*sqlschema.Column{
			{Name: "id", Type: sqlschema.ColumnType{Name: "UUID"}, NotNull: true, Default: &sqlschema.Default{Kind: sqlschema.DefaultExpr, Expr: "gen_random_uuid()"}},
			col("title", "TEXT", true),
			col("body", "JSONB", false),
			col("author_id", "INTEGER", true),
			col("score", "DECIMAL", true, "10", "2"),
			{Name: "geom", Type: sqlschema.ColumnType{Name: "geometry(Point,4326)", Unsupported: true}},
		},
		PrimaryKey: &sqlschema.PrimaryKey{Name: "posts_pkey", Columns: []string{"id"}},
		Indexes: []*sqlschema.Index{
			{Name: "posts_author_id_title_idx", Columns: []sqlschema.IndexColumn{{Name: "author_id"}, {Name: "title", Desc: true}}},
			{Name: "posts_body_gin", Method: "GIN", Columns: []sqlschema.IndexColumn{{Name: "body", OpClass: "jsonb_path_ops"}}},
		},
		ForeignKeys: []*sqlschema.ForeignKey{{Name: "posts_author_id_fkey", Columns: []string{"author_id"}, RefNamespace: "public", RefTable: "users",
			RefColumns: []string{"id"}, OnDelete: sqlschema.Cascade, OnUpdate: sqlschema.Cascade}},
	}
	profiles := &sqlschema.Table{Namespace: "public", Name: "profiles",
		Columns:     []*sqlschema.Column{col("user_id", "INTEGER", true), col("bio", "TEXT", false)},
		PrimaryKey:  &sqlschema.PrimaryKey{Name: "profiles_pkey", Columns: []string{"user_id"}},
		ForeignKeys: []*sqlschema.ForeignKey{{Name: "profiles_user_id_fkey", Columns: []string{"user_id"}, RefNamespace: "public", RefTable: "users", RefColumns: []string{"id"}, OnDelete: sqlschema.Restrict, OnUpdate: sqlschema.Cascade}},
	}
	tags := &sqlschema.Table{Namespace: "public", Name: "Tag",
		Columns:    []*sqlschema.Column{col("id", "INTEGER", true), col("name", "TEXT", true)},
		PrimaryKey: &sqlschema.PrimaryKey{Name: "Tag_pkey", Columns: []string{"id"}},
	}
	join := &sqlschema.Table{Namespace: "public", Name: "_PostsToTag",
		Columns:    []*sqlschema.Column{{Name: "A", Type: sqlschema.ColumnType{Name: "UUID"}, NotNull: true}, {Name: "B", Type: sqlschema.ColumnType{Name: "INTEGER"}, NotNull: true}},
		PrimaryKey: &sqlschema.PrimaryKey{Name: "_PostsToTag_AB_pkey", Columns: []string{"A", "B"}},
		Indexes:    []*sqlschema.Index{{Name: "_PostsToTag_B_index", Columns: []sqlschema.IndexColumn{{Name: "B"}}}},
		ForeignKeys: []*sqlschema.ForeignKey{
			{Name: "_PostsToTag_A_fkey", Columns: []string{"A"}, RefNamespace: "public", RefTable: "posts", RefColumns: []string{"id"}, OnDelete: sqlschema.Cascade, OnUpdate: sqlschema.Cascade},
			{Name: "_PostsToTag_B_fkey", Columns: []string{"B"}, RefNamespace: "public", RefTable: "Tag", RefColumns: []string{"id"}, OnDelete: sqlschema.Cascade, OnUpdate: sqlschema.Cascade},
		},
	}
	memberships := &sqlschema.Table{Namespace: "public", Name: "memberships",
		Columns:    []*sqlschema.Column{col("user_id", "INTEGER", true), col("group_name", "TEXT", true), col("since", "TIMESTAMPTZ", true, "6")},
		PrimaryKey: &sqlschema.PrimaryKey{Name: "memberships_pkey", Columns: []string{"user_id", "group_name"}},
	}
	audit := &sqlschema.Table{Namespace: "public", Name: "audit_log",
		Columns: []*sqlschema.Column{col("at", "TIMESTAMP", true, "3"), col("what", "TEXT", false)},
	}
	return &sqlschema.Schema{
		Namespaces: []string{"public"},
		Enums:      []*sqlschema.Enum{{Namespace: "public", Name: "user_role", Values: []string{"member", "admin", "read-only"}}},
		Tables:     []*sqlschema.Table{users, posts, profiles, tags, join, memberships, audit},
	}
}

func validate(t *testing.T, text []byte) *schema.Schema {
	t.Helper()
	f, pd := psl.Parse("schema.prisma", text)
	s, vd := schema.Build([]*psl.File{f})
	if ds := append(pd, vd...); ds.HasErrors() {
		var b strings.Builder
		ds.RenderAll(&b, psl.SourcesOf(f), false)
		t.Fatalf("the pulled schema is not valid:\n%s\n%s", b.String(), text)
	}
	return s
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./pull -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file (go test ./pull -update rewrites it):\n--- got\n%s", name, got)
	}
}

func TestPullBlog(t *testing.T) {
	out, warnings, err := Pull(blog(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := validate(t, out)
	golden(t, "blog.prisma", out)
	if len(warnings) == 0 {
		t.Error("the table without a key should give a warning")
	}
	// What a person would write: PascalCase models mapped to snake_case tables.
	want := map[string]string{"users": "Users", "posts": "Posts", "Tag": "Tag", "audit_log": "AuditLog"}
	for _, m := range s.Models {
		if w, ok := want[m.DBName]; ok && m.Name != w {
			t.Errorf("table %s pulled as model %s, want %s", m.DBName, m.Name, w)
		}
	}
	var m2m int
	for _, r := range s.Relations {
		if r.Kind == schema.ManyToMany && r.JoinTable == "_PostsToTag" {
			m2m++
		}
	}
	if m2m != 1 {
		t.Errorf("the join table should become one implicit m-n relation, got %d", m2m)
	}
	// Formatting the result changes nothing: it is already canonical.
	f, _ := psl.Parse("schema.prisma", out)
	if string(psl.Format(f)) != string(out) {
		t.Error("the pulled schema is not in canonical format")
	}
}

// TestPullKeepsExisting: a pull with the existing schema keeps its names and
// order, even where pull would have named things differently.
func TestPullKeepsExisting(t *testing.T) {
	first, _, err := Pull(blog(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The person renames models and fields and reorders a model.
	edited := strings.NewReplacer(
		"model Users {", "model Person {",
		"Users", "Person",
		"displayName ", "nickname ",
	).Replace(string(first))
	f, _ := psl.Parse("schema.prisma", []byte(edited))
	f2, _ := psl.Parse("schema.prisma", psl.Format(f))
	existing, ds := schema.Build([]*psl.File{f2})
	if ds.HasErrors() {
		t.Fatalf("edited schema invalid: %v\n%s", ds, psl.Format(f))
	}
	again, _, err := Pull(blog(), Options{Existing: existing, ExistingFiles: []*psl.File{f2}})
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != string(psl.Format(f2)) {
		t.Errorf("a pull over the edited schema changed it:\n--- edited\n%s\n--- pulled\n%s", psl.Format(f2), again)
	}
}

func TestNames(t *testing.T) {
	for _, tc := range []struct{ db, typ, field string }{
		{"users", "Users", "users"},
		{"user_accounts", "UserAccounts", "userAccounts"},
		{"UserAccount", "UserAccount", "userAccount"},
		{"createdAt", "CreatedAt", "createdAt"},
		{"HTTPLog", "HTTPLog", "httpLog"},
		{"2fa_codes", "Model_2faCodes", "field_2faCodes"},
		{"order-items", "OrderItems", "orderItems"},
	} {
		if got := typeName(tc.db); got != tc.typ {
			t.Errorf("typeName(%q) = %q, want %q", tc.db, got, tc.typ)
		}
		if got := fieldName(tc.db); got != tc.field {
			t.Errorf("fieldName(%q) = %q, want %q", tc.db, got, tc.field)
		}
	}
	for in, want := range map[string]string{"post": "posts", "category": "categories", "day": "days", "box": "boxes", "class": "classes", "users": "users"} {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPullRelationPairs: relations between the same two models in opposite
// directions, or beside an implicit m-n relation, are named so that the
// schema validates; a lone relation stays unnamed.
func TestPullRelationPairs(t *testing.T) {
	id := func(table string) (*sqlschema.Column, *sqlschema.PrimaryKey) {
		return col("id", "INTEGER", true), &sqlschema.PrimaryKey{Name: table + "_pkey", Columns: []string{"id"}}
	}
	fk := func(table, column, ref string) *sqlschema.ForeignKey {
		return &sqlschema.ForeignKey{Name: table + "_" + column + "_fkey", Columns: []string{column}, RefNamespace: "public", RefTable: ref,
			RefColumns: []string{"id"}, OnDelete: sqlschema.SetNull, OnUpdate: sqlschema.Cascade}
	}
	uid, upk := id("User")
	aid, apk := id("Account")
	tid, tpk := id("Tag")
	user := &sqlschema.Table{Namespace: "public", Name: "User", PrimaryKey: upk,
		Columns:     []*sqlschema.Column{uid, col("current_account_id", "INTEGER", false)},
		ForeignKeys: []*sqlschema.ForeignKey{fk("User", "current_account_id", "Account")}}
	account := &sqlschema.Table{Namespace: "public", Name: "Account", PrimaryKey: apk,
		Columns:     []*sqlschema.Column{aid, col("owner_id", "INTEGER", false)},
		ForeignKeys: []*sqlschema.ForeignKey{fk("Account", "owner_id", "User")}}
	tag := &sqlschema.Table{Namespace: "public", Name: "Tag", PrimaryKey: tpk,
		Columns:     []*sqlschema.Column{tid, col("account_id", "INTEGER", false)},
		ForeignKeys: []*sqlschema.ForeignKey{fk("Tag", "account_id", "Account")}}
	join := &sqlschema.Table{Namespace: "public", Name: "_AccountToTag",
		Columns:    []*sqlschema.Column{col("A", "INTEGER", true), col("B", "INTEGER", true)},
		PrimaryKey: &sqlschema.PrimaryKey{Name: "_AccountToTag_AB_pkey", Columns: []string{"A", "B"}},
		Indexes:    []*sqlschema.Index{{Name: "_AccountToTag_B_index", Columns: []sqlschema.IndexColumn{{Name: "B"}}}},
		ForeignKeys: []*sqlschema.ForeignKey{
			{Name: "_AccountToTag_A_fkey", Columns: []string{"A"}, RefNamespace: "public", RefTable: "Account", RefColumns: []string{"id"}, OnDelete: sqlschema.Cascade, OnUpdate: sqlschema.Cascade},
			{Name: "_AccountToTag_B_fkey", Columns: []string{"B"}, RefNamespace: "public", RefTable: "Tag", RefColumns: []string{"id"}, OnDelete: sqlschema.Cascade, OnUpdate: sqlschema.Cascade},
		}}
	db := &sqlschema.Schema{Namespaces: []string{"public"}, Tables: []*sqlschema.Table{user, account, tag, join}}
	out, _, err := Pull(db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := validate(t, out)
	for _, want := range []string{
		`@relation("User_current_account_idToAccount", fields: [currentAccountId]`,
		`@relation("Account_owner_idToUser", fields: [ownerId]`,
		`@relation("Tag_account_idToAccount", fields: [accountId]`,
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("missing %s in\n%s", want, out)
		}
	}
	var m2m int
	for _, r := range s.Relations {
		if r.Kind == schema.ManyToMany {
			m2m++
		}
	}
	if m2m != 1 {
		t.Errorf("%d m-n relations, want 1:\n%s", m2m, out)
	}
}
