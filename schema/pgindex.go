package schema

// PostgreSQL's checks of an index's access method (type:) against its
// fields' types and operator classes (ops:), in Prisma's order and words.

// opsIndexType names the one index type each operator class belongs to;
// InetOps is the only one with two (Gist and SpGist).
func opsIndexType(ops string) []string {
	switch ops {
	case "InetOps":
		return []string{"Gist", "SpGist"}
	case "JsonbOps", "JsonbPathOps", "ArrayOps":
		return []string{"Gin"}
	case "TextOps":
		return []string{"SpGist"}
	}
	if brinOps[ops] != "" {
		return []string{"Brin"}
	}
	return nil
}

// brinOps maps each BRIN operator class to the native type it serves.
var brinOps = map[string]string{
	"BitMinMaxOps": "Bit", "VarBitMinMaxOps": "VarBit",
	"BpcharBloomOps": "Char", "BpcharMinMaxOps": "Char",
	"ByteaBloomOps": "ByteA", "ByteaMinMaxOps": "ByteA",
	"DateBloomOps": "Date", "DateMinMaxOps": "Date", "DateMinMaxMultiOps": "Date",
	"Float4BloomOps": "Real", "Float4MinMaxOps": "Real", "Float4MinMaxMultiOps": "Real",
	"Float8BloomOps": "DoublePrecision", "Float8MinMaxOps": "DoublePrecision", "Float8MinMaxMultiOps": "DoublePrecision",
	"InetInclusionOps": "Inet", "InetBloomOps": "Inet", "InetMinMaxOps": "Inet", "InetMinMaxMultiOps": "Inet",
	"Int2BloomOps": "SmallInt", "Int2MinMaxOps": "SmallInt", "Int2MinMaxMultiOps": "SmallInt",
	"Int4BloomOps": "Integer", "Int4MinMaxOps": "Integer", "Int4MinMaxMultiOps": "Integer",
	"Int8BloomOps": "BigInt", "Int8MinMaxOps": "BigInt", "Int8MinMaxMultiOps": "BigInt",
	"NumericBloomOps": "Decimal", "NumericMinMaxOps": "Decimal", "NumericMinMaxMultiOps": "Decimal",
	"OidBloomOps": "Oid", "OidMinMaxOps": "Oid", "OidMinMaxMultiOps": "Oid",
	"TextBloomOps": "Text", "TextMinMaxOps": "Text",
	"TimestampBloomOps": "Timestamp", "TimestampMinMaxOps": "Timestamp", "TimestampMinMaxMultiOps": "Timestamp",
	"TimestampTzBloomOps": "Timestamptz", "TimestampTzMinMaxOps": "Timestamptz", "TimestampTzMinMaxMultiOps": "Timestamptz",
	"TimeBloomOps": "Time", "TimeMinMaxOps": "Time", "TimeMinMaxMultiOps": "Time",
	"TimeTzBloomOps": "Timetz", "TimeTzMinMaxOps": "Timetz", "TimeTzMinMaxMultiOps": "Timetz",
	"UuidBloomOps": "Uuid", "UuidMinMaxOps": "Uuid", "UuidMinMaxMultiOps": "Uuid",
}

// brinScalarOps: BRIN classes that also fit a field without a native type,
// by the field's Prisma type.
var brinScalarOps = map[string]string{
	"Float8BloomOps": Float, "Float8MinMaxOps": Float, "Float8MinMaxMultiOps": Float,
	"Int4BloomOps": Int, "Int4MinMaxOps": Int, "Int4MinMaxMultiOps": Int,
	"Int8BloomOps": BigInt, "Int8MinMaxOps": BigInt, "Int8MinMaxMultiOps": BigInt,
	"NumericBloomOps": Decimal, "NumericMinMaxOps": Decimal, "NumericMinMaxMultiOps": Decimal,
	"ByteaBloomOps": Bytes, "ByteaMinMaxOps": Bytes,
	"TextBloomOps": String, "TextMinMaxOps": String,
	"TimestampBloomOps": DateTime, "TimestampMinMaxOps": DateTime, "TimestampMinMaxMultiOps": DateTime,
}

// brinDefaultTypes: native types BRIN indexes without ops: (and the
// VarChar alias of Text for the text classes).
var brinDefaultTypes = map[string]bool{
	"Bit": true, "VarBit": true, "Char": true, "Date": true, "Real": true, "DoublePrecision": true,
	"Inet": true, "SmallInt": true, "Integer": true, "BigInt": true, "Decimal": true, "Oid": true,
	"ByteA": true, "Text": true, "VarChar": true, "Timestamp": true, "Timestamptz": true,
	"Time": true, "Timetz": true, "Uuid": true,
}

// algorithmFits is Prisma's list of Prisma types an index type handles
// without a native type or operator class.
func algorithmFits(algo string, f *Field) bool {
	if f.Kind == UnsupportedField {
		return true
	}
	t := f.Type
	switch algo {
	case "Gist", "SpGist":
		return t == String
	case "Gin":
		return t == JSON || f.Arity == List
	case "Brin":
		switch t {
		case String, Bytes, DateTime, Float, Int, BigInt, Decimal:
			return true
		}
		return false
	}
	return true
}

