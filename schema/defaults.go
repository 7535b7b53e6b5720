package schema

import (
	"encoding/base64"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/stratadb/strata/psl"
)

// This file checks @default attributes with Prisma's rules for PostgreSQL:
// literal values must fit the field type (and parse: integers, RFC 3339
// dates, JSON, base64), list fields take list literals, and the functions
// autoincrement(), now(), cuid(), uuid(), nanoid(), ulid() and dbgenerated()
// go only where Prisma allows them.

// The default functions Prisma knows. auto() is MongoDB's.
const (
	fnAutoincrement = "autoincrement"
	fnCuid          = "cuid"
	fnDbgenerated   = "dbgenerated"
	fnNanoid        = "nanoid"
	fnNow           = "now"
	fnUUID          = "uuid"
	fnUlid          = "ulid"
	fnAuto          = "auto"
)

var knownDefaultFuncs = []string{fnAutoincrement, fnCuid, fnDbgenerated, fnNanoid, fnNow, fnUUID, fnUlid, fnAuto}

const unknownFuncDocs = "https://pris.ly/d/attribute-functions"

// defaultChecker carries one @default check.
type defaultChecker struct {
	f     *Field
	attr  *psl.Attribute
	diags psl.Diagnostics
}

// fail records an attribute validation error: Prisma words these
// `Error parsing attribute "@default": ...`.
func (c *defaultChecker) fail(span psl.Span, msg, hint string) {
	d := psl.Errorf(span, "Error parsing attribute \"@default\": %s", msg)
	d.Hint = hint
	c.diags = append(c.diags, d)
}

func (c *defaultChecker) failAttr(msg, hint string) { c.fail(c.attr.Span, msg, hint) }

// checkDefault validates a field's @default(...) attribute and returns the
// default, or nil with the diagnostics when it is not valid. f must have
// Kind, Type, Enum and Arity set; f.NativeType may be set.
func checkDefault(f *Field, attr *psl.Attribute) (*Default, psl.Diagnostics) {
	c := &defaultChecker{f: f, attr: attr}
	d := c.check()
	if c.diags.HasErrors() {
		return nil, c.diags
	}
	return d, c.diags
}

func (c *defaultChecker) check() *Default {
	value, mapArg, ok := c.arguments()
	if !ok {
		return nil
	}
	mapName := ""
	if mapArg != nil {
		switch v := mapArg.Value.(type) {
		case *psl.StringLit:
			if v.Value == "" {
				c.failAttr("The `map` argument cannot be an empty string.", "Remove map:, PostgreSQL default values have no name.")
			}
			mapName = v.Value
		default:
			c.diags = append(c.diags, psl.Errorf(mapArg.Value.GetSpan(), "Expected a string value, but received %s value `%s`.", prismaValueKind(mapArg.Value), exprText(mapArg.Value)).
				WithHint("map: takes a name in double quotes; on PostgreSQL remove it, default values have no name."))
		}
	}

	d := &Default{MapName: mapName, Span: c.attr.Span}
	fc, isFunc := value.(*psl.FuncCall)

	switch c.f.Kind {
	case RelationField:
		c.failAttr("Cannot set a default value on a relation field.", "Put the default on the scalar foreign-key field instead.")
		return nil
	case CompositeField:
		c.diags = append(c.diags, psl.Errorf(c.attr.Span, "Defaults on fields of type composite are not supported. Please remove the `@default` attribute.").
			WithHint("Remove the @default attribute."))
		return nil
	}

	// @default(dbgenerated(...)) is valid on every field type.
	if isFunc && fc.Name.Name == fnDbgenerated {
		if !c.dbgenerated(fc, d) {
			return nil
		}
		return c.finish(d, fc)
	}

	switch c.f.Kind {
	case UnsupportedField:
		c.failAttr(`Only @default(dbgenerated("...")) can be used for Unsupported types.`,
			`Write the database's default as SQL: @default(dbgenerated("<SQL expression>")).`)
		return nil
	case EnumField:
		if !c.enumDefault(value, d) {
			return nil
		}
		return c.finish(d, nil)
	}

	if isFunc {
		if !c.function(fc, mapName, d) {
			return nil
		}
		return c.finish(d, fc)
	}
	if c.f.IsList() {
		arr, ok := value.(*psl.ArrayExpr)
		if !ok {
			c.failAttr("The default value of a list field must be a list.",
				fmt.Sprintf("Wrap the value in brackets: @default([%s]), or @default([]) for an empty list.", exprText(value)))
			return nil
		}
		d.IsList = true
		d.List = []string{}
		for _, e := range arr.Elems {
			v, isStr, ok := c.literal(e)
			if !ok {
				return nil
			}
			d.List = append(d.List, v)
			d.IsString = isStr
		}
		return c.finish(d, nil)
	}
	if _, ok := value.(*psl.ArrayExpr); ok {
		c.failAttr("The default value of a non-list field cannot be a list.",
			fmt.Sprintf("Give a single value, or make the field a list (%s[]).", c.f.Type))
		return nil
	}
	v, isStr, ok := c.literal(value)
	if !ok {
		return nil
	}
	d.Value, d.IsString = v, isStr
	return c.finish(d, nil)
}

