package client_test

import (
	"slices"
	"testing"

	"github.com/stratadb/strata/client"
	db "github.com/stratadb/strata/client/internal/blogdb"
)

// TestIncludeSelectDistinctCursor: select, distinct and cursor of an
// included relation apply per parent, with either load strategy (Join
// reads such an include with one more statement, as Queries does).
func TestIncludeSelectDistinctCursor(t *testing.T) {
	c, _, _ := newDB(t)
	users := seed(t, c, 2, 5) // post ids 1..5 and 6..10; views 0..4; published when views are even
	byUser := func(us []db.User) map[string][]db.Post {
		out := map[string][]db.Post{}
		for _, u := range us {
			if !u.Loaded("posts") {
				t.Fatalf("posts of %s not loaded", u.Email)
			}
			out[u.ID] = u.Posts
		}
		return out
	}
	views := func(ps []db.Post) []int {
		var out []int
		for _, p := range ps {
			out = append(out, p.Views)
		}
		return out
	}
	for _, s := range []client.RelationLoadStrategy{client.Join, client.Queries} {
		find := func(posts *db.PostFindMany) map[string][]db.Post {
			t.Helper()
			us, err := c.User.FindMany(ctx, db.UserFindMany{
				OrderBy:              []db.UserOrderBy{{Email: client.Asc}},
				Include:              &db.UserInclude{Posts: posts},
				RelationLoadStrategy: s,
			})
			if err != nil {
				t.Fatalf("strategy %v: %v", s, err)
			}
			return byUser(us)
		}
		// Select: only the title is read (and the key the rows are grouped
		// by); the other fields stay zero.
		got := find(&db.PostFindMany{Select: &db.PostSelect{Title: true}, OrderBy: []db.PostOrderBy{{ID: client.Desc}}})
		for _, u := range users {
			ps := got[u.ID]
			if len(ps) != 5 || ps[0].Title != "post 4 of "+(*u.Name)[len("User "):] || ps[0].ID != 0 || ps[0].Views != 0 || ps[0].AuthorID != u.ID {
				t.Errorf("strategy %v: select: %+v", s, ps)
			}
		}
		// A selected include with its own include reads the key that needs.
		got = find(&db.PostFindMany{Select: &db.PostSelect{Title: true}, Include: &db.PostInclude{Tags: &db.TagFindMany{}}})
		for _, u := range users {
			for _, p := range got[u.ID] {
				if p.ID == 0 || !p.Loaded("tags") || p.Tags == nil {
					t.Errorf("strategy %v: nested include under select: %+v", s, p)
				}
			}
		}
		// Distinct: per user, the first post of each published value in
		// the order (most views first).
		got = find(&db.PostFindMany{Distinct: &db.PostSelect{Published: true}, OrderBy: []db.PostOrderBy{{Views: client.Desc}}})
		for _, u := range users {
			if v := views(got[u.ID]); !slices.Equal(v, []int{4, 3}) {
				t.Errorf("strategy %v: distinct: views %v, want [4 3]", s, v)
			}
		}
		// Distinct with take and skip: numbered after the distinct rows.
		got = find(&db.PostFindMany{Distinct: &db.PostSelect{Published: true}, OrderBy: []db.PostOrderBy{{Views: client.Asc}}, Skip: client.Ptr(1), Take: client.Ptr(5)})
		for _, u := range users {
			if v := views(got[u.ID]); !slices.Equal(v, []int{1}) {
				t.Errorf("strategy %v: distinct with skip: views %v, want [1]", s, v)
			}
		}
		// Cursor: from post 3 on, in id order, two per user; the cursor is
		// the same row for every parent, as Prisma's.
		got = find(&db.PostFindMany{Cursor: &db.PostWhereUnique{ID: client.Ptr(3)}, OrderBy: []db.PostOrderBy{{ID: client.Asc}}, Take: client.Ptr(2)})
		var idsOf [][]int
		for _, u := range users {
			idsOf = append(idsOf, ids(got[u.ID]))
		}
		if !slices.Equal(idsOf[0], []int{3, 4}) || !slices.Equal(idsOf[1], []int{6, 7}) {
			t.Errorf("strategy %v: cursor: %v, want [[3 4] [6 7]]", s, idsOf)
		}
		// A cursor that selects no row: no related rows.
		got = find(&db.PostFindMany{Cursor: &db.PostWhereUnique{ID: client.Ptr(999)}})
		for _, u := range users {
			if ps := got[u.ID]; ps == nil || len(ps) != 0 {
				t.Errorf("strategy %v: missing cursor row: %+v", s, ps)
			}
		}
	}
	// Many-to-many, through the join table: select, distinct, cursor and
	// take together.
	for _, n := range []string{"go", "sql", "web"} {
		must(c.Post.Update(ctx, db.PostUpdate{Where: db.PostWhereUnique{ID: client.Ptr(1)}, Data: db.PostUpdateInput{Tags: &db.TagUpdateNestedMany{ConnectOrCreate: []db.TagConnectOrCreate{{Where: db.TagWhereUnique{Name: &n}, Create: db.TagCreateInput{Name: n}}}}}}))
	}
	for _, s := range []client.RelationLoadStrategy{client.Join, client.Queries} {
		ps := must(c.Post.FindMany(ctx, db.PostFindMany{
			Where:                db.PostWhere{ID: client.IntFilter{In: []int{1, 2}}},
			OrderBy:              []db.PostOrderBy{{ID: client.Asc}},
			Include:              &db.PostInclude{Tags: &db.TagFindMany{Select: &db.TagSelect{Name: true}, Distinct: &db.TagSelect{Name: true}, Cursor: &db.TagWhereUnique{Name: client.Ptr("sql")}, OrderBy: []db.TagOrderBy{{Name: client.Asc}}, Take: client.Ptr(5)}},
			RelationLoadStrategy: s,
		}))
		if len(ps) != 2 || len(ps[0].Tags) != 2 || ps[0].Tags[0].Name != "sql" || ps[0].Tags[1].Name != "web" || ps[0].Tags[0].Uid != "" || ps[1].Tags == nil || len(ps[1].Tags) != 0 {
			t.Errorf("strategy %v: m-n include: %+v", s, ps)
		}
	}
	// FindUnique (Join by default) with a selected, distinct include.
	u := must(c.User.FindUnique(ctx, db.UserFindUnique{
		Where:   db.UserWhereUnique{ID: &users[1].ID},
		Include: &db.UserInclude{Posts: &db.PostFindMany{Select: &db.PostSelect{Views: true}, Distinct: &db.PostSelect{Published: true}, OrderBy: []db.PostOrderBy{{Views: client.Asc}}}},
	}))
	if v := views(u.Posts); !slices.Equal(v, []int{0, 1}) || u.Posts[0].Title != "" {
		t.Errorf("findUnique include: %+v", u.Posts)
	}
}
