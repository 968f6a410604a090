package corpus

import (
	"encoding/json"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// viaJSON is the bundle as encoding/json reads data.
func viaJSON(data []byte) (Bundle, error) {
	var b Bundle
	err := json.Unmarshal(data, &b)
	return b, err
}

// TestUnmarshalFastAsJSON: what Marshal writes is read by the fast path,
// as encoding/json reads it, whatever the texts hold.
func TestUnmarshalFastAsJSON(t *testing.T) {
	texts := []string{"", "plain", "quote \" and \\ backslash / slash", "lines\n\r\ttabs\b\f",
		"<html> & ampersand", "é ü 中文 😀 emoji", "\u2028 line separator \u2029", "\x00\x01\x1f controls \x7f",
		"trailing backslash \\"}
	base := len(texts)
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 200; i++ {
		var sb strings.Builder
		for k := r.Intn(40); k > 0; k-- {
			switch r.Intn(6) {
			case 0:
				sb.WriteRune(rune(r.Intn(0x80)))
			case 1:
				sb.WriteRune(rune(0x80 + r.Intn(0x800)))
			case 2:
				sb.WriteRune(rune(0x10000 + r.Intn(0x1000)))
			default:
				sb.WriteString(texts[r.Intn(base)])
			}
		}
		texts = append(texts, sb.String())
	}
	var b Bundle
	for i, tx := range texts {
		b.Articles = append(b.Articles, Article{ID: tx + "-id", Source: "dir/" + tx, Name: tx, Size: i * 1000, Text: tx})
	}
	b.Articles = append(b.Articles, Article{Size: -3})
	for _, bun := range []Bundle{b, {}, {Articles: []Article{}}} {
		data, err := bun.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		got, ok := unmarshalFast(data)
		if !ok {
			t.Fatalf("the fast path left Marshal's output to encoding/json: %.200s", data)
		}
		want, _ := viaJSON(data)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("fast path and encoding/json differ on %.200s", data)
		}
	}
}

// TestUnmarshalFastOrJSON: on other input the fast path reads what
// encoding/json reads, or leaves it to encoding/json, and Unmarshal gives
// encoding/json's answer either way.
func TestUnmarshalFastOrJSON(t *testing.T) {
	cases := []struct {
		in   string
		fast bool // read by the fast path
	}{
		{` { "articles" : [ { "text" : "t" , "size" : 0 , "id" : "x" } ] } `, true},
		{`{"articles":[{"text":"a\ud83d\ude00b\u00e9\/"}]}`, true},
		{`{"articles":[{"text":"lone \ud800 half"}]}`, true},
		{`{"articles":[{"text":"lone \ud800\u0041 half"}]}`, true},
		{`{"articles":[{"text":"low \udc00 first"}]}`, true},
		{`{"articles":[{"id":"a"}],"articles":[{"id":"b"}]}`, true},
		{`{"articles":[{"id":"a","id":"b"}]}`, true},
		{`{}`, true},
		{`{"articles":[]}`, true},
		{`{"articles":null}`, true},
		{`{"articles":nullx}`, false},
		{`{"articles":[{"ID":"upper"}]}`, false},
		{`{"articles":[{"extra":1}]}`, false},
		{`{"other":1}`, false},
		{`{"articles":[{"size":1.5}]}`, false},
		{`{"articles":[{"size":1e3}]}`, false},
		{`{"articles":[{"size":012}]}`, false},
		{`{"articles":[{"size":99999999999999999999999}]}`, false},
		{`{"articles":[{"text":"bad \x escape"}]}`, false},
		{`{"articles":[{"text":"bad \u12 escape"}]}`, false},
		{`{"articles":[{"text":"bad \ud800\u12 escape"}]}`, false},
		{"{\"articles\":[{\"text\":\"not utf-8 \xff here\"}]}", false},
		{"{\"articles\":[{\"text\":\"not utf-8 \\n \xff after an escape\"}]}", false},
		{"{\"articles\":[{\"text\":\"a control \x01\"}]}", false},
		{`{"articles":[{"text":"unterminated}]}`, false},
		{`{"articles":[{"text":"x"},]}`, false},
		{`{"articles":[{"text":"x"}] trailing`, false},
		{`{"articles":[{"text":"x"}]} {}`, false},
		{`[]`, false},
		{``, false},
	}
	for _, c := range cases {
		got, ok := unmarshalFast([]byte(c.in))
		want, werr := viaJSON([]byte(c.in))
		if ok != c.fast {
			t.Errorf("%q: fast path %v, want %v", c.in, ok, c.fast)
		}
		if ok && (werr != nil || !reflect.DeepEqual(got, want)) {
			t.Errorf("%q: fast path read %+v; encoding/json %+v, %v", c.in, got, want, werr)
		}
		ub, uerr := Unmarshal([]byte(c.in))
		if (uerr != nil) != (werr != nil) || (uerr == nil && !reflect.DeepEqual(ub, want)) {
			t.Errorf("%q: Unmarshal %+v, %v; encoding/json %+v, %v", c.in, ub, uerr, want, werr)
		}
	}
}

// BenchmarkUnmarshal reads a bundle of 2,000 articles of wire-like text
// (escapes included) with Unmarshal's fast path and with encoding/json.
func BenchmarkUnmarshal(b *testing.B) {
	var bun Bundle
	para := "LONDON, March 3 - Shares rose 5 pct to 12.5 dlrs in \"heavy\" trading <above> the 200-day average, traders said.\n\n"
	for i := 0; i < 2000; i++ {
		bun.Articles = append(bun.Articles, Article{ID: "reut-" + strings.Repeat("a", 16), Source: "reuters/reut.txt", Name: "reut.txt", Size: 900, Text: strings.Repeat(para, 8)})
	}
	data, _ := bun.Marshal()
	b.Run("fast", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, ok := unmarshalFast(data); !ok {
				b.Fatal("left to encoding/json")
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := viaJSON(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}
