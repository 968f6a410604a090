package libfile

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dossierapp/dossier/app/library"
)

var exportTime = time.Date(2024, 6, 2, 8, 0, 0, 0, time.UTC)

// sample is a library with every kind and both raw encodings.
func sample(t testing.TB) []library.Entry {
	t.Helper()
	var out []library.Entry
	for _, f := range []struct {
		name string
		data []byte
	}{
		{"plain.txt", []byte("Liaison office destroyed\n\nNorth Korea blew it up.\n")},
		{"Ünïcødé name — 한국어.md", []byte("# 제목\n\nText with \"quotes\" and <tags> & ampersands.\n")},
		{"old windows.txt", []byte("Caf\xe9 \x93quoted\x94 \x80 price\r\n")},
		{"page.html", fixture(t, "extract/bbc.htm.in")},
		{"latin1.htm", fixture(t, "extract/latin1.htm.in")},
	} {
		e, err := FromFile(f.name, f.data, now)
		if err != nil {
			t.Fatal(err)
		}
		e.Extracted = "" // derived, not exported
		out = append(out, e)
	}
	out[1].Hidden = true
	out[2].UserDate = "2020-06-16"
	return out
}

func TestExportRoundTrip(t *testing.T) {
	lib := sample(t)
	data, err := exportAt(lib, "v-test", exportTime)
	if err != nil {
		t.Fatal(err)
	}
	if !Sniff(data) {
		t.Error("Sniff does not recognise an export")
	}
	if !json.Valid(data) {
		t.Fatal("export is not valid JSON")
	}
	var head struct {
		Format   string
		Version  int
		App      string
		Exported string
		Entries  []map[string]any
	}
	if err := json.Unmarshal(data, &head); err != nil {
		t.Fatal(err)
	}
	if head.Format != "dossier-library" || head.Version != 1 || head.App != "v-test" || head.Exported != "2024-06-02T08:00:00Z" || len(head.Entries) != len(lib) {
		t.Errorf("header = %+v", head)
	}
	// Text is readable text; only the non-UTF-8 file is base64.
	for i, e := range head.Entries {
		_, isText := e["raw"]
		_, isB64 := e["rawBase64"]
		if isText == isB64 || isB64 != (i == 2 || i == 4 && !utf8.Valid(lib[4].Raw)) {
			t.Errorf("entries[%d]: raw %v rawBase64 %v", i, isText, isB64)
		}
	}
	if bytes.Contains(data, []byte(`\u003c`)) {
		t.Error("export escapes < as \\u003c: HTML raw is harder to read and bigger")
	}
	got, err := Import(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, lib) {
		t.Errorf("round trip changed the library:\n got %+v\nwant %+v", got, lib)
	}
	for i := range got {
		if !bytes.Equal(got[i].Raw, lib[i].Raw) {
			t.Errorf("entries[%d].Raw changed", i)
		}
	}
	again, err := exportAt(got, "v-test", exportTime)
	if err != nil || !bytes.Equal(again, data) {
		t.Errorf("re-export differs (%v)", err)
	}
	// Export stamps the current time.
	if d, err := Export(lib, "x"); err != nil || !bytes.Contains(d, []byte(`"exported":"`+time.Now().UTC().Format("2006-01-02"))) {
		t.Errorf("Export: %v", err)
	}
	// The empty library exports and imports back.
	empty, err := exportAt(nil, "v", exportTime)
	if err != nil {
		t.Fatal(err)
	}
	if es, err := Import(empty); err != nil || len(es) != 0 {
		t.Errorf("empty library: %v %v", es, err)
	}
}

