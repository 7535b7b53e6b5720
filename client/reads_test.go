package client_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stratadb/strata/client"
	db "github.com/stratadb/strata/client/internal/blogdb"
)

func ids(posts []db.Post) []int {
	out := make([]int, len(posts))
	for i, p := range posts {
		out[i] = p.ID
	}
	return out
}

func names(users []db.User) []string {
	out := make([]string, len(users))
	for i, u := range users {
		if u.Name != nil {
			out[i] = *u.Name
		}
	}
	return out
}

func TestAggregate(t *testing.T) {
	c, _, _ := newDB(t)
	seed(t, c, 4, 3) // ages 20..23; posts with views 0..2
	must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "noage@x", Role: client.Ptr(db.RoleAdmin), Score: client.Ptr(2.5), Balance: client.Ptr(client.Decimal("1.25"))}}))

	r := must(c.User.Aggregate(ctx, db.UserAggregate{UserAggregateFields: db.UserAggregateFields{
		Count: &db.UserCountAggregate{All: true, Age: true, Name: true},
		Sum:   &db.UserNumAggregate{Age: true, Score: true, Balance: true, Visits: true},
		Avg:   &db.UserNumAggregate{Age: true, Balance: true},
		Min:   &db.UserMinMaxAggregate{Age: true, Role: true, Email: true},
		Max:   &db.UserMinMaxAggregate{Age: true, Role: true, CreatedAt: true},
	}}))
	if r.Count.All != 5 || r.Count.Age != 4 || r.Count.Name != 4 {
		t.Errorf("counts %+v", r.Count)
	}
	if r.Sum.Age == nil || *r.Sum.Age != 86 || r.Sum.Score == nil || *r.Sum.Score != 2.5 || r.Sum.Visits == nil || *r.Sum.Visits != 0 {
		t.Errorf("sums %+v", r.Sum)
	}
	if r.Sum.Balance == nil || *r.Sum.Balance != "1.25" && *r.Sum.Balance != "1.250000000000000000000000000000" {
		t.Errorf("decimal sum %v", r.Sum.Balance)
	}
	if r.Avg.Age == nil || *r.Avg.Age != 21.5 || r.Avg.Balance == nil {
		t.Errorf("avg %+v", r.Avg)
	}
	if *r.Min.Age != 20 || *r.Max.Age != 23 || *r.Min.Role != db.RoleUser || *r.Max.Role != db.RoleAdmin || *r.Min.Email != "noage@x" || r.Max.CreatedAt == nil {
		t.Errorf("min %+v max %+v", r.Min, r.Max)
	}
	if r.Min.Name != nil || r.Count.Email != 0 {
		t.Errorf("unselected aggregates are set: %+v", r)
	}

	tests := []struct {
		name  string
		args  db.UserAggregate
		count int64
		sum   *int
	}{
		{"where", db.UserAggregate{Where: db.UserWhere{Age: client.IntFilter{Gte: client.Ptr(22)}}}, 2, client.Ptr(45)},
		{"none match", db.UserAggregate{Where: db.UserWhere{Age: client.IntFilter{Gt: client.Ptr(99)}}}, 0, nil},
		{"orderBy take", db.UserAggregate{OrderBy: []db.UserOrderBy{{Age: client.DescNullsLast}}, Take: client.Ptr(2)}, 2, client.Ptr(45)},
		{"skip", db.UserAggregate{OrderBy: []db.UserOrderBy{{Age: client.AscNullsLast}}, Skip: client.Ptr(3)}, 2, client.Ptr(23)},
		{"cursor", db.UserAggregate{OrderBy: []db.UserOrderBy{{Age: client.Asc}}, Cursor: &db.UserWhereUnique{Email: client.Ptr("u2@Example.com")}, Take: client.Ptr(2)}, 2, client.Ptr(45)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := tc.args
			a.Count = &db.UserCountAggregate{All: true}
			a.Sum = &db.UserNumAggregate{Age: true}
			r := must(c.User.Aggregate(ctx, a))
			if r.Count.All != tc.count || (r.Sum.Age == nil) != (tc.sum == nil) || tc.sum != nil && *r.Sum.Age != *tc.sum {
				t.Errorf("count %d sum %v, want %d %v", r.Count.All, r.Sum.Age, tc.count, tc.sum)
			}
		})
	}
	// Nothing selected: no statement, a zero result.
	if r := must(c.User.Aggregate(ctx, db.UserAggregate{})); r.Count.All != 0 {
		t.Errorf("empty aggregate %+v", r)
	}
}