// finish applies the checks Prisma runs once the value itself is valid.
func (c *defaultChecker) finish(d *Default, fc *psl.FuncCall) *Default {
	if c.diags.HasErrors() {
		return nil
	}
	if d.MapName != "" {
		if fc != nil && fc.Name.Name == fnAutoincrement {
			c.failAttr("Naming an autoincrement default value is not allowed.", "Remove map: from the @default.")
		} else {
			c.failAttr("You defined a database name for the default value of a field on the model. This is not supported by the provider.",
				"Remove map:, PostgreSQL default values have no name.")
		}
		return nil
	}
	return d
}

// arguments sorts @default's arguments into the value and map:.
func (c *defaultChecker) arguments() (value psl.Expr, mapArg *psl.Arg, ok bool) {
	var positional []*psl.Arg
	var named *psl.Arg
	var unknown []*psl.Arg
	ok = true
	for _, a := range c.attr.Args {
		if a.Name == nil {
			positional = append(positional, a)
			continue
		}
		var slot **psl.Arg
		switch a.Name.Name {
		case "value":
			slot = &named
		case "map":
			slot = &mapArg
		default:
			unknown = append(unknown, a)
			ok = false
			continue
		}
		if *slot != nil {
			c.diags = append(c.diags, psl.Errorf(a.Span, "Argument %q is already specified.", a.Name.Name).WithHint("Remove the repeated argument."))
			ok = false
			continue
		}
		*slot = a
	}
	noSuchArg := func(as ...*psl.Arg) {
		for _, a := range as {
			if a != nil {
				c.diags = append(c.diags, psl.Errorf(a.Span, "No such argument.").
					WithHint("@default takes a value and an optional map: argument."))
			}
		}
	}
	if len(positional) > 1 {
		parts := make([]string, len(positional))
		for i, a := range positional {
			parts[i] = nativeArgText(a)
		}
		list := "[" + strings.Join(parts, ", ") + "]"
		c.failAttr(fmt.Sprintf("You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? Did you mean `%s`?", list),
			fmt.Sprintf("A list default is written in brackets: @default(%s).", list))
		return nil, nil, false
	}
	if len(positional) == 1 && named != nil {
		c.diags = append(c.diags, psl.Errorf(named.Span, "Argument %q is already specified as unnamed argument.", "value").
			WithHint("Give the value once."))
		return nil, nil, false
	}
	switch {
	case len(positional) == 1:
		value = positional[0].Value
	case named != nil:
		value = named.Value
	}
	if value == nil {
		c.diags = append(c.diags, psl.Errorf(c.attr.Span, "Argument %q is missing.", "value").
			WithHint("%s", defaultExampleHint(c.f)))
		// Without a value Prisma reads no other argument either.
		noSuchArg(named, mapArg)
		noSuchArg(unknown...)
		return nil, nil, false
	}
	noSuchArg(unknown...)
	if mapArg != nil && mapArg.Value == nil {
		mapArg = nil
	}
	return value, mapArg, ok
}

