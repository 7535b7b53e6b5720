package client_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stratadb/strata/client"
	db "github.com/stratadb/strata/client/internal/blogdb"
)

func TestBatchCommitsEveryStep(t *testing.T) {
	c, cnt, _ := newDB(t)
	var (
		u     *db.User
		tag   *db.Tag
		n     int64
		users []db.User
		iso   []struct{ TransactionIsolation string }
	)
	before := cnt.n.Load()
	err := c.Batch(ctx, []client.Step{
		client.Do(&u, c.User.Create, db.UserCreate{Data: db.UserCreateInput{Email: "ann@x.io"}}),
		client.Do(&tag, c.Tag.Create, db.TagCreate{Data: db.TagCreateInput{Name: "go"}}),
		client.Do(&n, c.User.Count, db.UserCount{}),
		client.Do(&users, c.User.FindMany, db.UserFindMany{}),
		client.StepFunc(func(ctx context.Context) (err error) {
			iso, err = client.QueryRaw[struct{ TransactionIsolation string }](ctx, c.Engine(), "SHOW transaction_isolation")
			return err
		}),
	}, client.TxOptions{Isolation: client.Serializable})
	if err != nil {
		t.Fatal(err)
	}
	if u == nil || u.Email != "ann@x.io" || tag == nil || tag.Name != "go" {
		t.Fatalf("results: user %+v, tag %+v", u, tag)
	}
	// Count and FindMany see the batch's own writes: one transaction.
	if n != 1 || len(users) != 1 || users[0].ID != u.ID {
		t.Fatalf("count %d, users %+v", n, users)
	}
	if len(iso) != 1 || iso[0].TransactionIsolation != "serializable" {
		t.Fatalf("isolation %+v", iso)
	}
	// Five statements plus BEGIN and COMMIT.
	if got := cnt.n.Load() - before; got != 7 {
		t.Errorf("statements sent: %d, want 7", got)
	}
	if got := must(c.User.Count(ctx, db.UserCount{})); got != 1 {
		t.Fatalf("committed users: %d", got)
	}
}

func TestBatchRollsBackAtFirstError(t *testing.T) {
	c, _, _ := newDB(t)
	must(c.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "taken@x.io"}}))
	var first, third *db.User
	err := c.Batch(ctx, []client.Step{
		client.Do(&first, c.User.Create, db.UserCreate{Data: db.UserCreateInput{
			Email: "new@x.io",
			// A nested write opens a savepoint inside the batch.
			Posts: &db.PostCreateNestedMany{Create: []db.PostCreateInput{{Title: "p"}}},
		}}),
		client.Do(nil, c.User.Create, db.UserCreate{Data: db.UserCreateInput{Email: "taken@x.io"}}),
		client.Do(&third, c.User.Create, db.UserCreate{Data: db.UserCreateInput{Email: "never@x.io"}}),
	})
	var uv *client.UniqueViolation
	if !errors.As(err, &uv) || client.Code(err) != "P2002" {
		t.Fatalf("want a unique violation, got %v", err)
	}
	if !strings.Contains(err.Error(), "batch step 2 of 3") {
		t.Errorf("error does not name the step: %v", err)
	}
	if first == nil || third != nil {
		t.Errorf("results: first %v, third %v", first, third)
	}
	// Nothing of the batch is committed, the nested post neither.
	if got := must(c.User.Count(ctx, db.UserCount{})); got != 1 {
		t.Errorf("users after rollback: %d, want 1", got)
	}
	if got := must(c.Post.Count(ctx, db.PostCount{})); got != 0 {
		t.Errorf("posts after rollback: %d, want 0", got)
	}
}

func TestBatchInsideTx(t *testing.T) {
	c, _, _ := newDB(t)
	err := c.Tx(ctx, func(tx *db.Client) error {
		must(tx.User.Create(ctx, db.UserCreate{Data: db.UserCreateInput{Email: "kept@x.io"}}))
		// The batch is a savepoint of the transaction: its failure undoes
		// its own writes only.
		berr := tx.Batch(ctx, []client.Step{
			client.Do(nil, tx.User.Create, db.UserCreate{Data: db.UserCreateInput{Email: "undone@x.io"}}),
			client.Do(nil, tx.User.Create, db.UserCreate{Data: db.UserCreateInput{Email: "kept@x.io"}}),
		})
		if !errors.As(berr, new(*client.UniqueViolation)) {
			t.Errorf("batch error %v", berr)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	users := must(c.User.FindMany(ctx, db.UserFindMany{}))
	if len(users) != 1 || users[0].Email != "kept@x.io" {
		t.Fatalf("users %+v", users)
	}
}

func TestBatchTimeoutAndNilStep(t *testing.T) {
	c, _, _ := newDB(t)
	err := c.Batch(ctx, []client.Step{
		client.StepFunc(func(ctx context.Context) error {
			_, err := c.ExecuteRaw(ctx, "SELECT pg_sleep(5)")
			return err
		}),
	}, client.TxOptions{Timeout: 100 * time.Millisecond})
	if err == nil {
		t.Fatal("a batch past its timeout succeeded")
	}
	if !errors.Is(err, client.ErrTxTimeout) && !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("want a timeout, got %v", err)
	}
	if err := c.Batch(ctx, []client.Step{nil}); err == nil || !strings.Contains(err.Error(), "nil") {
		t.Errorf("nil step: %v", err)
	}
	if err := c.Batch(ctx, nil); err != nil {
		t.Errorf("empty batch: %v", err)
	}
}
