package minijson

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
)

var seeds = []string{
	``, ` `, `{}`, `[]`, `[1, 2]`, `null`, `true`, `false`, `"x"`, `0`, `-0.5e+3`, `12x`, `{} {}`, `{}x`,
	`{"a": 1, "b": [true, false, null, "s\u00e9\ud83d\ude00\ud800\u0041"], "c": {"d": -1.5E-2}}`,
	`{"a":1,}`, `{,}`, `[1,]`, `[,1]`, `{"a" 1}`, `{"a":1 "b":2}`, `[1 2]`, `{"a":}`, `tru`, `trux`, `fals`, `nul`, `nulx`,
	`"abc`, `"a\x"`, `"a\u12g4"`, "\"a\x01\"", `-`, `-x`, `01`, `1.`, `1.x`, `1e`, `1e+`, `1ex`, `1e+x`, `[1.5e`,
	"{\n\"format\": \"dossier-library\",\n\"version\": 1,,\n}", `'`, `"\'"`, "\xff", "\"\xff\xfe\"", `{"\u2028":"<>&"}`,
	`[[[[[[[[[[]]]]]]]]]]`, `{"a":{"b":{"c":[{"d":"e"}]}}}`, "\t\r\n {\"k\" : \"v\" } \n", `{"a":"b"`, `{"a"`, `{"a":`, `[`, `{`,
}

// scanByJSON is encoding/json's Decoder on data: the end of the first
// value, -1 when data ends first, or its syntax error.
func scanByJSON(data []byte) (int, *json.SyntaxError) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var raw json.RawMessage
	err := dec.Decode(&raw)
	var se *json.SyntaxError
	switch {
	case err == nil:
		return int(dec.InputOffset()), nil
	case errors.As(err, &se):
		return 0, se
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return -1, nil
	}
	panic(err)
}

func checkScan(t *testing.T, data []byte) {
	t.Helper()
	end, err := Scan(data)
	wantEnd, wantErr := scanByJSON(data)
	switch {
	case (err == nil) != (wantErr == nil):
		t.Fatalf("%q: Scan %d, %v; encoding/json %d, %v", data, end, err, wantEnd, wantErr)
	case err != nil && (err.Msg != wantErr.Error() || err.Offset != wantErr.Offset):
		t.Fatalf("%q: Scan's error %q at %d; encoding/json's %q at %d", data, err.Msg, err.Offset, wantErr, wantErr.Offset)
	case err == nil && end != wantEnd:
		t.Fatalf("%q: Scan ends at %d; encoding/json at %d", data, end, wantEnd)
	}
	verr := Valid(data)
	var rawMsg json.RawMessage
	jerr := json.Unmarshal(data, &rawMsg)
	var jse *json.SyntaxError
	if errors.As(jerr, &jse) != (verr != nil) || verr != nil && (verr.Msg != jse.Error() || verr.Offset != jse.Offset) {
		t.Fatalf("%q: Valid %v; encoding/json %v", data, verr, jerr)
	}
	if verr != nil {
		return
	}
	// A valid value: every string in it unquotes as encoding/json's, and
	// the Reader walks it back to the same value.
	got := walk(NewReader(data))
	want, _ := json.Marshal(generic(data))
	if gotJSON, _ := json.Marshal(got); !bytes.Equal(gotJSON, want) {
		t.Fatalf("%q: Reader read %s; encoding/json %s", data, gotJSON, want)
	}
}

// walk reads the next value of r into encoding/json's generic form.
func walk(r *Reader) any {
	switch c := r.Peek(); c {
	case '{':
		m := map[string]any{}
		r.Object(func(key string) error { m[key] = walk(r); return nil })
		return m
	case '[':
		a := []any{}
		r.Array(func() error { a = append(a, walk(r)); return nil })
		return a
	case '"':
		return Unquote(r.Value())
	default:
		return generic(r.Value())
	}
}

// generic is data in encoding/json's generic form, numbers as written.
func generic(data []byte) any {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		panic(err)
	}
	return v
}

func TestScanAsEncodingJSON(t *testing.T) {
	for _, s := range seeds {
		checkScan(t, []byte(s))
	}
	deep := strings.Repeat("[", maxDepth) + strings.Repeat("]", maxDepth)
	checkScan(t, []byte(deep))
	checkScan(t, []byte("["+deep+"]"))
	checkScan(t, []byte(strings.Repeat(`{"a":`, maxDepth+1)))
	// Random edits of the seeds.
	r := rand.New(rand.NewPCG(3, 5))
	const alphabet = "{}[],:\" \\/\nu0123456789abcdefABEF-+.etrunlsx\x01\xff\xe2\x80\xa8"
	n := 200000
	if testing.Short() {
		n = 20000
	}
	for ; n > 0; n-- {
		b := []byte(seeds[r.IntN(len(seeds))])
		for k := 1 + r.IntN(3); k > 0; k-- {
			i := r.IntN(len(b) + 1)
			switch r.IntN(3) {
			case 0:
				b = append(b[:i], append([]byte{alphabet[r.IntN(len(alphabet))]}, b[i:]...)...)
			case 1:
				if i < len(b) {
					b = append(b[:i], b[i+1:]...)
				}
			default:
				if i < len(b) {
					b[i] = alphabet[r.IntN(len(alphabet))]
				}
			}
		}
		checkScan(t, b)
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkScan(t, data) })
}

func TestAppendStringAsEncodingJSON(t *testing.T) {
	for _, s := range []string{"", "plain", "<a href=\"x\">&amp;</a>", "\x00\x01\x08\x0c\n\r\t\x1f\x7f", "\\ / \"",
		"é 中文 😀", "\u2028\u2029", "bad \xff\xfe utf-8 \xe2\x80", "\xed\xa0\x80 surrogate bytes"} {
		for _, html := range []bool{true, false} {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(html)
			if err := enc.Encode(s); err != nil {
				t.Fatal(err)
			}
			want := strings.TrimSuffix(buf.String(), "\n")
			if got := string(AppendString(nil, s, html)); got != want {
				t.Errorf("AppendString(%q, %v) = %s, want %s", s, html, got, want)
			}
		}
	}
}
