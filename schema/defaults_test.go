package schema

import (
	"strings"
	"testing"

	"github.com/stratadb/strata/psl"
)

func runDefaultCases(t *testing.T, cases []fieldCase) {
	t.Helper()
	for _, tc := range cases {
		f, pf, src := parseTestField(t, tc.line)
		attr := pf.Attribute("default")
		if attr == nil {
			t.Fatalf("%s: no @default", tc.line)
		}
		d, diags := checkDefault(f, attr)
		checkDiags(t, tc.line, src, diags, tc.want)
		if (d == nil) != diags.HasErrors() {
			t.Errorf("%s: default %+v with diagnostics %v", tc.line, d, diags)
		}
	}
}

// Literals, lists, enums, every default function with good and bad
// arguments, dbgenerated on every kind of field, map: and argument errors.
var defaultCases = []fieldCase{
	{"String @default(\"x\")", []wantDiag{}},
	{"String @default(\"\")", []wantDiag{}},
	{"String? @default(\"x\")", []wantDiag{}},
	{"String @default(1)", []wantDiag{{"Error parsing attribute \"@default\": Expected a String value, but found `1`.", "@default(1)"}}},
	{"String @default(true)", []wantDiag{{"Error parsing attribute \"@default\": Expected a String value, but found `true`.", "@default(true)"}}},
	{"String @default([\"a\"])", []wantDiag{{"Error parsing attribute \"@default\": The default value of a non-list field cannot be a list.", "@default([\"a\"])"}}},
	{"String @default([\"a\", \"b\"])", []wantDiag{{"Error parsing attribute \"@default\": The default value of a non-list field cannot be a list.", "@default([\"a\", \"b\"])"}}},
	{"String @default([])", []wantDiag{{"Error parsing attribute \"@default\": The default value of a non-list field cannot be a list.", "@default([])"}}},
	{"Int @default(0)", []wantDiag{}},
	{"Int @default(-1)", []wantDiag{}},
	{"Int @default(007)", []wantDiag{}},
	{"Int @default(2147483648)", []wantDiag{}},
	{"Int @default(1.5)", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"1.5\" is not a valid integer. (invalid digit found in string)", "1.5"}}},
	{"Int @default(\"1\")", []wantDiag{{"Error parsing attribute \"@default\": Expected a Int value, but found `\"1\"`.", "@default(\"1\")"}}},
	{"Int @default(true)", []wantDiag{{"Error parsing attribute \"@default\": Expected a Int value, but found `true`.", "@default(true)"}}},
	{"Int @default(-9223372036854775809)", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"-9223372036854775809\" is not a valid integer. (number too small to fit in target type)", "-9223372036854775809"}}},
	{"BigInt @default(9223372036854775807)", []wantDiag{}},
	{"BigInt @default(9223372036854775808)", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"9223372036854775808\" is not a valid integer. (number too large to fit in target type)", "9223372036854775808"}}},
	{"BigInt @default(1.5)", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"1.5\" is not a valid integer. (invalid digit found in string)", "1.5"}}},
	{"Float @default(1)", []wantDiag{}},
	{"Float @default(-1.5)", []wantDiag{}},
	{"Float @default(\"x\")", []wantDiag{{"Error parsing attribute \"@default\": Expected a Float value, but found `\"x\"`.", "@default(\"x\")"}}},
	{"Float @default(true)", []wantDiag{{"Error parsing attribute \"@default\": Expected a Float value, but found `true`.", "@default(true)"}}},
	{"Decimal @default(1.5)", []wantDiag{}},
	{"Decimal @default(\"1.5\")", []wantDiag{}},
	{"Decimal @default(\"-1.5\")", []wantDiag{}},
	{"Decimal @default(\"1e5\")", []wantDiag{}},
	{"Decimal @default(\"abc\")", []wantDiag{{"Error parsing attribute \"default\": Parse error: \"abc\" is not a valid decimal. (invalid digit found in string)", "\"abc\""}}},
	{"Decimal @default(\"NaN\")", []wantDiag{{"Error parsing attribute \"default\": Parse error: \"NaN\" is not a valid decimal. (invalid digit found in string)", "\"NaN\""}}},
	{"Decimal @default(true)", []wantDiag{{"Error parsing attribute \"@default\": Expected a Decimal value, but found `true`.", "@default(true)"}}},
	{"Boolean @default(true)", []wantDiag{}},
	{"Boolean @default(false)", []wantDiag{}},
	{"Boolean @default(\"true\")", []wantDiag{{"Error parsing attribute \"@default\": Expected a Boolean value, but found `\"true\"`.", "@default(\"true\")"}}},
	{"Boolean @default(1)", []wantDiag{{"Error parsing attribute \"@default\": Expected a Boolean value, but found `1`.", "@default(1)"}}},
	{"Boolean @default(True)", []wantDiag{{"Error parsing attribute \"@default\": A boolean literal must be `true` or `false`.", "True"}}},
	{"DateTime @default(\"2020-01-01T00:00:00Z\")", []wantDiag{}},
	{"DateTime @default(\"2020-01-01T00:00:00.123456789Z\")", []wantDiag{}},
	{"DateTime @default(\"2020-01-01 00:00:00+01:00\")", []wantDiag{}},
	{"DateTime @default(\"2020-01-01T00:00:00-05:30\")", []wantDiag{}},
	{"DateTime @default(\"2020-01-01\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"2020-01-01\" is not a valid rfc3339 datetime string. (premature end of input)", "\"2020-01-01\""}}},
	{"DateTime @default(\"nope\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"nope\" is not a valid rfc3339 datetime string. (input contains invalid characters)", "\"nope\""}}},
	{"DateTime @default(\"\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"\" is not a valid rfc3339 datetime string. (premature end of input)", "\"\""}}},
	{"DateTime @default(\"2020-13-01T00:00:00Z\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"2020-13-01T00:00:00Z\" is not a valid rfc3339 datetime string. (input is out of range)", "\"2020-13-01T00:00:00Z\""}}},
	{"DateTime @default(\"2020-02-30T00:00:00Z\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"2020-02-30T00:00:00Z\" is not a valid rfc3339 datetime string. (input is out of range)", "\"2020-02-30T00:00:00Z\""}}},
	{"DateTime @default(\"2020-02-29T00:00:00Z\")", []wantDiag{}},
	{"DateTime @default(\"2021-02-29T00:00:00Z\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"2021-02-29T00:00:00Z\" is not a valid rfc3339 datetime string. (input is out of range)", "\"2021-02-29T00:00:00Z\""}}},
	{"DateTime @default(\"2020-01-01T00:00:00Zx\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"2020-01-01T00:00:00Zx\" is not a valid rfc3339 datetime string. (trailing input)", "\"2020-01-01T00:00:00Zx\""}}},
	{"DateTime @default(\"2020-01-01T25:00:00Z\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"2020-01-01T25:00:00Z\" is not a valid rfc3339 datetime string. (input is out of range)", "\"2020-01-01T25:00:00Z\""}}},
	{"DateTime @default(\"2020-01-01T00:00:00\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"2020-01-01T00:00:00\" is not a valid rfc3339 datetime string. (premature end of input)", "\"2020-01-01T00:00:00\""}}},
	{"DateTime @default(\"2020-01-01X00:00:00Z\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"2020-01-01X00:00:00Z\" is not a valid rfc3339 datetime string. (input contains invalid characters)", "\"2020-01-01X00:00:00Z\""}}},
	{"DateTime @default(\"2020-01-01T00:00:00.Z\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"2020-01-01T00:00:00.Z\" is not a valid rfc3339 datetime string. (input contains invalid characters)", "\"2020-01-01T00:00:00.Z\""}}},
	{"DateTime @default(\"2020-01-01T00:00:00+0100\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"2020-01-01T00:00:00+0100\" is not a valid rfc3339 datetime string. (input contains invalid characters)", "\"2020-01-01T00:00:00+0100\""}}},
	{"DateTime @default(\"20-01-01T00:00:00Z\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"20-01-01T00:00:00Z\" is not a valid rfc3339 datetime string. (input contains invalid characters)", "\"20-01-01T00:00:00Z\""}}},
	{"DateTime @default(1)", []wantDiag{{"Error parsing attribute \"@default\": Expected a DateTime value, but found `1`.", "@default(1)"}}},
	{"Json @default(\"{}\")", []wantDiag{}},
	{"Json @default(\"[1, 2]\")", []wantDiag{}},
	{"Json @default(\"null\")", []wantDiag{}},
	{"Json @default(\"{\\\"a\\\": [1, true, null, \\\"x\\\"]}\")", []wantDiag{}},
	{"Json @default(\"{bad\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"{bad\" is not a valid JSON string. (key must be a string at line 1 column 2)", "\"{bad\""}}},
	{"Json @default(\"\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"\" is not a valid JSON string. (EOF while parsing a value at line 1 column 0)", "\"\""}}},
	{"Json @default(\"1 2\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"1 2\" is not a valid JSON string. (trailing characters at line 1 column 3)", "\"1 2\""}}},
	{"Json @default(\"{\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"{\" is not a valid JSON string. (EOF while parsing an object at line 1 column 1)", "\"{\""}}},
	{"Json @default(\"[1,]\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"[1,]\" is not a valid JSON string. (trailing comma at line 1 column 4)", "\"[1,]\""}}},
	{"Json @default(\"[1 2]\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"[1 2]\" is not a valid JSON string. (expected `,` or `]` at line 1 column 4)", "\"[1 2]\""}}},
	{"Json @default(\"{\\\"a\\\" 1}\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"{\"a\" 1}\" is not a valid JSON string. (expected `:` at line 1 column 6)", "\"{\\\"a\\\" 1}\""}}},
	{"Json @default(\"{\\\"a\\\": 1,}\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"{\"a\": 1,}\" is not a valid JSON string. (trailing comma at line 1 column 9)", "\"{\\\"a\\\": 1,}\""}}},
	{"Json @default(\"tru\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"tru\" is not a valid JSON string. (EOF while parsing a value at line 1 column 3)", "\"tru\""}}},
	{"Json @default(\"01\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"01\" is not a valid JSON string. (invalid number at line 1 column 2)", "\"01\""}}},
	{"Json @default(\"-\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"-\" is not a valid JSON string. (EOF while parsing a value at line 1 column 1)", "\"-\""}}},
	{"Json @default(\"1.\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"1.\" is not a valid JSON string. (EOF while parsing a value at line 1 column 2)", "\"1.\""}}},
	{"Json @default(\"\\\"abc\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"\"abc\" is not a valid JSON string. (EOF while parsing a string at line 1 column 4)", "\"\\\"abc\""}}},
	{"Json @default(\"x\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"x\" is not a valid JSON string. (expected value at line 1 column 1)", "\"x\""}}},
	{"Json @default(1)", []wantDiag{{"Error parsing attribute \"@default\": Expected a Json value, but found `1`.", "@default(1)"}}},
	{"Bytes @default(\"aGVsbG8=\")", []wantDiag{}},
	{"Bytes @default(\"\")", []wantDiag{}},
	{"Bytes @default(\"!!!\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"!!!\" is not a valid base64 string. (Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`)", "\"!!!\""}}},
	{"Bytes @default(\"aGVsbG8\")", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"aGVsbG8\" is not a valid base64 string. (Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`)", "\"aGVsbG8\""}}},
	{"Bytes @default(1)", []wantDiag{{"Error parsing attribute \"@default\": Expected a Bytes value, but found `1`.", "@default(1)"}}},
	{"Color @default(Red)", []wantDiag{}},
	{"Color? @default(Green)", []wantDiag{}},
	{"Color @default(Blue)", []wantDiag{{"Error parsing attribute \"@default\": The defined default value `Blue` is not a valid value of the enum specified for the field.", "@default(Blue)"}}},
	{"Color @default(Gren)", []wantDiag{{"Error parsing attribute \"@default\": The defined default value `Gren` is not a valid value of the enum specified for the field.", "@default(Gren)"}}},
	{"Color @default(\"Red\")", []wantDiag{{"Error parsing attribute \"@default\": Expected an enum value, but found `\"Red\"`.", "@default(\"Red\")"}}},
	{"Color @default(1)", []wantDiag{{"Error parsing attribute \"@default\": Expected an enum value, but found `1`.", "@default(1)"}}},
	{"Color @default(now())", []wantDiag{{"Error parsing attribute \"@default\": Expected an enum value, but found `now()`.", "@default(now())"}}},
	{"Color @default(foo())", []wantDiag{{"Error parsing attribute \"@default\": Expected an enum value, but found `foo()`.", "@default(foo())"}}},
	{"Color @default([Red])", []wantDiag{{"Error parsing attribute \"@default\": Expected an enum value, but found `[Red]`.", "@default([Red])"}}},
	{"Color @default(dbgenerated(\"'Red'::\\\"Color\\\"\"))", []wantDiag{}},
	{"Color[] @default([Red, Green])", []wantDiag{}},
	{"Color[] @default([])", []wantDiag{}},
	{"Color[] @default([Red, Blue])", []wantDiag{{"Error parsing attribute \"@default\": The defined default value `Blue` is not a valid value of the enum specified for the field.", "@default([Red, Blue])"}}},
	{"Color[] @default([Red, \"Green\"])", []wantDiag{{"Error parsing attribute \"@default\": Expected an enum value, but found `\"Green\"`.", "@default([Red, \"Green\"])"}}},
	{"Color[] @default(Red)", []wantDiag{{"Error parsing attribute \"@default\": Expected an enum value, but found `Red`.", "@default(Red)"}}},
	{"Color[] @default(\"Red\")", []wantDiag{{"Error parsing attribute \"@default\": Expected an enum value, but found `\"Red\"`.", "@default(\"Red\")"}}},
	{"String[] @default([])", []wantDiag{}},
	{"String[] @default([\"a\",\"b\"])", []wantDiag{}},
	{"String[] @default(\"a\")", []wantDiag{{"Error parsing attribute \"@default\": The default value of a list field must be a list.", "@default(\"a\")"}}},
	{"Int[] @default([1, 2])", []wantDiag{}},
	{"Int[] @default([1, 2.5])", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"2.5\" is not a valid integer. (invalid digit found in string)", "2.5"}}},
	{"Int[] @default([1, \"2\"])", []wantDiag{{"Error parsing attribute \"@default\": Expected a Int value, but found `\"2\"`.", "@default([1, \"2\"])"}}},
	{"Int[] @default(1)", []wantDiag{{"Error parsing attribute \"@default\": The default value of a list field must be a list.", "@default(1)"}}},
	{"Int[] @default([[1]])", []wantDiag{{"Error parsing attribute \"@default\": Expected a Int value, but found `[1]`.", "@default([[1]])"}}},
	{"Json[] @default([\"{}\", \"[]\"])", []wantDiag{}},
	{"Json[] @default([\"{\"])", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"{\" is not a valid JSON string. (EOF while parsing an object at line 1 column 1)", "\"{\""}}},
	{"DateTime[] @default([\"2020-01-01T00:00:00Z\"])", []wantDiag{}},
	{"DateTime[] @default([\"2020-01-01\"])", []wantDiag{{"Error parsing attribute \"@default\": Parse error: \"2020-01-01\" is not a valid rfc3339 datetime string. (premature end of input)", "\"2020-01-01\""}}},
	{"Boolean[] @default([true, false])", []wantDiag{}},
	{"Boolean[] @default([true, False])", []wantDiag{{"Error parsing attribute \"@default\": A boolean literal must be `true` or `false`.", "False"}}},
	{"String[] @default([now()])", []wantDiag{{"Error parsing attribute \"@default\": Expected a String value, but found `now()`.", "@default([now()])"}}},
	{"Int @default(autoincrement())", []wantDiag{}},
	{"BigInt @default(autoincrement())", []wantDiag{}},
	{"Int? @default(autoincrement())", []wantDiag{}},
	{"String @default(autoincrement())", []wantDiag{{"Error parsing attribute \"@default\": The function `autoincrement()` cannot be used on fields of type `String`.", "@default(autoincrement())"}}},
	{"Float @default(autoincrement())", []wantDiag{{"Error parsing attribute \"@default\": The function `autoincrement()` cannot be used on fields of type `Float`.", "@default(autoincrement())"}}},
	{"Int @default(autoincrement(1))", []wantDiag{{"Error parsing attribute \"@default\": The `autoincrement` function does not take any argument. Consider changing this default to `autoincrement()`.", "@default(autoincrement(1))"}}},
	{"DateTime @default(now())", []wantDiag{}},
	{"DateTime? @default(now())", []wantDiag{}},
	{"String @default(now())", []wantDiag{{"Error parsing attribute \"@default\": The function `now()` cannot be used on fields of type `String`.", "@default(now())"}}},
	{"DateTime @default(now(1))", []wantDiag{{"Error parsing attribute \"@default\": The `now` function does not take any argument. Consider changing this default to `now()`.", "@default(now(1))"}}},
	{"String @default(cuid())", []wantDiag{}},
	{"String @default(cuid(1))", []wantDiag{}},
	{"String @default(cuid(2))", []wantDiag{}},
	{"String @default(cuid(3))", []wantDiag{{"Error parsing attribute \"@default\": `cuid()` takes either no argument, or a single integer argument which is either 1 or 2.", "@default(cuid(3))"}}},
	{"String @default(cuid(42))", []wantDiag{{"Error parsing attribute \"@default\": `cuid()` takes either no argument, or a single integer argument which is either 1 or 2.", "@default(cuid(42))"}}},
	{"String @default(cuid(\"2\"))", []wantDiag{{"Error parsing attribute \"@default\": `cuid()` takes a single Int argument.", "@default(cuid(\"2\"))"}}},
	{"String @default(cuid(2, 3))", []wantDiag{{"Error parsing attribute \"@default\": `cuid()` takes a single Int argument.", "@default(cuid(2, 3))"}}},
	{"String @default(cuid(2.0))", []wantDiag{{"Error parsing attribute \"@default\": `cuid()` takes either no argument, or a single integer argument which is either 1 or 2.", "@default(cuid(2.0))"}}},
	{"Int @default(cuid())", []wantDiag{{"Error parsing attribute \"@default\": The function `cuid()` cannot be used on fields of type `Int`.", "@default(cuid())"}}},
	{"String @default(uuid())", []wantDiag{}},
	{"String @default(uuid(4))", []wantDiag{}},
	{"String @default(uuid(7))", []wantDiag{}},
	{"String @default(uuid(5))", []wantDiag{{"Error parsing attribute \"@default\": `uuid()` takes either no argument, or a single integer argument which is either 4 or 7.", "@default(uuid(5))"}}},
	{"String @default(uuid(300))", []wantDiag{{"Error parsing attribute \"@default\": `uuid()` takes either no argument, or a single integer argument which is either 4 or 7.", "@default(uuid(300))"}}},
	{"String @default(uuid(-4))", []wantDiag{{"Error parsing attribute \"@default\": `uuid()` takes either no argument, or a single integer argument which is either 4 or 7.", "@default(uuid(-4))"}}},
	{"String @default(uuid(4.5))", []wantDiag{{"Error parsing attribute \"@default\": `uuid()` takes either no argument, or a single integer argument which is either 4 or 7.", "@default(uuid(4.5))"}}},
	{"String @default(uuid(\"4\"))", []wantDiag{{"Error parsing attribute \"@default\": `uuid()` takes a single Int argument.", "@default(uuid(\"4\"))"}}},
	{"String @default(uuid(4, 7))", []wantDiag{{"Error parsing attribute \"@default\": `uuid()` takes a single Int argument.", "@default(uuid(4, 7))"}}},
	{"Int @default(uuid())", []wantDiag{{"Error parsing attribute \"@default\": The function `uuid()` cannot be used on fields of type `Int`.", "@default(uuid())"}}},
	{"String @default(nanoid())", []wantDiag{}},
	{"String @default(nanoid(2))", []wantDiag{}},
	{"String @default(nanoid(21))", []wantDiag{}},
	{"String @default(nanoid(255))", []wantDiag{}},
	{"String @default(nanoid(1))", []wantDiag{{"Error parsing attribute \"@default\": `nanoid()` takes either no argument, or a single integer argument between 2 and 255.", "@default(nanoid(1))"}}},
	{"String @default(nanoid(256))", []wantDiag{{"Error parsing attribute \"@default\": `nanoid()` takes either no argument, or a single integer argument between 2 and 255.", "@default(nanoid(256))"}}},
	{"String @default(nanoid(-1))", []wantDiag{{"Error parsing attribute \"@default\": `nanoid()` takes either no argument, or a single integer argument between 2 and 255.", "@default(nanoid(-1))"}}},
	{"String @default(nanoid(1.5))", []wantDiag{{"Error parsing attribute \"@default\": `nanoid()` takes either no argument, or a single integer argument between 2 and 255.", "@default(nanoid(1.5))"}}},
	{"String @default(nanoid(\"3\"))", []wantDiag{{"Error parsing attribute \"@default\": `nanoid()` takes a single Int argument.", "@default(nanoid(\"3\"))"}}},
	{"Int @default(nanoid())", []wantDiag{{"Error parsing attribute \"@default\": The function `nanoid()` cannot be used on fields of type `Int`.", "@default(nanoid())"}}},
	{"String @default(ulid())", []wantDiag{}},
	{"String @default(ulid(1))", []wantDiag{{"Error parsing attribute \"@default\": The `ulid` function does not take any argument. Consider changing this default to `ulid()`.", "@default(ulid(1))"}}},
	{"Int @default(ulid())", []wantDiag{{"Error parsing attribute \"@default\": The function `ulid()` cannot be used on fields of type `Int`.", "@default(ulid())"}}},
	{"DateTime @default(ulid())", []wantDiag{{"Error parsing attribute \"@default\": The function `ulid()` cannot be used on fields of type `DateTime`.", "@default(ulid())"}}},
	{"String @default(dbgenerated())", []wantDiag{}},
	{"String @default(dbgenerated(\"gen_random_uuid()\"))", []wantDiag{}},
	{"Int @default(dbgenerated(\"1 + 1\"))", []wantDiag{}},
	{"Int[] @default(dbgenerated(\"'{}'\"))", []wantDiag{}},
	{"String @default(dbgenerated(1))", []wantDiag{{"Error parsing attribute \"@default\": `dbgenerated()` takes a single String argument", "@default(dbgenerated(1))"}}},
	{"String @default(dbgenerated(\"\"))", []wantDiag{{"Error parsing attribute \"@default\": dbgenerated() takes either no argument, or a single nonempty string argument.", "@default(dbgenerated(\"\"))"}}},
	{"String @default(dbgenerated(\"a\", \"b\"))", []wantDiag{{"Error parsing attribute \"@default\": `dbgenerated()` takes a single String argument", "@default(dbgenerated(\"a\", \"b\"))"}}},
	{"Unsupported(\"circle\") @default(dbgenerated(\"'<(0,0),1>'\"))", []wantDiag{}},
	{"Unsupported(\"circle\")? @default(dbgenerated())", []wantDiag{}},
	{"Unsupported(\"circle\") @default(\"x\")", []wantDiag{{"Error parsing attribute \"@default\": Only @default(dbgenerated(\"...\")) can be used for Unsupported types.", "@default(\"x\")"}}},
	{"Unsupported(\"circle\") @default(now())", []wantDiag{{"Error parsing attribute \"@default\": Only @default(dbgenerated(\"...\")) can be used for Unsupported types.", "@default(now())"}}},
	{"String @default(auto())", []wantDiag{{"Error parsing attribute \"@default\": The current connector does not support the `auto()` function.", "auto()"}}},
	{"Int @default(auto())", []wantDiag{{"Error parsing attribute \"@default\": The current connector does not support the `auto()` function.", "auto()"}}},
	{"String @default(auto(1))", []wantDiag{{"Error parsing attribute \"@default\": `auto()` takes no arguments", "@default(auto(1))"}}},
	{"String @default(foo())", []wantDiag{{"Unknown function in @default(): `foo` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions", "foo()"}}},
	{"Int @default(sequence())", []wantDiag{{"Unknown function in @default(): `sequence` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions", "sequence()"}}},
	{"String @default(env(\"X\"))", []wantDiag{{"Unknown function in @default(): `env` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions", "env(\"X\")"}}},
	{"String @default(uid())", []wantDiag{{"Unknown function in @default(): `uid` is not known. You can read about the available functions here: https://pris.ly/d/attribute-functions", "uid()"}}},
	{"String @default(\"x\", map: \"a_def\")", []wantDiag{{"Error parsing attribute \"@default\": You defined a database name for the default value of a field on the model. This is not supported by the provider.", "@default(\"x\", map: \"a_def\")"}}},
	{"DateTime @default(now(), map: \"x\")", []wantDiag{{"Error parsing attribute \"@default\": You defined a database name for the default value of a field on the model. This is not supported by the provider.", "@default(now(), map: \"x\")"}}},
	{"Int @default(autoincrement(), map: \"x\")", []wantDiag{{"Error parsing attribute \"@default\": Naming an autoincrement default value is not allowed.", "@default(autoincrement(), map: \"x\")"}}},
	{"String @default(\"x\", map: 1)", []wantDiag{{"Expected a string value, but received numeric value `1`.", "1"}}},
	{"String @default(\"x\", map: true)", []wantDiag{{"Expected a string value, but received literal value `true`.", "true"}}},
	{"String @default(\"x\", map: foo())", []wantDiag{{"Expected a string value, but received functional value `foo()`.", "foo()"}}},
	{"String @default(\"x\", map: [\"a\"])", []wantDiag{{"Expected a string value, but received array value `[\"a\"]`.", "[\"a\"]"}}},
	{"String @default(\"x\", map: \"\")", []wantDiag{{"Error parsing attribute \"@default\": The `map` argument cannot be an empty string.", "@default(\"x\", map: \"\")"}}},
	{"String @default(map: \"x\")", []wantDiag{{"Argument \"value\" is missing.", "@default(map: \"x\")"}, {"No such argument.", "map: \"x\""}}},
	{"String @default()", []wantDiag{{"Argument \"value\" is missing.", "@default()"}}},
	{"String @default", []wantDiag{{"Argument \"value\" is missing.", "@default"}}},
	{"String @default(\"x\", \"y\")", []wantDiag{{"Error parsing attribute \"@default\": You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? Did you mean `[\"x\", \"y\"]`?", "@default(\"x\", \"y\")"}}},
	{"Int @default(1, 2)", []wantDiag{{"Error parsing attribute \"@default\": You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? Did you mean `[1, 2]`?", "@default(1, 2)"}}},
	{"String @default(value: \"x\")", []wantDiag{}},
	{"String @default(\"x\", foo: \"y\")", []wantDiag{{"No such argument.", "foo: \"y\""}}},
	{"String @default(\"x\", value: \"y\")", []wantDiag{{"Argument \"value\" is already specified as unnamed argument.", "value: \"y\""}}},
	{"String @default(\"x\", map: \"y\", map: \"z\")", []wantDiag{{"Argument \"map\" is already specified.", "map: \"z\""}}},
	{"String @default(x: \"y\")", []wantDiag{{"Argument \"value\" is missing.", "@default(x: \"y\")"}, {"No such argument.", "x: \"y\""}}},
	// Relation fields (the builder reports these itself, but the check
	// stands on its own).
	{"B @relation(fields: [id], references: [id]) @default(1)", []wantDiag{{"Error parsing attribute \"@default\": Cannot set a default value on a relation field.", "@default(1)"}}},
}

