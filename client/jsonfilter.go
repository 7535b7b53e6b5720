package client

import (
	"encoding/json"
	"strconv"
	"strings"
)

// JSONFilter is the filter of a Json field, as Prisma's PostgreSQL JSON
// filters. Path selects the value inside the document (object keys, or
// array indexes as decimal strings, as Prisma's path: ['a', '0']); with no
// Path the filters apply to the whole document. Values are JSON text.
//
//   - Equals, Not: the value equals (does not equal) the JSON value,
//     compared as jsonb (key order and spacing do not matter). Not does
//     not match rows where the path is absent, as Prisma's.
//   - StringContains, StringStartsWith, StringEndsWith: the value is a
//     JSON string containing (starting, ending with) the text, matched
//     literally; Mode Insensitive ignores case.
//   - ArrayContains: the value is an array containing every element of
//     the given array (or the given scalar).
//   - ArrayStartsWith, ArrayEndsWith: the value is an array whose first
//     (last) element equals the given value; given an array, the value's
//     first (last) elements equal its elements.
//   - Lt, Lte, Gt, Gte: the value compares so with the given JSON value
//     of the same JSON type (numbers as numbers, strings as text).
//   - IsNull: true matches a database NULL (Prisma's DbNull), false any
//     non-NULL document.
//
// Set members combine with AND.
type JSONFilter struct {
	Path             []string
	Equals           *json.RawMessage
	Not              *json.RawMessage
	StringContains   *string
	StringStartsWith *string
	StringEndsWith   *string
	Mode             QueryMode
	ArrayContains    json.RawMessage
	ArrayStartsWith  json.RawMessage
	ArrayEndsWith    json.RawMessage
	Lt               *json.RawMessage
	Lte              *json.RawMessage
	Gt               *json.RawMessage
	Gte              *json.RawMessage
	IsNull           *bool
}

func (f *JSONFilter) empty() bool {
	return f.Equals == nil && f.Not == nil && f.StringContains == nil && f.StringStartsWith == nil &&
		f.StringEndsWith == nil && f.ArrayContains == nil && f.ArrayStartsWith == nil &&
		f.ArrayEndsWith == nil && f.Lt == nil && f.Lte == nil && f.Gt == nil && f.Gte == nil && f.IsNull == nil
}

// jsonArg is a JSON parameter: sent as text, cast to jsonb.
func jsonArg(b *builder, v json.RawMessage) string {
	return b.arg(string(v)) + "::jsonb"
}

func (f *JSONFilter) write(b *builder, col string, _ *Column) {
	doc := col + "::jsonb"
	val := doc
	text := "(" + doc + " #>> '{}')"
	if f.Path != nil {
		p := b.arg(f.Path) + "::text[]"
		val = "(" + doc + " #> " + p + ")"
		text = "(" + doc + " #>> " + p + ")"
	}
	n := 0
	sep := func() {
		if n > 0 {
			b.sb.WriteString(" AND ")
		}
		n++
	}
	if f.Equals != nil {
		sep()
		b.sb.WriteString(val + " = " + jsonArg(b, *f.Equals))
	}
	if f.Not != nil {
		sep()
		b.sb.WriteString(val + " <> " + jsonArg(b, *f.Not))
	}
	like := func(v *string, prefix, suffix string) {
		if v == nil {
			return
		}
		sep()
		b.sb.WriteString("jsonb_typeof(" + val + ") = 'string' AND " + text)
		if f.Mode == Insensitive {
			b.sb.WriteString(" ILIKE ")
		} else {
			b.sb.WriteString(" LIKE ")
		}
		b.sb.WriteString(b.arg(prefix + escapeLike(*v) + suffix))
	}
	like(f.StringContains, "%", "%")
	like(f.StringStartsWith, "", "%")
	like(f.StringEndsWith, "%", "")
	isArray := "jsonb_typeof(" + val + ") = 'array'"
	if f.ArrayContains != nil {
		sep()
		b.sb.WriteString(isArray + " AND " + val + " @> " + jsonArg(b, f.ArrayContains))
	}
	ends := func(v json.RawMessage, last bool) {
		if v == nil {
			return
		}
		sep()
		b.sb.WriteString(isArray + " AND ")
		var elems []json.RawMessage
		if t := strings.TrimSpace(string(v)); strings.HasPrefix(t, "[") && json.Unmarshal(v, &elems) == nil {
			// A prefix (suffix) of elements.
			k := len(elems)
			if k == 0 {
				b.sb.WriteString("TRUE")
				return
			}
			b.sb.WriteString("jsonb_array_length(" + val + ") >= " + itoa(k))
			for i, e := range elems {
				idx := itoa(i)
				if last {
					idx = itoa(i - k)
				}
				b.sb.WriteString(" AND " + val + " -> " + idx + " = " + jsonArg(b, e))
			}
			return
		}
		idx := "0"
		if last {
			idx = "-1"
		}
		b.sb.WriteString(val + " -> " + idx + " = " + jsonArg(b, v))
	}
	ends(f.ArrayStartsWith, false)
	ends(f.ArrayEndsWith, true)
	cmp := func(op string, v *json.RawMessage) {
		if v == nil {
			return
		}
		sep()
		a := jsonArg(b, *v)
		b.sb.WriteString("jsonb_typeof(" + val + ") = jsonb_typeof(" + a + ") AND " + val + op + a)
	}
	cmp(" < ", f.Lt)
	cmp(" <= ", f.Lte)
	cmp(" > ", f.Gt)
	cmp(" >= ", f.Gte)
	if f.IsNull != nil {
		sep()
		writeIsNull(b, col, *f.IsNull)
	}
}

func itoa(i int) string {
	if i < 0 {
		return "(" + strconv.Itoa(i) + ")"
	}
	return strconv.Itoa(i)
}
