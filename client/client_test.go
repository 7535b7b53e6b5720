package client_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/stratadb/strata/client"
	db "github.com/stratadb/strata/client/internal/blogdb"
)

var ctx = context.Background()

// must returns v, and panics (failing the test with a stack) on err.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// seed creates users u0..u(n-1) with posts p0..p(k-1) each.
func seed(t testing.TB, c *db.Client, users, posts int) []*db.User {
	t.Helper()
	var out []*db.User
	for i := 0; i < users; i++ {
		u := must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{
			Email: fmt.Sprintf("u%d@Example.com", i),
			Name:  client.Ptr(fmt.Sprintf("User %d", i)),
			Age:   client.Ptr(20 + i),
		}}))
		for j := 0; j < posts; j++ {
			must(c.Post.Create(ctx, db.PostCreate{Data: db.PostCreateInput{
				Title: fmt.Sprintf("post %d of %d", j, i), AuthorID: u.ID, Views: client.Ptr(j), Published: client.Ptr(j%2 == 0),
			}}))
		}
		out = append(out, u)
	}
	return out
}

func TestCreateDefaults(t *testing.T) {
	c, _, _ := newDB(t)
	before := time.Now().Add(-time.Second)
	u := must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "a@b.c", Roles: []db.Role{db.RoleAdmin, db.RoleEditor}, Settings: json.RawMessage(`{"a":1}`), Balance: client.Ptr(client.Decimal("12.345678901234567890123"))}}))
	if !regexp.MustCompile(`^c[0-9a-z]{24}$`).MatchString(u.ID) {
		t.Errorf("cuid id %q", u.ID)
	}
	if u.Role != db.RoleUser || !u.Role.Valid() || db.Role("x").Valid() {
		t.Errorf("role default %q", u.Role)
	}
	if len(u.Roles) != 2 || u.Roles[1] != db.RoleEditor {
		t.Errorf("roles %v", u.Roles)
	}
	if u.CreatedAt.Before(before) || !u.CreatedAt.Equal(u.UpdatedAt) || u.CreatedAt.Location() != time.UTC {
		t.Errorf("createdAt %v updatedAt %v", u.CreatedAt, u.UpdatedAt)
	}
	if !strings.HasPrefix(string(u.Balance), "12.345678901234567890123") {
		t.Errorf("decimal lost precision: %s", u.Balance)
	}
	var js map[string]int
	if err := json.Unmarshal(u.Settings, &js); err != nil || js["a"] != 1 {
		t.Errorf("json %s", u.Settings)
	}
	if u.Name != nil || u.Avatar != nil {
		t.Errorf("nullable fields should be nil: %v %v", u.Name, u.Avatar)
	}
	p := must(c.Profile.Create(ctx, db.ProfileCreate{Data: db.ProfileCreateInput{UserID: u.ID}}))
	if !regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`).MatchString(p.ID) {
		t.Errorf("uuid(7) %q", p.ID)
	}
	post := must(c.Post.Create(ctx, db.PostCreate{Data: db.PostCreateInput{Title: "t", AuthorID: u.ID}}))
	if post.ID != 1 || len(post.Slug) != 10 {
		t.Errorf("autoincrement %d, nanoid(10) %q", post.ID, post.Slug)
	}
	cm := must(c.Comment.Create(ctx, db.CommentCreate{Data: db.CommentCreateInput{Body: "b", PostID: post.ID}}))
	if !regexp.MustCompile(`^[0-9A-HJKMNP-TV-Z]{26}$`).MatchString(cm.ID) {
		t.Errorf("ulid %q", cm.ID)
	}
	tag := must(c.Tag.Create(ctx, db.TagCreate{Data: db.TagCreateInput{Name: "go"}}))
	if !regexp.MustCompile(`^[a-z][0-9a-z]{23}$`).MatchString(tag.Uid) {
		t.Errorf("cuid(2) %q", tag.Uid)
	}
	if !regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`).MatchString(tag.Uid4) {
		t.Errorf("uuid() %q", tag.Uid4)
	}
}

