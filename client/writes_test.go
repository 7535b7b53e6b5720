package client_test

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"testing"

	"github.com/stratadb/strata/client"
	db "github.com/stratadb/strata/client/internal/blogdb"
)

// wantCode fails unless err carries Prisma's code.
func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %s", code)
	}
	if got := client.Code(err); got != code {
		t.Fatalf("code %q, want %s: %v", got, code, err)
	}
}

func countPosts(t *testing.T, c *db.Client, w db.PostWhere) int64 {
	t.Helper()
	return must(c.Post.Count(ctx, db.PostCount{Where: w}))
}

func titles(ps []db.Post) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Title)
	}
	sort.Strings(out)
	return out
}

func tagNames(ts []db.Tag) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Name)
	}
	sort.Strings(out)
	return out
}

func TestNestedCreate(t *testing.T) {
	c, _, _ := newDB(t)
	must(c.Tag.Create(ctx, db.TagCreate{Data: db.TagCreateInput{Name: "old"}}))
	u := must(c.User.Create(ctx, db.UserCreate{
		Data: db.UserCreateInput{
			Email:   "ann@x.io",
			Profile: &db.ProfileCreateNestedOne{Create: &db.ProfileCreateInput{Bio: client.Ptr("hi")}},
			Posts: &db.PostCreateNestedMany{
				Create: []db.PostCreateInput{
					{Title: "one", Tags: &db.TagCreateNestedMany{
						Create:          []db.TagCreateInput{{Name: "go"}},
						Connect:         []db.TagWhereUnique{{Name: client.Ptr("old")}},
						ConnectOrCreate: []db.TagConnectOrCreate{{Where: db.TagWhereUnique{Name: client.Ptr("sql")}, Create: db.TagCreateInput{Name: "sql"}}},
					}},
					{Title: "two", Comments: &db.CommentCreateNestedMany{Create: []db.CommentCreateInput{{Body: "first"}}}},
				},
				CreateMany: &db.PostCreateMany{Data: []db.PostCreateInput{{Title: "three"}, {Title: "four"}}},
			},
		},
		Include: &db.UserInclude{Posts: &db.PostFindMany{Include: &db.PostInclude{Tags: &db.TagFindMany{}, Comments: &db.CommentFindMany{}}}, Profile: &db.ProfileInclude{}},
	}))
	if got := titles(u.Posts); !slices.Equal(got, []string{"four", "one", "three", "two"}) {
		t.Fatalf("posts %v", got)
	}
	if u.Profile == nil || *u.Profile.Bio != "hi" || u.Profile.UserID != u.ID {
		t.Fatalf("profile %+v", u.Profile)
	}
	for _, p := range u.Posts {
		switch p.Title {
		case "one":
			if got := tagNames(p.Tags); !slices.Equal(got, []string{"go", "old", "sql"}) {
				t.Errorf("tags %v", got)
			}
		case "two":
			if len(p.Comments) != 1 || p.Comments[0].Body != "first" || p.Comments[0].PostID != p.ID {
				t.Errorf("comments %+v", p.Comments)
			}
		}
	}
}

