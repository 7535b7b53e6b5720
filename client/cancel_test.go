package client_test

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestCancelStopsTheServerQuery: cancelling the context of a running query
// returns context.Canceled/DeadlineExceeded to the caller and stops the
// statement on the server (pgx sends PostgreSQL a cancel request), so a
// slow query does not keep running after its caller gave up.
func TestCancelStopsTheServerQuery(t *testing.T) {
	c, _, pool := newDB(t)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err := c.ExecuteRaw(ctx, `SELECT pg_sleep(30) /* strata-cancel-test */`)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("ExecuteRaw = %v, want context.DeadlineExceeded", err)
	}
	// The server stops the statement: poll pg_stat_activity for it.
	deadline := time.Now().Add(10 * time.Second)
	for {
		var n int
		if err := pool.QueryRow(context.Background(),
			`SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%strata-cancel-test%' AND pid <> pg_backend_pid()`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the cancelled statement is still running on the server")
		}
		time.Sleep(50 * time.Millisecond)
	}
}
