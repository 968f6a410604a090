package minijson

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"
)

// Reader walks a JSON value that Scan or Valid accepted; on other input
// its results mean nothing (it does not panic).
type Reader struct {
	data []byte
	i    int
}

// NewReader reads data, a value Scan or Valid accepted.
func NewReader(data []byte) *Reader { return &Reader{data: data} }

// Peek returns the next byte after white space: '{', '[', '"', 't', 'f',
// 'n', '-' or a digit, or ',', ':', '}' and ']' between values; 0 at the
// end.
func (r *Reader) Peek() byte {
	r.i = skipSpace(r.data, r.i)
	if r.i >= len(r.data) {
		return 0
	}
	return r.data[r.i]
}

// Kind names the type of the value that begins with c, as encoding/json's
// errors do: "object", "array", "string", "bool", "null" or "number".
func Kind(c byte) string {
	switch c {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "bool"
	case 'n':
		return "null"
	}
	return "number"
}

// Value returns the next value's bytes and moves past it.
func (r *Reader) Value() []byte {
	r.Peek()
	start := r.i
	depth := 0
	for r.i < len(r.data) {
		switch c := r.data[r.i]; c {
		case '"':
			r.i = r.strEnd(r.i + 1)
			if depth == 0 {
				return r.data[start:r.i]
			}
			continue
		case '{', '[':
			depth++
		case '}', ']', ',', ' ', '\t', '\r', '\n':
			if depth == 0 {
				return r.data[start:r.i]
			}
			if c == '}' || c == ']' {
				if depth--; depth == 0 {
					r.i++
					return r.data[start:r.i]
				}
			}
		}
		r.i++
	}
	return r.data[start:r.i]
}

// strEnd returns the index past the string whose content begins at i.
func (r *Reader) strEnd(i int) int {
	for i < len(r.data) {
		switch r.data[i] {
		case '"':
			return i + 1
		case '\\':
			i++
		}
		i++
	}
	return i
}

// Object calls f with each key of the object that is the next value, in
// order; f must read the key's value. It returns f's first error.
func (r *Reader) Object(f func(key string) error) error {
	r.Peek()
	r.i++ // {
	for {
		switch r.Peek() {
		case '}', 0:
			r.i++
			return nil
		case ',':
			r.i++
			continue
		}
		key := Unquote(r.Value())
		r.Peek()
		r.i++ // :
		if err := f(key); err != nil {
			return err
		}
	}
}

// Array calls f for each element of the array that is the next value;
// f must read the element. It returns f's first error.
func (r *Reader) Array(f func() error) error {
	r.Peek()
	r.i++ // [
	for {
		switch r.Peek() {
		case ']', 0:
			r.i++
			return nil
		case ',':
			r.i++
			continue
		}
		if err := f(); err != nil {
			return err
		}
	}
}

// Unquote decodes a JSON string (quotes included) as encoding/json does:
// bytes that are not UTF-8 and lone surrogate escapes become U+FFFD.
func Unquote(s []byte) string {
	if len(s) < 2 {
		return ""
	}
	s = s[1 : len(s)-1]
	if bytes.IndexByte(s, '\\') < 0 && utf8.Valid(s) {
		return string(s)
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			i += 2
			switch e := s[i-1]; e {
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				rr := hex4(s[i:])
				i += 4
				if utf16.IsSurrogate(rr) {
					if i+6 <= len(s) && s[i] == '\\' && s[i+1] == 'u' {
						if dec := utf16.DecodeRune(rr, hex4(s[i+2:])); dec != utf8.RuneError {
							b = utf8.AppendRune(b, dec)
							i += 6
							continue
						}
					}
					rr = utf8.RuneError
				}
				b = utf8.AppendRune(b, rr)
			default:
				b = append(b, e)
			}
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			rr, size := utf8.DecodeRune(s[i:])
			b = utf8.AppendRune(b, rr)
			i += size
		}
	}
	return string(b)
}

// hex4 is the rune of the four hex digits at the start of s; -1 when s is
// shorter or they are not hex.
func hex4(s []byte) rune {
	if len(s) < 4 {
		return -1
	}
	var r rune
	for _, c := range s[:4] {
		d := hexDigit(c)
		if d < 0 {
			return -1
		}
		r = r<<4 | d
	}
	return r
}