func TestNestedCreateOwningSide(t *testing.T) {
	c, _, _ := newDB(t)
	ann := must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "ann@x.io"}}))
	tests := []struct {
		name   string
		author db.UserCreateNestedOne
		email  string
		code   string
	}{
		{"connect", db.UserCreateNestedOne{Connect: &db.UserWhereUnique{Email: client.Ptr("ann@x.io")}}, "ann@x.io", ""},
		{"create", db.UserCreateNestedOne{Create: &db.UserCreateInput{Email: "bob@x.io"}}, "bob@x.io", ""},
		{"connectOrCreate existing", db.UserCreateNestedOne{ConnectOrCreate: &db.UserConnectOrCreate{Where: db.UserWhereUnique{ID: &ann.ID}, Create: db.UserCreateInput{Email: "no@x.io"}}}, "ann@x.io", ""},
		{"connectOrCreate new", db.UserCreateNestedOne{ConnectOrCreate: &db.UserConnectOrCreate{Where: db.UserWhereUnique{Email: client.Ptr("cy@x.io")}, Create: db.UserCreateInput{Email: "cy@x.io"}}}, "cy@x.io", ""},
		{"connect missing", db.UserCreateNestedOne{Connect: &db.UserWhereUnique{Email: client.Ptr("nobody@x.io")}}, "", "P2025"},
		{"connect without criterion", db.UserCreateNestedOne{Connect: &db.UserWhereUnique{}}, "", ""},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title := fmt.Sprint("post ", i)
			p, err := c.Post.Create(ctx, db.PostCreate{Data: db.PostCreateInput{Title: title, Author: &tt.author}, Include: &db.PostInclude{Author: &db.UserInclude{}}})
			if tt.email == "" {
				if tt.code != "" {
					wantCode(t, err, tt.code)
				} else if !errors.Is(err, client.ErrNestedWrite) {
					t.Fatalf("err %v, want ErrNestedWrite", err)
				}
				if n := countPosts(t, c, db.PostWhere{Title: client.StringFilter{Equals: &title}}); n != 0 {
					t.Fatalf("%d posts after a failed nested create", n)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.Author == nil || p.Author.Email != tt.email || p.AuthorID != p.Author.ID {
				t.Fatalf("author %+v", p.Author)
			}
		})
	}
	if n := must(c.User.Count(ctx, db.UserCount{Where: db.UserWhere{Email: client.StringFilter{Equals: client.Ptr("no@x.io")}}})); n != 0 {
		t.Errorf("connectOrCreate created although the row existed")
	}
}

// TestNestedRollback: a failing step undoes every earlier step of the
// nested write, alone or inside the caller's transaction.
func TestNestedRollback(t *testing.T) {
	c, _, _ := newDB(t)
	_, err := c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{
		Email: "ann@x.io",
		Posts: &db.PostCreateNestedMany{Create: []db.PostCreateInput{
			{Title: "same", Tags: &db.TagCreateNestedMany{Create: []db.TagCreateInput{{Name: "t1"}}}},
			{Title: "same"}, // (authorId, title) is unique: P2002
		}},
	}})
	wantCode(t, err, "P2002")
	var uv *client.UniqueViolation
	if !errors.As(err, &uv) || uv.Model != "Post" {
		t.Fatalf("err %v", err)
	}
	if n := must(c.User.Count(ctx, db.UserCount{})); n != 0 {
		t.Errorf("%d users after rollback", n)
	}
	if n := must(c.Tag.Count(ctx, db.TagCount{})); n != 0 {
		t.Errorf("%d tags after rollback", n)
	}

	// An update whose last step fails leaves the row as it was.
	u := must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "bob@x.io", Posts: &db.PostCreateNestedMany{Create: []db.PostCreateInput{{Title: "a"}}}}}))
	_, err = c.User.Update(ctx, db.UserUpdate{
		Where: db.UserWhereUnique{ID: &u.ID},
		Data: db.UserUpdateInput{
			Name: client.Set("Bob"),
			Posts: &db.PostUpdateNestedMany{
				UpdateMany: []db.PostNestedUpdateMany{{Data: db.PostUpdateInput{Views: client.Set(9)}}},
				Connect:    []db.PostWhereUnique{{ID: client.Ptr(424242)}},
			},
		},
	})
	wantCode(t, err, "P2025")
	got := must(c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{ID: &u.ID}, Include: &db.UserInclude{Posts: &db.PostFindMany{}}}))
	if got.Name != nil || got.Posts[0].Views != 0 {
		t.Errorf("update not rolled back: name %v, views %d", got.Name, got.Posts[0].Views)
	}

	// Inside a transaction the nested write uses it: the caller's error
	// undoes a nested write that succeeded.
	errStop := errors.New("stop")
	err = c.Tx(ctx, func(tx *db.Client) error {
		if _, err := tx.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "cy@x.io", Posts: &db.PostCreateNestedMany{Create: []db.PostCreateInput{{Title: "in tx"}}}}}); err != nil {
			return err
		}
		if n := countPosts(t, tx, db.PostWhere{Title: client.StringFilter{Equals: client.Ptr("in tx")}}); n != 1 {
			t.Errorf("the transaction sees %d posts", n)
		}
		return errStop
	})
	if !errors.Is(err, errStop) {
		t.Fatal(err)
	}
	if n := countPosts(t, c, db.PostWhere{Title: client.StringFilter{Equals: client.Ptr("in tx")}}); n != 0 {
		t.Errorf("%d posts after the transaction's rollback", n)
	}
	// A failing nested write inside a transaction rolls back to its
	// savepoint; the transaction goes on.
	err = c.Tx(ctx, func(tx *db.Client) error {
		_, err := tx.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "dee@x.io", Posts: &db.PostCreateNestedMany{Connect: []db.PostWhereUnique{{ID: client.Ptr(-1)}}}}})
		if client.Code(err) != "P2025" {
			return fmt.Errorf("want P2025, got %w", err)
		}
		_, err = tx.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "dee@x.io"}})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := must(c.User.Count(ctx, db.UserCount{Where: db.UserWhere{Email: client.StringFilter{Equals: client.Ptr("dee@x.io")}}})); n != 1 {
		t.Errorf("%d users dee", n)
	}
}

