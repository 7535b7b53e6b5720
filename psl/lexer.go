package psl

import (
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a lexical token.
type tokKind int

const (
	tEOF         tokKind = iota
	tNewline             // "\n", "\r\n" or a lone "\r"
	tComment             // "//" up to the end of the line, or a "/* */" block comment that ends its line
	tLeadComment         // a "/* */" block comment that starts its line and is followed by more on that line
	tIdent               // an identifier or a dotted path: id, db.VarChar, Lööp, foo-bar
	tNumber              // 12, -3, 4.5
	tString              // a closed double-quoted string
	tBadString           // a string that is not closed on its line, or holds a raw control character
	tAt                  // @
	tAtAt                // @@
	tLParen              // (
	tRParen              // )
	tLBrack              // [
	tRBrack              // ]
	tLBrace              // {
	tRBrace              // }
	tComma               // ,
	tColon               // :
	tEquals              // =
	tQuestion            // ?
	tBang                // !
	tIllegal             // anything else
)

// token is one lexical token. Text is the source text of the token; for a
// comment it has trailing white space removed.
type token struct {
	kind  tokKind
	text  string
	start Pos
	end   Pos
}

// lexer splits a schema into tokens. White space other than line breaks is
// skipped; line breaks are tokens because the schema language is line based.
type lexer struct {
	src  []byte
	text string // src as one string: token texts are slices of it, not copies
	off  int
	line int
	col  int
	// midLine is set once the current line has a token other than a
	// leading block comment; a block comment followed by more text is
	// accepted only before that.
	midLine bool
}

// lex returns every token of src, ending with one tEOF token. A UTF-8 byte
// order mark at the start is skipped.
//
// Tokens are appended to buf[:0] (a reused buffer, or nil).
func lex(src []byte, buf []token) []token {
	lx := &lexer{src: src, text: string(src), line: 1, col: 1}
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		lx.off = 3
	}
	// About one token per six to eight bytes in real schemas.
	toks := buf[:0]
	if need := len(src)/6 + 16; cap(toks) < need {
		toks = make([]token, 0, need)
	}
	for {
		t := lx.next()
		switch t.kind {
		case tNewline:
			lx.midLine = false
		case tLeadComment, tComment:
		default:
			lx.midLine = true
		}
		toks = append(toks, t)
		if t.kind == tEOF {
			return toks
		}
	}
}

func (lx *lexer) pos() Pos { return Pos{Offset: lx.off, Line: lx.line, Col: lx.col} }

// peekRune returns the rune at the current offset and its width; width 0 at
// the end of input.
func (lx *lexer) peekRune() (rune, int) {
	if lx.off >= len(lx.src) {
		return 0, 0
	}
	c := lx.src[lx.off]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(lx.src[lx.off:])
}

func (lx *lexer) byteAt(off int) byte {
	if off < len(lx.src) {
		return lx.src[off]
	}
	return 0
}

// advance moves past one rune of the given width (not a line break).
func (lx *lexer) advance(w int) {
	lx.off += w
	lx.col++
}

// isSpace reports whether r is white space inside a line: a tab or a Unicode
// space separator, as Prisma's grammar has it.
func isSpace(r rune) bool {
	return r == '\t' || r == ' ' || (r > 0x7f && unicode.Is(unicode.Zs, r))
}

