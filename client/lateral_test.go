package client_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/stratadb/strata/client"
	db "github.com/stratadb/strata/client/internal/blogdb"
)

// TestRelationLoadStrategies: every include shape reads the same rows with
// Join (one statement, LATERAL JSON) as with Queries (one per relation).
func TestRelationLoadStrategies(t *testing.T) {
	c, cnt, pool := newDB(t)
	odd := "quote \" backslash \\ tab \t newline \n unicode é 😀 braces {a,b}"
	var users []*db.User
	for i := 0; i < 4; i++ {
		in := db.UserCreateInput{
			Email: fmt.Sprintf("u%d@x", i), Roles: []db.Role{db.RoleAdmin, db.RoleEditor},
			Balance: client.Ptr(client.Decimal("12.345678901234567890123")), Avatar: []byte{0, 1, 2, 255},
			Settings: json.RawMessage(`{"a": [1, "x\"y"]}`), CreatedAt: client.Ptr(time.Date(2026, 1, 2, 3, 4, 5, 6e6, time.UTC)),
		}
		if i%2 == 0 {
			in.Name, in.Age = client.Ptr(odd), client.Ptr(40+i)
		}
		users = append(users, must(c.User.Create(ctx, db.UserCreate{Data: in})))
	}
	must(c.Profile.Create(ctx, db.ProfileCreate{Data: db.ProfileCreateInput{UserID: users[0].ID, Bio: client.Ptr(odd)}}))
	var posts []*db.Post
	for i := 0; i < 6; i++ {
		posts = append(posts, must(c.Post.Create(ctx, db.PostCreate{Data: db.PostCreateInput{AuthorID: users[i%3].ID, Title: fmt.Sprint("t", i), Published: client.Ptr(i%2 == 0), Views: client.Ptr(i * 10)}})))
	}
	for i := 0; i < 5; i++ {
		in := db.CommentCreateInput{PostID: posts[i%2].ID, Body: fmt.Sprint("c", i)}
		if i%2 == 1 {
			in.AuthorID = &users[1].ID
		}
		must(c.Comment.Create(ctx, db.CommentCreate{Data: in}))
	}
	for _, n := range []string{"a", "b"} {
		must(c.Tag.Create(ctx, db.TagCreate{Data: db.TagCreateInput{Name: n}}))
	}
	if _, err := pool.Exec(ctx, `INSERT INTO "_PostToTag" ("A", "B") VALUES ($1, 'a'), ($1, 'b'), ($2, 'b')`, posts[0].ID, posts[1].ID); err != nil {
		t.Fatal(err)
	}
	byID := db.UserOrderBy{ID: client.Asc}
	postsInc := &db.PostFindMany{OrderBy: []db.PostOrderBy{{Views: client.Desc}}, Include: &db.PostInclude{Comments: &db.CommentFindMany{OrderBy: []db.CommentOrderBy{{Body: client.Asc}}}, Tags: &db.TagFindMany{OrderBy: []db.TagOrderBy{{Name: client.Asc}}}}}
	reads := []struct {
		name string
		read func(c *db.Client) (any, error)
	}{
		{"findMany to-many nested", func(c *db.Client) (any, error) {
			return c.User.FindMany(ctx, db.UserFindMany{OrderBy: []db.UserOrderBy{byID}, Include: &db.UserInclude{Posts: postsInc, Profile: &db.ProfileInclude{}}})
		}},
		{"findMany take skip where", func(c *db.Client) (any, error) {
			return c.User.FindMany(ctx, db.UserFindMany{OrderBy: []db.UserOrderBy{byID}, Include: &db.UserInclude{Posts: &db.PostFindMany{
				Where: db.PostWhere{Published: client.BoolFilter{Equals: client.Ptr(true)}}, OrderBy: []db.PostOrderBy{{ID: client.Asc}}, Skip: client.Ptr(0), Take: client.Ptr(1)}}})
		}},
		{"findMany to-one", func(c *db.Client) (any, error) {
			return c.Comment.FindMany(ctx, db.CommentFindMany{OrderBy: []db.CommentOrderBy{{Body: client.Asc}}, Include: &db.CommentInclude{Author: &db.UserInclude{}, Post: &db.PostInclude{Author: &db.UserInclude{}}}})
		}},
		{"findMany m-n", func(c *db.Client) (any, error) {
			return c.Tag.FindMany(ctx, db.TagFindMany{OrderBy: []db.TagOrderBy{{Name: client.Asc}}, Include: &db.TagInclude{Posts: &db.PostFindMany{OrderBy: []db.PostOrderBy{{ID: client.Asc}}}}})
		}},
		{"findUnique", func(c *db.Client) (any, error) {
			return c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{ID: &users[0].ID}, Include: &db.UserInclude{Posts: postsInc, Profile: &db.ProfileInclude{}, Comments: &db.CommentFindMany{}}})
		}},
		{"findUnique one include ordered", func(c *db.Client) (any, error) {
			return c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{ID: &users[0].ID}, Include: &db.UserInclude{Posts: &db.PostFindMany{OrderBy: []db.PostOrderBy{{Views: client.Desc}}, Skip: client.Ptr(0), Take: client.Ptr(5)}}})
		}},
		{"findUnique one include where, none match", func(c *db.Client) (any, error) {
			return c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{ID: &users[0].ID}, Include: &db.UserInclude{Posts: &db.PostFindMany{Where: db.PostWhere{Views: client.IntFilter{Gt: client.Ptr(1000)}}}}})
		}},
		{"findUnique to-one", func(c *db.Client) (any, error) {
			return c.Post.FindUnique(ctx, db.PostFindUnique{Where: db.PostWhereUnique{ID: &posts[1].ID}, Include: &db.PostInclude{Author: &db.UserInclude{}}})
		}},
		{"findUnique to-one absent", func(c *db.Client) (any, error) {
			return c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{ID: &users[1].ID}, Include: &db.UserInclude{Profile: &db.ProfileInclude{}}})
		}},
		{"findUnique m-n", func(c *db.Client) (any, error) {
			return c.Post.FindUnique(ctx, db.PostFindUnique{Where: db.PostWhereUnique{ID: &posts[0].ID}, Include: &db.PostInclude{Tags: &db.TagFindMany{OrderBy: []db.TagOrderBy{{Name: client.Desc}}}}})
		}},
		{"findFirst missing", func(c *db.Client) (any, error) {
			return c.User.FindFirst(ctx, db.UserFindFirst{Where: db.UserWhere{Email: client.StringFilter{Equals: client.Ptr("nobody")}}, Include: &db.UserInclude{Posts: &db.PostFindMany{}}})
		}},
		{"findUnique none", func(c *db.Client) (any, error) {
			return c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{ID: &users[3].ID}, Include: &db.UserInclude{Posts: postsInc, Profile: &db.ProfileInclude{}}})
		}},
	}
	join := db.New(pool, client.WithRelationLoadStrategy(client.Join))
	queries := db.New(pool, client.WithRelationLoadStrategy(client.Queries))
	for _, r := range reads {
		t.Run(r.name, func(t *testing.T) {
			before := cnt.n.Load()
			a, err := r.read(join)
			if err != nil {
				t.Fatalf("join: %v", err)
			}
			nJoin := cnt.n.Load() - before
			before = cnt.n.Load()
			b, err := r.read(queries)
			if err != nil {
				t.Fatalf("queries: %v", err)
			}
			nQueries := cnt.n.Load() - before
			ja, _ := json.Marshal(a)
			jb, _ := json.Marshal(b)
			if string(ja) != string(jb) {
				t.Errorf("join and queries differ:\njoin    %s\nqueries %s", ja, jb)
			}
			if nJoin > nQueries || nQueries > 1 && nJoin == nQueries {
				t.Errorf("join sent %d statements, queries %d", nJoin, nQueries)
			}
		})
	}
}