func TestNestedUpdateToMany(t *testing.T) {
	c, _, _ := newDB(t)
	us := seed(t, c, 2, 4) // posts "post j of i"
	ann, bob := us[0], us[1]
	bobPost := must(c.Post.FindFirst(ctx, db.PostFindMany{Where: db.PostWhere{AuthorID: client.StringFilter{Equals: &bob.ID}}, OrderBy: []db.PostOrderBy{{ID: client.Asc}}}))
	annPosts := must(c.Post.FindMany(ctx, db.PostFindMany{Where: db.PostWhere{AuthorID: client.StringFilter{Equals: &ann.ID}}, OrderBy: []db.PostOrderBy{{ID: client.Asc}}}))
	u := must(c.User.Update(ctx, db.UserUpdate{
		Where: db.UserWhereUnique{ID: &ann.ID},
		Data: db.UserUpdateInput{Posts: &db.PostUpdateNestedMany{
			Update:     []db.PostNestedUpdate{{Where: db.PostWhereUnique{ID: &annPosts[0].ID}, Data: db.PostUpdateInput{Title: client.Set("renamed")}}},
			UpdateMany: []db.PostNestedUpdateMany{{Where: db.PostWhere{Published: client.BoolFilter{Equals: client.Ptr(false)}}, Data: db.PostUpdateInput{Views: client.Set(100)}}},
			Delete:     []db.PostWhereUnique{{ID: &annPosts[1].ID}},
			DeleteMany: []db.PostWhere{{Title: client.StringFilter{Equals: client.Ptr("post 2 of 0")}}},
			Upsert: []db.PostNestedUpsert{
				{Where: db.PostWhereUnique{ID: &annPosts[3].ID}, Create: db.PostCreateInput{Title: "never"}, Update: db.PostUpdateInput{Views: client.Increment(1)}},
				{Where: db.PostWhereUnique{ID: client.Ptr(-5)}, Create: db.PostCreateInput{Title: "upserted"}, Update: db.PostUpdateInput{}},
			},
			Create:  []db.PostCreateInput{{Title: "created"}},
			Connect: []db.PostWhereUnique{{ID: &bobPost.ID}}, // moves bob's post to ann
		}},
		Include: &db.UserInclude{Posts: &db.PostFindMany{OrderBy: []db.PostOrderBy{{ID: client.Asc}}}},
	}))
	want := []string{"created", "post 0 of 1", "post 3 of 0", "renamed", "upserted"}
	if got := titles(u.Posts); !slices.Equal(got, want) {
		t.Fatalf("posts %v, want %v", got, want)
	}
	for _, p := range u.Posts {
		if p.Title == "post 3 of 0" && p.Views != 101 { // unpublished: 100, then upsert +1
			t.Errorf("post 3 views %d", p.Views)
		}
	}
	if !u.UpdatedAt.Equal(ann.UpdatedAt) {
		t.Errorf("an update of relations only changed updatedAt: %v -> %v", ann.UpdatedAt, u.UpdatedAt)
	}
	// A post's author is required: disconnect and set would orphan posts.
	_, err := c.User.Update(ctx, db.UserUpdate{Where: db.UserWhereUnique{ID: &ann.ID}, Data: db.UserUpdateInput{Posts: &db.PostUpdateNestedMany{Disconnect: []db.PostWhereUnique{{ID: &bobPost.ID}}}}})
	wantCode(t, err, "P2014")
	_, err = c.User.Update(ctx, db.UserUpdate{Where: db.UserWhereUnique{ID: &ann.ID}, Data: db.UserUpdateInput{Posts: &db.PostUpdateNestedMany{Set: []db.PostWhereUnique{}}}})
	wantCode(t, err, "P2014")
	// Update and delete reach only related rows.
	_, err = c.User.Update(ctx, db.UserUpdate{Where: db.UserWhereUnique{ID: &bob.ID}, Data: db.UserUpdateInput{Posts: &db.PostUpdateNestedMany{Delete: []db.PostWhereUnique{{ID: &bobPost.ID}}}}})
	wantCode(t, err, "P2025")
	_, err = c.User.Update(ctx, db.UserUpdate{Where: db.UserWhereUnique{ID: &bob.ID}, Data: db.UserUpdateInput{Posts: &db.PostUpdateNestedMany{Update: []db.PostNestedUpdate{{Where: db.PostWhereUnique{ID: &bobPost.ID}, Data: db.PostUpdateInput{Views: client.Set(1)}}}}}})
	wantCode(t, err, "P2025")
	// The parent must exist.
	_, err = c.User.Update(ctx, db.UserUpdate{Where: db.UserWhereUnique{ID: client.Ptr("nope")}, Data: db.UserUpdateInput{Posts: &db.PostUpdateNestedMany{Create: []db.PostCreateInput{{Title: "x"}}}}})
	wantCode(t, err, "P2025")
}

