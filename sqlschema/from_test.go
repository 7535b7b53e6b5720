package sqlschema_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stratadb/strata/internal/testcorpus"
	"github.com/stratadb/strata/psl"
	"github.com/stratadb/strata/schema"
	"github.com/stratadb/strata/sqlschema"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// corpusDir is the shared corpus of real schemas, beside the project.
const corpusDir = testcorpus.Dir

// dump prints a schema in a stable DDL-like text form, one object per
// paragraph, for golden files and failure messages.
func dump(s *sqlschema.Schema) string {
	var b strings.Builder
	fmt.Fprintf(&b, "namespaces %s\n", quoteList(s.Namespaces))
	for _, e := range s.Extensions {
		fmt.Fprintf(&b, "extension %q", e.Name)
		if e.Namespace != "" {
			fmt.Fprintf(&b, " schema %q", e.Namespace)
		}
		if e.Version != "" {
			fmt.Fprintf(&b, " version %q", e.Version)
		}
		b.WriteString("\n")
	}
	for _, e := range s.Enums {
		vals := make([]string, len(e.Values))
		for i, v := range e.Values {
			vals[i] = sqlString(v)
		}
		fmt.Fprintf(&b, "\nenum %q.%q (%s)\n", e.Namespace, e.Name, strings.Join(vals, ", "))
	}
	for _, t := range s.Tables {
		fmt.Fprintf(&b, "\ntable %q.%q\n", t.Namespace, t.Name)
		for _, c := range t.Columns {
			fmt.Fprintf(&b, "  column %q %s", c.Name, typeText(c.Type))
			if c.NotNull {
				b.WriteString(" NOT NULL")
			}
			if c.AutoIncrement {
				b.WriteString(" AUTOINCREMENT")
			}
			if c.Default != nil {
				b.WriteString(" DEFAULT " + defaultText(c.Default))
			}
			b.WriteString("\n")
		}
		if pk := t.PrimaryKey; pk != nil {
			fmt.Fprintf(&b, "  primary key %q (%s)\n", pk.Name, quoteList(pk.Columns))
		}
		for _, ix := range t.Indexes {
			kind := "index"
			if ix.Unique {
				kind = "unique index"
			}
			fmt.Fprintf(&b, "  %s %q", kind, ix.Name)
			if ix.Method != "" {
				b.WriteString(" USING " + ix.Method)
			}
			cols := make([]string, len(ix.Columns))
			for i, c := range ix.Columns {
				cols[i] = fmt.Sprintf("%q", c.Name)
				if c.OpClass != "" {
					cols[i] += " " + c.OpClass
				}
				if c.Desc {
					cols[i] += " DESC"
				} else if c.Asc {
					cols[i] += " ASC"
				}
			}
			fmt.Fprintf(&b, " (%s)", strings.Join(cols, ", "))
			if ix.Predicate != "" {
				b.WriteString(" WHERE " + ix.Predicate)
			}
			b.WriteString("\n")
		}
		for _, fk := range t.ForeignKeys {
			fmt.Fprintf(&b, "  foreign key %q (%s) REFERENCES %q.%q (%s) ON DELETE %s ON UPDATE %s\n",
				fk.Name, quoteList(fk.Columns), fk.RefNamespace, fk.RefTable, quoteList(fk.RefColumns), fk.OnDelete, fk.OnUpdate)
		}
	}
	for _, v := range s.Views {
		fmt.Fprintf(&b, "\nview %q.%q\n", v.Namespace, v.Name)
	}
	return b.String()
}

