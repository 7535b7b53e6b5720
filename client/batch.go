package client

import (
	"context"
	"fmt"
	"time"
)

// This file is the batch transaction, Prisma's $transaction([...]): a list
// of operations run in order in one transaction, all or nothing, without
// writing a callback.

// Step is one operation of a batch transaction, made by Do or StepFunc.
type Step interface {
	run(ctx context.Context) error
}

// Do makes a step that calls f with args and stores its result in out
// (when out is not nil) as soon as the step succeeds. f is usually a method value of the generated client,
// so the step reads like the call it stands for:
//
//	var posts []db.Post
//	var n int64
//	err := c.Batch(ctx, []client.Step{
//		client.Do(&posts, c.Post.FindMany, db.PostFindMany{Take: client.Ptr(10)}),
//		client.Do(&n, c.User.Count, db.UserCount{}),
//	})
func Do[A, R any](out *R, f func(context.Context, A) (R, error), args A) Step {
	return &doStep[A, R]{out: out, f: f, args: args}
}

type doStep[A, R any] struct {
	out  *R
	f    func(context.Context, A) (R, error)
	args A
}

func (s *doStep[A, R]) run(ctx context.Context) error {
	v, err := s.f(ctx, s.args)
	if err != nil {
		return err
	}
	if s.out != nil {
		*s.out = v
	}
	return nil
}

// StepFunc is a step that runs any function: raw statements, or several
// operations that belong together.
type StepFunc func(ctx context.Context) error

func (f StepFunc) run(ctx context.Context) error { return f(ctx) }

// batchKey binds an engine to the transaction of the batch running on it:
// a step's method value belongs to the engine that made the client, and
// finds the batch's transaction in the context it is called with.
type batchKey struct{ e *Engine }

// bound returns the engine a statement runs on: the batch transaction when
// ctx carries one for e, else e itself.
func (e *Engine) bound(ctx context.Context) *Engine {
	if tx, ok := ctx.Value(batchKey{e}).(*Engine); ok {
		return tx
	}
	return e
}

// noTimeLimit stands for "no limit" where a duration is needed: about a
// century, far from overflowing a deadline.
const noTimeLimit = 100 * 365 * 24 * time.Hour

// Batch runs steps in order in one transaction: it commits when every step
// succeeds and rolls back at the first error, returned wrapped with the
// step's position (errors.Is and errors.As see through it). Results are
// stored as each step succeeds; after an error, the steps that ran keep
// theirs, but nothing they wrote is committed.
//
// A step runs inside the batch when it calls a client made from this
// engine (its methods find the transaction in the step's context); a
// client made from another engine runs outside it. opts.Isolation sets the
// isolation level, opts.MaxWait the wait for a connection (default 2 s);
// unlike Tx, a batch has no time limit unless opts.Timeout is set, as
// Prisma's batch transactions.
func (e *Engine) Batch(ctx context.Context, opts TxOptions, steps ...Step) error {
	if len(steps) == 0 {
		return nil
	}
	if opts.Timeout <= 0 {
		opts.Timeout = noTimeLimit
	} else {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	return e.Tx(ctx, opts, func(tx *Engine) error {
		bctx := context.WithValue(ctx, batchKey{e}, tx)
		for i, s := range steps {
			if s == nil {
				return fmt.Errorf("batch step %d of %d is nil", i+1, len(steps))
			}
			if err := s.run(bctx); err != nil {
				return fmt.Errorf("batch step %d of %d: %w", i+1, len(steps), err)
			}
		}
		return nil
	})
}
