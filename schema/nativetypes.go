package schema

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/stratadb/strata/psl"
)

// This file holds the PostgreSQL native types (@db.VarChar(255) and friends):
// which exist, which scalar type each one fits, how many arguments each
// takes and in which range, and the column type text each one stands for.
// The rules and messages follow Prisma's PostgreSQL connector.

// ntArgs tells which arguments a native type takes.
type ntArgs int

const (
	ntNone     ntArgs = iota // Text, Uuid, ...
	ntLength                 // VarChar(n?), Timestamp(p?), ...: one optional nonnegative integer
	ntDecimal                // Decimal(p, s)?: two optional nonnegative integers
	ntGeometry               // Geometry(subtype, srid?): a subtype and an optional SRID
)

// required and optional give the argument counts as Prisma's native type
// constructors declare them.
func (a ntArgs) required() int {
	if a == ntGeometry {
		return 1
	}
	return 0
}

func (a ntArgs) optional() int {
	switch a {
	case ntLength, ntGeometry:
		return 1
	case ntDecimal:
		return 2
	}
	return 0
}

// description is how Prisma names the expected arguments in "Expected ...,
// but found (...)." messages.
func (a ntArgs) description() string {
	switch a {
	case ntDecimal:
		return "two nonnegative integers"
	case ntGeometry:
		return "an OGC geometry subtype (e.g. Point, LineString, Polygon) optionally followed by an SRID between 0 and 999999"
	}
	return "a nonnegative integer"
}

// nativeTypeSpec describes one PostgreSQL native type.
type nativeTypeSpec struct {
	Name   string // as written after @db.
	Scalar string // the one Prisma field type it fits
	Args   ntArgs
	SQL    string // column type keyword, before any arguments
	// TimePrecision bounds the single argument of the time types (0 to 6).
	TimePrecision bool
	// PositiveLength rejects a zero length (Bit, VarBit).
	PositiveLength bool
	// Example is a sensible way to write the type, for hints.
	Example string
}

// postgresNativeTypes lists every native type of Prisma's PostgreSQL
// connector, in Prisma's order. It is read-only.
var postgresNativeTypes = []nativeTypeSpec{
	{Name: "SmallInt", Scalar: Int, SQL: "SMALLINT", Example: "SmallInt"},
	{Name: "Integer", Scalar: Int, SQL: "INTEGER", Example: "Integer"},
	{Name: "BigInt", Scalar: BigInt, SQL: "BIGINT", Example: "BigInt"},
	{Name: "Decimal", Scalar: Decimal, Args: ntDecimal, SQL: "DECIMAL", Example: "Decimal(10, 2)"},
	{Name: "Money", Scalar: Decimal, SQL: "MONEY", Example: "Money"},
	{Name: "Inet", Scalar: String, SQL: "INET", Example: "Inet"},
	{Name: "Oid", Scalar: Int, SQL: "OID", Example: "Oid"},
	{Name: "Citext", Scalar: String, SQL: "CITEXT", Example: "Citext"},
	{Name: "Real", Scalar: Float, SQL: "REAL", Example: "Real"},
	{Name: "DoublePrecision", Scalar: Float, SQL: "DOUBLE PRECISION", Example: "DoublePrecision"},
	{Name: "VarChar", Scalar: String, Args: ntLength, SQL: "VARCHAR", Example: "VarChar(255)"},
	{Name: "Char", Scalar: String, Args: ntLength, SQL: "CHAR", Example: "Char(10)"},
	{Name: "Text", Scalar: String, SQL: "TEXT", Example: "Text"},
	{Name: "ByteA", Scalar: Bytes, SQL: "BYTEA", Example: "ByteA"},
	{Name: "Timestamp", Scalar: DateTime, Args: ntLength, SQL: "TIMESTAMP", TimePrecision: true, Example: "Timestamp(3)"},
	{Name: "Timestamptz", Scalar: DateTime, Args: ntLength, SQL: "TIMESTAMPTZ", TimePrecision: true, Example: "Timestamptz(3)"},
	{Name: "Date", Scalar: DateTime, SQL: "DATE", Example: "Date"},
	{Name: "Time", Scalar: DateTime, Args: ntLength, SQL: "TIME", TimePrecision: true, Example: "Time(3)"},
	{Name: "Timetz", Scalar: DateTime, Args: ntLength, SQL: "TIMETZ", TimePrecision: true, Example: "Timetz(3)"},
	{Name: "Boolean", Scalar: Boolean, SQL: "BOOLEAN", Example: "Boolean"},
	{Name: "Bit", Scalar: String, Args: ntLength, SQL: "BIT", PositiveLength: true, Example: "Bit(8)"},
	{Name: "VarBit", Scalar: String, Args: ntLength, SQL: "VARBIT", PositiveLength: true, Example: "VarBit(8)"},
	{Name: "Uuid", Scalar: String, SQL: "UUID", Example: "Uuid"},
	{Name: "Xml", Scalar: String, SQL: "XML", Example: "Xml"},
	{Name: "Json", Scalar: JSON, SQL: "JSON", Example: "Json"},
	{Name: "JsonB", Scalar: JSON, SQL: "JSONB", Example: "JsonB"},
	// PostGIS, with the Geometry and Geography field types of newer Prisma
	// versions.
	{Name: "Geometry", Scalar: "Geometry", Args: ntGeometry, SQL: "GEOMETRY", Example: "Geometry(Point, 4326)"},
	{Name: "Geography", Scalar: "Geography", Args: ntGeometry, SQL: "GEOGRAPHY", Example: "Geography(Point, 4326)"},
}