func TestNestedOptionalToMany(t *testing.T) {
	c, _, _ := newDB(t)
	u := must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "ann@x.io", Posts: &db.PostCreateNestedMany{Create: []db.PostCreateInput{{Title: "p", Comments: &db.CommentCreateNestedMany{
		Create: []db.CommentCreateInput{{ID: client.Ptr("c1"), Body: "1"}, {ID: client.Ptr("c2"), Body: "2"}, {ID: client.Ptr("c3"), Body: "3"}},
	}}}}}}))
	// The comments have no author yet: connect them, then set and disconnect.
	got := must(c.User.Update(ctx, db.UserUpdate{Where: db.UserWhereUnique{ID: &u.ID}, Data: db.UserUpdateInput{Comments: &db.CommentUpdateNestedMany{
		Connect: []db.CommentWhereUnique{{ID: client.Ptr("c1")}, {ID: client.Ptr("c2")}, {ID: client.Ptr("c3")}},
	}}, Include: &db.UserInclude{Comments: &db.CommentFindMany{}}}))
	if len(got.Comments) != 3 {
		t.Fatalf("comments %+v", got.Comments)
	}
	got = must(c.User.Update(ctx, db.UserUpdate{Where: db.UserWhereUnique{ID: &u.ID}, Data: db.UserUpdateInput{Comments: &db.CommentUpdateNestedMany{
		Set: []db.CommentWhereUnique{{ID: client.Ptr("c1")}, {ID: client.Ptr("c2")}},
	}}, Include: &db.UserInclude{Comments: &db.CommentFindMany{OrderBy: []db.CommentOrderBy{{ID: client.Asc}}}}}))
	if len(got.Comments) != 2 || got.Comments[1].ID != "c2" {
		t.Fatalf("after set %+v", got.Comments)
	}
	got = must(c.User.Update(ctx, db.UserUpdate{Where: db.UserWhereUnique{ID: &u.ID}, Data: db.UserUpdateInput{Comments: &db.CommentUpdateNestedMany{
		Disconnect: []db.CommentWhereUnique{{ID: client.Ptr("c1")}},
	}}, Include: &db.UserInclude{Comments: &db.CommentFindMany{}}}))
	if len(got.Comments) != 1 || got.Comments[0].ID != "c2" {
		t.Fatalf("after disconnect %+v", got.Comments)
	}
	if n := must(c.Comment.Count(ctx, db.CommentCount{})); n != 3 {
		t.Errorf("disconnect deleted comments: %d left", n)
	}
	// Connecting a missing row: P2025.
	_, err := c.User.Update(ctx, db.UserUpdate{Where: db.UserWhereUnique{ID: &u.ID}, Data: db.UserUpdateInput{Comments: &db.CommentUpdateNestedMany{Connect: []db.CommentWhereUnique{{ID: client.Ptr("zz")}}}}})
	wantCode(t, err, "P2025")
}

