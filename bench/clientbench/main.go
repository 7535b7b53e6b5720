// Command clientbench runs the workloads of the Prisma peer's bench.ts
// (shared/peers/prisma/bench.ts) with one Go data-access layer, so that
// strata's generated client, hand-written pgx and GORM can be compared
// with Prisma 7 on the same database. bench/client-side-by-side.sh runs it.
//
// It is its own module so that GORM never becomes a dependency of strata.
// The strata client it uses (package peerdb) is generated from schema.prisma
// by `strata generate` before building (the script does it).
//
// Usage: clientbench -tool strata|pgx|gorm
//
// Env: DATABASE_URL (loopback only; the tables exist, made by `prisma db
// push` from the peer's schema), N [10000], FM [1000], USERS [1000],
// ACC [3], POOL [10], as bench.ts.
//
// Each workload is timed with the wall clock and its Go heap allocations
// are counted (runtime.MemStats deltas divided by the operations). The
// last line is "JSON {...}" in bench.ts's shape plus allocsPerOp and
// bytesPerOp.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"net/url"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// config is the workload sizes, from the environment as bench.ts reads
// them.
type config struct {
	url                     string // without Prisma's schema parameter
	prismaURL               string // as given
	n, fm, users, acc, pool int
	reps                    int
	emails                  []string
	userIDs                 []string
	tool                    string
}

// result is one workload's line.
type result struct {
	Name        string  `json:"name"`
	Ops         int     `json:"ops"`
	Seconds     float64 `json:"seconds"`
	OpsPerSec   int     `json:"opsPerSec"`
	AllocsPerOp float64 `json:"allocsPerOp"`
	BytesPerOp  float64 `json:"bytesPerOp"`
	// P50us and P90us are the median and 90th percentile of one call's
	// wall time in microseconds (for (b), one call is the whole batch).
	// Unlike the mean they are not moved by a few stalls of the machine.
	P50us float64 `json:"p50us"`
	P90us float64 `json:"p90us"`
	Note  string  `json:"note,omitempty"`
}

// runner is one data-access layer doing the workloads.
type runner interface {
	create(ctx context.Context, i int, email string) error
	createMany(ctx context.Context, n int) error
	findUnique(ctx context.Context, email string) (bool, error)
	findMany100(ctx context.Context) (int, error)
	userWithAccounts(ctx context.Context, id string) (int, error)
	allUsersWithAccounts(ctx context.Context) (users, accounts int, err error)
	close()
}

func main() {
	tool := flag.String("tool", "strata", "strata, pgx or gorm")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
	flag.Parse()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	if err := run(context.Background(), *tool); err != nil {
		fmt.Fprintln(os.Stderr, "clientbench:", err)
		os.Exit(1)
	}
}

func envInt(k string, d int) (int, error) {
	v := os.Getenv(k)
	if v == "" {
		return d, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", k, err)
	}
	return n, nil
}

func loadConfig(tool string) (*config, error) {
	raw := os.Getenv("DATABASE_URL")
	if raw == "" {
		raw = "postgresql://postgres@127.0.0.1:55432/prisma_peer?schema=public"
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("DATABASE_URL: %w", err)
	}
	switch u.Hostname() {
	case "127.0.0.1", "localhost", "::1":
	default:
		return nil, fmt.Errorf("refusing non-loopback host %s", u.Hostname())
	}
	c := &config{prismaURL: raw, tool: tool, reps: 20}
	q := u.Query()
	q.Del("schema")
	u.RawQuery = q.Encode()
	c.url = u.String()
	for _, x := range []struct {
		k string
		p *int
		d int
	}{{"N", &c.n, 10000}, {"FM", &c.fm, 1000}, {"USERS", &c.users, 1000}, {"ACC", &c.acc, 3}, {"POOL", &c.pool, 10}} {
		if *x.p, err = envInt(x.k, x.d); err != nil {
			return nil, err
		}
	}
	return c, nil
}