func quoteList(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

func sqlString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func typeText(t sqlschema.ColumnType) string {
	s := t.Name
	switch {
	case t.IsEnum:
		s = fmt.Sprintf("enum %q.%q", t.EnumNamespace, t.Name)
	case t.Unsupported:
		s = fmt.Sprintf("unsupported %q", t.Name)
	case len(t.Args) > 0:
		s += "(" + strings.Join(t.Args, ",") + ")"
	}
	if t.Array {
		s += "[]"
	}
	return s
}

func defaultText(d *sqlschema.Default) string {
	switch d.Kind {
	case sqlschema.DefaultNow:
		return "now"
	case sqlschema.DefaultExpr:
		return "expr " + d.Expr
	case sqlschema.DefaultSequence:
		return "sequence " + d.SeqName
	}
	if d.IsList {
		vals := make([]string, len(d.List))
		for i, v := range d.List {
			vals[i] = sqlString(v)
		}
		return "[" + strings.Join(vals, ", ") + "]"
	}
	return sqlString(d.Value)
}

// load parses a schema file, or every *.prisma file below a folder
// (migrations/ excluded), and validates it.
func load(t testing.TB, path string) (*schema.Schema, psl.Diagnostics) {
	t.Helper()
	s, _, diags := testcorpus.Load(t, path)
	return s, diags
}

// build validates one schema text and returns From's result.
func build(t *testing.T, src string, opts sqlschema.FromOptions) *sqlschema.Schema {
	t.Helper()
	f, pd := psl.Parse("schema.prisma", []byte(src))
	s, vd := schema.Build([]*psl.File{f})
	if errs := append(pd, vd...).Errors(); len(errs) > 0 {
		t.Fatalf("schema does not validate: %s", errs[0].Message)
	}
	out, err := sqlschema.From(s, opts)
	if err != nil {
		t.Fatalf("From: %v", err)
	}
	return out
}

// checkInvariants verifies what every result must satisfy: names fit
// PostgreSQL's limit, keys and indexes name existing columns, foreign keys
// point at existing tables and columns, enum columns at existing enums.
func checkInvariants(t *testing.T, s *sqlschema.Schema) {
	t.Helper()
	long := func(what, name string) {
		if len(name) > 63 {
			t.Errorf("%s %q is longer than 63 bytes", what, name)
		}
	}
	names := map[string]bool{}
	for _, tb := range s.Tables {
		// Table names are not checked: Prisma does not limit model names
		// and PostgreSQL cuts long ones itself.
		key := tb.Namespace + "." + tb.Name
		if names[key] {
			t.Errorf("table %s twice", key)
		}
		names[key] = true
		for _, c := range tb.Columns {
			long("column", c.Name)
			if c.Type.IsEnum && s.Enum(c.Type.EnumNamespace, c.Type.Name) == nil {
				t.Errorf("%s.%s: enum %s.%s missing", key, c.Name, c.Type.EnumNamespace, c.Type.Name)
			}
			if c.Type.Name == "" {
				t.Errorf("%s.%s: no type", key, c.Name)
			}
		}
		if pk := tb.PrimaryKey; pk != nil {
			long("primary key", pk.Name)
			for _, c := range pk.Columns {
				if tb.Column(c) == nil {
					t.Errorf("%s: primary key column %q missing", key, c)
				}
			}
		}
		for _, ix := range tb.Indexes {
			long("index", ix.Name)
			for _, c := range ix.Columns {
				if tb.Column(c.Name) == nil {
					t.Errorf("%s: index %s column %q missing", key, ix.Name, c.Name)
				}
			}
		}
		for _, fk := range tb.ForeignKeys {
			long("foreign key", fk.Name)
			if fk.OnDelete == "" || fk.OnUpdate == "" {
				t.Errorf("%s: foreign key %s without actions", key, fk.Name)
			}
			for _, c := range fk.Columns {
				if tb.Column(c) == nil {
					t.Errorf("%s: foreign key %s column %q missing", key, fk.Name, c)
				}
			}
		}
	}
	for _, tb := range s.Tables {
		for _, fk := range tb.ForeignKeys {
			rt := s.Table(fk.RefNamespace, fk.RefTable)
			if rt == nil {
				t.Errorf("foreign key %s: table %s.%s missing", fk.Name, fk.RefNamespace, fk.RefTable)
				continue
			}
			for _, c := range fk.RefColumns {
				if rt.Column(c) == nil {
					t.Errorf("foreign key %s: column %s.%s missing", fk.Name, rt.Name, c)
				}
			}
		}
	}
}

// TestSeedsGolden: the database schema of every seed app, against golden
// files (go test ./sqlschema -run Golden -update rewrites them).
func TestSeedsGolden(t *testing.T) {
	seeds := testcorpus.Seeds(t)
	if len(seeds) == 0 {
		t.Fatalf("no seed schemas under %s (the shared corpus sits beside the project)", corpusDir)
	}
	for _, p := range seeds {
		name := strings.TrimSuffix(filepath.Base(p), ".prisma")
		t.Run(name, func(t *testing.T) {
			s, diags := load(t, p)
			if errs := diags.Errors(); len(errs) > 0 {
				t.Fatalf("seed does not validate: %s", errs[0].Message)
			}
			out, err := sqlschema.From(s, sqlschema.FromOptions{})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, out)
			golden(t, filepath.Join("testdata", "seeds", name+".golden"), dump(out))
		})
	}
}