// randomEntry makes an entry FromFile accepts: random text in one of the
// encodings the importer reads, random name, edits.
func randomEntry(r *rand.Rand) (library.Entry, bool) {
	words := []string{"Pyongyang", "Seoul", "Moscow", "의", "Москва", "café", "“quote”", "€", "—", "\t", "\r\n", "\n\n", "<b>", "&amp;", "\"", "\\", "\u2028", "🙂"}
	var sb strings.Builder
	for n := 1 + r.IntN(60); n > 0; n-- {
		sb.WriteString(words[r.IntN(len(words))])
		sb.WriteByte(' ')
	}
	raw := []byte(sb.String())
	switch r.IntN(4) {
	case 0: // Windows-1252 bytes
		raw = []byte("Caf\xe9 na\xefve \x93x\x94 ")
		for n := r.IntN(40); n > 0; n-- {
			raw = append(raw, "abc de \xe9\xe8\x80\x92"[r.IntN(11)])
		}
	case 1: // with BOM
		raw = append([]byte{0xEF, 0xBB, 0xBF}, raw...)
	}
	exts := []string{".txt", ".md", ".markdown", ".html", ".htm", ".TXT"}
	name := words[r.IntN(len(words))] + " " + words[r.IntN(len(words))] + exts[r.IntN(len(exts))]
	if KindOf(name) == library.KindHTML {
		raw = append([]byte("<p>"), raw...)
	}
	e, err := FromFile(name, raw, now.Add(time.Duration(r.Int64N(1e15))))
	if err != nil {
		return library.Entry{}, false
	}
	e.Extracted = ""
	e.Hidden = r.IntN(2) == 0
	if r.IntN(2) == 0 {
		e.UserDate = time.Date(1990+r.IntN(40), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	}
	return e, true
}

func TestRoundTripProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for iter := 0; iter < 200; iter++ {
		var lib []library.Entry
		for n := r.IntN(8); n > 0; n-- {
			if e, ok := randomEntry(r); ok {
				lib = append(lib, e)
			}
		}
		lib, _ = library.Dedupe(nil, lib)
		data, err := Export(lib, "p")
		if err != nil {
			t.Fatalf("iteration %d: Export: %v", iter, err)
		}
		got, err := Import(data)
		if err != nil {
			t.Fatalf("iteration %d: Import: %v\n%s", iter, err, data)
		}
		if len(lib) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, lib) {
			t.Fatalf("iteration %d: round trip changed the library:\n got %+v\nwant %+v", iter, got, lib)
		}
	}
}