// validatePgIndexes checks each index of m: Xml columns cannot be indexed,
// operator classes must fit the index type and the field, and SP-GiST
// indexes take one column.
func (b *builder) validatePgIndexes(m *Model) {
	for _, ix := range m.Indexes {
		label := "@@index"
		if ix.Kind == UniqueIndex {
			label = "@@unique"
			if ix.FieldLevel {
				label = "@unique"
			}
		}
		for _, f := range ix.Fields {
			if nt := f.Field.NativeType; nt != nil && nt.Name == "Xml" {
				msg := "You cannot define an index on fields with native type `Xml` of Postgres."
				if ix.Kind == UniqueIndex {
					msg = "Native type `Xml` cannot be unique in Postgres."
				}
				b.errorf(b.fieldAST[f.Field].Span, "%s", msg).
					Hint = "PostgreSQL has no comparison for xml; index a Text column (or a hash of the document) instead."
				break
			}
		}
		b.generalizedIndex(ix, label)
		if ix.Algorithm == "SpGist" && len(ix.Fields) > 1 {
			b.errorf(ix.Span, "Error parsing attribute %q: SpGist does not support multi-column indices.", label).
				Hint = "Index one column with SpGist, or use another index type for several columns."
		}
	}
}

func (b *builder) generalizedIndex(ix *Index, label string) {
	algo := ix.Algorithm
	if algo == "" {
		algo = "BTree"
	}
	fail := func(format string, args ...any) {
		b.errorf(ix.Span, "Error parsing attribute %q: "+format, append([]any{label}, args...)...).
			Hint = opsHint(algo)
	}
	for _, xf := range ix.Fields {
		if xf.OpsRaw {
			continue
		}
		f := xf.Field
		ops := xf.Ops
		native := ""
		if f.NativeType != nil {
			native = f.NativeType.Name
		}
		if ops != "" {
			if types := opsIndexType(ops); types != nil && !contains(types, algo) {
				fail("The given operator class `%s` is not supported with the `%s` index type.", ops, algo)
				continue
			}
		}
		errF := func() {
			switch {
			case native != "" && ops != "":
				fail("The given operator class `%s` does not support native type `%s` of field `%s`.", ops, native, f.Name)
			case native != "":
				fail("The %s index field type `%s` has no default operator class.", algo, native)
			case ops != "":
				fail("The given operator class `%s` expects the field `%s` to define a valid native type.", ops, f.Name)
			default:
				if !algorithmFits(algo, f) {
					fail("The %s index type does not support the type of the field `%s`.", algo, f.Name)
				}
			}
		}
		notOf := func(typ string) {
			fail("The given operator class `%s` points to the field `%s` that is not of %s type.", ops, f.Name, typ)
		}
		switch algo {
		case "Gist":
			if !(native == "Inet" && ops == "InetOps") {
				errF()
			}
		case "Gin":
			switch {
			case native == "" && ops == "" && f.Type == JSON:
			case ops == "" && f.Arity == List:
			case native == "JsonB" && (ops == "" || ops == "JsonbOps" || ops == "JsonbPathOps"):
			case native == "" && (ops == "JsonbOps" || ops == "JsonbPathOps"):
				if f.Type != JSON {
					notOf("Json")
				}
			case ops == "ArrayOps":
				if !(f.Kind != RelationField && f.Arity == List) {
					fail("The given operator class `ArrayOps` expects the type of field `%s` to be an array.", f.Name)
				}
			default:
				errF()
			}
		case "SpGist":
			switch {
			case native == "Inet" && (ops == "InetOps" || ops == ""):
			case native == "" && ops == "" && f.Type == String:
			case native == "" && ops == "TextOps":
				if f.Type != String {
					notOf("String")
				}
			case (native == "Text" || native == "VarChar" || native == "Char") && (ops == "TextOps" || ops == ""):
			default:
				errF()
			}
		case "Brin":
			switch {
			case native != "" && ops == "" && brinDefaultTypes[native]:
			case native != "" && ops != "" && (brinOps[ops] == native || native == "VarChar" && brinOps[ops] == "Text"):
			case native == "" && ops == "" && algorithmFits("Brin", f) && f.Kind != UnsupportedField:
			case native == "" && brinScalarOps[ops] != "":
				if want := brinScalarOps[ops]; f.Type != want {
					notOf(want)
				}
			default:
				errF()
			}
		}
	}
}

func opsHint(algo string) string {
	switch algo {
	case "Gin":
		return "Gin indexes take Json (JsonbOps, JsonbPathOps) and list fields (ArrayOps)."
	case "Gist":
		return "Gist indexes take String fields, or @db.Inet with ops: InetOps; use ops: raw(\"...\") for other operator classes."
	case "SpGist":
		return "SpGist indexes take one String (TextOps) or @db.Inet (InetOps) field."
	case "Brin":
		return "Each BRIN operator class serves one native type (e.g. DateMinMaxOps needs @db.Date); pick the class of the field's type or drop ops:."
	}
	return "Operator classes other than BTree's need type: Gist, Gin, SpGist or Brin; use ops: raw(\"...\") for custom classes."
}