// dbgenerated checks dbgenerated() / dbgenerated("sql").
func (c *defaultChecker) dbgenerated(fc *psl.FuncCall, d *Default) bool {
	d.Kind, d.Func = DefaultFunc, fnDbgenerated
	hint := `Write @default(dbgenerated("<SQL expression>")), e.g. @default(dbgenerated("gen_random_uuid()")), or dbgenerated() alone.`
	if len(fc.Args) > 1 {
		c.failAttr("`dbgenerated()` takes a single String argument", hint)
		return false
	}
	if len(fc.Args) == 0 || fc.Args[0].Value == nil {
		return true
	}
	s, ok := fc.Args[0].Value.(*psl.StringLit)
	if !ok {
		c.failAttr("`dbgenerated()` takes a single String argument", hint)
		return false
	}
	if s.Value == "" {
		c.failAttr("dbgenerated() takes either no argument, or a single nonempty string argument.", hint)
		return false
	}
	d.Args = []string{s.Value}
	return true
}

// function checks a default function on a built-in scalar field.
func (c *defaultChecker) function(fc *psl.FuncCall, mapName string, d *Default) bool {
	name := fc.Name.Name
	typ := c.f.Type
	d.Kind, d.Func = DefaultFunc, name
	switch {
	case name == fnAutoincrement && mapName != "":
		c.failAttr("Naming an autoincrement default value is not allowed.", "Remove map: from the @default.")
		return false
	case name == fnAutoincrement && (typ == Int || typ == BigInt):
		if !c.noArgs(fc) {
			return false
		}
		if c.f.IsList() {
			c.failAttr("The function `autoincrement()` cannot be used on list fields.",
				fmt.Sprintf("autoincrement() numbers rows from a sequence; use it on a single %s field, or give the list a literal such as @default([]).", typ))
			return false
		}
		return true
	case name == fnCuid && typ == String:
		return c.versionArg(fc, d, "either 1 or 2", func(v int64) bool { return v == 1 || v == 2 }, "cuid() or cuid(2)")
	case name == fnUUID && typ == String:
		return c.versionArg(fc, d, "either 4 or 7", func(v int64) bool { return v == 4 || v == 7 }, "uuid(), uuid(4) or uuid(7)")
	case name == fnNanoid && typ == String:
		return c.versionArg(fc, d, "between 2 and 255", func(v int64) bool { return v >= 2 && v <= 255 }, "nanoid() or nanoid(n) with n from 2 to 255, e.g. nanoid(16)")
	case name == fnUlid && typ == String:
		return c.noArgs(fc)
	case name == fnNow && typ == DateTime:
		return c.noArgs(fc)
	case name == fnAuto:
		if len(fc.Args) > 0 {
			c.failAttr("`auto()` takes no arguments", "auto() belongs to MongoDB; on PostgreSQL use uuid(), cuid() or autoincrement().")
			return false
		}
		c.fail(fc.Span, "The current connector does not support the `auto()` function.",
			autoHint(typ))
		return false
	case !contains(knownDefaultFuncs, name):
		d := psl.Errorf(fc.Span, "Unknown function in @default(): `%s` is not known. You can read about the available functions here: %s", name, unknownFuncDocs)
		if s := psl.Suggest(name, append([]string(nil), knownDefaultFuncs...)); s != "" && s != fnAuto {
			d.Hint = fmt.Sprintf("Did you mean %s()?", s)
		} else {
			d.Hint = fmt.Sprintf(`Functions for %s fields: %s; or write SQL with dbgenerated("...").`, typ, funcsForType(typ))
		}
		c.diags = append(c.diags, d)
		return false
	}
	c.failAttr(fmt.Sprintf("The function `%s()` cannot be used on fields of type `%s`.", name, typ),
		fmt.Sprintf("%s() works on %s fields. For %s fields use %s.", name, funcFieldType(name), typ, funcsForType(typ)))
	return false
}

// noArgs checks a function that takes no argument.
func (c *defaultChecker) noArgs(fc *psl.FuncCall) bool {
	if len(fc.Args) == 0 {
		return true
	}
	n := fc.Name.Name
	c.failAttr(fmt.Sprintf("The `%s` function does not take any argument. Consider changing this default to `%s()`.", n, n),
		fmt.Sprintf("Write @default(%s()).", n))
	return false
}