func TestGroupBy(t *testing.T) {
	c, _, _ := newDB(t)
	seed(t, c, 3, 0)
	for i, role := range []db.Role{db.RoleAdmin, db.RoleAdmin, db.RoleEditor} {
		must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: fmt.Sprintf("g%d@x", i), Role: client.Ptr(role), Age: client.Ptr(30 + i)}}))
	}
	// USER: ages 20,21,22; ADMIN: 30,31; EDITOR: 32.
	gs := must(c.User.GroupBy(ctx, db.UserGroupBy{
		By:                  db.UserSelect{Role: true},
		OrderBy:             []db.UserGroupByOrderBy{{UserOrderBy: db.UserOrderBy{Role: client.Asc}}},
		UserAggregateFields: db.UserAggregateFields{Count: &db.UserCountAggregate{All: true}, Sum: &db.UserNumAggregate{Age: true}, Avg: &db.UserNumAggregate{Age: true}, Max: &db.UserMinMaxAggregate{Age: true}},
	}))
	if len(gs) != 3 {
		t.Fatalf("groups %+v", gs)
	}
	want := []struct {
		role  db.Role
		count int64
		sum   int
		max   int
	}{{db.RoleUser, 3, 63, 22}, {db.RoleAdmin, 2, 61, 31}, {db.RoleEditor, 1, 32, 32}}
	for i, w := range want {
		g := gs[i]
		if g.By.Role != w.role || g.Count.All != w.count || *g.Sum.Age != w.sum || *g.Max.Age != w.max || g.By.Email != "" {
			t.Errorf("group %d: %+v %+v sum %d max %d", i, g.By.Role, g.Count, *g.Sum.Age, *g.Max.Age)
		}
	}
	tests := []struct {
		name string
		args db.UserGroupBy
		want []db.Role
	}{
		{"having count", db.UserGroupBy{Having: db.UserHaving{Age: client.Having[int]{Count: &client.Filter[int64]{Gt: client.Ptr[int64](1)}}}}, []db.Role{db.RoleUser, db.RoleAdmin}},
		{"having avg", db.UserGroupBy{Having: db.UserHaving{Age: client.Having[int]{Avg: &client.FloatFilter{Gte: client.Ptr(30.5)}}}}, []db.Role{db.RoleAdmin, db.RoleEditor}},
		{"having by value", db.UserGroupBy{Having: db.UserHaving{Role: client.Having[db.Role]{Filter: client.EnumFilter[db.Role]{In: []db.Role{db.RoleEditor, db.RoleUser}}}}}, []db.Role{db.RoleUser, db.RoleEditor}},
		{"having or", db.UserGroupBy{Having: db.UserHaving{OR: []db.UserHaving{{Age: client.Having[int]{Max: &client.IntFilter{Equals: client.Ptr(32)}}}, {Age: client.Having[int]{Sum: &client.IntFilter{Lt: client.Ptr(62)}}}}}}, []db.Role{db.RoleAdmin, db.RoleEditor}},
		{"where", db.UserGroupBy{Where: db.UserWhere{Age: client.IntFilter{Lt: client.Ptr(31)}}}, []db.Role{db.RoleUser, db.RoleAdmin}},
		{"order by count desc", db.UserGroupBy{OrderBy: []db.UserGroupByOrderBy{{Count: &db.UserOrderBy{Age: client.Desc}}}}, []db.Role{db.RoleUser, db.RoleAdmin, db.RoleEditor}},
		{"order by min, skip, take", db.UserGroupBy{OrderBy: []db.UserGroupByOrderBy{{Min: &db.UserOrderBy{Age: client.Desc}}}, Skip: client.Ptr(1), Take: client.Ptr(1)}, []db.Role{db.RoleAdmin}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := tc.args
			a.By = db.UserSelect{Role: true}
			if a.OrderBy == nil {
				a.OrderBy = []db.UserGroupByOrderBy{{UserOrderBy: db.UserOrderBy{Role: client.Asc}}}
			}
			gs := must(c.User.GroupBy(ctx, a))
			var got []db.Role
			for _, g := range gs {
				got = append(got, g.By.Role)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	// Two fields.
	gs = must(c.User.GroupBy(ctx, db.UserGroupBy{By: db.UserSelect{Role: true, Age: true}}))
	if len(gs) != 6 {
		t.Errorf("by role, age: %d groups", len(gs))
	}
	if _, err := c.User.GroupBy(ctx, db.UserGroupBy{}); err == nil {
		t.Error("groupBy without by should fail")
	}
}

func TestDistinct(t *testing.T) {
	c, cnt, _ := newDB(t)
	seed(t, c, 3, 3) // views 0,1,2 per author
	tests := []struct {
		name  string
		args  db.PostFindMany
		views []int
		n     int
	}{
		// No order: DISTINCT ON, one row per author.
		{"one field", db.PostFindMany{Distinct: &db.PostSelect{AuthorID: true}}, nil, 3},
		{"fits the order", db.PostFindMany{Distinct: &db.PostSelect{AuthorID: true}, OrderBy: []db.PostOrderBy{{AuthorID: client.Asc}, {Views: client.Desc}}}, []int{2, 2, 2}, 3},
		{"order first", db.PostFindMany{Distinct: &db.PostSelect{Views: true}, OrderBy: []db.PostOrderBy{{Views: client.Desc}}}, []int{2, 1, 0}, 3},
		// An order not led by the distinct fields: the first row of each group in that order.
		{"window", db.PostFindMany{Distinct: &db.PostSelect{AuthorID: true}, OrderBy: []db.PostOrderBy{{Views: client.Desc}, {ID: client.Asc}}}, []int{2, 2, 2}, 3},
		{"window take", db.PostFindMany{Distinct: &db.PostSelect{Published: true}, OrderBy: []db.PostOrderBy{{Views: client.Asc}}, Take: client.Ptr(5)}, []int{0, 1}, 2},
		{"two fields", db.PostFindMany{Distinct: &db.PostSelect{AuthorID: true, Published: true}}, nil, 6},
		{"where skip", db.PostFindMany{Distinct: &db.PostSelect{Views: true}, Where: db.PostWhere{Views: client.IntFilter{Gt: client.Ptr(0)}}, OrderBy: []db.PostOrderBy{{Views: client.Asc}}, Skip: client.Ptr(1)}, []int{2}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := cnt.n.Load()
			ps := must(c.Post.FindMany(ctx, tc.args))
			if n := cnt.n.Load() - before; n != 1 {
				t.Errorf("%d statements", n)
			}
			if len(ps) != tc.n {
				t.Fatalf("%d rows, want %d", len(ps), tc.n)
			}
			if tc.views != nil {
				var vs []int
				for _, p := range ps {
					vs = append(vs, p.Views)
				}
				if !slices.Equal(vs, tc.views) {
					t.Errorf("views %v, want %v", vs, tc.views)
				}
			}
		})
	}
}

func TestSelect(t *testing.T) {
	c, _, _ := newDB(t)
	seed(t, c, 2, 2)
	us := must(c.User.FindMany(ctx, db.UserFindMany{Select: &db.UserSelect{Email: true, Roles: true, Balance: true}, OrderBy: []db.UserOrderBy{{Email: client.Asc}}}))
	if len(us) != 2 || us[0].Email != "u0@Example.com" || us[0].ID != "" || us[0].Name != nil || us[0].Age != nil || !us[0].CreatedAt.IsZero() || us[0].Balance == "" {
		t.Errorf("partial select: %+v", us[0])
	}
	// An include reads the key it needs even when not selected.
	us = must(c.User.FindMany(ctx, db.UserFindMany{Select: &db.UserSelect{Name: true}, Include: &db.UserInclude{Posts: &db.PostFindMany{}}}))
	if len(us) != 2 || len(us[0].Posts) != 2 || us[0].ID == "" || us[0].Email != "" {
		t.Errorf("select with include: %+v", us[0])
	}
	p := must(c.Post.FindFirst(ctx, db.PostFindFirst{Select: &db.PostSelect{Title: true}, Where: db.PostWhere{Views: client.IntFilter{Equals: client.Ptr(1)}}}))
	if p == nil || p.Title == "" || p.ID != 0 || p.AuthorID != "" {
		t.Errorf("findFirst select: %+v", p)
	}
	u := must(c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{Email: client.Ptr("u1@Example.com")}, Select: &db.UserSelect{Age: true}}))
	if u == nil || u.Age == nil || *u.Age != 21 || u.Email != "" {
		t.Errorf("findUnique select: %+v", u)
	}
	if _, err := c.User.FindUniqueOrThrow(ctx, db.UserFindUnique{Where: db.UserWhereUnique{Email: client.Ptr("none")}, Select: &db.UserSelect{Age: true}}); !errors.Is(err, client.ErrNotFound) {
		t.Errorf("findUniqueOrThrow select: %v", err)
	}
	if _, err := c.User.FindMany(ctx, db.UserFindMany{Select: &db.UserSelect{}}); err == nil {
		t.Error("an empty select should fail")
	}
}