func TestDefaults(t *testing.T) { runDefaultCases(t, defaultCases) }

// Where strata is stricter than Prisma 7, which accepts these and then
// fails at migration time.
var defaultStricterCases = []fieldCase{
	{"Int[] @default(autoincrement())", []wantDiag{{"Error parsing attribute \"@default\": The function `autoincrement()` cannot be used on list fields.", "@default(autoincrement())"}}},
	{"BigInt[] @default(autoincrement())", []wantDiag{{"Error parsing attribute \"@default\": The function `autoincrement()` cannot be used on list fields.", "@default(autoincrement())"}}},
}

func TestDefaultsStricterThanPrisma(t *testing.T) { runDefaultCases(t, defaultStricterCases) }

func TestDefaultResult(t *testing.T) {
	cases := []struct {
		line string
		want Default
	}{
		{`String @default("hi")`, Default{Kind: DefaultLiteral, Value: "hi", IsString: true}},
		{`String @default("a\"b")`, Default{Kind: DefaultLiteral, Value: `a"b`, IsString: true}},
		{`Int @default(-3)`, Default{Kind: DefaultLiteral, Value: "-3"}},
		{`Float @default(1.5)`, Default{Kind: DefaultLiteral, Value: "1.5"}},
		{`Decimal @default("9.99")`, Default{Kind: DefaultLiteral, Value: "9.99", IsString: true}},
		{`Boolean @default(false)`, Default{Kind: DefaultLiteral, Value: "false"}},
		{`DateTime @default("2024-01-31T00:00:00Z")`, Default{Kind: DefaultLiteral, Value: "2024-01-31T00:00:00Z", IsString: true}},
		{`Json @default("{}")`, Default{Kind: DefaultLiteral, Value: "{}", IsString: true}},
		{`Color @default(Green)`, Default{Kind: DefaultLiteral, Value: "Green"}},
		{`Color[] @default([Red, Green])`, Default{Kind: DefaultLiteral, IsList: true, List: []string{"Red", "Green"}}},
		{`String[] @default([])`, Default{Kind: DefaultLiteral, IsList: true, List: []string{}}},
		{`String[] @default(["a", "b"])`, Default{Kind: DefaultLiteral, IsList: true, List: []string{"a", "b"}, IsString: true}},
		{`Int[] @default([1, 2])`, Default{Kind: DefaultLiteral, IsList: true, List: []string{"1", "2"}}},
		{`Int @default(autoincrement())`, Default{Kind: DefaultFunc, Func: "autoincrement"}},
		{`DateTime @default(now())`, Default{Kind: DefaultFunc, Func: "now"}},
		{`String @default(cuid())`, Default{Kind: DefaultFunc, Func: "cuid"}},
		{`String @default(cuid(2))`, Default{Kind: DefaultFunc, Func: "cuid", Args: []string{"2"}}},
		{`String @default(uuid(7))`, Default{Kind: DefaultFunc, Func: "uuid", Args: []string{"7"}}},
		{`String @default(nanoid(16))`, Default{Kind: DefaultFunc, Func: "nanoid", Args: []string{"16"}}},
		{`String @default(ulid())`, Default{Kind: DefaultFunc, Func: "ulid"}},
		{`String @default(dbgenerated("gen_random_uuid()"))`, Default{Kind: DefaultFunc, Func: "dbgenerated", Args: []string{"gen_random_uuid()"}}},
		{`Unsupported("circle") @default(dbgenerated())`, Default{Kind: DefaultFunc, Func: "dbgenerated"}},
		{`String @default(value: "v")`, Default{Kind: DefaultLiteral, Value: "v", IsString: true}},
	}
	for _, tc := range cases {
		f, pf, _ := parseTestField(t, tc.line)
		attr := pf.Attribute("default")
		d, diags := checkDefault(f, attr)
		if len(diags) > 0 || d == nil {
			t.Errorf("%s: unexpected diagnostics %v", tc.line, diags)
			continue
		}
		want := tc.want
		want.Span = attr.Span
		if d.Kind != want.Kind || d.Func != want.Func || strings.Join(d.Args, "|") != strings.Join(want.Args, "|") ||
			d.Value != want.Value || d.IsList != want.IsList || d.IsString != want.IsString || d.MapName != "" || d.Span != want.Span ||
			strings.Join(d.List, "|") != strings.Join(want.List, "|") || (want.IsList && d.List == nil) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.line, *d, want)
		}
	}
}