// isIdentStart reports whether r may start an identifier: a letter or a
// number.
func isIdentStart(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

// isWordRune reports whether r may continue a word (identifier or path).
func isWordRune(r rune) bool {
	return isIdentStart(r) || r == '_' || r == '-' || r == '.'
}

func (lx *lexer) next() token {
	// Skip white space.
	for {
		r, w := lx.peekRune()
		if w == 0 || !isSpace(r) {
			break
		}
		lx.advance(w)
	}
	start := lx.pos()
	if lx.off >= len(lx.src) {
		return token{kind: tEOF, start: start, end: start}
	}
	c := lx.src[lx.off]
	switch c {
	case '\n':
		lx.off++
		lx.line++
		lx.col = 1
		return token{kind: tNewline, text: "\n", start: start, end: start}
	case '\r':
		lx.off++
		if lx.byteAt(lx.off) == '\n' {
			lx.off++
		}
		lx.line++
		lx.col = 1
		return token{kind: tNewline, text: "\n", start: start, end: start}
	case '/':
		switch lx.byteAt(lx.off + 1) {
		case '/':
			return lx.comment(start)
		case '*':
			return lx.blockComment(start)
		}
	case '"':
		return lx.str(start)
	case '@':
		if lx.byteAt(lx.off+1) == '@' {
			lx.advance(1)
			lx.advance(1)
			return lx.tok(tAtAt, start)
		}
		lx.advance(1)
		return lx.tok(tAt, start)
	case '-':
		if d := lx.byteAt(lx.off + 1); '0' <= d && d <= '9' {
			lx.advance(1)
			lx.word()
			t := lx.tok(tNumber, start)
			if !isNumber(t.text) {
				t.kind = tIllegal
			}
			return t
		}
	}
	if k, ok := punct[c]; ok {
		lx.advance(1)
		return lx.tok(k, start)
	}
	r, w := lx.peekRune()
	if isIdentStart(r) || r == '_' {
		lx.word()
		t := lx.tok(tIdent, start)
		if isNumber(t.text) {
			t.kind = tNumber
		}
		return t
	}
	// One illegal rune (or invalid UTF-8 byte).
	lx.advance(w)
	return lx.tok(tIllegal, start)
}

var punct = map[byte]tokKind{
	'(': tLParen, ')': tRParen, '[': tLBrack, ']': tRBrack, '{': tLBrace, '}': tRBrace,
	',': tComma, ':': tColon, '=': tEquals, '?': tQuestion, '!': tBang,
}

func (lx *lexer) tok(k tokKind, start Pos) token {
	return token{kind: k, text: lx.text[start.Offset:lx.off], start: start, end: lx.pos()}
}

// word consumes the rest of a word: letters, numbers, '_', '-' and '.'.
func (lx *lexer) word() {
	for {
		r, w := lx.peekRune()
		if w == 0 || !isWordRune(r) {
			return
		}
		lx.advance(w)
	}
}

// isNumber reports whether s is -?[0-9]+(\.[0-9]+)?.
func isNumber(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	digits := func() bool {
		n := 0
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
			n++
		}
		return n > 0
	}
	if !digits() {
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if !digits() {
			return false
		}
	}
	return i == len(s)
}

// comment consumes "//" to the end of the line, not including the break.
func (lx *lexer) comment(start Pos) token {
	endOff, endPos := lx.off, lx.pos()
	for {
		r, w := lx.peekRune()
		if w == 0 || r == '\n' || r == '\r' {
			break
		}
		lx.advance(w)
		if !isSpace(r) {
			endOff, endPos = lx.off, lx.pos()
		}
	}
	return token{kind: tComment, text: lx.text[start.Offset:endOff], start: start, end: endPos}
}

// blockComment consumes a /* */ comment, which may span lines. Prisma's
// grammar accepts one in two places: where a comment line may start (only
// white space and other block comments before it on its line, whatever
// follows it), and at the end of an item's line (nothing but white space
// after it). The first kind, when more follows on its line, is a
// tLeadComment; a comment that ends its line is a tComment; any other block
// comment (followed by more after a token, or never closed) is illegal, as
// Prisma reports that line.
func (lx *lexer) blockComment(start Pos) token {
	lx.advance(1)
	lx.advance(1)
	for {
		if lx.off >= len(lx.src) {
			return token{kind: tIllegal, text: lx.text[start.Offset:lx.off], start: start, end: lx.pos()}
		}
		c := lx.src[lx.off]
		switch {
		case c == '*' && lx.byteAt(lx.off+1) == '/':
			lx.advance(1)
			lx.advance(1)
			t := token{kind: tComment, text: lx.text[start.Offset:lx.off], start: start, end: lx.pos()}
			// Only white space may follow on this line.
			for off := lx.off; off < len(lx.src); off++ {
				b := lx.src[off]
				if b == '\n' || b == '\r' {
					break
				}
				if b != ' ' && b != '\t' {
					t.kind = tIllegal
					if !lx.midLine {
						t.kind = tLeadComment
					}
					break
				}
			}
			return t
		case c == '\n':
			lx.off++
			lx.line++
			lx.col = 1
		case c == '\r':
			lx.off++
			if lx.byteAt(lx.off) == '\n' {
				lx.off++
			}
			lx.line++
			lx.col = 1
		default:
			_, w := lx.peekRune()
			lx.advance(w)
		}
	}
}