func run(ctx context.Context, tool string) error {
	c, err := loadConfig(tool)
	if err != nil {
		return err
	}
	var r runner
	switch tool {
	case "strata":
		r, err = newStrata(ctx, c)
	case "pgx":
		r, err = newPgx(ctx, c)
	case "gorm":
		r, err = newGorm(c)
	default:
		return fmt.Errorf("unknown tool %q", tool)
	}
	if err != nil {
		return err
	}
	defer r.close()

	// A separate pool for the untimed setup, the same for every tool.
	setup, err := pgxpool.New(ctx, c.url)
	if err != nil {
		return err
	}
	defer setup.Close()
	if _, err := setup.Exec(ctx, `TRUNCATE "people", "accounts", "sessions", "users", "verification_tokens"`); err != nil {
		return err
	}
	for i := 0; i < 50; i++ { // warm-up, as bench.ts
		if _, err := r.findUnique(ctx, fmt.Sprintf("warm%d@x", i)); err != nil {
			return err
		}
	}

	var results []result
	// timed runs one workload: calls calls of fn, each timed on its own,
	// counted as ops operations.
	timed := func(name string, ops, calls int, note string, fn func(i int) error) error {
		lat := make([]time.Duration, calls)
		runtime.GC()
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		t0 := time.Now()
		for i := range calls {
			c0 := time.Now()
			if err := fn(i); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			lat[i] = time.Since(c0)
		}
		secs := time.Since(t0).Seconds()
		runtime.ReadMemStats(&m1)
		slices.Sort(lat)
		pct := func(p float64) float64 {
			return math.Round(float64(lat[int(p*float64(len(lat)-1))].Nanoseconds())/100) / 10
		}
		res := result{
			Name: name, Ops: ops, Seconds: math.Round(secs*1000) / 1000, OpsPerSec: int(math.Round(float64(ops) / secs)),
			AllocsPerOp: math.Round(float64(m1.Mallocs-m0.Mallocs)/float64(ops)*10) / 10,
			BytesPerOp:  math.Round(float64(m1.TotalAlloc-m0.TotalAlloc) / float64(ops)),
			P50us:       pct(0.5), P90us: pct(0.9),
			Note: note,
		}
		results = append(results, res)
		fmt.Printf("%-52s %6d ops  %7.2f s  %7d ops/s  %8.1f allocs/op %9.0f B/op  p50 %8.1f µs  p90 %8.1f µs\n",
			name, ops, secs, res.OpsPerSec, res.AllocsPerOp, res.BytesPerOp, res.P50us, res.P90us)
		return nil
	}

	emails := make([]string, c.n)
	for i := range emails {
		emails[i] = fmt.Sprintf("a%d@example.com", i)
	}
	if err := timed("(a) person.create one by one", c.n, c.n, "", func(i int) error {
		return r.create(ctx, i, emails[i])
	}); err != nil {
		return err
	}
	if err := timed("(b) person.createMany (1 call)", c.n, 1, "rows/s", func(int) error { return r.createMany(ctx, c.n) }); err != nil {
		return err
	}
	if err := timed("(c) person.findUnique by email", c.n, c.n, "", func(i int) error {
		ok, err := r.findUnique(ctx, emails[(i*7919)%len(emails)])
		if err == nil && !ok {
			err = fmt.Errorf("not found")
		}
		return err
	}); err != nil {
		return err
	}
	if err := timed("(d) person.findMany take 100 orderBy createdAt", c.fm, c.fm, "", func(int) error {
		n, err := r.findMany100(ctx)
		if err == nil && n != 100 {
			err = fmt.Errorf("short page: %d", n)
		}
		return err
	}); err != nil {
		return err
	}
	ids, err := seedUsers(ctx, setup, c)
	if err != nil {
		return err
	}
	if err := timed("(e1) user.findUnique + include accounts, each user", c.users, c.users, "", func(i int) error {
		n, err := r.userWithAccounts(ctx, ids[i])
		if err == nil && n != c.acc {
			err = fmt.Errorf("bad include: %d accounts", n)
		}
		return err
	}); err != nil {
		return err
	}
	if err := timed(fmt.Sprintf("(e2) user.findMany(all %d) + include accounts", c.users), c.reps, c.reps, fmt.Sprintf("%d calls x %d users", c.reps, c.users), func(int) error {
		nu, na, err := r.allUsersWithAccounts(ctx)
		if err == nil && (nu != c.users || na != c.users*c.acc) {
			err = fmt.Errorf("bad findMany: %d users, %d accounts", nu, na)
		}
		return err
	}); err != nil {
		return err
	}
	js, err := json.Marshal(map[string]any{"tool": tool, "N": c.n, "FM": c.fm, "USERS": c.users, "ACC": c.acc, "POOL": c.pool, "results": results})
	if err != nil {
		return err
	}
	fmt.Println("JSON " + string(js))
	return nil
}

// seedUsers writes bench.ts's users and accounts (untimed), the same way
// for every tool.
func seedUsers(ctx context.Context, pool *pgxpool.Pool, c *config) ([]string, error) {
	ids := make([]string, c.users)
	ur := make([][]any, c.users)
	for i := range ids {
		ids[i] = fmt.Sprintf("user%06d", i)
		ur[i] = []any{ids[i], fmt.Sprintf("User %d", i), fmt.Sprintf("u%d@example.com", i)}
	}
	if _, err := pool.CopyFrom(ctx, pgx.Identifier{"users"}, []string{"id", "name", "email"}, pgx.CopyFromRows(ur)); err != nil {
		return nil, err
	}
	tok := strings.Repeat("tok", 10)
	ar := make([][]any, 0, c.users*c.acc)
	for i, id := range ids {
		for k := 0; k < c.acc; k++ {
			ar = append(ar, []any{cuid(), id, "oauth", fmt.Sprintf("prov%d", k), fmt.Sprintf("%d-%d", i, k), tok})
		}
	}
	_, err := pool.CopyFrom(ctx, pgx.Identifier{"accounts"}, []string{"id", "user_id", "type", "provider", "provider_account_id", "access_token"}, pgx.CopyFromRows(ar))
	return ids, err
}

// cuid makes a 25-character id of cuid v1's shape for the tools that do
// not generate ids themselves (pgx, GORM).
var cuidCounter atomic.Uint32

func cuid() string {
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	var b [25]byte
	b[0] = 'c'
	put := func(at int, v uint64, w int) {
		for i := at + w - 1; i >= at; i-- {
			b[i] = digits[v%36]
			v /= 36
		}
	}
	put(1, uint64(time.Now().UnixMilli()), 8)
	put(9, uint64(cuidCounter.Add(1))%1679616, 4)
	put(13, uint64(os.Getpid())%1679616, 4)
	put(17, rand.Uint64N(1679616), 4)
	put(21, rand.Uint64N(1679616), 4)
	return string(b[:])
}