// versionArg checks cuid/uuid/nanoid: no argument, or one integer that
// passes valid.
func (c *defaultChecker) versionArg(fc *psl.FuncCall, d *Default, allowed string, valid func(int64) bool, usage string) bool {
	n := fc.Name.Name
	hint := "Write @default(" + usage + ")."
	if len(fc.Args) == 0 {
		return true
	}
	num, isNum := fc.Args[0].Value.(*psl.NumberLit)
	if len(fc.Args) > 1 || !isNum {
		c.failAttr(fmt.Sprintf("`%s()` takes a single Int argument.", n), hint)
		return false
	}
	v, err := strconv.ParseInt(num.Raw, 10, 64)
	if err != nil || !valid(v) {
		c.failAttr(fmt.Sprintf("`%s()` takes either no argument, or a single integer argument %s.", n, argRangeWords(n, allowed)), hint)
		return false
	}
	d.Args = []string{strconv.FormatInt(v, 10)}
	return true
}

// argRangeWords words the allowed arguments as Prisma's messages do.
func argRangeWords(fn, allowed string) string {
	if fn == fnNanoid {
		return allowed
	}
	return "which is " + allowed
}

// enumDefault checks an enum field's default: a value of the enum, or for
// an enum list a list of values.
func (c *defaultChecker) enumDefault(value psl.Expr, d *Default) bool {
	values := c.enumValueNames()
	one := func(e psl.Expr) (string, bool) {
		k, ok := e.(*psl.ConstLit)
		if !ok {
			c.failAttr(fmt.Sprintf("Expected an enum value, but found `%s`.", exprText(e)), c.enumHint(""))
			return "", false
		}
		if !contains(values, k.Name) {
			c.failAttr(fmt.Sprintf("The defined default value `%s` is not a valid value of the enum specified for the field.", k.Name), c.enumHint(k.Name))
			return "", false
		}
		return k.Name, true
	}
	if c.f.IsList() {
		arr, ok := value.(*psl.ArrayExpr)
		if !ok {
			c.failAttr(fmt.Sprintf("Expected an enum value, but found `%s`.", exprText(value)),
				fmt.Sprintf("A list field takes a list: @default([%s]).", exprText(value)))
			return false
		}
		d.IsList = true
		d.List = []string{}
		for _, e := range arr.Elems {
			v, ok := one(e)
			if !ok {
				return false
			}
			d.List = append(d.List, v)
		}
		return true
	}
	v, ok := one(value)
	if !ok {
		return false
	}
	d.Value = v
	return true
}

func (c *defaultChecker) enumValueNames() []string {
	if c.f.Enum == nil {
		return nil
	}
	out := make([]string, len(c.f.Enum.Values))
	for i, v := range c.f.Enum.Values {
		out[i] = v.Name
	}
	return out
}

func (c *defaultChecker) enumHint(bad string) string {
	values := c.enumValueNames()
	name := c.f.Type
	if len(values) == 0 {
		return fmt.Sprintf("Enum %s has no values to use as a default.", name)
	}
	list := fmt.Sprintf("Values of enum %s: %s.", name, strings.Join(values, ", "))
	if bad != "" {
		if s := psl.Suggest(bad, append([]string(nil), values...)); s != "" {
			return fmt.Sprintf("Did you mean %s? %s", s, list)
		}
	}
	return fmt.Sprintf("Write a value without quotes, e.g. @default(%s). %s", values[0], list)
}

