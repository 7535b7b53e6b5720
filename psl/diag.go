package psl

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// Severity of a diagnostic.
type Severity int

// Severities.
const (
	Error Severity = iota
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one problem found in a schema: where, what, and what to do.
type Diagnostic struct {
	Severity Severity
	Span     Span
	Message  string // what is wrong, one or more sentences
	Hint     string // what to write instead; may be empty
}

// Error implements error: "file:line:col: error: message".
func (d *Diagnostic) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", d.Span.File, d.Span.Start.Line, d.Span.Start.Col, d.Severity, d.Message)
}

// Errorf makes an error diagnostic at span.
func Errorf(span Span, format string, args ...any) Diagnostic {
	return Diagnostic{Severity: Error, Span: span, Message: fmt.Sprintf(format, args...)}
}

// Warnf makes a warning diagnostic at span.
func Warnf(span Span, format string, args ...any) Diagnostic {
	return Diagnostic{Severity: Warning, Span: span, Message: fmt.Sprintf(format, args...)}
}

// WithHint returns d with a hint saying what to write instead.
func (d Diagnostic) WithHint(format string, args ...any) Diagnostic {
	d.Hint = fmt.Sprintf(format, args...)
	return d
}

// Diagnostics is a list of diagnostics. As an error it reports every error
// it holds (warnings are not errors).
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Errors returns the error diagnostics only.
func (ds Diagnostics) Errors() Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Severity == Error {
			out = append(out, d)
		}
	}
	return out
}

// Warnings returns the warning diagnostics only.
func (ds Diagnostics) Warnings() Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Severity == Warning {
			out = append(out, d)
		}
	}
	return out
}

// Error implements error with one line per diagnostic.
func (ds Diagnostics) Error() string {
	var b strings.Builder
	for i, d := range ds {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.Error())
	}
	return b.String()
}

// Sort orders diagnostics by file, then position, keeping the order of
// diagnostics at the same place.
func (ds Diagnostics) Sort() {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i].Span, ds[j].Span
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Start.Offset < b.Start.Offset
	})
}

// Sources maps a file name (as in Span.File) to its text, for rendering.
type Sources map[string][]byte

// SourcesOf collects the texts of parsed files.
func SourcesOf(files ...*File) Sources {
	s := Sources{}
	for _, f := range files {
		if f != nil {
			s[f.Name] = f.Src
		}
	}
	return s
}

const (
	ansiReset  = "\x1b[0m"
	ansiRed    = "\x1b[1;91m"
	ansiYellow = "\x1b[1;93m"
	ansiBlue   = "\x1b[1;94m"
	ansiBold   = "\x1b[1m"
)

// Render writes the diagnostic as a person reads it:
//
//	error: Type "Strin" is neither a built-in type, nor refers to another model, composite type, or enum.
//	  --> prisma/schema.prisma:12:8
//	   |
//	11 |   id    Int    @id
//	12 |   name  Strin
//	   |         ^^^^^
//	   = hint: Did you mean "String"?
//
// The line before the span's line is shown for context. Colour codes are
// written only when color is true (a terminal).
func (d *Diagnostic) Render(w io.Writer, src Sources, color bool) {
	paint := func(code, s string) string {
		if !color {
			return s
		}
		return code + s + ansiReset
	}
	sevColor := ansiRed
	if d.Severity == Warning {
		sevColor = ansiYellow
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s: %s\n", paint(sevColor, d.Severity.String()), paint(ansiBold, d.Message))
	sp := d.Span
	fmt.Fprintf(&b, "  %s %s:%d:%d\n", paint(ansiBlue, "-->"), sp.File, sp.Start.Line, sp.Start.Col)
	text, ok := src[sp.File]
	if ok && sp.Start.Line > 0 {
		lines := splitLines(text)
		width := len(fmt.Sprint(sp.Start.Line))
		gutter := strings.Repeat(" ", width)
		fmt.Fprintf(&b, "%s %s\n", gutter, paint(ansiBlue, "|"))
		if sp.Start.Line >= 2 && sp.Start.Line-2 < len(lines) {
			fmt.Fprintf(&b, "%*d %s %s\n", width, sp.Start.Line-1, paint(ansiBlue, "|"), expandTabs(lines[sp.Start.Line-2]))
		}
		if sp.Start.Line-1 < len(lines) {
			line := lines[sp.Start.Line-1]
			fmt.Fprintf(&b, "%*d %s %s\n", width, sp.Start.Line, paint(ansiBlue, "|"), expandTabs(line))
			startCol := sp.Start.Col
			endCol := sp.End.Col
			if sp.End.Line != sp.Start.Line || endCol <= startCol {
				endCol = utf8.RuneCountInString(line) + 1
			}
			if endCol <= startCol {
				endCol = startCol + 1
			}
			pad := visualWidth(line, startCol-1)
			carets := visualWidth(line, endCol-1) - pad
			if carets < 1 {
				carets = 1
			}
			fmt.Fprintf(&b, "%s %s %s%s\n", gutter, paint(ansiBlue, "|"), strings.Repeat(" ", pad), paint(sevColor, strings.Repeat("^", carets)))
		}
		if d.Hint != "" {
			fmt.Fprintf(&b, "%s %s %s\n", gutter, paint(ansiBlue, "="), "hint: "+d.Hint)
		}
	} else if d.Hint != "" {
		fmt.Fprintf(&b, "   = hint: %s\n", d.Hint)
	}
	_, _ = w.Write(b.Bytes())
}

// RenderAll writes every diagnostic followed by a blank line, then a summary
// line such as "2 errors, 1 warning".
func (ds Diagnostics) RenderAll(w io.Writer, src Sources, color bool) {
	for i := range ds {
		ds[i].Render(w, src, color)
		fmt.Fprintln(w)
	}
}

// Summary returns "N errors, M warnings" (singular where it applies).
func (ds Diagnostics) Summary() string {
	e, wn := len(ds.Errors()), len(ds.Warnings())
	return fmt.Sprintf("%d %s, %d %s", e, plural(e, "error"), wn, plural(wn, "warning"))
}

func plural(n int, s string) string {
	if n == 1 {
		return s
	}
	return s + "s"
}

func splitLines(b []byte) []string {
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	return strings.Split(s, "\n")
}

func expandTabs(s string) string { return strings.ReplaceAll(s, "\t", "    ") }

// visualWidth is the printed width of the first n runes of line, with tabs
// expanded as expandTabs does.
func visualWidth(line string, n int) int {
	w := 0
	i := 0
	for _, r := range line {
		if i >= n {
			break
		}
		if r == '\t' {
			w += 4
		} else {
			w++
		}
		i++
	}
	if n > i {
		w += n - i
	}
	return w
}
