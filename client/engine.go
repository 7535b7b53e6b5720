package client

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/stratadb/strata/postgres"
)

// querier is what statements run on: a pooled connection or a
// transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	CopyFrom(ctx context.Context, table pgx.Identifier, cols []string, src pgx.CopyFromSource) (int64, error)
	Begin(ctx context.Context) (pgx.Tx, error)
}

// Engine runs the queries of a generated client: it owns the pool (or the
// transaction), the tracer and the error mapping. Generated code wraps one
// in its Client; applications rarely use it directly.
type Engine struct {
	pool  *pgxpool.Pool
	tx    pgx.Tx // set inside Tx
	opts  options
	plans *planCache // scan plans per result shape (scan.go)
}

type options struct {
	tracer      Tracer
	redact      bool
	poolTimeout time.Duration
	ownsPool    bool
	load        RelationLoadStrategy
}

// Option configures an Engine.
type Option func(*options)

// WithTracer installs a tracer that sees every statement.
func WithTracer(t Tracer) Option { return func(o *options) { o.tracer = t } }

// WithRelationLoadStrategy sets how reads load their includes when the
// query does not say (see RelationLoadStrategy).
func WithRelationLoadStrategy(s RelationLoadStrategy) Option {
	return func(o *options) { o.load = s }
}

// WithRedactedArgs hides statement parameters from the tracer: QueryStart.Args
// is nil.
func WithRedactedArgs() Option { return func(o *options) { o.redact = true } }

// WithPoolTimeout bounds the wait for a pooled connection; past it an
// operation fails with a *PoolTimeout (Prisma's P2024). Zero waits as long
// as the context allows. Open sets it from the URL's pool_timeout (Prisma's
// default: 10 seconds).
func WithPoolTimeout(d time.Duration) Option { return func(o *options) { o.poolTimeout = d } }

// DefaultPoolTimeout is Prisma's pool_timeout default.
const DefaultPoolTimeout = 10 * time.Second

// New returns an Engine over an existing pgx pool. The caller keeps
// ownership of the pool.
func New(pool *pgxpool.Pool, opts ...Option) *Engine {
	e := &Engine{pool: pool, plans: newPlanCache()}
	for _, o := range opts {
		o(&e.opts)
	}
	return e
}

// Open connects to the database at url, a connection URL in Prisma's form:
// connection_limit (default: twice the CPUs plus one, as Prisma),
// pool_timeout (default 10 s), connect_timeout, schema, sslmode,
// pgbouncer=true (no named prepared statements), statement_cache_size and
// application_name are honoured (see postgres.ParseURL). Close the Engine
// when done.
func Open(ctx context.Context, url string, opts ...Option) (*Engine, error) {
	cc, err := postgres.ParseURL(url)
	if err != nil {
		return nil, err
	}
	pc, err := pgxpool.ParseConfig("")
	if err != nil {
		return nil, fmt.Errorf("client: %w", err)
	}
	pc.ConnConfig = cc.Config
	if cc.ConnectionLimit > 0 {
		pc.MaxConns = int32(cc.ConnectionLimit)
	} else {
		pc.MaxConns = int32(runtime.NumCPU()*2 + 1)
	}
	if cc.PgBouncer {
		schema := cc.Schema
		pc.AfterConnect = func(ctx context.Context, c *pgx.Conn) error {
			_, err := c.Exec(ctx, "SET search_path TO "+quoteIdent(schema))
			return err
		}
	}
	pool, err := pgxpool.NewWithConfig(ctx, pc)
	if err != nil {
		return nil, fmt.Errorf("client: %w", err)
	}
	all := append([]Option{WithPoolTimeout(DefaultPoolTimeout)}, opts...)
	if cc.PoolTimeout > 0 {
		all = append([]Option{WithPoolTimeout(cc.PoolTimeout)}, opts...)
	}
	e := New(pool, all...)
	e.opts.ownsPool = true
	return e, nil
}

// Pool returns the underlying pool.
func (e *Engine) Pool() *pgxpool.Pool { return e.pool }

// Close closes the pool if Open created it.
func (e *Engine) Close() {
	if e.opts.ownsPool && e.tx == nil {
		e.pool.Close()
	}
}

