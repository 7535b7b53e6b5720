package main

import (
	"context"
	"os"
	"testing"
)

// BenchmarkE1 runs workload (e1), findUnique + include accounts, for
// strata and hand-written pgx on one seeded database (DATABASE_URL, as
// the program), to compare them without the other workloads around.
func BenchmarkE1(b *testing.B) {
	if os.Getenv("DATABASE_URL") == "" {
		b.Skip("set DATABASE_URL to the benchmark database")
	}
	ctx := context.Background()
	c, err := loadConfig("pgx")
	if err != nil {
		b.Fatal(err)
	}
	p, err := newPgx(ctx, c)
	if err != nil {
		b.Fatal(err)
	}
	defer p.close()
	s, err := newStrata(ctx, c)
	if err != nil {
		b.Fatal(err)
	}
	defer s.close()
	if _, err := p.pool.Exec(ctx, `TRUNCATE "people", "accounts", "sessions", "users", "verification_tokens"`); err != nil {
		b.Fatal(err)
	}
	ids, err := seedUsers(ctx, p.pool, c)
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range []struct {
		name string
		f    func(ctx context.Context, id string) (int, error)
	}{{"pgx", p.userWithAccounts}, {"strata", s.userWithAccounts}} {
		b.Run(r.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				n, err := r.f(ctx, ids[i%len(ids)])
				if err != nil || n != c.acc {
					b.Fatal(n, err)
				}
			}
		})
	}
}
