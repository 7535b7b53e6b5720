package client_test

import (
	"slices"
	"testing"
	"time"

	"github.com/stratadb/strata/client"
	db "github.com/stratadb/strata/client/internal/blogdb"
)

// TestNativeTypesReadBack writes and reads the native types that pgx
// decodes into something else than the field's Go type (bit, varbit,
// inet, oid, timetz: found by the corpus smoke test), through every read
// path: RETURNING, findUnique, findMany with select, aggregates and
// filters. Times of day come back on 1970-01-01 in UTC, as Prisma reads
// them; inet as PostgreSQL prints it (no /32 or /128 for a host).
func TestNativeTypesReadBack(t *testing.T) {
	c, _, _ := newDB(t)
	at := time.Date(2026, 11, 23, 18, 33, 48, 65e6, time.FixedZone("UTC+2", 2*3600))
	want := db.Gadget{
		Bit: "101", Varbit: client.Ptr("11"), Inet: "::1", Inets: []string{"10.0.0.1", "10.0.0.0/8"},
		Oid: 4000000000, Timetz: time.Date(1970, 1, 1, 16, 33, 48, 65e6, time.UTC),
		Tzs: []time.Time{time.Date(1970, 1, 1, 16, 33, 48, 65e6, time.UTC), time.Date(1970, 1, 1, 17, 33, 48, 65e6, time.UTC)},
	}
	same := func(where string, got *db.Gadget) {
		t.Helper()
		if got == nil {
			t.Fatalf("%s: no row", where)
		}
		if got.Bit != want.Bit || *got.Varbit != *want.Varbit || got.Inet != want.Inet || !slices.Equal(got.Inets, want.Inets) ||
			got.Oid != want.Oid || !got.Timetz.Equal(want.Timetz) || got.Timetz.Location() != time.UTC || len(got.Tzs) != 2 ||
			!got.Tzs[0].Equal(want.Tzs[0]) || !got.Tzs[1].Equal(want.Tzs[1]) {
			t.Errorf("%s: got %+v\nwant %+v", where, *got, want)
		}
	}
	g, err := c.Gadget.Create(ctx, db.GadgetCreate{Data: db.GadgetCreateInput{
		Bit: "101", Varbit: client.Ptr("11"), Inet: "::1", Inets: []string{"10.0.0.1", "10.0.0.0/8"},
		Oid: 4000000000, Timetz: at, Tzs: []time.Time{at, at.Add(time.Hour)},
	}})
	if err != nil {
		t.Fatal(err)
	}
	same("create", g)
	got, err := c.Gadget.FindUnique(ctx, db.GadgetFindUnique{Where: db.GadgetWhereUnique{ID: &g.ID}})
	if err != nil {
		t.Fatal(err)
	}
	same("findUnique", got)
	sel, err := c.Gadget.FindMany(ctx, db.GadgetFindMany{Select: &db.GadgetSelect{Inet: true, Oid: true, Timetz: true}})
	if err != nil || len(sel) != 1 || sel[0].Inet != "::1" || sel[0].Oid != want.Oid || !sel[0].Timetz.Equal(want.Timetz) {
		t.Errorf("findMany with select: %+v, %v", sel, err)
	}
	found, err := c.Gadget.FindFirst(ctx, db.GadgetFindFirst{Where: db.GadgetWhere{Inet: client.StringFilter{Equals: client.Ptr("::1")}, Oid: client.IntFilter{Gt: client.Ptr(3000000000)}}})
	if err != nil {
		t.Fatal(err)
	}
	same("findFirst by inet and oid", found)
	agg, err := c.Gadget.Aggregate(ctx, db.GadgetAggregate{GadgetAggregateFields: db.GadgetAggregateFields{
		Min: &db.GadgetMinMaxAggregate{Bit: true, Inet: true, Oid: true, Timetz: true},
		Max: &db.GadgetMinMaxAggregate{Varbit: true, Inet: true, Oid: true, Timetz: true},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if m := agg.Min; *m.Bit != "101" || *m.Inet != "::1" || *m.Oid != want.Oid || !m.Timetz.Equal(want.Timetz) ||
		*agg.Max.Varbit != "11" || *agg.Max.Inet != "::1" || *agg.Max.Oid != want.Oid || !agg.Max.Timetz.Equal(want.Timetz) {
		t.Errorf("aggregates: min %+v max %+v", agg.Min, agg.Max)
	}
	// Many rows go through COPY unless a column needs a conversion: these
	// go as INSERTs, and read back the same.
	rows := make([]db.GadgetCreateInput, client.CopyThreshold)
	for i := range rows {
		rows[i] = db.GadgetCreateInput{Bit: "111", Inet: "192.168.0.1/24", Oid: i, Timetz: at}
	}
	if n, err := c.Gadget.CreateMany(ctx, db.GadgetCreateMany{Data: rows}); err != nil || n != int64(len(rows)) {
		t.Fatalf("createMany: %d, %v", n, err)
	}
	if n, err := c.Gadget.Count(ctx, db.GadgetCount{Where: db.GadgetWhere{Inet: client.StringFilter{Equals: client.Ptr("192.168.0.1/24")}}}); err != nil || n != int64(len(rows)) {
		t.Errorf("count by inet: %d, %v", n, err)
	}
}
