package client

import (
	"testing"
	"time"
)

// TestNewInsertsRowsAreIndependent checks that the rows of NewInserts,
// which share two backing arrays, never write into each other, also
// when a row is given more columns than it has room for.
func TestNewInsertsRowsAreIndependent(t *testing.T) {
	rows := NewInserts(3, 2)
	rows[0].Set(0, "a0")
	rows[0].Set(1, "a1")
	rows[0].Set(2, "a2") // beyond k: must reallocate row 0 only
	rows[1].Set(1, "b1")
	rows[2].Set(0, "c0")
	rows[2].Set(0, "c0'") // a second Set of a column replaces it
	want := []map[int]any{{0: "a0", 1: "a1", 2: "a2"}, {1: "b1"}, {0: "c0'"}}
	for i, w := range want {
		if len(rows[i].cols) != len(w) {
			t.Fatalf("row %d has columns %v, want %d columns", i, rows[i].cols, len(w))
		}
		for c, v := range w {
			if got, ok := rows[i].get(c); !ok || got != v {
				t.Errorf("row %d column %d = %v (set %v), want %v", i, c, got, ok, v)
			}
		}
	}
}

// TestSetStoresUTC checks that Set stores times in UTC (the database
// columns are timestamps without time zone, as Prisma's), and that the
// defaults of a batch share the request time.
func TestSetStoresUTC(t *testing.T) {
	loc := time.FixedZone("UTC+2", 2*3600)
	in := NewInsert(1)
	in.Set(0, time.Date(2026, 1, 2, 3, 4, 5, 0, loc))
	v, _ := in.get(0)
	if got := v.(time.Time); got.Location() != time.UTC || got.Hour() != 1 {
		t.Errorf("Set stored %v, want 01:04:05 UTC", got)
	}
	m := NewModel(ModelSpec{Name: "M", Table: "m", Columns: []Column{{Name: "created_at", Field: "createdAt", Default: DefaultNow}, {Name: "updated_at", Field: "updatedAt", UpdatedAt: true}}})
	var now any = now()
	rows := NewInserts(2, 2)
	for i := range rows {
		if err := fillDefaults(m, &rows[i], now); err != nil {
			t.Fatal(err)
		}
	}
	for i := range rows {
		for c := range 2 {
			if v, ok := rows[i].get(c); !ok || v != now {
				t.Errorf("row %d column %d = %v, want the request time %v", i, c, v, now)
			}
		}
	}
}
