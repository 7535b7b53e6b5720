package client_test

import (
	"testing"
	"time"

	"github.com/stratadb/strata/client"
	db "github.com/stratadb/strata/client/internal/blogdb"
)

func TestQueryRawModel(t *testing.T) {
	c, _, _ := newDB(t)
	seed(t, c, 3, 0)
	// Columns are matched by name, in any order; unknown ones are skipped,
	// missing ones stay zero.
	us := must(c.User.QueryRaw(ctx, `SELECT 1 AS extra, email, id, created_at, roles::text[] AS roles FROM users WHERE age >= $1 ORDER BY email`, 21))
	if len(us) != 2 || us[0].Email != "u1@Example.com" || us[0].ID == "" || us[0].CreatedAt.IsZero() || us[0].Name != nil || !us[0].UpdatedAt.IsZero() {
		t.Fatalf("users %+v", us)
	}
	none := must(c.User.QueryRaw(ctx, `SELECT * FROM users WHERE false`))
	if none == nil || len(none) != 0 {
		t.Fatalf("no rows: %#v", none)
	}
	_, err := c.User.QueryRaw(ctx, `SELECT * FROM no_such_table`)
	if err == nil {
		t.Fatal("no error for a bad query")
	}
}

func TestQueryRawAnyType(t *testing.T) {
	c, _, _ := newDB(t)
	seed(t, c, 2, 3)
	type row struct {
		Author  string `db:"email"`
		Posts   int64
		Created time.Time `db:"created_at"`
		Name    *string
		Skip    string `db:"-"`
		hidden  int
	}
	rows := must(client.QueryRaw[row](ctx, c.Engine(), `
		SELECT u.email, u.created_at, u.name, COUNT(p.id) AS posts, 'x' AS skip, 1 AS hidden
		FROM users u LEFT JOIN "Post" p ON p."authorId" = u.id GROUP BY u.id ORDER BY u.email`))
	if len(rows) != 2 || rows[1].Author != "u1@Example.com" || rows[1].Posts != 3 || rows[0].Created.IsZero() || *rows[0].Name != "User 0" || rows[0].Skip != "" || rows[0].hidden != 0 {
		t.Fatalf("rows %+v", rows)
	}
	// Field names match columns ignoring case and underscores.
	type post struct {
		AuthorID string
		ID       int
	}
	ps := must(client.QueryRaw[post](ctx, c.Engine(), `SELECT "authorId" AS author_id, id FROM "Post" ORDER BY id LIMIT 1`))
	if len(ps) != 1 || ps[0].AuthorID == "" || ps[0].ID == 0 {
		t.Fatalf("posts %+v", ps)
	}
	// A non-struct type takes the single column.
	n := must(client.QueryRaw[int64](ctx, c.Engine(), `SELECT COUNT(*) FROM "Post"`))
	if len(n) != 1 || n[0] != 6 {
		t.Fatalf("count %v", n)
	}
	ts := must(client.QueryRaw[time.Time](ctx, c.Engine(), `SELECT created_at FROM users`))
	if len(ts) != 2 || ts[0].IsZero() {
		t.Fatalf("times %v", ts)
	}
	if _, err := client.QueryRaw[int64](ctx, c.Engine(), `SELECT 1, 2`); err == nil {
		t.Fatal("two columns into an int64")
	}
}

// TestRawBoundParameters: values travel as bound parameters, so a hostile
// string stays data.
func TestRawBoundParameters(t *testing.T) {
	c, _, _ := newDB(t)
	hostile := `x'); DROP TABLE users; --`
	n := must(c.ExecuteRaw(ctx, `INSERT INTO users (id, email, updated_at) VALUES ($1, $2, now())`, "h1", hostile))
	if n != 1 {
		t.Fatalf("inserted %d", n)
	}
	us := must(c.User.QueryRaw(ctx, `SELECT * FROM users WHERE email = $1`, hostile))
	if len(us) != 1 || us[0].Email != hostile {
		t.Fatalf("users %+v", us)
	}
	like := must(client.QueryRaw[string](ctx, c.Engine(), `SELECT email FROM users WHERE email = $1 OR $1 = '1'`, `' OR '1'='1`))
	if len(like) != 0 {
		t.Fatalf("injection matched %v", like)
	}
	if n := must(c.User.Count(ctx, db.UserCount{})); n != 1 {
		t.Fatalf("%d users", n)
	}
	n = must(c.ExecuteRaw(ctx, `UPDATE users SET name = $1 WHERE id = $2`, "Robert'); --", "h1"))
	if n != 1 {
		t.Fatalf("updated %d", n)
	}
	u := must(c.User.FindUnique(ctx, db.UserFindUnique{Where: db.UserWhereUnique{ID: client.Ptr("h1")}}))
	if *u.Name != "Robert'); --" {
		t.Fatalf("name %q", *u.Name)
	}
	// Raw statements run in the caller's transaction.
	err := c.Tx(ctx, func(tx *db.Client) error {
		if _, err := tx.ExecuteRaw(ctx, `DELETE FROM users`); err != nil {
			return err
		}
		return errStopRaw
	})
	if err != errStopRaw {
		t.Fatal(err)
	}
	if n := must(c.User.Count(ctx, db.UserCount{})); n != 1 {
		t.Fatalf("raw delete escaped the transaction: %d users", n)
	}
	// Errors are mapped to Prisma's codes as for the typed API.
	_, err = c.ExecuteRaw(ctx, `INSERT INTO users (id, email, updated_at) VALUES ($1, $2, now())`, "h2", hostile)
	wantCode(t, err, "P2002")
}

var errStopRaw = errorString("stop")

type errorString string

func (e errorString) Error() string { return string(e) }