func TestCursor(t *testing.T) {
	c, _, _ := newDB(t)
	seed(t, c, 2, 5) // post ids 1..10; views 0..4 per author
	all := must(c.Post.FindMany(ctx, db.PostFindMany{OrderBy: []db.PostOrderBy{{ID: client.Asc}}}))
	id := func(i int) *int { return &all[i-1].ID }
	tests := []struct {
		name string
		args db.PostFindMany
		want []int
	}{
		{"from the cursor", db.PostFindMany{Cursor: &db.PostWhereUnique{ID: id(5)}, Take: client.Ptr(3)}, []int{5, 6, 7}},
		{"skip the cursor", db.PostFindMany{Cursor: &db.PostWhereUnique{ID: id(5)}, Skip: client.Ptr(1), Take: client.Ptr(3)}, []int{6, 7, 8}},
		{"descending", db.PostFindMany{Cursor: &db.PostWhereUnique{ID: id(5)}, OrderBy: []db.PostOrderBy{{ID: client.Desc}}, Take: client.Ptr(2)}, []int{5, 4}},
		{"negative take", db.PostFindMany{Cursor: &db.PostWhereUnique{ID: id(5)}, Take: client.Ptr(-2)}, []int{4, 5}},
		{"negative take skip", db.PostFindMany{Cursor: &db.PostWhereUnique{ID: id(5)}, Skip: client.Ptr(1), Take: client.Ptr(-3)}, []int{2, 3, 4}},
		{"negative take without cursor", db.PostFindMany{Take: client.Ptr(-3)}, []int{8, 9, 10}},
		// Views 0..4 per author: ordered by views, then id.
		{"non-unique order", db.PostFindMany{Cursor: &db.PostWhereUnique{ID: id(7)}, OrderBy: []db.PostOrderBy{{Views: client.Asc}}, Take: client.Ptr(4)}, []int{7, 3, 8, 4}},
		{"compound unique", db.PostFindMany{Cursor: &db.PostWhereUnique{AuthorIDTitle: &db.PostAuthorIDTitleKey{AuthorID: all[8].AuthorID, Title: all[8].Title}}, Take: client.Ptr(5)}, []int{9, 10}},
		{"where", db.PostFindMany{Cursor: &db.PostWhereUnique{ID: id(2)}, Where: db.PostWhere{Published: client.BoolFilter{Equals: client.Ptr(true)}}}, []int{3, 5, 6, 8, 10}},
		{"missing cursor", db.PostFindMany{Cursor: &db.PostWhereUnique{ID: client.Ptr(999)}}, []int{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ids(must(c.Post.FindMany(ctx, tc.args)))
			want := make([]int, len(tc.want))
			for i, n := range tc.want {
				want[i] = *id(n)
			}
			if !slices.Equal(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
	// Nullable order: users by age (nulls last), one without age.
	must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "z@x"}}))
	page := must(c.User.FindMany(ctx, db.UserFindMany{OrderBy: []db.UserOrderBy{{Age: client.Asc}}, Cursor: &db.UserWhereUnique{Email: client.Ptr("u1@Example.com")}}))
	if got := names(page); !slices.Equal(got, []string{"User 1", ""}) {
		t.Errorf("nulls-last cursor page %q", got)
	}
	page = must(c.User.FindMany(ctx, db.UserFindMany{OrderBy: []db.UserOrderBy{{Age: client.AscNullsFirst}}, Cursor: &db.UserWhereUnique{Email: client.Ptr("z@x")}}))
	if got := names(page); !slices.Equal(got, []string{"", "User 0", "User 1"}) {
		t.Errorf("nulls-first cursor page %q", got)
	}
	first := must(c.Post.FindFirst(ctx, db.PostFindFirst{Take: client.Ptr(-1)}))
	if first == nil || first.ID != *id(10) {
		t.Errorf("findFirst take -1: %+v", first)
	}
}

