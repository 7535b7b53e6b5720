package migrate

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/stratadb/strata/postgres"
)

// DataLossTimeout bounds the counting queries of CountDataLoss, as Prisma
// bounds its destructive change checks: when it runs out, the warnings not
// counted yet keep their uncounted wording.
const DataLossTimeout = 60 * time.Second

// CountDataLoss words the warnings of a migration (from Diff) for the
// database it is about to run on, as Prisma's evaluateDataLoss and db push
// do: it counts the rows of the tables and the non-null values of the
// columns concerned, drops the warnings that cannot happen (an empty table,
// a column holding only NULLs), rewrites the others with the counts
// ("You are about to drop the column `x` on the `t` table, which still
// contains 3 non-null values.") and fills Rows and Values.
//
// Steps that cannot run on the data at hand are marked Unexecutable with
// Prisma's wording ("Added the required column `x` to the `t` table without
// a default value. There are 2 rows in this table, it is not possible to
// execute this step."). Beyond Prisma, an added unique index is checked for
// duplicate values: none drops the warning, some make it Unexecutable with
// Duplicates set.
//
// The input is not modified. Warnings that cannot be counted (a table
// missing, DataLossTimeout reached) keep Diff's uncounted text. conn is
// a connection (or pool) to the target database; the queries only read.
func CountDataLoss(ctx context.Context, conn postgres.Querier, warnings []Warning) ([]Warning, error) {
	if len(warnings) == 0 {
		return nil, nil
	}
	ctx, cancel := context.WithTimeout(ctx, DataLossTimeout)
	defer cancel()
	c := &counter{conn: conn, rows: map[string]int64{}, values: map[string]int64{}}
	out := make([]Warning, 0, len(warnings))
	for _, w := range warnings {
		w.Columns = append([]string(nil), w.Columns...)
		w.Values = append([]string(nil), w.Values...)
		keep, err := c.evaluate(ctx, &w)
		if err != nil {
			if ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
				c.expired = true
				keep = true
			} else {
				return nil, err
			}
		}
		if keep {
			out = append(out, w)
		}
	}
	return out, nil
}

// HasUnexecutable reports whether any warning is a step that cannot run.
func HasUnexecutable(warnings []Warning) bool {
	for _, w := range warnings {
		if w.Unexecutable {
			return true
		}
	}
	return false
}

// Messages returns the warnings' messages, in order: the form
// postgres.Renderer writes into a migration's header.
func Messages(warnings []Warning) []string {
	out := make([]string, len(warnings))
	for i, w := range warnings {
		out[i] = w.Message
	}
	return out
}

type counter struct {
	conn    postgres.Querier
	expired bool
	rows    map[string]int64 // by qualified table
	values  map[string]int64 // by qualified table + column
}

func qualified(ns, table string) string {
	if ns == "" {
		return postgres.QuoteIdent(table)
	}
	return postgres.QuoteIdent(ns) + "." + postgres.QuoteIdent(table)
}

// count returns the rows of the table and, when column is set, the
// non-null values in it; ok is false when they cannot be counted.
func (c *counter) count(ctx context.Context, ns, table, column string) (rows, values int64, ok bool, err error) {
	if c.expired {
		return 0, 0, false, nil
	}
	t := qualified(ns, table)
	r, haveRows := c.rows[t]
	if column == "" && haveRows {
		return r, 0, true, nil
	}
	key := t + "." + postgres.QuoteIdent(column)
	if v, haveValues := c.values[key]; haveRows && haveValues {
		return r, v, true, nil
	}
	sql := "SELECT count(*) FROM " + t
	if column != "" {
		sql = "SELECT count(*), count(" + postgres.QuoteIdent(column) + ") FROM " + t
	}
	var dest []any
	dest = append(dest, &r)
	var v int64
	if column != "" {
		dest = append(dest, &v)
	}
	if err := queryRow(ctx, c.conn, sql, dest...); err != nil {
		if ctx.Err() != nil {
			return 0, 0, false, err
		}
		return 0, 0, false, nil // a missing table or column: not countable
	}
	c.rows[t] = r
	if column != "" {
		c.values[key] = v
	}
	return r, v, true, nil
}