func TestFindAndFilters(t *testing.T) {
	c, _, _ := newDB(t)
	users := seed(t, c, 5, 3)
	find := func(w db.UserWhere) []string {
		t.Helper()
		us := must(c.User.FindMany(ctx, db.UserFindMany{Where: w, OrderBy: []db.UserOrderBy{{Email: client.Asc}}}))
		var out []string
		for _, u := range us {
			out = append(out, strings.TrimSuffix(strings.ToLower(u.Email), "@example.com"))
		}
		return out
	}
	cases := []struct {
		name string
		w    db.UserWhere
		want string
	}{
		{"all", db.UserWhere{}, "u0 u1 u2 u3 u4"},
		{"equals", db.UserWhere{Email: client.StringFilter{Equals: client.Ptr("u1@Example.com")}}, "u1"},
		{"equals insensitive", db.UserWhere{Email: client.StringFilter{Equals: client.Ptr("U1@EXAMPLE.COM"), Mode: client.Insensitive}}, "u1"},
		{"contains case-sensitive", db.UserWhere{Email: client.StringFilter{Contains: client.Ptr("example")}}, ""},
		{"contains insensitive", db.UserWhere{Email: client.StringFilter{Contains: client.Ptr("EXAMPLE"), Mode: client.Insensitive}}, "u0 u1 u2 u3 u4"},
		{"contains is literal", db.UserWhere{Email: client.StringFilter{Contains: client.Ptr("%")}}, ""},
		{"startsWith endsWith", db.UserWhere{Email: client.StringFilter{StartsWith: client.Ptr("u3"), EndsWith: client.Ptr(".com")}}, "u3"},
		{"in", db.UserWhere{Age: client.IntFilter{In: []int{20, 22}}}, "u0 u2"},
		{"in empty", db.UserWhere{Age: client.IntFilter{In: []int{}}}, ""},
		{"notIn", db.UserWhere{Age: client.IntFilter{NotIn: []int{20, 22}}}, "u1 u3 u4"},
		{"lt gte", db.UserWhere{Age: client.IntFilter{Gte: client.Ptr(21), Lt: client.Ptr(23)}}, "u1 u2"},
		{"not", db.UserWhere{Age: client.IntFilter{Not: client.Ptr(20)}}, "u1 u2 u3 u4"},
		{"null", db.UserWhere{Avatar: client.BytesFilter{IsNull: client.Ptr(true)}}, "u0 u1 u2 u3 u4"},
		{"not null", db.UserWhere{Name: client.StringFilter{IsNull: client.Ptr(false)}}, "u0 u1 u2 u3 u4"},
		{"enum", db.UserWhere{Role: client.EnumFilter[db.Role]{In: []db.Role{db.RoleAdmin}}}, ""},
		{"enum equals", db.UserWhere{Role: client.EnumFilter[db.Role]{Equals: client.Ptr(db.RoleUser)}}, "u0 u1 u2 u3 u4"},
		{"datetime", db.UserWhere{CreatedAt: client.DateTimeFilter{Lt: client.Ptr(time.Now().Add(time.Hour))}}, "u0 u1 u2 u3 u4"},
		{"OR", db.UserWhere{OR: []db.UserWhere{{Age: client.IntFilter{Equals: client.Ptr(20)}}, {Age: client.IntFilter{Equals: client.Ptr(24)}}}}, "u0 u4"},
		{"OR empty", db.UserWhere{OR: []db.UserWhere{}}, ""},
		{"AND", db.UserWhere{AND: []db.UserWhere{{Age: client.IntFilter{Gt: client.Ptr(20)}}, {Age: client.IntFilter{Lt: client.Ptr(22)}}}}, "u1"},
		{"NOT", db.UserWhere{NOT: []db.UserWhere{{Age: client.IntFilter{Gt: client.Ptr(21)}}}}, "u0 u1"},
		{"some", db.UserWhere{Posts: &db.PostListRelationFilter{Some: &db.PostWhere{Title: client.StringFilter{Equals: client.Ptr("post 2 of 3")}}}}, "u3"},
		{"every", db.UserWhere{Posts: &db.PostListRelationFilter{Every: &db.PostWhere{Views: client.IntFilter{Lt: client.Ptr(5)}}}}, "u0 u1 u2 u3 u4"},
		{"every fails", db.UserWhere{Posts: &db.PostListRelationFilter{Every: &db.PostWhere{Views: client.IntFilter{Lt: client.Ptr(2)}}}}, ""},
		{"none", db.UserWhere{Posts: &db.PostListRelationFilter{None: &db.PostWhere{Title: client.StringFilter{Contains: client.Ptr("of 1")}}}}, "u0 u2 u3 u4"},
		{"is null", db.UserWhere{Profile: &db.ProfileRelationFilter{IsNull: client.Ptr(true)}}, "u0 u1 u2 u3 u4"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(find(tc.w), " "); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	// is / isNot on the to-one side.
	ps := must(c.Post.FindMany(ctx, db.PostFindMany{Where: db.PostWhere{Author: &db.UserRelationFilter{Is: &db.UserWhere{Age: client.IntFilter{Equals: client.Ptr(21)}}}}}))
	if len(ps) != 3 || ps[0].AuthorID != users[1].ID {
		t.Errorf("is: %d posts", len(ps))
	}
	ps = must(c.Post.FindMany(ctx, db.PostFindMany{Where: db.PostWhere{Author: &db.UserRelationFilter{IsNot: &db.UserWhere{Age: client.IntFilter{Equals: client.Ptr(21)}}}}}))
	if len(ps) != 12 {
		t.Errorf("isNot: %d posts", len(ps))
	}
	// orderBy several fields, skip, take.
	ps = must(c.Post.FindMany(ctx, db.PostFindMany{OrderBy: []db.PostOrderBy{{Views: client.Desc}, {ID: client.Asc}}, Skip: client.Ptr(1), Take: client.Ptr(3)}))
	if len(ps) != 3 || ps[0].Views != 2 || ps[0].ID != 6 || ps[2].ID != 12 {
		t.Errorf("orderBy/skip/take: %+v", ps)
	}
	first := must(c.User.FindFirst(ctx, db.UserFindFirst{OrderBy: []db.UserOrderBy{{Age: client.Desc}}}))
	if first == nil || first.ID != users[4].ID {
		t.Errorf("findFirst: %+v", first)
	}
	none := must(c.User.FindFirst(ctx, db.UserFindFirst{Where: db.UserWhere{Age: client.IntFilter{Gt: client.Ptr(100)}}}))
	if none != nil {
		t.Errorf("findFirst without match: %+v", none)
	}
	n := must(c.User.Count(ctx, db.UserCount{Where: db.UserWhere{Age: client.IntFilter{Gt: client.Ptr(21)}}}))
	if n != 3 {
		t.Errorf("count %d", n)
	}
	n = must(c.Post.Count(ctx, db.PostCount{Skip: client.Ptr(10)}))
	if n != 5 {
		t.Errorf("count with skip %d", n)
	}
}

func TestFindUnique(t *testing.T) {
	c, _, _ := newDB(t)
	users := seed(t, c, 2, 2)
	u := must(c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{Email: client.Ptr("u1@Example.com")}}))
	if u == nil || u.ID != users[1].ID {
		t.Fatalf("by email: %+v", u)
	}
	p := must(c.Post.FindUnique(ctx, db.PostFindUnique{Where: db.PostWhereUnique{AuthorIDTitle: &db.PostAuthorIDTitleKey{AuthorID: u.ID, Title: "post 1 of 1"}}}))
	if p == nil || p.AuthorID != u.ID {
		t.Fatalf("by compound unique: %+v", p)
	}
	missing := must(c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{ID: client.Ptr("nope")}}))
	if missing != nil {
		t.Fatalf("missing: %+v", missing)
	}
	_, err := c.User.FindUniqueOrThrow(ctx, db.UserFindUnique{Where: db.UserWhereUnique{ID: client.Ptr("nope")}})
	if !errors.Is(err, client.ErrNotFound) || client.Code(err) != "P2025" {
		t.Fatalf("orThrow: %v", err)
	}
	if _, err := c.User.FindUnique(ctx, db.UserFindUnique{}); !errors.Is(err, client.ErrNoUnique) {
		t.Fatalf("empty unique: %v", err)
	}
}