// geometrySubtypes are the OGC subtypes @db.Geometry and @db.Geography take.
var geometrySubtypes = []string{"Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon", "GeometryCollection", "Geometry"}

func lookupNativeType(name string) (nativeTypeSpec, bool) {
	for _, s := range postgresNativeTypes {
		if s.Name == name {
			return s, true
		}
	}
	return nativeTypeSpec{}, false
}

// nativeTypesFor lists the native types that fit a field type, for hints.
func nativeTypesFor(scalar string) []string {
	var out []string
	for _, s := range postgresNativeTypes {
		if s.Scalar == scalar {
			out = append(out, s.Name)
		}
	}
	return out
}

// u32Pattern is what Rust's u32 parsing accepts from a number as written.
var u32Pattern = regexp.MustCompile(`^\+?[0-9]+$`)

// parseU32 parses a native type argument as Prisma does (a u32).
func parseU32(s string) (uint32, bool) {
	if !u32Pattern.MatchString(s) {
		return 0, false
	}
	n, err := strconv.ParseUint(strings.TrimPrefix(s, "+"), 10, 32)
	if err != nil {
		return 0, false
	}
	return uint32(n), true
}

// nativeArgText renders an argument as Prisma passes it to the native type
// parser: the value as written, without any name.
func nativeArgText(a *psl.Arg) string {
	if a == nil || a.Value == nil {
		return ""
	}
	return exprText(a.Value)
}