func TestNestedToOneBack(t *testing.T) {
	c, _, _ := newDB(t)
	u := must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "ann@x.io"}}))
	upd := func(p db.ProfileUpdateNestedOne) (*db.User, error) {
		return c.User.Update(ctx, db.UserUpdate{Where: db.UserWhereUnique{ID: &u.ID}, Data: db.UserUpdateInput{Profile: &p}, Include: &db.UserInclude{Profile: &db.ProfileInclude{}}})
	}
	// Update of an absent related row: P2025; upsert creates it.
	_, err := upd(db.ProfileUpdateNestedOne{Update: &db.ProfileUpdateInput{Bio: client.Set("x")}})
	wantCode(t, err, "P2025")
	got := must(upd(db.ProfileUpdateNestedOne{Upsert: &db.ProfileNestedUpsert{Create: db.ProfileCreateInput{Bio: client.Ptr("new")}, Update: db.ProfileUpdateInput{Bio: client.Set("upd")}}}))
	if got.Profile == nil || *got.Profile.Bio != "new" {
		t.Fatalf("upsert create %+v", got.Profile)
	}
	got = must(upd(db.ProfileUpdateNestedOne{Upsert: &db.ProfileNestedUpsert{Create: db.ProfileCreateInput{Bio: client.Ptr("new")}, Update: db.ProfileUpdateInput{Bio: client.Set("upd")}}}))
	if *got.Profile.Bio != "upd" {
		t.Fatalf("upsert update %+v", got.Profile)
	}
	got = must(upd(db.ProfileUpdateNestedOne{Update: &db.ProfileUpdateInput{Bio: client.Set("again")}}))
	if *got.Profile.Bio != "again" {
		t.Fatalf("update %+v", got.Profile)
	}
	// Profile.user is required: a second profile would orphan the first,
	// and a disconnect would too.
	_, err = upd(db.ProfileUpdateNestedOne{Create: &db.ProfileCreateInput{}})
	wantCode(t, err, "P2014")
	_, err = upd(db.ProfileUpdateNestedOne{Disconnect: true})
	wantCode(t, err, "P2014")
	got = must(upd(db.ProfileUpdateNestedOne{Delete: true}))
	if got.Profile != nil || !got.Loaded("profile") {
		t.Fatalf("delete %+v", got.Profile)
	}
	_, err = upd(db.ProfileUpdateNestedOne{Delete: true})
	wantCode(t, err, "P2025")
}