// literal checks one literal value (a scalar default or a list element)
// against the field's scalar type and returns it as Default stores it.
func (c *defaultChecker) literal(e psl.Expr) (string, bool, bool) {
	typ := c.f.Type
	mismatch := func() (string, bool, bool) {
		c.failAttr(fmt.Sprintf("Expected a %s value, but found `%s`.", typ, exprText(e)), literalHint(typ))
		return "", false, false
	}
	switch v := e.(type) {
	case *psl.StringLit:
		switch typ {
		case String:
			return v.Value, true, true
		case JSON:
			if detail := jsonError(v.Value); detail != "" {
				c.fail(v.Span, fmt.Sprintf("Parse error: %s is not a valid JSON string. (%s)", quoteValue(v.Value), detail),
					`Write the JSON as a string, with inner quotes escaped: @default("{\"key\": 1}").`)
				return "", false, false
			}
			return v.Value, true, true
		case Bytes:
			if _, err := base64.StdEncoding.DecodeString(v.Value); err != nil {
				c.fail(v.Span, fmt.Sprintf("Parse error: %s is not a valid base64 string. (Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`)", quoteValue(v.Value)),
					`Write the bytes base64-encoded with padding, e.g. @default("aGVsbG8=").`)
				return "", false, false
			}
			return v.Value, true, true
		case DateTime:
			if detail := rfc3339Error(v.Value); detail != "" {
				c.fail(v.Span, fmt.Sprintf("Parse error: %s is not a valid rfc3339 datetime string. (%s)", quoteValue(v.Value), detail),
					`Write a full RFC 3339 date and time, e.g. @default("2024-01-31T00:00:00Z"), or use now().`)
				return "", false, false
			}
			return v.Value, true, true
		case Decimal:
			if !decimalPattern.MatchString(v.Value) {
				detail := "invalid digit found in string"
				if v.Value == "" {
					detail = "cannot parse integer from empty string"
				}
				// Prisma names the attribute without the @ here.
				d := psl.Errorf(v.Span, "Error parsing attribute \"default\": Parse error: %s is not a valid decimal. (%s)", quoteValue(v.Value), detail)
				d.Hint = `Write a decimal number, e.g. @default(9.99) or @default("9.99").`
				c.diags = append(c.diags, d)
				return "", false, false
			}
			return v.Value, true, true
		}
		return mismatch()
	case *psl.NumberLit:
		switch typ {
		case Int, BigInt:
			if _, err := strconv.ParseInt(v.Raw, 10, 64); err != nil {
				c.fail(v.Span, fmt.Sprintf("Parse error: %s is not a valid integer. (%s)", quoteValue(v.Raw), intErrorDetail(v.Raw)),
					fmt.Sprintf("%s fields take a whole number from -9223372036854775808 to 9223372036854775807.", typ))
				return "", false, false
			}
			return v.Raw, false, true
		case Float, Decimal:
			return v.Raw, false, true
		}
		return mismatch()
	case *psl.ConstLit:
		if typ == Boolean {
			if v.Name != "true" && v.Name != "false" {
				c.fail(v.Span, "A boolean literal must be `true` or `false`.", "Write @default(true) or @default(false), in lower case.")
				return "", false, false
			}
			return v.Name, false, true
		}
		return mismatch()
	}
	return mismatch()
}

// prismaValueKind names a value's kind as Prisma's coercion messages do.
func prismaValueKind(e psl.Expr) string {
	switch e.(type) {
	case *psl.StringLit:
		return "string"
	case *psl.NumberLit:
		return "numeric"
	case *psl.ConstLit:
		return "literal"
	case *psl.ArrayExpr:
		return "array"
	case *psl.FuncCall:
		return "functional"
	case *psl.ObjectExpr:
		return "object"
	}
	return "unknown"
}

// quoteValue renders a value in double quotes as Prisma's parse errors do:
// the text as it is, without escaping.
func quoteValue(s string) string { return `"` + s + `"` }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// intErrorDetail words an integer parse failure as Rust's i64 parser does.
func intErrorDetail(s string) string {
	digits := strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	switch {
	case s == "":
		return "cannot parse integer from empty string"
	case digits == "" || strings.Trim(digits, "0123456789") != "":
		return "invalid digit found in string"
	case strings.HasPrefix(s, "-"):
		return "number too small to fit in target type"
	}
	return "number too large to fit in target type"
}

// decimalPattern is what Prisma's decimal parser accepts.
var decimalPattern = regexp.MustCompile(`^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$`)

// defaultExampleHint shows a default that fits the field.
func defaultExampleHint(f *Field) string {
	switch f.Kind {
	case EnumField:
		if f.Enum != nil && len(f.Enum.Values) > 0 {
			return fmt.Sprintf("Write @default(%s).", f.Enum.Values[0].Name)
		}
	case UnsupportedField:
		return `Write @default(dbgenerated("<SQL expression>")).`
	}
	if f.IsList() {
		return "Write @default([]) or a list of values."
	}
	switch f.Type {
	case String:
		return `Write @default("text"), or a function such as @default(cuid()).`
	case Int, BigInt:
		return "Write @default(0), or @default(autoincrement())."
	case Float, Decimal:
		return "Write @default(0.5)."
	case Boolean:
		return "Write @default(false)."
	case DateTime:
		return "Write @default(now())."
	case JSON:
		return `Write @default("{}").`
	case Bytes:
		return `Write @default("") or a base64 string.`
	}
	return `Write @default(dbgenerated("<SQL expression>")).`
}