func TestInclude(t *testing.T) {
	c, _, _ := newDB(t)
	users := seed(t, c, 3, 4)
	must(c.Profile.Create(ctx, db.ProfileCreate{Data: db.ProfileCreateInput{UserID: users[0].ID, Bio: client.Ptr("hi")}}))
	p0 := must(c.Post.FindFirst(ctx, db.PostFindFirst{OrderBy: []db.PostOrderBy{{ID: client.Asc}}}))
	must(c.Comment.Create(ctx, db.CommentCreate{Data: db.CommentCreateInput{Body: "c1", PostID: p0.ID, AuthorID: &users[1].ID}}))
	must(c.Comment.Create(ctx, db.CommentCreate{Data: db.CommentCreateInput{Body: "c2", PostID: p0.ID}}))

	us := must(c.User.FindMany(ctx, db.UserFindMany{
		OrderBy: []db.UserOrderBy{{Age: client.Asc}},
		Include: &db.UserInclude{
			Posts: &db.PostFindMany{
				Where:   db.PostWhere{Views: client.IntFilter{Gte: client.Ptr(1)}},
				OrderBy: []db.PostOrderBy{{Views: client.Desc}},
				Take:    client.Ptr(2),
				Include: &db.PostInclude{Comments: &db.CommentFindMany{Include: &db.CommentInclude{Author: &db.UserInclude{}}}},
			},
			Profile: &db.ProfileInclude{},
		},
	}))
	if len(us) != 3 {
		t.Fatalf("%d users", len(us))
	}
	for i, u := range us {
		if len(u.Posts) != 2 || u.Posts[0].Views != 3 || u.Posts[1].Views != 2 {
			t.Errorf("user %d posts: %+v", i, u.Posts)
		}
		if !u.Loaded("posts") || !u.Loaded("profile") || u.Loaded("comments") || u.Comments != nil {
			t.Errorf("user %d loaded flags wrong", i)
		}
		for _, p := range u.Posts {
			if p.Comments == nil {
				t.Errorf("nested include not loaded")
			}
		}
	}
	if us[0].Profile == nil || *us[0].Profile.Bio != "hi" || us[1].Profile != nil {
		t.Errorf("profiles: %+v %+v", us[0].Profile, us[1].Profile)
	}
	// Nested: the first post's comments and their optional author.
	p := must(c.Post.FindUnique(ctx, db.PostFindUnique{Where: db.PostWhereUnique{ID: &p0.ID}, Include: &db.PostInclude{
		Author:   &db.UserInclude{},
		Comments: &db.CommentFindMany{OrderBy: []db.CommentOrderBy{{Body: client.Asc}}, Include: &db.CommentInclude{Author: &db.UserInclude{}}},
	}}))
	if p.Author == nil || p.Author.ID != users[0].ID || len(p.Comments) != 2 {
		t.Fatalf("post include: %+v", p)
	}
	if p.Comments[0].Author == nil || p.Comments[0].Author.ID != users[1].ID || p.Comments[1].Author != nil || !p.Comments[1].Loaded("author") {
		t.Errorf("comment authors: %+v", p.Comments)
	}
	// JSON omits what was not loaded, keeps an empty loaded list.
	u := must(c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{ID: &users[2].ID}, Include: &db.UserInclude{Comments: &db.CommentFindMany{}}}))
	js, _ := json.Marshal(u)
	if !strings.Contains(string(js), `"comments":[]`) || strings.Contains(string(js), `"posts"`) {
		t.Errorf("json: %s", js)
	}
	// Implicit many-to-many.
	tagA := must(c.Tag.Create(ctx, db.TagCreate{Data: db.TagCreateInput{Name: "a"}}))
	tagB := must(c.Tag.Create(ctx, db.TagCreate{Data: db.TagCreateInput{Name: "b"}}))
	must(c.Tag.Create(ctx, db.TagCreate{Data: db.TagCreateInput{Name: "c"}}))
	_, err := c.Engine().Pool().Exec(ctx, `INSERT INTO "_PostToTag" ("A", "B") VALUES ($1, $2), ($1, $3), ($4, $2)`, p0.ID, tagA.Name, tagB.Name, p0.ID+1)
	if err != nil {
		t.Fatal(err)
	}
	tags := must(c.Tag.FindMany(ctx, db.TagFindMany{OrderBy: []db.TagOrderBy{{Name: client.Asc}}, Include: &db.TagInclude{Posts: &db.PostFindMany{OrderBy: []db.PostOrderBy{{ID: client.Asc}}}}}))
	if len(tags) != 3 || len(tags[0].Posts) != 2 || len(tags[1].Posts) != 1 || tags[2].Posts == nil || len(tags[2].Posts) != 0 {
		t.Errorf("m-n include: %d %d", len(tags[0].Posts), len(tags[1].Posts))
	}
	pt := must(c.Post.FindMany(ctx, db.PostFindMany{Where: db.PostWhere{Tags: &db.TagListRelationFilter{Some: &db.TagWhere{Name: client.StringFilter{Equals: client.Ptr("b")}}}}, Include: &db.PostInclude{Tags: &db.TagFindMany{Take: client.Ptr(1)}}}))
	if len(pt) != 1 || pt[0].ID != p0.ID || len(pt[0].Tags) != 1 || pt[0].Tags[0].Name != "a" {
		t.Errorf("m-n filter and take: %+v", pt)
	}
}

