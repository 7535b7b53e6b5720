// Command neuron-meet runs the Neuron Meet example app (package neuronmeet)
// against the database at DATABASE_URL, migrated with
// `strata migrate dev` (or deploy) from examples/neuron-meet/prisma, and
// prints what it did. With -trace it also prints every SQL statement the
// client sends, with its duration and row count.
//
//	DATABASE_URL=$(strata dev url) go run ./examples/neuron-meet/cmd/neuron-meet
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"github.com/stratadb/strata/client"
	neuronmeet "github.com/stratadb/strata/examples/neuron-meet"
	"github.com/stratadb/strata/examples/neuron-meet/db"
)

func main() {
	trace := flag.Bool("trace", false, "print every SQL statement the client sends")
	flag.Parse()
	if err := run(context.Background(), os.Getenv("DATABASE_URL"), *trace, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "neuron-meet:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, url string, trace bool, stdout, stderr io.Writer) error {
	if url == "" {
		return errors.New("set DATABASE_URL (for the local database: export DATABASE_URL=$(strata dev url))")
	}
	var statements atomic.Int64
	var took atomic.Int64
	tracer := client.TraceFunc(func(_ context.Context, q client.QueryEnd) {
		statements.Add(1)
		took.Add(int64(q.Duration))
		if trace {
			fmt.Fprintf(stderr, "-- %s.%s, %d rows in %v\n%s\n", q.Model, q.Operation, q.Rows, q.Duration.Round(time.Microsecond), strings.TrimSpace(q.SQL))
		}
	})
	c, err := db.Open(ctx, url, client.WithTracer(tracer), client.WithRedactedArgs())
	if err != nil {
		return err
	}
	defer c.Close()
	if err := neuronmeet.Run(ctx, c, stdout); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "the client sent %d statements, %v in the database\n", statements.Load(), time.Duration(took.Load()).Round(time.Millisecond))
	return nil
}