// withConn runs fn on the transaction, or on one pooled connection
// acquired within the pool timeout.
func (e *Engine) withConn(ctx context.Context, fn func(q querier) error) error {
	e = e.bound(ctx) // inside a batch transaction (batch.go)
	if e.tx != nil {
		return fn(e.tx)
	}
	actx := ctx
	if d := e.opts.poolTimeout; d > 0 {
		if dl, ok := ctx.Deadline(); !ok || time.Until(dl) > d {
			var cancel context.CancelFunc
			actx, cancel = context.WithTimeout(ctx, d)
			defer cancel()
		}
	}
	conn, err := e.pool.Acquire(actx)
	if err != nil {
		if ctx.Err() == nil && actx.Err() != nil {
			return &PoolTimeout{Timeout: e.opts.poolTimeout, Err: err}
		}
		return err
	}
	defer conn.Release()
	return fn(conn)
}

// op describes the operation a statement belongs to, for tracing and
// errors.
type op struct {
	model *Model
	name  string // findMany, create, ...
}

// query runs a statement and hands the rows to scan.
func (e *Engine) query(ctx context.Context, q querier, o op, sql string, args []any, scan func(pgx.Rows) (int64, error)) error {
	if e.opts.tracer == nil {
		rows, err := q.Query(ctx, sql, args...)
		if err != nil {
			return e.mapErr(o, err)
		}
		_, err = scan(e.wrapRows(rows))
		rows.Close()
		if err == nil {
			err = rows.Err()
		}
		return e.mapErr(o, err)
	}
	start := time.Now()
	qs := e.traceStart(o, sql, args)
	ctx = e.opts.tracer.QueryStart(ctx, qs)
	var n int64
	rows, err := q.Query(ctx, sql, args...)
	if err == nil {
		n, err = scan(e.wrapRows(rows))
		rows.Close()
		if err == nil {
			err = rows.Err()
		}
	}
	err = e.mapErr(o, err)
	e.opts.tracer.QueryEnd(ctx, QueryEnd{QueryStart: qs, Duration: time.Since(start), Rows: n, Err: err})
	return err
}

// exec runs a statement without rows and returns the affected count.
func (e *Engine) exec(ctx context.Context, q querier, o op, sql string, args []any) (int64, error) {
	var start time.Time
	var qs QueryStart
	if e.opts.tracer != nil {
		start = time.Now()
		qs = e.traceStart(o, sql, args)
		ctx = e.opts.tracer.QueryStart(ctx, qs)
	}
	tag, err := q.Exec(ctx, sql, args...)
	err = e.mapErr(o, err)
	n := tag.RowsAffected()
	if e.opts.tracer != nil {
		e.opts.tracer.QueryEnd(ctx, QueryEnd{QueryStart: qs, Duration: time.Since(start), Rows: n, Err: err})
	}
	return n, err
}

func (e *Engine) traceStart(o op, sql string, args []any) QueryStart {
	qs := QueryStart{Operation: o.name, SQL: sql}
	if o.model != nil {
		qs.Model = o.model.Name
	}
	if !e.opts.redact {
		qs.Args = args
	}
	return qs
}

// Tracer sees every statement the client sends, in the shape of pgx's
// QueryTracer: QueryStart may return a context that QueryEnd receives.
type Tracer interface {
	QueryStart(ctx context.Context, q QueryStart) context.Context
	QueryEnd(ctx context.Context, q QueryEnd)
}

// QueryStart describes a statement about to be sent.
type QueryStart struct {
	Model     string // the model of the operation, "" for transactions
	Operation string // findMany, findUnique, create, include, ...
	SQL       string
	Args      []any // nil with WithRedactedArgs
}

// QueryEnd describes a statement that finished.
type QueryEnd struct {
	QueryStart
	Duration time.Duration
	Rows     int64 // rows returned or affected
	Err      error
}

// TraceFunc is a Tracer that is called when each statement ends. A slow
// query log:
//
//	client.WithTracer(client.TraceFunc(func(ctx context.Context, q client.QueryEnd) {
//		if q.Duration > 100*time.Millisecond { slog.Warn("slow query", "sql", q.SQL, "took", q.Duration) }
//	}))
type TraceFunc func(ctx context.Context, q QueryEnd)

// QueryStart implements Tracer.
func (TraceFunc) QueryStart(ctx context.Context, _ QueryStart) context.Context { return ctx }

// QueryEnd implements Tracer.
func (f TraceFunc) QueryEnd(ctx context.Context, q QueryEnd) { f(ctx, q) }

// builder accumulates SQL text and its parameters.
type builder struct {
	sb     strings.Builder
	args   []any
	aliasN int
}

func (b *builder) arg(v any) string {
	b.args = append(b.args, v)
	return placeholder(len(b.args))
}