// literalHint says which literal a field type takes.
func literalHint(typ string) string {
	switch typ {
	case String:
		return `String fields take text in double quotes, e.g. @default("none").`
	case Int, BigInt:
		return typ + " fields take a whole number without quotes, e.g. @default(0)."
	case Float:
		return "Float fields take a number without quotes, e.g. @default(1.5)."
	case Decimal:
		return `Decimal fields take a number, e.g. @default(9.99) or @default("9.99").`
	case Boolean:
		return "Boolean fields take true or false without quotes."
	case DateTime:
		return `DateTime fields take an RFC 3339 string, e.g. @default("2024-01-31T00:00:00Z"), or now().`
	case JSON:
		return `Json fields take JSON text in a string, e.g. @default("{}").`
	case Bytes:
		return `Bytes fields take a base64 string, e.g. @default("aGVsbG8=").`
	}
	return `Write the database's default as SQL: @default(dbgenerated("<SQL expression>")).`
}

// funcsForType lists the default functions a field type takes.
func funcsForType(typ string) string {
	switch typ {
	case Int, BigInt:
		return "autoincrement()"
	case String:
		return "cuid(), uuid(), nanoid(), ulid()"
	case DateTime:
		return "now()"
	}
	return `a literal value or dbgenerated("...")`
}

// funcFieldType names the field types a default function is for.
func funcFieldType(fn string) string {
	switch fn {
	case fnAutoincrement:
		return "Int and BigInt"
	case fnNow:
		return "DateTime"
	case fnCuid, fnUUID, fnNanoid, fnUlid:
		return "String"
	}
	return "all"
}

func autoHint(typ string) string {
	switch typ {
	case String:
		return `auto() is MongoDB's ObjectId default; on PostgreSQL use uuid() or cuid(), or dbgenerated("gen_random_uuid()") with @db.Uuid.`
	case Int, BigInt:
		return "auto() is MongoDB's ObjectId default; on PostgreSQL use autoincrement()."
	}
	return "auto() is MongoDB's ObjectId default; remove it on PostgreSQL."
}

// ---------------------------------------------------------------------------
// RFC 3339, with the error words of the chrono crate Prisma uses.

const (
	dtOutOfRange = "input is out of range"
	dtInvalid    = "input contains invalid characters"
	dtTooShort   = "premature end of input"
	dtTooLong    = "trailing input"
)

// rfc3339Error returns "" when s is a valid RFC 3339 date and time as
// Prisma reads it (a space may stand for the T), or chrono's reason.
func rfc3339Error(s string) string {
	p := dtParser{s: s}
	year := p.number(4)
	p.char('-')
	month := p.number(2)
	p.char('-')
	day := p.number(2)
	if p.err != "" {
		return p.err
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return dtOutOfRange
	}
	if p.i >= len(s) {
		return dtTooShort
	}
	switch s[p.i] {
	case 'T', 't', ' ':
		p.i++
	default:
		return dtInvalid
	}
	hour := p.number(2)
	p.char(':')
	minute := p.number(2)
	p.char(':')
	second := p.number(2)
	if p.err != "" {
		return p.err
	}
	if hour > 23 || minute > 59 || second > 60 {
		return dtOutOfRange
	}
	if p.i < len(s) && s[p.i] == '.' {
		p.i++
		start := p.i
		for p.i < len(s) && isDigit(s[p.i]) {
			p.i++
		}
		if p.i == start {
			if p.i >= len(s) {
				return dtTooShort
			}
			return dtInvalid
		}
	}
	// Offset: Z, or +hh:mm / -hh:mm.
	if p.i >= len(s) {
		return dtTooShort
	}
	switch s[p.i] {
	case 'Z', 'z':
		p.i++
	case '+', '-':
		p.i++
		oh := p.number(2)
		p.char(':')
		om := p.number(2)
		if p.err != "" {
			return p.err
		}
		if om > 59 || oh > 23 {
			return dtOutOfRange
		}
	default:
		return dtInvalid
	}
	if p.i < len(s) {
		return dtTooLong
	}
	if day > daysIn(year, month) {
		return dtOutOfRange
	}
	return ""
}

