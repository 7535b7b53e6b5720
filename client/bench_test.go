package client_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/stratadb/strata/client"
	db "github.com/stratadb/strata/client/internal/blogdb"
)

// benchUser is what hand-written pgx code scans users into.
type benchUser struct {
	ID, Email            string
	Name                 *string
	Role                 string
	Roles                []string
	Age                  *int
	Balance              string
	Score                float64
	Visits               int64
	Avatar               []byte
	Settings             []byte
	CreatedAt, UpdatedAt time.Time
	Posts                []benchPost
}

type benchPost struct {
	ID        int
	Slug      string
	Title     string
	Published bool
	Views     int
	AuthorID  string
	CreatedAt time.Time
}

const userCols = `id, email, name, role::text, roles::text[], age, balance::text, score, visits, avatar, settings, created_at, updated_at`

func scanUser(r pgx.Row, u *benchUser) error {
	return r.Scan(&u.ID, &u.Email, &u.Name, &u.Role, &u.Roles, &u.Age, &u.Balance, &u.Score, &u.Visits, &u.Avatar, &u.Settings, &u.CreatedAt, &u.UpdatedAt)
}

// benchDB seeds 1,000 users with 3 posts each.
func benchDB(b *testing.B) (*db.Client, *pgxpool.Pool) {
	c, _, pool := newDB(b)
	var users []db.UserCreateInput
	for i := 0; i < 1000; i++ {
		users = append(users, db.UserCreateInput{ID: client.Ptr(fmt.Sprintf("user%06d", i)), Email: fmt.Sprintf("u%d@x", i), CreatedAt: client.Ptr(time.Now().Add(time.Duration(i) * time.Second))})
	}
	must(c.User.CreateMany(ctx, db.UserCreateMany{Data: users}))
	var posts []db.PostCreateInput
	for i := 0; i < 3000; i++ {
		posts = append(posts, db.PostCreateInput{AuthorID: fmt.Sprintf("user%06d", i%1000), Title: fmt.Sprint("t", i)})
	}
	must(c.Post.CreateMany(ctx, db.PostCreateMany{Data: posts}))
	return c, pool
}

// BenchmarkFindUnique: one user by its unique email.
func BenchmarkFindUnique(b *testing.B) {
	c, pool := benchDB(b)
	b.Run("strata", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			email := fmt.Sprintf("u%d@x", (i*7919)%1000)
			u, err := c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{Email: &email}})
			if err != nil || u == nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("pgx", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			email := fmt.Sprintf("u%d@x", (i*7919)%1000)
			var u benchUser
			if err := scanUser(pool.QueryRow(ctx, `SELECT `+userCols+` FROM users WHERE email = $1 LIMIT 1`, email), &u); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkFindManyTake100: 100 users ordered by creation time.
func BenchmarkFindManyTake100(b *testing.B) {
	c, pool := benchDB(b)
	b.Run("strata", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			us, err := c.User.FindMany(ctx, db.UserFindMany{OrderBy: []db.UserOrderBy{{CreatedAt: client.Desc}}, Take: client.Ptr(100)})
			if err != nil || len(us) != 100 {
				b.Fatal(err)
			}
		}
	})
	b.Run("pgx", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			rows, err := pool.Query(ctx, `SELECT `+userCols+` FROM users ORDER BY created_at DESC LIMIT 100`)
			if err != nil {
				b.Fatal(err)
			}
			var us []benchUser
			for rows.Next() {
				us = append(us, benchUser{})
				if err := scanUser(rows, &us[len(us)-1]); err != nil {
					b.Fatal(err)
				}
			}
			rows.Close()
			if rows.Err() != nil || len(us) != 100 {
				b.Fatal(rows.Err())
			}
		}
	})
}

// BenchmarkIncludeThousand: 1,000 users with their posts.
func BenchmarkIncludeThousand(b *testing.B) {
	c, pool := benchDB(b)
	for _, s := range strategies {
		sc := db.New(pool, client.WithRelationLoadStrategy(s.s))
		b.Run("strata-"+s.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				us, err := sc.User.FindMany(ctx, db.UserFindMany{Include: &db.UserInclude{Posts: &db.PostFindMany{}}})
				if err != nil || len(us) != 1000 || len(us[0].Posts) != 3 {
					b.Fatal(err)
				}
			}
		})
	}
	_ = c
	for _, unnest := range []bool{false, true} {
		name := "pgx"
		if unnest {
			name = "pgx-unnest"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				rows, err := pool.Query(ctx, `SELECT `+userCols+` FROM users`)
				if err != nil {
					b.Fatal(err)
				}
				var us []benchUser
				for rows.Next() {
					us = append(us, benchUser{})
					if err := scanUser(rows, &us[len(us)-1]); err != nil {
						b.Fatal(err)
					}
				}
				rows.Close()
				ids := make([]string, len(us))
				byID := make(map[string]int, len(us))
				for i := range us {
					ids[i] = us[i].ID
					byID[us[i].ID] = i
				}
				if unnest {
					rows, err = pool.Query(ctx, `SELECT t0.id, t0.slug, t0.title, t0.published, t0.views, t0."authorId", t0."createdAt" FROM "Post" t0 JOIN unnest($1::TEXT[]) AS k(v0) ON t0."authorId" = k.v0`, ids)
				} else {
					rows, err = pool.Query(ctx, `SELECT id, slug, title, published, views, "authorId", "createdAt" FROM "Post" WHERE "authorId" = ANY($1)`, pgx.QueryExecModeExec, ids)
				}
				if err != nil {
					b.Fatal(err)
				}
				for rows.Next() {
					var p benchPost
					if err := rows.Scan(&p.ID, &p.Slug, &p.Title, &p.Published, &p.Views, &p.AuthorID, &p.CreatedAt); err != nil {
						b.Fatal(err)
					}
					u := &us[byID[p.AuthorID]]
					u.Posts = append(u.Posts, p)
				}
				rows.Close()
				if len(us) != 1000 || len(us[0].Posts) != 3 {
					b.Fatal(rows.Err())
				}
			}
		})
	}
}

