package schema_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
)

// partialSchema wraps model bodies in a generator (with the partialIndexes
// preview feature when feature is set) and a PostgreSQL datasource. The
// models start at line 10.
func partialSchema(feature bool, models string) string {
	pf := ""
	if feature {
		pf = `"partialIndexes"`
	}
	return "generator client {\n  provider        = \"prisma-client\"\n  previewFeatures = [" + pf + "]\n}\n\ndatasource db {\n  provider = \"postgresql\"\n}\n\n" + models
}

func buildPartial(t *testing.T, src string) (*schema.Schema, []string) {
	t.Helper()
	f, pd := psl.Parse("schema.prisma", []byte(src))
	if pd.HasErrors() {
		t.Fatalf("syntax errors: %v", pd.Errors())
	}
	s, ds := schema.Build([]*psl.File{f})
	var errs []string
	for _, d := range ds.Errors() {
		errs = append(errs, fmt.Sprintf("%d %s", d.Span.Start.Line, d.Message))
	}
	return s, errs
}

// TestPartialIndexPredicates checks the partial indexes Prisma 7.10 accepts
// and the SQL predicate of each: want is what Prisma's `migrate diff
// --from-empty --script` writes between "WHERE (" and ")" (recorded with the
// peer's real Prisma CLI), in the order of the model's indexes.
func TestPartialIndexPredicates(t *testing.T) {
	tests := []struct {
		name   string
		models string
		want   []string
	}{
		{"null", "model Task {\n  id        Int       @id\n  name      String\n  deletedAt DateTime?\n\n  @@unique([name], where: { deletedAt: null })\n}\n",
			[]string{`"deletedAt" IS NULL`}},
		{"boolean, not null, mapped column, field level", "model Task {\n  id        Int       @id\n  name      String    @unique(where: { deletedAt: null })\n  title     String\n  active    Boolean   @map(\"is_active\")\n  deletedAt DateTime?\n\n  @@unique([title], where: { active: true, deletedAt: { not: null } })\n}\n",
			[]string{`"deletedAt" IS NULL`, `"is_active" = true AND "deletedAt" IS NOT NULL`}},
		{"strings, numbers, not, enums", "model U {\n  id     Int     @id\n  status String\n  prio   Int\n  big    BigInt\n  score  Float\n  dec    Decimal\n  role   Role\n  at     DateTime\n  flag   Boolean @map(\"is_flag\")\n  email  String  @unique(where: { status: \"it's \\\"q\\\" active\" })\n\n  @@index([id], where: { prio: -1, score: 1.5, big: 10, dec: 2.50 })\n  @@index([status], where: { role: \"ADMIN\", flag: { not: true } })\n  @@index([prio], where: { status: { not: \"deleted\" }, prio: { not: 3 } })\n  @@index([at], where: { at: \"2020-01-01\" })\n}\n\nenum Role {\n  ADMIN\n  USER\n}\n",
			[]string{`"status" = 'it''s "q" active'`, `"prio" = -1 AND "score" = 1.5 AND "big" = 10 AND "dec" = 2.50`, `"role" = 'ADMIN' AND "is_flag" != true`, `"status" != 'deleted' AND "prio" != 3`, `"at" = '2020-01-01'`}},
		{"a key given twice gives two conditions", "model U {\n  id  Int @id\n  req Int\n\n  @@index([req, id], where: { req: 1, req: 2 })\n}\n",
			[]string{`"req" = 1 AND "req" = 2`}},
		{"null on a required field, a string on a list, any string on an enum", "model U {\n  id   Int      @id\n  tags String[]\n  req  Int\n  role Role\n\n  @@index([id], where: { tags: \"x\" })\n  @@index([req], where: { req: null })\n  @@index([role], where: { role: \"NOPE\" })\n}\n\nenum Role {\n  ADMIN\n}\n",
			[]string{`"tags" = 'x'`, `"req" IS NULL`, `"role" = 'NOPE'`}},
		{"raw text is kept as written", "model U {\n  id Int    @id\n  a  String\n  b  String\n\n  @@unique([a], where: raw(\"(a IS NULL)\"))\n  @@unique([b], where: raw(\"  \"))\n}\n",
			[]string{`(a IS NULL)`, `  `}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, errs := buildPartial(t, partialSchema(true, tt.models))
			if len(errs) > 0 {
				t.Fatalf("errors:\n%s", strings.Join(errs, "\n"))
			}
			var got []string
			for _, ix := range s.Models[0].Indexes {
				if ix.Where != "" {
					got = append(got, ix.Where)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("predicates:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestPartialIndexConds checks the structured conditions of an object
// where:.
func TestPartialIndexConds(t *testing.T) {
	s, errs := buildPartial(t, partialSchema(true, "model U {\n  id Int     @id\n  a  Boolean\n  d  DateTime?\n  s  String\n\n  @@index([id], where: { a: { not: false }, d: { not: null }, s: \"x\", d: null })\n}\n"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	want := []schema.WhereCond{
		{Op: schema.WhereNotEquals, Kind: schema.WhereBool, Value: "false"},
		{Op: schema.WhereIsNotNull},
		{Op: schema.WhereEquals, Kind: schema.WhereString, Value: "x"},
		{Op: schema.WhereIsNull},
	}
	fields := []string{"a", "d", "s", "d"}
	got := s.Models[0].Indexes[0].WhereConds
	if len(got) != len(want) {
		t.Fatalf("%d conditions, want %d", len(got), len(want))
	}
	for i, c := range got {
		if c.Field == nil || c.Field.Name != fields[i] || c.Op != want[i].Op || c.Kind != want[i].Kind || c.Value != want[i].Value {
			t.Errorf("condition %d: %+v, want field %s %+v", i, c, fields[i], want[i])
		}
	}
}

// TestPartialIndexErrors checks every error of a bad where: against Prisma
// 7.10's validator (the peer's schema-oracle.cjs validate): the same
// messages on the same lines, in the same order.
func TestPartialIndexErrors(t *testing.T) {
	tests := []struct {
		name    string
		feature bool
		models  string
		want    []string
	}{
		{"preview feature missing", false, "model U {\n  id Int @id\n  a  Int\n\n  @@index([id], where: { a: 1 })\n}\n",
			[]string{`14 Error parsing attribute "@@index": Partial indexes are a preview feature. Add "partialIndexes" to previewFeatures in your generator block.`}},
		{"preview feature missing, raw, field level", false, "model U {\n  id Int @id\n  a  Int @unique(where: raw(\"a > 1\"))\n}\n",
			[]string{`12 Error parsing attribute "@unique": Partial indexes are a preview feature. Add "partialIndexes" to previewFeatures in your generator block.`}},
		{"a bad object is reported before the missing feature", false, "model U {\n  id Int @id\n  a  Int\n\n  @@index([id], where: { zz: 1, a: true })\n}\n",
			[]string{`14 Error parsing attribute "@index": Field 'zz' does not exist in model 'U'.`}},
		{"plain string", true, "model U {\n  id Int @id\n  a  Int\n\n  @@index([id], where: \"a > 1\")\n}\n",
			[]string{"14 Expected a function value, but received string value `\"a > 1\"`.",
				"14 Error parsing attribute \"@index\": The `where` argument must be either a raw() function call or an object literal, e.g. `where: raw(\"status = 'active'\")` or `where: { active: true }`."}},
		{"other values and raw arguments", true, "model U {\n  id Int @id\n  a  Int\n  b  Int\n  c  Int\n  d  Int\n  e  Int\n  f  Int\n\n  @@index([id], where: foo(\"x\"))\n  @@index([a], where: x)\n  @@index([b], where: raw())\n  @@index([c], where: raw(1))\n  @@index([d], where: raw(\"  \"))\n  @@index([e], where: [1])\n  @@index([f], where: raw(\"\"))\n}\n",
			[]string{
				"19 Error parsing attribute \"@index\": The `where` argument must be either a raw() function call or an object literal, e.g. `where: raw(\"status = 'active'\")` or `where: { active: true }`.",
				"20 Expected a function value, but received literal value `x`.",
				"20 Error parsing attribute \"@index\": The `where` argument must be either a raw() function call or an object literal, e.g. `where: raw(\"status = 'active'\")` or `where: { active: true }`.",
				"21 Error parsing attribute \"@index\": The `where` argument must be a raw() function with a string argument, e.g. `where: raw(\"status = 'active'\")`.",
				"22 Expected a string value, but received numeric value `1`.",
				"22 Error parsing attribute \"@index\": The `where` argument must be a raw() function with a string argument, e.g. `where: raw(\"status = 'active'\")`.",
				"24 Expected a function value, but received array value `[1]`.",
				"24 Error parsing attribute \"@index\": The `where` argument must be either a raw() function call or an object literal, e.g. `where: raw(\"status = 'active'\")` or `where: { active: true }`.",
				"25 Error parsing attribute \"@index\": The `where` argument cannot contain an empty string.",
			}},
		{"empty and nested objects", true, "model U {\n  id Int @id\n  a  Int\n\n  @@index([id], where: {})\n  @@index([a], where: { a: { not: null, eq: 1 } })\n  @@index([a, id], where: { a: { eq: null } })\n}\n",
			[]string{
				"14 Error parsing attribute \"@index\": The `where` argument cannot be an empty object.",
				"15 Error parsing attribute \"@index\": Nested object in where clause must have exactly one key. Use `{ not: null }` or `{ not: \"value\" }`.",
				"16 Error parsing attribute \"@index\": Unknown key 'eq' in nested where clause object. Only 'not' is supported.",
			}},
		{"invalid values", true, "model U {\n  id  Int @id\n  req Int\n  g   Unsupported(\"geometry\")?\n\n  @@index([id], where: { req: invalid })\n  @@index([req], where: { req: [1] })\n  @@index([id, req], where: { req: { not: { not: 1 } } })\n  @@index([req, id], where: { g: invalid })\n}\n",
			[]string{
				"15 Error parsing attribute \"@index\": Invalid value 'invalid' in where clause. Expected true, false, null, a string, a number, or an object like { not: null }.",
				"16 Error parsing attribute \"@index\": Invalid value in where clause. Expected true, false, null, a string, a number, or an object like { not: null }.",
				"17 Error parsing attribute \"@index\": Invalid value in where clause. Expected true, false, null, a string, a number, or an object like { not: null }.",
				"18 Error parsing attribute \"@index\": Invalid value 'invalid' in where clause. Expected true, false, null, a string, a number, or an object like { not: null }.",
			}},
		{"unknown field stops the object", true, "model U {\n  id Int @id\n  a  Int\n\n  @@index([a], where: { a: 1, zz: 1, a: invalid })\n}\n",
			[]string{"14 Error parsing attribute \"@index\": Field 'zz' does not exist in model 'U'."}},
		{"relation and unsupported fields", true, "model User {\n  id    Int    @id\n  posts Post[]\n  geom  Unsupported(\"geometry\")?\n\n  @@unique([id], where: { posts: true })\n  @@index([id], where: { geom: \"point\" })\n}\n\nmodel Post {\n  id     Int  @id\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n}\n",
			[]string{
				// Prisma reads @@index before @@unique.
				"16 Error parsing attribute \"@index\": Field 'geom' is an unsupported type and cannot be used in the object syntax of a where clause. Use raw() instead.",
				"15 Error parsing attribute \"@unique\": Field 'posts' is a relation field. Only scalar fields can be used in the where clause.",
			}},
		{"type mismatches", true, "model U {\n  id Int      @id\n  r  Role\n  d  Decimal\n  bi BigInt\n  fl Float\n  dt DateTime\n  s  String   @unique(where: { s: 1 })\n  u  String?\n  j  Json\n  b  Bytes\n  t  Boolean\n\n  @@index([id], where: { r: true })\n  @@index([r], where: { r: 1 })\n  @@index([d], where: { d: \"1.5\" })\n  @@index([bi], where: { bi: \"1\" })\n  @@index([fl], where: { fl: \"x\" })\n  @@index([dt], where: { dt: 1 })\n  @@index([s], where: { u: { not: 1 } })\n  @@index([id, r], where: { j: \"x\" })\n  @@index([id, d], where: { b: \"x\" })\n  @@index([id, bi], where: { s: true })\n  @@index([id, fl], where: { t: \"yes\" })\n  @@index([id, dt], where: { t: 1 })\n  @@index([id, s], where: { bi: { not: false } })\n}\n\nenum Role {\n  ADMIN\n}\n",
			[]string{
				"17 Error parsing attribute \"@unique\": Type mismatch: field 's' is of type String, but the value is a Number.",
				"23 Error parsing attribute \"@index\": Type mismatch: field 'r' is an Enum and only accepts String values in the where clause.",
				"24 Error parsing attribute \"@index\": Type mismatch: field 'r' is an Enum and only accepts String values in the where clause.",
				"25 Error parsing attribute \"@index\": Type mismatch: field 'd' is of type Decimal, but the value is a String.",
				"26 Error parsing attribute \"@index\": Type mismatch: field 'bi' is of type BigInt, but the value is a String.",
				"27 Error parsing attribute \"@index\": Type mismatch: field 'fl' is of type Float, but the value is a String.",
				"28 Error parsing attribute \"@index\": Type mismatch: field 'dt' is of type DateTime, but the value is a Number.",
				"29 Error parsing attribute \"@index\": Type mismatch: field 'u' is of type String, but the value is a Number.",
				"30 Error parsing attribute \"@index\": Type mismatch: field 'j' is of type Json, but the value is a String.",
				"31 Error parsing attribute \"@index\": Type mismatch: field 'b' is of type Bytes, but the value is a String.",
				"32 Error parsing attribute \"@index\": Type mismatch: field 's' is of type String, but the value is Boolean.",
				"33 Error parsing attribute \"@index\": Type mismatch: field 't' is of type Boolean, but the value is a String.",
				"34 Error parsing attribute \"@index\": Type mismatch: field 't' is of type Boolean, but the value is a Number.",
				"35 Error parsing attribute \"@index\": Type mismatch: field 'bi' is of type BigInt, but the value is Boolean.",
			}},
		{"objects where other values belong", true, "model U {\n  id  Int @id @default({ a: 1 })\n  req Int\n\n  @@index([req], map: { a: 1 })\n}\n",
			[]string{
				"11 Error parsing attribute \"@default\": Expected a Int value, but found `{ a: 1 }`.",
				"14 Expected a string value, but received object value `{ a: 1 }`.",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := buildPartial(t, partialSchema(tt.feature, tt.models))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