// TestIncludeRoundTrips: an include of 1,000 parents, two levels deep, is
// three statements whatever the number of parents.
func TestIncludeRoundTrips(t *testing.T) {
	c, cnt, _ := newDB(t)
	var data []db.UserCreateInput
	for i := 0; i < 1000; i++ {
		data = append(data, db.UserCreateInput{ID: client.Ptr(fmt.Sprintf("user%06d", i)), Email: fmt.Sprintf("u%d@x", i)})
	}
	must(c.User.CreateMany(ctx, db.UserCreateMany{Data: data}))
	var posts []db.PostCreateInput
	for i := 0; i < 3000; i++ {
		posts = append(posts, db.PostCreateInput{AuthorID: fmt.Sprintf("user%06d", i%1000), Title: fmt.Sprint("t", i)})
	}
	must(c.Post.CreateMany(ctx, db.PostCreateMany{Data: posts}))
	for _, take := range []*int{nil, client.Ptr(2)} {
		before := cnt.n.Load()
		us := must(c.User.FindMany(ctx, db.UserFindMany{Include: &db.UserInclude{Posts: &db.PostFindMany{Take: take, Include: &db.PostInclude{Author: &db.UserInclude{}}}}}))
		if got := cnt.n.Load() - before; got != 3 {
			t.Errorf("take %v: %d statements for 1,000 parents and two include levels, want 3", take, got)
		}
		want := 3
		if take != nil {
			want = 2
		}
		if len(us) != 1000 || len(us[999].Posts) != want || us[999].Posts[0].Author.ID != us[999].ID {
			t.Errorf("take %v: wrong result", take)
		}
	}
}

