package client

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestGenerateIDFormats(t *testing.T) {
	tests := []struct {
		f    DefaultFunc
		arg  int
		want *regexp.Regexp
	}{
		{DefaultCUID, 0, regexp.MustCompile(`^c[0-9a-z]{24}$`)},
		{DefaultCUID2, 0, regexp.MustCompile(`^[a-z][0-9a-z]{23}$`)},
		{DefaultUUID4, 0, regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)},
		{DefaultUUID7, 0, regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)},
		{DefaultNanoID, 0, regexp.MustCompile(`^[A-Za-z0-9_-]{21}$`)},
		{DefaultNanoID, 10, regexp.MustCompile(`^[A-Za-z0-9_-]{10}$`)},
		{DefaultNanoID, 100, regexp.MustCompile(`^[A-Za-z0-9_-]{100}$`)},
		{DefaultULID, 0, regexp.MustCompile(`^[0-7][0-9A-HJKMNP-TV-Z]{25}$`)},
	}
	for _, tt := range tests {
		seen := map[string]bool{}
		for i := 0; i < 200; i++ {
			id, err := GenerateID(tt.f, tt.arg)
			if err != nil {
				t.Fatal(err)
			}
			if !tt.want.MatchString(id) {
				t.Fatalf("default %d(%d): %q does not match %s", tt.f, tt.arg, id, tt.want)
			}
			if seen[id] {
				t.Fatalf("default %d(%d): %q twice", tt.f, tt.arg, id)
			}
			seen[id] = true
		}
	}
	if _, err := GenerateID(NoDefault, 0); err == nil {
		t.Error("NoDefault generated an id")
	}
}

// TestCUIDLayout checks the parts of a cuid against what they encode:
// the time in ms and the fingerprint, as the string-built version wrote.
func TestCUIDLayout(t *testing.T) {
	before := time.Now().UnixMilli()
	id := cuid()
	after := time.Now().UnixMilli()
	ms, err := strconv.ParseInt(id[1:9], 36, 64)
	if err != nil {
		t.Fatal(err)
	}
	if ms < before || ms > after {
		t.Errorf("time part %d outside [%d, %d]", ms, before, after)
	}
	if id[13:17] != fingerprint() {
		t.Errorf("fingerprint part %q, want %q", id[13:17], fingerprint())
	}
	a, b := cuid(), cuid()
	ca, _ := strconv.ParseInt(a[9:13], 36, 64)
	cb, _ := strconv.ParseInt(b[9:13], 36, 64)
	if (ca+1)%(36*36*36*36) != cb {
		t.Errorf("counter does not count: %q then %q", a, b)
	}
}

func TestPutBase36(t *testing.T) {
	for _, v := range []uint64{0, 1, 35, 36, 1295, 1296, 1<<32 - 1, 1<<63 + 12345} {
		for _, n := range []int{1, 2, 4, 8, 13} {
			b := make([]byte, n)
			putBase36(b, v)
			if want := pad(strconv.FormatUint(v, 36), n); string(b) != want {
				t.Errorf("putBase36(%d) in %d = %q, want %q", v, n, b, want)
			}
		}
	}
}

// TestULIDTime decodes the time part back, and checks ULIDs of later
// milliseconds sort after earlier ones.
func TestULIDTime(t *testing.T) {
	at := time.UnixMilli(1_700_000_000_123)
	id := ulid(at)
	var ms uint64
	for _, c := range id[:10] {
		ms = ms<<5 | uint64(strings.IndexRune(crockford, c))
	}
	if int64(ms) != at.UnixMilli() {
		t.Errorf("time part %d, want %d", ms, at.UnixMilli())
	}
	if next := ulid(at.Add(time.Millisecond)); next <= id {
		t.Errorf("%q sorts before %q", next, id)
	}
}

func BenchmarkGenerateID(b *testing.B) {
	for _, f := range []struct {
		name string
		f    DefaultFunc
	}{{"cuid", DefaultCUID}, {"cuid2", DefaultCUID2}, {"uuid4", DefaultUUID4}, {"uuid7", DefaultUUID7}, {"nanoid", DefaultNanoID}, {"ulid", DefaultULID}} {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := GenerateID(f.f, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
