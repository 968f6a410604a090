package corpus

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"
)

// checkBundle fails when unmarshalJSON, Unmarshal's reader when its fast
// path leaves the bundle, and encoding/json differ on data. (The fast path
// itself reads a second list of articles afresh, where encoding/json
// decodes it over the first's: that is its own, older behaviour.)
func checkBundle(t *testing.T, data []byte) {
	t.Helper()
	got, err := unmarshalJSON(data)
	want, werr := viaJSON(data)
	if werr != nil {
		want = Bundle{}
	}
	if (err == nil) != (werr == nil) || err != nil && err.Error() != werr.Error() {
		t.Fatalf("%q:\nUnmarshal: %v\nencoding/json: %v", data, err, werr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: Unmarshal read %+v\nencoding/json %+v", data, got, want)
	}
}

var bundleSeeds = []string{
	``, ` `, `null`, `[]`, `7`, `"x"`, `true`, `{}`, `{"articles":null}`, `{"articles":[]}`, `{"articles":{}}`, `{"articles":"x"}`,
	`{"articles":[null,{"id":"a"}]}`, `{"articles":[7]}`, `{"articles":[[]]}`, `{"articles":["x"]}`, `{"articles":[true]}`,
	`{"Articles":[{"ID":"a","Size":3,"TEXT":"t","Source":"s","NAME":"n","extra":[1,{"x":null}]}]}`,
	`{"articles":[{"id":"a","text":"x"},{"id":"b","text":"y"}],"articles":[{"id":"c"}]}`,
	`{"articles":[{"id":"a","text":"x"},{"id":"b","text":"y"}],"articles":[],"articles":[{"id":"c"},{"name":"d"}]}`,
	`{"articles":[{"id":"a"}],"articles":[{"id":"b"}],"articles":[{"id":"c"}, {}, {}]}`,
	`{"articles":[{"size":1.5}]}`, `{"articles":[{"size":1e3}]}`, `{"articles":[{"size":-0}]}`, `{"articles":[{"size":"1"}]}`,
	`{"articles":[{"size":99999999999999999999999}]}`, `{"articles":[{"size":null,"id":null}]}`, `{"articles":[{"id":5}]}`,
	`{"articles":[{"text":{"a":1}}]}`, `{"articles":[{"name":[1]}]}`, `{"articles":[{"source":false}]}`,
	`{"articles":[{"text":"a\ud83d\ude00b\u00e9\/ \ud800 \udc00\u0041"}]}`, "{\"articles\":[{\"text\":\"\xff\xfe\"}]}",
	"{\"articles\":[{\"\u212aey\":1,\"text\":\"x\"}]}", `{"articles":[{"text":"x"}]} x`, `{"articles":[{"text":"x"}] `, `{"articles":[{"text":"tru`,
	`{"articles":[{"size":1.`, `{"articles":[{"size":-`,
}

// TestUnmarshalAsEncodingJSON: unmarshalJSON reads every seed and many edits
// of them as encoding/json's Unmarshal did, errors included.
func TestUnmarshalAsEncodingJSON(t *testing.T) {
	for _, s := range bundleSeeds {
		checkBundle(t, []byte(s))
	}
	snippets := []string{`"Articles":null,`, `null`, `"size":1.0,`, `"size":"x",`, `"ID":`, `"x":[1,{"a":2}],`, `"id":7,`,
		`{`, `}`, `[`, `]`, `,`, `:`, `"`, `\`, `\u00e9`, "\xff", ` `, `1`, `true`, `{"id":"z"},`, `null,`}
	r := rand.New(rand.NewPCG(5, 8))
	n := 50000
	if testing.Short() {
		n = 5000
	}
	for k := 0; k < n; k++ {
		b := []byte(bundleSeeds[r.IntN(len(bundleSeeds))])
		for e := 1 + r.IntN(2); e > 0; e-- {
			i := r.IntN(len(b) + 1)
			if j := bytes.IndexAny(b[i:], "{[,"); j >= 0 && r.IntN(2) == 0 {
				i += j + 1
			}
			if r.IntN(3) < 2 {
				b = append(b[:i:i], append([]byte(snippets[r.IntN(len(snippets))]), b[i:]...)...)
			} else if i < len(b) {
				b = append(b[:i:i], b[i+1:]...)
			}
		}
		checkBundle(t, b)
	}
}

func FuzzUnmarshalAsEncodingJSON(f *testing.F) {
	for _, s := range bundleSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkBundle(t, data) })
}

// TestMarshalAsEncodingJSON: Marshal writes json.Marshal's bytes.
func TestMarshalAsEncodingJSON(t *testing.T) {
	odd := []string{"", "plain", "<b>&amp;</b>", "\"q\" \\ /", "\x00\x1f\x7f", "\u2028\u2029", "é 中文 😀", "bad \xff"}
	r := rand.New(rand.NewPCG(2, 4))
	for _, b := range []Bundle{{}, {Articles: []Article{}}} {
		got, _ := b.Marshal()
		want, _ := json.Marshal(b)
		if !bytes.Equal(got, want) {
			t.Errorf("Marshal %s, encoding/json %s", got, want)
		}
	}
	for k := 0; k < 500; k++ {
		var b Bundle
		for n := r.IntN(4); n > 0; n-- {
			pick := func() string { return odd[r.IntN(len(odd))] + odd[r.IntN(len(odd))] }
			b.Articles = append(b.Articles, Article{ID: pick(), Source: pick(), Name: pick(), Size: int(r.Int64()) >> r.IntN(64), Text: pick()})
		}
		got, err := b.Marshal()
		want, werr := json.Marshal(b)
		if err != nil || werr != nil || !bytes.Equal(got, want) {
			t.Fatalf("Marshal %s\nencoding/json %s", got, want)
		}
	}
}