func TestWrites(t *testing.T) {
	c, _, _ := newDB(t)
	u := must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "w@x", Age: client.Ptr(10), Name: client.Ptr("W")}}))
	time.Sleep(5 * time.Millisecond)
	u2 := must(c.User.Update(ctx, db.UserUpdate{
		Where: db.UserWhereUnique{ID: &u.ID},
		Data: db.UserUpdateInput{
			Age: client.Increment(5), Visits: client.Increment[int64](2), Score: client.Multiply(2.0),
			Name: client.SetNull[string](), Role: client.Set(db.RoleAdmin), Roles: client.Set([]db.Role{db.RoleEditor}),
		},
	}))
	if *u2.Age != 15 || u2.Visits != 2 || u2.Name != nil || u2.Role != db.RoleAdmin || len(u2.Roles) != 1 || !u2.UpdatedAt.After(u.UpdatedAt) {
		t.Errorf("update: %+v", u2)
	}
	u3 := must(c.User.Update(ctx, db.UserUpdate{Where: db.UserWhereUnique{Email: client.Ptr("w@x")}, Data: db.UserUpdateInput{Age: client.Divide(4), Score: client.Set(3.5)}}))
	if *u3.Age != 3 || u3.Score != 3.5 {
		t.Errorf("divide: %+v", u3)
	}
	u4 := must(c.User.Update(ctx, db.UserUpdate{Where: db.UserWhereUnique{Email: client.Ptr("w@x")}, Data: db.UserUpdateInput{Age: client.Decrement(1)}}))
	if *u4.Age != 2 {
		t.Errorf("decrement: %d", *u4.Age)
	}
	_, err := c.User.Update(ctx, db.UserUpdate{Where: db.UserWhereUnique{ID: client.Ptr("nope")}, Data: db.UserUpdateInput{Age: client.Set(1)}})
	if !errors.Is(err, client.ErrNotFound) {
		t.Errorf("update missing: %v", err)
	}
	seed(t, c, 3, 0)
	n := must(c.User.UpdateMany(ctx, db.UserUpdateMany{Where: db.UserWhere{Email: client.StringFilter{EndsWith: client.Ptr("example.com"), Mode: client.Insensitive}}, Data: db.UserUpdateInput{Age: client.Increment(100)}}))
	if n != 3 {
		t.Errorf("updateMany %d", n)
	}
	// Upsert: native (create then update), and emulated.
	up := db.UserUpsert{
		Where:  db.UserWhereUnique{Email: client.Ptr("up@x")},
		Create: db.UserCreateInput{Email: "up@x", Age: client.Ptr(1)},
		Update: db.UserUpdateInput{Age: client.Increment(1)},
	}
	a := must(c.User.Upsert(ctx, up))
	b := must(c.User.Upsert(ctx, up))
	if a.ID != b.ID || *a.Age != 1 || *b.Age != 2 {
		t.Errorf("upsert: %v %v", *a.Age, *b.Age)
	}
	up.Where = db.UserWhereUnique{ID: &a.ID}
	cc := must(c.User.Upsert(ctx, up))
	if cc.ID != a.ID || *cc.Age != 3 {
		t.Errorf("emulated upsert: %+v", cc)
	}
	// Delete.
	d := must(c.User.Delete(ctx, db.UserDelete{Where: db.UserWhereUnique{ID: &a.ID}}))
	if d.ID != a.ID {
		t.Errorf("delete returned %+v", d)
	}
	if _, err := c.User.Delete(ctx, db.UserDelete{Where: db.UserWhereUnique{ID: &a.ID}}); !errors.Is(err, client.ErrNotFound) {
		t.Errorf("delete missing: %v", err)
	}
	n = must(c.User.DeleteMany(ctx, db.UserDeleteMany{Where: db.UserWhere{Age: client.IntFilter{Gt: client.Ptr(100)}}}))
	if n != 3 {
		t.Errorf("deleteMany %d", n)
	}
}