// TestFromGolden: the hand-written schemas under testdata/from, which cover
// the mapping rules checked against Prisma 7's migrate diff.
func TestFromGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "from", "*.prisma"))
	if len(files) == 0 {
		t.Fatal("no testdata/from/*.prisma")
	}
	for _, p := range files {
		name := strings.TrimSuffix(filepath.Base(p), ".prisma")
		t.Run(name, func(t *testing.T) {
			s, diags := load(t, p)
			if errs := diags.Errors(); len(errs) > 0 {
				t.Fatalf("does not validate: %s", errs[0].Message)
			}
			out, err := sqlschema.From(s, sqlschema.FromOptions{})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, out)
			golden(t, strings.TrimSuffix(p, ".prisma")+".golden", dump(out))
		})
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs (run with -update to accept):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// TestFromCorpus: From succeeds on every PostgreSQL schema of the corpus
// and every PostgreSQL validation case of Prisma's that validates, and its
// results keep the invariants.
func TestFromCorpus(t *testing.T) {
	paths := append(testcorpus.Projects(t), testcorpus.Seeds(t)...)
	paths = append(paths, testcorpus.Cases(t)...)
	if len(paths) < 40 {
		t.Fatalf("found only %d corpus schemas under %s; is the corpus complete?", len(paths), corpusDir)
	}
	converted := 0
	for _, p := range paths {
		rel, _ := filepath.Rel(corpusDir, p)
		t.Run(rel, func(t *testing.T) {
			s, diags := load(t, p)
			if len(diags.Errors()) > 0 || s == nil {
				return // not a valid PostgreSQL schema: nothing to build
			}
			out, err := sqlschema.From(s, sqlschema.FromOptions{})
			if err != nil {
				t.Fatalf("From: %v", err)
			}
			converted++
			checkInvariants(t, out)
			models := 0
			for _, m := range s.Models {
				if !m.IsView {
					models++
				}
			}
			if len(out.Tables) < models {
				t.Errorf("%d tables for %d models", len(out.Tables), models)
			}
		})
	}
	if converted < 30 {
		t.Errorf("only %d schemas converted", converted)
	}
}

const ds = "datasource db {\n  provider = \"postgresql\"\n}\n"