// duplicates counts the values of the columns that occur more than once
// (rows with a NULL in one of the columns never clash).
func (c *counter) duplicates(ctx context.Context, ns, table string, columns []string) (int64, bool, error) {
	if c.expired || len(columns) == 0 {
		return 0, false, nil
	}
	cols := make([]string, len(columns))
	var notNull []string
	for i, col := range columns {
		cols[i] = postgres.QuoteIdent(col)
		notNull = append(notNull, cols[i]+" IS NOT NULL")
	}
	list := strings.Join(cols, ", ")
	sql := fmt.Sprintf("SELECT coalesce(sum(n), 0)::bigint FROM (SELECT count(*) AS n FROM %s WHERE %s GROUP BY %s HAVING count(*) > 1) d",
		qualified(ns, table), strings.Join(notNull, " AND "), list)
	var n int64
	if err := queryRow(ctx, c.conn, sql, &n); err != nil {
		if ctx.Err() != nil {
			return 0, false, err
		}
		return 0, false, nil
	}
	return n, true, nil
}

func queryRow(ctx context.Context, q postgres.Querier, sql string, dest ...any) error {
	rows, err := q.Query(ctx, sql)
	if err != nil {
		return err
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return err
		}
		return pgx.ErrNoRows
	}
	if err := rows.Scan(dest...); err != nil {
		return err
	}
	rows.Close()
	return rows.Err()
}

// evaluate counts what w needs and rewords it; keep is false when the
// warning cannot happen on this data. The rules and texts are Prisma's
// (its warning and unexecutable step checks).
func (c *counter) evaluate(ctx context.Context, w *Warning) (keep bool, err error) {
	col, tbl := w.Column, w.Table
	switch w.Kind {
	case DroppedTable, PrimaryKeyChanged, RequiredColumnAdded, RecreatedRequiredColumn:
		rows, _, ok, err := c.count(ctx, w.Namespace, tbl, "")
		if err != nil || !ok {
			return true, err
		}
		w.Rows, w.Counted = rows, true
		if rows == 0 {
			return false, nil
		}
		switch w.Kind {
		case DroppedTable:
			w.Message = fmt.Sprintf("You are about to drop the `%s` table, which is not empty (%d rows).", tbl, rows)
		case RequiredColumnAdded:
			w.Message = fmt.Sprintf("Added the required column `%s` to the `%s` table without a default value. There are %d rows in this table, it is not possible to execute this step.", col, tbl, rows)
		case RecreatedRequiredColumn:
			w.Message = fmt.Sprintf("Changed the type of `%s` on the `%s` table. No cast exists, the column would be dropped and recreated, which cannot be done since the column is required and there is data in the table.", col, tbl)
		}
		return true, nil
	case DroppedColumn, RiskyCast, RecreatedColumn, MadeRequired, ScalarToList:
		rows, values, ok, err := c.count(ctx, w.Namespace, tbl, col)
		if err != nil || !ok {
			return true, err
		}
		w.Rows, w.NonNull, w.Counted = rows, values, true
		if rows == 0 {
			return false, nil
		}
		switch w.Kind {
		case DroppedColumn:
			if values == 0 {
				return false, nil
			}
			w.Message = fmt.Sprintf("You are about to drop the column `%s` on the `%s` table, which still contains %d non-null values.", col, tbl, values)
		case RiskyCast:
			if values == 0 {
				return false, nil
			}
			w.Message = fmt.Sprintf("You are about to alter the column `%s` on the `%s` table, which contains %d non-null values. The data in that column will be cast from `%s` to `%s`.", col, tbl, values, w.FromType, w.ToType)
		case RecreatedColumn:
			if values == 0 {
				return false, nil
			}
			w.Message = fmt.Sprintf("The `%s` column on the `%s` table would be dropped and recreated. This will lead to data loss.", col, tbl)
		case MadeRequired:
			nulls := rows - values
			if nulls == 0 {
				return false, nil
			}
			w.Message = fmt.Sprintf("Made the column `%s` on table `%s` required, but there are %d existing NULL values.", col, tbl, nulls)
		case ScalarToList:
			if values == 0 {
				return false, nil
			}
			w.Message = fmt.Sprintf("Changed the column `%s` on the `%s` table from a scalar field to a list field. There are %d existing non-null values in that column, this step cannot be executed.", col, tbl, values)
		}
		return true, nil
	case UniqueAdded:
		n, ok, err := c.duplicates(ctx, w.Namespace, tbl, w.Columns)
		if err != nil || !ok {
			return true, err
		}
		w.Duplicates, w.Counted = n, true
		if n == 0 {
			return false, nil
		}
		w.Unexecutable = true
		w.Message = fmt.Sprintf("A unique constraint covering the columns `[%s]` on the table `%s` will be added, but %d rows hold duplicate values. This step cannot be executed.", strings.Join(w.Columns, ","), tbl, n)
		return true, nil
	}
	return true, nil
}
