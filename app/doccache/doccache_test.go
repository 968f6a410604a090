package doccache

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dossierapp/dossier/app/clean"
	"github.com/dossierapp/dossier/app/names"
	"github.com/dossierapp/dossier/app/timeline"
)

// seedDocs processes the seed articles as the app does.
func seedDocs(t testing.TB) []Doc {
	files, err := filepath.Glob("../../testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	var docs []Doc
	for i, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r := clean.Clean(string(raw))
		userDate := ""
		if r.Date == "" && i%2 == 0 {
			userDate = "2024-03-25"
		}
		anchor := r.Date
		if anchor == "" {
			anchor = userDate
		}
		var text strings.Builder
		for _, b := range r.Body() {
			text.WriteString(b.Text() + "\n\n")
		}
		docs = append(docs, Doc{
			Hash:     "sha256-" + filepath.Base(f),
			UserDate: userDate,
			Result:   r,
			Events:   timeline.Events(timeline.DocOf(filepath.Base(f), r, anchor)),
			Mentions: names.Find(text.String()),
		})
	}
	return docs
}

// normalized gives empty slices for nil ones: the encoding keeps lengths,
// not nil-ness.
func normalized(d Doc) Doc {
	if d.Result.Blocks == nil {
		d.Result.Blocks = []clean.Block{}
	}
	for i, b := range d.Result.Blocks {
		if b.Segments == nil {
			d.Result.Blocks[i].Segments = []clean.Segment{}
		}
	}
	if d.Events == nil {
		d.Events = []timeline.Event{}
	}
	if d.Mentions == nil {
		d.Mentions = []names.Mention{}
	}
	return d
}

func TestRoundTripSeeds(t *testing.T) {
	for _, d := range seedDocs(t) {
		if len(d.Result.Blocks) == 0 || len(d.Events) == 0 && d.Result.Date != "" {
			t.Fatalf("%s: the seed processed to nothing", d.Hash)
		}
		data := Encode("v1", d)
		if !strings.HasPrefix(string(data), Prefix("v1", d.Hash)) {
			t.Errorf("%s: value does not start with its prefix", d.Hash)
		}
		got, err := Decode("v1", string(data))
		if err != nil {
			t.Fatalf("%s: %v", d.Hash, err)
		}
		if want := normalized(d); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: round trip differs:\n got %+v\nwant %+v", d.Hash, got, want)
		}
	}
}

func TestStaleAndDamaged(t *testing.T) {
	d := seedDocs(t)[2]
	data := string(Encode("v1", d))
	if _, err := Decode("v2", data); !errors.Is(err, ErrStale) {
		t.Errorf("another version: got %v, want ErrStale", err)
	}
	// Every truncation is an error, never a panic or a partial result.
	for n := 0; n < len(data); n++ {
		if _, err := Decode("v1", data[:n]); err == nil {
			t.Fatalf("truncated to %d of %d bytes: no error", n, len(data))
		}
	}
	if _, err := Decode("v1", data+"x"); err == nil {
		t.Error("trailing bytes: no error")
	}
}

// FuzzDecode: any bytes decode to a value or an error, never a panic; what
// decodes encodes to a value that decodes to the same document.
func FuzzDecode(f *testing.F) {
	for _, d := range seedDocs(f) {
		f.Add(string(Encode("v1", d)))
	}
	f.Add(Prefix("v1", "h") + "\x00\x00")
	f.Fuzz(func(t *testing.T, data string) {
		d, err := Decode("v1", data)
		if err != nil {
			return
		}
		again, err := Decode("v1", string(Encode("v1", d)))
		if err != nil || !reflect.DeepEqual(again, d) {
			t.Errorf("re-encoded value decodes differently (%v):\n%+v\n%+v", err, d, again)
		}
	})
}