// checkNativeType validates a field's @<ds>.<Type>(args) attribute against
// Prisma's PostgreSQL connector and returns the native type, or nil with the
// diagnostics when it is not valid. f must have Kind, Type and Arity set.
func checkNativeType(f *Field, attr *psl.Attribute, datasourceName string) (*NativeType, psl.Diagnostics) {
	var diags psl.Diagnostics
	fail := func(d psl.Diagnostic) (*NativeType, psl.Diagnostics) {
		return nil, append(diags, d)
	}
	prefix, name, ok := strings.Cut(attr.Name, ".")
	if !ok {
		return fail(psl.Errorf(attr.Span, "Attribute not known: %q.", "@"+attr.Name).
			WithHint("Native types are written @%s.<Type>, e.g. @%s.VarChar(255).", datasourceName, datasourceName))
	}
	if prefix != datasourceName {
		// Prisma reports this and still checks the type itself.
		diags = append(diags, psl.Errorf(attr.Span,
			"The prefix %s is invalid. It must be equal to the name of an existing datasource e.g. %s. Did you mean to use %s.%s?",
			prefix, datasourceName, datasourceName, name).
			WithHint("Write @%s.%s.", datasourceName, name))
	}
	if f.Kind != ScalarField {
		return fail(psl.Errorf(attr.Span, "Attribute not known: %q.", "@"+attr.Name).
			WithHint("Native types apply to scalar fields only; remove @%s from field %q.", attr.Name, f.Name))
	}

	spec, known := lookupNativeType(name)
	if !known {
		d := psl.Errorf(attr.Span, "Native type %s is not supported for postgresql connector.", name)
		return fail(d.WithHint("%s", unknownNativeTypeHint(name, f.Type, datasourceName)))
	}

	n := len(attr.Args)
	req, opt := spec.Args.required(), spec.Args.optional()
	if n < req || (n > req && opt == 0) {
		d := psl.Errorf(attr.Span, "Function %q takes %d arguments, but received %d.", name, req, n)
		return fail(d.WithHint("%s", nativeUsageHint(spec, datasourceName)))
	}
	if n > req+opt && opt > 0 {
		d := psl.Errorf(attr.Span, "Native type %s takes %d optional arguments, but received %d.", name, opt, n)
		return fail(d.WithHint("%s", nativeUsageHint(spec, datasourceName)))
	}

	if spec.Scalar != f.Type {
		d := psl.Errorf(attr.Span, "Native type %s is not compatible with declared field type %s, expected field type %s.", name, f.Type, spec.Scalar)
		return fail(d.WithHint("%s", incompatibleNativeTypeHint(spec, f.Type, datasourceName)))
	}

	raw := make([]string, n)
	for i, a := range attr.Args {
		raw[i] = nativeArgText(a)
	}
	found := "(" + strings.Join(raw, ", ") + ")"
	badArgs := func() (*NativeType, psl.Diagnostics) {
		d := psl.Errorf(attr.Span, "Expected %s, but found %s.", spec.Args.description(), found)
		return fail(d.WithHint("%s", nativeUsageHint(spec, datasourceName)))
	}
	nt := &NativeType{Name: name, Span: attr.Span}
	outOfRange := func(msg, hint string) (*NativeType, psl.Diagnostics) {
		rendered := name
		if len(nt.Args) > 0 {
			rendered += "(" + strings.Join(nt.Args, ",") + ")"
		}
		d := psl.Errorf(attr.Span, "Argument M is out of range for native type `%s` of Postgres: %s", rendered, msg)
		return fail(d.WithHint("%s", hint))
	}

	switch spec.Args {
	case ntLength:
		if n == 1 {
			v, ok := parseU32(raw[0])
			if !ok {
				return badArgs()
			}
			nt.Args = []string{strconv.FormatUint(uint64(v), 10)}
			switch {
			case spec.TimePrecision && v > 6:
				return outOfRange("M can range from 0 to 6.",
					fmt.Sprintf("PostgreSQL keeps at most 6 digits of fractional seconds: write @%s.%s(6) or less.", datasourceName, name))
			case spec.PositiveLength && v == 0:
				return outOfRange("M must be a positive integer.",
					fmt.Sprintf("Give a length of at least 1, e.g. @%s.%s(1).", datasourceName, name))
			}
		}
	case ntDecimal:
		if n > 0 {
			if n != 2 {
				return badArgs()
			}
			p, ok1 := parseU32(raw[0])
			s, ok2 := parseU32(raw[1])
			if !ok1 || !ok2 {
				return badArgs()
			}
			nt.Args = []string{strconv.FormatUint(uint64(p), 10), strconv.FormatUint(uint64(s), 10)}
			switch {
			case s > p:
				d := psl.Errorf(attr.Span, "The scale must not be larger than the precision for the Decimal(%d,%d) native type in Postgres.", p, s)
				return fail(d.WithHint("Write @%s.Decimal(precision, scale) with scale <= precision, e.g. @%s.Decimal(%d, %d).", datasourceName, datasourceName, s, p))
			case p > 1000 || p == 0:
				return outOfRange("Precision must be positive with a maximum value of 1000.",
					fmt.Sprintf("Use a precision from 1 to 1000, e.g. @%s.Decimal(65, 30).", datasourceName))
			}
		}
	case ntGeometry:
		sub := raw[0]
		valid := false
		for _, g := range geometrySubtypes {
			if g == sub {
				valid = true
			}
		}
		if !valid {
			d := psl.Errorf(attr.Span, "Expected %s, but found %s.", spec.Args.description(), found)
			hint := "Subtypes: " + strings.Join(geometrySubtypes, ", ") + "."
			if c := psl.Suggest(strings.Trim(sub, `"`), append([]string(nil), geometrySubtypes...)); c != "" {
				hint = fmt.Sprintf("Did you mean @%s.%s(%s)? ", datasourceName, name, c) + hint
			}
			return fail(d.WithHint("%s", hint))
		}
		nt.Args = []string{sub}
		if n == 2 {
			srid, err := strconv.ParseInt(raw[1], 10, 32)
			if err != nil || srid < 0 || srid > 999999 {
				return badArgs()
			}
			nt.Args = append(nt.Args, strconv.FormatInt(srid, 10))
		}
	}
	if diags.HasErrors() {
		return nil, diags
	}
	return nt, diags
}