func (b *builder) alias() string {
	b.aliasN++
	return "t" + strconv.Itoa(b.aliasN)
}

// IsolationLevel is a transaction isolation level.
type IsolationLevel string

// Isolation levels.
const (
	ReadUncommitted IsolationLevel = "read uncommitted"
	ReadCommitted   IsolationLevel = "read committed"
	RepeatableRead  IsolationLevel = "repeatable read"
	Serializable    IsolationLevel = "serializable"
)

// TxOptions are the options of an interactive transaction, as Prisma's:
// MaxWait bounds the wait for a connection (default 2 s), Timeout the whole
// transaction (default 5 s); past it the transaction is rolled back and Tx
// returns ErrTxTimeout (P2028). Isolation "" is the server's default.
type TxOptions struct {
	Isolation IsolationLevel
	Timeout   time.Duration
	MaxWait   time.Duration
}

// Prisma's interactive transaction defaults.
const (
	DefaultTxTimeout = 5 * time.Second
	DefaultTxMaxWait = 2 * time.Second
)

// Tx runs fn in a transaction: committed when fn returns nil, rolled back
// when it returns an error (returned as is) or panics. Inside a transaction
// it opens a savepoint instead.
func (e *Engine) Tx(ctx context.Context, opts TxOptions, fn func(tx *Engine) error) (err error) {
	e = e.bound(ctx) // inside a batch transaction (batch.go): a savepoint
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTxTimeout
	}
	if opts.MaxWait <= 0 {
		opts.MaxWait = DefaultTxMaxWait
	}
	var tx pgx.Tx
	var conn *pgxpool.Conn
	if e.tx != nil {
		tx, err = e.tx.Begin(ctx)
		if err != nil {
			return e.mapErr(op{name: "transaction"}, err)
		}
	} else {
		wctx, cancel := context.WithTimeout(ctx, opts.MaxWait)
		conn, err = e.pool.Acquire(wctx)
		cancel()
		if err != nil {
			if ctx.Err() == nil {
				return &PoolTimeout{Timeout: opts.MaxWait, Err: err}
			}
			return err
		}
		defer conn.Release()
	}
	tctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	if tx == nil {
		tx, err = conn.BeginTx(tctx, pgx.TxOptions{IsoLevel: pgx.TxIsoLevel(opts.Isolation)})
		if err != nil {
			return e.mapErr(op{name: "transaction"}, err)
		}
	}
	inner := &Engine{pool: e.pool, tx: tx, opts: e.opts, plans: e.plans}
	inner.opts.ownsPool = false
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback(context.WithoutCancel(ctx))
			panic(p)
		}
	}()
	if ferr := fn(inner); ferr != nil {
		_ = tx.Rollback(context.WithoutCancel(ctx))
		if tctx.Err() != nil && ctx.Err() == nil {
			return fmt.Errorf("%w: %w", ErrTxTimeout, ferr)
		}
		return ferr
	}
	if tctx.Err() != nil && ctx.Err() == nil {
		_ = tx.Rollback(context.WithoutCancel(ctx))
		return ErrTxTimeout
	}
	if err := tx.Commit(tctx); err != nil {
		return e.mapErr(op{name: "commit"}, err)
	}
	return nil
}

// RetryOptions tunes Retry.
type RetryOptions struct {
	Attempts int           // total tries, default 5
	Backoff  time.Duration // first wait, doubled after each try; default 10 ms
}

// Retry calls fn until it succeeds, fails with an error that is not a
// write conflict (serialization failure or deadlock, P2034), or the
// attempts are used up. fn is typically a whole transaction:
//
//	err := client.Retry(ctx, client.RetryOptions{}, func(ctx context.Context) error {
//		return c.Tx(ctx, func(tx *db.Client) error { ... }, client.TxOptions{Isolation: client.Serializable})
//	})
func Retry(ctx context.Context, opts RetryOptions, fn func(ctx context.Context) error) error {
	if opts.Attempts <= 0 {
		opts.Attempts = 5
	}
	if opts.Backoff <= 0 {
		opts.Backoff = 10 * time.Millisecond
	}
	wait := opts.Backoff
	var err error
	for i := 0; i < opts.Attempts; i++ {
		err = fn(ctx)
		if err == nil || !errors.Is(err, ErrWriteConflict) {
			return err
		}
		if i == opts.Attempts-1 {
			break
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return errors.Join(err, ctx.Err())
		case <-t.C:
		}
		wait *= 2
	}
	return err
}