// TestRelationLoadStrategyPerQuery: the generated arguments choose the
// strategy of one read; the default joins for findUnique and uses one
// statement per relation for findMany.
func TestRelationLoadStrategyPerQuery(t *testing.T) {
	c, cnt, _ := newDB(t)
	u := must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "a@x"}}))
	must(c.Post.Create(ctx, db.PostCreate{Data: db.PostCreateInput{AuthorID: u.ID, Title: "t"}}))
	inc := &db.UserInclude{Posts: &db.PostFindMany{}}
	tests := []struct {
		name string
		read func() (int, error)
		want int64
	}{
		{"findUnique default", func() (int, error) {
			r, err := c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{ID: &u.ID}, Include: inc})
			return len(r.Posts), err
		}, 1},
		{"findUnique queries", func() (int, error) {
			r, err := c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{ID: &u.ID}, Include: inc, RelationLoadStrategy: client.Queries})
			return len(r.Posts), err
		}, 2},
		{"findUniqueOrThrow join", func() (int, error) {
			r, err := c.User.FindUniqueOrThrow(ctx, db.UserFindUnique{Where: db.UserWhereUnique{ID: &u.ID}, Include: inc, RelationLoadStrategy: client.Join})
			return len(r.Posts), err
		}, 1},
		{"findMany default", func() (int, error) {
			r, err := c.User.FindMany(ctx, db.UserFindMany{Include: inc})
			return len(r[0].Posts), err
		}, 2},
		{"findMany join", func() (int, error) {
			r, err := c.User.FindMany(ctx, db.UserFindMany{Include: inc, RelationLoadStrategy: client.Join})
			return len(r[0].Posts), err
		}, 1},
		{"findFirst default", func() (int, error) {
			r, err := c.User.FindFirst(ctx, db.UserFindFirst{Include: inc})
			return len(r.Posts), err
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := cnt.n.Load()
			n, err := tt.read()
			if err != nil || n != 1 {
				t.Fatalf("%d posts, %v", n, err)
			}
			if got := cnt.n.Load() - before; got != tt.want {
				t.Errorf("%d statements, want %d", got, tt.want)
			}
		})
	}
}
