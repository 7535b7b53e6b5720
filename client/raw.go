package client

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"unicode"

	"github.com/jackc/pgx/v5"
)

// SQL is the text of a raw statement. Values never go into it: they are
// arguments, bound as $1, $2, ... by PostgreSQL, so they cannot change
// the statement. A string constant converts to SQL implicitly; a string
// variable needs an explicit SQL(s), which makes SQL built from data
// stand out in review (Prisma's $queryRawUnsafe).
type SQL string

// ExecuteRaw runs a statement and returns the number of rows it affected
// (Prisma's $executeRaw).
func (e *Engine) ExecuteRaw(ctx context.Context, query SQL, args ...any) (int64, error) {
	var n int64
	err := e.withConn(ctx, func(qr querier) error {
		var err error
		n, err = e.exec(ctx, qr, op{name: "executeRaw"}, string(query), args)
		return err
	})
	return n, err
}

// QueryRawModel runs a query and scans its rows into the model struct M
// through its codec (no reflection): result columns are matched to the
// model's columns by database name; other result columns are skipped, and
// fields without a column keep their zero value. Enum list columns must be
// cast to text[] in the query.
func QueryRawModel[M any, C Codec[M]](ctx context.Context, e *Engine, query SQL, args ...any) ([]M, error) {
	out := &rows[M, C]{}
	if err := queryRawModel(ctx, e, query, args, out); err != nil {
		return nil, err
	}
	if out.s == nil {
		out.s = []M{}
	}
	return out.s, nil
}

func queryRawModel(ctx context.Context, e *Engine, query SQL, args []any, out rowSet) error {
	m := out.model()
	return e.withConn(ctx, func(qr querier) error {
		return e.query(ctx, qr, op{m, "queryRaw"}, string(query), args, func(r pgx.Rows) (int64, error) {
			fds := r.FieldDescriptions()
			pos := make([]int, len(fds)) // result column -> model column, -1 skipped
			for i, fd := range fds {
				pos[i] = -1
				for j := range m.Columns {
					if m.Columns[j].Name == fd.Name {
						pos[i] = j
						break
					}
				}
			}
			all := make([]any, 0, len(m.Columns))
			dst := make([]any, len(fds))
			var n int64
			for r.Next() {
				all = out.add(all[:0])
				for i, p := range pos {
					if p < 0 {
						dst[i] = nil // pgx skips the column
					} else {
						dst[i] = all[p]
					}
				}
				if err := r.Scan(dst...); err != nil {
					return n, err
				}
				n++
			}
			return n, nil
		})
	})
}

// QueryRaw runs a query and scans its rows into T, any type the caller
// chooses (Prisma's $queryRaw). This one path uses reflection, since T is
// only known to the caller:
//
//   - a struct receives each result column in the exported field whose
//     `db:"name"` tag is the column's name, else whose name equals it
//     ignoring case and underscores (created_at fills CreatedAt); `db:"-"`
//     fields are left alone, unmatched columns are skipped;
//   - any other type (int64, string, a pointer for NULLs, ...) receives
//     the single column of each row.
//
// Fields take what pgx scans into them: pointers for nullable columns,
// time.Time, []byte, client.Decimal, and so on.
func QueryRaw[T any](ctx context.Context, e *Engine, query SQL, args ...any) ([]T, error) {
	out := []T{}
	typ := reflect.TypeFor[T]()
	isStruct := typ.Kind() == reflect.Struct && !scansItself(typ)
	err := e.withConn(ctx, func(qr querier) error {
		return e.query(ctx, qr, op{name: "queryRaw"}, string(query), args, func(r pgx.Rows) (int64, error) {
			fds := r.FieldDescriptions()
			var fields [][]int
			if isStruct {
				fields = make([][]int, len(fds))
				for i, fd := range fds {
					fields[i] = fieldFor(typ, fd.Name)
				}
			} else if len(fds) != 1 {
				return 0, fmt.Errorf("client.QueryRaw: %s is not a struct, so the query must return one column, not %d", typ, len(fds))
			}
			dst := make([]any, len(fds))
			var n int64
			for r.Next() {
				var zero T
				out = append(out, zero)
				v := reflect.ValueOf(&out[len(out)-1]).Elem()
				if !isStruct {
					dst[0] = v.Addr().Interface()
				} else {
					for i, f := range fields {
						if f == nil {
							dst[i] = nil
						} else {
							dst[i] = v.FieldByIndex(f).Addr().Interface()
						}
					}
				}
				if err := r.Scan(dst...); err != nil {
					return n, err
				}
				n++
			}
			return n, nil
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// scansItself reports whether a struct type is a value pgx scans whole
// (time.Time, pgtype values) rather than a row to map by fields.
func scansItself(t reflect.Type) bool {
	return t.PkgPath() == "time" || strings.HasSuffix(t.PkgPath(), "/pgtype") || reflect.PointerTo(t).Implements(scannerType)
}

var scannerType = reflect.TypeFor[interface{ Scan(src any) error }]()

// fieldFor is the index of the field of struct t that receives column
// name, or nil.
func fieldFor(t reflect.Type, name string) []int {
	var loose []int
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag, hasTag := f.Tag.Lookup("db")
		tag, _, _ = strings.Cut(tag, ",")
		if tag == "-" {
			continue
		}
		if hasTag && tag != "" {
			if tag == name {
				return f.Index
			}
			continue
		}
		if loose == nil && foldName(f.Name) == foldName(name) {
			loose = f.Index
		}
	}
	return loose
}

// foldName lowers s and drops underscores: created_at and CreatedAt agree.
func foldName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r != '_' {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