type dtParser struct {
	s   string
	i   int
	err string
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// number reads exactly n digits.
func (p *dtParser) number(n int) int {
	if p.err != "" {
		return 0
	}
	if len(p.s)-p.i < n {
		// chrono checks the length first, then the digits.
		for j := p.i; j < len(p.s); j++ {
			if !isDigit(p.s[j]) {
				p.err = dtInvalid
				return 0
			}
		}
		p.err = dtTooShort
		return 0
	}
	v := 0
	for j := 0; j < n; j++ {
		b := p.s[p.i+j]
		if !isDigit(b) {
			p.err = dtInvalid
			return 0
		}
		v = v*10 + int(b-'0')
	}
	p.i += n
	return v
}

func (p *dtParser) char(c byte) {
	if p.err != "" {
		return
	}
	if p.i >= len(p.s) {
		p.err = dtTooShort
		return
	}
	if p.s[p.i] != c {
		p.err = dtInvalid
		return
	}
	p.i++
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// ---------------------------------------------------------------------------
// JSON, with the error words of the serde_json crate Prisma uses.

// jsonError returns "" when s is one valid JSON value, or serde_json's
// reason with its line and column.
func jsonError(s string) string {
	j := &jsonParser{s: s}
	j.value(0)
	if j.err == "" {
		j.ws()
		if j.i < len(s) {
			j.failAt("trailing characters", j.i)
		}
	}
	return j.err
}

type jsonParser struct {
	s   string
	i   int
	err string
}

// failAt records msg for the character at index i (serde reports the
// column just after it); failEOF records msg at the end of the input.
func (j *jsonParser) failAt(msg string, i int) {
	if j.err == "" {
		j.err = msg + j.position(i+1)
	}
}

func (j *jsonParser) failEOF(msg string) {
	if j.err == "" {
		j.err = msg + j.position(len(j.s))
	}
}

func (j *jsonParser) position(end int) string {
	if end > len(j.s) {
		end = len(j.s)
	}
	line, col := 1, 0
	for k := 0; k < end; k++ {
		if j.s[k] == '\n' {
			line++
			col = 0
		} else {
			col++
		}
	}
	return fmt.Sprintf(" at line %d column %d", line, col)
}

func (j *jsonParser) ws() {
	for j.i < len(j.s) {
		switch j.s[j.i] {
		case ' ', '\t', '\n', '\r':
			j.i++
		default:
			return
		}
	}
}

func (j *jsonParser) value(depth int) {
	if j.err != "" {
		return
	}
	if depth > 128 {
		j.failAt("recursion limit exceeded", j.i)
		return
	}
	j.ws()
	if j.i >= len(j.s) {
		j.failEOF("EOF while parsing a value")
		return
	}
	switch c := j.s[j.i]; {
	case c == '{':
		j.object(depth)
	case c == '[':
		j.array(depth)
	case c == '"':
		j.i++
		j.str()
	case c == '-' || isDigit(c):
		j.number()
	case c == 't':
		j.ident("true")
	case c == 'f':
		j.ident("false")
	case c == 'n':
		j.ident("null")
	default:
		j.failAt("expected value", j.i)
	}
}

func (j *jsonParser) ident(word string) {
	for k := 0; k < len(word); k++ {
		if j.i >= len(j.s) {
			j.failEOF("EOF while parsing a value")
			return
		}
		if j.s[j.i] != word[k] {
			j.failAt("expected ident", j.i)
			return
		}
		j.i++
	}
}

func (j *jsonParser) number() {
	if j.s[j.i] == '-' {
		j.i++
	}
	if j.i >= len(j.s) {
		j.failEOF("EOF while parsing a value")
		return
	}
	if j.s[j.i] == '0' {
		j.i++
		if j.i < len(j.s) && isDigit(j.s[j.i]) {
			j.failAt("invalid number", j.i)
			return
		}
	} else if isDigit(j.s[j.i]) {
		for j.i < len(j.s) && isDigit(j.s[j.i]) {
			j.i++
		}
	} else {
		j.failAt("invalid number", j.i)
		return
	}
	if j.i < len(j.s) && j.s[j.i] == '.' {
		j.i++
		if !j.digits() {
			return
		}
	}
	if j.i < len(j.s) && (j.s[j.i] == 'e' || j.s[j.i] == 'E') {
		j.i++
		if j.i < len(j.s) && (j.s[j.i] == '+' || j.s[j.i] == '-') {
			j.i++
		}
		j.digits()
	}
}

// digits reads the one or more digits a fraction or an exponent needs, and
// reports whether there were any.
func (j *jsonParser) digits() bool {
	if j.i >= len(j.s) {
		j.failEOF("EOF while parsing a value")
		return false
	}
	if !isDigit(j.s[j.i]) {
		j.failAt("invalid number", j.i)
		return false
	}
	for j.i < len(j.s) && isDigit(j.s[j.i]) {
		j.i++
	}
	return true
}

// str reads a string body after the opening quote.
func (j *jsonParser) str() {
	for {
		if j.i >= len(j.s) {
			j.failEOF("EOF while parsing a string")
			return
		}
		c := j.s[j.i]
		switch {
		case c == '"':
			j.i++
			return
		case c == '\\':
			j.i++
			if j.i >= len(j.s) {
				j.failEOF("EOF while parsing a string")
				return
			}
			switch j.s[j.i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j.i++
			case 'u':
				j.i++
				for k := 0; k < 4; k++ {
					if j.i >= len(j.s) {
						j.failEOF("EOF while parsing a string")
						return
					}
					if !strings.ContainsRune("0123456789abcdefABCDEF", rune(j.s[j.i])) {
						j.failAt("invalid escape", j.i)
						return
					}
					j.i++
				}
			default:
				j.failAt("invalid escape", j.i)
				return
			}
		case c < 0x20:
			j.failAt("control character (\\u0000-\\u001F) found while parsing a string", j.i)
			return
		default:
			j.i++
		}
	}
}

func (j *jsonParser) array(depth int) {
	j.members(']', "EOF while parsing a list", "expected `,` or `]`", func() {
		j.ws()
		if j.i < len(j.s) && j.s[j.i] == ']' {
			j.failAt("trailing comma", j.i) // only after a comma: members ends an empty list
			return
		}
		j.value(depth + 1)
	})
}

func (j *jsonParser) object(depth int) {
	j.members('}', "EOF while parsing an object", "expected `,` or `}`", func() {
		j.ws()
		if j.i >= len(j.s) {
			j.failEOF("EOF while parsing an object")
			return
		}
		if j.s[j.i] != '"' {
			if j.s[j.i] == '}' {
				j.failAt("trailing comma", j.i)
			} else {
				j.failAt("key must be a string", j.i)
			}
			return
		}
		j.i++
		j.str()
		if j.err != "" {
			return
		}
		j.ws()
		if j.i >= len(j.s) {
			j.failEOF("EOF while parsing an object")
			return
		}
		if j.s[j.i] != ':' {
			j.failAt("expected `:`", j.i)
			return
		}
		j.i++
		j.value(depth + 1)
	})
}

// members reads a list or an object from its opening bracket to close:
// member reads one element (recording any error), members the commas
// between them, with serde_json's words (eof at the end of the input,
// sep for anything else where a comma or close belongs).
func (j *jsonParser) members(close byte, eof, sep string, member func()) {
	j.i++ // [ or {
	j.ws()
	if j.i >= len(j.s) {
		j.failEOF(eof)
		return
	}
	if j.s[j.i] == close {
		j.i++
		return
	}
	for {
		member()
		if j.err != "" {
			return
		}
		j.ws()
		if j.i >= len(j.s) {
			j.failEOF(eof)
			return
		}
		switch j.s[j.i] {
		case close:
			j.i++
			return
		case ',':
			j.i++
		default:
			j.failAt(sep, j.i)
			return
		}
	}
}
