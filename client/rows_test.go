package client

import (
	"slices"
	"testing"
)

// pair is a two-column row for the rowSet tests, with its codec.
type pair struct {
	ID   int
	Name string
}

type pairCodec struct{}

var pairModel = NewModel(ModelSpec{Name: "Pair", Table: "pair", Columns: []Column{{Name: "id", Field: "id"}, {Name: "name", Field: "name"}}})

func (*pairCodec) Model() *Model { return pairModel }

func (*pairCodec) Scan(m *pair, dst []any) []any { return append(dst, &m.ID, &m.Name) }

func (*pairCodec) Key(m *pair, col int) any {
	if col == 0 {
		return m.ID
	}
	return m.Name
}

// fill adds rows with ids 0..n-1 to s through its scan targets, as the
// scanning loop does.
func fill(t *testing.T, s rowSet, n int) {
	t.Helper()
	var dst []any
	for i := range n {
		dst = s.add(dst[:0])
		*dst[0].(*int) = i
		*dst[1].(*string) = "n" + string(rune('a'+i%26))
	}
}

func ids(t *testing.T, s rowSet) []int {
	t.Helper()
	out := make([]int, s.len())
	for i := range out {
		out[i] = s.key(i, 0).(int)
	}
	return out
}

// TestChunkedAcrossBlocks fills a chunked set over the first block and
// several full blocks and reads it back by index, gathered and reversed:
// the related rows of an include go through it.
func TestChunkedAcrossBlocks(t *testing.T) {
	for _, n := range []int{0, 1, firstChunk, firstChunk + 1, firstChunk + chunkSize, firstChunk + 2*chunkSize + 7} {
		proto := &rows[pair, *pairCodec]{}
		c := newChunked(proto)
		fill(t, c, n)
		want := make([]int, n)
		for i := range want {
			want[i] = i
		}
		if got := ids(t, c); !slices.Equal(got, want) || c.len() != n {
			t.Fatalf("n=%d: rows %v, len %d", n, got, c.len())
		}
		if n > 0 {
			if dst := c.targets(n-1, nil); *dst[0].(*int) != n-1 {
				t.Errorf("n=%d: targets of the last row point at id %d", n, *dst[0].(*int))
			}
		}
		// gather: every third row, backwards, into one rows.
		var idx []int32
		var wantG []int
		for i := n - 1; i >= 0; i -= 3 {
			idx = append(idx, int32(i))
			wantG = append(wantG, i)
		}
		g := c.gather(idx)
		if _, ok := g.(*rows[pair, *pairCodec]); !ok {
			t.Fatalf("gather gave %T, want a rows", g)
		}
		if got := ids(t, g); !slices.Equal(got, wantG) {
			t.Errorf("n=%d: gather %v, want %v", n, got, wantG)
		}
		c.reverse()
		slices.Reverse(want)
		if got := ids(t, c); !slices.Equal(got, want) {
			t.Errorf("n=%d: reversed %v", n, got)
		}
		// A set reversed still takes rows.
		fill(t, c, 2)
		if got := ids(t, c); c.len() != n+2 || got[n] != 0 || got[n+1] != 1 {
			t.Errorf("n=%d: after reverse and two adds: %v", n, got)
		}
		if c.model() != pairModel || c.empty(3).len() != 0 {
			t.Errorf("n=%d: model or empty wrong", n)
		}
	}
}

// TestReadKinds checks which columns are read through a conversion; a
// timestamp with time zone spelled out is not a timetz.
func TestReadKinds(t *testing.T) {
	tests := []struct {
		c    Column
		want readKind
	}{
		{Column{Type: TDateTime, DBType: "TIMETZ(3)"}, readTimetz},
		{Column{Type: TDateTime, DBType: "TIME(6) WITH TIME ZONE"}, readTimetz},
		{Column{Type: TDateTime, DBType: "TIMESTAMP(3) WITH TIME ZONE"}, readAsIs},
		{Column{Type: TDateTime, DBType: "TIMESTAMPTZ(6)"}, readAsIs},
		{Column{Type: TDateTime, DBType: "TIME(3)"}, readAsIs},
		{Column{Type: TString, DBType: "INET"}, readInet},
		{Column{Type: TString, DBType: "BIT(3)"}, readText},
		{Column{Type: TString, DBType: "VARBIT(5)"}, readText},
		{Column{Type: TString, DBType: "TEXT"}, readAsIs},
		{Column{Type: TInt, DBType: "OID"}, readInt8},
		{Column{Type: TInt, DBType: "INTEGER"}, readAsIs},
		{Column{Type: TDecimal, DBType: "DECIMAL(65,30)"}, readText},
		{Column{Type: TEnum, DBType: `"Role"`, List: true}, readText},
		{Column{Type: TEnum, DBType: `"Role"`}, readAsIs},
	}
	for _, tt := range tests {
		if got := readKindOf(&tt.c); got != tt.want {
			t.Errorf("%v %s list=%v: read kind %d, want %d", tt.c.Type, tt.c.DBType, tt.c.List, got, tt.want)
		}
	}
}
