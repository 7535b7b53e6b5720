package gen_test

import (
	"strings"
	"testing"

	"github.com/stratadb/strata/gen"
)

// TestSelfManyToManySides pins which join-table column each field of an
// implicit many-to-many self-relation reads, as Prisma 7's client does.
// Recorded with the real Prisma 7 client on testdata/selfmn/animal.prisma:
// after Salmon(7) eats Plankton(8) and Bear(9) eats Salmon, "_FoodChain"
// holds (A=8, B=7) and (A=7, B=9), and Salmon's eats is [Plankton], its
// eatenBy [Bear]. So the field whose name sorts first (eatenBy) finds its
// row in A and its related rows in B; the other field the reverse.
func TestSelfManyToManySides(t *testing.T) {
	s := loadSchema(t, "testdata/selfmn/animal.prisma")
	out, err := gen.Generate(s, "db")
	if err != nil {
		t.Fatal(err)
	}
	var src string
	for name, b := range out {
		if strings.Contains(string(b), "type Animal struct") {
			src = string(b)
			t.Logf("model file %s", name)
		}
	}
	// The emitted relation table of the model: one line per relation field.
	for field, from := range map[string]string{"eats": "B", "eatenBy": "A"} {
		found := false
		for _, line := range strings.Split(src, "\n") {
			if strings.Contains(line, `Field: "`+field+`"`) && strings.Contains(line, "JoinTable") {
				found = true
				if !strings.Contains(line, `JoinFrom: "`+from+`"`) {
					t.Errorf("field %s should find its row in column %s:\n%s", field, from, line)
				}
			}
		}
		if !found {
			t.Errorf("no relation line for field %s in the generated Animal model", field)
		}
	}
}