var strategies = []struct {
	name string
	s    client.RelationLoadStrategy
}{{"join", client.Join}, {"query", client.Queries}}

// BenchmarkFindUniqueInclude: one user by id with its 3 posts.
func BenchmarkFindUniqueInclude(b *testing.B) {
	_, pool := benchDB(b)
	for _, s := range strategies {
		sc := db.New(pool, client.WithRelationLoadStrategy(s.s))
		b.Run("strata-"+s.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				id := fmt.Sprintf("user%06d", (i*7919)%1000)
				u, err := sc.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{ID: &id}, Include: &db.UserInclude{Posts: &db.PostFindMany{}}})
				if err != nil || u == nil || len(u.Posts) != 3 {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("pgx", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			id := fmt.Sprintf("user%06d", (i*7919)%1000)
			rows, err := pool.Query(ctx, `SELECT u.id, u.email, u.name, u.role::text, u.roles::text[], u.age, u.balance::text, u.score, u.visits, u.avatar, u.settings, u.created_at, u.updated_at,
  p.id, p.slug, p.title, p.published, p.views, p."authorId", p."createdAt" FROM users u LEFT JOIN "Post" p ON p."authorId" = u.id WHERE u.id = $1`, id)
			if err != nil {
				b.Fatal(err)
			}
			var u *benchUser
			for rows.Next() {
				var uu benchUser
				var pid *int
				var slug, title, author *string
				var pub *bool
				var views *int
				var created *time.Time
				if err := rows.Scan(&uu.ID, &uu.Email, &uu.Name, &uu.Role, &uu.Roles, &uu.Age, &uu.Balance, &uu.Score, &uu.Visits, &uu.Avatar, &uu.Settings, &uu.CreatedAt, &uu.UpdatedAt,
					&pid, &slug, &title, &pub, &views, &author, &created); err != nil {
					b.Fatal(err)
				}
				if u == nil {
					uu.Posts = make([]benchPost, 0, 4)
					u = &uu
				}
				if pid != nil {
					u.Posts = append(u.Posts, benchPost{ID: *pid, Slug: *slug, Title: *title, Published: *pub, Views: *views, AuthorID: *author, CreatedAt: *created})
				}
			}
			rows.Close()
			if rows.Err() != nil || u == nil || len(u.Posts) != 3 {
				b.Fatal(rows.Err())
			}
		}
	})
}

// BenchmarkCreate: one post created and returned.
func BenchmarkCreate(b *testing.B) {
	c, pool := benchDB(b)
	run := 0 // titles are unique per author: each run of a sub-benchmark has its own
	b.Run("strata", func(b *testing.B) {
		b.ReportAllocs()
		run++
		for i := 0; b.Loop(); i++ {
			p, err := c.Post.Create(ctx, db.PostCreate{Data: db.PostCreateInput{AuthorID: "user000001", Title: fmt.Sprint("s", run, "-", i)}})
			if err != nil || p == nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("pgx", func(b *testing.B) {
		b.ReportAllocs()
		run++
		for i := 0; b.Loop(); i++ {
			var p benchPost
			slug, err := client.GenerateID(client.DefaultNanoID, 10)
			if err != nil {
				b.Fatal(err)
			}
			if err := pool.QueryRow(ctx, `INSERT INTO "Post" (slug, title, "authorId", "createdAt") VALUES ($1, $2, $3, $4) RETURNING id, slug, title, published, views, "authorId", "createdAt"`,
				slug, fmt.Sprint("p", run, "-", i), "user000001", time.Now().UTC()).Scan(&p.ID, &p.Slug, &p.Title, &p.Published, &p.Views, &p.AuthorID, &p.CreatedAt); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkCreateMany: 10,000 posts in one call (COPY on both sides).
func BenchmarkCreateMany(b *testing.B) {
	c, pool := benchDB(b)
	n := 0
	b.Run("strata", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			data := make([]db.PostCreateInput, 10000)
			for i := range data {
				n++
				data[i] = db.PostCreateInput{AuthorID: "user000002", Title: fmt.Sprint("m", n)}
			}
			if got, err := c.Post.CreateMany(ctx, db.PostCreateMany{Data: data}); err != nil || got != 10000 {
				b.Fatal(err)
			}
		}
	})
	b.Run("pgx", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			now := time.Now().UTC()
			rows := make([][]any, 10000)
			for i := range rows {
				n++
				slug, err := client.GenerateID(client.DefaultNanoID, 10)
				if err != nil {
					b.Fatal(err)
				}
				rows[i] = []any{slug, fmt.Sprint("m", n), "user000002", now}
			}
			if got, err := pool.CopyFrom(ctx, pgx.Identifier{"Post"}, []string{"slug", "title", "authorId", "createdAt"}, pgx.CopyFromRows(rows)); err != nil || got != 10000 {
				b.Fatal(err)
			}
		}
	})
}