func TestNestedOwnedUpdate(t *testing.T) {
	c, _, _ := newDB(t)
	ann := must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "ann@x.io"}}))
	bob := must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "bob@x.io"}}))
	p := must(c.Post.Create(ctx, db.PostCreate{Data: db.PostCreateInput{Title: "p", AuthorID: ann.ID}}))
	cm := must(c.Comment.Create(ctx, db.CommentCreate{Data: db.CommentCreateInput{Body: "b", PostID: p.ID}}))
	upd := func(a db.UserUpdateNestedOne) (*db.Comment, error) {
		return c.Comment.Update(ctx, db.CommentUpdate{Where: db.CommentWhereUnique{ID: &cm.ID}, Data: db.CommentUpdateInput{Author: &a}, Include: &db.CommentInclude{Author: &db.UserInclude{}}})
	}
	got := must(upd(db.UserUpdateNestedOne{Connect: &db.UserWhereUnique{ID: &bob.ID}}))
	if got.AuthorID == nil || *got.AuthorID != bob.ID {
		t.Fatalf("connect %+v", got)
	}
	got = must(upd(db.UserUpdateNestedOne{Update: &db.UserUpdateInput{Name: client.Set("Bobby")}}))
	if got.Author == nil || *got.Author.Name != "Bobby" {
		t.Fatalf("update %+v", got.Author)
	}
	got = must(upd(db.UserUpdateNestedOne{Disconnect: true}))
	if got.AuthorID != nil || got.Author != nil {
		t.Fatalf("disconnect %+v", got)
	}
	_, err := upd(db.UserUpdateNestedOne{Update: &db.UserUpdateInput{Name: client.Set("x")}})
	wantCode(t, err, "P2025")
	got = must(upd(db.UserUpdateNestedOne{Upsert: &db.UserNestedUpsert{Create: db.UserCreateInput{Email: "cy@x.io"}}}))
	if got.Author == nil || got.Author.Email != "cy@x.io" {
		t.Fatalf("upsert %+v", got.Author)
	}
	got = must(upd(db.UserUpdateNestedOne{Delete: true}))
	if got.AuthorID != nil {
		t.Fatalf("delete %+v", got)
	}
	if n := must(c.User.Count(ctx, db.UserCount{Where: db.UserWhere{Email: client.StringFilter{Equals: client.Ptr("cy@x.io")}}})); n != 0 {
		t.Errorf("nested delete left the user")
	}
	got = must(upd(db.UserUpdateNestedOne{Create: &db.UserCreateInput{Email: "dee@x.io"}}))
	if got.Author == nil || got.Author.Email != "dee@x.io" {
		t.Fatalf("create %+v", got.Author)
	}
	// Post.author is required.
	_, err = c.Post.Update(ctx, db.PostUpdate{Where: db.PostWhereUnique{ID: &p.ID}, Data: db.PostUpdateInput{Author: &db.UserUpdateNestedOne{Disconnect: true}}})
	wantCode(t, err, "P2014")
	moved := must(c.Post.Update(ctx, db.PostUpdate{Where: db.PostWhereUnique{ID: &p.ID}, Data: db.PostUpdateInput{Author: &db.UserUpdateNestedOne{Connect: &db.UserWhereUnique{Email: client.Ptr("bob@x.io")}}}}))
	if moved.AuthorID != bob.ID {
		t.Fatalf("post author %s", moved.AuthorID)
	}
}

