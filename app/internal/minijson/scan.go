// Package minijson reads and writes JSON as encoding/json does, without
// reflection: the library file and the articles bundle are its only JSON
// in the library worker, and encoding/json cost that worker's wasm about
// 130 KB gzip. Scan and Valid find the same syntax errors, with the same
// messages and offsets, as encoding/json's Decoder and Unmarshal; Reader
// walks a value they accepted; Unquote and AppendString are encoding/json's
// string rules.
package minijson

import "strconv"

// maxDepth is encoding/json's limit on nested objects and arrays.
const maxDepth = 10000

// SyntaxError is a JSON syntax error as encoding/json's SyntaxError
// reports it.
type SyntaxError struct {
	Msg    string
	Offset int64 // bytes read when the error was found
}

// Error returns the message, as encoding/json's SyntaxError does.
func (e *SyntaxError) Error() string { return e.Msg }

// Scan checks the JSON value at the start of data (after white space) as
// encoding/json's Decoder does and returns the index just past it, or -1
// when data ends before the value does (the Decoder's io.EOF or
// io.ErrUnexpectedEOF). What follows the value is not looked at.
func Scan(data []byte) (end int, err *SyntaxError) {
	s := scanner{data: data}
	end = s.value(0)
	if s.err != nil {
		return -1, s.err
	}
	return end, nil
}

// Valid checks data as encoding/json's Unmarshal does before it decodes:
// one value and white space around it.
func Valid(data []byte) *SyntaxError {
	end, err := Scan(data)
	switch {
	case err != nil:
		return err
	case end < 0:
		// Unmarshal ends the input with a space: a literal or number cut
		// short is at fault for it.
		if _, err := Scan(append(data[:len(data):len(data)], ' ')); err != nil && err.Offset > int64(len(data)) {
			err.Offset--
			return err
		}
		return &SyntaxError{"unexpected end of JSON input", int64(len(data))}
	}
	if i := skipSpace(data, end); i < len(data) {
		return syntaxError(data[i], i, "after top-level value")
	}
	return nil
}

// scanner reads one value; a method returns -1 when data ends first or
// an error was set.
type scanner struct {
	data  []byte
	depth int
	err   *SyntaxError
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func skipSpace(data []byte, i int) int {
	for i < len(data) && isSpace(data[i]) {
		i++
	}
	return i
}

func syntaxError(c byte, i int, context string) *SyntaxError {
	return &SyntaxError{"invalid character " + quoteChar(c) + " " + context, int64(i) + 1}
}

// quoteChar is encoding/json's quoting of the byte at fault.
func quoteChar(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}

func (s *scanner) fail(i int, context string) int {
	s.err = syntaxError(s.data[i], i, context)
	return -1
}

// value reads the value at i or after white space.
func (s *scanner) value(i int) int {
	i = skipSpace(s.data, i)
	if i >= len(s.data) {
		return -1
	}
	switch c := s.data[i]; {
	case c == '{' || c == '[':
		if s.depth++; s.depth > maxDepth {
			return s.fail(i, "exceeded max depth")
		}
		if c == '{' {
			i = s.object(i + 1)
		} else {
			i = s.array(i + 1)
		}
		s.depth--
		return i
	case c == '"':
		return s.str(i + 1)
	case c == '-' || c >= '0' && c <= '9':
		return s.number(i)
	case c == 't':
		return s.literal(i, "true")
	case c == 'f':
		return s.literal(i, "false")
	case c == 'n':
		return s.literal(i, "null")
	}
	return s.fail(i, "looking for beginning of value")
}

// object reads an object's members after its '{'.
func (s *scanner) object(i int) int {
	if i = skipSpace(s.data, i); i < len(s.data) && s.data[i] == '}' {
		return i + 1
	}
	for {
		if i >= len(s.data) {
			return -1
		}
		if s.data[i] != '"' {
			return s.fail(i, "looking for beginning of object key string")
		}
		if i = s.str(i + 1); i < 0 {
			return -1
		}
		if i = skipSpace(s.data, i); i >= len(s.data) {
			return -1
		}
		if s.data[i] != ':' {
			return s.fail(i, "after object key")
		}
		if i = s.value(i + 1); i < 0 {
			return -1
		}
		if i = skipSpace(s.data, i); i >= len(s.data) {
			return -1
		}
		switch s.data[i] {
		case '}':
			return i + 1
		case ',':
			i = skipSpace(s.data, i+1)
		default:
			return s.fail(i, "after object key:value pair")
		}
	}
}

// array reads an array's elements after its '['.
func (s *scanner) array(i int) int {
	if i = skipSpace(s.data, i); i < len(s.data) && s.data[i] == ']' {
		return i + 1
	}
	for {
		if i = s.value(i); i < 0 {
			return -1
		}
		if i = skipSpace(s.data, i); i >= len(s.data) {
			return -1
		}
		switch s.data[i] {
		case ']':
			return i + 1
		case ',':
			i++
		default:
			return s.fail(i, "after array element")
		}
	}
}

// str reads a string's rest after its opening quote.
func (s *scanner) str(i int) int {
	for ; i < len(s.data); i++ {
		switch c := s.data[i]; {
		case c == '"':
			return i + 1
		case c < 0x20:
			return s.fail(i, "in string literal")
		case c == '\\':
			if i++; i >= len(s.data) {
				return -1
			}
			switch s.data[i] {
			case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
			case 'u':
				for k := 0; k < 4; k++ {
					if i++; i >= len(s.data) {
						return -1
					}
					if hexDigit(s.data[i]) < 0 {
						return s.fail(i, "in \\u hexadecimal character escape")
					}
				}
			default:
				return s.fail(i, "in string escape code")
			}
		}
	}
	return -1
}

func hexDigit(c byte) rune {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0')
	case c >= 'a' && c <= 'f':
		return rune(c - 'a' + 10)
	case c >= 'A' && c <= 'F':
		return rune(c - 'A' + 10)
	}
	return -1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// number reads a number; it ends before the first byte that cannot
// continue it, which its container judges.
func (s *scanner) number(i int) int {
	d := s.data
	if d[i] == '-' {
		if i++; i >= len(d) {
			return -1
		}
		if !isDigit(d[i]) {
			return s.fail(i, "in numeric literal")
		}
	}
	if d[i] == '0' {
		i++
	} else {
		for i < len(d) && isDigit(d[i]) {
			i++
		}
	}
	if i < len(d) && d[i] == '.' {
		if i++; i >= len(d) {
			return -1
		}
		if !isDigit(d[i]) {
			return s.fail(i, "after decimal point in numeric literal")
		}
		for i < len(d) && isDigit(d[i]) {
			i++
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		if i++; i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if i >= len(d) {
			return -1
		}
		if !isDigit(d[i]) {
			return s.fail(i, "in exponent of numeric literal")
		}
		for i < len(d) && isDigit(d[i]) {
			i++
		}
	}
	return i
}

// literal reads true, false or null.
func (s *scanner) literal(i int, word string) int {
	for k := 1; k < len(word); k++ {
		if i+k >= len(s.data) {
			return -1
		}
		if s.data[i+k] != word[k] {
			return s.fail(i+k, "in literal "+word+" (expecting "+quoteChar(word[k])+")")
		}
	}
	return i + len(word)
}
