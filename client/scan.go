package client

import (
	"reflect"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
)

// Scan plans.
//
// pgx plans how to decode each column into its destination once per
// result set. For the destinations of generated structs (pointers to
// pointers, time.Time, json.RawMessage, enum slices, ...) planning costs
// about a dozen allocations per statement, more than decoding a row. The
// runtime keeps the plans of each result shape per connection type map
// (a connection is used by one goroutine at a time, so are its plans) and
// decodes rows with them.

// planCache holds the scan plans of the result shapes seen, per pgx type
// map (one per connection).
type planCache struct {
	mu     sync.RWMutex
	shapes map[planKey][]*planEntry
}

// maxPlanShapes bounds the cache; past it the cache starts again (type
// maps of closed connections are dropped that way).
const maxPlanShapes = 4096

type planKey struct {
	tm   *pgtype.Map
	n    int
	hash uint64
}

type planEntry struct {
	oids    []uint32
	formats []int16
	types   []reflect.Type
	plans   []pgtype.ScanPlan
}

func newPlanCache() *planCache {
	return &planCache{shapes: map[planKey][]*planEntry{}}
}

func (e *planEntry) matches(fds []pgconn.FieldDescription, dest []any) bool {
	for i := range fds {
		if e.oids[i] != fds[i].DataTypeOID || e.formats[i] != fds[i].Format || e.types[i] != reflect.TypeOf(dest[i]) {
			return false
		}
	}
	return true
}

func shapeHash(fds []pgconn.FieldDescription) uint64 {
	h := uint64(14695981039346656037)
	for i := range fds {
		h ^= uint64(fds[i].DataTypeOID)<<2 | uint64(fds[i].Format&3)
		h *= 1099511628211
	}
	return h
}

// lookup returns the plans for the result shape fds scanned into dest,
// planning and remembering them the first time.
func (c *planCache) lookup(tm *pgtype.Map, fds []pgconn.FieldDescription, dest []any) *planEntry {
	k := planKey{tm: tm, n: len(fds), hash: shapeHash(fds)}
	c.mu.RLock()
	for _, e := range c.shapes[k] {
		if e.matches(fds, dest) {
			c.mu.RUnlock()
			return e
		}
	}
	c.mu.RUnlock()
	e := &planEntry{
		oids:    make([]uint32, len(fds)),
		formats: make([]int16, len(fds)),
		types:   make([]reflect.Type, len(fds)),
		plans:   make([]pgtype.ScanPlan, len(fds)),
	}
	for i := range fds {
		e.oids[i], e.formats[i], e.types[i] = fds[i].DataTypeOID, fds[i].Format, reflect.TypeOf(dest[i])
		e.plans[i] = tm.PlanScan(fds[i].DataTypeOID, fds[i].Format, dest[i])
	}
	c.mu.Lock()
	if len(c.shapes) >= maxPlanShapes {
		c.shapes = map[planKey][]*planEntry{}
	}
	c.shapes[k] = append(c.shapes[k], e)
	c.mu.Unlock()
	return e
}

// planRows is pgx.Rows whose Scan decodes with the cached plans.
type planRows struct {
	pgx.Rows
	cache *planCache
	plan  *planEntry
}

// Scan decodes the current row into dest with the cached plans; a
// destination of another type than the plans were made for (or a single
// pgx.RowScanner) goes through pgx's own Scan. A nil destination skips
// its column, as in pgx.
func (r *planRows) Scan(dest ...any) error {
	fds := r.Rows.FieldDescriptions()
	if len(dest) != len(fds) || len(dest) == 1 {
		return r.Rows.Scan(dest...)
	}
	if r.plan == nil {
		conn := r.Rows.Conn()
		if conn == nil {
			return r.Rows.Scan(dest...)
		}
		r.plan = r.cache.lookup(conn.TypeMap(), fds, dest)
	}
	p := r.plan
	for i := range dest {
		if dest[i] != nil && reflect.TypeOf(dest[i]) != p.types[i] {
			return r.Rows.Scan(dest...)
		}
	}
	raw := r.Rows.RawValues()
	for i, dst := range dest {
		if dst == nil {
			continue // as pgx: a nil destination skips the column
		}
		if err := p.plans[i].Scan(raw[i], dst); err != nil {
			return pgx.ScanArgError{ColumnIndex: i, FieldName: fds[i].Name, Err: err}
		}
	}
	return nil
}

// wrapRows returns rows decoding with the engine's cached scan plans.
func (e *Engine) wrapRows(rows pgx.Rows) pgx.Rows {
	if e.plans == nil {
		return rows
	}
	return &planRows{Rows: rows, cache: e.plans}
}