func TestManyToMany(t *testing.T) {
	c, _, pool := newDB(t)
	u := must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "ann@x.io"}}))
	for _, n := range []string{"a", "b", "c"} {
		must(c.Tag.Create(ctx, db.TagCreate{Data: db.TagCreateInput{Name: n}}))
	}
	p := must(c.Post.Create(ctx, db.PostCreate{Data: db.PostCreateInput{Title: "p", AuthorID: u.ID, Tags: &db.TagCreateNestedMany{Connect: []db.TagWhereUnique{{Name: client.Ptr("a")}}}}}))
	tags := func(args db.PostUpdateInput) []string {
		t.Helper()
		got := must(c.Post.Update(ctx, db.PostUpdate{Where: db.PostWhereUnique{ID: &p.ID}, Data: args, Include: &db.PostInclude{Tags: &db.TagFindMany{}}}))
		return tagNames(got.Tags)
	}
	steps := []struct {
		name string
		data db.PostUpdateInput
		want []string
	}{
		{"connect", db.PostUpdateInput{Tags: &db.TagUpdateNestedMany{Connect: []db.TagWhereUnique{{Name: client.Ptr("b")}, {Name: client.Ptr("a")}}}}, []string{"a", "b"}},
		{"disconnect", db.PostUpdateInput{Tags: &db.TagUpdateNestedMany{Disconnect: []db.TagWhereUnique{{Name: client.Ptr("a")}}}}, []string{"b"}},
		{"set", db.PostUpdateInput{Tags: &db.TagUpdateNestedMany{Set: []db.TagWhereUnique{{Name: client.Ptr("c")}, {Name: client.Ptr("a")}}}}, []string{"a", "c"}},
		{"create and connectOrCreate", db.PostUpdateInput{Tags: &db.TagUpdateNestedMany{Create: []db.TagCreateInput{{Name: "d"}}, ConnectOrCreate: []db.TagConnectOrCreate{{Where: db.TagWhereUnique{Name: client.Ptr("e")}, Create: db.TagCreateInput{Name: "e"}}, {Where: db.TagWhereUnique{Name: client.Ptr("b")}, Create: db.TagCreateInput{Name: "b"}}}}}, []string{"a", "b", "c", "d", "e"}},
		{"delete", db.PostUpdateInput{Tags: &db.TagUpdateNestedMany{Delete: []db.TagWhereUnique{{Name: client.Ptr("e")}}}}, []string{"a", "b", "c", "d"}},
		{"deleteMany", db.PostUpdateInput{Tags: &db.TagUpdateNestedMany{DeleteMany: []db.TagWhere{{Name: client.StringFilter{In: []string{"d", "x"}}}}}}, []string{"a", "b", "c"}},
		{"set empty", db.PostUpdateInput{Tags: &db.TagUpdateNestedMany{Set: []db.TagWhereUnique{}}}, nil},
	}
	for _, s := range steps {
		if got := tags(s.data); !slices.Equal(got, s.want) {
			t.Fatalf("%s: tags %v, want %v", s.name, got, s.want)
		}
	}
	if n := must(c.Tag.Count(ctx, db.TagCount{})); n != 3 {
		t.Errorf("%d tags left, want 3 (d and e deleted)", n)
	}
	// From the other side: Tag.posts writes the same join table.
	tg := must(c.Tag.Update(ctx, db.TagUpdate{Where: db.TagWhereUnique{Name: client.Ptr("a")}, Data: db.TagUpdateInput{Posts: &db.PostUpdateNestedMany{
		Connect: []db.PostWhereUnique{{ID: &p.ID}},
		Create:  []db.PostCreateInput{{Title: "q", AuthorID: u.ID}},
	}}, Include: &db.TagInclude{Posts: &db.PostFindMany{}}}))
	if got := titles(tg.Posts); !slices.Equal(got, []string{"p", "q"}) {
		t.Fatalf("tag posts %v", got)
	}
	// Column A refers to Post (sorts before Tag), B to Tag.
	var a int
	var b string
	if err := pool.QueryRow(ctx, `SELECT "A", "B" FROM "_PostToTag" WHERE "A" = $1`, p.ID).Scan(&a, &b); err != nil || b != "a" {
		t.Fatalf("join row (%d, %q): %v", a, b, err)
	}
	// update and updateMany reach related rows only.
	got := must(c.Post.Update(ctx, db.PostUpdate{Where: db.PostWhereUnique{ID: &p.ID}, Data: db.PostUpdateInput{Tags: &db.TagUpdateNestedMany{
		UpdateMany: []db.TagNestedUpdateMany{{Data: db.TagUpdateInput{Uid: client.Set("related")}}},
	}}, Include: &db.PostInclude{Tags: &db.TagFindMany{}}}))
	if len(got.Tags) != 1 || got.Tags[0].Uid != "related" {
		t.Fatalf("updateMany %+v", got.Tags)
	}
	_, err := c.Post.Update(ctx, db.PostUpdate{Where: db.PostWhereUnique{ID: &p.ID}, Data: db.PostUpdateInput{Tags: &db.TagUpdateNestedMany{
		Update: []db.TagNestedUpdate{{Where: db.TagWhereUnique{Name: client.Ptr("b")}, Data: db.TagUpdateInput{Uid: client.Set("x")}}},
	}}})
	wantCode(t, err, "P2025")
	_, err = c.Post.Update(ctx, db.PostUpdate{Where: db.PostWhereUnique{ID: &p.ID}, Data: db.PostUpdateInput{Tags: &db.TagUpdateNestedMany{Connect: []db.TagWhereUnique{{Name: client.Ptr("zz")}}}}})
	wantCode(t, err, "P2025")
	_, err = c.Post.Update(ctx, db.PostUpdate{Where: db.PostWhereUnique{ID: &p.ID}, Data: db.PostUpdateInput{Tags: &db.TagUpdateNestedMany{CreateMany: &db.TagCreateMany{Data: []db.TagCreateInput{{Name: "m"}}}}}})
	if !errors.Is(err, client.ErrNestedWrite) {
		t.Fatalf("createMany on m-n: %v", err)
	}
}