func TestDefaultHints(t *testing.T) {
	cases := []struct{ line, hint string }{
		{`Color @default(Gren)`, "Did you mean Green? Values of enum Color: Red, Green."},
		{`String @default(nanoId())`, "Did you mean nanoid()?"},
		{`String @default(random())`, `Functions for String fields: cuid(), uuid(), nanoid(), ulid(); or write SQL with dbgenerated("...").`},
		{`String @default(now())`, "now() works on DateTime fields. For String fields use cuid(), uuid(), nanoid(), ulid()."},
		{`String[] @default("a")`, `Wrap the value in brackets: @default(["a"]), or @default([]) for an empty list.`},
		{`Int @default(1, 2)`, "A list default is written in brackets: @default([1, 2])."},
		{`String @default(auto())`, `auto() is MongoDB's ObjectId default; on PostgreSQL use uuid() or cuid(), or dbgenerated("gen_random_uuid()") with @db.Uuid.`},
	}
	for _, tc := range cases {
		f, pf, _ := parseTestField(t, tc.line)
		_, diags := checkDefault(f, pf.Attribute("default"))
		if len(diags) != 1 || diags[0].Hint != tc.hint {
			t.Errorf("%s: got %v, want one diagnostic with hint %q", tc.line, diags, tc.hint)
			if len(diags) > 0 {
				t.Logf("hint: %q", diags[0].Hint)
			}
		}
	}
}