// str consumes a double-quoted string. A backslash escapes any following
// character; the string must close on the same line and may not contain raw
// control characters (as in JSON). Escapes are checked by the parser.
func (lx *lexer) str(start Pos) token {
	lx.advance(1) // opening quote
	for {
		r, w := lx.peekRune()
		switch {
		case w == 0 || r < 0x20:
			return lx.tok(tBadString, start)
		case r == '"':
			lx.advance(w)
			return lx.tok(tString, start)
		case r == '\\':
			lx.advance(w)
			r2, w2 := lx.peekRune()
			if w2 == 0 || r2 < 0x20 {
				return lx.tok(tBadString, start)
			}
			lx.advance(w2)
		default:
			lx.advance(w)
		}
	}
}

// unquote unescapes the text of a closed string token the way Prisma does
// (JSON escapes: \" \\ \/ \b \f \n \r \t \uXXXX with UTF-16 surrogate pairs).
// Bad escapes are reported as diagnostics and left out of the value.
func unquote(t token, file string) (string, Diagnostics) {
	raw := t.text
	if len(raw) < 2 {
		return "", nil
	}
	body := raw[1 : len(raw)-1]
	var diags Diagnostics
	out := make([]byte, 0, len(body))
	// pos returns the position of byte offset i of body (the string is on
	// one line).
	pos := func(i int) Pos {
		return Pos{Offset: t.start.Offset + 1 + i, Line: t.start.Line, Col: t.start.Col + 1 + utf8.RuneCountInString(body[:i])}
	}
	span := func(i, j int) Span { return Span{File: file, Start: pos(i), End: pos(j)} }
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		if i+1 >= len(body) {
			break
		}
		e := body[i+1]
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
			i += 2
		case 'b':
			out = append(out, '\b')
			i += 2
		case 'f':
			out = append(out, '\f')
			i += 2
		case 'n':
			out = append(out, '\n')
			i += 2
		case 'r':
			out = append(out, '\r')
			i += 2
		case 't':
			out = append(out, '\t')
			i += 2
		case 'u':
			r, n := decodeUnicodeEscape(body[i:])
			if r < 0 {
				end := i + n
				if end > len(body) {
					end = len(body)
				}
				diags = append(diags, Errorf(span(i, end), "Invalid unicode escape sequence.").
					WithHint(`Write \u followed by four hex digits, e.g. \u00e9; characters outside the BMP need a surrogate pair such as \ud83d\ude00.`))
				i += n
				continue
			}
			out = utf8.AppendRune(out, r)
			i += n
		default:
			_, w := utf8.DecodeRuneInString(body[i+1:])
			diags = append(diags, Errorf(span(i, i+1+w), "Unknown escape sequence. If the value is a windows-style path, `\\` must be escaped as `\\\\`.").
				WithHint(`Write \\ for a backslash; the known escapes are \" \\ \/ \b \f \n \r \t and \uXXXX.`))
			i += 1 + w
		}
	}
	return string(out), diags
}

// decodeUnicodeEscape decodes "\uXXXX" (and a following low surrogate) at the
// start of s. It returns the rune and the bytes consumed, or -1 and the bytes
// to skip when the escape is invalid.
func decodeUnicodeEscape(s string) (rune, int) {
	cp, n := hex4(s)
	if cp < 0 {
		if n < 2 {
			n = 2
		}
		return -1, n
	}
	if cp < 0xD800 || cp > 0xDFFF {
		return rune(cp), 6
	}
	if cp >= 0xDC00 {
		return -1, 6
	}
	lo, n2 := hex4(s[6:])
	if lo < 0xDC00 || lo > 0xDFFF {
		if lo < 0 {
			return -1, 6
		}
		return -1, 6 + n2
	}
	return rune(((cp - 0xD800) << 10) + (lo - 0xDC00) + 0x10000), 12
}

// hex4 parses "\uXXXX" at the start of s; it returns the code unit and 6,
// or -1 and how far it got.
func hex4(s string) (int, int) {
	if len(s) < 2 || s[0] != '\\' || s[1] != 'u' {
		return -1, 0
	}
	v := 0
	for k := 0; k < 4; k++ {
		if 2+k >= len(s) {
			return -1, 2 + k
		}
		c := s[2+k]
		var d int
		switch {
		case '0' <= c && c <= '9':
			d = int(c - '0')
		case 'a' <= c && c <= 'f':
			d = int(c-'a') + 10
		case 'A' <= c && c <= 'F':
			d = int(c-'A') + 10
		default:
			return -1, 2 + k
		}
		v = v<<4 | d
	}
	return v, 6
}