func TestCreateMany(t *testing.T) {
	c, cnt, _ := newDB(t)
	for _, size := range []int{10, 2500} { // multi-row INSERT, COPY
		var data []db.UserCreateInput
		for i := 0; i < size; i++ {
			data = append(data, db.UserCreateInput{Email: fmt.Sprintf("s%d-%d@x", size, i)})
		}
		before := cnt.n.Load()
		n := must(c.User.CreateMany(ctx, db.UserCreateMany{Data: data}))
		if n != int64(size) || cnt.n.Load()-before > 3 {
			t.Errorf("size %d: inserted %d in %d statements", size, n, cnt.n.Load()-before)
		}
	}
	// Enum columns go through INSERT, DEFAULT for absent values.
	n := must(c.User.CreateMany(ctx, db.UserCreateMany{Data: []db.UserCreateInput{
		{Email: "e1@x", Role: client.Ptr(db.RoleAdmin)}, {Email: "e2@x"}, {Email: "s10-1@x"},
	}, SkipDuplicates: true}))
	if n != 2 {
		t.Errorf("skipDuplicates: %d", n)
	}
	u := must(c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{Email: client.Ptr("e2@x")}}))
	if u.Role != db.RoleUser || len(u.ID) != 25 {
		t.Errorf("defaults in createMany: %+v", u)
	}
	// More than 65,535 parameters: several INSERTs in one transaction.
	var data []db.PostCreateInput
	for i := 0; i < 12000; i++ {
		data = append(data, db.PostCreateInput{Title: fmt.Sprint(i), AuthorID: u.ID, Published: client.Ptr(true)})
	}
	data[5].Views = client.Ptr(3) // not uniform: no COPY
	if n := must(c.Post.CreateMany(ctx, db.PostCreateMany{Data: data})); n != 12000 {
		t.Errorf("large createMany: %d", n)
	}
}