// mutate decodes a valid export, lets f change it, and encodes it again.
func mutate(t testing.TB, f func(m map[string]any, es []any)) []byte {
	t.Helper()
	data, err := exportAt(sample(t)[:3], "v", exportTime)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	f(m, m["entries"].([]any))
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func entry(es []any, i int) map[string]any { return es[i].(map[string]any) }

func TestImportCorrupt(t *testing.T) {
	valid, err := exportAt(sample(t)[:3], "v", exportTime)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a Dossier library file: empty or cut short"},
		{"text", []byte("Liaison office destroyed\n"), "not a Dossier library file: invalid JSON at line 1, column 1"},
		{"cut short", valid[:len(valid)/2], "not a Dossier library file: empty or cut short"},
		{"array", []byte(`[1, 2]`), "not a Dossier library file: not a JSON object"},
		{"trailing", append(append([]byte(nil), valid...), "{}"...), "data after the JSON object"},
		{"syntax line 3", []byte("{\n\"format\": \"dossier-library\",\n\"version\": 1,,\n}"), "invalid JSON at line 3, column 14"},
		{"other json", []byte(`{"format": "something-else", "version": 1, "entries": []}`), `format: "something-else", want "dossier-library"`},
		{"no format", []byte(`{"version": 1, "entries": []}`), "format: missing"},
		{"unknown top field", []byte(`{"format": "dossier-library", "version": 1, "entries": [], "extra": 1}`), `unknown field "extra"`},
		{"no version", mutate(t, func(m map[string]any, _ []any) { delete(m, "version") }), "version: missing"},
		{"newer version", mutate(t, func(m map[string]any, _ []any) { m["version"] = 2 }), "version: 2 is newer than this app reads (1); update Dossier"},
		{"version 0", mutate(t, func(m map[string]any, _ []any) { m["version"] = 0 }), "version: 0 is not a known version"},
		{"version string", mutate(t, func(m map[string]any, _ []any) { m["version"] = "1" }), "version: want an integer, got string"},
		{"bad exported", mutate(t, func(m map[string]any, _ []any) { m["exported"] = "yesterday" }), `exported: not an RFC 3339 time: "yesterday"`},
		{"no entries", mutate(t, func(m map[string]any, _ []any) { delete(m, "entries") }), "entries: missing"},
		{"entries object", mutate(t, func(m map[string]any, _ []any) { m["entries"] = map[string]any{} }), "entries: want an array, got object"},
		{"entry number", mutate(t, func(m map[string]any, es []any) { es[1] = 7 }), "entries[1]: want a JSON object, got number"},
		{"hash mismatch", mutate(t, func(_ map[string]any, es []any) {
			entry(es, 2)["rawBase64"] = base64.StdEncoding.EncodeToString([]byte("Caf\xe9 changed"))
		}), "entries[2].hash: does not match content"},
		{"text changed", mutate(t, func(_ map[string]any, es []any) { entry(es, 0)["raw"] = "Liaison office rebuilt\n" }), "entries[0].hash: does not match content"},
		{"hash upper", mutate(t, func(_ map[string]any, es []any) {
			entry(es, 1)["hash"] = strings.ToUpper(entry(es, 1)["hash"].(string))
		}), "entries[1].hash: not a SHA-256 digest"},
		{"hash missing", mutate(t, func(_ map[string]any, es []any) { delete(entry(es, 1), "hash") }), "entries[1].hash: not a SHA-256 digest"},
		{"raw missing", mutate(t, func(_ map[string]any, es []any) { delete(entry(es, 0), "raw") }), "entries[0].raw: missing"},
		{"raw both", mutate(t, func(_ map[string]any, es []any) { entry(es, 0)["rawBase64"] = "" }), "entries[0].raw, rawBase64: only one of them may be given"},
		{"raw number", mutate(t, func(_ map[string]any, es []any) { entry(es, 0)["raw"] = 5 }), "entries[0].raw: want a string, got number"},
		{"bad base64", mutate(t, func(_ map[string]any, es []any) { entry(es, 2)["rawBase64"] = "!!!" }), "entries[2].rawBase64: not valid base64"},
		{"binary raw", mutate(t, func(_ map[string]any, es []any) {
			b := []byte("\x00\x01binary")
			entry(es, 2)["rawBase64"] = base64.StdEncoding.EncodeToString(b)
			entry(es, 2)["hash"] = HashOf(b)
		}), "entries[2].raw: binary file"},
		{"empty raw", mutate(t, func(_ map[string]any, es []any) { entry(es, 0)["raw"] = ""; entry(es, 0)["hash"] = HashOf(nil) }), "entries[0].raw: empty file"},
		{"huge raw", mutate(t, func(_ map[string]any, es []any) {
			b := bytes.Repeat([]byte("a"), library.MaxFileSize+1)
			entry(es, 0)["raw"] = string(b)
			entry(es, 0)["hash"] = HashOf(b)
		}), "entries[0].raw: file too large (limit 5 MB): 5.0 MB"},
		{"id missing", mutate(t, func(_ map[string]any, es []any) { delete(entry(es, 1), "id") }), "entries[1].id: missing"},
		{"id unsafe", mutate(t, func(_ map[string]any, es []any) { entry(es, 1)["id"] = "../etc" }), `entries[1].id: "../etc" has characters other than`},
		{"id duplicate", mutate(t, func(_ map[string]any, es []any) { entry(es, 2)["id"] = entry(es, 0)["id"] }), "entries[2].id: \"plain-"},
		{"name missing", mutate(t, func(_ map[string]any, es []any) { entry(es, 1)["name"] = " " }), "entries[1].name: missing"},
		{"kind", mutate(t, func(_ map[string]any, es []any) { entry(es, 1)["kind"] = "pdf" }), `entries[1].kind: "pdf" is not txt, md or html`},
		{"added missing", mutate(t, func(_ map[string]any, es []any) { delete(entry(es, 0), "added") }), "entries[0].added: missing"},
		{"added bad", mutate(t, func(_ map[string]any, es []any) { entry(es, 0)["added"] = "2024-13-45" }), `entries[0].added: not an RFC 3339 time: "2024-13-45"`},
		{"userDate", mutate(t, func(_ map[string]any, es []any) { entry(es, 0)["userDate"] = "2024-02-30" }), `entries[0].userDate: "2024-02-30" is not a date (YYYY-MM-DD)`},
		{"hidden", mutate(t, func(_ map[string]any, es []any) { entry(es, 0)["hidden"] = "yes" }), "entries[0].hidden: want true or false, got string"},
		{"unknown entry field", mutate(t, func(_ map[string]any, es []any) { entry(es, 2)["script"] = "x" }), `entries[2]: unknown field "script"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			es, err := Import(tc.data)
			if err == nil {
				t.Fatalf("Import accepted it: %d entries", len(es))
			}
			if es != nil {
				t.Errorf("Import returned %d entries with an error", len(es))
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q\nwant it to contain %q", err, tc.want)
			}
		})
	}
}

func TestExportRefusesInvalid(t *testing.T) {
	lib := sample(t)
	lib[3].Raw = append([]byte(nil), lib[3].Raw...)
	lib[3].Raw[10] ^= 1
	if _, err := Export(lib, "v"); err == nil || !strings.Contains(err.Error(), "entries[3] (page.html): hash: does not match content") {
		t.Errorf("Export of a corrupt entry: %v", err)
	}
	lib = sample(t)
	lib[2].ID = lib[0].ID
	if _, err := Export(lib, "v"); err == nil || !strings.Contains(err.Error(), "entries[2].id") {
		t.Errorf("Export with duplicate IDs: %v", err)
	}
}

// TestFormatV1 pins the file format: a version 1 export written by this
// package must import, whatever the code becomes. DOSSIER_UPDATE=1 rewrites
// it (only when the format deliberately changes, with a new version).
func TestFormatV1(t *testing.T) {
	path := filepath.Join("..", "..", "..", "testdata", "library", "v1.json")
	lib := sample(t)[:3]
	if os.Getenv("DOSSIER_UPDATE") == "1" {
		data, err := exportAt(lib, "v1-fixture", exportTime)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Import(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, lib) {
		t.Errorf("v1 fixture imports as\n%+v\nwant\n%+v", got, lib)
	}
	again, err := exportAt(got, "v1-fixture", exportTime)
	if err != nil || !bytes.Equal(again, data) {
		t.Errorf("export of the v1 fixture differs from it (%v)", err)
	}
}

func FuzzImport(f *testing.F) {
	valid, err := exportAt(sample(f)[:3], "v", exportTime)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(valid)
	f.Add([]byte(`{"format":"dossier-library","version":1,"entries":[]}`))
	f.Add([]byte(`{"format":"dossier-library","version":1,"entries":[{"id":"a","name":"a.txt","kind":"txt","hash":"","added":"2024-01-01T00:00:00Z","raw":"x"}]}`))
	f.Add([]byte(`{"format":"dossier-library","version":1,"entries":[{"rawBase64":"AAAA"}]}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"entries":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<20 {
			return
		}
		es, err := Import(data)
		if err != nil {
			if es != nil {
				t.Fatal("entries with an error")
			}
			if !utf8.ValidString(err.Error()) || len(err.Error()) > 600 {
				t.Fatalf("unhelpful error: %q", err)
			}
			return
		}
		// What imports exports and imports back unchanged.
		out, err := Export(es, "fuzz")
		if err != nil {
			t.Fatalf("imported entries do not export: %v", err)
		}
		back, err := Import(out)
		if err != nil {
			t.Fatalf("re-import: %v", err)
		}
		if len(es) > 0 && !reflect.DeepEqual(back, es) {
			t.Fatalf("re-import differs")
		}
	})
}