// nativeUsageHint shows how a native type is written.
func nativeUsageHint(spec nativeTypeSpec, ds string) string {
	switch spec.Args {
	case ntNone:
		return fmt.Sprintf("@%s.%s takes no arguments: write @%s.%s.", ds, spec.Name, ds, spec.Name)
	case ntLength:
		if spec.TimePrecision {
			return fmt.Sprintf("Write @%s.%s or @%s.%s(p) with a precision p from 0 to 6.", ds, spec.Name, ds, spec.Name)
		}
		return fmt.Sprintf("Write @%s.%s or @%s.%s(n) with a whole number n, e.g. @%s.%s.", ds, spec.Name, ds, spec.Name, ds, spec.Example)
	case ntDecimal:
		return fmt.Sprintf("Write @%s.Decimal or @%s.Decimal(precision, scale), e.g. @%s.Decimal(10, 2).", ds, ds, ds)
	}
	return fmt.Sprintf("Write @%s.%s(Subtype) or @%s.%s(Subtype, SRID), e.g. @%s.%s.", ds, spec.Name, ds, spec.Name, ds, spec.Example)
}

// incompatibleNativeTypeHint suggests either changing the field type or
// picking a native type made for it.
func incompatibleNativeTypeHint(spec nativeTypeSpec, fieldType, ds string) string {
	alts := nativeTypesFor(fieldType)
	if len(alts) == 0 {
		return fmt.Sprintf("@%s.%s needs a %s field: change the field type to %s, or remove the attribute.", ds, spec.Name, spec.Scalar, spec.Scalar)
	}
	for i, a := range alts {
		alts[i] = "@" + ds + "." + a
	}
	return fmt.Sprintf("Change the field type to %s, or use a native type for %s: %s.", spec.Scalar, fieldType, strings.Join(alts, ", "))
}

// unknownNativeTypeHint suggests the nearest known native type name, or
// lists those that fit the field type.
func unknownNativeTypeHint(name, fieldType, ds string) string {
	names := make([]string, len(postgresNativeTypes))
	for i, s := range postgresNativeTypes {
		names[i] = s.Name
	}
	for _, n := range names {
		if strings.EqualFold(n, name) {
			return fmt.Sprintf("Did you mean @%s.%s? Native type names are case-sensitive.", ds, n)
		}
	}
	if c := psl.Suggest(name, names); c != "" {
		return fmt.Sprintf("Did you mean @%s.%s?", ds, c)
	}
	if fits := nativeTypesFor(fieldType); len(fits) > 0 {
		return fmt.Sprintf("Native types for %s fields: %s.", fieldType, strings.Join(fits, ", "))
	}
	return "Known native types: " + strings.Join(names, ", ") + "."
}

// SQL returns the PostgreSQL column type the native type stands for, as
// Prisma's migrations write it: "VARCHAR(255)", "TIMESTAMPTZ(6)",
// "DOUBLE PRECISION", "DECIMAL(10,2)", "JSONB". It returns "" for a nil or
// unknown native type. Autoincrement (SERIAL) and list ("[]") suffixes
// depend on the field and are left to the caller.
func (n *NativeType) SQL() string {
	if n == nil {
		return ""
	}
	spec, ok := lookupNativeType(n.Name)
	if !ok {
		return ""
	}
	if len(n.Args) == 0 {
		return spec.SQL
	}
	return spec.SQL + "(" + strings.Join(n.Args, ",") + ")"
}