// TestFromRules: one rule per case; want lists lines that must appear in
// the dump (its table or enum paragraph lines, trimmed).
func TestFromRules(t *testing.T) {
	tests := []struct {
		name string
		src  string
		opts sqlschema.FromOptions
		want []string
		not  []string
	}{
		{
			name: "scalar types",
			src: `model T {
  id Int @id
  s String
  b BigInt
  f Float
  d Decimal
  o Boolean
  t DateTime
  j Json
  y Bytes
}`,
			want: []string{
				`column "id" INTEGER NOT NULL`, `column "s" TEXT NOT NULL`, `column "b" BIGINT NOT NULL`,
				`column "f" DOUBLE PRECISION NOT NULL`, `column "d" DECIMAL(65,30) NOT NULL`,
				`column "o" BOOLEAN NOT NULL`, `column "t" TIMESTAMP(3) NOT NULL`,
				`column "j" JSONB NOT NULL`, `column "y" BYTEA NOT NULL`,
				`primary key "T_pkey" ("id")`,
			},
		},
		{
			name: "optional and list columns are nullable",
			src: `model T {
  id Int @id
  a String?
  l String[]
  e Int[] @default([])
}`,
			want: []string{`column "a" TEXT` + "\n", `column "l" TEXT[]` + "\n", `column "e" INTEGER[] DEFAULT []`},
		},
		{
			name: "native types",
			src: `model T {
  id String @id @db.Uuid
  v String @db.VarChar(255)
  c String @db.Char
  d Decimal @db.Decimal(10, 2)
  t DateTime @db.Timestamptz(6)
  u DateTime @db.Timestamp
  dd DateTime @db.Date
  r Float @db.Real
  m Decimal @db.Money
  x String @db.Xml
  i String @db.Inet
  js Json @db.Json
  bt String @db.Bit(3)
  vb String @db.VarBit
  s Int @db.SmallInt
  o Int @db.Oid
}`,
			want: []string{
				`"id" UUID NOT NULL`, `"v" VARCHAR(255) NOT NULL`, `"c" CHAR NOT NULL`, `"d" DECIMAL(10,2) NOT NULL`,
				`"t" TIMESTAMPTZ(6) NOT NULL`, `"u" TIMESTAMP NOT NULL`, `"dd" DATE NOT NULL`, `"r" REAL NOT NULL`,
				`"m" MONEY NOT NULL`, `"x" XML NOT NULL`, `"i" INET NOT NULL`, `"js" JSON NOT NULL`,
				`"bt" BIT(3) NOT NULL`, `"vb" VARBIT NOT NULL`, `"s" SMALLINT NOT NULL`, `"o" OID NOT NULL`,
			},
		},
		{
			name: "autoincrement",
			src: `model T {
  id Int @id @default(autoincrement())
  b BigInt @default(autoincrement())
  s Int @default(autoincrement()) @db.SmallInt
  @@unique([b])
  @@unique([s])
}`,
			want: []string{`"id" INTEGER NOT NULL AUTOINCREMENT` + "\n", `"b" BIGINT NOT NULL AUTOINCREMENT` + "\n", `"s" SMALLINT NOT NULL AUTOINCREMENT` + "\n"},
		},
		{
			name: "unsupported and ignored fields",
			src: `model T {
  id Int @id
  c Unsupported("circle")?
  p Unsupported("polygon")[]
  g Unsupported("point") @default(dbgenerated("'(0,0)'::point"))
  x String? @ignore
}`,
			want: []string{`"c" unsupported "circle"` + "\n", `"p" unsupported "polygon"[]` + "\n", `"g" unsupported "point" NOT NULL DEFAULT expr '(0,0)'::point`, `"x" TEXT` + "\n"},
		},
		{
			name: "literal defaults",
			src: `model T {
  id Int @id @default(7)
  s String @default("it's")
  f Float @default(1.50)
  d Decimal @default("2.5")
  b BigInt @default(042)
  o Boolean @default(false)
  t DateTime @default("2020-01-02T03:04:05.123Z")
  z DateTime @default("2020-01-02T03:04:05+02:00") @db.Timestamptz(6)
  j Json @default("{\"a\": 1}")
  y Bytes @default("aGVsbG8=")
  l String[] @default(["a", "b"])
}`,
			want: []string{
				`"id" INTEGER NOT NULL DEFAULT '7'`, `"s" TEXT NOT NULL DEFAULT 'it''s'`, `"f" DOUBLE PRECISION NOT NULL DEFAULT '1.50'`,
				`"d" DECIMAL(65,30) NOT NULL DEFAULT '2.5'`, `"b" BIGINT NOT NULL DEFAULT '42'`, `"o" BOOLEAN NOT NULL DEFAULT 'false'`,
				`"t" TIMESTAMP(3) NOT NULL DEFAULT '2020-01-02T03:04:05.123Z'`, `"z" TIMESTAMPTZ(6) NOT NULL DEFAULT '2020-01-02T03:04:05+02:00'`,
				`"j" JSONB NOT NULL DEFAULT '{"a": 1}'`, `"y" BYTEA NOT NULL DEFAULT '\x68656c6c6f'`, `"l" TEXT[] DEFAULT ['a', 'b']`,
			},
		},
		{
			name: "function defaults",
			src: `model T {
  id String @id @default(cuid())
  u String @default(uuid())
  u7 String @default(uuid(7))
  n String @default(nanoid())
  ul String @default(ulid())
  now DateTime @default(now())
  up DateTime @updatedAt
  both DateTime @default(now()) @updatedAt
  g String @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  g0 String @default(dbgenerated())
}`,
			want: []string{
				`"id" TEXT NOT NULL` + "\n", `"u" TEXT NOT NULL` + "\n", `"u7" TEXT NOT NULL` + "\n", `"n" TEXT NOT NULL` + "\n",
				`"ul" TEXT NOT NULL` + "\n", `"now" TIMESTAMP(3) NOT NULL DEFAULT now`, `"up" TIMESTAMP(3) NOT NULL` + "\n",
				`"both" TIMESTAMP(3) NOT NULL DEFAULT now`, `"g" UUID NOT NULL DEFAULT expr gen_random_uuid()`, `"g0" TEXT NOT NULL` + "\n",
			},
		},
		{
			name: "enums by database name",
			src: `enum Role {
  USER @map("user")
  ADMIN
  @@map("role")
}
model T {
  id Int @id
  r Role @default(USER)
  rs Role[] @default([USER, ADMIN])
  o Role?
}`,
			want: []string{
				`enum "public"."role" ('user', 'ADMIN')`,
				`"r" enum "public"."role" NOT NULL DEFAULT 'user'`, `"rs" enum "public"."role"[] DEFAULT ['user', 'ADMIN']`, `"o" enum "public"."role"` + "\n",
			},
		},
		{
			name: "names from map",
			src: `model T {
  id Int @map("t_id")
  a String @map("a_col")
  b String
  @@id([id], map: "t_pk")
  @@unique([a, b])
  @@unique([b], map: "b_uq")
  @@index([b, a])
  @@map("things")
}`,
			want: []string{
				`table "public"."things"`, `"t_id" INTEGER NOT NULL`, `"a_col" TEXT NOT NULL`,
				`primary key "t_pk" ("t_id")`, `unique index "things_a_col_b_key" ("a_col", "b")`,
				`unique index "b_uq" ("b")`, `index "things_b_a_col_idx" ("b", "a_col")`,
			},
		},
		{
			name: "index options",
			src: `model T {
  id Int @id
  s String
  v String @db.VarChar(20)
  j Json
  tags String[]
  n Int
  d DateTime
  @@index([s(sort: Desc), v])
  @@index([j(ops: JsonbPathOps)], type: Gin)
  @@index([tags(ops: ArrayOps)], type: Gin)
  @@index([v(ops: raw("text_pattern_ops"))])
  @@index([n], type: Hash)
  @@index([d(ops: TimestampMinMaxMultiOps)], type: Brin)
  @@index([s], type: BTree, map: "s_btree")
  @@index([v], type: SpGist, map: "v_spgist")
}`,
			want: []string{
				`index "T_s_v_idx" ("s" DESC, "v")`, `index "T_j_idx" USING GIN ("j" jsonb_path_ops)`,
				`index "T_tags_idx" USING GIN ("tags" array_ops)`, `index "T_v_idx" ("v" text_pattern_ops)`,
				`index "T_n_idx" USING HASH ("n")`, `index "T_d_idx" USING BRIN ("d" timestamp_minmax_multi_ops)`,
				`index "s_btree" ("s")`, `index "v_spgist" USING SPGIST ("v")`,
			},
		},
		{
			name: "foreign key actions",
			src: `model User {
  id Int @id
  a Post[] @relation("a")
  b Post[] @relation("b")
  c Post[] @relation("c")
  d Post[] @relation("d")
}
model Post {
  id Int @id
  aId Int
  a User @relation("a", fields: [aId], references: [id])
  bId Int?
  b User? @relation("b", fields: [bId], references: [id])
  cId Int
  c User @relation("c", fields: [cId], references: [id], onDelete: Cascade, onUpdate: NoAction)
  dId Int?
  d User? @relation("d", fields: [dId], references: [id], onDelete: SetDefault, onUpdate: Restrict, map: "d_fk")
}`,
			want: []string{
				`foreign key "Post_aId_fkey" ("aId") REFERENCES "public"."User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE`,
				`foreign key "Post_bId_fkey" ("bId") REFERENCES "public"."User" ("id") ON DELETE SET NULL ON UPDATE CASCADE`,
				`foreign key "Post_cId_fkey" ("cId") REFERENCES "public"."User" ("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
				`foreign key "d_fk" ("dId") REFERENCES "public"."User" ("id") ON DELETE SET DEFAULT ON UPDATE RESTRICT`,
			},
		},
		{
			name: "optional relation over a required field restricts",
			src: `model User {
  id Int @id
  ka Int
  kb Int
  posts Post[]
  @@unique([ka, kb])
}
model Post {
  id Int @id
  ka Int
  kb Int?
  u User? @relation(fields: [ka, kb], references: [ka, kb])
}`,
			want: []string{`foreign key "Post_ka_kb_fkey" ("ka", "kb") REFERENCES "public"."User" ("ka", "kb") ON DELETE RESTRICT ON UPDATE CASCADE`},
		},
		{
			name: "one to one",
			src: `model User {
  id String @id
  p Profile?
}
model Profile {
  id Int @id
  userId String @unique @map("user_id")
  user User @relation(fields: [userId], references: [id])
}`,
			want: []string{
				`unique index "Profile_user_id_key" ("user_id")`,
				`foreign key "Profile_user_id_fkey" ("user_id") REFERENCES "public"."User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE`,
			},
		},
		{
			name: "implicit many to many",
			src: `model Post {
  id String @id @db.Uuid
  tags Tag[]
}
model Tag {
  id Int @id @default(autoincrement()) @map("tag_id")
  posts Post[]
}`,
			want: []string{
				`table "public"."_PostToTag"`, `column "A" UUID NOT NULL` + "\n", `column "B" INTEGER NOT NULL` + "\n",
				`primary key "_PostToTag_AB_pkey" ("A", "B")`, `index "_PostToTag_B_index" ("B")`,
				`foreign key "_PostToTag_A_fkey" ("A") REFERENCES "public"."Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE`,
				`foreign key "_PostToTag_B_fkey" ("B") REFERENCES "public"."Tag" ("tag_id") ON DELETE CASCADE ON UPDATE CASCADE`,
			},
		},
		{
			name: "named and self many to many",
			src: `model User {
  id Int @id
  friends User[] @relation("friends")
  friendOf User[] @relation("friends")
}`,
			want: []string{
				`table "public"."_friends"`, `primary key "_friends_AB_pkey" ("A", "B")`, `index "_friends_B_index" ("B")`,
				`foreign key "_friends_A_fkey" ("A") REFERENCES "public"."User" ("id") ON DELETE CASCADE ON UPDATE CASCADE`,
				`foreign key "_friends_B_fkey" ("B") REFERENCES "public"."User" ("id") ON DELETE CASCADE ON UPDATE CASCADE`,
			},
		},
		{
			name: "long join table names",
			src: `model Averyveryveryveryverylongmodelnamethatgoesonandonandonforever {
  id Int @id
  others Bveryveryveryveryverylongmodelnamethatgoesonandonandonforevertoo[]
}
model Bveryveryveryveryverylongmodelnamethatgoesonandonandonforevertoo {
  id String @id
  others Averyveryveryveryverylongmodelnamethatgoesonandonandonforever[]
}`,
			want: []string{
				`table "public"."_AveryveryveryveryverylongmodelnamethatgoesonandonandonforeverT"`,
				`primary key "_Averyveryveryveryverylongmodelnamethatgoesonandonandon_AB_pkey"`,
				`index "_Averyveryveryveryverylongmodelnamethatgoesonandonandon_B_index"`,
				`foreign key "_Averyveryveryveryverylongmodelnamethatgoesonandonandonf_A_fkey"`,
				`foreign key "_Averyveryveryveryverylongmodelnamethatgoesonandonandonf_B_fkey"`,
				`primary key "Averyveryveryveryverylongmodelnamethatgoesonandonandonfore_pkey"`,
			},
		},
		{
			name: "relationMode prisma has no foreign keys",
			src: `datasource db {
  provider = "postgresql"
  relationMode = "prisma"
}
model User {
  id Int @id
  posts Post[]
  tags Tag[]
}
model Post {
  id Int @id
  userId Int
  user User @relation(fields: [userId], references: [id])
  @@index([userId])
}
model Tag {
  id Int @id
  users User[]
}`,
			want: []string{`table "public"."_TagToUser"`, `index "_TagToUser_B_index" ("B")`, `index "Post_userId_idx" ("userId")`},
			not:  []string{"foreign key"},
		},
		{
			name: "ignored models are tables, views are not",
			src: `generator client {
  provider = "prisma-client"
  previewFeatures = ["views"]
}
model Ig {
  id Int @id
  @@ignore
}
view V {
  id Int @unique
}`,
			want: []string{`table "public"."Ig"`, `primary key "Ig_pkey" ("id")`},
			not:  []string{`"V"`},
		},
		{
			name: "default namespace from options",
			src: `enum E {
  A
}
model T {
  id Int @id
  e E
}`,
			opts: sqlschema.FromOptions{DefaultNamespace: "app"},
			want: []string{`namespaces "app"`, `enum "app"."E" ('A')`, `table "app"."T"`, `"e" enum "app"."E" NOT NULL`},
		},
		{
			name: "multi schema",
			src: `datasource db {
  provider = "postgresql"
  schemas  = ["zeta", "alpha"]
}
model Post {
  id String @id
  tags Tag[]
  authorId Int?
  author User? @relation(fields: [authorId], references: [id])
  @@schema("zeta")
}
model Tag {
  id Int @id
  posts Post[]
  @@schema("alpha")
}
model User {
  id Int @id
  posts Post[]
  @@schema("alpha")
}
enum E {
  A
  @@schema("zeta")
}`,
			want: []string{
				`namespaces "zeta", "alpha"`, `enum "zeta"."E" ('A')`, `table "zeta"."Post"`, `table "alpha"."Tag"`,
				`table "zeta"."_PostToTag"`,
				`foreign key "Post_authorId_fkey" ("authorId") REFERENCES "alpha"."User" ("id") ON DELETE SET NULL ON UPDATE CASCADE`,
				`foreign key "_PostToTag_B_fkey" ("B") REFERENCES "alpha"."Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE`,
			},
		},
		{
			name: "extensions",
			src: `generator client {
  provider = "prisma-client"
  previewFeatures = ["postgresqlExtensions"]
}
datasource db {
  provider = "postgresql"
  extensions = [pgcrypto, citext(schema: "ext"), uuidOssp(map: "uuid-ossp", version: "1.1")]
}
model T {
  id Int @id
}`,
			want: []string{`extension "pgcrypto"` + "\n", `extension "citext" schema "ext"` + "\n", `extension "uuid-ossp" version "1.1"` + "\n"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.src
			if !strings.Contains(src, "datasource") {
				src = ds + src
			}
			out := build(t, src, tt.opts)
			checkInvariants(t, out)
			got := dump(out)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("missing %q in:\n%s", w, got)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("unexpected %q in:\n%s", n, got)
				}
			}
		})
	}
}

