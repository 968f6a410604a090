package corpus

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The library worker reads the bundle on every visit, ten thousand
// articles at a time: encoding/json's reflection takes a few hundred
// milliseconds of it in the browser. unmarshalFast reads the bundle as
// Marshal writes it (any key order and spacing, the escapes of JSON
// strings) in one pass; anything else (another key, a null article, a fraction, a
// key in other case, bytes that are not UTF-8) it leaves to encoding/json,
// so the result is always encoding/json's.

// unmarshalFast decodes data as a bundle; ok is false when it leaves the
// bundle to encoding/json.
func unmarshalFast(data []byte) (b Bundle, ok bool) {
	p := &fastParser{data: data}
	if !p.byte('{') {
		return Bundle{}, false
	}
	if p.peek('}') {
		return b, p.end()
	}
	for {
		key, ok := p.string()
		if !ok || key != "articles" || !p.byte(':') {
			return Bundle{}, false
		}
		arts, ok := p.articles()
		if !ok {
			return Bundle{}, false
		}
		b.Articles = arts
		if p.peek('}') {
			return b, p.end()
		}
		if !p.byte(',') {
			return Bundle{}, false
		}
	}
}

// fastParser reads JSON from data at i.
type fastParser struct {
	data []byte
	i    int
}

// ws skips white space.
func (p *fastParser) ws() {
	for p.i < len(p.data) {
		switch p.data[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// byte reads c after white space.
func (p *fastParser) byte(c byte) bool {
	p.ws()
	if p.i < len(p.data) && p.data[p.i] == c {
		p.i++
		return true
	}
	return false
}

// peek reads c after white space when it is next.
func (p *fastParser) peek(c byte) bool { return p.byte(c) }

// end reports whether only white space is left.
func (p *fastParser) end() bool {
	p.ws()
	return p.i == len(p.data)
}

// articles reads a list of articles, or null (none, as Marshal writes a
// bundle without articles).
func (p *fastParser) articles() ([]Article, bool) {
	p.ws()
	if strings.HasPrefix(string(p.data[p.i:min(p.i+4, len(p.data))]), "null") {
		p.i += 4
		return nil, true
	}
	if !p.byte('[') {
		return nil, false
	}
	arts := []Article{}
	if p.peek(']') {
		return arts, true
	}
	for {
		a, ok := p.article()
		if !ok {
			return nil, false
		}
		arts = append(arts, a)
		if p.peek(']') {
			return arts, true
		}
		if !p.byte(',') {
			return nil, false
		}
	}
}

// article reads one article object.
func (p *fastParser) article() (a Article, ok bool) {
	if !p.byte('{') {
		return a, false
	}
	if p.peek('}') {
		return a, true
	}
	for {
		key, ok := p.string()
		if !ok || !p.byte(':') {
			return a, false
		}
		switch key {
		case "id":
			a.ID, ok = p.string()
		case "source":
			a.Source, ok = p.string()
		case "name":
			a.Name, ok = p.string()
		case "text":
			a.Text, ok = p.string()
		case "size":
			a.Size, ok = p.int()
		default:
			return a, false
		}
		if !ok {
			return a, false
		}
		if p.peek('}') {
			return a, true
		}
		if !p.byte(',') {
			return a, false
		}
	}
}

// int reads an integer that fits an int, without fraction or exponent.
func (p *fastParser) int() (int, bool) {
	p.ws()
	start := p.i
	if p.i < len(p.data) && p.data[p.i] == '-' {
		p.i++
	}
	digits := p.i
	for p.i < len(p.data) && p.data[p.i] >= '0' && p.data[p.i] <= '9' {
		p.i++
	}
	if p.i == digits || (p.data[digits] == '0' && p.i-digits > 1) {
		return 0, false
	}
	if p.i < len(p.data) && (p.data[p.i] == '.' || p.data[p.i] == 'e' || p.data[p.i] == 'E') {
		return 0, false
	}
	n, err := strconv.Atoi(string(p.data[start:p.i]))
	return n, err == nil
}

// string reads a JSON string. Bytes that are not UTF-8, which
// encoding/json replaces, leave the bundle to it.
func (p *fastParser) string() (string, bool) {
	if !p.byte('"') {
		return "", false
	}
	start := p.i
	ascii := true
	for p.i < len(p.data) {
		c := p.data[p.i]
		switch {
		case c == '"':
			s := p.data[start:p.i]
			p.i++
			if !ascii && !utf8.Valid(s) {
				return "", false
			}
			return string(s), true
		case c == '\\':
			return p.escaped(start)
		case c < 0x20:
			return "", false
		case c >= 0x80:
			ascii = false
		}
		p.i++
	}
	return "", false
}

// escaped reads the rest of a string with escapes, which began at start
// (its first escape is at p.i).
func (p *fastParser) escaped(start int) (string, bool) {
	plain := p.data[start:p.i]
	if !utf8.Valid(plain) {
		return "", false
	}
	// The string ends before the first quote not escaped: its decoded
	// form is no longer than that.
	end := p.i
	for end < len(p.data) && p.data[end] != '"' {
		if p.data[end] == '\\' {
			end++
		}
		end++
	}
	var out strings.Builder
	out.Grow(end - start)
	out.Write(plain)
	from := p.i // the plain bytes not yet copied begin here
	for p.i < len(p.data) {
		c := p.data[p.i]
		switch {
		case c == '"':
			seg := p.data[from:p.i]
			if !utf8.Valid(seg) {
				return "", false
			}
			out.Write(seg)
			p.i++
			return out.String(), true
		case c < 0x20:
			return "", false
		case c != '\\':
			p.i++
			continue
		}
		seg := p.data[from:p.i]
		if !utf8.Valid(seg) {
			return "", false
		}
		out.Write(seg)
		if p.i+1 >= len(p.data) {
			return "", false
		}
		e := p.data[p.i+1]
		p.i += 2
		switch e {
		case '"', '\\', '/':
			out.WriteByte(e)
		case 'b':
			out.WriteByte('\b')
		case 'f':
			out.WriteByte('\f')
		case 'n':
			out.WriteByte('\n')
		case 'r':
			out.WriteByte('\r')
		case 't':
			out.WriteByte('\t')
		case 'u':
			r, ok := p.hex4()
			if !ok {
				return "", false
			}
			if utf16.IsSurrogate(r) {
				r = p.pair(r)
			}
			out.WriteRune(r)
		default:
			return "", false
		}
		from = p.i
	}
	return "", false
}

// pair reads the second half of a surrogate pair whose first half is r,
// and returns the rune they make; a lone half is U+FFFD, as encoding/json
// reads it (what follows is read next).
func (p *fastParser) pair(r rune) rune {
	save := p.i
	if p.i+1 < len(p.data) && p.data[p.i] == '\\' && p.data[p.i+1] == 'u' {
		p.i += 2
		if r2, ok := p.hex4(); ok {
			if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
				return dec
			}
		}
	}
	p.i = save
	return utf8.RuneError
}

// hex4 reads the four hex digits of a \u escape.
func (p *fastParser) hex4() (rune, bool) {
	if p.i+4 > len(p.data) {
		return 0, false
	}
	var r rune
	for _, c := range p.data[p.i : p.i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	p.i += 4
	return r, true
}