func TestErrors(t *testing.T) {
	c, _, _ := newDB(t)
	u := must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "dup@x"}}))
	_, err := c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "dup@x"}})
	var uv *client.UniqueViolation
	var pe *pgconn.PgError
	if !errors.As(err, &uv) || len(uv.Fields) != 1 || uv.Fields[0] != "email" || uv.Model != "User" || !errors.As(err, &pe) || client.Code(err) != "P2002" {
		t.Fatalf("unique violation: %#v", err)
	}
	_, err = c.Post.Create(ctx, db.PostCreate{Data: db.PostCreateInput{Title: "x", AuthorID: "nobody"}})
	var fk *client.ForeignKeyViolation
	if !errors.As(err, &fk) || fk.Constraint != "Post_authorId_fkey" || fk.Fields[0] != "authorId" || client.Code(err) != "P2003" || !errors.As(err, &pe) {
		t.Fatalf("foreign key violation: %#v", err)
	}
	// Serialization failure between two serializable transactions.
	var wg sync.WaitGroup
	ready := make(chan struct{})
	errs := make([]error, 2)
	var once sync.Once
	var both sync.WaitGroup
	both.Add(2)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			errs[i] = c.Tx(ctx, func(tx *db.Client) error {
				n, err := tx.User.Count(ctx, db.UserCount{})
				if err != nil {
					return err
				}
				both.Done()
				both.Wait()
				once.Do(func() { close(ready) })
				_, err = tx.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: fmt.Sprintf("s%d-%d@x", i, n)}})
				return err
			}, client.TxOptions{Isolation: client.Serializable})
		}(i)
	}
	wg.Wait()
	<-ready
	conflict := errs[0]
	if conflict == nil {
		conflict = errs[1]
	}
	var wc *client.WriteConflict
	if !errors.Is(conflict, client.ErrWriteConflict) || !errors.As(conflict, &wc) || client.Code(conflict) != "P2034" || !errors.As(conflict, &pe) {
		t.Fatalf("want a write conflict, got %v and %v", errs[0], errs[1])
	}
	// Retry turns it into a success.
	tries := 0
	err = client.Retry(ctx, client.RetryOptions{Backoff: time.Millisecond}, func(ctx context.Context) error {
		tries++
		if tries < 3 {
			return conflict
		}
		return nil
	})
	if err != nil || tries != 3 {
		t.Fatalf("retry: %v after %d tries", err, tries)
	}
	_ = u
}

func TestPoolTimeout(t *testing.T) {
	c, _, pool := newDB(t, client.WithPoolTimeout(200*time.Millisecond))
	var held []interface{ Release() }
	for i := int32(0); i < pool.Config().MaxConns; i++ {
		conn, err := pool.Acquire(ctx)
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, conn)
	}
	_, err := c.User.Count(ctx, db.UserCount{})
	for _, h := range held {
		h.Release()
	}
	var pt *client.PoolTimeout
	if !errors.Is(err, client.ErrPoolTimeout) || !errors.As(err, &pt) || client.Code(err) != "P2024" {
		t.Fatalf("want a pool timeout, got %v", err)
	}
}

func TestTx(t *testing.T) {
	c, _, _ := newDB(t)
	boom := errors.New("boom")
	err := c.Tx(ctx, func(tx *db.Client) error {
		if _, err := tx.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "tx@x"}}); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("tx error: %v", err)
	}
	if n := must(c.User.Count(ctx, db.UserCount{})); n != 0 {
		t.Fatalf("rolled back tx left %d rows", n)
	}
	err = c.Tx(ctx, func(tx *db.Client) error {
		_, err := tx.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "tx@x"}})
		return err
	}, client.TxOptions{Isolation: client.RepeatableRead})
	if err != nil {
		t.Fatal(err)
	}
	if n := must(c.User.Count(ctx, db.UserCount{})); n != 1 {
		t.Fatalf("committed tx: %d rows", n)
	}
	err = c.Tx(ctx, func(tx *db.Client) error {
		_, err := tx.Engine().Pool().Exec(ctx, "SELECT 1") // not in the tx; just to use time
		if err != nil {
			return err
		}
		time.Sleep(150 * time.Millisecond)
		_, err = tx.User.Count(ctx, db.UserCount{})
		return err
	}, client.TxOptions{Timeout: 100 * time.Millisecond})
	if !errors.Is(err, client.ErrTxTimeout) {
		t.Fatalf("tx timeout: %v", err)
	}
}

func TestTracer(t *testing.T) {
	var mu sync.Mutex
	var seen []client.QueryEnd
	c, _, _ := newDB(t, client.WithTracer(client.TraceFunc(func(_ context.Context, q client.QueryEnd) {
		mu.Lock()
		seen = append(seen, q)
		mu.Unlock()
	})), client.WithRedactedArgs())
	seed(t, c, 2, 0)
	must(c.User.FindMany(ctx, db.UserFindMany{Where: db.UserWhere{Email: client.StringFilter{Contains: client.Ptr("secret")}}}))
	q := seen[len(seen)-1]
	if q.Model != "User" || q.Operation != "findMany" || !strings.Contains(q.SQL, "LIKE $1") || q.Args != nil || q.Duration <= 0 || q.Rows != 0 {
		t.Errorf("trace: %+v", q)
	}
}
