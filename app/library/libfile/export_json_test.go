package libfile

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/dossierapp/dossier/app/library"
)

// checkImport fails when Import and the encoding/json reader differ on
// data: the entries, or the error's words.
func checkImport(t *testing.T, data []byte) {
	t.Helper()
	got, err := Import(data)
	want, werr := refImport(data)
	if (err == nil) != (werr == nil) || err != nil && err.Error() != werr.Error() {
		t.Fatalf("%q:\nImport: %v\nencoding/json: %v", data, err, werr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: Import read %+v\nencoding/json %+v", data, got, want)
	}
	var e, we library.Entry
	err, werr = unmarshalEntry(&e, data), refUnmarshal(&we, data)
	if (err == nil) != (werr == nil) || err != nil && err.Error() != werr.Error() || !reflect.DeepEqual(e, we) {
		t.Fatalf("%q:\nunmarshalEntry: %v %+v\nencoding/json: %v %+v", data, err, e, werr, we)
	}
}

// importSeeds are export files and near misses of every shape the reader
// tells apart.
func importSeeds(t testing.TB) [][]byte {
	valid, err := exportAt(sample(t)[:3], "v<1>&", exportTime)
	if err != nil {
		t.Fatal(err)
	}
	one := `{"id":"a1","name":"a.txt","kind":"txt","hash":"ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb","added":"2024-01-01T00:00:00Z","raw":"a"}`
	seeds := [][]byte{valid}
	for _, s := range []string{
		``, `  `, `null`, `[]`, `7`, `"x"`, `true`, `{}`, `{"format":null}`,
		`{"format":"dossier-library","version":1,"entries":[]}`,
		`{"format":"dossier-library","version":1,"entries":[` + one + `]}`,
		`{"FORMAT":"dossier-library","Version":1,"ENTRIES":[` + one + `],"app":"x","exported":"2024-01-01T00:00:00Z"}`,
		`{"format":"dossier-library","version":1,"entries":[` + one + `],"entries":null}`,
		`{"format":"dossier-library","version":1,"entries":[],"format":null}`,
		`{"format":"dossier-library","version":1.0,"entries":[]}`,
		`{"format":"dossier-library","version":1e0,"entries":[]}`,
		`{"format":"dossier-library","version":99999999999999999999,"entries":[]}`,
		`{"format":"dossier-library","version":-1,"entries":[]}`,
		`{"format":"dossier-library","version":null,"entries":[]}`,
		`{"format":"dossier-library","version":[1],"entries":[]}`,
		`{"format":"dossier-library","version":1,"entries":[null,7,"x",[],true]}`,
		`{"format":"dossier-library","version":1,"entries":{}}`,
		`{"format":"dossier-library","version":1,"entries":"x"}`,
		`{"format":"dossier-library","version":1,"entries":true}`,
		`{"format":"dossier-library","version":1,"entries":9}`,
		`{"format":{"a":1},"version":1,"entries":[]}`,
		`{"format":true,"extra":1}`,
		`{"extra":1,"format":true}`,
		`{"format":"dossier-library","version":1,"entries":[],"exported":"yesterday"}`,
		`{"format":"dossier-library","version":1,"entries":[],"app":null,"exported":null}`,
		`{"format":"dossier-library","version":1,"entries":[{"id":"a","ID":"b","raw":"x","RAW":null}]}`,
		`{"format":"dossier-library","version":1,"entries":[{"raw":"x","rawBase64":"eA=="}]}`,
		`{"format":"dossier-library","version":1,"entries":[{"rawBase64":"!!!"}]}`,
		`{"format":"dossier-library","version":1,"entries":[{"raw":"x","added":"2024-13-45"}]}`,
		`{"format":"dossier-library","version":1,"entries":[{"raw":"x","hidden":"yes"}]}`,
		`{"format":"dossier-library","version":1,"entries":[{"raw":"x","hidden":null,"userDate":null}]}`,
		`{"format":"dossier-library","version":1,"entries":[{"raw":"x","id":5}]}`,
		`{"format":"dossier-library","version":1,"entries":[{"raw":"x","id":[1,{"a":[]}]}]}`,
		`{"format":"dossier-library","version":1,"entries":[{"script":1,"raw":5}]}`,
		`{"format":"dossier-library","version":1,"entries":[{"raw":"\u00e9\ud800 \ud83d\ude00 \\ \/ \" \b\f\n\r\t"}]}`,
		"{\"format\":\"dossier-library\",\"version\":1,\"entries\":[{\"raw\":\"\xff\xfe\"}]}",
		"{\"format\":\"dossier-library\",\"version\":1,\"entries\":[{\"\xffid\":\"x\"}]}",
		"{\"format\":\"dossier-library\",\"version\":1,\"entries\":[{\"\u212aind\":\"txt\",\"hidden\":true}]}",
		`{"format":"dossier-library","version":1,"entries":[]} `,
		`{"format":"dossier-library","version":1,"entries":[]} x`,
		`{"format":"dossier-library","version":1,"entries":[]}{}`,
		"\xef\xbb\xbf{\"format\":\"dossier-library\",\"version\":1,\"entries\":[]}",
		"{\n\"format\": \"dossier-library\",\n\"version\": 1,,\n}",
	} {
		seeds = append(seeds, []byte(s))
	}
	return seeds
}

// TestImportAsEncodingJSON: Import and unmarshalEntry read every seed
// and a few hundred thousand edits of them as the encoding/json reader did.
func TestImportAsEncodingJSON(t *testing.T) {
	seeds := importSeeds(t)
	for _, s := range seeds {
		checkImport(t, s)
	}
	snippets := []string{`"FORMAT":"x",`, `null`, `"version":1.0,`, `"entries":null,`, `"Raw":`, `"hidden":"yes",`,
		`"x":[1,{"a":2}],`, `"id":7,`, `"rawBase64":"eA==",`, `{`, `}`, `[`, `]`, `,`, `:`, `"`, `\`, `\u00e9`, "\xff", "\u212a", ` `, `1`, `true`}
	r := rand.New(rand.NewPCG(7, 11))
	n := 100000
	if testing.Short() {
		n = 10000
	}
	for k := 0; k < n; k++ {
		b := append([]byte(nil), seeds[r.IntN(len(seeds))]...)
		for e := 1 + r.IntN(2); e > 0; e-- {
			i := r.IntN(len(b) + 1)
			if r.IntN(2) == 0 {
				// after a '{' or ',' when there is one ahead
				if j := bytes.IndexAny(b[i:], "{,"); j >= 0 {
					i += j + 1
				}
			}
			switch r.IntN(3) {
			case 0, 1:
				s := snippets[r.IntN(len(snippets))]
				b = append(b[:i], append([]byte(s), b[i:]...)...)
			default:
				if i < len(b) {
					b = append(b[:i], b[i+1+r.IntN(min(8, len(b)-i)):]...)
				}
			}
		}
		checkImport(t, b)
	}
}

func FuzzImportAsEncodingJSON(f *testing.F) {
	for _, s := range importSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<20 {
			return
		}
		checkImport(t, data)
	})
}

// TestExportAsEncodingJSON: Export and marshalEntry write the bytes the
// encoding/json writer wrote, whatever the strings hold.
func TestExportAsEncodingJSON(t *testing.T) {
	odd := []string{"", "plain", "<b>&amp;</b>", "\"quoted\" \\ /", "\x00\x01\x1f\x7f", "\u2028\u2029", "é 中文 😀", "bad \xff\xfe", "\ud7ff"}
	r := rand.New(rand.NewPCG(1, 9))
	for k := 0; k < 2000; k++ {
		pick := func() string { return odd[r.IntN(len(odd))] + odd[r.IntN(len(odd))] }
		e := library.Entry{ID: pick(), Name: pick(), Kind: pick(), Hash: pick(), UserDate: pick(), Hidden: r.IntN(2) == 0,
			Added: time.Unix(r.Int64N(4e9), r.Int64N(1e9)).In(time.FixedZone("x", 3600*r.IntN(5))), Raw: []byte(pick())}
		got := marshalEntry(e)
		want, werr := refMarshal(e)
		if werr != nil || !bytes.Equal(got, want) {
			t.Fatalf("marshalEntry %s\nencoding/json %s (%v)", got, want, werr)
		}
		app := pick()
		got, err := exportAt(nil, app, e.Added)
		want, werr = refExportAt(nil, app, e.Added)
		if err != nil || werr != nil || !bytes.Equal(got, want) {
			t.Fatalf("exportAt %s\nencoding/json %s (%v %v)", got, want, err, werr)
		}
	}
	for iter := 0; iter < 50; iter++ {
		var lib []library.Entry
		for n := r.IntN(8); n > 0; n-- {
			if e, ok := randomEntry(r); ok {
				lib = append(lib, e)
			}
		}
		lib, _ = library.Dedupe(nil, lib)
		got, err := exportAt(lib, "p", exportTime)
		want, werr := refExportAt(lib, "p", exportTime)
		if (err == nil) != (werr == nil) || !bytes.Equal(got, want) {
			t.Fatalf("exportAt differs from encoding/json's (%v, %v)", err, werr)
		}
		checkImport(t, got)
	}
}