// TestFromOrder: foreign keys follow the fields that hold them, join tables
// the field on their model A, whatever order the relations were found in
// (Prisma 7 gives this order for the schema below; amplication's showed it
// too).
func TestFromOrder(t *testing.T) {
	src := ds + `model User {
  id Int @id
  teams Team[]
  messages Message[]
  rooms Room[]
}
model Role {
  id Int @id
  teams Team[]
}
model Team {
  id Int @id
  members User[]
  roles Role[]
}
model Room {
  id Int @id
  messages Message[]
  users User[]
}
model Message {
  id Int @id
  roomId Int
  room Room @relation(fields: [roomId], references: [id])
  userId Int
  user User @relation(fields: [userId], references: [id])
}`
	got := dump(build(t, src, sqlschema.FromOptions{}))
	inOrder := func(parts ...string) {
		t.Helper()
		at := 0
		for _, p := range parts {
			i := strings.Index(got[at:], p)
			if i < 0 {
				t.Fatalf("%q missing or out of order in:\n%s", p, got)
			}
			at += i + len(p)
		}
	}
	inOrder(`foreign key "Message_roomId_fkey"`, `foreign key "Message_userId_fkey"`)
	inOrder(`table "public"."_RoleToTeam"`, `table "public"."_TeamToUser"`, `table "public"."_RoomToUser"`)
}

func TestFromNil(t *testing.T) {
	if _, err := sqlschema.From(nil, sqlschema.FromOptions{}); err == nil {
		t.Fatal("From(nil) succeeded")
	}
}