func TestRFC3339(t *testing.T) {
	cases := map[string]string{
		"2020-01-01T00:00:00Z":        "",
		"2020-01-01t00:00:00z":        "",
		"2020-01-01T23:59:60Z":        "",
		"2020-01-01T00:00:00.5+14:00": "",
		"2020-01-01T00:00":            dtTooShort,
		"2020-01-01T00:00:00.":        dtTooShort,
		"2020-01-01T00:00:00+01":      dtTooShort,
		"2020-1-01T00:00:00Z":         dtInvalid,
		"2020-01-01T00:00:00+1:00":    dtInvalid,
		"2020-01-32T00:00:00Z":        dtOutOfRange,
		"2020-04-31T00:00:00Z":        dtOutOfRange,
		"1900-02-29T00:00:00Z":        dtOutOfRange,
		"2000-02-29T00:00:00Z":        "",
		"2020-01-01T00:60:00Z":        dtOutOfRange,
		"2020-01-01T00:00:00+24:00":   dtOutOfRange,
		"2020-01-01T00:00:00Z ":       dtTooLong,
	}
	for in, want := range cases {
		if got := rfc3339Error(in); got != want {
			t.Errorf("rfc3339Error(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestJSONError(t *testing.T) {
	cases := map[string]string{
		`{"a": {"b": [1, -2.5e3, "x\u00e9\n"]}, "c": null}`: "",
		" [ ] ":       "",
		"[1, 2":       "EOF while parsing a list at line 1 column 5",
		"{\n\"a\"":    "EOF while parsing an object at line 2 column 3",
		"[1]\n x":     "trailing characters at line 2 column 2",
		`"\q"`:        "invalid escape at line 1 column 3",
		"{\"a\":1 2}": "expected `,` or `}` at line 1 column 8",
		"nul":         "EOF while parsing a value at line 1 column 3",
		"nulL":        "expected ident at line 1 column 4",
		"\"a\tb\"":    "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 3",
	}
	for in, want := range cases {
		if got := jsonError(in); got != want {
			t.Errorf("jsonError(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzFieldAttributes feeds arbitrary field lines to both checks: they must
// never panic, and must return a value exactly when there is no error.
func FuzzFieldAttributes(f *testing.F) {
	for _, tc := range defaultCases {
		f.Add(tc.line)
	}
	for _, tc := range nativeTypeArgCases {
		f.Add(tc.line)
	}
	f.Add(`String @default(dbgenerated(x: ))`)
	f.Add(`String @db.VarChar(x: ) @default(uuid(n: ))`)
	f.Fuzz(func(t *testing.T, line string) {
		src := []byte(testSchemaHead + "  a " + line + "\n}\n")
		file, _ := psl.Parse("schema.prisma", src)
		color := &Enum{Name: "Color", Values: []*EnumValue{{Name: "Red"}}}
		for _, b := range file.Blocks() {
			for _, pf := range b.Fields {
				if pf.Type == nil {
					continue
				}
				for _, kind := range []FieldKind{ScalarField, EnumField, UnsupportedField, RelationField, CompositeField} {
					fld := &Field{Name: pf.Name.Name, Kind: kind, Type: pf.Type.Name.Name, Arity: pf.Type.Arity}
					if kind == EnumField {
						fld.Enum = color
					}
					for _, a := range pf.Attributes {
						if strings.Contains(a.Name, ".") {
							nt, ds := checkNativeType(fld, a, "db")
							if (nt == nil) != ds.HasErrors() {
								t.Fatalf("%q: native type %v with %v", line, nt, ds)
							}
						} else if a.Name == "default" {
							d, ds := checkDefault(fld, a)
							if (d == nil) != ds.HasErrors() {
								t.Fatalf("%q: default %v with %v", line, d, ds)
							}
						}
					}
				}
			}
		}
	})
}