func TestNestedUpsert(t *testing.T) {
	c, _, _ := newDB(t)
	args := db.UserUpsert{
		Where:   db.UserWhereUnique{Email: client.Ptr("ann@x.io")},
		Create:  db.UserCreateInput{Email: "ann@x.io", Posts: &db.PostCreateNestedMany{Create: []db.PostCreateInput{{Title: "first"}}}},
		Update:  db.UserUpdateInput{Posts: &db.PostUpdateNestedMany{Create: []db.PostCreateInput{{Title: "second"}}}},
		Include: &db.UserInclude{Posts: &db.PostFindMany{}},
	}
	u := must(c.User.Upsert(ctx, args))
	if got := titles(u.Posts); !slices.Equal(got, []string{"first"}) {
		t.Fatalf("created %v", got)
	}
	u = must(c.User.Upsert(ctx, args))
	if got := titles(u.Posts); !slices.Equal(got, []string{"first", "second"}) {
		t.Fatalf("updated %v", got)
	}
}

func TestCreateManyAndReturn(t *testing.T) {
	c, _, _ := newDB(t)
	u := must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "ann@x.io"}}))
	ps := must(c.Post.CreateManyAndReturn(ctx, db.PostCreateManyAndReturn{
		Data:    []db.PostCreateInput{{Title: "a", AuthorID: u.ID}, {Title: "b", AuthorID: u.ID, Views: client.Ptr(3)}},
		Include: &db.PostInclude{Author: &db.UserInclude{}},
	}))
	if len(ps) != 2 || ps[0].Title != "a" || ps[1].Views != 3 || ps[0].ID == 0 || len(ps[0].Slug) != 10 || ps[1].Author == nil || ps[1].Author.Email != "ann@x.io" {
		t.Fatalf("rows %+v", ps)
	}
	ps = must(c.Post.CreateManyAndReturn(ctx, db.PostCreateManyAndReturn{
		Data:           []db.PostCreateInput{{Title: "a", AuthorID: u.ID}, {Title: "c", AuthorID: u.ID}},
		SkipDuplicates: true,
	}))
	if len(ps) != 1 || ps[0].Title != "c" {
		t.Fatalf("skipDuplicates %+v", ps)
	}
	_, err := c.Post.CreateManyAndReturn(ctx, db.PostCreateManyAndReturn{Data: []db.PostCreateInput{{Title: "a", AuthorID: u.ID}}})
	wantCode(t, err, "P2002")
	ts := must(c.Tag.CreateManyAndReturn(ctx, db.TagCreateManyAndReturn{Data: []db.TagCreateInput{{Name: "x"}, {Name: "y"}}}))
	if len(ts) != 2 || ts[0].Uid == "" || ts[0].Uid4 == "" {
		t.Fatalf("tags %+v", ts)
	}
	if _, err := c.Post.CreateMany(ctx, db.PostCreateMany{Data: []db.PostCreateInput{{Title: "n", Author: &db.UserCreateNestedOne{Connect: &db.UserWhereUnique{ID: &u.ID}}}}}); !errors.Is(err, client.ErrNestedWrite) {
		t.Fatalf("createMany with nested writes: %v", err)
	}
}
