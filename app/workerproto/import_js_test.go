//go:build js && wasm

package workerproto

import (
	"reflect"
	"syscall/js"
	"testing"

	"github.com/dossierapp/dossier/app/library"
)

// TestProgressJSRoundTrip: a batch's report and the end's read back as
// they were sent.
func TestProgressJSRoundTrip(t *testing.T) {
	batch := Progress{Done: 3, Total: 9, Quota: true, Added: []library.Record{{ID: "a-1", Name: "a.txt", Kind: "txt", Hash: "ab", Size: 12, Text: "A"}},
		Dups: []string{"b.txt"}, Errors: []string{"c.pdf: not an article file"}}
	end := Progress{End: true, Cancelled: true, Done: 4, Total: 9}
	for _, p := range []Progress{batch, end} {
		if got := ProgressFromJS(ProgressToJS(p)); !reflect.DeepEqual(got, p) {
			t.Errorf("round trip:\n got %+v\nwant %+v", got, p)
		}
	}
	if typ := ProgressToJS(end).Get("type").String(); typ != "done" {
		t.Errorf("the end's type %q, want done", typ)
	}
}

// TestJSFileRead reads a File (node 20 has them) as the worker reads the
// files the page posts.
func TestJSFileRead(t *testing.T) {
	parts := js.Global().Get("Array").New(BytesToJS([]byte("Caf\xc3\xa9 news\n")))
	files := js.Global().Get("Array").New(js.Global().Get("File").New(parts, "cafe.txt"))
	got := FilesFromJS(files)
	if len(got) != 1 || got[0].Name() != "cafe.txt" || got[0].Size() != 11 {
		t.Fatalf("files %v", got)
	}
	done := make(chan []byte)
	go func() {
		b, err := got[0].Read()
		if err != nil {
			t.Error(err)
		}
		done <- b
	}()
	if b := <-done; string(b) != "Caf\xc3\xa9 news\n" {
		t.Errorf("read %q", b)
	}
}