func TestListFilters(t *testing.T) {
	c, _, _ := newDB(t)
	mk := func(email string, roles []db.Role) {
		must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: email, Roles: roles}}))
	}
	mk("a", []db.Role{db.RoleAdmin, db.RoleEditor})
	mk("b", []db.Role{db.RoleUser})
	mk("c", []db.Role{})
	mk("d", []db.Role{db.RoleEditor, db.RoleAdmin, db.RoleUser})
	tests := []struct {
		name string
		f    client.ListFilter[db.Role]
		want []string
	}{
		{"has", client.ListFilter[db.Role]{Has: client.Ptr(db.RoleAdmin)}, []string{"a", "d"}},
		{"hasEvery", client.ListFilter[db.Role]{HasEvery: []db.Role{db.RoleUser, db.RoleEditor}}, []string{"d"}},
		{"hasEvery empty", client.ListFilter[db.Role]{HasEvery: []db.Role{}}, []string{"a", "b", "c", "d"}},
		{"hasSome", client.ListFilter[db.Role]{HasSome: []db.Role{db.RoleUser, db.RoleEditor}}, []string{"a", "b", "d"}},
		{"hasSome empty", client.ListFilter[db.Role]{HasSome: []db.Role{}}, nil},
		{"isEmpty", client.ListFilter[db.Role]{IsEmpty: client.Ptr(true)}, []string{"c"}},
		{"not isEmpty", client.ListFilter[db.Role]{IsEmpty: client.Ptr(false)}, []string{"a", "b", "d"}},
		{"equals", client.ListFilter[db.Role]{Equals: []db.Role{db.RoleAdmin, db.RoleEditor}}, []string{"a"}},
		{"equals order matters", client.ListFilter[db.Role]{Equals: []db.Role{db.RoleEditor, db.RoleAdmin}}, nil},
		{"equals empty", client.ListFilter[db.Role]{Equals: []db.Role{}}, []string{"c"}},
		{"combined", client.ListFilter[db.Role]{Has: client.Ptr(db.RoleEditor), HasSome: []db.Role{db.RoleUser}}, []string{"d"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			us := must(c.User.FindMany(ctx, db.UserFindMany{Where: db.UserWhere{Roles: tc.f}, OrderBy: []db.UserOrderBy{{Email: client.Asc}}}))
			var got []string
			for _, u := range us {
				got = append(got, u.Email)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestJSONFilters(t *testing.T) {
	c, _, _ := newDB(t)
	docs := map[string]string{
		"a": `{"theme": "Dark Blue", "n": 3, "tags": ["x", "y", "z"], "nested": {"k": [1, 2]}}`,
		"b": `{"theme": "light", "n": 10, "tags": ["y"], "nested": {"k": 1}}`,
		"c": `["x", "y"]`,
		"d": `"plain"`,
	}
	for _, e := range []string{"a", "b", "c", "d"} {
		must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: e, Settings: json.RawMessage(docs[e])}}))
	}
	must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "null"}}))
	raw := func(s string) *json.RawMessage { r := json.RawMessage(s); return &r }
	tests := []struct {
		name string
		f    client.JSONFilter
		want []string
	}{
		{"equals document", client.JSONFilter{Equals: raw(`["x","y"]`)}, []string{"c"}},
		{"equals path", client.JSONFilter{Path: []string{"theme"}, Equals: raw(`"light"`)}, []string{"b"}},
		{"not path", client.JSONFilter{Path: []string{"theme"}, Not: raw(`"light"`)}, []string{"a"}},
		{"nested path", client.JSONFilter{Path: []string{"nested", "k", "1"}, Equals: raw(`2`)}, []string{"a"}},
		{"string_contains", client.JSONFilter{Path: []string{"theme"}, StringContains: client.Ptr("Blue")}, []string{"a"}},
		{"string_contains insensitive", client.JSONFilter{Path: []string{"theme"}, StringContains: client.Ptr("BLUE"), Mode: client.Insensitive}, []string{"a"}},
		{"string_starts_with", client.JSONFilter{Path: []string{"theme"}, StringStartsWith: client.Ptr("li")}, []string{"b"}},
		{"string_ends_with", client.JSONFilter{Path: []string{"theme"}, StringEndsWith: client.Ptr("ue")}, []string{"a"}},
		{"string of the document", client.JSONFilter{StringStartsWith: client.Ptr("pla")}, []string{"d"}},
		{"string filter skips non-strings", client.JSONFilter{Path: []string{"n"}, StringContains: client.Ptr("1")}, nil},
		{"array_contains", client.JSONFilter{Path: []string{"tags"}, ArrayContains: json.RawMessage(`["y"]`)}, []string{"a", "b"}},
		{"array_contains two", client.JSONFilter{Path: []string{"tags"}, ArrayContains: json.RawMessage(`["z", "x"]`)}, []string{"a"}},
		{"array_contains document", client.JSONFilter{ArrayContains: json.RawMessage(`["x"]`)}, []string{"c"}},
		{"array_starts_with", client.JSONFilter{Path: []string{"tags"}, ArrayStartsWith: json.RawMessage(`"x"`)}, []string{"a"}},
		{"array_starts_with array", client.JSONFilter{Path: []string{"tags"}, ArrayStartsWith: json.RawMessage(`["x", "y"]`)}, []string{"a"}},
		{"array_ends_with", client.JSONFilter{Path: []string{"tags"}, ArrayEndsWith: json.RawMessage(`"y"`)}, []string{"b"}},
		{"array_ends_with array", client.JSONFilter{Path: []string{"tags"}, ArrayEndsWith: json.RawMessage(`["y", "z"]`)}, []string{"a"}},
		{"gt", client.JSONFilter{Path: []string{"n"}, Gt: raw(`5`)}, []string{"b"}},
		{"lte", client.JSONFilter{Path: []string{"n"}, Lte: raw(`3`)}, []string{"a"}},
		{"is null", client.JSONFilter{IsNull: client.Ptr(true)}, []string{"null"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			us := must(c.User.FindMany(ctx, db.UserFindMany{Where: db.UserWhere{Settings: tc.f}, OrderBy: []db.UserOrderBy{{Email: client.Asc}}}))
			var got []string
			for _, u := range us {
				got = append(got, u.Email)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestRelationCounts(t *testing.T) {
	c, cnt, _ := newDB(t)
	const n = 1000
	inputs := make([]db.UserCreateInput, n)
	for i := range inputs {
		inputs[i] = db.UserCreateInput{Email: fmt.Sprintf("rc%d@x", i)}
	}
	must(c.User.CreateMany(ctx, db.UserCreateMany{Data: inputs}))
	us := must(c.User.FindMany(ctx, db.UserFindMany{OrderBy: []db.UserOrderBy{{Email: client.Asc}}, Take: client.Ptr(3)}))
	var posts []db.PostCreateInput
	for i, u := range us {
		for j := 0; j <= i; j++ {
			posts = append(posts, db.PostCreateInput{Title: fmt.Sprintf("p%d", j), AuthorID: u.ID})
		}
	}
	must(c.Post.CreateMany(ctx, db.PostCreateMany{Data: posts}))
	tag := must(c.Tag.Create(ctx, db.TagCreate{Data: db.TagCreateInput{Name: "go"}}))
	first := must(c.Post.FindFirst(ctx, db.PostFindFirst{OrderBy: []db.PostOrderBy{{ID: client.Asc}}}))
	if _, err := c.Engine().Pool().Exec(ctx, `INSERT INTO "_PostToTag" ("A", "B") VALUES ($1, $2)`, first.ID, tag.Name); err != nil {
		t.Fatal(err)
	}

	before := cnt.n.Load()
	all := must(c.User.FindMany(ctx, db.UserFindMany{
		OrderBy: []db.UserOrderBy{{Email: client.Asc}},
		Include: &db.UserInclude{Count: &db.UserCountInclude{Posts: true, Comments: true}},
	}))
	if got := cnt.n.Load() - before; got != 2 {
		t.Errorf("relation counts of %d parents took %d statements, want 2", n, got)
	}
	if len(all) != n {
		t.Fatalf("%d users", len(all))
	}
	for i, u := range all {
		want := int64(0)
		if i < 3 {
			want = int64(i + 1)
		}
		if u.Count == nil || u.Count.Posts != want || u.Count.Comments != 0 {
			t.Fatalf("user %d: counts %+v, want %d posts", i, u.Count, want)
		}
	}
	js, _ := json.Marshal(all[2])
	if !json.Valid(js) || !strings.Contains(string(js), `"_count":{"posts":3,"comments":0}`) {
		t.Errorf("json %s", js)
	}
	// Not included: nil. With a partial select: the key is read.
	plain := must(c.User.FindFirst(ctx, db.UserFindFirst{Select: &db.UserSelect{Email: true}, OrderBy: []db.UserOrderBy{{Email: client.Asc}}, Include: &db.UserInclude{Count: &db.UserCountInclude{Posts: true}}}))
	if plain.Count == nil || plain.Count.Posts != 1 {
		t.Errorf("count with select %+v", plain.Count)
	}
	// Implicit many-to-many and nested in an include.
	ps := must(c.Post.FindMany(ctx, db.PostFindMany{OrderBy: []db.PostOrderBy{{ID: client.Asc}}, Include: &db.PostInclude{
		Count:  &db.PostCountInclude{Tags: true},
		Author: &db.UserInclude{Count: &db.UserCountInclude{Posts: true}},
	}}))
	if ps[0].Count.Tags != 1 || ps[1].Count.Tags != 0 || ps[0].Author.Count.Posts != 1 || ps[5].Author.Count.Posts != 3 {
		t.Errorf("m-n / nested counts: %+v %+v %+v", ps[0].Count, ps[1].Count, ps[0].Author.Count)
	}
	// Filtered counts.
	us = must(c.User.FindMany(ctx, db.UserFindMany{OrderBy: []db.UserOrderBy{{Email: client.Asc}}, Take: client.Ptr(4), Include: &db.UserInclude{Count: &db.UserCountInclude{
		Posts: true, PostsWhere: &db.PostWhere{Title: client.StringFilter{In: []string{"p1", "p2"}}},
		CommentsWhere: &db.CommentWhere{},
	}}}))
	if got := []int64{us[0].Count.Posts, us[1].Count.Posts, us[2].Count.Posts, us[3].Count.Posts}; !slices.Equal(got, []int64{0, 1, 2, 0}) {
		t.Errorf("filtered post counts %v", got)
	}
	ps = must(c.Post.FindMany(ctx, db.PostFindMany{OrderBy: []db.PostOrderBy{{ID: client.Asc}}, Take: client.Ptr(2), Include: &db.PostInclude{
		Count: &db.PostCountInclude{TagsWhere: &db.TagWhere{Name: client.StringFilter{Equals: client.Ptr("go")}}, Comments: true},
	}}))
	if ps[0].Count.Tags != 1 || ps[1].Count.Tags != 0 {
		t.Errorf("filtered m-n counts %+v %+v", ps[0].Count, ps[1].Count)
	}
	ps = must(c.Post.FindMany(ctx, db.PostFindMany{OrderBy: []db.PostOrderBy{{ID: client.Asc}}, Take: client.Ptr(1), Include: &db.PostInclude{
		Count: &db.PostCountInclude{TagsWhere: &db.TagWhere{Name: client.StringFilter{Equals: client.Ptr("rust")}}},
	}}))
	if ps[0].Count.Tags != 0 {
		t.Errorf("filtered m-n count matching nothing %+v", ps[0].Count)
	}
	if all := must(c.User.FindMany(ctx, db.UserFindMany{Take: client.Ptr(1)})); all[0].Count != nil {
		t.Errorf("counts not included but set")
	}
}

func TestOrderByRelations(t *testing.T) {
	c, _, _ := newDB(t)
	mk := func(email, name string, posts int) *db.User {
		u := must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: email, Name: &name}}))
		for i := 0; i < posts; i++ {
			must(c.Post.Create(ctx, db.PostCreate{Data: db.PostCreateInput{Title: fmt.Sprintf("%s %d", name, i), AuthorID: u.ID}}))
		}
		return u
	}
	mk("1@x", "Bea", 2)
	mk("2@x", "Al", 1)
	mk("3@x", "Cy", 3)
	mk("4@x", "Di", 0)
	must(c.Profile.Create(ctx, db.ProfileCreate{Data: db.ProfileCreateInput{UserID: must(c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{Email: client.Ptr("3@x")}})).ID, Bio: client.Ptr("a")}}))

	tests := []struct {
		name string
		args db.UserFindMany
		want []string
	}{
		{"posts count desc", db.UserFindMany{OrderBy: []db.UserOrderBy{{Posts: &client.CountOrder{Count: client.Desc}}}}, []string{"Cy", "Bea", "Al", "Di"}},
		{"posts count asc", db.UserFindMany{OrderBy: []db.UserOrderBy{{Posts: &client.CountOrder{Count: client.Asc}}}}, []string{"Di", "Al", "Bea", "Cy"}},
		{"to-one optional", db.UserFindMany{OrderBy: []db.UserOrderBy{{Profile: &db.ProfileOrderBy{Bio: client.Asc}}, {Name: client.Asc}}}, []string{"Cy", "Al", "Bea", "Di"}},
		{"count with cursor", db.UserFindMany{OrderBy: []db.UserOrderBy{{Posts: &client.CountOrder{Count: client.Desc}}}, Cursor: &db.UserWhereUnique{Email: client.Ptr("1@x")}}, []string{"Bea", "Al", "Di"}},
		{"count with take", db.UserFindMany{OrderBy: []db.UserOrderBy{{Posts: &client.CountOrder{Count: client.Desc}}}, Take: client.Ptr(-2)}, []string{"Al", "Di"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := names(must(c.User.FindMany(ctx, tc.args))); !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	// Posts by their author's name, then title.
	ps := must(c.Post.FindMany(ctx, db.PostFindMany{OrderBy: []db.PostOrderBy{{Author: &db.UserOrderBy{Name: client.Desc}}, {Title: client.Asc}}}))
	var titles []string
	for _, p := range ps {
		titles = append(titles, p.Title)
	}
	if want := []string{"Cy 0", "Cy 1", "Cy 2", "Bea 0", "Bea 1", "Al 0"}; !slices.Equal(titles, want) {
		t.Errorf("posts by author name: %v", titles)
	}
	// Two hops: posts by the author's post count, in an include's order too.
	ps = must(c.Post.FindMany(ctx, db.PostFindMany{OrderBy: []db.PostOrderBy{{Author: &db.UserOrderBy{Posts: &client.CountOrder{Count: client.Asc}}}, {Title: client.Asc}}, Take: client.Ptr(3)}))
	titles = titles[:0]
	for _, p := range ps {
		titles = append(titles, p.Title)
	}
	if want := []string{"Al 0", "Bea 0", "Bea 1"}; !slices.Equal(titles, want) {
		t.Errorf("posts by author's post count: %v", titles)
	}
	us := must(c.User.FindMany(ctx, db.UserFindMany{Where: db.UserWhere{Email: client.StringFilter{Equals: client.Ptr("3@x")}}, Include: &db.UserInclude{Posts: &db.PostFindMany{OrderBy: []db.PostOrderBy{{Author: &db.UserOrderBy{Name: client.Asc}}, {Title: client.Desc}}, Take: client.Ptr(2)}}}))
	if len(us[0].Posts) != 2 || us[0].Posts[0].Title != "Cy 2" {
		t.Errorf("include ordered through a relation: %+v", us[0].Posts)
	}
}
